package main

import (
	"context"
	"fmt"
	"strings"
)

func runSQL(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "sql", "[--db FILE] [--format table|jsonl|csv] QUERY",
		"vnfacts sql \"SELECT kind, count(*) FROM facts GROUP BY kind\"")
	db := dbFlag(e, fs)
	format := fs.String("format", "", "output `format`: table, jsonl or csv")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("sql wants a query")}
	}
	st, f, err := openForOutput(e, *db, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	defer st.Close()
	cols, rows, err := st.SQL(strings.Join(fs.Args(), " "))
	if err != nil {
		return err
	}
	return writeTable(e.stdout, f, cols, rows)
}

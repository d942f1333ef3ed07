package main

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/vnfacts/vnfacts/corpus"
)

func openRead(path string) (*corpus.Store, error) { return corpus.OpenReadOnly(path) }

// openForOutput checks the output format, then opens the database to
// read: the usage error comes first, before any file is touched.
func openForOutput(e *env, db, format string, allowed ...string) (*corpus.Store, string, error) {
	f, err := formatFor(e, format, allowed...)
	if err != nil {
		return nil, "", err
	}
	st, err := openRead(db)
	return st, f, err
}

func runQuery(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "query", "[--db FILE] [filters] [WORDS]",
		"vnfacts query \"dịch vụ\"\nvnfacts query --kind percent --since 2022 --format csv \"ty le\"")
	db := dbFlag(e, fs)
	format := fs.String("format", "", "output `format`: table, jsonl or csv (default: table on a terminal, else jsonl)")
	var q corpus.Query
	fs.StringVar(&q.Kind, "kind", "", "only facts of this `kind` (ratio, count, percent, money)")
	fs.StringVar(&q.Unit, "unit", "", "only facts whose unit contains `WORDS` (marks optional)")
	fs.StringVar(&q.Qualifier, "qualifier", "", "only this `qualifier` (exact, approx, more_than, less_than, at_least, at_most)")
	fs.StringVar(&q.Since, "since", "", "only facts as of this `DATE` or later (2022, 2022-07, 2022-07-31)")
	fs.StringVar(&q.Until, "until", "", "only facts as of this `DATE` or earlier")
	minV := fs.String("min", "", "only values at least `N`")
	maxV := fs.String("max", "", "only values at most `N`")
	fs.StringVar(&q.Source, "source", "", "only documents whose path or URL contains `TEXT`")
	fs.StringVar(&q.Doc, "doc", "", "only the document with this exact `source`")
	fs.IntVar(&q.Limit, "limit", 0, "at most `N` facts (0: all)")
	fs.StringVar(&q.Sort, "sort", "", "order by id, as_of, value, kind or source; '-' before for descending")
	if err := parse(fs, args); err != nil {
		return err
	}
	q.Words = strings.Join(fs.Args(), " ")
	for _, p := range []struct {
		s   string
		dst **float64
	}{{*minV, &q.Min}, {*maxV, &q.Max}} {
		if p.s == "" {
			continue
		}
		v, err := strconv.ParseFloat(strings.ReplaceAll(p.s, ",", "."), 64)
		if err != nil || math.IsNaN(v) {
			return usageError{fmt.Errorf("--min/--max want a number, got %q", p.s)}
		}
		*p.dst = &v
	}
	st, f, err := openForOutput(e, *db, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	defer st.Close()
	rows, err := st.Query(q)
	if err != nil {
		return err
	}
	if len(rows) == 0 && e.stdoutTTY {
		fmt.Fprintln(e.stderr, "no facts match")
		return nil
	}
	return writeRows(e.stdout, f, rows)
}

package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/vnfacts/vnfacts/corpus"
	"github.com/vnfacts/vnfacts/normalize"
)

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "[--format jsonl|csv|table] [--no-clean] [--ref DATE] [PATH...]",
		"vnfacts extract testdata/articles/000_3c41e08771b70f23.txt\necho 'Có 21/25 dịch vụ thiết yếu.' | vnfacts extract --no-clean --format jsonl")
	format := fs.String("format", "", "output `format`: table, jsonl or csv (default: table on a terminal, else jsonl)")
	noClean := fs.Bool("no-clean", false, "treat the input as clean article text")
	refFlag := fs.String("ref", "", "reference `DATE` (YYYY-MM-DD) for dates without a year when the article gives none")
	if err := parse(fs, args); err != nil {
		return err
	}
	f, err := formatFor(e, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	ref, err := parseRef(*refFlag)
	if err != nil {
		return err
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	paths := expand(inputs)
	var rows []corpus.Row
	failed := 0
	for _, p := range paths {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		corpus.ReadInput(p, e.stdin, func(d corpus.Document, err error) {
			if err == nil {
				all, err2 := corpus.ExtractAll(d, ref, *noClean)
				if err2 == nil {
					for _, af := range all {
						for _, fact := range af.Facts {
							rows = append(rows, corpus.Row{Fact: fact, Title: af.Article.Title, Published: af.Article.PublishedISO(), URL: af.Article.URL})
						}
					}
					return
				}
				err = err2
			}
			failed++
			fmt.Fprintf(e.stderr, "vnfacts: skipped %v\n", err)
		})
		// Machine formats stream per input so a long batch shows output
		// early; a table waits to align its columns.
		if f != "table" {
			if err := writeRows(e.stdout, f, rows); err != nil {
				return err
			}
			if f == "csv" {
				f = "csv-noheader"
			}
			rows = rows[:0]
		}
	}
	if f == "table" {
		if err := writeRows(e.stdout, f, rows); err != nil {
			return err
		}
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

func parseRef(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.ParseInLocation("2006-01-02", s, normalize.Location)
	if err != nil {
		return t, usageError{errors.New("--ref wants a date as YYYY-MM-DD, got " + fmt.Sprintf("%q", s))}
	}
	return t, nil
}

package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/vnfacts/vnfacts/corpus"
	"github.com/vnfacts/vnfacts/extract"
)

func runClean(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "clean", "[--format text|jsonl] PATH...", "vnfacts clean testdata/articles/003_cda5d139f3f754ff.txt")
	format := fs.String("format", "text", "output `format`: text or jsonl")
	if err := parse(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "jsonl" {
		return usageError{fmt.Errorf("unknown format %q (text or jsonl)", *format)}
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		inputs = []string{"-"}
	}
	paths := expand(inputs)
	failed := 0
	enc := newJSONL(e.stdout)
	for _, p := range paths {
		corpus.ReadInput(p, e.stdin, func(d corpus.Document, err error) {
			var as []extract.Article
			if err == nil {
				as, err = corpus.CleanAll(d)
			}
			if err != nil {
				failed++
				if errors.Is(err, extract.ErrNotArticle) {
					fmt.Fprintf(e.stderr, "vnfacts: skipped %s: a listing page, not an article\n", d.Source)
					return
				}
				fmt.Fprintf(e.stderr, "vnfacts: skipped %v\n", err)
				return
			}
			for _, a := range as {
				if *format == "jsonl" {
					enc.Encode(map[string]string{"doc": a.Doc, "title": a.Title, "published": a.PublishedISO(), "site": a.Site, "author": a.Author, "url": a.URL, "text": a.Text})
					continue
				}
				fmt.Fprintf(e.stdout, "# %s\ndoc: %s\npublished: %s\nsite: %s\nauthor: %s\nurl: %s\n\n%s\n\n", a.Title, a.Doc, a.PublishedISO(), a.Site, a.Author, a.URL, a.Text)
			}
		})
	}
	if failed > 0 {
		return errSomeFailed
	}
	return nil
}

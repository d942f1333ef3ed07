package main

import (
	"context"
	"fmt"
	"strconv"

	"github.com/vnfacts/vnfacts/corpus"
)

func runGenerate(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "generate", "[--n N] [--format text|html|jsonl] [--templates DIR] DIR",
		"vnfacts generate --n 50000 /tmp/corpus && vnfacts ingest --db /tmp/c.db /tmp/corpus")
	n := fs.Int("n", 1000, "number of articles")
	format := fs.String("format", "text", "`format` of the articles: text, html or jsonl")
	tpl := fs.String("templates", "testdata/articles", "folder of text scrapes to vary")
	seed := fs.Int64("seed", 1, "random seed")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{fmt.Errorf("generate wants one output folder")}
	}
	bases, err := corpus.LoadTemplates(*tpl)
	if err != nil {
		return err
	}
	total, err := corpus.Generate(fs.Arg(0), *n, corpus.Format(*format), *seed, bases)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "wrote %s articles (%s bytes) to %s\n", strconv.Itoa(*n), strconv.FormatInt(total, 10), fs.Arg(0))
	return nil
}

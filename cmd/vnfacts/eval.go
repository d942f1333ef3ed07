package main

import (
	"context"
	"fmt"
	"os"

	"github.com/vnfacts/vnfacts/extract"
)

func runEval(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "eval", "[-v] GOLD.jsonl...", "vnfacts eval -v testdata/gold/test.jsonl")
	verbose := fs.Bool("v", false, "list every miss, false fact and disagreement")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("eval wants a gold file")}
	}
	var gold []extract.GoldRecord
	for _, p := range fs.Args() {
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		g, err := extract.ReadGold(f, p)
		f.Close()
		if err != nil {
			return err
		}
		gold = append(gold, g...)
	}
	extract.Evaluate(gold).Write(e.stdout, *verbose)
	return nil
}

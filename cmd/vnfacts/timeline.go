package main

import (
	"context"
	"fmt"
	"math"
	"strings"
)

func runTimeline(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "timeline", "[--db FILE] [--kind KIND] [--format table|jsonl] WORDS",
		"vnfacts timeline \"dịch vụ công thiết yếu\"")
	db := dbFlag(e, fs)
	kind := fs.String("kind", "", "only facts of this `kind`")
	format := fs.String("format", "", "output `format`: table or jsonl")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("timeline wants the words of a unit")}
	}
	st, f, err := openForOutput(e, *db, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	defer st.Close()
	pts, err := st.Timeline(strings.Join(fs.Args(), " "), *kind)
	if err != nil {
		return err
	}
	if f == "jsonl" {
		enc := newJSONL(e.stdout)
		for _, p := range pts {
			if err := enc.Encode(p); err != nil {
				return err
			}
		}
		return nil
	}
	hi := map[string]float64{}
	for _, p := range pts {
		hi[p.Series] = math.Max(hi[p.Series], p.Value)
	}
	last := ""
	for _, p := range pts {
		if p.Series != last {
			fmt.Fprintf(e.stdout, "\n%s\n", p.Series)
			last = p.Series
		}
		fig := figure(p.Value, p.Denominator, 0)
		bar := ""
		if h := hi[p.Series]; h > 0 {
			bar = strings.Repeat("█", max(1, int(20*p.Value/h)))
		}
		fmt.Fprintf(e.stdout, "%-10s %-10s %-20s %-24s %s\n", p.AsOf, fig, bar, short(p.Unit, 24), strings.Join(p.Sources, ", "))
	}
	return nil
}

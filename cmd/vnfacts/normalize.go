package main

import (
	"context"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/vnfacts/vnfacts/normalize"
)

// mentionJSON is the output record of vnfacts normalize.
type mentionJSON struct {
	Kind        string  `json:"kind"`
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Value       any     `json:"value,omitempty"`
	Unit        string  `json:"unit,omitempty"`
	Per         string  `json:"per,omitempty"`
	Denominator float64 `json:"denominator,omitempty"`
	Min         float64 `json:"min,omitempty"`
	Max         float64 `json:"max,omitempty"`
	Of          string  `json:"of,omitempty"` // for ranges: number, percent or money
}

func toJSON(m normalize.Mention) mentionJSON {
	j := mentionJSON{Kind: string(m.Kind), Text: m.Text, Start: m.Start, End: m.End, Unit: m.Unit, Per: m.Per, Denominator: m.Denominator}
	switch {
	case m.Date != "":
		j.Value = m.Date
	case m.Kind == normalize.KindCode || m.Kind == normalize.KindPhone:
	default:
		j.Value = m.Value
	}
	if m.IsRange() && m.Kind != normalize.KindPeriod {
		j.Of, j.Kind = j.Kind, "range"
		j.Min, j.Max = m.Value, m.Max
	}
	return j
}

func runNormalize(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "normalize", "[--ref DATE] [--format table|jsonl] [TEXT...]",
		"vnfacts normalize --ref 2022-08-10 \"Sáng 9/8, đạt 21/25 dịch vụ, hơn 1,9 triệu công dân, 2.047 tỷ đồng\"")
	refFlag := fs.String("ref", "", "reference `DATE` (YYYY-MM-DD) for dates without a year (default: today)")
	format := fs.String("format", "", "output `format`: table or jsonl")
	if err := parse(fs, args); err != nil {
		return err
	}
	ref, err := parseRef(*refFlag)
	if err != nil {
		return err
	}
	if ref.IsZero() {
		ref = time.Now().In(normalize.Location)
	}
	f, err := formatFor(e, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	text := strings.Join(fs.Args(), " ")
	if fs.NArg() == 0 {
		b, err := io.ReadAll(io.LimitReader(e.stdin, 64<<20))
		if err != nil {
			return err
		}
		text, err = normalize.Decode(b, "")
		if err != nil {
			return fmt.Errorf("standard input: %w", err)
		}
	}
	ms := normalize.Scan(text, ref)
	if f == "jsonl" {
		enc := newJSONL(e.stdout)
		for _, m := range ms {
			if err := enc.Encode(toJSON(m)); err != nil {
				return err
			}
		}
		return nil
	}
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tTEXT\tVALUE\tUNIT\tSPAN")
	for _, m := range ms {
		j := toJSON(m)
		v := fmt.Sprint(j.Value)
		if j.Value == nil {
			v = ""
		} else if x, ok := j.Value.(float64); ok {
			v = num(x)
		}
		if j.Kind == "range" {
			v = num(j.Min) + "–" + num(j.Max)
		}
		if j.Denominator != 0 {
			v += "/" + num(j.Denominator)
		}
		unit := j.Unit
		if j.Per != "" {
			unit += "/" + j.Per
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d-%d\n", j.Kind, j.Text, v, unit, j.Start, j.End)
	}
	return tw.Flush()
}

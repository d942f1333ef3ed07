package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/vnfacts/vnfacts/corpus"
)

// formatFlag resolves --format: an aligned table on a terminal, JSON Lines
// when piped, unless asked.
func formatFor(e *env, asked string, allowed ...string) (string, error) {
	if asked == "" {
		if e.stdoutTTY {
			return "table", nil
		}
		return "jsonl", nil
	}
	for _, a := range allowed {
		if a == asked {
			return asked, nil
		}
	}
	return "", usageError{fmt.Errorf("unknown format %q (one of %s)", asked, strings.Join(allowed, ", "))}
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// figure writes a value as people read it: "21/25", "15–25", "93.1".
func figure(value, denominator, max float64) string {
	s := num(value)
	if denominator != 0 {
		s += "/" + num(denominator)
	}
	if max != 0 {
		s += "–" + num(max)
	}
	return s
}

// newJSONL returns an encoder of JSON Lines that keeps "<", ">" and "&"
// as they are, since the text is Vietnamese prose, not HTML.
func newJSONL(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}

var factCSVHeader = []string{"id", "doc", "kind", "value", "denominator", "max", "unit", "per", "qualifier", "change", "as_of", "text", "start", "end", "sentence", "title", "published"}

func optNum(v float64) string {
	if v == 0 {
		return ""
	}
	return num(v)
}

// writeRows prints facts in a format. Rows from extract have no id,
// title or published; the columns stay, empty.
func writeRows(w io.Writer, format string, rows []corpus.Row) error {
	switch format {
	case "jsonl":
		enc := newJSONL(w)
		for _, r := range rows {
			if err := enc.Encode(r); err != nil {
				return err
			}
		}
	case "csv", "csv-noheader":
		cw := csv.NewWriter(w)
		if format == "csv" {
			cw.Write(factCSVHeader)
		}
		for _, r := range rows {
			id := ""
			if r.ID != 0 {
				id = strconv.FormatInt(r.ID, 10)
			}
			cw.Write([]string{id, r.Doc, r.Kind, num(r.Value), optNum(r.Denominator), optNum(r.Max), r.Unit, r.Per, r.Qualifier, r.Change, r.AsOf,
				r.Text, strconv.Itoa(r.Start), strconv.Itoa(r.End), r.Sentence, r.Title, r.Published})
		}
		cw.Flush()
		return cw.Error()
	default:
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tFIGURE\tUNIT\tQUAL\tAS OF\tSOURCE")
		for _, r := range rows {
			fig := figure(r.Value, r.Denominator, r.Max)
			if r.Change == "increase" {
				fig = "+" + fig
			} else if r.Change == "decrease" {
				fig = "−" + fig
			}
			unit := r.Unit
			if r.Per != "" {
				unit += "/" + r.Per
			}
			id := "-"
			if r.ID != 0 {
				id = strconv.FormatInt(r.ID, 10)
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\n", id, r.Kind, fig, short(unit, 30), r.Qualifier, r.AsOf, shortSource(r.Doc))
		}
		return tw.Flush()
	}
	return nil
}

func short(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// shortSource keeps the end of a long path or URL, where the name is.
func shortSource(s string) string {
	r := []rune(s)
	if len(r) <= 40 {
		return s
	}
	return "…" + string(r[len(r)-39:])
}

// writeTable prints generic rows (for sql) as table, jsonl or csv.
func writeTable(w io.Writer, format string, cols []string, rows [][]any) error {
	switch format {
	case "jsonl":
		enc := newJSONL(w)
		for _, r := range rows {
			m := make(map[string]any, len(cols))
			for i, c := range cols {
				m[c] = r[i]
			}
			if err := enc.Encode(m); err != nil {
				return err
			}
		}
	case "csv":
		cw := csv.NewWriter(w)
		cw.Write(cols)
		for _, r := range rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = cell(v)
			}
			cw.Write(rec)
		}
		cw.Flush()
		return cw.Error()
	default:
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, strings.ToUpper(strings.Join(cols, "\t")))
		for _, r := range rows {
			rec := make([]string, len(r))
			for i, v := range r {
				rec[i] = short(strings.ReplaceAll(cell(v), "\n", " "), 60)
			}
			fmt.Fprintln(tw, strings.Join(rec, "\t"))
		}
		return tw.Flush()
	}
	return nil
}

func cell(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case float64:
		return num(x)
	case string:
		return x
	default:
		return fmt.Sprint(x)
	}
}

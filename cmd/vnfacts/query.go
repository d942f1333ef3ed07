package main

import (
	"context"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/vnfacts/vnfacts/corpus"
)

func openRead(path string) (*corpus.Store, error) { return corpus.OpenReadOnly(path) }

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
	f, err := formatFor(e, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	st, err := openRead(*db)
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

func runShow(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "show", "[--db FILE] [--format text|json] ID", "vnfacts show 12")
	db := dbFlag(e, fs)
	format := fs.String("format", "text", "output `format`: text or json")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError{fmt.Errorf("show wants one fact id")}
	}
	id, err := strconv.ParseInt(fs.Arg(0), 10, 64)
	if err != nil {
		return usageError{fmt.Errorf("fact id %q is not a number", fs.Arg(0))}
	}
	st, err := openRead(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	r, same, err := st.Fact(id)
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(map[string]any{"fact": r, "same_figure_elsewhere": same})
	}
	w := e.stdout
	fig := num(r.Value)
	if r.Denominator != 0 {
		fig += "/" + num(r.Denominator)
	}
	if r.Max != 0 {
		fig += "–" + num(r.Max)
	}
	fmt.Fprintf(w, "fact %d: %s %s %s", r.ID, r.Kind, fig, r.Unit)
	if r.Qualifier != "" && r.Qualifier != "exact" {
		fmt.Fprintf(w, " (%s)", r.Qualifier)
	}
	if r.Change != "" {
		fmt.Fprintf(w, " [%s]", r.Change)
	}
	fmt.Fprintf(w, "\nas of:     %s\ntext:      %q\n", r.AsOf, r.Text)
	// Mark the figure inside its sentence.
	sentence := r.Sentence
	if i := strings.Index(sentence, r.Text); i >= 0 {
		sentence = sentence[:i] + "[[" + r.Text + "]]" + sentence[i+len(r.Text):]
	}
	fmt.Fprintf(w, "sentence:  %s\n", sentence)
	fmt.Fprintf(w, "article:   %s\npublished: %s\nsource:    %s\n", r.Title, r.Published, r.Doc)
	if r.URL != "" && r.URL != r.Doc {
		fmt.Fprintf(w, "url:       %s\n", r.URL)
	}
	fmt.Fprintf(w, "offsets:   bytes %d–%d of the cleaned text\n", r.Start, r.End)
	if len(same) == 0 {
		fmt.Fprintln(w, "elsewhere: no other source states this figure")
	} else {
		fmt.Fprintf(w, "elsewhere: %d other source(s) state this figure:\n", len(same))
		for _, o := range same {
			fmt.Fprintf(w, "  fact %d in %s\n", o.ID, o.Doc)
		}
	}
	return nil
}

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
	f, err := formatFor(e, *format, "table", "jsonl", "csv")
	if err != nil {
		return err
	}
	st, err := openRead(*db)
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

func runStats(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "stats", "[--db FILE] [--format text|json]", "vnfacts stats")
	db := dbFlag(e, fs)
	format := fs.String("format", "text", "output `format`: text or json")
	if err := parse(fs, args); err != nil {
		return err
	}
	st, err := openRead(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	s, err := st.Stats()
	if err != nil {
		return err
	}
	if *format == "json" {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		return enc.Encode(s)
	}
	w := e.stdout
	fmt.Fprintf(w, "documents: %d from %d sites, published %s to %s\nfacts:     %d\n", s.Documents, s.Sites, dash(s.FirstDate), dash(s.LastDate), s.Facts)
	for _, k := range []string{"ratio", "count", "percent", "money"} {
		fmt.Fprintf(w, "  %-8s %d\n", k, s.ByKind[k])
	}
	for _, r := range s.LastRuns {
		fmt.Fprintf(w, "run %d at %s: %d new, %d updated, %d unchanged, %d failed, %d facts\n", r.ID, r.Started, r.New, r.Updated, r.Unchanged, r.Failed, r.Facts)
	}
	for _, f := range s.Failures {
		fmt.Fprintf(w, "  failed in run %d: %s: %s\n", f.RunID, f.Source, f.Reason)
	}
	return nil
}

func dash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

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
	f, err := formatFor(e, *format, "table", "jsonl")
	if err != nil {
		return err
	}
	st, err := openRead(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	pts, err := st.Timeline(strings.Join(fs.Args(), " "), *kind)
	if err != nil {
		return err
	}
	if f == "jsonl" {
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
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
		fig := num(p.Value)
		if p.Denominator != 0 {
			fig += "/" + num(p.Denominator)
		}
		bar := ""
		if h := hi[p.Series]; h > 0 {
			bar = strings.Repeat("█", max(1, int(20*p.Value/h)))
		}
		fmt.Fprintf(e.stdout, "%-10s %-10s %-20s %-24s %s\n", p.AsOf, fig, bar, short(p.Unit, 24), strings.Join(p.Sources, ", "))
	}
	return nil
}

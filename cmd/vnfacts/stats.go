package main

import (
	"context"
	"fmt"
)

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
		enc := newJSONL(e.stdout)
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

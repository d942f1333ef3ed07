package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"
)

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
		enc := newJSONL(e.stdout)
		return enc.Encode(map[string]any{"fact": r, "same_figure_elsewhere": same})
	}
	w := e.stdout
	fig := figure(r.Value, r.Denominator, r.Max)
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

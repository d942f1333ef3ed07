package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/vnfacts/vnfacts/corpus"
)

func runIngest(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "ingest", "[--db FILE] [--force] PATH...",
		"vnfacts ingest testdata/articles\nvnfacts ingest --db news.db 'scrapes/*.jsonl.gz' pages/")
	db := dbFlag(e, fs)
	force := fs.Bool("force", false, "re-extract every input, changed or not")
	workers := fs.Int("workers", 0, "goroutines that clean and extract (0: all cores)")
	cpuProfile := fs.String("cpuprofile", "", "write a CPU profile of the run to `FILE` (for go tool pprof)")
	if err := parse(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError{fmt.Errorf("ingest: no input given")}
	}
	if e.getenv("GOGC") == "" {
		// Extraction allocates many short-lived strings: collecting less
		// often buys about a third more throughput. The soft limit keeps
		// the Go heap at 160 MB whatever the corpus; SQLite's page cache
		// (64 MB) and the runtime come on top, which peaked at 291 MB
		// with a 200 MB limit on 500,000 articles: too close to 300.
		debug.SetGCPercent(400)
		debug.SetMemoryLimit(160 << 20)
	}
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	paths := expand(fs.Args())
	st, err := corpus.Open(*db)
	if err != nil {
		return err
	}
	defer st.Close()
	opt := corpus.IngestOptions{Workers: *workers, Force: *force, Stdin: e.stdin,
		OnError: func(src string, err error) { clearLine(e); fmt.Fprintf(e.stderr, "vnfacts: skipped %v\n", err) }}
	if e.stderrTTY {
		opt.OnProgress = func(p corpus.Progress) { drawProgress(e, p) }
	}
	sum, err := st.Ingest(ctx, paths, opt)
	clearLine(e)
	if err != nil {
		return err
	}
	rate := float64(sum.Docs()) / sum.Elapsed.Seconds()
	fmt.Fprintf(e.stderr, "ingested %d documents into %s in %s (%.0f docs/s): %d new, %d updated, %d unchanged, %d failed; %d facts\n",
		sum.Docs(), *db, sum.Elapsed.Round(time.Millisecond), rate, sum.New, sum.Updated, sum.Unchanged, sum.Failed, sum.Facts)
	if sum.Failed > 0 {
		return errSomeFailed
	}
	return nil
}

// drawProgress writes a one-line progress bar on a terminal.
func drawProgress(e *env, p corpus.Progress) {
	const width = 30
	frac := 0.0
	if p.Files > 0 {
		frac = float64(p.FilesDone) / float64(p.Files)
	}
	filled := int(frac * width)
	bar := make([]rune, width)
	for i := range bar {
		bar[i] = '░'
		if i < filled {
			bar[i] = '█'
		}
	}
	rate := float64(p.Docs) / max(p.Elapsed.Seconds(), 1e-3)
	eta := "?"
	if frac > 0 {
		eta = time.Duration(float64(p.Elapsed) * (1 - frac) / frac).Round(time.Second).String()
	}
	fmt.Fprintf(e.stderr, "\r%s %d/%d files, %d docs, %.0f docs/s, ETA %s ", string(bar), p.FilesDone, p.Files, p.Docs, rate, eta)
}

func clearLine(e *env) {
	if e.stderrTTY {
		fmt.Fprint(e.stderr, "\r\033[K")
	}
}

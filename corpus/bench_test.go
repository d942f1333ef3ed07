package corpus

import (
	"bufio"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// rssSampler records the process's peak resident memory while a
// benchmark runs, from /proc/self/status every 20 ms: the Go heap and
// SQLite's own memory alike. Where /proc is missing it reports nothing.
type rssSampler struct {
	stop chan struct{}
	done chan int64
}

func sampleRSS() *rssSampler {
	r := &rssSampler{stop: make(chan struct{}), done: make(chan int64, 1)}
	go func() {
		var peak int64
		t := time.NewTicker(20 * time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, rssKB())
			select {
			case <-r.stop:
				r.done <- max(peak, rssKB())
				return
			case <-t.C:
			}
		}
	}()
	return r
}

// report stops sampling and adds the peak, in MB, to b's metrics.
func (r *rssSampler) report(b *testing.B) {
	close(r.stop)
	if kb := <-r.done; kb > 0 {
		b.ReportMetric(float64(kb)/1024, "peak-RSS-MB")
	}
}

func rssKB() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb
		}
	}
	return 0
}

// benchCorpus generates n text articles once per benchmark run.
func benchCorpus(b *testing.B, n int, format Format) (string, int64) {
	b.Helper()
	dir := filepath.Join(b.TempDir(), "corpus")
	tpl, err := LoadTemplates("../testdata/articles")
	if err != nil {
		b.Fatal(err)
	}
	size, err := Generate(dir, n, format, 1, tpl)
	if err != nil {
		b.Fatal(err)
	}
	return dir, size
}

// BenchmarkRead is the floor: reading the same files, no work on them.
func BenchmarkRead(b *testing.B) {
	dir, size := benchCorpus(b, 2000, FormatText)
	paths, _ := Expand([]string{dir})
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, p := range paths {
			if _, err := os.ReadFile(p); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkExtractDocument is cleaning and extraction of one article on
// one core.
func BenchmarkExtractDocument(b *testing.B) {
	dir, _ := benchCorpus(b, 200, FormatText)
	paths, _ := Expand([]string{dir})
	var docs []Document
	var size int64
	for _, p := range paths {
		ReadInput(p, nil, func(d Document, err error) {
			docs = append(docs, d)
			size += int64(len(d.Raw))
		})
	}
	b.SetBytes(size / int64(len(docs)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, _, err := ExtractDocument(docs[i%len(docs)], time.Time{}, false); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkIngest is the whole pipeline into a fresh database, then a
// re-run over the unchanged corpus.
func BenchmarkIngest(b *testing.B) {
	dir, size := benchCorpus(b, 2000, FormatText)
	paths, _ := Expand([]string{dir})
	b.Run("first", func(b *testing.B) {
		b.SetBytes(size)
		rss := sampleRSS()
		defer rss.report(b)
		for i := 0; i < b.N; i++ {
			s, err := Open(filepath.Join(b.TempDir(), "b.db"))
			if err != nil {
				b.Fatal(err)
			}
			if _, err := s.Ingest(context.Background(), paths, IngestOptions{}); err != nil {
				b.Fatal(err)
			}
			s.Close()
		}
		b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "articles/s")
	})
	b.Run("unchanged", func(b *testing.B) {
		s, err := Open(filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		if _, err := s.Ingest(context.Background(), paths, IngestOptions{}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(size)
		rss := sampleRSS()
		defer rss.report(b)
		b.ResetTimer()
		for i := 0; i < b.N; i++ {
			if _, err := s.Ingest(context.Background(), paths, IngestOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(paths)*b.N)/b.Elapsed().Seconds(), "articles/s")
	})
}

// BenchmarkPut is the single writer alone: entries already extracted,
// stored in batches into a fresh database.
func BenchmarkPut(b *testing.B) {
	dir, _ := benchCorpus(b, 2000, FormatText)
	paths, _ := Expand([]string{dir})
	var entries []Entry
	facts := 0
	for _, p := range paths {
		readInput(p, nil, nil, func(d Document, err error) {
			r := process(d, err, newKnownSet(nil), false)
			for _, e := range r.entries {
				entries = append(entries, *e)
				facts += len(e.Facts)
			}
		})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "b.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		for j := 0; j < len(entries); j += 256 {
			if err := s.Put(entries[j:min(j+256, len(entries))]); err != nil {
				b.Fatal(err)
			}
		}
		b.StopTimer()
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(len(entries)*b.N)/b.Elapsed().Seconds(), "articles/s")
	b.ReportMetric(float64(facts*b.N)/b.Elapsed().Seconds(), "facts/s")
}

// BenchmarkPrepare is what a worker does for the writer after
// extraction: sentence spans, unit keys and the full-text words.
func BenchmarkPrepare(b *testing.B) {
	dir, _ := benchCorpus(b, 200, FormatText)
	paths, _ := Expand([]string{dir})
	var entries []Entry
	for _, p := range paths {
		readInput(p, nil, nil, func(d Document, err error) {
			for _, e := range process(d, err, newKnownSet(nil), false).entries {
				entries = append(entries, *e)
			}
		})
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		entries[i%len(entries)].Prepare()
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

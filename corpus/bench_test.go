package corpus

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"
)

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

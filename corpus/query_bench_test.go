package corpus

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
)

// benchStore returns a store for query benchmarks: the database named by
// VNFACTS_BENCH_DB if set (build one with "vnfacts generate --n 100000
// DIR" and "vnfacts ingest"), else a fresh one of VNFACTS_BENCH_DOCS
// generated articles (default 2000).
func benchStore(b *testing.B) *Store {
	b.Helper()
	if p := os.Getenv("VNFACTS_BENCH_DB"); p != "" {
		s, err := OpenReadOnly(p)
		if err != nil {
			b.Fatal(err)
		}
		b.Cleanup(func() { s.Close() })
		return s
	}
	n := 2000
	if v, err := strconv.Atoi(os.Getenv("VNFACTS_BENCH_DOCS")); err == nil && v > 0 {
		n = v
	}
	dir, _ := benchCorpus(b, n, FormatText)
	path := filepath.Join(b.TempDir(), "q.db")
	w, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := Expand([]string{dir})
	if _, err := w.Ingest(context.Background(), paths, IngestOptions{}); err != nil {
		b.Fatal(err)
	}
	w.Close()
	s, err := OpenReadOnly(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkQuery measures a word query with filters, as "vnfacts query
// --kind ratio --since 2022 --limit 50 dich vu cong" runs it.
func BenchmarkQuery(b *testing.B) {
	s := benchStore(b)
	var docs int
	s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	b.ReportMetric(float64(docs), "docs")
	queries := map[string]Query{
		"words+filters": {Words: "dich vu cong", Kind: "ratio", Since: "2022", Limit: 50},
		"words":         {Words: "thẻ căn cước", Limit: 50},
		"unit+min":      {Unit: "hồ sơ", Min: ptr(1e6), Limit: 50},
		"words-all":     {Words: "thiết yếu"},
		// Words the index leaves out (commonWords): facts are read in order.
		"common+filters": {Words: "tăng trưởng", Kind: "percent", Limit: 50},
	}
	for name, q := range queries {
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := s.Query(q); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func ptr(v float64) *float64 { return &v }

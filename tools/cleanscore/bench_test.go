package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtractors runs each extractor over the real article pages of
// testdata/clean; pages/s is the figure to compare.
func BenchmarkExtractors(b *testing.B) {
	dirs, _ := filepath.Glob("../../testdata/clean/*_article*")
	var pages []string
	var size int64
	for _, d := range dirs {
		p, err := readPage(d)
		if err != nil {
			b.Fatal(err)
		}
		pages = append(pages, p)
		size += int64(len(p))
	}
	for _, x := range extractors {
		if strings.HasPrefix(x.name, "keep") {
			continue
		}
		b.Run(x.name, func(b *testing.B) {
			b.SetBytes(size / int64(len(pages)))
			for i := 0; i < b.N; i++ {
				x.run(pages[i%len(pages)])
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

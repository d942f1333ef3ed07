package normalize

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func sampleText(b *testing.B) string {
	b.Helper()
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	var sb strings.Builder
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
	}
	return sb.String()
}

// BenchmarkScan measures the scanner on the sample articles.
func BenchmarkScan(b *testing.B) {
	text := sampleText(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Scan(text, ref)
	}
}

// BenchmarkBaselineRunes is the floor: decoding the same bytes rune by
// rune, so Scan's cost reads as a ratio to it.
func BenchmarkBaselineRunes(b *testing.B) {
	text := sampleText(b)
	b.SetBytes(int64(len(text)))
	n := 0
	for i := 0; i < b.N; i++ {
		for range text {
			n++
		}
	}
	_ = n
}

func BenchmarkText(b *testing.B) {
	text := sampleText(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Text(text)
	}
}

func BenchmarkKey(b *testing.B) {
	text := sampleText(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Key(text)
	}
}

func BenchmarkParseNumber(b *testing.B) {
	in := []string{"154.840.409", "1,9", "2.047", "93,1", "1,234,567", "06"}
	for i := 0; i < b.N; i++ {
		ParseNumber(in[i%len(in)])
	}
}

// BenchmarkScanGenerated scans a larger generated corpus: fifty copies of
// the sample articles with every digit replaced at random, so the figures
// differ from copy to copy.
func BenchmarkScanGenerated(b *testing.B) {
	base := sampleText(b)
	rng := rand.New(rand.NewSource(1))
	var sb strings.Builder
	for k := 0; k < 50; k++ {
		for _, r := range base {
			if r >= '0' && r <= '9' {
				r = rune('0' + rng.Intn(10))
			}
			sb.WriteRune(r)
		}
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Scan(text, ref)
	}
}

// BenchmarkDecodeText is the one pass a text input takes: decoded and
// normalized together; BenchmarkDecodeThenText is the two it replaced.
func BenchmarkDecodeText(b *testing.B) {
	text := []byte(sampleText(b))
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		DecodeText(text)
	}
}

func BenchmarkDecodeThenText(b *testing.B) {
	text := []byte(sampleText(b))
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		s, _ := Decode(text, "")
		Text(s)
	}
}

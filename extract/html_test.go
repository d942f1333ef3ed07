package extract

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/vnfacts/vnfacts/normalize"
)

// cleanFixture is testdata/clean/<case>/want.json, written by reading the
// page: whether it is an article, its title and date, text that must be
// kept and text that must be dropped.
type cleanFixture struct {
	Article        bool     `json:"article"`
	Title          string   `json:"title"`
	Published      string   `json:"published"`
	Author         string   `json:"author"` // checked when given
	MustContain    []string `json:"must_contain"`
	MustNotContain []string `json:"must_not_contain"`
}

// readPage reads input.html or input.html.gz of a fixture and decodes it
// the way the readers do.
func readPage(t testing.TB, dir string) string {
	t.Helper()
	var raw []byte
	if f, err := os.Open(filepath.Join(dir, "input.html.gz")); err == nil {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		raw, err = io.ReadAll(zr)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
	} else {
		raw, err = os.ReadFile(filepath.Join(dir, "input.html"))
		if err != nil {
			t.Fatal(err)
		}
	}
	s, err := normalize.Decode(raw, normalize.DeclaredCharset(raw))
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	return s
}

func TestCleanHTMLFixtures(t *testing.T) {
	dirs, _ := filepath.Glob("../testdata/clean/*")
	if len(dirs) < 25 {
		t.Fatalf("want ≥ 25 fixtures, found %d", len(dirs))
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, "want.json"))
			if err != nil {
				t.Fatal(err)
			}
			var want cleanFixture
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			a, err := CleanHTML(dir, "", readPage(t, dir))
			if !want.Article {
				if !errors.Is(err, ErrNotArticle) {
					t.Errorf("a listing page came out as an article: %q (%d bytes)", a.Title, len(a.Text))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Title != want.Title {
				t.Errorf("title %q, want %q", a.Title, want.Title)
			}
			if want.Author != "" && a.Author != want.Author {
				t.Errorf("author %q, want %q", a.Author, want.Author)
			}
			if a.PublishedISO() != want.Published {
				t.Errorf("published %q, want %q", a.PublishedISO(), want.Published)
			}
			for _, s := range want.MustContain {
				if strings.Count(a.Text, s) != 1 {
					t.Errorf("want exactly once: %q", s)
				}
			}
			for _, s := range want.MustNotContain {
				if strings.Contains(a.Text, s) {
					t.Errorf("must not contain: %q", s)
				}
			}
			if ref, err := os.ReadFile(filepath.Join(dir, "want.txt")); err == nil {
				if f1 := tokenF1(a.Text, string(ref)); f1 < 0.98 {
					t.Errorf("token F1 against want.txt %.3f, want ≥ 0.98", f1)
				}
			}
		})
	}
}

// tokenF1 scores got against want as multisets of lower-case words.
func tokenF1(got, want string) float64 {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		return m
	}
	g, w := count(got), count(want)
	tp, ng, nw := 0, 0, 0
	for k, n := range g {
		ng += n
		tp += min(n, w[k])
	}
	for _, n := range w {
		nw += n
	}
	if tp == 0 {
		return 0
	}
	p, r := float64(tp)/float64(ng), float64(tp)/float64(nw)
	return 2 * p * r / (p + r)
}

// Command cleanscore scores vnfacts's HTML cleaner against go-trafilatura
// and codeberg.org/readeck/go-readability on the fixtures of
// testdata/clean, side by side with a "keep everything" baseline (all the
// page's text). It lives in its own module so that vnfacts does not
// depend on its peers.
//
// Usage (from the repository root):
//
//	cd tools/cleanscore && go run . ../../testdata/clean
//
// Token scores (precision, recall, F1 of word tokens, as multisets) are
// computed where a fixture has a hand-written want.txt; on every article
// fixture the must_contain strings found and the must_not_contain
// strings leaked are counted; on listing pages, whether the extractor
// refused them.
package main

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"unicode"

	readability "codeberg.org/readeck/go-readability"
	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"github.com/vnfacts/vnfacts/extract"
	"github.com/vnfacts/vnfacts/normalize"
)

type fixture struct {
	Article        bool     `json:"article"`
	MustContain    []string `json:"must_contain"`
	MustNotContain []string `json:"must_not_contain"`
}

// An extractor returns the body text of a page, or an error when it finds
// no article.
type extractor struct {
	name string
	run  func(page string) (string, error)
}

var extractors = []extractor{
	{"vnfacts", func(page string) (string, error) {
		a, err := extract.CleanHTML("page", "", page)
		return a.Text, err
	}},
	{"trafilatura", func(page string) (string, error) {
		r, err := trafilatura.Extract(strings.NewReader(page), trafilatura.Options{})
		if err != nil {
			return "", err
		}
		return r.ContentText, nil
	}},
	{"readability", func(page string) (string, error) {
		a, err := readability.FromReader(strings.NewReader(page), nil)
		if err != nil {
			return "", err
		}
		return a.TextContent, nil
	}},
	{"keep-all", func(page string) (string, error) {
		d, err := goquery.NewDocumentFromReader(strings.NewReader(page))
		if err != nil {
			return "", err
		}
		d.Find("script,style,noscript").Remove()
		return d.Find("body").Text(), nil
	}},
}

func readPage(dir string) (string, error) {
	var raw []byte
	if f, err := os.Open(filepath.Join(dir, "input.html.gz")); err == nil {
		defer f.Close()
		zr, err := gzip.NewReader(f)
		if err != nil {
			return "", err
		}
		if raw, err = io.ReadAll(zr); err != nil {
			return "", err
		}
	} else if raw, err = os.ReadFile(filepath.Join(dir, "input.html")); err != nil {
		return "", err
	}
	return normalize.Decode(raw, normalize.DeclaredCharset(raw))
}

func tokens(s string) map[string]int {
	m := map[string]int{}
	for _, w := range strings.FieldsFunc(strings.ToLower(normalize.Text(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) {
		m[w]++
	}
	return m
}

type score struct {
	tp, found, want             int // tokens
	mustHit, mustAll, leaks     int
	listingsRefused, listingAll int
	errors                      int
}

func (s *score) add(got, want string) {
	g, w := tokens(got), tokens(want)
	for k, n := range g {
		s.found += n
		s.tp += min(n, w[k])
	}
	for _, n := range w {
		s.want += n
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func main() {
	root := "../../testdata/clean"
	if len(os.Args) > 1 {
		root = os.Args[1]
	}
	dirs, _ := filepath.Glob(filepath.Join(root, "*"))
	scores := make([]score, len(extractors))
	for _, dir := range dirs {
		b, err := os.ReadFile(filepath.Join(dir, "want.json"))
		if err != nil {
			continue
		}
		var fx fixture
		if err := json.Unmarshal(b, &fx); err != nil {
			fmt.Fprintln(os.Stderr, dir, err)
			os.Exit(1)
		}
		page, err := readPage(dir)
		if err != nil {
			fmt.Fprintln(os.Stderr, dir, err)
			os.Exit(1)
		}
		want, _ := os.ReadFile(filepath.Join(dir, "want.txt"))
		for i, x := range extractors {
			got, err := x.run(page)
			s := &scores[i]
			if !fx.Article {
				s.listingAll++
				if errors.Is(err, extract.ErrNotArticle) || err != nil || strings.TrimSpace(got) == "" {
					s.listingsRefused++
				}
				continue
			}
			if err != nil {
				s.errors++
			}
			flat := strings.Join(strings.Fields(normalize.Text(got)), " ")
			for _, m := range fx.MustContain {
				s.mustAll++
				if strings.Contains(flat, strings.Join(strings.Fields(m), " ")) {
					s.mustHit++
				}
			}
			for _, m := range fx.MustNotContain {
				if strings.Contains(flat, strings.Join(strings.Fields(m), " ")) {
					s.leaks++
				}
			}
			if len(want) > 0 {
				s.add(got, string(want))
			}
		}
	}
	fmt.Printf("%-12s %9s %7s %6s  %12s %6s %14s %6s\n", "extractor", "precision", "recall", "F1", "must-contain", "leaks", "listings-refused", "errors")
	for i, x := range extractors {
		s := scores[i]
		p, r := ratio(s.tp, s.found), ratio(s.tp, s.want)
		f1 := 0.0
		if p+r > 0 {
			f1 = 2 * p * r / (p + r)
		}
		fmt.Printf("%-12s %9.3f %7.3f %6.3f  %5d/%-6d %6d %8d/%-7d %6d\n", x.name, p, r, f1, s.mustHit, s.mustAll, s.leaks, s.listingsRefused, s.listingAll, s.errors)
	}
	fmt.Println("\nprecision/recall/F1: word tokens against want.txt (the fixtures that have one);")
	fmt.Println("must-contain: body passages kept; leaks: boilerplate passages kept, over every article fixture.")
}

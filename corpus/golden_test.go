package corpus

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vnfacts/vnfacts/extract"
)

// goldenFact is a fact written by hand from reading a sample article.
// unit is the unit's head (the extracted unit starts with it) and text is
// the figure as written (the extracted text contains it).
type goldenFact struct {
	Doc         string  `json:"doc"`
	Kind        string  `json:"kind"`
	Value       float64 `json:"value"`
	Denominator float64 `json:"denominator"`
	Unit        string  `json:"unit"`
	Per         string  `json:"per"`
	Qualifier   string  `json:"qualifier"`
	Change      string  `json:"change"`
	AsOf        string  `json:"as_of"`
	Text        string  `json:"text"`
}

func readGolden(t *testing.T, path string) []goldenFact {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldenFact
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldenFact
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	return out
}

// extractFile runs the pipeline without a store on one sample article.
func extractFile(t *testing.T, path string) (extract.Article, []extract.Fact) {
	t.Helper()
	var art extract.Article
	var facts []extract.Fact
	ReadInput(path, nil, func(d Document, err error) {
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		a, fs, err := ExtractDocument(d, time.Time{}, false)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		art, facts = a, fs
	})
	return art, facts
}

// TestGoldenArticles checks the facts of every sample article against the
// hand-written golden file: every golden fact found with its unit,
// qualifier, change and as_of, and no fact found that is not golden.
func TestGoldenArticles(t *testing.T) {
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	if len(paths) != 5 {
		t.Fatalf("want the 5 sample articles, found %d", len(paths))
	}
	for _, p := range paths {
		name := strings.TrimSuffix(filepath.Base(p), ".txt")
		t.Run(name, func(t *testing.T) {
			gold := readGolden(t, "../testdata/golden/"+name+".jsonl")
			art, got := extractFile(t, p)
			used := make([]bool, len(got))
			for _, g := range gold {
				hit := -1
				for i, f := range got {
					if !used[i] && f.Kind == g.Kind && math.Abs(f.Value-g.Value) < 1e-6 && f.Denominator == g.Denominator && strings.Contains(f.Text, g.Text) {
						hit = i
						break
					}
				}
				if hit < 0 {
					t.Errorf("missing %s %v %q", g.Kind, g.Value, g.Text)
					continue
				}
				used[hit] = true
				f := got[hit]
				if !strings.HasPrefix(f.Unit, g.Unit) {
					t.Errorf("%q: unit %q, want it to start with %q", g.Text, f.Unit, g.Unit)
				}
				if f.Qualifier != g.Qualifier || f.Change != g.Change || f.Per != g.Per {
					t.Errorf("%q: qualifier %s change %q per %q, want %s %q %q", g.Text, f.Qualifier, f.Change, f.Per, g.Qualifier, g.Change, g.Per)
				}
				if g.AsOf != "" && f.AsOf != g.AsOf {
					t.Errorf("%q: as_of %s, want %s", g.Text, f.AsOf, g.AsOf)
				}
				if art.Text[f.Start:f.End] != f.Text || !strings.Contains(f.Sentence, f.Text) {
					t.Errorf("%q: offsets %d-%d do not point at the figure", g.Text, f.Start, f.End)
				}
			}
			for i, f := range got {
				if !used[i] {
					t.Errorf("not a golden fact: %s %v %q in %q", f.Kind, f.Value, f.Text, f.Sentence)
				}
			}
		})
	}
}

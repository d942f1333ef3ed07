package extract

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
	"time"

	"github.com/vnfacts/vnfacts/normalize"
)

// GoldRecord is one hand-annotated sentence of a gold file.
type GoldRecord struct {
	ID       string     `json:"id"`
	Source   string     `json:"source"`
	Ref      string     `json:"ref"`
	Text     string     `json:"text"`
	Facts    []GoldFact `json:"facts"`
	Nonfacts []string   `json:"nonfacts"`
}

// GoldFact is an annotated figure. Unit is the head of the unit: a good
// extractor's unit starts with it.
type GoldFact struct {
	Kind        string  `json:"kind"`
	Value       float64 `json:"value"`
	Denominator float64 `json:"denominator,omitempty"`
	Unit        string  `json:"unit"`
	Qualifier   string  `json:"qualifier,omitempty"`
	Change      string  `json:"change,omitempty"`
}

// ReadGold reads a gold file of JSON Lines. Errors name the line.
func ReadGold(r io.Reader, name string) ([]GoldRecord, error) {
	var out []GoldRecord
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		b := strings.TrimSpace(sc.Text())
		if b == "" || strings.HasPrefix(b, "//") {
			continue
		}
		var g GoldRecord
		if err := json.Unmarshal([]byte(b), &g); err != nil {
			return out, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// KindScore counts matches of one kind.
type KindScore struct {
	Gold, Found, Matched int
}

// Precision is matched over found (1 when nothing was found).
func (k KindScore) Precision() float64 { return ratio(k.Matched, k.Found) }

// Recall is matched over gold (1 when the gold has none).
func (k KindScore) Recall() float64 { return ratio(k.Matched, k.Gold) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// Report is the result of scoring an extractor against gold sentences.
type Report struct {
	Sentences     int
	Kinds         map[string]*KindScore
	UnitOK        int // matched facts whose unit starts with the gold head
	QualifierOK   int
	ChangeOK      int
	Matched       int
	Misses        []string // gold facts not found
	FalseFacts    []string // facts found that are not in the gold
	Disagreements []string // matched facts with a wrong unit, qualifier or change
}

// Evaluate extracts facts from each gold sentence and scores them. A found
// fact matches a gold fact of the same kind, value and denominator.
func Evaluate(gold []GoldRecord) Report {
	rep := Report{Kinds: map[string]*KindScore{}}
	ks := func(k string) *KindScore {
		if rep.Kinds[k] == nil {
			rep.Kinds[k] = &KindScore{}
		}
		return rep.Kinds[k]
	}
	for _, g := range gold {
		rep.Sentences++
		x := Extractor{}
		if t, err := time.ParseInLocation("2006-01-02", g.Ref, normalize.Location); err == nil {
			x.Ref = t
		}
		found := x.FactsOfSentence(g.ID, g.Text)
		used := make([]bool, len(found))
		for _, gf := range g.Facts {
			ks(gf.Kind).Gold++
			hit := -1
			for i, f := range found {
				if !used[i] && f.Kind == gf.Kind && same(f.Value, gf.Value) && same(f.Denominator, gf.Denominator) {
					hit = i
					break
				}
			}
			if hit < 0 {
				rep.Misses = append(rep.Misses, fmt.Sprintf("%s: %s %v %q (%s)", g.ID, gf.Kind, gf.Value, gf.Unit, clip(g.Text)))
				continue
			}
			used[hit] = true
			f := found[hit]
			ks(gf.Kind).Matched++
			rep.Matched++
			wantQ := gf.Qualifier
			if wantQ == "" {
				wantQ = Exact
			}
			unitOK := strings.HasPrefix(strings.ToLower(f.Unit), strings.ToLower(gf.Unit))
			if gf.Unit == "" {
				unitOK = true
			}
			var bad []string
			if unitOK {
				rep.UnitOK++
			} else {
				bad = append(bad, fmt.Sprintf("unit %q want %q", f.Unit, gf.Unit))
			}
			if f.Qualifier == wantQ {
				rep.QualifierOK++
			} else {
				bad = append(bad, fmt.Sprintf("qualifier %s want %s", f.Qualifier, wantQ))
			}
			if f.Change == gf.Change {
				rep.ChangeOK++
			} else {
				bad = append(bad, fmt.Sprintf("change %q want %q", f.Change, gf.Change))
			}
			if len(bad) > 0 {
				rep.Disagreements = append(rep.Disagreements, fmt.Sprintf("%s: %q: %s", g.ID, f.Text, strings.Join(bad, "; ")))
			}
		}
		for i, f := range found {
			ks(f.Kind).Found++
			if !used[i] {
				rep.FalseFacts = append(rep.FalseFacts, fmt.Sprintf("%s: %s %v %q from %q (%s)", g.ID, f.Kind, f.Value, f.Unit, f.Text, clip(g.Text)))
			}
		}
	}
	return rep
}

func same(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

func clip(s string) string {
	if len(s) > 90 {
		i := 90
		for i < len(s) && s[i]&0xC0 == 0x80 {
			i++
		}
		return s[:i] + "…"
	}
	return s
}

// Write prints the report: a table of precision and recall per kind, the
// agreement of unit, qualifier and change, then every miss and false fact
// when verbose.
func (r Report) Write(w io.Writer, verbose bool) {
	kinds := make([]string, 0, len(r.Kinds))
	for k := range r.Kinds {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	var all KindScore
	fmt.Fprintf(w, "%d sentences\n%-8s %5s %5s %5s %9s %7s\n", r.Sentences, "kind", "gold", "found", "match", "precision", "recall")
	for _, k := range kinds {
		s := r.Kinds[k]
		all.Gold += s.Gold
		all.Found += s.Found
		all.Matched += s.Matched
		fmt.Fprintf(w, "%-8s %5d %5d %5d %9.3f %7.3f\n", k, s.Gold, s.Found, s.Matched, s.Precision(), s.Recall())
	}
	fmt.Fprintf(w, "%-8s %5d %5d %5d %9.3f %7.3f\n", "all", all.Gold, all.Found, all.Matched, all.Precision(), all.Recall())
	fmt.Fprintf(w, "of matched facts: unit %.3f, qualifier %.3f, change %.3f\n",
		ratio(r.UnitOK, r.Matched), ratio(r.QualifierOK, r.Matched), ratio(r.ChangeOK, r.Matched))
	if !verbose {
		return
	}
	section := func(title string, lines []string) {
		if len(lines) == 0 {
			return
		}
		fmt.Fprintf(w, "\n%s (%d):\n", title, len(lines))
		for _, l := range lines {
			fmt.Fprintln(w, "  "+l)
		}
	}
	section("missed", r.Misses)
	section("false facts", r.FalseFacts)
	section("disagreements", r.Disagreements)
}

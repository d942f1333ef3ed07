package corpus

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// TimelinePoint is one value of a figure at one as_of.
type TimelinePoint struct {
	Series      string   `json:"series"` // kind, denominator and unit head shared by the points
	AsOf        string   `json:"as_of"`
	Kind        string   `json:"kind"`
	Value       float64  `json:"value"`
	Denominator float64  `json:"denominator,omitempty"`
	Unit        string   `json:"unit"`
	Sources     []string `json:"sources"`
}

// Timeline returns the values over time of the facts whose sentence
// holds words (marks optional). Facts fall into series by kind,
// denominator and the first three syllables of the unit, so "21/25 dịch
// vụ công thiết yếu" and "23/25 dịch vụ công toàn trình" are one series
// of ratios out of 25; each series is ordered by as_of, one point per
// as_of and value.
func (s *Store) Timeline(words, kind string) ([]TimelinePoint, error) {
	ws := phrase(words)
	if ws == nil {
		return nil, fmt.Errorf("timeline wants words")
	}
	from, where, args, _ := wordsQuery(ws)
	q := `SELECT f.as_of, f.kind, f.value, coalesce(f.denominator,0), f.unit, f.unit_key, d.source, ` + sentenceColumn + `
		FROM ` + from + ` WHERE ` + strings.Join(where, ` AND `) + ` AND f.as_of <> ''`
	joined := strings.Join(ws, " ")
	if kind != "" {
		q += ` AND f.kind = ?`
		args = append(args, kind)
	}
	q += ` ORDER BY f.as_of, f.value, d.source`
	rows, err := s.db.Query(q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	series := map[string][]TimelinePoint{}
	var order []string
	for rows.Next() {
		var p TimelinePoint
		var key, src, sentence string
		if err := rows.Scan(&p.AsOf, &p.Kind, &p.Value, &p.Denominator, &p.Unit, &key, &src, &sentence); err != nil {
			return nil, err
		}
		if !holdsPhrase(sentence, joined) {
			continue
		}
		head := strings.Fields(key)
		if len(head) > 3 {
			head = head[:3]
		}
		p.Series = p.Kind + " " + strings.Join(head, " ")
		if p.Denominator != 0 {
			p.Series = fmt.Sprintf("%s /%s %s", p.Kind, strconv.FormatFloat(p.Denominator, 'f', -1, 64), strings.Join(head, " "))
		}
		pts := series[p.Series]
		if n := len(pts); n > 0 && pts[n-1].AsOf == p.AsOf && pts[n-1].Value == p.Value {
			if !contains(pts[n-1].Sources, src) {
				pts[n-1].Sources = append(pts[n-1].Sources, src)
			}
			continue
		}
		if pts == nil {
			order = append(order, p.Series)
		}
		p.Sources = []string{src}
		series[p.Series] = append(pts, p)
	}
	// Series with more points first: the figure that moved over time.
	sort.SliceStable(order, func(i, j int) bool { return len(series[order[i]]) > len(series[order[j]]) })
	var out []TimelinePoint
	for _, k := range order {
		out = append(out, series[k]...)
	}
	return out, rows.Err()
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

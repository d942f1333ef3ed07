package corpus

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/vnfacts/vnfacts/extract"
)

// Row is a stored fact with its document.
type Row struct {
	extract.Fact
	Title     string `json:"title"`
	Published string `json:"published"`
	URL       string `json:"url,omitempty"`
}

// Query selects facts. Zero fields do not filter.
type Query struct {
	Words     string // a phrase of the fact's sentence, marks optional
	Kind      string
	Unit      string // substring of the unit, marks optional
	Qualifier string
	Since     string // as_of >= Since (ISO prefix)
	Until     string // as_of <= Until
	Min, Max  *float64
	Source    string // substring of the source path or URL
	Doc       string // exact source
	Limit     int
	Sort      string // "as_of", "value", "id" (default), prefix "-" for descending
}

const rowColumns = `f.id, d.source, f.kind, f.value, coalesce(f.denominator,0), coalesce(f.max,0), f.unit, f.per, f.qualifier, f.change, f.as_of, f.text, f.start, f.end, ` + sentenceColumn + `, d.title, d.published, d.url`

// sentenceColumn is a fact's sentence, a span of its document's text.
const sentenceColumn = `CAST(substr(CAST(d.text AS BLOB), f.sentence_start + 1, f.sentence_end - f.sentence_start) AS TEXT)`

// factsFrom joins what a fact row needs.
const factsFrom = `facts f JOIN documents d ON d.id = f.document_id`

func scanRow(sc interface{ Scan(...any) error }) (Row, error) {
	var r Row
	err := sc.Scan(&r.ID, &r.Doc, &r.Kind, &r.Value, &r.Denominator, &r.Max, &r.Unit, &r.Per, &r.Qualifier, &r.Change, &r.AsOf,
		&r.Text, &r.Start, &r.End, &r.Sentence, &r.Title, &r.Published, &r.URL)
	return r, err
}

// Query returns the facts that match q.
func (s *Store) Query(q Query) ([]Row, error) {
	var where []string
	var args []any
	from := factsFrom
	words := phrase(q.Words)
	byWords := words != nil
	byIndex := false
	if byWords {
		// With the default order and a limit the query stops early
		// instead of collecting every match. The loop below keeps the
		// facts whose sentence holds the words in order.
		from, where, args, byIndex = wordsQuery(words)
	}
	add := func(cond string, v any) { where = append(where, cond); args = append(args, v) }
	if q.Kind != "" {
		add(`f.kind = ?`, q.Kind)
	}
	if q.Unit != "" {
		add(`f.unit_key LIKE ?`, "%"+SearchKey(q.Unit)+"%")
	}
	if q.Qualifier != "" {
		add(`f.qualifier = ?`, q.Qualifier)
	}
	if q.Since != "" {
		add(`f.as_of >= ?`, q.Since)
	}
	if q.Until != "" {
		// "2022" includes all of 2022: compare on the prefix length.
		add(`substr(f.as_of, 1, length(?)) <= ?`, q.Until)
		args = append(args, q.Until)
	}
	if q.Min != nil {
		add(`f.value >= ?`, *q.Min)
	}
	if q.Max != nil {
		add(`f.value <= ?`, *q.Max)
	}
	if q.Source != "" {
		add(`(instr(d.source, ?) > 0`, q.Source)
		where[len(where)-1] += ` OR instr(d.url, ?) > 0)`
		args = append(args, q.Source)
	}
	if q.Doc != "" {
		add(`d.source = ?`, q.Doc)
	}
	stmt := `SELECT ` + rowColumns + ` FROM ` + from
	if len(where) > 0 {
		stmt += ` WHERE ` + strings.Join(where, ` AND `)
	}
	order := map[string]string{"id": "f.id", "as_of": "f.as_of, f.id", "value": "f.value, f.id", "kind": "f.kind, f.id", "source": "d.source, f.start"}
	key, desc := strings.TrimPrefix(q.Sort, "-"), strings.HasPrefix(q.Sort, "-")
	col, ok := order[key]
	if q.Sort == "" {
		col, ok = "f.id", true
		if byWords && q.Limit == 0 {
			// Every match is read anyway: order them by source and place,
			// the same from one ingest to the next.
			col = "d.source, f.start"
		}
	}
	if !ok {
		return nil, fmt.Errorf("unknown sort %q (id, as_of, value, kind, source)", q.Sort)
	}
	if desc {
		col = strings.ReplaceAll(col, ",", " DESC,") + " DESC"
	}
	// With indexed words and a limit, the index yields documents in docid
	// order and each document's facts come by the facts_document index in
	// id order: that order needs no sort, so the limit stops the query
	// early. Common words alone read the facts in an order of the plan's
	// choosing (by a filter's index), so they are sorted.
	if !(byIndex && q.Sort == "" && q.Limit > 0) {
		stmt += ` ORDER BY ` + col
	}
	// With words the limit counts the facts the phrase check keeps.
	if q.Limit > 0 && !byWords {
		stmt += fmt.Sprintf(` LIMIT %d`, q.Limit)
	}
	joined := strings.Join(words, " ")
	rows, err := s.db.Query(stmt, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		r, err := scanRow(rows)
		if err != nil {
			return nil, err
		}
		if byWords && !holdsPhrase(r.Sentence, joined) {
			continue
		}
		out = append(out, r)
		if q.Limit > 0 && len(out) == q.Limit {
			break
		}
	}
	return out, rows.Err()
}

// Fact returns one fact and the facts of other sources that state the
// same figure: same kind, value, denominator, unit and as_of.
func (s *Store) Fact(id int64) (Row, []Row, error) {
	r, err := scanRow(s.db.QueryRow(`SELECT `+rowColumns+` FROM `+factsFrom+` WHERE f.id = ?`, id))
	if err == sql.ErrNoRows {
		return r, nil, fmt.Errorf("no fact with id %d", id)
	}
	if err != nil {
		return r, nil, err
	}
	rows, err := s.db.Query(`SELECT `+rowColumns+` FROM `+factsFrom+`
		WHERE f.kind = ? AND f.value = ? AND coalesce(f.denominator,0) = ? AND f.unit_key = ? AND f.as_of = ? AND d.source <> ? ORDER BY f.id`,
		r.Kind, r.Value, r.Denominator, SearchKey(r.Unit), r.AsOf, r.Doc)
	if err != nil {
		return r, nil, err
	}
	defer rows.Close()
	var same []Row
	for rows.Next() {
		o, err := scanRow(rows)
		if err != nil {
			return r, nil, err
		}
		same = append(same, o)
	}
	return r, same, rows.Err()
}

// isReadStatement allows SELECT, WITH, EXPLAIN, VALUES and PRAGMA reads.
// The connection is read-only too; this check gives the clear error.
func isReadStatement(q string) bool {
	t := strings.ToLower(strings.TrimSpace(q))
	for _, p := range []string{"select", "with", "explain", "values"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return strings.HasPrefix(t, "pragma") && !strings.Contains(t, "=")
}

// SQL runs a read-only statement and returns its columns and rows.
func (s *Store) SQL(q string) ([]string, [][]any, error) {
	if !isReadStatement(q) {
		return nil, nil, ErrReadOnly
	}
	rows, err := s.db.Query(q)
	if err != nil {
		if strings.Contains(err.Error(), "readonly") || strings.Contains(err.Error(), "read-only") {
			return nil, nil, ErrReadOnly
		}
		return nil, nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, nil, err
	}
	var out [][]any
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, nil, err
		}
		for i, v := range vals {
			if b, ok := v.([]byte); ok {
				vals[i] = string(b)
			}
		}
		out = append(out, vals)
	}
	return cols, out, rows.Err()
}

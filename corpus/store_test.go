package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vnfacts/vnfacts/extract"
)

// mustOpen opens a fresh database in a temporary directory.
func mustOpen(tb testing.TB) *Store {
	tb.Helper()
	s, err := Open(filepath.Join(tb.TempDir(), "test.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func copyArticles(tb testing.TB) string {
	tb.Helper()
	dir := tb.TempDir()
	paths, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), b, 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func ingest(tb testing.TB, s *Store, opt IngestOptions, paths ...string) Summary {
	tb.Helper()
	expanded, err := Expand(paths)
	if err != nil {
		tb.Fatal(err)
	}
	sum, err := s.Ingest(context.Background(), expanded, opt)
	if err != nil {
		tb.Fatal(err)
	}
	return sum
}

func TestIngestAndQuery(t *testing.T) {
	s := mustOpen(t)
	dir := copyArticles(t)
	sum := ingest(t, s, IngestOptions{}, dir)
	if sum.New != 5 || sum.Failed != 0 || sum.Facts < 60 {
		t.Fatalf("first ingest: %+v", sum)
	}
	rows, err := s.Query(Query{Words: "dịch vụ", Kind: "ratio"})
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if r.Value == 21 && r.Denominator == 25 && strings.HasPrefix(r.Unit, "dịch vụ") && r.Title != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("query dịch vụ: no 21/25 among %d rows", len(rows))
	}
	// Without diacritics and in the other tone placement.
	plain, _ := s.Query(Query{Words: "dich vu", Kind: "ratio"})
	if len(plain) != len(rows) {
		t.Errorf("'dich vu' found %d, 'dịch vụ' %d", len(plain), len(rows))
	}
	// The article writes "sức khỏe"; the old placement and no marks find it.
	k1, _ := s.Query(Query{Words: "sức khoẻ"})
	k2, _ := s.Query(Query{Words: "suc khoe"})
	if len(k1) == 0 || len(k1) != len(k2) {
		t.Errorf("sức khoẻ %d vs suc khoe %d", len(k1), len(k2))
	}
	// Filters.
	min, max := 1e6, 1e8
	big, _ := s.Query(Query{Kind: "count", Min: &min, Max: &max})
	for _, r := range big {
		if r.Value < min || r.Value > max || r.Kind != "count" {
			t.Errorf("filter let through %v %s", r.Value, r.Kind)
		}
	}
	if len(big) == 0 {
		t.Error("no counts between 1e6 and 1e8")
	}
	since, _ := s.Query(Query{Since: "2024"})
	for _, r := range since {
		if r.AsOf < "2024" {
			t.Errorf("--since 2024 gave as_of %s", r.AsOf)
		}
	}
	until, _ := s.Query(Query{Until: "2022-07"})
	for _, r := range until {
		// --until compares as many characters as it has: "2022" is in.
		a := r.AsOf
		if len(a) > 7 {
			a = a[:7]
		}
		if a > "2022-07" {
			t.Errorf("--until 2022-07 gave as_of %s", r.AsOf)
		}
	}
	src, _ := s.Query(Query{Source: "004_"})
	for _, r := range src {
		if !strings.Contains(r.Doc, "004_") {
			t.Errorf("--source 004_ gave %s", r.Doc)
		}
	}
	q, _ := s.Query(Query{Qualifier: "more_than", Unit: "ho so"})
	for _, r := range q {
		if r.Qualifier != "more_than" || !strings.Contains(r.Unit, "hồ sơ") {
			t.Errorf("qualifier/unit filter gave %s %q", r.Qualifier, r.Unit)
		}
	}
	lim, _ := s.Query(Query{Limit: 3, Sort: "-value"})
	if len(lim) != 3 || lim[0].Value < lim[1].Value {
		t.Errorf("limit/sort: %v", lim)
	}
	none, err := s.Query(Query{Words: "không có từ này xyzzy"})
	if err != nil || len(none) != 0 {
		t.Errorf("no match: %v %v", none, err)
	}
	// Show: the same figure from another source.
	r, same, err := s.Fact(rows[0].ID)
	if err != nil || r.ID != rows[0].ID {
		t.Fatal(err)
	}
	_ = same
}

func TestRefresh(t *testing.T) {
	s := mustOpen(t)
	dir := copyArticles(t)
	first := ingest(t, s, IngestOptions{}, dir)
	again := ingest(t, s, IngestOptions{}, dir)
	if again.Unchanged != 5 || again.New+again.Updated != 0 {
		t.Errorf("re-run of an unchanged corpus: %+v", again)
	}
	// A file touched but not changed is read, found by its hash, and
	// still skipped.
	later := time.Now().Add(time.Hour)
	os.Chtimes(filepath.Join(dir, "000_3c41e08771b70f23.txt"), later, later)
	touched := ingest(t, s, IngestOptions{}, dir)
	if touched.Unchanged != 5 || touched.New+touched.Updated != 0 {
		t.Errorf("re-run after a touch: %+v", touched)
	}
	// A changed input replaces its document and facts.
	p := filepath.Join(dir, "004_74156a42bd74ad3a.txt")
	b, _ := os.ReadFile(p)
	os.WriteFile(p, append(b, []byte("\nNgoài ra, đã có 99 trạm mới được xây dựng.\n")...), 0o644)
	changed := ingest(t, s, IngestOptions{}, dir)
	if changed.Updated != 1 || changed.Unchanged != 4 {
		t.Errorf("one changed input: %+v", changed)
	}
	rows, _ := s.Query(Query{Words: "99 trạm"})
	if len(rows) != 1 {
		t.Errorf("the changed document's new fact: %d rows", len(rows))
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM facts`).Scan(&n)
	if n != first.Facts+1 {
		t.Errorf("facts after the change: %d, want %d (no duplicates)", n, first.Facts+1)
	}
	// A new extractor version re-extracts.
	s.db.Exec(`UPDATE documents SET version = 'old'`)
	ver := ingest(t, s, IngestOptions{}, dir)
	if ver.Updated != 5 {
		t.Errorf("new version: %+v", ver)
	}
	forced := ingest(t, s, IngestOptions{Force: true}, dir)
	if forced.Updated != 5 {
		t.Errorf("--force: %+v", forced)
	}
	var docs int
	s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&docs)
	if docs != 5 {
		t.Errorf("%d documents after re-runs, want 5", docs)
	}
}

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

func TestBadInputs(t *testing.T) {
	s := mustOpen(t)
	dir := copyArticles(t)
	good, _ := os.ReadFile(filepath.Join(dir, "000_3c41e08771b70f23.txt"))
	deep := strings.Repeat("<div>", 100000) + "x" + strings.Repeat("</div>", 100000)
	bad := map[string][]byte{
		"empty.txt":    {},
		"binary.bin":   {0, 1, 2, 3, 0xff, 0xfe, 0, 0, 7},
		"broken.txt":   []byte("Có 5 người \xff\xfe\xfd\x80\x81 và \xc3\x28 nữa"),
		"truncated.gz": gz(good)[:200],
		"pages.jsonl":  []byte(`{"url":"http://a.vn/1","text":"Có 21/25 dịch vụ thiết yếu đã hoàn thành trên môi trường điện tử."}` + "\n{not json\n" + `{"url":"http://a.vn/2","text":"Đã cấp hơn 67 triệu thẻ căn cước."}` + "\n"),
		"deep.html":    []byte("<html><body>" + deep + "</body></html>"),
		"listing.html": []byte(`<html><head><meta property="og:type" content="website"></head><body><ul>` + strings.Repeat(`<li><a href="/x">Một tin tức rất dài về kinh tế xã hội hôm nay</a></li>`, 40) + `</ul></body></html>`),
	}
	for name, b := range bad {
		os.WriteFile(filepath.Join(dir, name), b, 0o644)
	}
	var reported []string
	sum := ingest(t, s, IngestOptions{OnError: func(src string, err error) { reported = append(reported, err.Error()) }}, dir)
	if sum.Failed < 6 {
		t.Errorf("failed %d, want ≥ 6 (%q)", sum.Failed, reported)
	}
	if sum.New < 5+2 {
		t.Errorf("new %d: the good articles and the 2 good JSON lines must be stored", sum.New)
	}
	for _, r := range reported {
		if !strings.Contains(r, dir) {
			t.Errorf("error does not name its input: %s", r)
		}
	}
	var recorded int
	s.db.QueryRow(`SELECT count(*) FROM failures`).Scan(&recorded)
	if recorded != sum.Failed {
		t.Errorf("recorded %d failures, reported %d", recorded, sum.Failed)
	}
	// The table keeps the input in its own column and the reason alone.
	var reason string
	s.db.QueryRow(`SELECT reason FROM failures WHERE source LIKE '%empty.txt'`).Scan(&reason)
	if reason == "" || strings.Contains(reason, dir) {
		t.Errorf("recorded reason %q: want the reason without the input's path", reason)
	}
	joined := strings.Join(reported, "\n")
	for _, want := range []string{"empty", "binary", "gzip", "malformed JSON", "#2"} {
		if !strings.Contains(joined, want) {
			t.Errorf("no error mentions %q:\n%s", want, joined)
		}
	}
}

func TestReadOnlySQL(t *testing.T) {
	path := filepath.Join(t.TempDir(), "ro.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, w, IngestOptions{}, copyArticles(t))
	w.Close()
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	cols, rows, err := s.SQL("SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind")
	if err != nil || len(cols) != 2 || len(rows) != 4 {
		t.Fatalf("select: %v %v %v", cols, rows, err)
	}
	for _, q := range []string{"DELETE FROM facts", "drop table facts", "UPDATE facts SET value = 0", "PRAGMA journal_mode = DELETE", "INSERT INTO runs (started_at) VALUES ('x')"} {
		if _, _, err := s.SQL(q); !errors.Is(err, ErrReadOnly) {
			t.Errorf("%s: err %v, want ErrReadOnly", q, err)
		}
	}
	// Even a write hidden in a WITH is refused by the connection.
	if _, _, err := s.SQL("WITH x AS (SELECT 1) DELETE FROM facts"); err == nil {
		t.Error("a write in WITH was not refused")
	}
	var n int
	s.db.QueryRow(`SELECT count(*) FROM facts`).Scan(&n)
	if n == 0 {
		t.Error("facts were deleted")
	}
	if _, err := OpenReadOnly(filepath.Join(t.TempDir(), "missing.db")); err == nil {
		t.Error("opening a missing database read-only should fail")
	}
}

// TestConcurrentRead queries while an ingest writes: WAL lets readers in.
func TestConcurrentRead(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	w, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	dir := t.TempDir()
	writeCorpus(t, dir, 400)
	done := make(chan error, 1)
	go func() {
		paths, _ := Expand([]string{dir})
		_, err := w.Ingest(context.Background(), paths, IngestOptions{BatchSize: 20})
		done <- err
	}()
	r, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	reads := 0
	deadline := time.After(30 * time.Second)
loop:
	for {
		select {
		case err := <-done:
			if err != nil {
				t.Fatal(err)
			}
			break loop
		case <-deadline:
			t.Fatal("ingest did not finish")
		default:
			if _, err := r.Query(Query{Words: "dịch vụ", Limit: 5}); err != nil {
				t.Fatalf("read during ingest: %v", err)
			}
			reads++
		}
	}
	if reads == 0 {
		t.Error("no read ran during the ingest")
	}
}

func TestStatsAndTimeline(t *testing.T) {
	s := mustOpen(t)
	ingest(t, s, IngestOptions{}, copyArticles(t))
	st, err := s.Stats()
	if err != nil || st.Documents != 5 || st.Facts == 0 || st.ByKind["ratio"] == 0 || len(st.LastRuns) != 1 {
		t.Fatalf("stats %+v %v", st, err)
	}
	pts, err := s.Timeline("dịch vụ công thiết yếu", "")
	if err != nil {
		t.Fatal(err)
	}
	first, last := "", ""
	for _, p := range pts {
		if p.Kind == "ratio" && p.Denominator == 25 {
			if first == "" {
				first = p.AsOf[:7] + " " + ftoa(p.Value)
			}
			last = p.AsOf[:7] + " " + ftoa(p.Value)
		}
	}
	if first != "2022-08 21" || last != "2024-11 23" {
		t.Errorf("timeline of dịch vụ công thiết yếu out of 25: first %q last %q", first, last)
	}
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// writeCorpus writes n generated text articles into dir.
func writeCorpus(tb testing.TB, dir string, n int) {
	tb.Helper()
	tpl, err := LoadTemplates("../testdata/articles")
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := Generate(dir, n, FormatText, 1, tpl); err != nil {
		tb.Fatal(err)
	}
}

// TestGluedInput: an input holding two articles is stored as two
// documents; when it changes to hold one, the second goes.
func TestGluedInput(t *testing.T) {
	s := mustOpen(t)
	dir := t.TempDir()
	a, _ := os.ReadFile("../testdata/articles/002_8057d95c7c3f133f.txt")
	b, _ := os.ReadFile("../testdata/articles/004_74156a42bd74ad3a.txt")
	p := filepath.Join(dir, "glued.txt")
	os.WriteFile(p, append(append(a, "\n\n"...), b...), 0o644)
	ingest(t, s, IngestOptions{}, dir)
	var n int
	s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
	if n != 2 {
		t.Fatalf("%d documents, want 2", n)
	}
	rows, _ := s.Query(Query{Words: "dịch vụ công thiết yếu", Kind: "ratio"})
	if len(rows) == 0 || rows[0].Doc != p+"#a2" || rows[0].Published != "2024-11-22" {
		t.Errorf("the second article's fact: %+v", rows)
	}
	os.WriteFile(p, a, 0o644)
	ingest(t, s, IngestOptions{}, dir)
	s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
	var stale int
	s.db.QueryRow(`SELECT count(*) FROM documents_fts WHERE docid NOT IN (SELECT id FROM documents)`).Scan(&stale)
	if n != 1 || stale != 0 {
		t.Errorf("after the change: %d documents, %d stale index rows; want 1 and 0", n, stale)
	}
}

// TestPutSameSourceTwice: two entries of one source in a run, both taken
// for new, leave one document, the later one.
func TestPutSameSourceTwice(t *testing.T) {
	s := mustOpen(t)
	mk := func(text string) Entry {
		a := extract.Article{Doc: "a.txt", Text: text}
		return Entry{Source: "a.txt", Hash: text, Article: a, Fresh: true, Replaces: true,
			Facts: extract.Extractor{}.Facts("a.txt", text)}
	}
	if err := s.Put([]Entry{mk("Tỉnh có 21/25 dịch vụ công."), mk("Tỉnh có 23/25 dịch vụ công.")}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Query(Query{Words: "dich vu cong"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Value != 23 || rows[0].Sentence != "Tỉnh có 23/25 dịch vụ công." {
		t.Fatalf("got %+v", rows)
	}
}

// indexes returns the names of the indexes on facts.
func indexes(tb testing.TB, s *Store) string {
	tb.Helper()
	rows, err := s.db.Query(`SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'facts' ORDER BY name`)
	if err != nil {
		tb.Fatal(err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	return strings.Join(names, " ")
}

// A first ingest loads the facts and builds the value indexes at its end;
// a store whose first ingest was killed before that gets them when it is
// opened again.
func TestValueIndexes(t *testing.T) {
	const all = "facts_as_of facts_document facts_kind_value facts_sentence"
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, s, IngestOptions{}, copyArticles(t))
	if got := indexes(t, s); got != all {
		t.Fatalf("after a first ingest: %s, want %s", got, all)
	}
	min := 90.0
	rows, err := s.Query(Query{Kind: "percent", Min: &min})
	if err != nil || len(rows) == 0 {
		t.Fatalf("query by kind and value: %d rows, %v", len(rows), err)
	}
	if _, err := s.db.Exec(dropValueIndexes); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := indexes(t, s); got != all {
		t.Fatalf("after reopening: %s, want %s", got, all)
	}
	again, err := s.Query(Query{Kind: "percent", Min: &min})
	if err != nil || len(again) != len(rows) {
		t.Fatalf("after reopening: %d rows, %v; want %d", len(again), err, len(rows))
	}
}

// TestQueryPhrase: the full-text index finds documents that hold the
// words anywhere; a fact is returned only when its own sentence (or unit)
// holds them in order.
func TestQueryPhrase(t *testing.T) {
	s := mustOpen(t)
	dir := t.TempDir()
	text := "Báo cáo của tỉnh\n\nNgày 5/3/2024, tỉnh đã hoàn thành 21/25 dịch vụ công thiết yếu.\n\n" +
		"Trong năm có 300 vụ tai nạn, còn dịch bệnh xảy ra ở 12 xã.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	ingest(t, s, IngestOptions{}, dir)
	values := func(q Query) []float64 {
		t.Helper()
		rows, err := s.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		var out []float64
		for _, r := range rows {
			out = append(out, r.Value)
		}
		return out
	}
	for _, c := range []struct {
		q    Query
		want []float64
	}{
		{Query{Words: "dịch vụ"}, []float64{21}},
		{Query{Words: "DICH VU CONG"}, []float64{21}},
		{Query{Words: "vụ dịch"}, nil},
		{Query{Words: "tai nạn"}, []float64{300, 12}},
		{Query{Words: "tai nạn", Limit: 1}, []float64{300}},
		{Query{Words: "xã"}, []float64{300, 12}}, // the sentence holds it
		{Query{Words: "dịch"}, []float64{21, 300, 12}},
		// Numbers are words of the index like any other.
		{Query{Words: "21/25"}, []float64{21}},
		{Query{Words: "300 vụ"}, []float64{300, 12}}, // both facts of the sentence
		{Query{Words: "300", Limit: 1}, []float64{300}},
		{Query{Words: "25 21"}, nil},
		// Words the index leaves out (commonWords): alone, every fact's
		// signature and sentence is read; beside other words, the index
		// is asked for those.
		{Query{Words: "tỉnh đã"}, []float64{21}},
		{Query{Words: "trong năm"}, []float64{300, 12}},
		{Query{Words: "trong năm", Limit: 1}, []float64{300}},
		// By id, not in the order of the kind's index (by value).
		{Query{Words: "trong năm", Kind: "count", Limit: 1}, []float64{300}},
		{Query{Words: "còn", Kind: "count", Min: ptr(1), Limit: 2}, []float64{300, 12}},
		{Query{Words: "năm trong"}, nil},
		{Query{Words: "còn"}, []float64{300, 12}},
		{Query{Words: "đã hoàn thành"}, []float64{21}},
		{Query{Words: "của tỉnh"}, nil}, // the title holds no figure
	} {
		if got := values(c.q); !slices.Equal(got, c.want) {
			t.Errorf("%+v: got %v, want %v", c.q, got, c.want)
		}
	}
	pts, err := s.Timeline("dịch vụ", "")
	if err != nil || len(pts) != 1 || pts[0].Value != 21 {
		t.Errorf("timeline of dịch vụ: %+v, %v", pts, err)
	}
	if pts, err := s.Timeline("21/25", ""); err != nil || len(pts) != 1 || pts[0].Value != 21 {
		t.Errorf("timeline of 21/25: %+v, %v", pts, err)
	}
	if pts, err := s.Timeline("tỉnh đã", ""); err != nil || len(pts) != 1 || pts[0].Value != 21 {
		t.Errorf("timeline of tỉnh đã: %+v, %v", pts, err)
	}
	var words string
	if err := s.db.QueryRow(`SELECT group_concat(words, ' ') FROM documents_fts`).Scan(&words); err != nil {
		t.Fatal(err)
	}
	for _, w := range strings.Fields(words) {
		if slices.Contains(commonWords, w) {
			t.Errorf("the index holds the common word %q: %s", w, words)
		}
	}
	if !slices.Contains(strings.Fields(words), "hoan") {
		t.Errorf("the index lacks 'hoan': %s", words)
	}
}

// TestPageSize: a new database gets large pages; one made with SQLite's
// default pages (by an earlier vnfacts or another tool) keeps them and
// takes an ingest all the same.
func TestPageSize(t *testing.T) {
	pageOf := func(s *Store) int {
		var n int
		if err := s.db.QueryRow(`PRAGMA page_size`).Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	s := mustOpen(t)
	if got := pageOf(s); got != pageSize {
		t.Errorf("new database: page size %d, want %d", got, pageSize)
	}
	s.Close()

	path := filepath.Join(t.TempDir(), "old.db")
	old, err := sql.Open("sqlite3", dsn(path, "_journal_mode=WAL"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.Exec(`CREATE TABLE x (y)`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if got := pageOf(s); got != 4096 {
		t.Errorf("existing database: page size %d, want 4096 kept", got)
	}
	if sum := ingest(t, s, IngestOptions{}, copyArticles(t)); sum.Facts == 0 || sum.Failed != 0 {
		t.Errorf("ingest into the existing database: %+v", sum)
	}
}

package corpus

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// TestMigrateSentenceSpans opens a database written before sentences
// became spans (migrations 1 and 2 only) and checks that its facts keep
// their sentences and that new documents go in beside them.
func TestMigrateSentenceSpans(t *testing.T) {
	path := filepath.Join(t.TempDir(), "old.db")
	db, err := sql.Open("sqlite3", "file:"+path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		t.Fatal(err)
	}
	for v, name := range []string{"migrations/0001_init.sql", "migrations/0002_file_stat.sql"} {
		body, err := migrations.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(string(body)); err != nil {
			t.Fatal(name, err)
		}
		db.Exec(`INSERT INTO schema_migrations VALUES (?, '2026-11-01T00:00:00Z')`, v+1)
	}
	text := "Tiêu đề.\nNăm 2024, tỉnh có 21/25 dịch vụ công thiết yếu. Câu khác."
	sentence := "Năm 2024, tỉnh có 21/25 dịch vụ công thiết yếu."
	for _, q := range []string{
		`INSERT INTO documents (id, source, hash, text, version, ingested_at) VALUES (1, 'old.txt', 'h', '` + text + `', 'v', 'now')`,
		`INSERT INTO sentences (id, document_id, text, key) VALUES (7, 1, '` + sentence + `', '` + SearchKey(sentence) + `')`,
		`INSERT INTO sentences_fts (docid, body) SELECT id, key FROM sentences`,
		`INSERT INTO facts (document_id, sentence_id, kind, value, denominator, unit, unit_key, text, start, end) VALUES (1, 7, 'ratio', 21, 25, 'dịch vụ công thiết yếu', 'dich vu cong thiet yeu', '21/25', 34, 39)`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(q, err)
		}
	}
	db.Close()

	// A reader cannot convert it and says so.
	if r, err := OpenReadOnly(path); err == nil || !strings.Contains(err.Error(), "run vnfacts ingest") {
		if r != nil {
			r.Close()
		}
		t.Fatalf("read-only open of an old database: %v", err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rows, err := s.Query(Query{Words: "dich vu cong"})
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].Sentence != sentence || rows[0].Value != 21 {
		t.Fatalf("after migration: %+v", rows)
	}
	var viewText string
	if err := s.db.QueryRow(`SELECT text FROM sentences WHERE id = 7`).Scan(&viewText); err != nil || viewText != sentence {
		t.Fatalf("sentences view: %q, %v", viewText, err)
	}
	// A new document's sentences take ids after the old ones.
	ingest(t, s, IngestOptions{}, copyArticles(t))
	rows, err = s.Query(Query{Words: "dich vu cong thiet yeu"})
	if err != nil {
		t.Fatal(err)
	}
	old := 0
	for _, r := range rows {
		if r.Doc == "old.txt" {
			old++
		}
	}
	if old != 1 || len(rows) < 2 {
		t.Fatalf("old facts %d of %d", old, len(rows))
	}
}

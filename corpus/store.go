package corpus

import (
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"

	_ "github.com/mattn/go-sqlite3" // the database/sql driver "sqlite3"

	"github.com/vnfacts/vnfacts/extract"
	"github.com/vnfacts/vnfacts/normalize"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrReadOnly says a statement tried to change a database opened to read.
var ErrReadOnly = errors.New("the database is open read-only: only SELECT, WITH, EXPLAIN and read PRAGMAs are allowed")

// Store is the SQLite database of documents and facts.
type Store struct {
	db   *sql.DB
	Path string
	// Now is the clock, a field so tests can fix it.
	Now func() time.Time
}

// Open opens (creating if needed) the database at path and applies the
// migrations it lacks.
func Open(path string) (*Store, error) {
	// WAL lets readers (query) work while an ingest writes; a busy timeout
	// makes a second writer wait instead of failing; foreign keys make the
	// facts of a replaced document go with it. synchronous=NORMAL is safe
	// with WAL: a crash loses at most the last commits, never consistency.
	dsn := "file:" + url.PathEscape(path) + "?_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=on&_synchronous=NORMAL&_cache_size=-65536"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, err
	}
	// One connection: a store opened to write has one writer, and the
	// pragmas below hold for it. Readers open their own (OpenReadOnly).
	db.SetMaxOpenConns(1)
	s := &Store{db: db, Path: path, Now: time.Now}
	// Fewer, larger checkpoints while a batch ingest writes.
	if _, err := db.Exec(`PRAGMA wal_autocheckpoint = 8192`); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// OpenReadOnly opens an existing database for reading only.
func OpenReadOnly(path string) (*Store, error) {
	dsn := "file:" + url.PathEscape(path) + "?mode=ro&_busy_timeout=10000&_query_only=true"
	db, err := sql.Open("sqlite3", dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var n int
	if err := db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name='facts'`).Scan(&n); err != nil || n == 0 {
		db.Close()
		if err == nil {
			err = errors.New("not a vnfacts database (run vnfacts ingest first)")
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &Store{db: db, Path: path, Now: time.Now}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

func (s *Store) migrate() error {
	if _, err := s.db.Exec(`CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)`); err != nil {
		return err
	}
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return err
	}
	sort.Strings(names)
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		v, err := strconv.Atoi(strings.SplitN(base, "_", 2)[0])
		if err != nil {
			return fmt.Errorf("migration %s: bad name", base)
		}
		var n int
		if err := s.db.QueryRow(`SELECT count(*) FROM schema_migrations WHERE version = ?`, v).Scan(&n); err != nil {
			return err
		}
		if n > 0 {
			continue
		}
		body, err := migrations.ReadFile(name)
		if err != nil {
			return err
		}
		tx, err := s.db.Begin()
		if err != nil {
			return err
		}
		if _, err := tx.Exec(string(body)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migration %s: %w", base, err)
		}
		if _, err := tx.Exec(`INSERT INTO schema_migrations VALUES (?, ?)`, v, s.Now().UTC().Format(time.RFC3339)); err != nil {
			tx.Rollback()
			return err
		}
		if err := tx.Commit(); err != nil {
			return err
		}
	}
	return nil
}

// Known is what the store holds of a source: enough to skip it.
type Known struct {
	Hash, Version string
	Size, MTime   int64 // of the input file; Size -1 when not a whole file
}

// KnownSources returns the hash and extractor version of every stored
// document, keyed by source.
func (s *Store) KnownSources() (map[string]Known, error) {
	rows, err := s.db.Query(`SELECT source, hash, version, file_size, file_mtime FROM documents`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[string]Known{}
	for rows.Next() {
		var src string
		var k Known
		if err := rows.Scan(&src, &k.Hash, &k.Version, &k.Size, &k.MTime); err != nil {
			return nil, err
		}
		out[src] = k
	}
	return out, rows.Err()
}

// Entry is one document to store with its facts.
type Entry struct {
	Source string
	Hash   string
	// FileSize and FileMTime of the input file, as Document has them.
	FileSize, FileMTime int64
	Article             extract.Article
	Facts               []extract.Fact
	// Replaces says this entry is an input's first article: the other
	// articles stored for the input before (source#a2, …) go.
	Replaces bool
	// Fresh says the store held nothing for this source (nor articles of
	// it) when the run began, so there is nothing to look up or delete.
	Fresh bool

	prepared bool
	spans    []span            // of each fact's sentence in Article.Text
	keys     map[string]string // search keys of sentences and units
}

// span is a byte range of a document's text.
type span struct{ start, end int }

// Prepare finds each fact's sentence in the article's text and makes the
// search keys of sentences and units. The workers call it so the single
// writer only writes; Put calls it for entries that were not prepared.
func (e *Entry) Prepare() {
	e.spans = make([]span, len(e.Facts))
	e.keys = make(map[string]string, len(e.Facts))
	for i, f := range e.Facts {
		e.spans[i] = sentenceSpan(e.Article.Text, f)
		for _, s := range []string{f.Sentence, f.Unit} {
			if _, ok := e.keys[s]; !ok {
				e.keys[s] = SearchKey(s)
			}
		}
	}
	e.prepared = true
}

// sentenceSpan locates f's sentence in text: it holds the figure, so it
// starts at most its own length before the figure's end.
func sentenceSpan(text string, f extract.Fact) span {
	from := max(0, f.End-len(f.Sentence))
	to := min(len(text), f.Start+len(f.Sentence))
	if from <= to {
		if i := strings.Index(text[from:to], f.Sentence); i >= 0 {
			return span{from + i, from + i + len(f.Sentence)}
		}
	}
	// A sentence not in the text (facts made without cleaning it) is
	// kept as the figure's own span.
	return span{f.Start, f.End}
}

// Put stores entries in one transaction: each replaces the document of the
// same source and all its facts, so a reader or a crash never sees half a
// document.
func (s *Store) Put(entries []Entry) error {
	tx, err := s.db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	st, err := prepareAll(tx,
		`SELECT id FROM documents WHERE source = ?`,
		`SELECT DISTINCT sentence_id FROM facts WHERE document_id = ?`,
		// FTS4 finds rows fast by docid only: delete them one by one.
		`DELETE FROM sentences_fts WHERE docid = ?`,
		`DELETE FROM documents WHERE id = ?`,
		`SELECT id FROM documents WHERE source GLOB ?`,
		`INSERT INTO documents (source, url, hash, title, published, site, author, text, version, ingested_at, file_size, file_mtime) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		`INSERT INTO sentences_fts (docid, body) VALUES (?, ?)`,
		`INSERT INTO facts (document_id, sentence_id, kind, value, denominator, max, unit, unit_key, per, qualifier, change, as_of, text, start, end, sentence_start, sentence_end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	findDoc, sentIDs, delFTS, delDoc, siblings, insDoc, insFTS, insFact := st[0], st[1], st[2], st[3], st[4], st[5], st[6], st[7]
	// Sentence ids are given here; a deleted document's ids may be given
	// again, as its index rows went with it.
	var lastSentence int64
	if err := tx.QueryRow(`SELECT max(coalesce((SELECT max(sentence_id) FROM facts), 0), coalesce((SELECT max(docid) FROM sentences_fts_content), 0))`).Scan(&lastSentence); err != nil {
		return err
	}
	remove := func(e *Entry) error {
		if e.Replaces {
			if err := deleteSiblings(siblings, sentIDs, delFTS, delDoc, e.Source); err != nil {
				return err
			}
		}
		var old int64
		switch err := findDoc.QueryRow(e.Source).Scan(&old); {
		case err == sql.ErrNoRows:
			return nil
		case err != nil:
			return err
		}
		return deleteDocument(sentIDs, delFTS, delDoc, old)
	}
	now := s.Now().UTC().Format(time.RFC3339)
	for i := range entries {
		e := &entries[i]
		if !e.prepared {
			e.Prepare()
		}
		if !e.Fresh {
			if err := remove(e); err != nil {
				return err
			}
		}
		a := e.Article
		insert := func() (sql.Result, error) {
			return insDoc.Exec(e.Source, a.URL, e.Hash, a.Title, a.PublishedISO(), a.Site, a.Author, a.Text, extract.Version, now, e.FileSize, e.FileMTime)
		}
		res, err := insert()
		if err != nil && e.Fresh {
			// The same source twice in one run: the later one wins.
			if err = remove(e); err == nil {
				res, err = insert()
			}
		}
		if err != nil {
			return err
		}
		docID, _ := res.LastInsertId()
		var sid int64
		last := span{-1, -1}
		for j, f := range e.Facts {
			// A sentence's facts come one after another.
			if sp := e.spans[j]; sp != last {
				last = sp
				lastSentence++
				sid = lastSentence
				if _, err := insFTS.Exec(sid, e.keys[f.Sentence]); err != nil {
					return err
				}
			}
			if _, err := insFact.Exec(docID, sid, f.Kind, f.Value, nullZero(f.Denominator), nullZero(f.Max), f.Unit, e.keys[f.Unit], f.Per,
				f.Qualifier, f.Change, f.AsOf, f.Text, f.Start, f.End, last.start, last.end); err != nil {
				return err
			}
		}
	}
	return tx.Commit()
}

// prepareAll prepares statements in a transaction.
func prepareAll(tx *sql.Tx, stmts ...string) ([]*sql.Stmt, error) {
	out := make([]*sql.Stmt, len(stmts))
	for i, q := range stmts {
		st, err := tx.Prepare(q)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", q, err)
		}
		out[i] = st
	}
	return out, nil
}

// deleteSiblings removes the further articles stored for an input
// (source#a2, source#a3, …).
func deleteSiblings(siblings, sentIDs, delFTS, delDoc *sql.Stmt, source string) error {
	ids, err := queryIDs(siblings, globEscape(source)+"#a[0-9]*")
	if err != nil {
		return err
	}
	for _, id := range ids {
		if err := deleteDocument(sentIDs, delFTS, delDoc, id); err != nil {
			return err
		}
	}
	return nil
}

// queryIDs runs a statement that selects one integer column and returns
// the values, reading them all before the caller writes (the writer has
// one connection).
func queryIDs(st *sql.Stmt, arg any) ([]int64, error) {
	rows, err := st.Query(arg)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// globEscape quotes GLOB's special characters in s.
func globEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '*' || r == '?' || r == '[' {
			b.WriteByte('[')
			b.WriteRune(r)
			b.WriteByte(']')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// deleteDocument removes a document, its facts (by the foreign key's
// cascade) and the full-text rows of their sentences.
func deleteDocument(sentIDs, delFTS, delDoc *sql.Stmt, id int64) error {
	ids, err := queryIDs(sentIDs, id)
	if err != nil {
		return err
	}
	for _, f := range ids {
		if _, err := delFTS.Exec(f); err != nil {
			return err
		}
	}
	_, err = delDoc.Exec(id)
	return err
}

func nullZero(v float64) any {
	if v == 0 {
		return nil
	}
	return v
}

// SearchKey folds text for search: old and new tone placement, marks and
// đ, so "dich vu", "dịch vụ" and "hoà"/"hòa" meet.
// Key drops every mark, so the tone placement needs no folding first.
func SearchKey(s string) string { return normalize.Key(s) }

// Run counts one ingest run.
type Run struct {
	ID                                     int64
	New, Updated, Unchanged, Failed, Facts int
	Started                                time.Time
}

// BeginRun records the start of an ingest run.
func (s *Store) BeginRun() (*Run, error) {
	r := &Run{Started: s.Now()}
	res, err := s.db.Exec(`INSERT INTO runs (started_at) VALUES (?)`, r.Started.UTC().Format(time.RFC3339))
	if err != nil {
		return nil, err
	}
	r.ID, _ = res.LastInsertId()
	return r, nil
}

// FinishRun records a run's counts.
func (s *Store) FinishRun(r *Run) error {
	_, err := s.db.Exec(`UPDATE runs SET finished_at=?, new=?, updated=?, unchanged=?, failed=?, facts=? WHERE id=?`,
		s.Now().UTC().Format(time.RFC3339), r.New, r.Updated, r.Unchanged, r.Failed, r.Facts, r.ID)
	return err
}

// RecordFailure records a bad input of a run.
func (s *Store) RecordFailure(runID int64, source, reason string) error {
	_, err := s.db.Exec(`INSERT INTO failures (run_id, source, reason, at) VALUES (?,?,?,?)`, runID, source, reason, s.Now().UTC().Format(time.RFC3339))
	return err
}

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
	// Keys holds the search keys of the facts' sentences and units, made
	// by the workers so the single writer only writes. Missing keys are
	// made on demand.
	Keys map[string]string
}

// MakeKeys fills e.Keys for every sentence and unit of its facts.
func (e *Entry) MakeKeys() {
	e.Keys = make(map[string]string, len(e.Facts))
	for _, f := range e.Facts {
		for _, s := range []string{f.Sentence, f.Unit} {
			if _, ok := e.Keys[s]; !ok {
				e.Keys[s] = SearchKey(s)
			}
		}
	}
}

func (e *Entry) key(s string) string {
	if k, ok := e.Keys[s]; ok {
		return k
	}
	return SearchKey(s)
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
	findDoc, err := tx.Prepare(`SELECT id FROM documents WHERE source = ?`)
	if err != nil {
		return err
	}
	sentIDs, err := tx.Prepare(`SELECT id FROM sentences WHERE document_id = ?`)
	if err != nil {
		return err
	}
	// FTS4 finds rows fast by docid only: delete them one by one.
	delFTS, err := tx.Prepare(`DELETE FROM sentences_fts WHERE docid = ?`)
	if err != nil {
		return err
	}
	delDoc, err := tx.Prepare(`DELETE FROM documents WHERE id = ?`)
	if err != nil {
		return err
	}
	insDoc, err := tx.Prepare(`INSERT INTO documents (source, url, hash, title, published, site, author, text, version, ingested_at, file_size, file_mtime) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	insSent, err := tx.Prepare(`INSERT INTO sentences (document_id, text, key) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	insFact, err := tx.Prepare(`INSERT INTO facts (document_id, sentence_id, kind, value, denominator, max, unit, unit_key, per, qualifier, change, as_of, text, start, end) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	// The new sentences are indexed in one statement at the end: SQLite
	// loops in C instead of one call per sentence.
	var lastSentence int64
	if err := tx.QueryRow(`SELECT coalesce(max(id), 0) FROM sentences`).Scan(&lastSentence); err != nil {
		return err
	}
	siblings, err := tx.Prepare(`SELECT id FROM documents WHERE source GLOB ?`)
	if err != nil {
		return err
	}
	now := s.Now().UTC().Format(time.RFC3339)
	for _, e := range entries {
		if e.Replaces {
			if err := deleteSiblings(siblings, sentIDs, delFTS, delDoc, e.Source); err != nil {
				return err
			}
		}
		var old int64
		switch err := findDoc.QueryRow(e.Source).Scan(&old); {
		case err == sql.ErrNoRows:
		case err != nil:
			return err
		default:
			if err := deleteDocument(sentIDs, delFTS, delDoc, old); err != nil {
				return err
			}
		}
		a := e.Article
		res, err := insDoc.Exec(e.Source, a.URL, e.Hash, a.Title, a.PublishedISO(), a.Site, a.Author, a.Text, extract.Version, now, e.FileSize, e.FileMTime)
		if err != nil {
			return err
		}
		docID, _ := res.LastInsertId()
		sentence := map[string]int64{}
		for _, f := range e.Facts {
			sid, ok := sentence[f.Sentence]
			if !ok {
				res, err := insSent.Exec(docID, f.Sentence, e.key(f.Sentence))
				if err != nil {
					return err
				}
				sid, _ = res.LastInsertId()
				sentence[f.Sentence] = sid
			}
			if _, err := insFact.Exec(docID, sid, f.Kind, f.Value, nullZero(f.Denominator), nullZero(f.Max), f.Unit, e.key(f.Unit), f.Per,
				f.Qualifier, f.Change, f.AsOf, f.Text, f.Start, f.End); err != nil {
				return err
			}
		}
	}
	if _, err := tx.Exec(`INSERT INTO sentences_fts (docid, body) SELECT id, key FROM sentences WHERE id > ?`, lastSentence); err != nil {
		return err
	}
	return tx.Commit()
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

// deleteDocument removes a document, its sentences and facts (by the
// foreign keys' cascade) and their full-text rows.
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

package corpus

import (
	"database/sql"
	"embed"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/vnfacts/vnfacts/extract"

	// The driver, and the SQLite C library that sqlite.go calls.
	_ "github.com/mattn/go-sqlite3"
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
	if err := create(path); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// WAL lets readers (query) work while an ingest writes; a busy timeout
	// makes a second writer wait instead of failing; foreign keys make the
	// facts of a replaced document go with it. synchronous=NORMAL is safe
	// with WAL: a crash loses at most the last commits, never consistency.
	// _mutex=no drops SQLite's per-connection locking: database/sql hands a
	// connection to one goroutine at a time, so the lock only cost the
	// writer a mutex round trip per call.
	db, err := sql.Open("sqlite3", dsn(path, fmt.Sprintf("_journal_mode=WAL&_busy_timeout=10000&_foreign_keys=on&_synchronous=NORMAL&_mutex=no&_cache_size=%d", cacheSize)))
	if err != nil {
		return nil, err
	}
	// One connection: a store opened to write has one writer, and the
	// pragmas below hold for it. Readers open their own (OpenReadOnly).
	db.SetMaxOpenConns(1)
	s := &Store{db: db, Path: path, Now: time.Now}
	// Fewer, larger checkpoints while a batch ingest writes.
	if _, err := db.Exec(walAutocheckpoint); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	// A first ingest builds these indexes at its end; one that was killed
	// left them out.
	if _, err := db.Exec(valueIndexes); err != nil {
		db.Close()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// pageSize is the page size of a new database. SQLite's default, 4 KiB,
// is smaller than most articles, so a document's text ran over a chain
// of overflow pages that an ingest wrote twice (log, then file) and a
// re-run walked to reach the columns after it. On 50,000 generated
// articles, first ingests took a median 17.0 s with 32 KiB pages against
// 20.2 s with 4 KiB and 18.1 s with 16 KiB (four interleaved runs each),
// re-runs 0.67–0.74 s against 0.91–1.01 s; word queries were no slower.
const pageSize = 32768

// create makes a new, empty database at path with pageSize pages, if
// there is none. The page size of a database is fixed once it is in WAL
// mode, which the store's connections set as they open; so a new file
// gets both here first.
func create(path string) error {
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 || err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil // an existing database keeps its page size; Open reports other errors
	}
	db, err := sql.Open("sqlite3", dsn(path, ""))
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(fmt.Sprintf("PRAGMA page_size = %d; PRAGMA journal_mode = WAL;", pageSize))
	return err
}

// walAutocheckpoint is set on the store's connection and the writer's.
const walAutocheckpoint = `PRAGMA wal_autocheckpoint = 8192;`

// cacheSize is the writer's page cache: 64 MB (negative is KiB).
const cacheSize = -65536

// valueIndexes are the indexes of facts whose keys come in no order (a
// fact's kind and value, its date). Each fact lands on a page of its own,
// so in a large store inserting into them costs more than the rest of the
// fact; a first ingest drops them and builds them once, sorted, at its
// end, as a bulk load does.
const valueIndexes = `CREATE INDEX IF NOT EXISTS facts_kind_value ON facts(kind, value);
CREATE INDEX IF NOT EXISTS facts_as_of ON facts(as_of);`

const dropValueIndexes = `DROP INDEX IF EXISTS facts_kind_value; DROP INDEX IF EXISTS facts_as_of;`

// dsn is the driver's name for the database at path with params.
func dsn(path, params string) string {
	return "file:" + url.PathEscape(path) + "?" + params
}

// OpenReadOnly opens an existing database for reading only.
func OpenReadOnly(path string) (*Store, error) {
	db, err := sql.Open("sqlite3", dsn(path, "mode=ro&_busy_timeout=10000&_query_only=true"))
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
	// A reader cannot convert the file; a database of an older schema
	// would fail on its first query with a missing table.
	var have int
	db.QueryRow(`SELECT coalesce(max(version), 0) FROM schema_migrations`).Scan(&have)
	if want := latestMigration(); have < want {
		db.Close()
		return nil, fmt.Errorf("%s: made by an older vnfacts (schema %d, this one reads %d): run vnfacts ingest on it once to convert it", path, have, want)
	}
	return &Store{db: db, Path: path, Now: time.Now}, nil
}

// latestMigration is the version of the last embedded migration.
func latestMigration() int {
	names, _ := fs.Glob(migrations, "migrations/*.sql")
	v := 0
	for _, name := range names {
		n, _ := strconv.Atoi(strings.SplitN(strings.TrimPrefix(name, "migrations/"), "_", 2)[0])
		v = max(v, n)
	}
	return v
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

// Known is what the store holds of a source: enough to skip it. It holds
// no pointers but the map key's, as a store of millions of documents keeps
// one for each while an ingest runs and the collector would scan them all.
type Known struct {
	hash    [16]byte // hashOf the input, decoded
	Current bool     // its facts are of this extractor version
	Size    int64    // of the input file; -1 when not a whole file
	MTime   int64
}

// SameHash reports whether hash (as hashOf gives it) is the stored one.
func (k Known) SameHash(hash string) bool {
	var b [16]byte
	n, err := hex.Decode(b[:], []byte(hash))
	return err == nil && n == len(b) && b == k.hash
}

// KnownSources returns what the store holds of every stored document,
// keyed by source.
func (s *Store) KnownSources() (map[string]Known, error) {
	var n int
	if err := s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n); err != nil {
		return nil, err
	}
	rows, err := s.db.Query(`SELECT source, hash, version, file_size, file_mtime FROM documents`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := make(map[string]Known, n)
	var hash, version sql.RawBytes
	for rows.Next() {
		var src string
		var k Known
		if err := rows.Scan(&src, &hash, &version, &k.Size, &k.MTime); err != nil {
			return nil, err
		}
		// A hash that does not decode matches nothing: the input is read.
		hex.Decode(k.hash[:], hash)
		k.Current = string(version) == extract.Version
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

	spans    []span   // of each fact's sentence in Article.Text; nil until Prepare
	unitKeys []string // of each fact's unit
	sigs     []int64  // wordsSignature of each fact's sentence
	words    string   // what the full-text index holds for the document
}

// span is a byte range of a document's text.
type span struct{ start, end int }

// Prepare finds each fact's sentence in the article's text and makes the
// search keys of units and the document's full-text words: each word of
// its facts' sentences once. The workers call it so the single
// writer only writes; Put calls it for entries that were not prepared.
func (e *Entry) Prepare() {
	e.spans = make([]span, len(e.Facts))
	e.unitKeys = make([]string, len(e.Facts))
	e.sigs = make([]int64, len(e.Facts))
	ws := wordSets.Get().(*wordSet)
	defer wordSets.Put(ws)
	// The generated articles hold a distinct word of their fact
	// sentences in about 20 bytes of text.
	ws.reserve(len(e.Article.Text) / 16)
	for i, f := range e.Facts {
		e.spans[i] = sentenceSpan(e.Article.Text, f)
		if i > 0 && f.Unit == e.Facts[i-1].Unit {
			e.unitKeys[i] = e.unitKeys[i-1]
		} else {
			e.unitKeys[i] = SearchKey(f.Unit)
		}
		// A sentence's facts come one after another.
		if i > 0 && f.Sentence == e.Facts[i-1].Sentence {
			e.sigs[i] = e.sigs[i-1]
		} else {
			e.sigs[i] = ws.add(f.Sentence)
		}
	}
	e.words = string(ws.text)
}

// wordSets keeps word sets for Prepare: a fresh one a document was a
// table of some kilobytes the system gave pages for as it was first written.
var wordSets = sync.Pool{New: func() any { return new(wordSet) }}

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

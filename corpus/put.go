package corpus

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	sqlite3 "github.com/mattn/go-sqlite3"

	"github.com/vnfacts/vnfacts/extract"
)

// Put stores entries in one transaction: each replaces the document of the
// same source and all its facts, so a reader or a crash never sees half a
// document.
func (s *Store) Put(entries []Entry) error {
	return s.write(func(w *writer) error {
		if err := w.put(entries); err != nil {
			return err
		}
		return w.commit()
	})
}

// write runs f with a writer on the store's connection; a transaction f
// leaves open is rolled back.
//
// The writer talks to the SQLite driver directly, not through
// database/sql: an ingest is bound by this one writer, and database/sql's
// locking and argument conversion were a sixth of its time for rows SQLite
// stores in a few microseconds.
func (s *Store) write(f func(*writer) error) error {
	ctx := context.Background()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return conn.Raw(func(dc any) error {
		c, ok := dc.(*sqlite3.SQLiteConn)
		if !ok {
			return fmt.Errorf("unexpected SQLite driver %T", dc)
		}
		w := &writer{c: c, ctx: ctx, now: s.Now}
		defer w.close()
		if err := w.prepareAll(); err != nil {
			return err
		}
		return f(w)
	})
}

// writer holds a connection's prepared statements and its open
// transaction, which may span many calls of put.
type writer struct {
	c     *sqlite3.SQLiteConn
	ctx   context.Context
	now   func() time.Time
	stmts []driver.Stmt
	args  []driver.NamedValue
	err   error // the first failed prepare

	tx           driver.Tx
	lastSentence int64 // the last sentence id given
	docs         int   // documents written in the open transaction

	lastSentenceQ, findDoc, delFTS, delDoc, siblings, insDoc, insFTS, insFact, insFailure driver.Stmt
}

func (w *writer) prepare(q string) driver.Stmt {
	if w.err != nil {
		return nil
	}
	st, err := w.c.Prepare(q)
	if err != nil {
		w.err = fmt.Errorf("%s: %w", q, err)
		return nil
	}
	w.stmts = append(w.stmts, st)
	return st
}

func (w *writer) close() {
	if w.tx != nil {
		w.tx.Rollback()
		w.tx = nil
	}
	for _, st := range w.stmts {
		st.Close()
	}
}

// execScript runs statements without arguments.
func (w *writer) execScript(sql string) error {
	_, err := w.c.Exec(sql, nil)
	return err
}

// begin opens a transaction unless one is open.
func (w *writer) begin() error {
	if w.tx != nil {
		return nil
	}
	tx, err := w.c.Begin()
	if err != nil {
		return err
	}
	// Sentence ids are given here; a deleted document's ids may be given
	// again, as nothing else refers to them.
	last, err := w.ints(w.lastSentenceQ)
	if err != nil {
		tx.Rollback()
		return err
	}
	w.tx, w.lastSentence, w.docs = tx, last[0], 0
	return nil
}

// commit commits the open transaction, if any.
func (w *writer) commit() error {
	if w.tx == nil {
		return nil
	}
	err := w.tx.Commit()
	w.tx = nil
	return err
}

// fail records a bad input of run in the open transaction.
func (w *writer) fail(runID int64, source, reason string) error {
	if err := w.begin(); err != nil {
		return err
	}
	_, err := w.exec(w.insFailure, runID, source, reason, w.now().UTC().Format(time.RFC3339))
	return err
}

func (w *writer) bind(vals []any) []driver.NamedValue {
	w.args = w.args[:0]
	for i, v := range vals {
		w.args = append(w.args, driver.NamedValue{Ordinal: i + 1, Value: v})
	}
	return w.args
}

func (w *writer) exec(st driver.Stmt, vals ...any) (driver.Result, error) {
	return st.(driver.StmtExecContext).ExecContext(w.ctx, w.bind(vals))
}

// ints runs a statement that selects one integer column and returns the
// values.
func (w *writer) ints(st driver.Stmt, vals ...any) ([]int64, error) {
	rows, err := st.(driver.StmtQueryContext).QueryContext(w.ctx, w.bind(vals))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	dest := make([]driver.Value, 1)
	for {
		switch err := rows.Next(dest); {
		case errors.Is(err, io.EOF):
			return out, nil
		case err != nil:
			return nil, err
		}
		v, ok := dest[0].(int64)
		if !ok {
			return nil, fmt.Errorf("want an integer, got %T", dest[0])
		}
		out = append(out, v)
	}
}

// put writes entries in the open transaction, opening one if need be.
// After an error the transaction must be rolled back (close does).
func (w *writer) put(entries []Entry) error {
	if err := w.begin(); err != nil {
		return err
	}
	now := w.now().UTC().Format(time.RFC3339)
	for i := range entries {
		e := &entries[i]
		if e.spans == nil {
			e.Prepare()
		}
		if !e.Fresh {
			if err := w.remove(e); err != nil {
				return err
			}
		}
		a := e.Article
		insert := func() (driver.Result, error) {
			return w.exec(w.insDoc, e.Source, a.URL, e.Hash, a.Title, a.PublishedISO(), a.Site, a.Author, a.Text, extract.Version, now, e.FileSize, e.FileMTime)
		}
		res, err := insert()
		if err != nil && e.Fresh {
			// The same source twice in one run: the later one wins.
			if err = w.remove(e); err == nil {
				res, err = insert()
			}
		}
		if err != nil {
			return err
		}
		docID, _ := res.LastInsertId()
		if e.words != "" {
			if _, err := w.exec(w.insFTS, docID, e.words); err != nil {
				return err
			}
		}
		var sid int64
		last := span{-1, -1}
		for j, f := range e.Facts {
			// A sentence's facts come one after another.
			if sp := e.spans[j]; sp != last {
				last = sp
				w.lastSentence++
				sid = w.lastSentence
			}
			if _, err := w.exec(w.insFact, docID, sid, f.Kind, f.Value, nullZero(f.Denominator), nullZero(f.Max), f.Unit, e.unitKeys[j], f.Per,
				f.Qualifier, f.Change, f.AsOf, f.Text, int64(f.Start), int64(f.End), int64(last.start), int64(last.end), e.sigs[j]); err != nil {
				return err
			}
		}
		w.docs++
	}
	return nil
}

func (w *writer) prepareAll() error {
	w.lastSentenceQ = w.prepare(`SELECT coalesce(max(sentence_id), 0) FROM facts`)
	w.findDoc = w.prepare(`SELECT id FROM documents WHERE source = ?`)
	w.delFTS = w.prepare(`DELETE FROM documents_fts WHERE docid = ?`)
	w.delDoc = w.prepare(`DELETE FROM documents WHERE id = ?`)
	w.siblings = w.prepare(`SELECT id FROM documents WHERE source GLOB ?`)
	w.insDoc = w.prepare(`INSERT INTO documents (source, url, hash, title, published, site, author, text, version, ingested_at, file_size, file_mtime) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`)
	w.insFTS = w.prepare(`INSERT INTO documents_fts (docid, words) VALUES (?, ?)`)
	w.insFact = w.prepare(`INSERT INTO facts (document_id, sentence_id, kind, value, denominator, max, unit, unit_key, per, qualifier, change, as_of, text, start, end, sentence_start, sentence_end, sentence_words) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	w.insFailure = w.prepare(`INSERT INTO failures (run_id, source, reason, at) VALUES (?,?,?,?)`)
	return w.err
}

// remove deletes what the store holds for e's source: its document and,
// for an input's first article, the input's further articles
// (source#a2, …).
func (w *writer) remove(e *Entry) error {
	var ids []int64
	if e.Replaces {
		sib, err := w.ints(w.siblings, globEscape(e.Source)+"#a[0-9]*")
		if err != nil {
			return err
		}
		ids = sib
	}
	own, err := w.ints(w.findDoc, e.Source)
	if err != nil {
		return err
	}
	for _, id := range append(ids, own...) {
		if err := w.deleteDocument(id); err != nil {
			return err
		}
	}
	return nil
}

// deleteDocument removes a document, its facts (by the foreign key's
// cascade) and its full-text row.
func (w *writer) deleteDocument(id int64) error {
	if _, err := w.exec(w.delFTS, id); err != nil {
		return err
	}
	_, err := w.exec(w.delDoc, id)
	return err
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

package corpus

import (
	"fmt"
	"strings"
	"time"

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

// write runs f with a writer on a connection of its own; a transaction f
// leaves open is rolled back.
func (s *Store) write(f func(*writer) error) error {
	c, err := openSQLite(dsn(s.Path, ""))
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path, err)
	}
	defer c.close()
	// As the store's own connection (Open): see there why.
	if err := c.exec(fmt.Sprintf("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = %d; %s", cacheSize, walAutocheckpoint)); err != nil {
		return err
	}
	w := &writer{c: c, now: s.Now}
	defer w.close()
	if err := w.prepareAll(); err != nil {
		return err
	}
	return f(w)
}

// writer holds a connection's prepared statements and its open
// transaction, which may span many calls of put.
type writer struct {
	c     *sqliteConn
	now   func() time.Time
	stmts []*sqliteStmt
	vals  sqlValues // of one statement
	facts sqlValues // of the facts of a put, inserted at its end
	err   error     // the first failed prepare

	inTx         bool
	lastSentence int64 // the last sentence id given
	docs         int   // documents written in the open transaction

	lastSentenceQ, findDoc, delFTS, delDoc, siblings, insDoc, insFTS, insFact, insFailure *sqliteStmt
}

func (w *writer) prepare(q string) *sqliteStmt {
	if w.err != nil {
		return nil
	}
	st, err := w.c.prepare(q)
	if err != nil {
		w.err = err
		return nil
	}
	w.stmts = append(w.stmts, st)
	return st
}

func (w *writer) close() {
	if w.inTx {
		w.c.exec("ROLLBACK")
		w.inTx = false
	}
	for _, st := range w.stmts {
		st.close()
	}
	w.stmts = nil
}

// execScript runs statements without arguments.
func (w *writer) execScript(sql string) error {
	return w.c.exec(sql)
}

// begin opens a transaction unless one is open.
func (w *writer) begin() error {
	if w.inTx {
		return nil
	}
	if err := w.c.exec("BEGIN"); err != nil {
		return err
	}
	w.inTx = true
	// Sentence ids are given here; a deleted document's ids may be given
	// again, as nothing else refers to them.
	last, err := w.ints(w.lastSentenceQ)
	if err != nil {
		return err
	}
	w.lastSentence, w.docs = last[0], 0
	return nil
}

// commit commits the open transaction, if any.
func (w *writer) commit() error {
	if !w.inTx {
		return nil
	}
	err := w.c.exec("COMMIT")
	if err == nil {
		w.inTx = false
	}
	return err
}

// fail records a bad input of run in the open transaction.
func (w *writer) fail(runID int64, source, reason string) error {
	if err := w.begin(); err != nil {
		return err
	}
	return w.exec(w.insFailure, runID, source, reason, w.now().UTC().Format(time.RFC3339))
}

// exec runs st on one row of values.
func (w *writer) exec(st *sqliteStmt, vals ...any) error {
	w.vals.reset()
	w.vals.row(vals...)
	return st.run(&w.vals, len(vals))
}

// ints runs a statement that selects one integer column and returns the
// values.
func (w *writer) ints(st *sqliteStmt, vals ...any) ([]int64, error) {
	w.vals.reset()
	w.vals.row(vals...)
	return st.ints(&w.vals)
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
		insert := func() (int64, error) {
			w.vals.reset()
			w.vals.row(e.Source, a.URL, e.Hash, a.Title, a.PublishedISO(), a.Site, a.Author, a.Text, extract.Version, now, e.FileSize, e.FileMTime)
			return w.insDoc.insert(&w.vals)
		}
		docID, err := insert()
		if err != nil && e.Fresh {
			// The same source twice in one run: the later one wins.
			if err = w.remove(e); err == nil {
				docID, err = insert()
			}
		}
		if err != nil {
			return err
		}
		if e.words != "" {
			if err := w.exec(w.insFTS, docID, e.words); err != nil {
				return err
			}
		}
		var sid int64
		last := span{-1, -1}
		for j := range e.Facts {
			f := &e.Facts[j]
			// A sentence's facts come one after another.
			if sp := e.spans[j]; sp != last {
				last = sp
				w.lastSentence++
				sid = w.lastSentence
			}
			v := &w.facts
			v.int(docID)
			v.int(sid)
			v.text(f.Kind)
			v.float(f.Value)
			v.floatOrNull(f.Denominator)
			v.floatOrNull(f.Max)
			v.text(f.Unit)
			v.text(e.unitKeys[j])
			v.text(f.Per)
			v.text(f.Qualifier)
			v.text(f.Change)
			v.text(f.AsOf)
			v.text(f.Text)
			v.int(int64(f.Start))
			v.int(int64(f.End))
			v.int(int64(last.start))
			v.int(int64(last.end))
			v.int(e.sigs[j])
		}
		w.docs++
	}
	return w.flushFacts()
}

// flushFacts inserts the facts put has gathered. They are inserted many
// at once, as binding them row by row from Go was a quarter of the
// writer's time, and before any document is removed, as a removed
// document's facts would have no document.
func (w *writer) flushFacts() error {
	err := w.insFact.run(&w.facts, factColumns)
	w.facts.reset()
	return err
}

// factColumns is the number of values insFact takes.
const factColumns = 18

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
	if err := w.flushFacts(); err != nil {
		return err
	}
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
	if err := w.exec(w.delFTS, id); err != nil {
		return err
	}
	return w.exec(w.delDoc, id)
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

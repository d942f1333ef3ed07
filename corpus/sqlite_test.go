package corpus

import (
	"database/sql"
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// openBoth opens a new store and a second connection to it through the C
// binding; both close when the test ends.
func openBoth(t *testing.T) (*Store, *sqliteConn) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "t.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	c, err := openSQLite(dsn(path, ""))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.close)
	return s, c
}

// TestSQLiteValues writes rows through the C binding and reads them back
// through the driver: every kind of value arrives as it was, the empty string stays
// apart from NULL, and a text may hold any bytes.
func TestSQLiteValues(t *testing.T) {
	s, c := openBoth(t)
	if err := c.exec(`CREATE TABLE v (i INTEGER, f REAL, t TEXT, n REAL)`); err != nil {
		t.Fatal(err)
	}
	st, err := c.prepare(`INSERT INTO v (i, f, t, n) VALUES (?, ?, ?, ?)`)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	type row struct {
		i int64
		f float64
		t string
		n sql.NullFloat64
	}
	want := []row{
		{1, 93.1, "93,1% dịch vụ", sql.NullFloat64{Float64: 25, Valid: true}},
		{-9007199254740993, -0.5, "", sql.NullFloat64{}},
		{3, 2.047e12, "a\x00b", sql.NullFloat64{}},
		{4, 0, strings.Repeat("tỷ đồng ", 5000), sql.NullFloat64{Float64: 1e-9, Valid: true}},
	}
	var vals sqlValues
	for _, r := range want {
		vals.int(r.i)
		vals.float(r.f)
		vals.text(r.t)
		vals.floatOrNull(r.n.Float64)
	}
	if err := st.run(&vals, 4); err != nil {
		t.Fatal(err)
	}
	rows, err := s.db.Query(`SELECT i, f, t, n FROM v ORDER BY rowid`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.i, &r.f, &r.t, &r.n); err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("row %d: got %+v, want %+v", i, got[i], want[i])
		}
	}

	// A query gives every row, more than its first buffer holds.
	q, err := c.prepare(`SELECT value FROM generate_series(1, ?)`)
	if err != nil {
		// generate_series is an extension some builds leave out.
		q, err = c.prepare(`WITH RECURSIVE s(value) AS (SELECT 1 UNION ALL SELECT value + 1 FROM s WHERE value < ?) SELECT value FROM s`)
		if err != nil {
			t.Fatal(err)
		}
	}
	defer q.close()
	vals.reset()
	vals.int(100)
	ids, err := q.ints(&vals)
	if err != nil {
		t.Fatal(err)
	}
	if len(ids) != 100 || ids[0] != 1 || ids[99] != 100 {
		t.Errorf("got %d ids (%v…), want 1 to 100", len(ids), ids[:min(3, len(ids))])
	}
}

// TestSQLiteErrors: a failed statement says why, with SQLite's code, and
// leaves the rows before it written and the statement usable.
func TestSQLiteErrors(t *testing.T) {
	s, c := openBoth(t)
	if err := c.exec(`CREATE TABLE u (k TEXT UNIQUE)`); err != nil {
		t.Fatal(err)
	}
	if err := c.exec(`SELEKT 1`); err == nil || !strings.Contains(err.Error(), "syntax error") {
		t.Errorf("exec of bad SQL: got %v, want a syntax error", err)
	}
	if _, err := c.prepare(`SELECT nope FROM u`); err == nil || !strings.Contains(err.Error(), "no such column") {
		t.Errorf("prepare: got %v, want no such column", err)
	}
	st, err := c.prepare(`INSERT INTO u (k) VALUES (?)`)
	if err != nil {
		t.Fatal(err)
	}
	defer st.close()
	var vals sqlValues
	vals.row("a", "b", "a", "c")
	err = st.run(&vals, 1)
	var se *sqliteError
	if !errors.As(err, &se) || se.Code&0xff != 19 || !strings.Contains(se.Msg, "UNIQUE") {
		t.Fatalf("duplicate key: got %v, want a UNIQUE constraint error (code 19)", err)
	}
	vals.reset()
	vals.row("d")
	if err := st.run(&vals, 1); err != nil {
		t.Fatalf("the statement after an error: %v", err)
	}
	var keys string
	if err := s.db.QueryRow(`SELECT group_concat(k, ',') FROM (SELECT k FROM u ORDER BY rowid)`).Scan(&keys); err != nil {
		t.Fatal(err)
	}
	if keys != "a,b,d" {
		t.Errorf("stored %q, want a,b,d: the rows before the error, and the one after", keys)
	}
	if _, err := openSQLite(dsn(filepath.Join(t.TempDir(), "missing", "x.db"), "")); err == nil {
		t.Error("opening a database that does not exist: no error")
	}
}

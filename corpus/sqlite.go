package corpus

// The ingest's writer talks to SQLite through its C API, which
// github.com/mattn/go-sqlite3 compiles into the program; the rest of the
// store uses that driver. The driver binds each argument with a call
// from Go into C of its own and boxes each number in an interface: for
// the ~18 facts of an article, 18 columns each, that was a quarter of
// the writer's time. Here the arguments of many rows are laid out in one
// array and bound and stepped by one call.

/*
#include <stdint.h>
#include <stdlib.h>

typedef struct sqlite3 sqlite3;
typedef struct sqlite3_stmt sqlite3_stmt;
int sqlite3_open_v2(const char *filename, sqlite3 **db, int flags, const char *vfs);
int sqlite3_close_v2(sqlite3 *db);
int sqlite3_exec(sqlite3 *db, const char *sql, void *callback, void *arg, char **errmsg);
int sqlite3_prepare_v2(sqlite3 *db, const char *sql, int n, sqlite3_stmt **stmt, const char **tail);
int sqlite3_finalize(sqlite3_stmt *stmt);
int sqlite3_bind_int64(sqlite3_stmt *stmt, int i, long long v);
int sqlite3_bind_double(sqlite3_stmt *stmt, int i, double v);
int sqlite3_bind_text(sqlite3_stmt *stmt, int i, const char *v, int n, void (*destructor)(void *));
int sqlite3_bind_null(sqlite3_stmt *stmt, int i);
int sqlite3_clear_bindings(sqlite3_stmt *stmt);
int sqlite3_step(sqlite3_stmt *stmt);
int sqlite3_reset(sqlite3_stmt *stmt);
long long sqlite3_column_int64(sqlite3_stmt *stmt, int i);
long long sqlite3_last_insert_rowid(sqlite3 *db);
const char *sqlite3_errmsg(sqlite3 *db);
int sqlite3_busy_timeout(sqlite3 *db, int ms);
void sqlite3_free(void *p);

enum { valNull, valInt, valFloat, valText };

// A value to bind; a text is len bytes at offset i of the arena.
typedef struct {
	int32_t kind, len;
	int64_t i;
	double f;
} value;

static int bind_row(sqlite3_stmt *st, const value *v, int n, const char *arena) {
	for (int k = 0; k < n; k++) {
		int rc;
		switch (v[k].kind) {
		case valInt: rc = sqlite3_bind_int64(st, k + 1, v[k].i); break;
		// SQLITE_STATIC (0): the arena outlives the step.
		case valText: rc = sqlite3_bind_text(st, k + 1, arena + v[k].i, v[k].len, 0); break;
		case valFloat: rc = sqlite3_bind_double(st, k + 1, v[k].f); break;
		default: rc = sqlite3_bind_null(st, k + 1);
		}
		if (rc) return rc;
	}
	return 0;
}

// run_rows binds and steps st once for each of rows rows of n values and
// stores the rows done in *done. It stops at the first error, leaving
// the statement unreset so that its message can be read; every row's
// bindings are cleared, so that SQLite keeps no pointer into Go memory.
static int run_rows(sqlite3_stmt *st, const value *v, int rows, int n, const char *arena, int *done) {
	int rc = 0, r;
	for (r = 0; r < rows; r++) {
		rc = bind_row(st, v + (long)r * n, n, arena);
		if (!rc) {
			rc = sqlite3_step(st);
			if (rc == 100 || rc == 101) rc = 0; // SQLITE_ROW, SQLITE_DONE
		}
		if (rc) break;
		sqlite3_reset(st);
	}
	sqlite3_clear_bindings(st);
	*done = r;
	return rc;
}

// query_ints binds one row and steps st, storing column 0 of each result
// row in out, up to max. It returns the rows stored, or minus the error.
static int query_ints(sqlite3_stmt *st, const value *v, int n, const char *arena, long long *out, int max) {
	int rc = bind_row(st, v, n, arena), got = 0;
	while (!rc) {
		rc = sqlite3_step(st);
		if (rc == 101) { rc = 0; break; }
		if (rc != 100) break;
		rc = 0;
		if (got == max) break;
		out[got++] = sqlite3_column_int64(st, 0);
	}
	sqlite3_clear_bindings(st);
	return rc ? -rc : got;
}
*/
import "C"

import (
	"errors"
	"fmt"
	"unsafe"
)

// Flags of sqlite3_open_v2.
const (
	openReadWrite = 0x00000002
	openURI       = 0x00000040
	openNoMutex   = 0x00008000
)

// sqliteConn is a connection to a database that exists.
type sqliteConn struct {
	db *C.sqlite3
}

// openSQLite opens the database named by uri (a file: URI) to read and
// write. Its connection is used by one goroutine at a time.
func openSQLite(uri string) (*sqliteConn, error) {
	cs := C.CString(uri)
	defer C.free(unsafe.Pointer(cs))
	var db *C.sqlite3
	rc := C.sqlite3_open_v2(cs, &db, openReadWrite|openURI|openNoMutex, nil)
	c := &sqliteConn{db: db}
	if rc != 0 {
		err := c.err(rc)
		c.close()
		return nil, err
	}
	C.sqlite3_busy_timeout(db, 10000)
	return c, nil
}

func (c *sqliteConn) close() {
	if c.db != nil {
		C.sqlite3_close_v2(c.db)
		c.db = nil
	}
}

// sqliteError is an error of SQLite: its result code and message.
type sqliteError struct {
	Code int
	Msg  string
}

func (e *sqliteError) Error() string { return fmt.Sprintf("sqlite: %s (code %d)", e.Msg, e.Code) }

func (c *sqliteConn) err(rc C.int) error {
	msg := "out of memory"
	if c.db != nil {
		msg = C.GoString(C.sqlite3_errmsg(c.db))
	}
	return &sqliteError{Code: int(rc), Msg: msg}
}

// exec runs statements without arguments.
func (c *sqliteConn) exec(sql string) error {
	cs := C.CString(sql)
	defer C.free(unsafe.Pointer(cs))
	var msg *C.char
	if rc := C.sqlite3_exec(c.db, cs, nil, nil, &msg); rc != 0 {
		err := &sqliteError{Code: int(rc), Msg: C.GoString(msg)}
		C.sqlite3_free(unsafe.Pointer(msg))
		return fmt.Errorf("%s: %w", sql, err)
	}
	return nil
}

// sqliteStmt is a prepared statement.
type sqliteStmt struct {
	c  *sqliteConn
	st *C.sqlite3_stmt
}

func (c *sqliteConn) prepare(sql string) (*sqliteStmt, error) {
	cs := C.CString(sql)
	defer C.free(unsafe.Pointer(cs))
	var st *C.sqlite3_stmt
	if rc := C.sqlite3_prepare_v2(c.db, cs, -1, &st, nil); rc != 0 {
		return nil, fmt.Errorf("%s: %w", sql, c.err(rc))
	}
	return &sqliteStmt{c: c, st: st}, nil
}

func (s *sqliteStmt) close() {
	C.sqlite3_finalize(s.st)
}

// run binds and steps s once for each row of n values in vals.
func (s *sqliteStmt) run(vals *sqlValues, n int) error {
	if len(vals.v) == 0 || n == 0 {
		return nil
	}
	if len(vals.v)%n != 0 {
		return errors.New("sqlite: a row of values is not whole")
	}
	var done C.int
	rc := C.run_rows(s.st, &vals.v[0], C.int(len(vals.v)/n), C.int(n), vals.arenaPtr(), &done)
	if rc != 0 {
		err := s.c.err(rc)
		C.sqlite3_reset(s.st)
		return err
	}
	return nil
}

// insert runs s on one row and returns the row id it gave.
func (s *sqliteStmt) insert(vals *sqlValues) (int64, error) {
	if err := s.run(vals, len(vals.v)); err != nil {
		return 0, err
	}
	return int64(C.sqlite3_last_insert_rowid(s.c.db)), nil
}

// ints runs s, a query of one integer column, on one row of values.
func (s *sqliteStmt) ints(vals *sqlValues) ([]int64, error) {
	out := make([]int64, 16)
	for {
		var vp *C.value
		if len(vals.v) > 0 {
			vp = &vals.v[0]
		}
		n := C.query_ints(s.st, vp, C.int(len(vals.v)), vals.arenaPtr(), (*C.longlong)(unsafe.Pointer(&out[0])), C.int(len(out)))
		C.sqlite3_reset(s.st)
		switch {
		case n < 0:
			return nil, s.c.err(-n)
		case int(n) < len(out):
			return out[:n], nil
		}
		// More rows than room: run it again with more.
		out = make([]int64, 4*len(out))
	}
}

// sqlValues are the values of rows to bind: numbers in place, texts in
// one arena, so that C is given two pointers to Go memory that holds no
// Go pointers, as cgo requires.
type sqlValues struct {
	v     []C.value
	arena []byte
}

func (b *sqlValues) reset() {
	b.v, b.arena = b.v[:0], b.arena[:0]
}

// arenaPtr is the arena's first byte. A text of no bytes is bound at the
// arena's start, so the arena is never empty: a NULL pointer would bind
// NULL instead of the empty string.
func (b *sqlValues) arenaPtr() *C.char {
	if len(b.arena) == 0 {
		b.arena = append(b.arena, 0)
	}
	return (*C.char)(unsafe.Pointer(&b.arena[0]))
}

func (b *sqlValues) int(i int64) {
	b.v = append(b.v, C.value{kind: C.valInt, i: C.int64_t(i)})
}

func (b *sqlValues) float(f float64) {
	b.v = append(b.v, C.value{kind: C.valFloat, f: C.double(f)})
}

// floatOrNull binds 0 as NULL: a fact's denominator and max are absent
// when zero.
func (b *sqlValues) floatOrNull(f float64) {
	if f == 0 {
		b.v = append(b.v, C.value{kind: C.valNull})
		return
	}
	b.float(f)
}

func (b *sqlValues) text(s string) {
	b.v = append(b.v, C.value{kind: C.valText, i: C.int64_t(len(b.arena)), len: C.int32_t(len(s))})
	b.arena = append(b.arena, s...)
}

// row appends values of the types int64, int, float64 and string.
func (b *sqlValues) row(vals ...any) {
	for _, v := range vals {
		switch v := v.(type) {
		case int64:
			b.int(v)
		case int:
			b.int(int64(v))
		case float64:
			b.float(v)
		case string:
			b.text(v)
		default:
			panic(fmt.Sprintf("sqlValues: unsupported %T", v))
		}
	}
}

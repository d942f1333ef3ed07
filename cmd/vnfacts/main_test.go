package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type result struct {
	code           int
	stdout, stderr string
}

// runCmd runs the command line in-process. tty says whether stdout and
// stderr are terminals.
func runCmd(t *testing.T, tty bool, stdin string, vars map[string]string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, stdoutTTY: tty, stderrTTY: tty,
		getenv: func(k string) string { return vars[k] }}
	code := exitCode(run(context.Background(), e, args), e.stderr)
	return result{code, out.String(), errb.String()}
}

// ingested returns a database holding the sample articles.
func ingested(t *testing.T) string {
	t.Helper()
	db := filepath.Join(t.TempDir(), "v.db")
	r := runCmd(t, false, "", nil, "ingest", "--db", db, "../../testdata/articles")
	if r.code != 0 || !strings.Contains(r.stderr, "5 new") {
		t.Fatalf("ingest: %+v", r)
	}
	return db
}

func jsonLines(t *testing.T, s string) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, l := range strings.Split(strings.TrimSpace(s), "\n") {
		if l == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("not JSON: %q", l)
		}
		out = append(out, m)
	}
	return out
}

func TestQueryDichVu(t *testing.T) {
	db := ingested(t)
	// The README's query: the ratio 21/25 with the article it came from.
	r := runCmd(t, false, "", nil, "query", "--db", db, "--format", "jsonl", "dịch vụ")
	if r.code != 0 {
		t.Fatalf("%+v", r)
	}
	found := false
	for _, f := range jsonLines(t, r.stdout) {
		if f["kind"] == "ratio" && f["value"] == 21.0 && f["denominator"] == 25.0 && strings.HasPrefix(f["unit"].(string), "dịch vụ") {
			if f["id"] == nil || !strings.Contains(f["doc"].(string), "testdata/articles/") || f["title"] == "" || f["published"] == "" {
				t.Errorf("fact lacks provenance: %v", f)
			}
			found = true
		}
	}
	if !found {
		t.Errorf("no 21/25 dịch vụ in:\n%s", r.stdout)
	}
	// Without diacritics, flags after the words, the same facts.
	r2 := runCmd(t, false, "", map[string]string{"VNFACTS_DB": db}, "query", "dich vu", "--format", "jsonl")
	if len(jsonLines(t, r2.stdout)) != len(jsonLines(t, r.stdout)) {
		t.Errorf("'dich vu' and 'dịch vụ' differ")
	}
}

func TestQueryFormats(t *testing.T) {
	db := ingested(t)
	tty := runCmd(t, true, "", nil, "query", "--db", db, "--kind", "ratio")
	if !strings.HasPrefix(tty.stdout, "ID") || !strings.Contains(tty.stdout, "21/25") {
		t.Errorf("terminal output is not a table:\n%s", tty.stdout)
	}
	piped := runCmd(t, false, "", nil, "query", "--db", db, "--kind", "ratio")
	if len(jsonLines(t, piped.stdout)) == 0 {
		t.Errorf("piped output is not JSON Lines:\n%s", piped.stdout)
	}
	c := runCmd(t, false, "", nil, "query", "--db", db, "--kind", "money", "--format", "csv")
	recs, err := csv.NewReader(strings.NewReader(c.stdout)).ReadAll()
	if err != nil || len(recs) < 2 || recs[0][0] != "id" || recs[0][3] != "value" {
		t.Fatalf("csv: %v %q", err, c.stdout)
	}
	for _, rec := range recs[1:] {
		if rec[2] != "money" || rec[6] == "" {
			t.Errorf("csv row %v", rec)
		}
	}
	doc := runCmd(t, false, "", nil, "query", "--db", db, "--doc", "../../testdata/articles/004_74156a42bd74ad3a.txt", "--format", "jsonl")
	docFacts := jsonLines(t, doc.stdout)
	if len(docFacts) < 5 {
		t.Errorf("--doc gave %d facts", len(docFacts))
	}
	for _, f := range docFacts {
		if f["doc"] != "../../testdata/articles/004_74156a42bd74ad3a.txt" {
			t.Errorf("--doc let through %v", f["doc"])
		}
	}
	none := runCmd(t, false, "", nil, "query", "--db", db, "xyzzy không có")
	if none.code != 0 || none.stdout != "" {
		t.Errorf("no results: %+v", none)
	}
	bad := runCmd(t, false, "", nil, "query", "--db", db, "--format", "xml")
	if bad.code != 2 {
		t.Errorf("bad format: exit %d", bad.code)
	}
	badMin := runCmd(t, false, "", nil, "query", "--db", db, "--min", "abc")
	if badMin.code != 2 {
		t.Errorf("bad --min: exit %d", badMin.code)
	}
}

func TestShowSQLStatsTimeline(t *testing.T) {
	db := ingested(t)
	q := jsonLines(t, runCmd(t, false, "", nil, "query", "--db", db, "--kind", "ratio", "--limit", "1", "dịch vụ thiết yếu").stdout)
	if len(q) != 1 {
		t.Fatal("no fact to show")
	}
	id := mustJSON(q[0]["id"])
	show := runCmd(t, false, "", nil, "show", "--db", db, id)
	if show.code != 0 || !strings.Contains(show.stdout, "[[21/25 dịch vụ") || !strings.Contains(show.stdout, "source:") {
		t.Errorf("show: %+v", show)
	}
	if r := runCmd(t, false, "", nil, "show", "--db", db, "999999"); r.code != 1 {
		t.Errorf("show of a missing id: exit %d", r.code)
	}
	sql := runCmd(t, false, "", nil, "sql", "--db", db, "--format", "csv", "SELECT kind, count(*) AS n FROM facts GROUP BY kind ORDER BY kind")
	if !strings.HasPrefix(sql.stdout, "kind,n\ncount,") {
		t.Errorf("sql: %+v", sql)
	}
	w := runCmd(t, false, "", nil, "sql", "--db", db, "DELETE FROM facts")
	if w.code == 0 || !strings.Contains(w.stderr, "read-only") {
		t.Errorf("a write was not refused: %+v", w)
	}
	st := runCmd(t, false, "", nil, "stats", "--db", db)
	if !strings.Contains(st.stdout, "documents: 5") {
		t.Errorf("stats: %q", st.stdout)
	}
	tl := runCmd(t, false, "", nil, "timeline", "--db", db, "--format", "jsonl", "dịch vụ công thiết yếu")
	var seq []string
	for _, p := range jsonLines(t, tl.stdout) {
		if p["kind"] == "ratio" && p["denominator"] == 25.0 {
			seq = append(seq, p["as_of"].(string)[:7]+"="+mustJSON(p["value"]))
		}
	}
	if len(seq) < 2 || seq[0] != "2022-08=21" || seq[len(seq)-1] != "2024-11=23" {
		t.Errorf("timeline of dịch vụ công thiết yếu: %v", seq)
	}
	tty := runCmd(t, true, "", nil, "timeline", "--db", db, "dịch vụ công thiết yếu")
	if !strings.Contains(tty.stdout, "█") {
		t.Errorf("no chart on a terminal:\n%s", tty.stdout)
	}
}

func mustJSON(v any) string { b, _ := json.Marshal(v); return string(b) }

func TestExtractFilter(t *testing.T) {
	r := runCmd(t, false, "Theo báo cáo, đã hoàn thành 21/25 dịch vụ thiết yếu, tiết kiệm 2.047 tỷ đồng.", nil, "extract", "--no-clean", "--format", "jsonl")
	fs := jsonLines(t, r.stdout)
	if r.code != 0 || len(fs) != 2 || fs[0]["doc"] != "-" || fs[1]["value"] != 2047000000000.0 || fs[1]["unit"] != "VND" {
		t.Fatalf("extract: %+v", r)
	}
	ref := runCmd(t, false, "Tính đến ngày 31/7, có 11 bộ, ngành.", nil, "extract", "--no-clean", "--ref", "2022-08-10", "--format", "jsonl")
	if f := jsonLines(t, ref.stdout); len(f) != 1 || f[0]["as_of"] != "2022-07-31" {
		t.Errorf("--ref: %s", ref.stdout)
	}
	if r := runCmd(t, false, "", nil, "extract", "--ref", "10/8/2022"); r.code != 2 {
		t.Errorf("bad --ref: exit %d", r.code)
	}
	// A bad input among good ones: exit 1, the good ones printed.
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "bad.txt"), []byte{0, 1, 2, 0}, 0o644)
	b, _ := os.ReadFile("../../testdata/articles/004_74156a42bd74ad3a.txt")
	os.WriteFile(filepath.Join(dir, "good.txt"), b, 0o644)
	mixed := runCmd(t, false, "", nil, "extract", dir)
	if mixed.code != 1 || !strings.Contains(mixed.stderr, "bad.txt") || len(jsonLines(t, mixed.stdout)) < 5 {
		t.Errorf("mixed batch: exit %d, stderr %q", mixed.code, mixed.stderr)
	}
}

func TestCleanAndNormalize(t *testing.T) {
	c := runCmd(t, false, "", nil, "clean", "--format", "jsonl", "../../testdata/articles/000_3c41e08771b70f23.txt")
	a := jsonLines(t, c.stdout)
	if len(a) != 1 || a[0]["published"] != "2022-08-10" || strings.Contains(a[0]["text"].(string), "QUẢNG CÁO") {
		t.Errorf("clean: %+v", c)
	}
	n := runCmd(t, false, "", nil, "normalize", "--ref", "2022-08-10", "--format", "jsonl", "Sáng 9/8, 15-25%, 530/TB-VPCP")
	ms := jsonLines(t, n.stdout)
	if len(ms) != 3 || ms[0]["value"] != "2022-08-09" || ms[1]["kind"] != "range" || ms[1]["max"] != 25.0 || ms[2]["kind"] != "code" {
		t.Errorf("normalize: %s", n.stdout)
	}
	stdin := runCmd(t, false, "hôm qua", nil, "normalize", "--ref", "2022-08-10", "--format", "jsonl")
	if m := jsonLines(t, stdin.stdout); len(m) != 1 || m[0]["value"] != "2022-08-09" {
		t.Errorf("normalize from stdin: %s", stdin.stdout)
	}
}

func TestUsage(t *testing.T) {
	if r := runCmd(t, false, "", nil); r.code != 2 {
		t.Errorf("no command: exit %d", r.code)
	}
	if r := runCmd(t, false, "", nil, "frobnicate"); r.code != 2 {
		t.Errorf("unknown command: exit %d", r.code)
	}
	for _, c := range commands {
		r := runCmd(t, false, "", nil, c.name, "--help")
		if r.code != 0 || !strings.Contains(r.stderr, "Example:") {
			t.Errorf("%s --help: %+v", c.name, r)
		}
	}
	if r := runCmd(t, false, "", nil, "ingest"); r.code != 2 {
		t.Errorf("ingest with no input: exit %d", r.code)
	}
	if r := runCmd(t, false, "", nil, "query", "--db", filepath.Join(t.TempDir(), "none.db")); r.code != 1 {
		t.Errorf("query of a missing database: exit %d", r.code)
	}
}

func TestIngestMissingInput(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	r := runCmd(t, false, "", nil, "ingest", "--db", db, "no/such/file.txt", "../../testdata/articles", "nothing-*.jsonl")
	if r.code != 1 || !strings.Contains(r.stderr, "no/such/file.txt") || !strings.Contains(r.stderr, "5 new") || !strings.Contains(r.stderr, "2 failed") {
		t.Errorf("missing inputs among good ones: %+v", r)
	}
	st := runCmd(t, false, "", nil, "stats", "--db", db)
	if !strings.Contains(st.stdout, "no/such/file.txt") {
		t.Errorf("the missing input is not recorded:\n%s", st.stdout)
	}
}

func TestIngestStdin(t *testing.T) {
	db := filepath.Join(t.TempDir(), "s.db")
	r := runCmd(t, false, "Tin kinh tế hôm nay\nTheo báo cáo, đã hoàn thành 21/25 dịch vụ công thiết yếu trong năm.", nil, "ingest", "--db", db, "-")
	if r.code != 0 || !strings.Contains(r.stderr, "1 new") {
		t.Fatalf("ingest -: %+v", r)
	}
	q := jsonLines(t, runCmd(t, false, "", nil, "query", "--db", db, "--format", "jsonl", "dich vu").stdout)
	if len(q) != 1 || q[0]["doc"] != "-" || q[0]["value"] != 21.0 {
		t.Errorf("facts from stdin: %v", q)
	}
}

func TestIngestProgressOnTerminal(t *testing.T) {
	db := filepath.Join(t.TempDir(), "p.db")
	tty := runCmd(t, true, "", nil, "ingest", "--db", db, "../../testdata/articles")
	if !strings.Contains(tty.stderr, "\r") {
		t.Errorf("no progress on a terminal: %q", tty.stderr)
	}
	piped := runCmd(t, false, "", nil, "ingest", "--db", db, "--force", "../../testdata/articles")
	if strings.Contains(piped.stderr, "\r") || !strings.Contains(piped.stderr, "5 updated") {
		t.Errorf("piped ingest: %q", piped.stderr)
	}
}

package corpus

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestCrashChild is the child of TestCrash: it ingests a folder into a
// database and is killed midway. It does nothing in a normal run.
func TestCrashChild(t *testing.T) {
	dir, db := os.Getenv("VNFACTS_CRASH_DIR"), os.Getenv("VNFACTS_CRASH_DB")
	if dir == "" {
		t.Skip("run by TestCrash")
	}
	s, err := Open(db)
	if err != nil {
		t.Fatal(err)
	}
	paths, _ := Expand([]string{dir})
	s.Ingest(context.Background(), paths, IngestOptions{BatchSize: 10})
}

func docFacts(t *testing.T, path string) map[string]int {
	t.Helper()
	s, err := OpenReadOnly(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var ok string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&ok); err != nil || ok != "ok" {
		t.Fatalf("integrity_check: %q %v", ok, err)
	}
	rows, err := s.db.Query(`SELECT d.source, count(f.id) FROM documents d LEFT JOIN facts f ON f.document_id = d.id GROUP BY d.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var src string
		var n int
		rows.Scan(&src, &n)
		out[src] = n
	}
	return out
}

// TestCrash kills an ingest with SIGKILL midway, then checks that the
// database opens, holds only whole documents with all their facts, and
// that a re-run completes it to what a clean run stores.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a child process")
	}
	dir := t.TempDir()
	writeCorpus(t, dir, 1500)
	clean := filepath.Join(t.TempDir(), "clean.db")
	cs, err := Open(clean)
	if err != nil {
		t.Fatal(err)
	}
	ingest(t, cs, IngestOptions{}, dir)
	cs.Close()
	want := docFacts(t, clean)

	crashed := filepath.Join(t.TempDir(), "crashed.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), "VNFACTS_CRASH_DIR="+dir, "VNFACTS_CRASH_DB="+crashed)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it once some documents are stored but not all.
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
		if s, err := OpenReadOnly(crashed); err == nil {
			var n int
			s.db.QueryRow(`SELECT count(*) FROM documents`).Scan(&n)
			s.Close()
			if n >= 50 {
				break
			}
		}
	}
	cmd.Process.Kill()
	cmd.Wait()

	got := docFacts(t, crashed)
	if len(got) == 0 || len(got) >= len(want) {
		t.Logf("killed after %d of %d documents", len(got), len(want))
	}
	for src, n := range got {
		if want[src] != n {
			t.Errorf("%s: %d facts after the crash, %d in a clean run", src, n, want[src])
		}
	}
	s, err := Open(crashed)
	if err != nil {
		t.Fatalf("reopen after kill: %v", err)
	}
	ingest(t, s, IngestOptions{}, dir)
	s.Close()
	final := docFacts(t, crashed)
	if len(final) != len(want) {
		t.Errorf("after the re-run: %d documents, clean run %d", len(final), len(want))
	}
	for src, n := range want {
		if final[src] != n {
			t.Errorf("%s: %d facts after the re-run, %d in a clean run", src, final[src], n)
		}
	}
}

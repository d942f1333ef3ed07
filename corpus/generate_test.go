package corpus

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// TestGenerateDates: every date after "ngày" or "tháng" in generated
// articles is still a date.
func TestGenerateDates(t *testing.T) {
	tpl, err := LoadTemplates("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if _, err := Generate(dir, 40, FormatText, 7, tpl); err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
	if len(paths) != 40 {
		t.Fatalf("%d files, want 40", len(paths))
	}
	reDate := regexp.MustCompile(`[Nn]gày (\d{1,2})/(\d{1,2})|[Tt]háng (\d{1,2})/\d{4}`)
	dates := 0
	for _, p := range paths {
		b, _ := os.ReadFile(p)
		for _, m := range reDate.FindAllStringSubmatch(string(b), -1) {
			dates++
			day, _ := strconv.Atoi(m[1])
			month, _ := strconv.Atoi(m[2])
			if m[3] != "" {
				month, _ = strconv.Atoi(m[3])
			} else if day < 1 || day > 31 {
				t.Errorf("%s: %q is no date", p, m[0])
			}
			if month < 1 || month > 12 {
				t.Errorf("%s: %q is no date", p, m[0])
			}
		}
	}
	if dates == 0 {
		t.Fatal("no dates in the generated articles")
	}
}

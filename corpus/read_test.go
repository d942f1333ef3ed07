package corpus

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

type readResult struct {
	docs []Document
	errs []error
}

func readBytes(t *testing.T, name string, data []byte) readResult {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	var r readResult
	ReadInput(p, nil, func(d Document, err error) {
		if err != nil {
			r.errs = append(r.errs, err)
			return
		}
		r.docs = append(r.docs, d)
	})
	return r
}

const page = `<html><head><meta property="og:type" content="article"><meta property="article:published_time" content="2024-05-02T08:00:00+07:00"></head><body><h1>Tin kinh tế</h1><div class="detail-content"><p>Theo báo cáo, đã hoàn thành 21/25 dịch vụ công thiết yếu trên môi trường điện tử trong năm nay.</p><p>Có hơn 67 triệu thẻ căn cước đã được cấp cho công dân trên cả nước, đạt 93,1% kế hoạch.</p></div></body></html>`

func warcRecord(typ, uri, ctype string, block []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n", typ, uri, ctype, len(block))
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func TestReadFormats(t *testing.T) {
	httpResp := []byte("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page)
	warc := append(warcRecord("warcinfo", "", "application/warc-fields", []byte("software: test\r\n")),
		warcRecord("response", "https://a.vn/tin-1.html", "application/http; msgtype=response", httpResp)...)
	warc = append(warc, warcRecord("request", "https://a.vn/tin-1.html", "application/http; msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n"))...)
	gzWarc := gz(warcRecord("response", "https://a.vn/tin-2.html", "application/http; msgtype=response", httpResp))
	jsonl := `{"url":"https://b.vn/1","html":` + fmt.Sprintf("%q", page) + `,"fetched_at":"2024-05-03T10:00:00+07:00","extra":1}` + "\n" +
		`{"url":"https://b.vn/2","text":"Có 21/25 dịch vụ thiết yếu.","title":"Tin","published":"2024-05-01"}` + "\n"
	tests := []struct {
		name      string
		data      []byte
		docs      int
		format    Format
		firstSrc  string
		published string
	}{
		{"a.txt", []byte("Tiêu đề\nCó 21/25 dịch vụ thiết yếu."), 1, FormatText, "", ""},
		{"a.html", []byte(page), 1, FormatHTML, "", ""},
		{"noext", []byte("<!DOCTYPE html>" + page), 1, FormatHTML, "", ""},
		{"a.txt.gz", gz([]byte("Tiêu đề\nCó 21/25 dịch vụ.")), 1, FormatText, "", ""},
		{"a.warc", warc, 1, FormatHTML, "https://a.vn/tin-1.html", ""},
		{"b.warc.gz", gzWarc, 1, FormatHTML, "https://a.vn/tin-2.html", ""},
		{"p.jsonl", []byte(jsonl), 2, FormatHTML, "https://b.vn/1", ""},
		{"p.jsonl.gz", gz([]byte(jsonl)), 2, FormatHTML, "https://b.vn/1", ""},
	}
	for _, tt := range tests {
		r := readBytes(t, tt.name, tt.data)
		if len(r.errs) > 0 || len(r.docs) != tt.docs {
			t.Errorf("%s: %d docs, errors %v", tt.name, len(r.docs), r.errs)
			continue
		}
		if r.docs[0].Format != tt.format {
			t.Errorf("%s: format %s, want %s", tt.name, r.docs[0].Format, tt.format)
		}
		if tt.firstSrc != "" && r.docs[0].Source != tt.firstSrc {
			t.Errorf("%s: source %s, want %s", tt.name, r.docs[0].Source, tt.firstSrc)
		}
		for _, d := range r.docs {
			if _, err := Clean(d); err != nil {
				t.Errorf("%s: %s does not clean: %v", tt.name, d.Source, err)
			}
		}
	}
	// The JSON line's dates: published wins, fetched_at when nothing else.
	r := readBytes(t, "p.jsonl", []byte(jsonl))
	a2, _ := Clean(r.docs[1])
	if a2.PublishedISO() != "2024-05-01" || a2.Title != "Tin" && a2.Title == "" {
		t.Errorf("JSON line 2: published %s title %q", a2.PublishedISO(), a2.Title)
	}
}

// TestReadJSONFieldNames: other scrapers' names for the page, its link
// and its date are read as the documented ones.
func TestReadJSONFieldNames(t *testing.T) {
	lines := `{"link":"https://c.vn/1","body":"Tiêu đề bài viết\nCó 21/25 dịch vụ.","date":"20/11/2023 14:30"}` + "\n" +
		`{"url":"https://c.vn/2","raw_html":"<html><body><article><h1>Tin</h1><p>Có 5 người.</p></article></body></html>","published_at":"Mon, 20 Nov 2023 14:30:00 +0700"}` + "\n" +
		`{"url":"https://c.vn/3","content":"Tiêu đề\nCó 5 người.","publish_date":"2023-11-20 14:30","date":1700000000,"body":{"x":1}}` + "\n"
	r := readBytes(t, "f.jsonl", []byte(lines))
	if len(r.docs) != 3 {
		t.Fatalf("%d documents, want 3 (errors %v)", len(r.docs), r.errs)
	}
	for i, want := range []struct {
		src    string
		format Format
	}{{"https://c.vn/1", FormatText}, {"https://c.vn/2", FormatHTML}, {"https://c.vn/3", FormatText}} {
		d := r.docs[i]
		if d.Source != want.src || d.Format != want.format || d.Raw == "" || d.Published.Format("2006-01-02") != "2023-11-20" {
			t.Errorf("line %d: source %q format %v published %v raw %q", i+1, d.Source, d.Format, d.Published, d.Raw)
		}
	}
}

func TestReadEncodings(t *testing.T) {
	text := "Tiêu đề bài viết\nTỉnh đã hoàn thành 21/25 dịch vụ thiết yếu, tiết kiệm 2.047 tỷ đồng cho người dân."
	nfd := norm.NFD.String(text)
	bom := append([]byte("\xef\xbb\xbf"), text...)
	// Windows-1258 has â, ê, ơ, ư… precomposed and the five tone marks
	// as combining characters: decompose the tones only.
	var legacy strings.Builder
	for _, r := range text {
		d := []rune(norm.NFD.String(string(r)))
		base, tones := []rune{d[0]}, []rune{}
		for _, m := range d[1:] {
			if m == 0x302 || m == 0x306 || m == 0x31B {
				base = append(base, m)
			} else {
				tones = append(tones, m)
			}
		}
		legacy.WriteString(norm.NFC.String(string(base)) + string(tones))
	}
	enc, err := charmap.Windows1258.NewEncoder().String(legacy.String())
	if err != nil {
		t.Fatalf("encoding to Windows-1258: %v", err)
	}
	for name, data := range map[string][]byte{"nfd.txt": []byte(nfd), "bom.txt": bom, "cp1258.txt": []byte(enc)} {
		r := readBytes(t, name, data)
		if len(r.errs) > 0 || len(r.docs) != 1 {
			t.Fatalf("%s: %v", name, r.errs)
		}
		a, err := Clean(r.docs[0])
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(a.Text, "dịch vụ thiết yếu") || !norm.NFC.IsNormalString(a.Text) {
			t.Errorf("%s: decoded to %q", name, a.Text)
		}
	}
}

func TestReadBadInputs(t *testing.T) {
	good := []byte("Tiêu đề\nCó 21/25 dịch vụ thiết yếu.")
	huge := bytes.Repeat([]byte("a"), 40<<20)
	old := MaxLine
	MaxLine = 1 << 20
	defer func() { MaxLine = old }()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty.txt", nil, "empty"},
		{"nul.bin", []byte{'a', 0, 'b'}, "binary"},
		{"latin.txt", []byte("caf\xe9 \xff\xfe\x80 and \x81\x8d\x8f\x90\x9d"), "not UTF-8"},
		{"trunc.gz", gz(good)[:15], "gzip"},
		{"bad.jsonl", []byte("{\"url\":\"x\",\n"), "malformed JSON"},
		{"long.jsonl", append(append([]byte(`{"text":"`), huge[:2<<20]...), `"}`...), "longer than"},
		{"bad.warc", []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99999\r\n\r\nshort"), "WARC"},
	}
	for _, tt := range tests {
		r := readBytes(t, tt.name, tt.data)
		if len(r.errs) != 1 || !strings.Contains(r.errs[0].Error(), tt.want) || !strings.Contains(r.errs[0].Error(), tt.name) {
			t.Errorf("%s: errors %v, want one naming the input and saying %q", tt.name, r.errs, tt.want)
		}
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"a.txt", "sub/b.html", "sub/deep/c.jsonl", ".hidden/x.txt", "sub/.y.txt"} {
		os.MkdirAll(filepath.Dir(filepath.Join(dir, p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	got, err := Expand([]string{dir, filepath.Join(dir, "*.txt"), "-"})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{filepath.Join(dir, "a.txt"), filepath.Join(dir, "sub/b.html"), filepath.Join(dir, "sub/deep/c.jsonl"), "-"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Expand = %v, want %v", got, want)
	}
	if _, err := Expand([]string{filepath.Join(dir, "*.none")}); err == nil {
		t.Error("a glob that matches nothing should be an error")
	}
	if _, err := Expand([]string{filepath.Join(dir, "missing")}); err == nil {
		t.Error("a missing path should be an error")
	}
}

// TestReadWhole: a file read by the size it had is read whole whether it
// kept that size, grew or shrank since; a missing file is an error that
// names it.
func TestReadWhole(t *testing.T) {
	body := strings.Repeat("Có 12 người. ", 100)
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, size := range []int64{int64(len(body)), int64(len(body)) - 7, int64(len(body)) + 7, 1, 0} {
		got, err := readWhole(path, size)
		if err != nil || string(got) != body {
			t.Errorf("size %d of %d: read %d bytes, %v", size, len(body), len(got), err)
		}
	}
	missing := filepath.Join(filepath.Dir(path), "missing.txt")
	if _, err := readWhole(missing, 10); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: %v, want an error naming it", err)
	}
}

// FuzzReadInput: the readers never panic on any bytes under any name,
// and every document they hand on is valid UTF-8 with a source.
func FuzzReadInput(f *testing.F) {
	f.Add("a.txt", []byte("Tiêu đề\nCó 21/25 dịch vụ."))
	f.Add("a.jsonl", []byte(`{"url":"u","text":"Có 5 người.","date":1}`+"\n"+`{"html":"<p>x</p>"`))
	f.Add("a.html", []byte("<html><meta charset=windows-1258><body><p>Gi\xe1 v\xe0ng</p></body></html>"))
	f.Add("a.warc", []byte("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nhello\r\n\r\n"))
	f.Add("a.txt.gz", []byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3})
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		base := filepath.Base(filepath.Clean("/" + name))
		if base == "/" || base == "." || strings.HasPrefix(base, ".") || len(base) > 100 {
			base = "in.txt"
		}
		p := filepath.Join(t.TempDir(), base)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Skip()
		}
		ReadInput(p, nil, func(d Document, err error) {
			if err != nil {
				return
			}
			if d.Source == "" || !utf8.ValidString(d.Raw) {
				t.Fatalf("%s: document %q with invalid text", base, d.Source)
			}
		})
	})
}

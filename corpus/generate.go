package corpus

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"html"
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// reFigure finds what Generate changes: a date after "ngày", "tháng" or
// "năm", which stays a valid date, or any other run of digits.
var reFigure = regexp.MustCompile(`(?:[Nn]gày|[Tt]háng|[Nn]ăm) \d{1,4}(?:/\d{1,4}){0,2}|\d+`)

// LoadTemplates reads the text files of dir (the sample scrapes in
// testdata/articles) as templates for Generate.
func LoadTemplates(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("%s: no .txt templates", dir)
	}
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, string(b))
	}
	return out, nil
}

// Generate writes n realistic articles into dir for benchmarks: the
// templates (sample scrapes) with their figures changed (every run of
// digits is replaced by another of the same length, and a date by another
// valid date), so the corpus has the boilerplate, the
// number forms and the sizes of real scrapes without repeating one text.
// Format text writes one .txt file per article, html one .html page per
// article, jsonl files of up to 1000 pages each (.jsonl.gz). It returns
// the bytes written.
func Generate(dir string, n int, format Format, seed int64, bases []string) (int64, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, err
	}
	if len(bases) == 0 {
		return 0, fmt.Errorf("generate: no templates")
	}
	rng := rand.New(rand.NewSource(seed))
	digits := func(d string) string {
		b := []byte(d)
		for i := range b {
			if i == 0 && len(b) > 1 {
				b[i] = byte('1' + rng.Intn(9))
			} else {
				b[i] = byte('0' + rng.Intn(10))
			}
		}
		return string(b)
	}
	vary := func(s string) string {
		return reFigure.ReplaceAllStringFunc(s, func(m string) string {
			word, date, ok := strings.Cut(m, " ")
			if !ok {
				return digits(m)
			}
			return word + " " + validDate(strings.ToLower(word), date, rng, digits)
		})
	}
	var total int64
	var jsonBuf bytes.Buffer
	flushJSON := func(k int) error {
		if jsonBuf.Len() == 0 {
			return nil
		}
		var gzBuf bytes.Buffer
		w := gzip.NewWriter(&gzBuf)
		w.Write(jsonBuf.Bytes())
		w.Close()
		jsonBuf.Reset()
		total += int64(gzBuf.Len())
		return os.WriteFile(filepath.Join(dir, fmt.Sprintf("pages-%06d.jsonl.gz", k)), gzBuf.Bytes(), 0o644)
	}
	for i := 0; i < n; i++ {
		text := vary(bases[i%len(bases)])
		name := filepath.Join(dir, fmt.Sprintf("%03d", i/1000), fmt.Sprintf("a%07d", i))
		switch format {
		case FormatHTML:
			page := toHTML(text)
			if err := writeFile(name+".html", page); err != nil {
				return total, err
			}
			total += int64(len(page))
		case FormatJSONL:
			line, _ := json.Marshal(map[string]string{"url": "https://example.vn/tin/" + strconv.Itoa(i) + ".html", "text": text, "fetched_at": "2024-11-22T08:00:00+07:00"})
			jsonBuf.Write(line)
			jsonBuf.WriteByte('\n')
			if (i+1)%1000 == 0 {
				if err := flushJSON(i / 1000); err != nil {
					return total, err
				}
			}
		default:
			if err := writeFile(name+".txt", text); err != nil {
				return total, err
			}
			total += int64(len(text))
		}
	}
	return total, flushJSON(n / 1000)
}

// dateParts are what the numbers after each date word stand for.
var dateParts = map[string][]string{
	"ngày":  {"day", "month", "year"},
	"tháng": {"month", "year"},
	"năm":   {"year"},
}

// validDate returns a date of the same form as date with other numbers
// that are still a date: day 1-28, month 1-12, year 2015-2025. A form
// that is no date ("năm 3 lần") gets other digits.
func validDate(word, date string, rng *rand.Rand, digits func(string) string) string {
	parts := strings.Split(date, "/")
	kinds := dateParts[word]
	for i, p := range parts {
		kind := ""
		if len(parts) <= len(kinds) {
			kind = kinds[i]
		}
		switch {
		case kind == "year" && len(p) == 4:
			parts[i] = strconv.Itoa(2015 + rng.Intn(11))
		case kind == "month" && len(p) <= 2:
			parts[i] = strconv.Itoa(1 + rng.Intn(12))
		case kind == "day" && len(p) <= 2:
			parts[i] = strconv.Itoa(1 + rng.Intn(28))
		default:
			parts[i] = digits(p)
		}
	}
	return strings.Join(parts, "/")
}

func writeFile(path, s string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return os.WriteFile(path, []byte(s), 0o644)
}

// toHTML wraps a text scrape in a news page: title, sapo, body paragraphs,
// a menu and a footer to drop.
func toHTML(text string) string {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:type" content="article">`)
	b.WriteString(`<meta property="article:published_time" content="2024-11-22T08:00:00+07:00"><title>`)
	b.WriteString(html.EscapeString(lines[0]))
	b.WriteString(`</title></head><body><nav class="menu"><a href="/">Trang chủ</a> <a href="/kt">Kinh tế</a></nav><h1>`)
	b.WriteString(html.EscapeString(lines[0]))
	b.WriteString(`</h1><div class="detail-content">`)
	for _, l := range lines[1:] {
		if l = strings.TrimSpace(l); l != "" {
			b.WriteString("<p>" + html.EscapeString(l) + "</p>\n")
		}
	}
	b.WriteString(`</div><footer class="footer">Giấy phép số 123/GP-BTTTT. Điện thoại: 024 3822 1234</footer></body></html>`)
	return b.String()
}

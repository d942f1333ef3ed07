package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/vnfacts/vnfacts/normalize"
)

// jsonPage is one line of a JSON Lines scrape. Unknown fields are ignored.
type jsonPage struct {
	URL       string `json:"url"`
	HTML      string `json:"html"`
	Text      string `json:"text"`
	Content   string `json:"content"`
	Title     string `json:"title"`
	Published string `json:"published"`
	FetchedAt string `json:"fetched_at"`
}

func readJSONL(name string, r *bufio.Reader, emit func(Document, error)) {
	line := 0
	for {
		b, err := readLine(r, MaxLine)
		if len(b) > 0 || errors.Is(err, errLineTooLong) {
			line++
		}
		src := name + "#" + strconv.Itoa(line)
		if errors.Is(err, errLineTooLong) {
			emit(Document{Source: src}, &InputError{src, fmt.Errorf("line longer than %d bytes", MaxLine)})
			continue
		}
		if t := bytes.TrimSpace(b); len(t) > 0 {
			emitJSONPage(src, t, emit)
		}
		if err != nil {
			if err != io.EOF {
				emit(Document{Source: src}, &InputError{src, readErr(err)})
			}
			return
		}
	}
}

func emitJSONPage(src string, t []byte, emit func(Document, error)) {
	var p jsonPage
	if err := json.Unmarshal(t, &p); err != nil {
		emit(Document{Source: src}, &InputError{src, fmt.Errorf("malformed JSON: %w", err)})
		return
	}
	content := p.HTML
	if content == "" {
		content = p.Text
	}
	if content == "" {
		content = p.Content
	}
	if p.URL != "" {
		src = p.URL
	}
	d, err := decodeDoc(src, []byte(content), p.URL, "")
	if err == nil && p.HTML == "" {
		d.Format = FormatText
	}
	d.Title = p.Title
	d.Published, _ = parseTime(p.Published)
	d.Fetched, _ = parseTime(p.FetchedAt)
	emit(d, err)
}

func parseTime(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.ParseInLocation(l, s, normalize.Location); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line of at most max bytes; a longer line is skipped
// to its end and reported.
func readLine(r *bufio.Reader, max int) ([]byte, error) {
	var buf []byte
	for {
		chunk, isPrefix, err := r.ReadLine()
		if len(buf)+len(chunk) > max {
			for isPrefix && err == nil {
				_, isPrefix, err = r.ReadLine()
			}
			if err != nil && err != io.EOF {
				return nil, err
			}
			return nil, errLineTooLong
		}
		buf = append(buf, chunk...)
		if err != nil {
			return buf, err
		}
		if !isPrefix {
			return buf, nil
		}
	}
}

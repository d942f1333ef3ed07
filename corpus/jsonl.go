package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/vnfacts/vnfacts/extract"
)

// jsonPage is one line of a JSON Lines scrape. Unknown fields are ignored;
// scrapers name the same things differently, so a few common other names
// are read too ("link", "raw_html", "body", "published_at", "date").
type jsonPage struct {
	URL         string      `json:"url"`
	Link        looseString `json:"link"`
	HTML        string      `json:"html"`
	RawHTML     looseString `json:"raw_html"`
	Text        string      `json:"text"`
	Content     string      `json:"content"`
	Body        looseString `json:"body"`
	Title       string      `json:"title"`
	Published   string      `json:"published"`
	PublishedAt looseString `json:"published_at"`
	PublishDate looseString `json:"publish_date"`
	Date        looseString `json:"date"`
	FetchedAt   string      `json:"fetched_at"`
}

// looseString is a field that other scrapers fill: a JSON string is read,
// anything else (a number, an object) is ignored rather than failing the
// line, as an unknown field would be.
type looseString string

func (l *looseString) UnmarshalJSON(b []byte) error {
	var s string
	if json.Unmarshal(b, &s) == nil {
		*l = looseString(s)
	}
	return nil
}

// firstNonEmpty is the first of vals that is not empty.
func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
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
	html := firstNonEmpty(p.HTML, string(p.RawHTML))
	content := firstNonEmpty(html, p.Text, p.Content, string(p.Body))
	url := firstNonEmpty(p.URL, string(p.Link))
	if url != "" {
		src = url
	}
	d, err := decodeDoc(src, []byte(content), url, "")
	if err == nil && html == "" {
		d.Format = FormatText
	}
	d.Title = p.Title
	d.Published, _ = extract.ParseDate(firstNonEmpty(p.Published, string(p.PublishedAt), string(p.PublishDate), string(p.Date)))
	d.Fetched, _ = extract.ParseDate(p.FetchedAt)
	emit(d, err)
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

package corpus

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/vnfacts/vnfacts/normalize"
)

// readWARC reads response records with HTML from a WARC file: a version
// line, headers, a blank line, Content-Length bytes of block, two line
// breaks. Each gzip member, if any, was undone by the caller's reader.
func readWARC(name string, r *bufio.Reader, emit func(Document, error)) {
	rec := 0
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			if err != io.EOF || strings.TrimSpace(line) != "" {
				emit(Document{Source: name}, &InputError{name, fmt.Errorf("WARC record %d: %w", rec+1, readErr(err))})
			}
			return
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		rec++
		src := fmt.Sprintf("%s#%d", name, rec)
		if !strings.HasPrefix(line, "WARC/") {
			emit(Document{Source: src}, &InputError{src, errors.New("WARC: no version line")})
			return
		}
		hdr := map[string]string{}
		for {
			h, err := r.ReadString('\n')
			if err != nil {
				emit(Document{Source: src}, &InputError{src, fmt.Errorf("WARC headers: %w", readErr(err))})
				return
			}
			h = strings.TrimRight(h, "\r\n")
			if h == "" {
				break
			}
			if k, v, ok := strings.Cut(h, ":"); ok {
				hdr[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
			}
		}
		n, err := strconv.ParseInt(hdr["content-length"], 10, 64)
		if err != nil || n < 0 || n > MaxInput {
			emit(Document{Source: src}, &InputError{src, fmt.Errorf("WARC: bad Content-Length %q", hdr["content-length"])})
			return
		}
		block := make([]byte, n)
		if _, err := io.ReadFull(r, block); err != nil {
			emit(Document{Source: src}, &InputError{src, fmt.Errorf("WARC block: %w", readErr(err))})
			return
		}
		if hdr["warc-type"] != "response" {
			continue
		}
		uri := strings.Trim(hdr["warc-target-uri"], "<>")
		if uri != "" {
			src = uri
		}
		body, ctype := block, ""
		if strings.HasPrefix(hdr["content-type"], "application/http") {
			// Skip the HTTP status line and headers.
			if i := bytes.Index(block, []byte("\r\n\r\n")); i >= 0 {
				for _, h := range strings.Split(string(block[:i]), "\r\n") {
					if k, v, ok := strings.Cut(h, ":"); ok && strings.EqualFold(strings.TrimSpace(k), "content-type") {
						ctype = strings.ToLower(v)
					}
				}
				body = block[i+4:]
			} else if i := bytes.Index(block, []byte("\n\n")); i >= 0 {
				body = block[i+2:]
			}
		}
		if ctype != "" && !strings.Contains(ctype, "html") && !strings.Contains(ctype, "text") {
			continue
		}
		d, err := decodeDoc(src, body, uri, "")
		if err == nil && ctype != "" {
			if i := strings.Index(ctype, "charset="); i >= 0 && !strings.Contains(ctype[i:], "utf-8") {
				if s, err2 := normalize.Decode(body, strings.TrimSpace(ctype[i+8:])); err2 == nil {
					d.Raw, d.Text = s, ""
				}
			}
		}
		emit(d, err)
	}
}

// Package corpus reads documents in every input format, stores articles
// and facts in SQLite, and runs batch ingest. It is the only package that
// speaks SQL.
package corpus

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/vnfacts/vnfacts/normalize"
)

// MaxInput is the largest input file read, after decompression.
var MaxInput int64 = 256 << 20

// MaxLine is the longest JSON Lines record read.
var MaxLine = 32 << 20

// Format is how a document's content is written.
type Format string

// Formats of documents.
const (
	FormatText  Format = "text"
	FormatHTML  Format = "html"
	FormatJSONL Format = "jsonl"
	FormatWARC  Format = "warc"
)

// Document is one scraped page read from an input: its source name (path,
// path#line, or URL), raw content and what the scraper knew of it.
type Document struct {
	Source string
	URL    string
	Format Format // text or html
	Raw    string
	// Text is Raw as normalize.Text makes it, when the reader made it in
	// the pass that decoded Raw (a text input); "" otherwise.
	Text      string
	Title     string
	Published time.Time // as the scraper gave it: wins over the page's
	Fetched   time.Time // when it was fetched: used when no date is known
	Hash      string
	Unchanged bool // known to the store already; Raw was not decoded
	// FileSize and FileMTime (Unix nanoseconds) describe the input file
	// of a whole-file document; FileSize is -1 for records of a JSON
	// Lines or WARC file and for standard input.
	FileSize  int64
	FileMTime int64
}

// InputError is a bad input or record: which and why.
type InputError struct {
	Source string
	Err    error
}

func (e *InputError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e *InputError) Unwrap() error { return e.Err }

// Expand turns command-line arguments into input paths: files, folders
// (walked recursively, hidden files skipped), globs and "-" for standard
// input. Paths come out sorted and once each.
func Expand(args []string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	for _, a := range args {
		if a == "-" {
			add(a)
			continue
		}
		matches := []string{a}
		if strings.ContainsAny(a, "*?[") {
			m, err := filepath.Glob(a)
			if err != nil {
				return nil, fmt.Errorf("bad pattern %q: %w", a, err)
			}
			if len(m) == 0 {
				return nil, fmt.Errorf("%s: no file matches", a)
			}
			matches = m
		}
		for _, p := range matches {
			st, err := os.Stat(p)
			if err != nil {
				return nil, err
			}
			if !st.IsDir() {
				add(p)
				continue
			}
			var files []string
			err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				name := d.Name()
				if path != p && strings.HasPrefix(name, ".") {
					if d.IsDir() {
						return filepath.SkipDir
					}
					return nil
				}
				if !d.IsDir() && d.Type().IsRegular() {
					files = append(files, path)
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
			sort.Strings(files)
			for _, f := range files {
				add(f)
			}
		}
	}
	return out, nil
}

// ReadInput reads one input (a path or "-") and calls emit for each
// document in it, or with an error for each bad one. A bad record of a
// JSON Lines or WARC file does not stop the rest of the file.
func ReadInput(path string, stdin io.Reader, emit func(Document, error)) {
	readInput(path, stdin, nil, emit)
}

// Skipper tells a reader which inputs the store already holds.
type Skipper interface {
	// SameFile reports whether the file at source, with this size and
	// modification time, was stored by the current extractor.
	SameFile(source string, size, mtime int64) bool
	// SameHash reports whether the document source with this content
	// hash was stored by the current extractor.
	SameHash(source, hash string) bool
}

// readInput is ReadInput with a skipper: a whole-file document that the
// store holds unchanged is emitted with Unchanged set and left undecoded,
// so a re-run over an unchanged corpus stats each file and reads only the
// ones whose size or time changed.
func readInput(path string, stdin io.Reader, skip Skipper, emit func(Document, error)) {
	var r io.Reader
	size, mtime := int64(-1), int64(0)
	if path == "-" {
		r = stdin
	} else {
		// An unchanged file is known by its size and time, without
		// opening it: on a re-run that is most files.
		if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
			size, mtime = st.Size(), st.ModTime().UnixNano()
			if skip != nil && skip.SameFile(path, size, mtime) {
				emit(Document{Source: path, Unchanged: true, FileSize: size, FileMTime: mtime}, nil)
				return
			}
		}
	}
	name := path
	if size >= 0 && size <= wholeFile {
		// Most inputs are one article of a few kilobytes: read it into one
		// buffer of its size rather than through two 64 KB readers, which
		// cost more to allocate and clear than the read itself.
		data, err := readWhole(path, size)
		if err != nil {
			emit(Document{Source: name}, &InputError{name, err})
			return
		}
		if !isGzip(data) {
			switch sniff(data[:min(len(data), 512)]) {
			case FormatWARC:
				readWARC(name, bufio.NewReader(bytes.NewReader(data)), emit)
			case FormatJSONL:
				readJSONL(name, bufio.NewReader(bytes.NewReader(data)), emit)
			default:
				emitWhole(name, data, size, mtime, skip, emit)
			}
			return
		}
		r = bytes.NewReader(data)
	} else if r == nil {
		f, err := os.Open(path)
		if err != nil {
			emit(Document{Source: path}, &InputError{path, err})
			return
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(2)
	var body io.Reader = br
	if isGzip(head) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			emit(Document{Source: name}, &InputError{name, fmt.Errorf("gzip: %w", err)})
			return
		}
		defer zr.Close()
		body = zr
	}
	b := bufio.NewReaderSize(body, 64<<10)
	peek, _ := b.Peek(512)
	switch sniff(peek) {
	case FormatWARC:
		readWARC(name, b, emit)
	case FormatJSONL:
		readJSONL(name, b, emit)
	default:
		data, err := io.ReadAll(io.LimitReader(b, MaxInput+1))
		if err != nil {
			emit(Document{Source: name}, &InputError{name, readErr(err)})
			return
		}
		if int64(len(data)) > MaxInput {
			emit(Document{Source: name}, &InputError{name, fmt.Errorf("larger than %d bytes", MaxInput)})
			return
		}
		emitWhole(name, data, size, mtime, skip, emit)
	}
}

// wholeFile is the size up to which an input file is read in one go.
const wholeFile = 1 << 20

func isGzip(b []byte) bool { return len(b) >= 2 && b[0] == 0x1f && b[1] == 0x8b }

// emitWhole emits a whole-file document, or notes it unchanged.
func emitWhole(name string, data []byte, size, mtime int64, skip Skipper, emit func(Document, error)) {
	h := hashOf(data)
	if skip != nil && skip.SameHash(name, h) {
		emit(Document{Source: name, Hash: h, Unchanged: true, FileSize: size, FileMTime: mtime}, nil)
		return
	}
	doc, err := decodeDoc(name, data, "", h)
	doc.FileSize, doc.FileMTime = size, mtime
	emit(doc, err)
}

func readErr(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, gzip.ErrChecksum) {
		return fmt.Errorf("truncated or corrupt gzip: %w", err)
	}
	return err
}

// sniff tells the format from the first bytes.
func sniff(b []byte) Format {
	t := bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), " \t\r\n")
	switch {
	case bytes.HasPrefix(t, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(t, []byte("{")):
		return FormatJSONL
	case looksHTML(t):
		return FormatHTML
	}
	return FormatText
}

func looksHTML(t []byte) bool {
	if len(t) == 0 || t[0] != '<' {
		return false // most inputs: text, decided at the first byte
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<article", "<!--"} {
		if len(t) >= len(p) && bytes.EqualFold(t[:len(p)], []byte(p)) {
			return true
		}
	}
	return false
}

// decodeDoc decodes raw bytes into a document of format text or html.
// hash is hashOf(data), if the caller has it already.
func decodeDoc(source string, data []byte, url, hash string) (Document, error) {
	if hash == "" {
		hash = hashOf(data)
	}
	d := Document{Source: source, URL: url, Hash: hash, FileSize: -1}
	if len(bytes.TrimSpace(data)) == 0 {
		return d, &InputError{source, errors.New("empty input")}
	}
	if sniff(data[:min(len(data), 512)]) != FormatHTML {
		raw, text, err := normalize.DecodeText(data)
		if err != nil {
			return d, &InputError{source, err}
		}
		d.Raw, d.Text, d.Format = raw, text, FormatText
		return d, nil
	}
	s, err := normalize.Decode(data, normalize.DeclaredCharset(data))
	if err != nil {
		return d, &InputError{source, err}
	}
	d.Raw, d.Format = s, FormatHTML
	return d, nil
}

func hashOf(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:16])
}

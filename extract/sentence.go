package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnfacts/vnfacts/normalize"
)

// Span is a byte range [Start, End) of a text.
type Span struct{ Start, End int }

// Abbreviations are words that end with a period without ending a
// sentence: titles (TS., ThS., PGS.TS.), places (TP., Q.), "v.v.".
var Abbreviations = map[string]bool{
	"tp": true, "ts": true, "ths": true, "pgs": true, "gs": true, "bs": true, "ks": true, "ls": true,
	"th.s": true, "pgs.ts": true, "gs.ts": true, "tt": true, "tx": true, "q": true, "p": true, "tr": true,
	"v.v": true, "vv": true, "st": true, "mr": true, "mrs": true, "ms": true, "dr": true, "no": true,
	"đ/c": true, "cn": true, "bsck": true, "bscki": true, "bsckii": true, "ncs": true, "nxb": true, "ttxvn": false,
	"tp.hcm": false, "ubnd": false, "h": true, "x": true, "tt.": true, "ths.bs": true, "pgs.ts.bs": true,
}

// sentenceByte marks the bytes that start a rune Sentences looks at: a
// line break, ".", "!", "?", and the lead byte of "…".
var sentenceByte = [256]bool{'\n': true, '.': true, '!': true, '?': true, 0xE2: true}

// Sentences splits text into sentences. A line break always ends one; a
// period, "!", "?" or "…" ends one when followed by white space and an
// upper-case letter, a digit or a quote, and not when it closes an
// abbreviation ("TP. Hồ Chí Minh") or an initial ("V. A"). Periods inside
// numbers ("1.234") never split, since no space follows them.
func Sentences(text string) []Span {
	// A news sentence runs to 150 bytes or so: room for most texts'
	// sentences at once.
	out := make([]Span, 0, len(text)/128+4)
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpaceByte(text[s]) {
			s++
		}
		for e > s && isSpaceByte(text[e-1]) {
			e--
		}
		if e > s {
			out = append(out, Span{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		if !sentenceByte[text[i]] {
			// Most bytes, continuation bytes included, neither end a
			// sentence nor start a rune that does.
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			i += sz
			start = i
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + sz
			// Take the run of closing punctuation: ".)", "?!", "...\"".
			for j < len(text) {
				r2, sz2 := utf8.DecodeRuneInString(text[j:])
				if r2 == '.' || r2 == '!' || r2 == '?' || r2 == '…' || r2 == '"' || r2 == '”' || r2 == '’' || r2 == ')' || r2 == '»' {
					j += sz2
					continue
				}
				break
			}
			if j >= len(text) {
				i = j
				continue
			}
			r2, _ := utf8.DecodeRuneInString(text[j:])
			if r2 != ' ' && r2 != '\n' && r2 != '\t' {
				i = j
				continue
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\t') {
				k++
			}
			if k >= len(text) || text[k] == '\n' {
				i = j
				continue
			}
			next, _ := utf8.DecodeRuneInString(text[k:])
			if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"“‘'(«-–", next)) {
				i = j
				continue
			}
			if r == '.' && j == i+1 && isAbbreviation(text[:i]) {
				i = j
				continue
			}
			emit(j)
			i = j
			continue
		}
		i += sz
	}
	emit(len(text))
	return out
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isAbbreviation reports whether the word that ends before is an
// abbreviation or a one-letter initial.
func isAbbreviation(before string) bool {
	k := len(before)
	for k > 0 {
		r, sz := utf8.DecodeLastRuneInString(before[:k])
		if !(unicode.IsLetter(r) || r == '.' || r == '/') {
			break
		}
		k -= sz
	}
	w := before[k:]
	if w == "" {
		return false
	}
	if Abbreviations[normalize.Lower(w)] {
		return true
	}
	// One upper-case letter: an initial ("V. A", "Nguyễn V.").
	r, sz := utf8.DecodeRuneInString(w)
	if sz == len(w) && unicode.IsUpper(r) {
		return true
	}
	return false
}

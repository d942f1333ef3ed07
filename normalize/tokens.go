package normalize

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// The tokenizer: words, digit runs and punctuation, with byte spans.

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// tokenPool holds token buffers between scans: a scan's tokens die with
// it, and clearing a fresh buffer each time costs more than the scan.
var tokenPool = sync.Pool{New: func() any { return new([]Token) }}

// tokenizeInto splits text into words, digit runs and single punctuation
// runes, appending to toks[:0] so a caller can reuse a buffer. ASCII
// bytes take a fast path; the rest is decoded rune by rune.
func tokenizeInto(toks []Token, text string) []Token {
	if need := len(text)/5 + 4; cap(toks) < need {
		toks = make([]Token, 0, need)
	}
	toks = toks[:0]
	space, nl := true, true
	i := 0
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\n':
				space, nl = true, true
				i++
				continue
			case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
				space = true
				i++
				continue
			case c >= '0' && c <= '9':
				j := digitRun(text, i)
				toks = append(toks, Token{kind: tNum, Start: i, End: j, Text: text[i:j], Space: space, nl: nl})
				space, nl = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j, up := wordEnd(text, i)
				toks = append(toks, Token{kind: tWord, Start: i, End: j, Text: text[i:j], Space: space, nl: nl, Lower: lowerIf(text[i:j], up)})
				space, nl = false, false
				i = j
				continue
			default:
				toks = append(toks, Token{kind: tPunct, Start: i, End: i + 1, Text: text[i : i+1], Space: space, nl: nl, Lower: text[i : i+1]})
				space, nl = false, false
				i++
				continue
			}
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff':
			space = true
			i += sz
		case isLetter(r):
			j, up := wordEnd(text, i)
			toks = append(toks, Token{kind: tWord, Start: i, End: j, Text: text[i:j], Space: space, nl: nl, Lower: lowerIf(text[i:j], up)})
			space, nl = false, false
			i = j
		default:
			toks = append(toks, Token{kind: tPunct, Start: i, End: i + sz, Text: text[i : i+sz], Space: space, nl: nl, Lower: text[i : i+sz]})
			space, nl = false, false
			i += sz
		}
	}
	return toks
}

// wordEnd returns the end of the run of letters (and combining marks)
// that starts at i, and whether it holds an upper-case letter.
func wordEnd(text string, i int) (end int, upper bool) {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' {
				i++
				continue
			}
			if c >= 'A' && c <= 'Z' {
				upper = true
				i++
				continue
			}
			return i, upper
		}
		// Fast paths for the two blocks most Vietnamese letters are in:
		// U+00C0–U+00FF (lead byte C3) and U+1EA0–U+1EFF (E1 BA, E1 BB).
		if c == 0xC3 && i+1 < len(text) {
			d := text[i+1]
			if d == 0x97 || d == 0xB7 { // × and ÷
				return i, upper
			}
			if d < 0x9F {
				upper = true
			}
			i += 2
			continue
		}
		if c == 0xE1 && i+2 < len(text) && (text[i+1] == 0xBA && text[i+2] >= 0xA0 || text[i+1] == 0xBB) {
			if text[i+2]%2 == 0 { // upper case letters have even code points here
				upper = true
			}
			i += 3
			continue
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i, upper
		}
		if !upper && isUpper(r) {
			upper = true
		}
		i += sz
	}
	return i, upper
}

// isLetter is unicode.IsLetter or a combining mark, with a fast path for
// the blocks Vietnamese is written in.
func isLetter(r rune) bool {
	switch {
	case r >= 0xC0 && r <= 0x24F:
		return r != 0xD7 && r != 0xF7
	case r >= 0x1E00 && r <= 0x1EFF, r >= 0x300 && r <= 0x36F:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// isUpper is unicode.IsUpper with a fast path for Vietnamese letters.
func isUpper(r rune) bool {
	switch {
	case r >= 0x1EA0 && r <= 0x1EF9:
		return r%2 == 0
	case r >= 0xC0 && r <= 0xDE:
		return r != 0xD7
	case r >= 0xDF && r <= 0xFF:
		return false
	case r == 0x1AF || r == 0x1A0:
		return true
	case r == 0x1B0 || r == 0x1A1:
		return false
	case r >= 0x100 && r <= 0x17F:
		return unicode.IsUpper(r)
	}
	return unicode.IsUpper(r)
}

// lowerIf lowers w when wordEnd saw an upper-case letter in it.
func lowerIf(w string, upper bool) string {
	if upper {
		return lower(w)
	}
	return w
}

// Lower is strings.ToLower, and s itself when no letter of s has another
// lower case: so are most words and units of a news text, which
// strings.ToLower would map rune by rune to learn it.
func Lower(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return lower(s)
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r >= 0x1EA0 && r <= 0x1EF9:
			if r%2 == 0 {
				return lower(s)
			}
		case r >= 0xDF && r <= 0xFF:
		case r == utf8.RuneError && n == 1, unicode.ToLower(r) != r:
			// strings.ToLower writes an invalid byte as U+FFFD.
			return lower(s)
		}
		i += n
	}
	return s
}

// lower is strings.ToLower with fast paths for the letters Vietnamese
// words are made of: strings.ToLower maps any non-ASCII text rune by rune
// through a builder, and a news text has a capital in every name.
func lower(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); {
		c := w[i]
		switch {
		case c < utf8.RuneSelf:
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		case c == 0xC3 && i+1 < len(w) && w[i+1] >= 0x80 && w[i+1] <= 0x9E && w[i+1] != 0x97:
			// À–Þ (U+00C0–U+00DE, not ×) lower to U+00E0–U+00FE.
			b = append(b, c, w[i+1]+0x20)
			i += 2
			continue
		case c == 0xE1 && i+2 < len(w) && (w[i+1] == 0xBA && w[i+2] >= 0xA0 && w[i+2] <= 0xBF || w[i+1] == 0xBB && w[i+2] >= 0x80 && w[i+2] <= 0xB9):
			// Ạ–ỹ (U+1EA0–U+1EF9): capitals are the even code points.
			d := w[i+2]
			if d%2 == 0 {
				d++
			}
			b = append(b, c, w[i+1], d)
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(w[i:])
		if r == utf8.RuneError && n == 1 {
			// strings.ToLower keeps an invalid byte as U+FFFD.
			b = utf8.AppendRune(b, r)
		} else {
			b = utf8.AppendRune(b, unicode.ToLower(r))
		}
		i += n
	}
	return string(b)
}

// Token is a word, a run of digits or one punctuation rune of a text.
// The scanner reads the same tokens its caller gets.
type Token struct {
	Start, End int
	Text       string
	Lower      string // lower case, for words; the rune itself for punctuation
	Space      bool   // white space stands before it
	kind       tokKind
	nl         bool // a line break stands before it
}

// IsWord reports a word of letters; IsNum a run of digits; a token that
// is neither is punctuation.
func (t *Token) IsWord() bool { return t.kind == tWord }

func (t *Token) IsNum() bool { return t.kind == tNum }

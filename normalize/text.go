// Package normalize is the language layer of vnfacts: it reads Vietnamese
// text, numbers and dates. It does no I/O.
package normalize

import (
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"golang.org/x/text/unicode/norm"
)

// Text returns s in NFC with non-breaking and zero-width spaces replaced,
// runs of spaces and tabs collapsed to one space and blank lines collapsed
// to one. It keeps the author's letters: tone placement is not changed.
// Invalid UTF-8 bytes become U+FFFD.
func Text(s string) string {
	if out, ok := spaces(s, true); ok {
		return out
	}
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if !norm.NFC.IsNormalString(s) {
		s = norm.NFC.String(s)
	}
	out, _ := spaces(s, false)
	return out
}

// spaces does Text's work on white space. With check, it gives up (false)
// at the first invalid byte or combining mark, which need the slow path:
// checking as it copies spares the two passes over the whole text that
// almost every article, valid and composed, would pay.
func spaces(s string, check bool) (string, bool) {
	// Byte by byte: the special characters are ASCII white space or start
	// with the lead bytes C2, E2, E3 and EF; every other byte, including
	// the continuation bytes of letters, is copied as it is.
	b := make([]byte, 0, len(s))
	space, newlines := false, 0
	for i := 0; i < len(s); {
		c := s[i]
		sz, kind := 1, 0 // kind: 0 keep, 1 space, 2 newline, 3 drop
		switch c {
		case '\n':
			kind = 2
		case '\r':
			kind = 3
		case ' ', '\t', '\f', '\v':
			kind = 1
		case 0xC2, 0xE2, 0xE3, 0xEF:
			var r rune
			r, sz = utf8.DecodeRuneInString(s[i:])
			switch {
			case check && r == utf8.RuneError && sz == 1:
				return "", false
			case isZeroWidth(r):
				kind = 3
			case r == '\u00a0' || r == '\u202f' || r == '\u2007' || (r >= '\u2000' && r <= '\u200a') || r == '\u3000' || r == '\u2028' || r == '\u2029':
				kind = 1
			}
		}
		switch kind {
		case 1:
			space = true
		case 2:
			newlines++
			space = false
		case 0:
			if newlines > 0 {
				if len(b) > 0 {
					b = append(b, '\n')
					if newlines > 1 {
						b = append(b, '\n')
					}
				}
				newlines = 0
			} else if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			// Copy the run of ordinary bytes at once.
			// A single space between ordinary bytes stays in the run.
			j := i
			if sz > 1 {
				j += sz // a special lead byte that was no space
			}
			for j < len(s) {
				c := s[j]
				if c < utf8.RuneSelf {
					if textSpecial[c] && (c != ' ' || j+1 == len(s) || textSpecial[s[j+1]]) {
						break
					}
					j++
					continue
				}
				if textSpecial[c] && j > i {
					break
				}
				if !check {
					j++
					continue
				}
				// Inline, the letters Vietnamese writes most: two-byte
				// (à, ơ, đ …) and the E1 BA/BB block of toned vowels.
				if c >= 0xC3 && c <= 0xDF && c != 0xCC && c != 0xCD && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
					j += 2
					continue
				}
				if c == 0xE1 && j+2 < len(s) && (s[j+1] == 0xBA || s[j+1] == 0xBB) && s[j+2]&0xC0 == 0x80 {
					j += 3
					continue
				}
				n := validLetter(s[j:])
				if n == 0 {
					return "", false
				}
				j += n
			}
			b = append(b, s[i:j]...)
			sz = j - i
		}
		i += sz
	}
	// b is not used after this: the string takes its bytes instead of a
	// copy of a whole article.
	return unsafe.String(unsafe.SliceData(b), len(b)), true
}

// validLetter returns the length of the valid UTF-8 sequence that starts
// s, or 0 if it is invalid or a combining mark (U+0300 to U+036F, lead
// bytes CC and CD, or the supplement from U+1DC0, E1 B7): text without
// them is already NFC for every letter Vietnamese uses.
func validLetter(s string) int {
	// The two- and three-byte forms, which hold every Vietnamese letter,
	// are checked here; DecodeRuneInString was a third of Text.
	c := s[0]
	switch {
	case c >= 0xC2 && c <= 0xDF && c != 0xCC && c != 0xCD:
		if len(s) > 1 && s[1]&0xC0 == 0x80 {
			return 2
		}
		return 0
	case c >= 0xE1 && c <= 0xEC && c != 0xE1 || c == 0xE1 && len(s) > 1 && s[1] != 0xB7 || c == 0xEE || c == 0xEF:
		if len(s) > 2 && s[1]&0xC0 == 0x80 && s[2]&0xC0 == 0x80 {
			return 3
		}
		return 0
	case c == 0xCC || c == 0xCD || c == 0xE1:
		return 0
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n == 1 {
		return 0
	}
	return n
}

// textSpecial marks the bytes Text must look at: ASCII white space and
// the lead bytes of the special spaces.
var textSpecial = func() (t [256]bool) {
	for _, c := range []byte{'\n', '\r', ' ', '\t', '\f', '\v', 0xC2, 0xE2, 0xE3, 0xEF} {
		t[c] = true
	}
	return
}()

// hasCombining reports whether s holds a combining diacritic (U+0300 to
// U+036F, lead bytes CC and CD) or one of the supplement (U+1DC0 on):
// text without them is already NFC for every letter Vietnamese uses, so
// the costly NFC check is skipped.
func hasCombining(s string) bool {
	// Vectorised searches for rare bytes: 0xE1 leads most Vietnamese
	// letters, so the supplement's E1 B7 is found by its second byte,
	// which only "ặ", "ỷ" and "·" share.
	if strings.IndexByte(s, 0xCC) >= 0 || strings.IndexByte(s, 0xCD) >= 0 {
		return true
	}
	for i := 0; ; {
		j := strings.IndexByte(s[i:], 0xB7)
		if j < 0 {
			return false
		}
		i += j + 1
		if i >= 2 && s[i-2] == 0xE1 {
			return true
		}
	}
}

func isZeroWidth(r rune) bool {
	return r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff' || r == '\u00ad'
}

// oldTone maps the "old style" tone placement (hoà, thuỷ, khoẻ) to the new
// style (hòa, thủy, khỏe). NFC keeps both spellings, so comparing them needs
// this fold. Only the vowel pairs oa, oe, uy with the mark on the second
// letter and nothing after them are affected.
var oldTone = func() *strings.Replacer {
	// For each tone: the second vowel with the mark, and the first vowel with it.
	tones := []struct{ a, e, y, o, u string }{
		{"à", "è", "ỳ", "ò", "ù"}, {"á", "é", "ý", "ó", "ú"}, {"ả", "ẻ", "ỷ", "ỏ", "ủ"},
		{"ã", "ẽ", "ỹ", "õ", "ũ"}, {"ạ", "ẹ", "ỵ", "ọ", "ụ"},
	}
	var args []string
	up := strings.ToUpper
	for _, t := range tones {
		// Every case of the pair: "oà", "Oà", "OÀ", "oÀ".
		for _, p := range [][2]string{{"o", t.a}, {"o", t.e}, {"u", t.y}} {
			first := map[string]string{"o": t.o, "u": t.u}[p[0]]
			base := map[string]string{t.a: "a", t.e: "e", t.y: "y"}[p[1]]
			args = append(args,
				p[0]+p[1], first+base,
				up(p[0])+p[1], up(first)+base,
				up(p[0])+up(p[1]), up(first)+up(base),
				p[0]+up(p[1]), first+up(base),
			)
		}
	}
	return strings.NewReplacer(args...)
}()

// FoldTone rewrites old-style tone placement to the new style, word by
// word, so that "hoà" and "hòa", "uỷ" and "ủy" compare equal. A pair is
// moved only at the end of a syllable: "hoàn", "khoẻo" keep their marks
// where the rules of both styles agree.
func FoldTone(s string) string {
	s = norm.NFC.String(s)
	if !strings.ContainsAny(s, "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	start := -1
	flush := func(end int) {
		if start < 0 {
			return
		}
		w := s[start:end]
		if n := utf8.RuneCountInString(w); n >= 2 {
			// Only the last two letters of a syllable move.
			i := len(w)
			_, sz := utf8.DecodeLastRuneInString(w)
			i -= sz
			_, sz2 := utf8.DecodeLastRuneInString(w[:i])
			j := i - sz2
			// "qu" + y keeps the mark on y: quý is not qúy.
			if !(j > 0 && (w[j-1] == 'q' || w[j-1] == 'Q')) {
				w = w[:j] + oldTone.Replace(w[j:])
			}
		}
		b.WriteString(w)
		start = -1
	}
	for i, r := range s {
		if unicode.IsLetter(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
		b.WriteRune(r)
	}
	flush(len(s))
	return b.String()
}

// Key returns the search key of s: lower case, no diacritics, đ folded to
// d, white space collapsed. "Dịch vụ công" and "dich vu cong" share a key,
// and so do "hoà" and "hòa". Keys are for matching only; stored text keeps
// its marks.
func Key(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r = KeyRune(r); r {
		case -1:
			continue
		case ' ':
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// KeyRune is Key for one rune: r folded, ' ' for white space, or -1 for a
// rune Key drops (a combining mark, a zero-width character).
func KeyRune(r rune) rune {
	if r < utf8.RuneSelf {
		switch {
		case r == ' ' || r == '\n' || r == '\t' || r == '\r':
			return ' '
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		}
		return r
	}
	if k := baseOf(r); k != 0 {
		return k
	}
	if unicode.Is(unicode.Mn, r) || isZeroWidth(r) {
		return -1
	}
	if unicode.IsSpace(r) {
		return ' '
	}
	return unicode.ToLower(r)
}

// baseLatin1 and baseVietnamese map each precomposed Latin letter with
// marks to its lower case base letter (ệ → e, Đ → d), or 0: tables built
// once from the Unicode decompositions of the two blocks Vietnamese uses,
// indexed by the rune's offset in its block.
var baseLatin1, baseVietnamese = func() (lo [0x250 - 0xC0]byte, hi [0x100]byte) {
	base := func(r rune) byte {
		if r == 'đ' || r == 'Đ' {
			return 'd'
		}
		d := []rune(norm.NFD.String(string(r)))
		if len(d) > 1 && d[0] < utf8.RuneSelf {
			return byte(unicode.ToLower(d[0]))
		}
		return 0
	}
	for i := range lo {
		lo[i] = base(rune(0xC0 + i))
	}
	for i := range hi {
		hi[i] = base(rune(0x1E00 + i))
	}
	return
}()

// baseOf returns the base letter of r, or 0 when r is not a Latin letter
// with marks.
func baseOf(r rune) rune {
	switch {
	case r >= 0xC0 && r < 0x250:
		return rune(baseLatin1[r-0xC0])
	case r >= 0x1E00 && r < 0x1F00:
		return rune(baseVietnamese[r-0x1E00])
	}
	return 0
}

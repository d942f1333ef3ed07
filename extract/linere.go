package extract

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"unicode"
	"unicode/utf8"
)

// lineRe is a regexp anchored at the start of a line, with the short
// literal beginnings a match must start with, worked out from the
// pattern. Most lines begin with none of them and never reach the regexp
// engine: a call of the engine costs as much as reading a few hundred
// bytes, and the cleaner asks a dozen patterns about every line. The first
// letter alone was not enough: "Giá", "Theo" and "Đây" begin prose as
// often as "Giấy phép", "Theo dõi" and "Địa chỉ" begin boilerplate.
type lineRe struct {
	*regexp.Regexp
	prefixes [][]rune  // case-folded; nil: no filter
	firsts   []rune    // their first runes, to turn most lines away at one
	ascii    [2]uint64 // the ASCII bytes whose fold is one of firsts
}

// prefixRunes is how many runes of a line the filter looks at.
const prefixRunes = 4

func mustLineRe(expr string) lineRe {
	re := regexp.MustCompile(expr)
	l := lineRe{Regexp: re}
	if t, err := syntax.Parse(expr, syntax.Perl); err == nil {
		t = t.Simplify()
		set, _ := literalPrefixes(t)
		if slices.ContainsFunc(set, func(p []rune) bool { return len(p) == 0 }) {
			// No beginning is sure, but the first rune may be: "(?:Ngày\s+)?\d".
			set = nil
			if firsts, empty, ok := firstRunes(t); ok && !empty {
				for _, r := range firsts {
					set = append(set, []rune{r})
				}
			}
		}
		if anchoredAtStart(t) && len(set) > 0 {
			for _, p := range set {
				if !slices.ContainsFunc(l.prefixes, func(q []rune) bool { return slices.Equal(p, q) }) {
					l.prefixes = append(l.prefixes, p)
				}
				if !slices.Contains(l.firsts, p[0]) {
					l.firsts = append(l.firsts, p[0])
				}
			}
		}
	}
	for c := range utf8.RuneSelf {
		if slices.Contains(l.firsts, foldRune(rune(c))) {
			l.ascii[c/64] |= 1 << (c % 64)
		}
	}
	return l
}

// mayMatch reports whether a match of l can begin at the start of s.
func (l lineRe) mayMatch(s string) bool {
	if l.prefixes == nil {
		return true
	}
	if s == "" {
		return false
	}
	if c := s[0]; c < utf8.RuneSelf && l.ascii[c/64]&(1<<(c%64)) == 0 {
		return false
	}
	r, size := utf8.DecodeRuneInString(s)
	if !slices.Contains(l.firsts, foldRune(r)) {
		return false
	}
	head := [prefixRunes]rune{foldRune(r)}
	n := 1
	for i := size; n < prefixRunes && i < len(s); n++ {
		r, size := utf8.DecodeRuneInString(s[i:])
		head[n] = foldRune(r)
		i += size
	}
	for _, p := range l.prefixes {
		if len(p) <= n && slices.Equal(p, head[:len(p)]) {
			return true
		}
	}
	return false
}

func (l lineRe) MatchString(s string) bool {
	return l.mayMatch(s) && l.Regexp.MatchString(s)
}

func (l lineRe) FindStringSubmatch(s string) []string {
	if !l.mayMatch(s) {
		return nil
	}
	return l.Regexp.FindStringSubmatch(s)
}

func (l lineRe) FindStringSubmatchIndex(s string) []int {
	if !l.mayMatch(s) {
		return nil
	}
	return l.Regexp.FindStringSubmatchIndex(s)
}

func (l lineRe) FindStringIndex(s string) []int {
	if !l.mayMatch(s) {
		return nil
	}
	return l.Regexp.FindStringIndex(s)
}

// foldRune maps r and every rune that (?i) takes for it to one rune, the
// least of its case-folding orbit.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if r < rune(len(foldTable)) {
		return rune(foldTable[r])
	}
	return leastFold(r)
}

func leastFold(r rune) rune {
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	return least
}

// foldTable is leastFold of the runes below U+2000, which hold every
// letter Vietnamese is written in: a line's first runes are folded at
// every line.
var foldTable = func() (t [0x2000]uint16) {
	for r := range t {
		t[r] = uint16(leastFold(rune(r)))
	}
	return
}()

// anchoredAtStart reports whether every match of re begins at the start
// of the text.
func anchoredAtStart(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpBeginText, syntax.OpBeginLine:
		return true
	case syntax.OpCapture:
		return anchoredAtStart(re.Sub[0])
	case syntax.OpConcat:
		return len(re.Sub) > 0 && anchoredAtStart(re.Sub[0])
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			if !anchoredAtStart(sub) {
				return false
			}
		}
		return true
	}
	return false
}

// literalPrefixes returns case-folded beginnings, of at most prefixRunes
// runes, one of which every match of re starts with; whole says every
// match is exactly one of them, so what follows re in a concatenation can
// lengthen them. The empty beginning says nothing can be ruled out.
func literalPrefixes(re *syntax.Regexp) (set [][]rune, whole bool) {
	const maxSet = 64
	none := [][]rune{{}}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine:
		return none, true
	case syntax.OpLiteral:
		p := make([]rune, 0, min(len(re.Rune), prefixRunes))
		for _, r := range re.Rune[:min(len(re.Rune), prefixRunes)] {
			p = append(p, foldRune(r))
		}
		return [][]rune{p}, len(re.Rune) <= prefixRunes
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(set) == 16 {
					return none, false
				}
				if f := foldRune(r); !slices.ContainsFunc(set, func(p []rune) bool { return p[0] == f }) {
					set = append(set, []rune{f})
				}
			}
		}
		return set, true
	case syntax.OpCapture:
		return literalPrefixes(re.Sub[0])
	case syntax.OpPlus, syntax.OpRepeat:
		if re.Op == syntax.OpRepeat && re.Min == 0 {
			return none, false
		}
		set, _ = literalPrefixes(re.Sub[0])
		return set, false
	case syntax.OpQuest:
		set, whole = literalPrefixes(re.Sub[0])
		return append(set, []rune{}), whole
	case syntax.OpAlternate:
		whole = true
		for _, sub := range re.Sub {
			s, w := literalPrefixes(sub)
			set, whole = append(set, s...), whole && w
		}
		if len(set) > maxSet {
			return none, false
		}
		return set, whole
	case syntax.OpConcat:
		set, whole = none, true
		for _, sub := range re.Sub {
			s, w := literalPrefixes(sub)
			var next [][]rune
			for _, a := range set {
				for _, b := range s {
					p := append(slices.Clip(a), b...)
					if len(p) > prefixRunes {
						p, w = p[:prefixRunes], false
					}
					next = append(next, p)
				}
			}
			if len(next) > maxSet {
				return set, false
			}
			set = next
			if !w {
				return set, false
			}
		}
		return set, whole
	}
	return none, false
}

// firstRunes returns the case-folded runes that a match of re can begin
// with; empty says it can match the empty string, and !ok that the runes
// are too many to list or unknown.
func firstRunes(re *syntax.Regexp) (set []rune, empty, ok bool) {
	const maxSet = 32
	add := func(rs ...rune) bool {
		for _, r := range rs {
			if f := foldRune(r); !slices.Contains(set, f) {
				set = append(set, f)
			}
		}
		return len(set) <= maxSet
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpBeginLine:
		return nil, true, true
	case syntax.OpLiteral:
		if len(re.Rune) == 0 {
			return nil, true, true
		}
		return []rune{foldRune(re.Rune[0])}, false, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] >= maxSet {
				return nil, false, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if !add(r) {
					return nil, false, false
				}
			}
		}
		return set, false, true
	case syntax.OpCapture:
		return firstRunes(re.Sub[0])
	case syntax.OpQuest, syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		set, empty, ok = firstRunes(re.Sub[0])
		return set, empty || re.Op == syntax.OpQuest || re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0, ok
	case syntax.OpAlternate:
		for _, sub := range re.Sub {
			s, e, k := firstRunes(sub)
			if !k || !add(s...) {
				return nil, false, false
			}
			empty = empty || e
		}
		return set, empty, true
	case syntax.OpConcat:
		for _, sub := range re.Sub {
			s, e, k := firstRunes(sub)
			if !k || !add(s...) {
				return nil, false, false
			}
			if !e {
				return set, false, true
			}
		}
		return set, true, true
	}
	return nil, false, false
}

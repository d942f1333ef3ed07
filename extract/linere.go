package extract

import (
	"regexp"
	"regexp/syntax"
	"unicode"
	"unicode/utf8"
)

// lineRe is a regexp anchored at the start of a line, with the set of
// runes a match can begin with, worked out from the pattern. Most lines
// begin with none of them and never reach the regexp engine, which was a
// fifth of the cost of cleaning a text scrape.
type lineRe struct {
	*regexp.Regexp
	first []rune // sorted pairs of inclusive ranges; nil: any rune
}

func mustLineRe(expr string) lineRe {
	re := regexp.MustCompile(expr)
	l := lineRe{Regexp: re}
	if t, err := syntax.Parse(expr, syntax.Perl); err == nil {
		if ranges, ok := firstRunes(t.Simplify()); ok {
			l.first = ranges
		}
	}
	return l
}

// mayMatch reports whether a match of l can begin at the start of s.
func (l lineRe) mayMatch(s string) bool {
	if l.first == nil {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s)
	for i := 0; i+1 < len(l.first); i += 2 {
		if r >= l.first[i] && r <= l.first[i+1] {
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

func (l lineRe) FindStringIndex(s string) []int {
	if !l.mayMatch(s) {
		return nil
	}
	return l.Regexp.FindStringIndex(s)
}

// firstRunes returns the runes a match of an anchored pattern can start
// with, as ranges; ok is false when the pattern is not anchored at the
// start or can match the empty string, and then nothing can be ruled out.
func firstRunes(re *syntax.Regexp) (ranges []rune, ok bool) {
	anchored := false
	var walk func(re *syntax.Regexp) ([]rune, bool)
	walk = func(re *syntax.Regexp) ([]rune, bool) {
		switch re.Op {
		case syntax.OpLiteral:
			r := re.Rune[0]
			out := []rune{r, r}
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					out = append(out, f, f)
				}
			}
			return out, true
		case syntax.OpCharClass:
			return append([]rune(nil), re.Rune...), true
		case syntax.OpCapture, syntax.OpPlus:
			return walk(re.Sub[0])
		case syntax.OpRepeat:
			if re.Min == 0 {
				return nil, false
			}
			return walk(re.Sub[0])
		case syntax.OpAlternate:
			var out []rune
			for _, sub := range re.Sub {
				r, ok := walk(sub)
				if !ok {
					return nil, false
				}
				out = append(out, r...)
			}
			return out, true
		case syntax.OpConcat:
			for _, sub := range re.Sub {
				if sub.Op == syntax.OpBeginText || sub.Op == syntax.OpBeginLine {
					anchored = true
					continue
				}
				return walk(sub)
			}
		case syntax.OpBeginText, syntax.OpBeginLine:
			anchored = true
			return nil, false
		}
		return nil, false
	}
	// Each branch of a top-level alternation must carry its own anchor.
	if re.Op == syntax.OpAlternate {
		for _, sub := range re.Sub {
			anchored = false
			if _, ok := walk(sub); !ok || !anchored {
				return nil, false
			}
		}
		anchored = true
	}
	ranges, ok = walk(re)
	return ranges, ok && anchored
}

package normalize

import (
	"unicode"
	"unicode/utf8"
)

// The scanner's readers of codes and phone numbers: digits that are not
// figures.

// code reads identifiers that hold digits: 530/TB-VPCP, 20/2016/NĐ-CP,
// COVID-19, H5N1, 5G. Digits glued to letters are never a figure unless
// the letters are a measure (25km) or an hour (15h30), read elsewhere.
func (s *scanner) code(i int) int {
	prevGlued := false
	if s.attached(i) {
		p := s.tok(i - 1)
		if p.kind == tWord && !lostSpace(s.str(i-1)) {
			prevGlued = true
		}
		if p.kind == tPunct && (p.Lower == "-" || p.Lower == "/" || p.Lower == "+") && s.attached(i-1) && s.tok(i-2).kind == tWord {
			// COVID-19, A/H5N1; but not "tháng 5-2021" where a space
			// stands, nor a verb that ends a phrase: "9 mã tăng/18 mã giảm".
			if w := s.tok(i - 2); w.Lower != "tháng" && w.Lower != "quý" && !(FunctionWords[w.Lower] && s.str(i-2) == w.Lower) {
				prevGlued = true
			}
		}
	}
	// Walk the glued run of digits, letters and joiners.
	j := i + 1
	sawUpperAfterJoin := false
	for j < len(s.toks) && j < i+24 && !s.toks[j].Space {
		tj := s.toks[j]
		if tj.kind == tPunct {
			if !(tj.Lower == "/" || tj.Lower == "-" || tj.Lower == "&" || tj.Lower == ".") || j+1 >= len(s.toks) || s.toks[j+1].Space {
				break
			}
			if s.toks[j+1].kind == tWord && s.toks[j+1].Start < len(s.text) {
				r, _ := utf8.DecodeRuneInString(s.text[s.toks[j+1].Start:])
				if unicode.IsUpper(r) && tj.Lower != "." {
					sawUpperAfterJoin = true
				}
			}
			j++
			continue
		}
		j++
	}
	if prevGlued {
		// A decimal part belongs to the code too: "X1,5" must not leave
		// "5" to be read as a figure.
		if j+1 < len(s.toks) && !s.toks[j].Space && s.toks[j].kind == tPunct && (s.toks[j].Lower == "," || s.toks[j].Lower == ".") &&
			s.toks[j+1].kind == tNum && !s.toks[j+1].Space {
			j += 2
		}
		// Extend back over the glued word(s).
		k := i - 1
		for k > 0 && k > i-24 && !s.toks[k].Space && (s.toks[k-1].kind != tPunct || s.toks[k].kind != tPunct) {
			k--
		}
		if s.toks[k].kind == tPunct {
			k++
		}
		s.emit(Mention{Kind: KindCode}, k, j)
		return j - i
	}
	if sawUpperAfterJoin {
		s.emit(Mention{Kind: KindCode}, i, j)
		return j - i
	}
	// Digits followed directly by letters: 5G, 15h30, 25km, 500đ, 35oC.
	if s.attached(i+1) && s.tok(i+1).kind == tWord {
		w := s.tok(i + 1).Lower
		// "29V-3925", "51F-999.99": a number plate, whatever its letter
		// would measure.
		if l := s.str(i + 1); len(l) <= 2 && l != w && s.punct(i+2, "-") && s.attached(i+2) && s.attached(i+3) && s.tok(i+3).kind == tNum {
			k := i + 4
			for k+1 < len(s.toks) && s.punct(k, ".") && s.attached(k) && s.attached(k+1) && s.toks[k+1].kind == tNum {
				k += 2
			}
			s.emit(Mention{Kind: KindCode}, i, k)
			return k - i
		}
		if s.isMeasure(i+1) || s.degreeAt(i+1) > 0 || Currencies[w] != "" || w == "tr" || w == "trđ" || s.hourMark(i) {
			return 0 // a figure or a time, read by the others
		}
		k := i + 1
		for k < len(s.toks) && !s.toks[k].Space && s.toks[k].kind != tPunct {
			k++
		}
		s.emit(Mention{Kind: KindCode}, i, k)
		return k - i
	}
	return 0
}

// lostSpace reports whether w, a word glued to the digits after it, is a
// Vietnamese word that lost its space when the page was scraped
// ("chế tạotăng1,36%"): lower case with a letter outside ASCII. Codes are
// upper case or plain ASCII (COVID-19, H5N1, iPhone15).
func lostSpace(w string) bool {
	ascii := true
	for _, r := range w {
		if unicode.IsUpper(r) {
			return false
		}
		if r >= utf8.RuneSelf {
			ascii = false
		}
	}
	return !ascii
}

// switchboard reads a 1900 or 1800 number at token i: four more digits,
// or two groups of three, apart by a space, a dot or a dash. It returns 0
// for anything else ("1800 người").
func (s *scanner) switchboard(i int) int {
	var sizes, ends []int // of the digit groups after i, and the token after each
	for j := i + 1; j < len(s.toks) && len(sizes) < 2; {
		p := s.toks[j]
		switch {
		case p.kind == tPunct && (p.Lower == "." || p.Lower == "-") && !p.Space && s.tok(j+1).kind == tNum && !s.tok(j+1).Space:
			j += 2
		case p.kind == tNum && p.Space:
			j++
		default:
			j = len(s.toks) // no more groups
			continue
		}
		g := s.toks[j-1]
		sizes, ends = append(sizes, g.End-g.Start), append(ends, j)
	}
	end := 0
	switch {
	case len(sizes) >= 1 && sizes[0] == 4:
		end = ends[0]
	case len(sizes) == 2 && sizes[0] == 3 && sizes[1] == 3:
		end = ends[1]
	default:
		return 0
	}
	s.emit(Mention{Kind: KindPhone}, i, end)
	return end - i
}

// phone reads telephone numbers: 0299 3822598, 04.39985765, 0912.345.678.
func (s *scanner) phone(i int) int {
	t := s.toks[i]
	// Switchboard numbers: 1900 and 1800 (free) and four or six digits
	// more, "1900 1234", "1800.1090", "1900 545 426".
	if w := s.text[t.Start:t.End]; w == "1900" || w == "1800" {
		if n := s.switchboard(i); n > 0 {
			return n
		}
	}
	if s.text[t.Start] != '0' || t.End-t.Start < 2 || t.End-t.Start > 4 && t.End-t.Start < 9 {
		return 0
	}
	digits := t.End - t.Start
	j := i + 1
	for j < len(s.toks) && digits < 11 {
		p := s.toks[j]
		next := s.tok(j + 1)
		if next.kind == tNum && p.kind == tPunct && (p.Lower == "." || p.Lower == "-") && !p.Space && next.End-next.Start >= 2 {
			digits += next.End - next.Start
			j += 2
			continue
		}
		if p.kind == tNum && p.Space && p.End-p.Start >= 3 && !s.isFollowedByUnit(j) {
			digits += p.End - p.Start
			j++
			continue
		}
		break
	}
	if digits < 9 || digits > 11 || j == i+1 && digits < 10 {
		return 0
	}
	s.emit(Mention{Kind: KindPhone}, i, j)
	return j - i
}

package normalize

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Kind is what a mention is.
type Kind string

// The kinds of mention the scanner reports. Number, Percent, Money and
// Ratio can be figures; the others are read so that they are not mistaken
// for figures.
const (
	KindNumber   Kind = "number"
	KindPercent  Kind = "percent"
	KindMoney    Kind = "money"
	KindRatio    Kind = "ratio"
	KindDate     Kind = "date"
	KindTime     Kind = "time"
	KindDateTime Kind = "datetime"
	KindPeriod   Kind = "period"   // 2022-2025, giai đoạn of years
	KindDuration Kind = "duration" // 6 tháng
	KindOrdinal  Kind = "ordinal"  // thứ 3
	KindLabel    Kind = "label"    // Đề án 06, mức độ 3
	KindCode     Kind = "code"     // 530/TB-VPCP, COVID-19
	KindPhone    Kind = "phone"
	KindAge      Kind = "age"      // 63 tuổi
	KindMultiple Kind = "multiple" // gấp 2,46 lần
	KindScore    Kind = "score"    // tỷ số 3-1
)

// Mention is one thing the scanner read, with its byte span in the text.
type Mention struct {
	Kind        Kind
	Start, End  int
	Text        string
	Value       float64 // the number, the low end of a range, a ratio's numerator
	Max         float64 // the high end of a range; 0 when not a range
	Denominator float64 // ratios only
	Unit        string  // currency code for money, a measure written next to the digits
	Per         string  // "năm" in "3.500 tỷ đồng/năm"
	Date        string  // ISO value of dates, times and durations
	Words       bool    // written in words ("hai mươi lăm")
	Scaled      bool    // carries a scale word (triệu, tỷ, nghìn)
	Plain       bool    // digits only, no separator, no scale: 2022, 06
}

// IsRange reports whether m is a range "5-7 triệu".
func (m Mention) IsRange() bool { return m.Max != 0 }

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

type token struct {
	kind       tokKind
	start, end int
	space      bool // white space before the token
	nl         bool // a line break before the token
	low        string
}

// tokenize splits text into words, digit runs and single punctuation runes.
// ASCII bytes take a fast path; the rest is decoded rune by rune.
func tokenize(text string) []token {
	toks := make([]token, 0, len(text)/5+4)
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
				toks = append(toks, token{kind: tNum, start: i, end: j, space: space, nl: nl})
				space, nl = false, false
				i = j
				continue
			case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
				j := wordEnd(text, i)
				toks = append(toks, token{kind: tWord, start: i, end: j, space: space, nl: nl, low: lower(text[i:j])})
				space, nl = false, false
				i = j
				continue
			default:
				toks = append(toks, token{kind: tPunct, start: i, end: i + 1, space: space, nl: nl, low: text[i : i+1]})
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
			j := wordEnd(text, i)
			toks = append(toks, token{kind: tWord, start: i, end: j, space: space, nl: nl, low: lower(text[i:j])})
			space, nl = false, false
			i = j
		default:
			toks = append(toks, token{kind: tPunct, start: i, end: i + sz, space: space, nl: nl, low: text[i : i+sz]})
			space, nl = false, false
			i += sz
		}
	}
	return toks
}

// wordEnd returns the end of the run of letters (and combining marks)
// that starts at i.
func wordEnd(text string, i int) int {
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				i++
				continue
			}
			return i
		}
		r, sz := utf8.DecodeRuneInString(text[i:])
		if !isLetter(r) {
			return i
		}
		i += sz
	}
	return i
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

// lower is strings.ToLower with a fast path for words already in lower
// case, the common case in prose.
func lower(w string) string {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if c >= 'A' && c <= 'Z' {
				return strings.ToLower(w)
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(w[i:])
		if isUpper(r) {
			return strings.ToLower(w)
		}
		i += sz
	}
	return w
}

// scanner walks the tokens of one text.
type scanner struct {
	text string
	toks []token
	ref  time.Time
	out  []Mention
}

// Scan returns every mention in text, in order, with byte spans into text.
// Dates without a year are resolved against ref (the article's date).
// Scan never fails: what it cannot read is left out.
func Scan(text string, ref time.Time) []Mention {
	ms, _ := scanAll(text, ref)
	return ms
}

func scanAll(text string, ref time.Time) ([]Mention, *scanner) {
	if ref.IsZero() {
		ref = time.Now().In(Location)
	}
	s := &scanner{text: text, toks: tokenize(text), ref: ref}
	for i := 0; i < len(s.toks); {
		n := s.at(i)
		if n <= 0 {
			n = 1
		}
		i += n
	}
	return s.out, s
}

// emit records a mention over tokens [from, to). Mentions never overlap:
// one that would start inside the previous one is dropped.
func (s *scanner) emit(m Mention, from, to int) {
	m.Start = s.toks[from].start
	m.End = s.toks[to-1].end
	if n := len(s.out); n > 0 && m.Start < s.out[n-1].End {
		return
	}
	m.Text = s.text[m.Start:m.End]
	s.out = append(s.out, m)
}

func (s *scanner) tok(i int) token {
	if i < 0 || i >= len(s.toks) {
		return token{kind: tPunct, start: len(s.text), end: len(s.text), space: true}
	}
	return s.toks[i]
}

func (s *scanner) str(i int) string { t := s.tok(i); return s.text[t.start:t.end] }

// word reports whether token i is the word w (lower case).
func (s *scanner) word(i int, w string) bool {
	t := s.tok(i)
	return i >= 0 && i < len(s.toks) && t.kind == tWord && t.low == w
}

// words reports whether tokens from i spell the words of phrase.
func (s *scanner) words(i int, phrase string) bool {
	for phrase != "" {
		w, rest, _ := strings.Cut(phrase, " ")
		if !s.word(i, w) {
			return false
		}
		i++
		phrase = rest
	}
	return true
}

func (s *scanner) punct(i int, p string) bool {
	t := s.tok(i)
	return i >= 0 && i < len(s.toks) && t.kind == tPunct && t.low == p
}

// attached reports whether token i touches the token before it.
func (s *scanner) attached(i int) bool { return i < len(s.toks) && i > 0 && !s.toks[i].space }

func (s *scanner) num(i int) (int, bool) {
	t := s.tok(i)
	if i < 0 || i >= len(s.toks) || t.kind != tNum || t.end-t.start > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s.text[t.start:t.end])
	return n, err == nil
}

// at tries every reading at token i and returns how many tokens it used.
func (s *scanner) at(i int) int {
	t := s.toks[i]
	if t.kind == tWord {
		return s.atWord(i)
	}
	if t.kind != tNum {
		return 1
	}
	if n := s.code(i); n > 0 {
		return n
	}
	if n := s.phone(i); n > 0 {
		return n
	}
	if n := s.dateDigits(i); n > 0 {
		return n
	}
	if n := s.clock(i); n > 0 {
		return n
	}
	return s.figure(i, i)
}

// code reads identifiers that hold digits: 530/TB-VPCP, 20/2016/NĐ-CP,
// COVID-19, H5N1, 5G. Digits glued to letters are never a figure unless
// the letters are a measure (25km) or an hour (15h30), read elsewhere.
func (s *scanner) code(i int) int {
	prevGlued := false
	if s.attached(i) {
		p := s.tok(i - 1)
		if p.kind == tWord {
			prevGlued = true
		}
		if p.kind == tPunct && (p.low == "-" || p.low == "/" || p.low == "+") && s.attached(i-1) && s.tok(i-2).kind == tWord {
			// COVID-19, A/H5N1; but not "tháng 5-2021" where a space stands.
			if s.tok(i-2).low != "tháng" && s.tok(i-2).low != "quý" {
				prevGlued = true
			}
		}
	}
	// Walk the glued run of digits, letters and joiners.
	j := i + 1
	sawUpperAfterJoin := false
	for j < len(s.toks) && j < i+24 && !s.toks[j].space {
		tj := s.toks[j]
		if tj.kind == tPunct {
			if !(tj.low == "/" || tj.low == "-" || tj.low == "&" || tj.low == ".") || j+1 >= len(s.toks) || s.toks[j+1].space {
				break
			}
			if s.toks[j+1].kind == tWord && s.toks[j+1].start < len(s.text) {
				r, _ := utf8.DecodeRuneInString(s.text[s.toks[j+1].start:])
				if unicode.IsUpper(r) && tj.low != "." {
					sawUpperAfterJoin = true
				}
			}
			j++
			continue
		}
		j++
	}
	run := s.text[s.toks[i].start:s.tok(j-1).end]
	if prevGlued {
		// Extend back over the glued word(s).
		k := i - 1
		for k > 0 && k > i-24 && !s.toks[k].space && (s.toks[k-1].kind != tPunct || s.toks[k].kind != tPunct) {
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
	// Digits followed directly by letters: 5G, 15h30, 25km, 500đ.
	if s.attached(i+1) && s.tok(i+1).kind == tWord {
		w := s.tok(i + 1).low
		if MeasureUnits[w] && s.str(i+1) != "G" || Currencies[w] != "" || s.str(i+1) == "h" || s.str(i+1) == "H" || s.str(i+1) == "g" && s.attached(i+2) && s.tok(i+2).kind == tNum {
			return 0 // a figure or a time, read by the others
		}
		_ = run
		k := i + 1
		for k < len(s.toks) && !s.toks[k].space && s.toks[k].kind != tPunct {
			k++
		}
		s.emit(Mention{Kind: KindCode}, i, k)
		return k - i
	}
	return 0
}

// phone reads telephone numbers: 0299 3822598, 04.39985765, 0912.345.678.
func (s *scanner) phone(i int) int {
	t := s.toks[i]
	if s.text[t.start] != '0' || t.end-t.start < 2 || t.end-t.start > 4 && t.end-t.start < 9 {
		return 0
	}
	digits := t.end - t.start
	j := i + 1
	for j < len(s.toks) && digits < 11 {
		p := s.toks[j]
		next := s.tok(j + 1)
		if next.kind == tNum && p.kind == tPunct && (p.low == "." || p.low == "-") && !p.space && next.end-next.start >= 2 {
			digits += next.end - next.start
			j += 2
			continue
		}
		if p.kind == tNum && p.space && p.end-p.start >= 3 && !s.isFollowedByUnit(j) {
			digits += p.end - p.start
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

// isFollowedByUnit reports whether the number at token i is followed by
// a word that could name what is counted.
func (s *scanner) isFollowedByUnit(i int) bool {
	n := s.tok(i + 1)
	if n.kind != tWord || !n.space || IsTitle(s.text[n.start:n.end]) {
		return false
	}
	if NounCompounds[n.low+" "+s.tok(i+2).low] {
		return true
	}
	return !FunctionWords[n.low] && !LeadVerbs[n.low]
}

// dateCue reports whether the words before token i make "9/8" a date.
func (s *scanner) dateCue(i int) bool {
	p := s.tok(i - 1)
	if p.kind == tWord && DateCues[p.low] {
		return true
	}
	if p.kind == tPunct && p.low == "(" {
		// "(23/11)" after "Sáng nay"
		return s.tok(i-2).kind == tWord && DateCues[s.tok(i-2).low]
	}
	if p.kind == tPunct && p.low == "," && s.tok(i-2).kind == tWord {
		// "Thứ ba, 9/8/2022"
		return s.weekdayAt(i-3) > 0 || s.weekdayAt(i-2) > 0
	}
	return false
}

// strongDateCue reports a word that only dates follow: ngày, sáng, hôm.
func (s *scanner) strongDateCue(i int) bool {
	p := s.tok(i - 1)
	if p.kind == tPunct && p.low == "(" {
		p = s.tok(i - 2)
	}
	switch p.low {
	case "ngày", "sáng", "chiều", "trưa", "tối", "đêm", "khuya", "rạng", "hôm", "nay", "mùng", "mồng", "lúc", "hạn":
		return p.kind == tWord
	}
	return false
}

// dateDigits reads dates in digits: 9/8, 9-8, 09/08/2022, 16.11.2021,
// 2022-08-09, and "25 tháng 12 năm 2022".
func (s *scanner) dateDigits(i int) int {
	a, ok := s.num(i)
	if !ok {
		return 0
	}
	// ISO 2022-08-09
	if s.tok(i).end-s.tok(i).start == 4 && s.punct(i+1, "-") && s.attached(i+1) && s.attached(i+2) {
		if m, ok := s.num(i + 2); ok && s.punct(i+3, "-") && s.attached(i+3) && s.attached(i+4) {
			if d, ok := s.num(i + 4); ok && ValidDate(a, m, d) && s.tok(i+2).end-s.tok(i+2).start == 2 {
				return s.withTime(Mention{Kind: KindDate, Date: isoDay(a, m, d)}, i, i+5)
			}
		}
	}
	// 25 tháng 12 [năm 2022]
	if s.word(i+1, "tháng") {
		if m, ok := s.num(i + 2); ok && ValidDate(0, m, a) {
			end := i + 3
			y := NearestYear(m, a, s.ref)
			if s.word(i+3, "năm") {
				if yy, ok := s.num(i + 4); ok && yy >= 1000 && yy < 3000 {
					y, end = yy, i+5
				}
			} else if (s.punct(i+3, "/") || s.punct(i+3, "-")) && s.attached(i+3) {
				if yy, ok := s.num(i + 4); ok && yy >= 1000 && yy < 3000 {
					y, end = yy, i+5
				}
			}
			if ValidDate(y, m, a) {
				return s.withTime(Mention{Kind: KindDate, Date: isoDay(y, m, a)}, i, end)
			}
		}
		return 0
	}
	sep := s.tok(i + 1)
	if sep.kind != tPunct || sep.space || !(sep.low == "/" || sep.low == "-" || sep.low == "." || sep.low == "–") || s.tok(i+2).space {
		return 0
	}
	b, ok := s.num(i + 2)
	if !ok {
		return 0
	}
	// d/m/yyyy or d.m.yyyy
	if s.punct(i+3, sep.low) && s.attached(i+3) && s.attached(i+4) {
		if y, ok := s.num(i + 4); ok {
			yl := s.tok(i+4).end - s.tok(i+4).start
			if yl == 2 {
				y += 2000
			}
			if (yl == 4 || yl == 2) && y >= 1000 && y < 3000 && ValidDate(y, b, a) {
				return s.withTime(Mention{Kind: KindDate, Date: isoDay(y, b, a)}, i, i+5)
			}
		}
		return 0
	}
	bl := s.tok(i+2).end - s.tok(i+2).start
	al := s.tok(i).end - s.tok(i).start
	if sep.low == "." {
		// "2.2" or "20.1" is a date only after a cue; "10.599" is a number.
		if bl == 3 || !s.dateCue(i) || !ValidDate(0, b, a) {
			return 0
		}
		return s.withTime(Mention{Kind: KindDate, Date: isoDay(NearestYear(b, a, s.ref), b, a)}, i, i+3)
	}
	if al > 2 || bl > 2 || !ValidDate(0, b, a) {
		return 0
	}
	// A day and month alone: a date after a cue, or when nothing is counted
	// after it; "21/25 dịch vụ" and "1/8 nhiệm vụ" are ratios.
	if s.isFollowedByUnit(i+2) && !s.strongDateCue(i) {
		return 0 // "có tới 10/11 nhóm": a ratio
	}
	if !s.dateCue(i) {
		if s.isFollowedByUnit(i+2) || s.scaleAt(i+3) > 0 || s.punct(i+3, "%") {
			return 0
		}
		if sep.low == "/" {
			// "đạt 9/9" is a ratio: a bare d/m needs a cue to be a date
			// unless a time or year-less clause follows ("9/8 -").
			return 0
		}
		if sep.low == "-" || sep.low == "–" {
			return 0
		}
	}
	return s.withTime(Mention{Kind: KindDate, Date: isoDay(NearestYear(b, a, s.ref), b, a)}, i, i+3)
}

// withTime extends a date at [from,to) with a following clock time
// ("9/8/2022 - 10:15", "9/8/2022 10:15") into a datetime.
func (s *scanner) withTime(m Mention, from, to int) int {
	j := to
	if s.punct(j, "-") || s.punct(j, ",") || s.punct(j, "|") {
		j++
	}
	if h, ok := s.num(j); ok && s.punct(j+1, ":") && s.attached(j+1) && s.attached(j+2) {
		if mi, ok := s.num(j + 2); ok && h < 24 && mi < 60 {
			m.Kind = KindDateTime
			m.Date += "T" + isoTime(h, mi)
			s.emit(m, from, j+3)
			return j + 3 - from
		}
	}
	s.emit(m, from, to)
	return to - from
}

// clock reads times of day: 10:15, 15h30, 6h, 15 giờ 30, 3 giờ rưỡi chiều,
// 11 giờ kém 15. "N giờ" with nothing to make it a time is a duration.
func (s *scanner) clock(i int) int {
	h, ok := s.num(i)
	if !ok || h > 24 {
		return 0
	}
	mi, end := 0, 0
	switch {
	case s.punct(i+1, ":") && s.attached(i+1) && s.attached(i+2):
		m, ok := s.num(i + 2)
		if !ok || m > 59 {
			return 0
		}
		mi, end = m, i+3
	case s.attached(i+1) && s.tok(i+1).kind == tWord && (s.str(i+1) == "h" || s.str(i+1) == "H" || s.str(i+1) == "g" && s.attached(i+2) && s.tok(i+2).kind == tNum):
		end = i + 2
		if m, ok := s.num(i + 2); ok && s.attached(i+2) && m < 60 {
			mi, end = m, i+3
		}
	case s.word(i+1, "giờ"):
		end = i + 2
		isTime := s.word(i-1, "lúc") || s.word(i-1, "vào") || s.word(i-1, "đến") || s.word(i-1, "từ") || s.word(i-1, "tới")
		if m, ok := s.num(i + 2); ok && m < 60 && (!s.isFollowedByUnit(i+2) || s.word(i+3, "phút")) {
			mi, end, isTime = m, i+3, true
			if s.word(end, "phút") {
				end++
			}
		} else if s.word(i+2, "rưỡi") {
			mi, end, isTime = 30, i+3, true
		} else if s.word(i+2, "kém") {
			if m, ok := s.num(i + 3); ok && m < 60 {
				h, mi, end, isTime = (h+23)%24, 60-m, i+4, true
				if s.word(end, "phút") {
					end++
				}
			}
		}
		switch {
		case s.word(end, "sáng"), s.word(end, "trưa") && h < 3:
			isTime = true
			end++
		case s.word(end, "chiều"), s.word(end, "tối"), s.word(end, "đêm") && h >= 7:
			isTime = true
			if h < 12 {
				h += 12
			}
			end++
		case s.word(end, "trưa"):
			isTime = true
			end++
		case s.word(end, "ngày") || s.word(end, "hôm") || s.punct(end, ","):
			isTime = true
		}
		if !isTime {
			return 0
		}
	default:
		return 0
	}
	if h == 24 {
		h = 0
	}
	// A date right after a time: "6h ngày 26/6/2022" keeps both mentions.
	s.emit(Mention{Kind: KindTime, Date: isoTime(h, mi)}, i, end)
	return end - i
}

// scaleAt reads scale words from token i ("triệu", "nghìn tỷ", "trăm
// nghìn") and returns how many tokens they use; 0 if none.
func (s *scanner) scaleAt(i int) int {
	n := 0
	for {
		t := s.tok(i + n)
		if t.kind != tWord || scales[t.low] == 0 || i+n >= len(s.toks) {
			break
		}
		n++
	}
	return n
}

func (s *scanner) scaleValue(i, n int) float64 {
	v := 1.0
	for k := 0; k < n; k++ {
		v *= scales[s.tok(i+k).low]
	}
	return v
}

// number reads one number at token i: digits with separators or words,
// then scale words. It returns the value, the tokens used and whether the
// number carried a scale.
func (s *scanner) number(i int) (v float64, n int, scaled, words bool, ok bool) {
	t := s.tok(i)
	switch t.kind {
	case tNum:
		raw := s.text[t.start:]
		// Only the glued run of digits and separators belongs to the number.
		// A number is at most a few dozen bytes: looking further would
		// make "1.000.1.000.…" quadratic.
		lim := t.end
		for k := i + 1; k < len(s.toks) && k < i+16 && !s.toks[k].space && (s.toks[k].kind == tNum || s.toks[k].low == "." || s.toks[k].low == ","); k++ {
			lim = s.toks[k].end
		}
		val, used, err := ParseNumber(raw[:lim-t.start])
		if err != nil {
			return 0, 0, false, false, false
		}
		end := t.start + used
		for n = 0; i+n < len(s.toks) && s.toks[i+n].end <= end; n++ {
		}
		v = val
	case tWord:
		var ws []string
		for k := i; k < len(s.toks) && k < i+12 && s.toks[k].kind == tWord; k++ {
			ws = append(ws, s.toks[k].low)
		}
		val, used, err := ParseWords(ws)
		if err != nil || used == 0 {
			return 0, 0, false, false, false
		}
		// Words make a figure only when unmistakable: "hai mươi lăm",
		// "bốn triệu". A lone "một" or "năm" is an article or a year.
		hasScale := false
		for _, w := range ws[:used] {
			if scales[w] > 0 || w == "mươi" || w == "mười" {
				hasScale = true
			}
		}
		if !hasScale {
			return 0, 0, false, false, false
		}
		v, n, words = val, used, true
		if scales[ws[used-1]] >= 1000 || ws[used-1] == "rưỡi" {
			scaled = true
		}
		return v, n, scaled, words, true
	default:
		return 0, 0, false, false, false
	}
	if k := s.scaleAt(i + n); k > 0 {
		v *= s.scaleValue(i+n, k)
		n += k
		scaled = true
		last := scales[s.tok(i+n-1).low]
		if s.word(i+n, "rưỡi") {
			v += last / 2
			n++
		} else if p := s.tok(i + n); p.kind == tNum {
			// "3 tỷ 500 triệu": a smaller part after a larger scale. The
			// part is read without recursion, so "1 triệu 1 triệu …" stays
			// linear.
			if w, used, err := ParseNumber(s.text[p.start:min(len(s.text), p.start+32)]); err == nil {
				j := i + n
				for j < len(s.toks) && s.toks[j].end <= p.start+used {
					j++
				}
				if k2 := s.scaleAt(j); k2 == 1 {
					part := scales[s.tok(j).low]
					if part < last && w*part < last {
						v += w * part
						n = j + 1 - i
					}
				}
			}
		}
	}
	return v, n, scaled, words, true
}

// figure reads the number at token i as a figure (number, percent, money,
// ratio, range) or as one of the things that are not figures (year,
// period, duration, age, multiple, ordinal, label). from is the first
// token of the mention (a "từ" before a range).
func (s *scanner) figure(i, from int) int {
	v, n, scaled, words, ok := s.number(i)
	if !ok || n == 0 {
		return 1
	}
	t := s.tok(i)
	plain := t.kind == tNum && n == 1
	m := Mention{Kind: KindNumber, Value: v, Words: words, Scaled: scaled, Plain: plain}
	end := i + n
	// A "." or "," glued to the digits that the number did not take
	// ("4.0", "3,4" kept by ParseNumber) means a version or code.
	if t.kind == tNum && (s.punct(end, ".") || s.punct(end, ",")) && s.attached(end) && s.tok(end+1).kind == tNum && s.attached(end+1) {
		e := end + 2
		s.emit(Mention{Kind: KindCode}, i, e)
		return e - i
	}
	// Ordinals and labels look at the word before.
	if s.word(from-1, "thứ") && !scaled {
		// "thứ 46/132": a rank out of a field.
		end = s.outOf(end)
		s.emit(Mention{Kind: KindOrdinal, Value: v}, from-1, end)
		return end - from + 1
	}
	// Scores: "tỷ số 3-1", "thắng 2-0".
	if plain && (s.punct(end, "-") || s.punct(end, "–")) && s.tok(end+1).kind == tNum && s.isScoreCue(from-1) {
		s.emit(Mention{Kind: KindScore, Value: v}, from, end+2)
		return end + 2 - from
	}
	// Range: 5-7 triệu, 15-25%, 2022-2025, từ 5 đến 7 triệu.
	if r := s.rangeAt(i, end, from, m); r > 0 {
		return r
	}
	if isYear(v, t, plain) && (s.word(from-1, "năm") || s.word(from-1, "kỳ")) {
		s.emit(Mention{Kind: KindDate, Date: isoYear(int(v)), Value: v}, from, end)
		return end - from
	}
	if (plain || !scaled && s.labelWordBefore(from)) && s.isLabel(from, end) && !s.punct(end, "%") && !s.words(end, "phần trăm") && !s.isCurrency(end) {
		if s.word(from-1, "hạng") || s.word(from-1, "top") {
			end = s.outOf(end)
		}
		s.emit(Mention{Kind: KindLabel, Value: v}, from, end)
		return end - from
	}
	if isYear(v, t, plain) && !s.isFollowedByUnit(end-1) || isYear(v, t, plain) && (s.word(from-1, "năm") || s.word(from-1, "kỳ")) {
		s.emit(Mention{Kind: KindDate, Date: isoYear(int(v)), Value: v}, from, end)
		return end - from
	}
	// Ratio: 21/25, 4.561/5.650, 21 trên 25, 21 trong số 25.
	if !scaled {
		j := -1
		switch {
		case s.punct(end, "/") && s.tok(end+1).kind == tNum && (!s.tok(end).space || !s.tok(end+1).space):
			j = end + 1
		case s.word(end, "trên") && s.tok(end+1).kind == tNum:
			j = end + 1
		case s.words(end, "trong số") && s.tok(end+2).kind == tNum:
			j = end + 2
		case s.words(end, "trong tổng số") && s.tok(end+3).kind == tNum:
			j = end + 3
		}
		if j > 0 {
			if d, dn, dscaled, _, ok := s.number(j); ok && !dscaled && d > 0 && !s.punct(j+dn, "/") {
				m.Kind, m.Denominator = KindRatio, d
				s.emit(m, from, j+dn)
				return j + dn - from
			}
		}
	}
	return s.finish(m, from, end)
}

// outOf extends a rank over "/132" right after it.
func (s *scanner) outOf(end int) int {
	if s.punct(end, "/") && s.attached(end) && s.tok(end+1).kind == tNum && s.attached(end+1) {
		return end + 2
	}
	return end
}

// finish decides what a number at [from,end) is from the words after it.
func (s *scanner) finish(m Mention, from, end int) int {
	// Percent.
	if s.punct(end, "%") {
		m.Kind, m.Unit = KindPercent, "%"
		s.emit(m, from, end+1)
		return end + 1 - from
	}
	if s.words(end, "điểm phần trăm") {
		m.Kind, m.Unit = KindPercent, "%"
		s.emit(m, from, end+3)
		return end + 3 - from
	}
	if s.words(end, "phần trăm") {
		m.Kind, m.Unit = KindPercent, "%"
		s.emit(m, from, end+2)
		return end + 2 - from
	}
	// Money.
	if code, k := s.currencyAt(end); k > 0 {
		m.Kind, m.Unit = KindMoney, code
		e := end + k
		if per, pk := s.perAt(e); pk > 0 {
			m.Per = per
			e += pk
		}
		s.emit(m, from, e)
		return e - from
	}
	w := s.tok(end)
	if w.kind == tWord {
		// Measures glued to the digits: 25km, 3ha.
		if !w.space && MeasureUnits[w.low] && s.str(end) != "G" {
			m.Unit = s.str(end)
			e := end + 1
			if sq := s.str(e); (sq == "2" || sq == "3") && s.attached(e) && (w.low == "m" || w.low == "km" || w.low == "cm" || w.low == "dm" || w.low == "mm") {
				m.Unit += sq
				e++
			}
			if per, pk := s.perAt(e); pk > 0 {
				m.Per = per
				e += pk
			}
			s.emit(m, from, e)
			return e - from
		}
		if w.low == "tuổi" {
			m.Kind = KindAge
			s.emit(m, from, end+1)
			return end + 1 - from
		}
		if w.low == "lần" && !s.word(end+1, "thứ") {
			m.Kind = KindMultiple
			s.emit(m, from, end+1)
			return end + 1 - from
		}
		if d, k := s.durationAt(end, m.Value); k > 0 && !m.Scaled {
			m.Kind, m.Date = KindDuration, d
			s.emit(m, from, end+k)
			return end + k - from
		}
	}
	s.emit(m, from, end)
	return end - from
}

// durationAt reads a time unit after a number: "6 tháng" is P6M,
// "2 tiếng 30 phút" PT2H30M.
func (s *scanner) durationAt(i int, v float64) (string, int) {
	unit, k := "", 0
	for _, two := range []string{"thập kỷ", "thập niên", "thế kỷ"} {
		if s.words(i, two) {
			unit, k = TimeUnits[two], 2
		}
	}
	if k == 0 {
		u, ok := TimeUnits[s.tok(i).low]
		if !ok || s.tok(i).kind != tWord {
			return "", 0
		}
		unit, k = u, 1
	}
	num := strconv.FormatFloat(v, 'f', -1, 64)
	switch unit {
	case "H", "m", "S":
		d := "PT" + num + strings.ToUpper(unit)
		// "2 tiếng 30 phút"
		if unit == "H" {
			if mi, ok := s.num(i + 1); ok && s.word(i+2, "phút") {
				d += strconv.Itoa(mi) + "M"
				k += 2
			}
		}
		return d, k
	case "Q":
		return "P" + strconv.FormatFloat(v*3, 'f', -1, 64) + "M", k
	case "10Y":
		return "P" + strconv.FormatFloat(v*10, 'f', -1, 64) + "Y", k
	case "100Y":
		return "P" + strconv.FormatFloat(v*100, 'f', -1, 64) + "Y", k
	}
	return "P" + num + unit, k
}

// currencyAt reads a currency after a number: "đồng", "USD", "đô la Mỹ".
func (s *scanner) currencyAt(i int) (string, int) {
	t := s.tok(i)
	if t.kind == tPunct && t.low == "₫" {
		return "VND", 1
	}
	if t.kind != tWord {
		return "", 0
	}
	for _, phrase := range []string{"đô la mỹ", "nhân dân tệ", "bảng anh", "đô la"} {
		if s.words(i, phrase) {
			return Currencies[phrase], len(strings.Fields(phrase))
		}
	}
	if s.words(i, "đô") && s.punct(i+1, "-") && s.word(i+2, "la") {
		return "USD", 3
	}
	code := Currencies[t.low]
	if code == "" || t.low == "đô" && !s.attached(i) && !s.isEnd(i+1) {
		return "", 0
	}
	if t.low == "tệ" || t.low == "won" || t.low == "yên" {
		// Bare words that are also ordinary Vietnamese words: only after a scale.
		if s.scaleAt(i-1) == 0 {
			return "", 0
		}
	}
	return code, 1
}

func (s *scanner) isCurrency(i int) bool { _, k := s.currencyAt(i); return k > 0 }

func (s *scanner) isEnd(i int) bool { return s.tok(i).kind != tWord }

// perAt reads "/năm", "/tấn", "/người/tháng" after a figure.
func (s *scanner) perAt(i int) (string, int) {
	var parts []string
	k := 0
	for s.punct(i+k, "/") && s.attached(i+k) && s.tok(i+k+1).kind == tWord && s.attached(i+k+1) {
		parts = append(parts, s.str(i+k+1))
		k += 2
	}
	return strings.Join(parts, "/"), k
}

// isScoreCue reports words before a game score: "tỷ số", "thắng Indonesia".
func (s *scanner) isScoreCue(i int) bool {
	for k := i; k >= 0 && k > i-4; k-- {
		t := s.tok(k)
		if t.kind != tWord {
			return false
		}
		switch t.low {
		case "số":
			if s.word(k-1, "tỷ") || s.word(k-1, "tỉ") {
				return true
			}
		case "thắng", "thua", "hòa", "hoà", "bại", "cách":
			return true
		}
	}
	return false
}

// labelWordBefore reports whether a label word stands before token i.
func (s *scanner) labelWordBefore(i int) bool {
	p := s.tok(i - 1)
	return p.kind == tWord && (LabelWords[p.low] || LabelWords[s.tok(i-2).low+" "+p.low])
}

// isLabel reports whether the plain number at token i names something
// ("Đề án 06", "Phường 3", "mức độ 2") rather than counting it.
func (s *scanner) isLabel(i, end int) bool {
	p := s.tok(i - 1)
	if p.kind != tWord || i == 0 {
		return false
	}
	label := LabelWords[p.low]
	if p2 := s.tok(i - 2); p2.kind == tWord && LabelWords[p2.low+" "+p.low] {
		label = true
	}
	if p2, p3 := s.tok(i-2), s.tok(i-3); p2.kind == tWord && p3.kind == tWord && LabelWords[p3.low+" "+p2.low+" "+p.low] {
		label = true
	}
	if label && p.low == "số" && (s.word(i-2, "trong") || s.word(i-2, "tổng")) {
		label = false // "trong số 22 chỉ tiêu", "tổng số 350.000 giường"
	}
	if NotLabels[s.tok(i-2).low+" "+p.low] {
		return false
	}
	if end-i == 1 && (StrongLabels[p.low] || StrongLabels[s.tok(i-2).low+" "+p.low]) {
		return true
	}
	if label {
		// "Bước 2:", "mức độ 3", "Đề án 06 phường" name; "danh mục 25 thủ
		// tục" counts what follows.
		t := s.tok(i)
		lead0 := s.text[t.start] == '0' && t.end-t.start > 1
		return lead0 || !s.isFollowedByUnit(end-1) || AddressWords[s.tok(end).low]
	}
	// A capitalised name just before a small number: "Đề án 06", "Quận 7".
	// Not at the start of a sentence ("Có 4 chỉ tiêu") and not when the
	// number counts something after it ("Hà Nội 30 ca").
	word := s.str(i - 1)
	if IsTitle(word) || IsAcronym(word) {
		t := s.tok(i)
		lead0 := s.text[t.start] == '0' && t.end-t.start > 1
		if s.tok(i-2).kind == tWord && !p.nl {
			if lead0 || !s.isFollowedByUnit(end-1) {
				return true
			}
		}
	}
	return false
}

func isYear(v float64, t token, plain bool) bool {
	return plain && t.end-t.start == 4 && v >= 1900 && v <= 2100
}

// rangeAt reads "5-7 triệu", "15-25%", "2022-2025" and "từ 5 đến 7 triệu"
// with the first number m at [i,end).
func (s *scanner) rangeAt(i, end, from int, m Mention) int {
	j := -1
	fromTu := from < i && s.word(from, "từ")
	switch {
	case (s.punct(end, "-") || s.punct(end, "–")) && s.tok(end+1).kind == tNum:
		j = end + 1
	case fromTu && (s.word(end, "đến") || s.word(end, "tới")) && s.tok(end+1).kind == tNum:
		j = end + 1
	}
	if j < 0 {
		return 0
	}
	v2, n2, scaled2, _, ok := s.number(j)
	if !ok || n2 == 0 {
		return 0
	}
	t2 := s.tok(j)
	plain2 := n2 == 1
	if isYear(m.Value, s.tok(i), m.Plain) && isYear(v2, t2, plain2) && v2 > m.Value {
		s.emit(Mention{Kind: KindPeriod, Date: isoYear(int(m.Value)) + "/" + isoYear(int(v2)), Value: m.Value, Max: v2}, from, j+n2)
		return j + n2 - from
	}
	if s.word(from-1, "thứ") || s.tok(i).end-s.tok(i).start == 4 && m.Plain {
		return 0
	}
	// The scale of the second end applies to a first end without one.
	if scaled2 && !m.Scaled {
		k := s.scaleAt(j + n2 - 1)
		for k > 0 && j+n2-k >= 0 && scales[s.tok(j+n2-k).low] > 0 {
			k++
		}
		sc := 1.0
		for q := j + 1; q < j+n2; q++ {
			if f := scales[s.tok(q).low]; f > 0 {
				sc *= f
			}
		}
		m.Value *= sc
		m.Scaled = true
	}
	if v2 <= m.Value {
		return 0
	}
	m.Max = v2
	m.Plain = false
	// "từ 10,85% xuống còn" is no range; "15-25%" is.
	if s.punct(end, "%") {
		return 0
	}
	return s.finish(m, from, j+n2)
}

// romanQuarter maps quarter numerals.
var romanQuarter = map[string]int{"i": 1, "ii": 2, "iii": 3, "iv": 4}

// weekdays maps the names of days to time.Weekday.
var weekdays = map[string]time.Weekday{
	"hai": time.Monday, "ba": time.Tuesday, "tư": time.Wednesday, "năm": time.Thursday,
	"sáu": time.Friday, "bảy": time.Saturday, "2": time.Monday, "3": time.Tuesday,
	"4": time.Wednesday, "5": time.Thursday, "6": time.Friday, "7": time.Saturday,
}

// weekdayAt reads "thứ Hai", "thứ 5", "chủ nhật" at i and returns the
// tokens used, 0 if none.
func (s *scanner) weekdayAt(i int) int {
	if s.words(i, "chủ nhật") {
		return 2
	}
	if !s.word(i, "thứ") {
		return 0
	}
	n := s.tok(i + 1)
	key := n.low
	if n.kind == tNum {
		key = s.str(i + 1)
	}
	if _, ok := weekdays[key]; ok {
		return 2
	}
	return 0
}

func (s *scanner) weekdayOf(i int) time.Weekday {
	if s.word(i, "chủ") {
		return time.Sunday
	}
	n := s.tok(i + 1)
	if n.kind == tNum {
		return weekdays[s.str(i+1)]
	}
	return weekdays[n.low]
}

// atWord reads mentions that start with a word: tháng 7/2022, năm 2022,
// quý I/2023, tuần 43, hôm qua, thứ Hai tuần trước, mùng 5, giáng sinh,
// numbers in words, and "từ X đến Y" ranges.
func (s *scanner) atWord(i int) int {
	t := s.toks[i]
	switch t.low {
	case "tháng":
		return s.month(i)
	case "năm":
		if n := s.tok(i + 1); n.kind == tWord && (n.low == "mươi" || n.low == "trăm" || scales[n.low] >= 1000) {
			return s.figure(i, i)
		}
		if y, ok := s.num(i + 1); ok && s.tok(i+1).end-s.tok(i+1).start == 4 && y >= 1000 && y < 3000 {
			s.emit(Mention{Kind: KindDate, Date: isoYear(y), Value: float64(y)}, i, i+2)
			return 2
		}
		return s.relative(i)
	case "quý":
		return s.quarter(i)
	case "tuần":
		if w, ok := s.num(i + 1); ok && w >= 1 && w <= 53 {
			y, end := s.ref.Year(), i+2
			if (s.punct(i+2, "/") || s.punct(i+2, "-")) && s.attached(i+2) {
				if yy, ok := s.num(i + 3); ok && yy >= 1000 {
					y, end = yy, i+4
				}
			} else if s.word(i+2, "năm") {
				if yy, ok := s.num(i + 3); ok && yy >= 1000 {
					y, end = yy, i+4
				}
			}
			s.emit(Mention{Kind: KindDate, Date: isoWeek(y, w)}, i, end)
			return end - i
		}
		return s.relative(i)
	case "ngày":
		if d, ok := s.num(i + 1); ok && d >= 1 && d <= 31 && !s.punct(i+2, "/") && !s.punct(i+2, ".") && !s.punct(i+2, "-") && !s.word(i+2, "tháng") {
			if _, k := s.durationAt(i+2, 0); k > 0 {
				return 1
			}
			if !s.isFollowedByUnit(i+1) || s.word(i+2, "năm") {
				y, m := s.ref.Year(), int(s.ref.Month())
				if ValidDate(y, m, d) {
					s.emit(Mention{Kind: KindDate, Date: isoDay(y, m, d)}, i, i+2)
					return 2
				}
			}
		}
		return s.relative(i)
	case "mùng", "mồng":
		if d, ok := s.num(i + 1); ok && d >= 1 && d <= 31 {
			m := int(s.ref.Month())
			end := i + 2
			y := s.ref.Year()
			if s.word(i+2, "tháng") {
				if mm, ok := s.num(i + 3); ok && mm >= 1 && mm <= 12 {
					m, end = mm, i+4
					y = NearestYear(m, d, s.ref)
				}
			}
			if ValidDate(y, m, d) {
				s.emit(Mention{Kind: KindDate, Date: isoDay(y, m, d)}, i, end)
				return end - i
			}
		}
		return 1
	case "từ":
		if s.tok(i+1).kind == tNum {
			if n := s.rangeFrom(i); n > 0 {
				return n
			}
		}
		return 1
	case "thứ", "chủ":
		if n := s.weekday(i); n > 0 {
			return n
		}
		if t.low == "thứ" {
			// "thứ hai" as an ordinal.
			if _, ok := weekdays[s.tok(i+1).low]; ok && s.tok(i+1).kind == tWord {
				s.emit(Mention{Kind: KindOrdinal, Value: float64(digitWords[s.tok(i+1).low])}, i, i+2)
				return 2
			}
			if s.word(i+1, "nhất") {
				s.emit(Mention{Kind: KindOrdinal, Value: 1}, i, i+2)
				return 2
			}
		}
		return 1
	case "giáng", "noel", "tết":
		return s.festival(i)
	}
	if n := s.relative(i); n > 0 {
		return n
	}
	if _, ok := digitWords[t.low]; ok || t.low == "mười" {
		if _, n, _, _, ok := s.number(i); ok && n > 0 {
			return s.figure(i, i)
		}
	}
	return 1
}

// rangeFrom reads "từ 5 đến 7 triệu người" at the word "từ".
func (s *scanner) rangeFrom(i int) int {
	if s.dateDigitsPeek(i + 1) {
		return 0
	}
	_, n, _, _, ok := s.number(i + 1)
	if !ok || n == 0 {
		return 0
	}
	end := i + 1 + n
	if s.punct(end, "%") && (s.word(end+1, "đến") || s.word(end+1, "tới")) && s.tok(end+2).kind == tNum {
		// "từ 10% đến 15%": both ends written with their sign.
		v1, _, _, _, _ := s.number(i + 1)
		v2, n2, sc2, _, ok := s.number(end + 2)
		if ok && !sc2 && v2 > v1 && s.punct(end+2+n2, "%") {
			s.emit(Mention{Kind: KindPercent, Unit: "%", Value: v1, Max: v2}, i, end+3+n2)
			return end + 3 + n2 - i
		}
		return 0
	}
	if r := s.rangeWithUnits(i, end); r > 0 {
		return r
	}
	if !(s.word(end, "đến") || s.word(end, "tới")) || s.tok(end+1).kind != tNum {
		return 0
	}
	before := len(s.out)
	used := s.figure(i+1, i)
	if len(s.out) > before && s.out[len(s.out)-1].IsRange() {
		return used
	}
	s.out = s.out[:before]
	return 0
}

// rangeWithUnits reads "từ 800.000 đồng đến 1 triệu đồng" and "từ 10
// km/h đến 20 km/h": both ends carry the same currency or word.
func (s *scanner) rangeWithUnits(tu, end int) int {
	v1, _, _, _, _ := s.number(tu + 1)
	k := end
	for k < len(s.toks) && k < end+4 && !s.word(k, "đến") && !s.word(k, "tới") {
		k++
	}
	if k == end || k >= len(s.toks) || k == end+4 || s.tok(k+1).kind != tNum {
		return 0
	}
	unit1 := strings.ToLower(s.text[s.tok(end).start:s.tok(k-1).end])
	v2, n2, _, _, ok := s.number(k + 1)
	if !ok || v2 <= v1 {
		return 0
	}
	e2 := k + 1 + n2
	if code, cn := s.currencyAt(e2); cn > 0 {
		if c1, _ := s.currencyAt(end); c1 != code {
			return 0
		}
		m := Mention{Kind: KindMoney, Unit: code, Value: v1, Max: v2}
		e := e2 + cn
		if per, pk := s.perAt(e); pk > 0 {
			m.Per, e = per, e+pk
		}
		s.emit(m, tu, e)
		return e - tu
	}
	j := e2 + (k - end)
	if j > len(s.toks) || strings.ToLower(s.text[s.tok(e2).start:s.tok(j-1).end]) != unit1 {
		return 0
	}
	s.emit(Mention{Kind: KindNumber, Value: v1, Max: v2, Unit: s.text[s.tok(end).start:s.tok(end).end]}, tu, end+0)
	s.out[len(s.out)-1].End = s.tok(j - 1).end
	s.out[len(s.out)-1].Text = s.text[s.out[len(s.out)-1].Start:s.out[len(s.out)-1].End]
	return j - tu
}

// dateDigitsPeek reports whether a digit date starts at i, without
// emitting it.
func (s *scanner) dateDigitsPeek(i int) bool {
	before := len(s.out)
	n := s.dateDigits(i)
	s.out = s.out[:before]
	return n > 0
}

// month reads "tháng 7", "tháng 01/2022", "tháng 4.2018", "tháng 5-2021",
// "tháng 7 năm 2022", "tháng trước".
func (s *scanner) month(i int) int {
	m, ok := s.num(i + 1)
	if !ok || m < 1 || m > 12 {
		return s.relative(i)
	}
	end := i + 2
	y := 0
	if sep := s.tok(i + 2); sep.kind == tPunct && !sep.space && (sep.low == "/" || sep.low == "." || sep.low == "-") && s.attached(i+3) {
		if yy, ok := s.num(i + 3); ok && s.tok(i+3).end-s.tok(i+3).start == 4 && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		}
	} else if s.word(i+2, "năm") {
		if yy, ok := s.num(i + 3); ok && s.tok(i+3).end-s.tok(i+3).start == 4 && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		} else if s.word(i+3, "nay") {
			y, end = s.ref.Year(), i+4
		} else if s.word(i+3, "ngoái") || s.word(i+3, "trước") {
			y, end = s.ref.Year()-1, i+4
		}
	}
	if y == 0 {
		y = NearestMonthYear(m, s.ref)
	}
	s.emit(Mention{Kind: KindDate, Date: isoMonth(y, m)}, i, end)
	return end - i
}

// quarter reads "quý I/2023", "quý 3", "quý 1-2022", "quý II năm 2023".
func (s *scanner) quarter(i int) int {
	n := s.tok(i + 1)
	q := 0
	if n.kind == tNum {
		q, _ = s.num(i + 1)
	} else if n.kind == tWord {
		q = romanQuarter[n.low]
		if q == 0 {
			q = int(digitWords[n.low])
			if n.low == "năm" || n.low == "không" {
				q = 0
			}
		}
	}
	if q < 1 || q > 4 {
		return 1
	}
	y, end := s.ref.Year(), i+2
	if sep := s.tok(i + 2); sep.kind == tPunct && (sep.low == "/" || sep.low == "-") && s.attached(i+3) {
		if yy, ok := s.num(i + 3); ok && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		}
	} else if s.word(i+2, "năm") {
		if yy, ok := s.num(i + 3); ok && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		} else if s.word(i+3, "nay") {
			end = i + 4
		} else if s.word(i+3, "ngoái") || s.word(i+3, "trước") {
			y, end = y-1, i+4
		}
	}
	s.emit(Mention{Kind: KindDate, Date: isoQuarter(y, q)}, i, end)
	return end - i
}

// relative reads hôm nay, hôm qua, ngày mai, tuần trước, tháng này, năm
// ngoái, nửa đầu năm 2023 against the reference date.
func (s *scanner) relative(i int) int {
	switch s.toks[i].low {
	case "hôm", "ngày", "nửa", "tuần", "tháng", "năm":
	default:
		return 0
	}
	r := s.ref
	day := func(t time.Time, n int) int {
		s.emit(Mention{Kind: KindDate, Date: isoT(t)}, i, i+n)
		return n
	}
	switch {
	case s.words(i, "hôm nay"), s.words(i, "ngày hôm nay"):
		return day(r, len(strings.Fields(s.tok(i).low))+1+boolInt(s.word(i, "ngày")))
	case s.words(i, "hôm qua"):
		return day(r.AddDate(0, 0, -1), 2)
	case s.words(i, "hôm kia"):
		return day(r.AddDate(0, 0, -2), 2)
	case s.words(i, "ngày mai"):
		return day(r.AddDate(0, 0, 1), 2)
	case s.words(i, "ngày kia"):
		return day(r.AddDate(0, 0, 2), 2)
	case s.words(i, "nửa đầu năm"), s.words(i, "nửa cuối năm"):
		h := 1
		if s.word(i+1, "cuối") {
			h = 2
		}
		y, end := r.Year(), i+3
		if yy, ok := s.num(i + 3); ok && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		} else if s.word(i+3, "nay") {
			end = i + 4
		} else if s.word(i+3, "ngoái") {
			y, end = y-1, i+4
		}
		s.emit(Mention{Kind: KindDate, Date: isoHalf(y, h)}, i, end)
		return end - i
	}
	unit := s.tok(i).low
	if unit != "tuần" && unit != "tháng" && unit != "năm" {
		return 0
	}
	off, ok := 0, true
	switch s.tok(i + 1).low {
	case "này", "nay":
		off = 0
	case "trước", "ngoái", "qua":
		off = -1
		if unit != "năm" && s.tok(i+1).low == "ngoái" {
			ok = false
		}
	case "sau", "tới":
		off = 1
	default:
		ok = false
	}
	if !ok || s.tok(i+1).kind != tWord {
		return 0
	}
	if unit == "năm" && s.tok(i+1).low == "qua" {
		return 0 // "năm qua" is a span, not a year
	}
	switch unit {
	case "tuần":
		y, w := r.AddDate(0, 0, 7*off).ISOWeek()
		s.emit(Mention{Kind: KindDate, Date: isoWeek(y, w)}, i, i+2)
	case "tháng":
		t := time.Date(r.Year(), r.Month()+time.Month(off), 1, 0, 0, 0, 0, r.Location())
		s.emit(Mention{Kind: KindDate, Date: isoMonthT(t)}, i, i+2)
	case "năm":
		s.emit(Mention{Kind: KindDate, Date: isoYear(r.Year() + off), Value: float64(r.Year() + off)}, i, i+2)
	}
	return 2
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// weekday reads "thứ Hai", "thứ 5 tuần này", "chủ nhật tuần trước",
// unless a date in digits follows ("Thứ ba, 9/8/2022"): then the date is
// the mention. A weekday alone is the nearest such day to the reference.
func (s *scanner) weekday(i int) int {
	n := s.weekdayAt(i)
	if n == 0 {
		return 0
	}
	// "thứ hai" lower case after a verb is an ordinal ("đứng thứ hai").
	if s.tok(i+1).kind == tWord && s.word(i, "thứ") {
		raw := s.str(i + 1)
		r, _ := utf8.DecodeRuneInString(raw)
		cue := s.tok(i-1).kind != tWord || DateCues[s.tok(i-1).low]
		if !unicode.IsUpper(r) && !cue && !s.word(i+2, "tuần") {
			return 0
		}
	}
	if s.tok(i+1).kind == tNum && s.word(i, "thứ") {
		cue := s.tok(i-1).kind == tWord && DateCues[s.tok(i-1).low]
		if !cue && !s.word(i+2, "tuần") && !s.punct(i+2, ",") {
			return 0
		}
	}
	j := i + n
	if s.punct(j, ",") || s.punct(j, "(") {
		if s.tok(j+1).kind == tNum && s.dateDigitsPeek(j+1) {
			return n // the date that follows is the mention
		}
	}
	if s.word(j, "ngày") && s.dateDigitsPeek(j+1) {
		return n
	}
	wd := s.weekdayOf(i)
	r := s.ref
	var t time.Time
	end := j
	if s.word(j, "tuần") {
		off := 0
		switch s.tok(j + 1).low {
		case "này", "nay":
		case "trước", "qua":
			off = -7
		case "sau", "tới":
			off = 7
		default:
			return 0
		}
		// Weeks start on Monday.
		mon := r.AddDate(0, 0, -((int(r.Weekday()) + 6) % 7))
		t = mon.AddDate(0, 0, off+(int(wd)+6)%7)
		end = j + 2
	} else {
		d := int(wd) - int(r.Weekday())
		if d > 3 {
			d -= 7
		} else if d < -3 {
			d += 7
		}
		t = r.AddDate(0, 0, d)
	}
	s.emit(Mention{Kind: KindDate, Date: isoT(t)}, i, end)
	return end - i
}

// festival reads days named by their festival: giáng sinh, noel, tết
// dương lịch.
func (s *scanner) festival(i int) int {
	var m, d, n int
	switch {
	case s.words(i, "giáng sinh"):
		m, d, n = 12, 25, 2
	case s.word(i, "noel"):
		m, d, n = 12, 25, 1
	case s.words(i, "tết dương lịch"):
		m, d, n = 1, 1, 3
	default:
		return 1
	}
	s.emit(Mention{Kind: KindDate, Date: isoDay(NearestYear(m, d, s.ref), m, d)}, i, i+n)
	return n
}

// Token is a word, a run of digits or one punctuation rune of a text.
type Token struct {
	Start, End int
	Text       string
	Lower      string // lower case, for words
	Word, Num  bool   // a word of letters; a run of digits; else punctuation
	Space      bool   // white space stands before it
}

// Tokens splits text the way the scanner does, for callers that read the
// words around a mention.
func Tokens(text string) []Token { return exportTokens(text, tokenize(text)) }

// ScanTokens is Scan that also returns the tokens it read, so a caller
// that needs both tokenizes once.
func ScanTokens(text string, ref time.Time) ([]Mention, []Token) {
	ms, s := scanAll(text, ref)
	return ms, exportTokens(text, s.toks)
}

func exportTokens(text string, raw []token) []Token {
	out := make([]Token, len(raw))
	for i, t := range raw {
		out[i] = Token{Start: t.start, End: t.end, Text: text[t.start:t.end], Lower: t.low,
			Word: t.kind == tWord, Num: t.kind == tNum, Space: t.space}
	}
	return out
}

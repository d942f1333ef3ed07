package normalize

import (
	"slices"
	"strconv"
	"strings"
	"sync"
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

// scanner walks the tokens of one text.
type scanner struct {
	text    string
	toks    []Token
	ref     time.Time // read through refDate
	usedRef bool      // whether refDate was called
	out     []Mention
	medal   int8  // whether the text is about medals: 0 not known yet, 1 yes, -1 no
	english int8  // whether it writes decimals with a point, as medal
	edge    Token // what tok returns past the ends
}

// refDate is the reference date. A scan that never asks for it reads the
// same under any other, which lets a caller keep a scan made before the
// date was known.
func (s *scanner) refDate() time.Time {
	s.usedRef = true
	return s.ref
}

// aboutMedals is AboutMedals of the scanned text, worked out once.
func (s *scanner) aboutMedals() bool {
	if s.medal == 0 {
		s.medal = -1
		if AboutMedals(s.text) {
			s.medal = 1
		}
	}
	return s.medal == 1
}

// AboutMedals reports whether text speaks of medals, where "đồng" is
// bronze: "4 huy chương vàng, 3 bạc và 2 đồng".
func AboutMedals(text string) bool {
	for _, w := range []string{"huy chương", "Huy chương", "HUY CHƯƠNG", "HCV", "HCB", "HCĐ"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// Scan returns every mention in text, in order, with byte spans into text.
// Dates without a year are resolved against ref (the article's date).
// Scan never fails: what it cannot read is left out.
func Scan(text string, ref time.Time) []Mention {
	return scanPooled(text, ref, nil, false)
}

// scanPooled is scanAll with a token buffer from the pool.
func scanPooled(text string, ref time.Time, out []Mention, firstDay bool) []Mention {
	buf := tokenPool.Get().(*[]Token)
	ms, toks, _ := scanAll(text, ref, out, *buf, firstDay)
	*buf = toks[:0]
	tokenPool.Put(buf)
	return ms
}

// mentionPool holds FirstDay's mentions, which never leave it: the date
// guess of every undated article allocated them anew.
var mentionPool = sync.Pool{New: func() any { return new([]Mention) }}

// FirstDay returns the first mention in text of a day (a date of year,
// month and day, without a time), as Scan would read it, and reads no
// further.
func FirstDay(text string, ref time.Time) (Mention, bool) {
	// A line that dates an event mostly does so in its first words
	// ("Sáng 25/12, …"): its start is read first, and the whole line only
	// when no day ends well inside the start, where what comes after the
	// cut cannot change how it reads.
	const start, margin = 160, 48
	if len(text) > start+margin {
		if cut := strings.LastIndexByte(text[:start], ' '); cut > margin {
			if m, ok := firstDay(text[:cut], ref); ok && m.End+margin <= cut {
				return m, true
			}
		}
	}
	return firstDay(text, ref)
}

// firstDay is FirstDay over the whole of text.
func firstDay(text string, ref time.Time) (Mention, bool) {
	buf := mentionPool.Get().(*[]Mention)
	ms := scanPooled(text, ref, (*buf)[:0], true)
	defer func() {
		clear(ms) // the pool must not keep the article's text alive
		*buf = ms[:0]
		mentionPool.Put(buf)
	}()
	for _, m := range ms {
		if IsDay(m) {
			return m, true
		}
	}
	return Mention{}, false
}

// IsDay reports a mention of a day: a date "2006-01-02", not a month,
// a week or a year.
func IsDay(m Mention) bool { return m.Kind == KindDate && len(m.Date) == 10 }

// scanAll scans text, appending its mentions to out; its tokens go into
// toks[:0], which it returns, and it reports whether it read ref.
// With firstDay it stops after the first mention of a day.
func scanAll(text string, ref time.Time, out []Mention, toks []Token, firstDay bool) ([]Mention, []Token, bool) {
	if ref.IsZero() {
		ref = time.Now().In(Location)
	}
	s := &scanner{text: text, toks: tokenizeInto(toks, text), ref: ref, out: out}
	for i := 0; i < len(s.toks); {
		// Most tokens are words that start nothing: one lookup, no call.
		if t := &s.toks[i]; t.kind == tWord && !isTrigger(t.Lower) {
			i++
			continue
		}
		seen := len(s.out)
		n := s.at(i)
		if n <= 0 {
			n = 1
		}
		i += n
		if firstDay && len(s.out) > seen && slices.ContainsFunc(s.out[seen:], IsDay) {
			break
		}
	}
	return s.out, s.toks, s.usedRef
}

// emit records a mention over tokens [from, to). Mentions never overlap:
// one that would start inside the previous one is dropped.
func (s *scanner) emit(m Mention, from, to int) {
	m.Start = s.toks[from].Start
	m.End = s.toks[to-1].End
	if n := len(s.out); n > 0 && m.Start < s.out[n-1].End {
		return
	}
	m.Text = s.text[m.Start:m.End]
	s.out = append(s.out, m)
}

// tok is token i, or past either end a punctuation token at the text's
// end. It is read-only: callers get a pointer to spare copying a token.
func (s *scanner) tok(i int) *Token {
	if i < 0 || i >= len(s.toks) {
		s.edge = Token{kind: tPunct, Start: len(s.text), End: len(s.text), Space: true}
		return &s.edge
	}
	return &s.toks[i]
}

func (s *scanner) str(i int) string { t := s.tok(i); return s.text[t.Start:t.End] }

// word reports whether token i is the word w (lower case).
func (s *scanner) word(i int, w string) bool {
	t := s.tok(i)
	return i >= 0 && i < len(s.toks) && t.kind == tWord && t.Lower == w
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
	return i >= 0 && i < len(s.toks) && t.kind == tPunct && t.Lower == p
}

// attached reports whether token i touches the token before it.
func (s *scanner) attached(i int) bool { return i < len(s.toks) && i > 0 && !s.toks[i].Space }

func (s *scanner) num(i int) (int, bool) {
	t := s.tok(i)
	if i < 0 || i >= len(s.toks) || t.kind != tNum || t.End-t.Start > 9 {
		return 0, false
	}
	n, err := strconv.Atoi(s.text[t.Start:t.End])
	return n, err == nil
}

// at tries every reading at token i and returns how many tokens it used.
func (s *scanner) at(i int) int {
	t := &s.toks[i]
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
	if n := s.colonRatio(i); n > 0 {
		return n
	}
	if n := s.clock(i); n > 0 {
		return n
	}
	return s.figure(i, i)
}

// colonRatio reads a ratio written with a colon after "tỷ lệ" or "chọi":
// "tỷ lệ 1:3", "tỷ lệ chọi 1 : 12". Elsewhere "1:30" is a time or a score.
func (s *scanner) colonRatio(i int) int {
	if !s.punct(i+1, ":") {
		return 0 // most numbers: decided without looking back
	}
	k := i - 1
	if s.word(k, "là") {
		k--
	}
	cue := s.word(k, "chọi") || s.word(k, "lệ") && (s.word(k-1, "tỷ") || s.word(k-1, "tỉ"))
	if !cue {
		// "Tỷ lệ học sinh trên giáo viên là 1:22": the rate named a few
		// words before, and not a time of day.
		cue = s.rateBefore(i) && !s.word(i-1, "lúc") && !s.word(i-1, "vào") && !s.word(i-1, "đến") && !s.word(i-1, "từ")
		if w := s.tok(i + 3).Lower; dayParts[w] || w == "giờ" || w == "phút" {
			cue = false
		}
	}
	if !cue || s.tok(i+2).kind != tNum {
		return 0
	}
	a, ok1 := s.num(i)
	b, ok2 := s.num(i + 2)
	if !ok1 || !ok2 || b == 0 {
		return 0
	}
	s.emit(Mention{Kind: KindRatio, Value: float64(a), Denominator: float64(b)}, i, i+3)
	return 3
}

// rateBefore reports "tỷ lệ" among the few tokens of the sentence before
// token i: "tỷ lệ … là 1:22, tối đa 1:25".
func (s *scanner) rateBefore(i int) bool {
	for k := i - 1; k >= 1 && k >= i-24; k-- {
		t := s.tok(k)
		if t.kind == tPunct && (t.Lower == ";" || t.Lower == ".") && !s.attached(k+1) {
			return false
		}
		if t.Lower == "lệ" && (s.word(k-1, "tỷ") || s.word(k-1, "tỉ")) {
			return true
		}
	}
	return false
}

// countedAfter reports whether the number at token i is followed by a
// unit that is not a span of time.
func (s *scanner) countedAfter(i int) bool {
	_, isTime := TimeUnits[s.tok(i+1).Lower]
	return s.isFollowedByUnit(i) && !isTime
}

// isMeasure reports a unit of measure at token i; "G" is a generation
// ("5G"), not grams.
func (s *scanner) isMeasure(i int) bool {
	t := s.tok(i)
	return t.kind == tWord && MeasureUnits[t.Lower] && t.Text != "G"
}

// placeAbbrev reports an abbreviated place word at token i, a capital
// letter and a dot: "số 12 P. Lê Lợi" (phố), "Q. 1" (quận), "Đ. Trần Phú".
func (s *scanner) placeAbbrev(i int) bool {
	t := s.tok(i)
	if i >= len(s.toks) || t.kind != tWord || !s.punct(i+1, ".") || !s.attached(i+1) {
		return false
	}
	r, n := utf8.DecodeRuneInString(t.Text)
	return n == len(t.Text) && unicode.IsUpper(r)
}

// isFollowedByUnit reports whether the number at token i is followed by
// a word that could name what is counted.
func (s *scanner) isFollowedByUnit(i int) bool {
	n := s.tok(i + 1)
	if !n.Space && s.isMeasure(i+1) {
		return true // a measure glued to the digits: "Trà My 182mm"
	}
	if n.kind != tWord || !n.Space || IsTitle(s.text[n.Start:n.End]) {
		return false
	}
	if NounCompounds[n.Lower+" "+s.tok(i+2).Lower] {
		return true
	}
	return !FunctionWords[n.Lower] && !LeadVerbs[n.Lower]
}

// scaleAt reads scale words from token i ("triệu", "nghìn tỷ", "trăm
// nghìn") and returns how many tokens they use; 0 if none.
func (s *scanner) scaleAt(i int) int {
	n := 0
	for {
		t := s.tok(i + n)
		if t.kind != tWord || scales[t.Lower] == 0 || i+n >= len(s.toks) {
			break
		}
		n++
	}
	return n
}

func (s *scanner) scaleValue(i, n int) float64 {
	v := 1.0
	for k := 0; k < n; k++ {
		v *= scales[s.tok(i+k).Lower]
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
		if v, n, ok = s.digits(i); !ok {
			return 0, 0, false, false, false
		}
	case tWord:
		var ws []string
		for k := i; k < len(s.toks) && k < i+12 && s.toks[k].kind == tWord; k++ {
			ws = append(ws, s.toks[k].Lower)
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
		// "Năm phần trăm số hộ": a share names its number.
		if !hasScale && !s.words(i+used, "phần trăm") {
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
		v = MulScale(v, s.scaleValue(i+n, k))
		n += k
		scaled = true
		last := scales[s.tok(i+n-1).Lower]
		if s.word(i+n, "rưỡi") {
			v += last / 2
			n++
		} else if p := s.tok(i + n); p.kind == tNum {
			// "3 tỷ 500 triệu": a smaller part after a larger scale. The
			// part is read without recursion, so "1 triệu 1 triệu …" stays
			// linear.
			if w, used, err := ParseNumber(s.text[p.Start:min(len(s.text), p.Start+32)]); err == nil {
				j := i + n
				for j < len(s.toks) && s.toks[j].End <= p.Start+used {
					j++
				}
				if k2 := s.scaleAt(j); k2 == 1 {
					part := scales[s.tok(j).Lower]
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
	if n := s.spacedDecimal(i, from); n > 0 {
		return n
	}
	v, n, scaled, words, ok := s.number(i)
	if !ok || n == 0 {
		return 1
	}
	// "15tr/tháng", "1,3tr người", "700tr.": "tr" alone after digits is
	// triệu; "tr.đ" and "tr đồng" are read as million đồng below.
	if k := s.trAt(i + n); !scaled && s.tok(i).kind == tNum && k > 0 {
		v, n, scaled = MulScale(v, 1e6), n+k, true
	}
	t := s.tok(i)
	plain := t.kind == tNum && n == 1
	m := Mention{Kind: KindNumber, Value: v, Words: words, Scaled: scaled, Plain: plain}
	end := i + n
	// A "." or "," glued to the digits that the number did not take
	// ("4.0", "3,4" kept by ParseNumber) means a version or code.
	if t.kind == tNum && (s.punct(end, ".") || s.punct(end, ",")) && s.attached(end) && s.tok(end+1).kind == tNum && s.attached(end+1) {
		e := end + 2
		// "1.5 triệu", "4.5%", "3.2 inch", "6.61 điểm": a decimal point in
		// the English way, told by the scale word, sign, currency, measure
		// or score after it; a one-letter measure glued on in capitals
		// names a model ("động cơ 1.5L"), in lower case it measures
		// ("21.70m").
		measure := s.isMeasure(e) && (s.tok(e).Space || s.tok(e).End-s.tok(e).Start > 1 || s.str(e) == s.tok(e).Lower) || s.word(e, "điểm")
		if frac := s.tok(end + 1); s.punct(end, ".") && n == 1 && frac.End-frac.Start <= 2 && !s.punct(e, ".") && (s.scaleAt(e) > 0 || s.trAt(e) > 0 || s.punct(e, "%") || s.isCurrency(e) || measure) {
			if dv, err := strconv.ParseFloat(s.text[t.Start:frac.End], 64); err == nil {
				m.Value = dv
				k := s.scaleAt(e)
				if k > 0 {
					m.Value = MulScale(m.Value, s.scaleValue(e, k))
					m.Scaled = true
				} else if k = s.trAt(e); k > 0 {
					m.Value = MulScale(m.Value, 1e6)
					m.Scaled = true
				}
				m.Plain = false
				return s.finish(m, from, e+k)
			}
		}
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
	// Scores: "tỷ số 3-1", "thắng 2-0"; a measure after the pair makes it
	// a range ("Hòa Bình 36-39 độ C": "hòa" is a draw only in lower case).
	if plain && (s.punct(end, "-") || s.punct(end, "–")) && s.tok(end+1).kind == tNum && s.isScoreCue(from-1) &&
		!MeasureUnits[s.tok(end+2).Lower] && !s.punct(end+2, "%") {
		s.emit(Mention{Kind: KindScore, Value: v}, from, end+2)
		return end + 2 - from
	}
	// A strong label names a range as it names a number: "gió cấp 8-11",
	// "lớp 10-12".
	if plain && (s.punct(end, "-") || s.punct(end, "–")) && s.tok(end+1).kind == tNum && s.tok(from-1).kind == tWord &&
		(StrongLabels[s.tok(from-1).Lower] || StrongLabels[Pair(s.tok(from-2).Lower, s.tok(from-1).Lower)]) {
		s.emit(Mention{Kind: KindLabel, Value: v}, from, end+2)
		return end + 2 - from
	}
	// Range: 5-7 triệu, 15-25%, 2022-2025, từ 5 đến 7 triệu.
	if r := s.rangeAt(i, end, from, m); r > 0 {
		return r
	}
	// "là 10.000.000 đồng đến 20.000.000 đồng", "giá 25 triệu/m2 đến 50
	// triệu/m2": two amounts of one currency, or two rates, make a range
	// without "từ" too.
	if rate := scaled && s.punct(end, "/") && s.attached(end); from == i && !s.word(i-1, "từ") && (s.isCurrency(end) || rate) {
		if r := s.rangeWithUnits(i, end, i, !rate); r > 0 {
			return r
		}
	}
	if isYear(v, t, plain) && (s.word(from-1, "năm") || s.word(from-1, "kỳ")) {
		s.emit(Mention{Kind: KindDate, Date: isoYear(int(v)), Value: v}, from, end)
		return end - from
	}
	if (plain || !scaled && s.labelWordBefore(from)) && s.isLabel(from, end) && s.percentAt(end) == 0 && !s.isCurrency(end) {
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
	// Ratio: 21/25, 4.561/5.650, 21 trên 25, 21 trong số 25, 45 trên tổng số 63.
	if !scaled {
		j := -1
		switch {
		case s.punct(end, "/") && s.tok(end+1).kind == tNum && (!s.tok(end).Space || !s.tok(end+1).Space):
			j = end + 1
		case s.word(end, "trên") && s.tok(end+1).kind == tNum:
			j = end + 1
		case s.words(end, "trong số") && s.tok(end+2).kind == tNum:
			j = end + 2
		case (s.words(end, "trong tổng số") || s.words(end, "trên tổng số")) && s.tok(end+3).kind == tNum:
			j = end + 3
		case s.word(end, "trong") && s.tok(end+1).kind == tNum:
			j = end + 1 // "1 trong 4 doanh nghiệp", checked below
		}
		if j > 0 {
			d, dn, dscaled, _, ok := s.number(j)
			if ok && dscaled && j == end+1 && s.punct(end, "/") {
				// "giải ngân 3.410/4.200 tỷ đồng": both are in the scale
				// after the denominator, which goes with the unit.
				d, dn, ok = s.digits(j)
				dscaled = false
				if k := s.scaleAt(j + dn); k > 0 {
					if _, c := s.currencyAt(j + dn + k); c > 0 {
						m.Unit = s.text[s.tok(j+dn).Start:s.tok(j+dn+k+c-1).End]
					}
				}
			}
			if ok && !dscaled && d > 0 && !s.punct(j+dn, "/") &&
				// A bare "trong" is "in" only before something counted
				// that is not time: "1 trong 4 doanh nghiệp", not "3 trong 5 năm".
				(j != end+1 || !s.word(end, "trong") || v <= d && s.countedAfter(j+dn-1)) {
				m.Kind, m.Denominator = KindRatio, d
				s.emit(m, from, j+dn)
				return j + dn - from
			}
		}
	}
	return s.finish(m, from, end)
}

// digits reads the number written in digits at token i, without a scale
// word after it, and the tokens it takes.
func (s *scanner) digits(i int) (v float64, n int, ok bool) {
	t := s.tok(i)
	if t.kind != tNum {
		return 0, 0, false
	}
	raw := s.text[t.Start:]
	// Only the glued run of digits and separators belongs to the number.
	// A number is at most a few dozen bytes: looking further would
	// make "1.000.1.000.…" quadratic.
	lim := t.End
	for k := i + 1; k < len(s.toks) && k < i+16 && !s.toks[k].Space && (s.toks[k].kind == tNum || s.toks[k].Lower == "." || s.toks[k].Lower == ","); k++ {
		lim = s.toks[k].End
	}
	val, used, err := ParseNumber(raw[:lim-t.Start])
	if err != nil {
		return 0, 0, false
	}
	// "là 170,802 (chiếm 17.41%)": a text that writes a share with a
	// decimal point writes thousands with a comma.
	if g := raw[:used]; commaThousands(g) && s.englishStyle() {
		val, _ = strconv.ParseFloat(strings.Replace(g, ",", "", 1), 64)
	}
	end := t.Start + used
	for n = 0; i+n < len(s.toks) && s.toks[i+n].End <= end; n++ {
	}
	// "1 000 000": thousands grouped by single spaces, as some sites
	// write them. Not after a leading zero (phone numbers).
	if n == 1 && t.End-t.Start <= 3 && s.text[t.Start] != '0' {
		k := i + 1
		for k < len(s.toks) && k < i+5 {
			g := s.toks[k]
			if g.kind != tNum || g.End-g.Start != 3 || g.Start != s.toks[k-1].End+1 || s.text[g.Start-1] != ' ' {
				break
			}
			if a := s.tok(k + 1); a.Start == g.End && (a.Lower == "." || a.Lower == ",") && s.tok(k+2).kind == tNum {
				break // "1 000.5": the group starts another number
			}
			v, _ := strconv.Atoi(s.text[g.Start:g.End])
			val = val*1000 + float64(v)
			k++
		}
		n = k - i
	}
	return val, n, true
}

// outOf extends a rank over "/132" right after it.
func (s *scanner) outOf(end int) int {
	if s.punct(end, "/") && s.attached(end) && s.tok(end+1).kind == tNum && s.attached(end+1) {
		return end + 2
	}
	return end
}

// percentAt reads a percent sign or its words at token i and returns the
// tokens they take: "%", "phần trăm", and percentage points, "điểm phần
// trăm" or, written short, "điểm %".
func (s *scanner) percentAt(i int) int {
	switch {
	case s.punct(i, "%"):
		return 1
	case s.words(i, "điểm phần trăm"):
		return 3
	case s.word(i, "điểm") && s.punct(i+1, "%"), s.words(i, "phần trăm"):
		return 2
	}
	return 0
}

// finish decides what a number at [from,end) is from the words after it.
func (s *scanner) finish(m Mention, from, end int) int {
	if n := s.percentAt(end); n > 0 {
		m.Kind, m.Unit = KindPercent, "%"
		s.emit(m, from, end+n)
		return end + n - from
	}
	// Temperatures: "30°C", and "-5 độ C" or "âm 5 độ C", where a minus
	// glued to the digits after a space, or the word for it, is a sign;
	// news writes one below zero for temperatures only.
	deg := s.degreeAt(end)
	start := from
	if ((s.punct(from-1, "-") || s.punct(from-1, "−")) && s.attached(from) && !s.attached(from-1) || s.word(from-1, "âm")) && !m.Scaled &&
		(deg > 0 || s.word(end, "độ")) {
		m.Value, start = -m.Value, from-1
	}
	if deg > 0 || start < from {
		if deg > 0 {
			m.Unit = s.text[s.tok(end).Start:s.tok(end+deg-1).End]
		}
		s.emit(m, start, end+deg)
		return end + deg - from
	}
	// "$1,5 tỷ", "US$2 tỷ", "€300": a currency sign before the digits.
	if p := s.tok(from - 1); p.kind == tPunct && currencySigns[p.Lower] != "" && !s.punct(end, "%") {
		start := from - 1
		if s.word(start-1, "us") && s.attached(start) {
			start--
		}
		return s.money(m, currencySigns[p.Lower], start, from, end)
	}
	// "35 trđ/m2", "120 tr.đồng": million dong, abbreviated.
	if k := s.millionDong(end); k > 0 && !m.Scaled {
		m.Value = MulScale(m.Value, 1e6)
		m.Scaled, m.Plain = true, false
		return s.money(m, "VND", from, from, end+k)
	}
	// Money.
	if code, k := s.currencyAt(end); k > 0 {
		return s.money(m, code, from, from, end+k)
	}
	w := s.tok(end)
	if w.kind == tWord {
		// Measures glued to the digits: 25km, 3ha.
		if !w.Space && MeasureUnits[w.Lower] && s.str(end) != "G" {
			m.Unit = s.str(end)
			e := end + 1
			if sq := s.str(e); (sq == "2" || sq == "3" || sq == "²" || sq == "³") && s.attached(e) && (w.Lower == "m" || w.Lower == "km" || w.Lower == "cm" || w.Lower == "dm" || w.Lower == "mm") {
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
		if w.Lower == "tuổi" {
			m.Kind = KindAge
			s.emit(m, from, end+1)
			return end + 1 - from
		}
		if w.Lower == "lần" && !s.word(end+1, "thứ") {
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
		u, ok := TimeUnits[s.tok(i).Lower]
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
	if t.kind == tPunct && t.Lower == "₫" {
		return "VND", 1
	}
	if t.kind == tPunct {
		if c, ok := currencySigns[t.Lower]; ok {
			return c, 1
		}
	}
	if t.kind != tWord {
		return "", 0
	}
	for _, phrase := range currencyPhrases[t.Lower] {
		if s.words(i, phrase) {
			return Currencies[phrase], len(strings.Fields(phrase))
		}
	}
	if s.words(i, "đô") && s.punct(i+1, "-") && s.word(i+2, "la") {
		return "USD", 3
	}
	if t.Lower == "bảng" {
		// "500.000 bảng một tuần", "63 triệu bảng trong hợp đồng": sports
		// news leaves "Anh" out of the pound. A table or a board is counted
		// small, or is named by the noun after it: "1.200 bảng quảng cáo".
		if s.scaleAt(i-1) == 0 && !s.thousandsBefore(i) {
			return "", 0
		}
		if n := s.tok(i + 1); n.kind == tWord && !FunctionWords[n.Lower] && n.Lower != "một" {
			return "", 0
		}
		return "GBP", 1
	}
	code := Currencies[t.Lower]
	if code == "" || t.Lower == "đô" && !s.attached(i) && !s.isEnd(i+1) {
		return "", 0
	}
	if t.Lower == "đồng" && s.scaleAt(i-1) == 0 && !s.thousandsBefore(i) && s.aboutMedals() {
		return "", 0 // bronze
	}
	// "6 đồng tiền chủ chốt" counts currencies; "đồng hồ", "đồng bào" are
	// not money either.
	if n := s.tok(i + 1); n.kind == tWord && NounCompounds[t.Lower+" "+n.Lower] && s.scaleAt(i-1) == 0 && !s.thousandsBefore(i) {
		// After a scale or a thousand it is money all the same: "140.000
		// tỷ đồng tiền mặt", "5.000 đồng tiền nước uống".
		return "", 0
	}
	if t.Lower == "tệ" || t.Lower == "won" || t.Lower == "yên" || t.Lower == "kíp" {
		// Bare words that are also ordinary Vietnamese words: only after a scale.
		if s.scaleAt(i-1) == 0 {
			return "", 0
		}
	}
	return code, 1
}

// thousandsBefore reports whether the number that ends just before token
// i is a thousand or more: grouped ("5.000") or of four digits or more.
func (s *scanner) thousandsBefore(i int) bool {
	t := s.tok(i - 1)
	if t.kind != tNum {
		return false
	}
	return t.End-t.Start >= 4 || t.End-t.Start == 3 && (s.punct(i-2, ".") || s.punct(i-2, ",")) && s.attached(i-2) && s.attached(i-1)
}

// money emits m as money in code over tokens [start, e) and the per-unit
// after them ("/năm"); it returns the tokens taken from token from.
func (s *scanner) money(m Mention, code string, start, from, e int) int {
	m.Kind, m.Unit = KindMoney, code
	// No price is a fraction of a đồng: "12,500 đồng/kg" groups
	// thousands with a comma, the English way.
	if code == "VND" && !m.Scaled && m.Value != float64(int64(m.Value)) && s.punct(from+1, ",") && s.tok(from+2).kind == tNum {
		if digits := s.text[s.tok(from).Start:s.tok(from+2).End]; englishThousands(digits) {
			if v, err := strconv.ParseFloat(strings.ReplaceAll(digits, ",", ""), 64); err == nil {
				m.Value = v
			}
		}
	}
	if per, pk := s.perAt(e); pk > 0 {
		m.Per = per
		e += pk
	}
	s.emit(m, start, e)
	return e - from
}

// englishThousands reports digits grouped by commas in threes: "12,500".
func englishThousands(t string) bool {
	head, rest, ok := strings.Cut(t, ",")
	if !ok || len(head) == 0 || len(head) > 3 {
		return false
	}
	for _, g := range strings.Split(rest, ",") {
		if len(g) != 3 {
			return false
		}
	}
	return true
}

// degreeAt reads a degree sign and its scale at token i: "°C", "° C",
// "°F", "°". It returns the tokens they take.
func (s *scanner) degreeAt(i int) int {
	if t := s.tok(i); i < len(s.toks) && t.kind == tWord && (t.Lower == "oc" || t.Lower == "ºc") && t.Text != "OC" {
		return 1 // "35oC", "35ºC": the sign written with a letter o or º
	}
	if !s.punct(i, "°") {
		return 0
	}
	if n := s.tok(i + 1); n.kind == tWord && (n.Lower == "c" || n.Lower == "f") && (s.attached(i+1) || s.isEnd(i+2)) {
		return 2
	}
	return 1
}

// trAt reads "tr", short for triệu, at token i, and returns the tokens it
// takes: "15tr", "414 tr kWh", and with its point when what it scales is
// glued after it, "414 tr.kWh". "tr.đ" and "tr đồng" are million đồng
// (millionDong), not a scale.
func (s *scanner) trAt(i int) int {
	if !s.word(i, "tr") || s.millionDong(i) > 0 {
		return 0
	}
	if s.punct(i+1, ".") && s.attached(i+1) && s.attached(i+2) && s.tok(i+2).kind == tWord {
		return 2
	}
	return 1
}

// spacedDecimal reads a decimal comma that a space parted from its
// digits, "6, 023 triệu đồng": three digits that start with a zero, which
// no number of their own does, and a scale word after them. It returns
// the tokens it reads, or 0.
func (s *scanner) spacedDecimal(i, from int) int {
	t, d := s.tok(i), s.tok(i+2)
	if t.kind != tNum || t.End-t.Start > 3 || !s.punct(i+1, ",") || !s.attached(i+1) || s.attached(i+2) ||
		d.kind != tNum || d.End-d.Start != 3 || s.text[d.Start] != '0' {
		return 0
	}
	k := s.scaleAt(i + 3)
	if k == 0 {
		return 0
	}
	v, err := strconv.ParseFloat(s.text[t.Start:t.End]+"."+s.text[d.Start:d.End], 64)
	if err != nil {
		return 0
	}
	m := Mention{Kind: KindNumber, Value: MulScale(v, s.scaleValue(i+3, k)), Scaled: true}
	return s.finish(m, from, i+3+k)
}

// millionDong reads the abbreviations of "triệu đồng" at token i: "trđ",
// "tr.đ", "tr.đồng", "tr đồng". It returns the tokens they take.
func (s *scanner) millionDong(i int) int {
	dong := func(w string) bool { return w == "đ" || w == "đồng" }
	switch {
	case s.word(i, "trđ"):
		return 1
	case !s.word(i, "tr"):
		return 0
	case s.punct(i+1, ".") && s.attached(i+1) && dong(s.tok(i+2).Lower) && s.attached(i+2):
		return 3
	case dong(s.tok(i + 1).Lower):
		return 2
	}
	return 0
}

// commaThousands reports digits that are one to three digits, a comma and
// three digits: "170,802", which Vietnamese reads as 170.802.
func commaThousands(g string) bool {
	i := strings.IndexByte(g, ',')
	if i < 1 || i > 3 || len(g)-i-1 != 3 {
		return false
	}
	for j := 0; j < len(g); j++ {
		if j != i && (g[j] < '0' || g[j] > '9') {
			return false
		}
	}
	return true
}

// englishStyle reports whether the text writes a share with a decimal
// point ("17.41%", "4.5 %"), which the Vietnamese way never does.
func (s *scanner) englishStyle() bool {
	if s.english == 0 {
		s.english = -1
		t := s.text
		for i := strings.IndexByte(t, '%'); i >= 0; {
			j := i - 1
			if j >= 0 && t[j] == ' ' {
				j--
			}
			k := j
			for k >= 0 && t[k] >= '0' && t[k] <= '9' {
				k--
			}
			if d := j - k; d >= 1 && d <= 2 && k >= 1 && t[k] == '.' && t[k-1] >= '0' && t[k-1] <= '9' {
				s.english = 1
				break
			}
			next := strings.IndexByte(t[i+1:], '%')
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return s.english == 1
}

// numberAt reports whether token i starts a number, in digits or words.
// hedgeAt returns how many tokens at i are a hedge that may stand before
// the second end of a range: "đến gần 7 triệu", "đến xấp xỉ 1 tỷ".
func (s *scanner) hedgeAt(i int) int {
	switch {
	case s.word(i, "xấp") && s.word(i+1, "xỉ"):
		return 2
	case s.word(i, "khoảng") || s.word(i, "gần") || s.word(i, "hơn") || s.word(i, "chừng") || s.word(i, "ngót"):
		return 1
	}
	return 0
}

func (s *scanner) numberAt(i int) bool {
	t := s.tok(i)
	return t.kind == tNum || t.kind == tWord && IsNumberWord(t.Lower)
}

func (s *scanner) isCurrency(i int) bool { _, k := s.currencyAt(i); return k > 0 }

func (s *scanner) isEnd(i int) bool { return s.tok(i).kind != tWord }

// perAt reads "/năm", "/tấn", "/người/tháng" after a figure.
func (s *scanner) perAt(i int) (string, int) {
	var parts []string
	k := 0
	for s.punct(i+k, "/") && s.attached(i+k) && s.tok(i+k+1).kind == tWord && s.attached(i+k+1) {
		w := s.str(i + k + 1)
		k += 2
		if next := s.tok(i + k); next.kind == tWord && PerCompounds[Pair(s.tok(i+k-1).Lower, next.Lower)] {
			w += " " + s.str(i+k)
			k++
		} else if p := s.str(i + k); !next.Space && (next.kind == tNum && (p == "2" || p == "3") || p == "²" || p == "³") && MeasureUnits[s.tok(i+k-1).Lower] {
			w += p // "đồng/m2", "đồng/m²"
			k++
		}
		parts = append(parts, w)
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
		switch t.Lower {
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
	return p.kind == tWord && (Classes(p.Lower)|Classes(Pair(s.tok(i-2).Lower, p.Lower)))&ClassLabel != 0
}

// isLabel reports whether the plain number at token i names something
// ("Đề án 06", "Phường 3", "mức độ 2") rather than counting it.
func (s *scanner) isLabel(i, end int) bool {
	p := s.tok(i - 1)
	if p.kind != tWord || i == 0 {
		return false
	}
	// The word before and the two or three words that end with it, each
	// looked up once: most numbers follow no label.
	p2 := s.tok(i - 2)
	pair := Pair(p2.Lower, p.Lower)
	label := Classes(p.Lower)&ClassLabel != 0
	if p2.kind == tWord && Classes(pair)&ClassLabel != 0 {
		label = true
	}
	if p3 := s.tok(i - 3); p2.kind == tWord && p3.kind == tWord && Classes(Pair(Pair(p3.Lower, p2.Lower), p.Lower))&ClassLabel != 0 {
		label = true
	}
	if label && p.Lower == "số" && (s.word(i-2, "trong") || s.word(i-2, "tổng")) {
		label = false // "trong số 22 chỉ tiêu", "tổng số 350.000 giường"
	}
	// "Hải Phòng 9": a label word that ends a capitalised name is the
	// name's, not a room; a name before a number is read below.
	if label && IsTitle(p.Text) && p2.kind == tWord && IsTitle(p2.Text) && Classes(pair)&ClassLabel == 0 && !StrongLabels[p.Lower] {
		if p3 := s.tok(i - 3); !(p3.kind == tWord && Classes(Pair(Pair(p3.Lower, p2.Lower), p.Lower))&ClassLabel != 0) {
			label = false
		}
	}
	if pair != "" && NotLabels[pair] {
		return false
	}
	// "Tuyến metro số 1 vận chuyển …", "Bão số 10 khiến …": "số" after a
	// noun numbers it, whatever verb comes next.
	if label && p.Lower == "số" && end-i == 1 {
		if w := s.tok(i - 2); w.kind == tWord && !FunctionWords[w.Lower] && w.Lower != "tổng" && w.Lower != "con" && w.Lower != "trong" {
			if v, ok := s.num(i); ok && v < 100 {
				return true
			}
		}
	}
	if p.Lower == "số" && end-i == 1 {
		for _, w := range rankScopes {
			if s.words(end, w) {
				return true // "số 1 thế giới": a rank
			}
		}
	}
	if StrongLabels[p.Lower] || pair != "" && StrongLabels[pair] {
		// One plain number, or a small one ("điểm 8,5"): "khẩn cấp 2.400
		// hộ" was caught above, and large figures are counts.
		if v, _, scaled, _, _ := s.number(i); end-i == 1 || !scaled && v < 100 {
			return true
		}
	}
	if label {
		// "Bước 2:", "mức độ 3", "Đề án 06 phường" name; "danh mục 25 thủ
		// tục" counts what follows.
		t := s.tok(i)
		lead0 := s.text[t.Start] == '0' && t.End-t.Start > 1
		return lead0 || !s.isFollowedByUnit(end-1) || AddressWords[s.tok(end).Lower] || s.placeAbbrev(end)
	}
	// A capitalised name just before a small number: "Đề án 06", "Quận 7".
	// Not at the start of a sentence ("Có 4 chỉ tiêu") and not when the
	// number counts something after it ("Hà Nội 30 ca").
	word := s.str(i - 1)
	if IsTitle(word) || IsAcronym(word) {
		t := s.tok(i)
		lead0 := s.text[t.Start] == '0' && t.End-t.Start > 1
		if s.tok(i-2).kind == tWord && !p.nl {
			if lead0 || !s.isFollowedByUnit(end-1) && !s.inList(i) {
				return true
			}
		}
	}
	return false
}

// inList reports a number after a name that follows an amount of money,
// or another such member, and a comma or "và": a member of a list that
// gives its scale and currency once ("Tuyên Quang 200 tỷ đồng, Cao Bằng
// 195, Lạng Sơn 20"); or a member of a count's breakdown in brackets,
// which gives its unit once ("82 người bị thương (Lào Cai 2, Quảng Ninh
// 9, …)").
func (s *scanner) inList(i int) bool {
	// The member ends where the list goes on or stops: "Green Diamond 93
	// Láng Hạ" names a building and its street.
	if !(i+1 >= len(s.toks) || s.punct(i+1, ",") || s.punct(i+1, ";") || s.punct(i+1, ".") || s.punct(i+1, ")") || s.word(i+1, "và")) {
		return false
	}
	for n := len(s.out); n > 0; n-- {
		j := i - 1
		for k := 0; k < 4 && j >= 0 && s.toks[j].kind == tWord && (IsTitle(s.toks[j].Text) || IsAcronym(s.toks[j].Text)); k++ {
			j--
		}
		if j == i-1 || !(s.punct(j, ",") || s.word(j, "và") || s.punct(j, "(")) {
			return false
		}
		m := s.out[n-1]
		if s.punct(j, "(") {
			// The count and the lower-case words of its unit, then the
			// bracket.
			from := j
			for from > 0 && s.toks[from-1].Start >= m.End {
				from--
			}
			if m.Kind != KindNumber || m.Max != 0 || from == 0 || s.toks[from-1].End != m.End || from == j || j-from > 6 {
				return false
			}
			for k := from; k < j; k++ {
				if s.toks[k].kind != tWord || IsTitle(s.toks[k].Text) || IsAcronym(s.toks[k].Text) {
					return false
				}
			}
			return true
		}
		if m.End != s.tok(j-1).End {
			return false
		}
		if m.Kind == KindMoney {
			return true
		}
		// A member before: one plain number after its own name.
		if m.Kind != KindNumber || m.Start != s.tok(j-1).Start {
			return false
		}
		i = j - 1
	}
	return false
}

func isYear(v float64, t *Token, plain bool) bool {
	return plain && t.End-t.Start == 4 && v >= 1900 && v <= 2100
}

// rangeAt reads "5-7 triệu", "15-25%", "2022-2025" and "từ 5 đến 7 triệu"
// with the first number m at [i,end).
func (s *scanner) rangeAt(i, end, from int, m Mention) int {
	j := -1
	fromTu := from < i && s.word(from, "từ")
	pct := false
	switch {
	case (s.punct(end, "-") || s.punct(end, "–")) && s.tok(end+1).kind == tNum:
		j = end + 1
	case s.punct(end, "%") && (s.punct(end+1, "-") || s.punct(end+1, "–")) && s.tok(end+2).kind == tNum:
		j, pct = end+2, true // "10% - 15%"
	case fromTu && (s.word(end, "đến") || s.word(end, "tới")):
		if h := s.hedgeAt(end + 1); s.numberAt(end + 1 + h) {
			j = end + 1 + h
		}
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
	if s.word(from-1, "thứ") || s.tok(i).End-s.tok(i).Start == 4 && m.Plain {
		return 0
	}
	// The scale of the second end applies to a first end without one, as
	// much of it as keeps the range rising: "từ 5 đến 7 triệu" is 5
	// million, "1.500 - 2 nghìn tỷ" 1.500 tỷ, "từ 300.000 đến 1,5 triệu"
	// 300.000 (written out in full).
	if scaled2 && !m.Scaled {
		var fs []float64
		for q := j + 1; q < j+n2; q++ {
			if f := scales[s.tok(q).Lower]; f > 0 {
				fs = append(fs, f)
			}
		}
		for k := range fs {
			sc := 1.0
			for _, f := range fs[k:] {
				sc *= f
			}
			if v := MulScale(m.Value, sc); v < v2 {
				m.Value, m.Scaled = v, true
				break
			}
		}
	}
	if v2 <= m.Value {
		return 0
	}
	m.Max = v2
	m.Plain = false
	// "từ 10,85% xuống còn" is no range; "15-25%" and "10% - 15%" are.
	if s.punct(end, "%") && !(pct && s.punct(j+n2, "%")) {
		return 0
	}
	return s.finish(m, from, j+n2)
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
	if h := s.hedgeAt(end + 2); s.punct(end, "%") && (s.word(end+1, "đến") || s.word(end+1, "tới") || s.punct(end+1, "-") || s.punct(end+1, "–")) && s.tok(end+2+h).kind == tNum {
		// "từ 10% đến 15%", "từ 15% - 20%": both ends written with their
		// sign.
		v1, _, _, _, _ := s.number(i + 1)
		v2, n2, sc2, _, ok := s.number(end + 2 + h)
		if ok && !sc2 && v2 > v1 && s.punct(end+2+h+n2, "%") {
			s.emit(Mention{Kind: KindPercent, Unit: "%", Value: v1, Max: v2}, i, end+3+h+n2)
			return end + 3 + h + n2 - i
		}
		return 0
	}
	if r := s.rangeWithUnits(i+1, end, i, false); r > 0 {
		return r
	}
	if !(s.word(end, "đến") || s.word(end, "tới")) || !s.numberAt(end+1+s.hedgeAt(end+1)) {
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

// rangeWithUnits reads "từ 800.000 đồng đến 1 triệu đồng", "từ 25 triệu
// đồng/m2 đến 35 triệu đồng/m2", "từ 684 đồng/lít - 858 đồng/lít", "từ
// 10 km/h đến 20 km/h" and "từ một triệu đồng đến hai triệu đồng": both
// ends carry the same currency or word. The first number starts at token
// first and its unit at end; the mention starts at from. With moneyOnly,
// only amounts of money make the range.
func (s *scanner) rangeWithUnits(first, end, from int, moneyOnly bool) int {
	v1, _, scaled, _, _ := s.number(first)
	// The first end's unit is up to five tokens: "đồng/m2" is four.
	k := end
	for k < len(s.toks) && k < end+5 && !s.word(k, "đến") && !s.word(k, "tới") && !s.punct(k, "-") && !s.punct(k, "–") {
		k++
	}
	if k == end || k >= len(s.toks) || k == end+5 {
		return 0
	}
	// "từ 700 triệu đồng đến xấp xỉ 1 tỉ đồng": a hedge on the second end.
	h := s.hedgeAt(k + 1)
	if !s.numberAt(k + 1 + h) {
		return 0
	}
	unit1 := strings.ToLower(s.text[s.tok(end).Start:s.tok(k-1).End])
	v2, n2, _, _, ok := s.number(k + 1 + h)
	if !ok || n2 == 0 || v2 <= v1 {
		return 0
	}
	e2 := k + 1 + h + n2
	if code, cn := s.currencyAt(e2); cn > 0 {
		if c1, _ := s.currencyAt(end); c1 != code {
			return 0
		}
		m := Mention{Kind: KindMoney, Unit: code, Value: v1, Max: v2}
		e := e2 + cn
		if per, pk := s.perAt(e); pk > 0 {
			m.Per, e = per, e+pk
		}
		s.emit(m, from, e)
		return e - from
	}
	if moneyOnly {
		return 0
	}
	j := e2 + (k - end)
	if j > len(s.toks) || strings.ToLower(s.text[s.tok(e2).Start:s.tok(j-1).End]) != unit1 {
		return 0
	}
	if s.punct(end, "/") {
		// "từ 25 triệu/m2 đến 50 triệu/m2": a rate with its currency left
		// out, as "25-50 triệu/m2" is; the "/" is no unit.
		s.emit(Mention{Kind: KindNumber, Value: v1, Max: v2, Per: unit1[1:], Scaled: scaled}, from, j)
		return j - from
	}
	// The unit as the first end writes it, whole: "từ 20m3/s đến 500m3/s".
	s.emit(Mention{Kind: KindNumber, Value: v1, Max: v2, Unit: s.text[s.tok(end).Start:s.tok(k-1).End]}, from, end+0)
	s.out[len(s.out)-1].End = s.tok(j - 1).End
	s.out[len(s.out)-1].Text = s.text[s.out[len(s.out)-1].Start:s.out[len(s.out)-1].End]
	return j - from
}

// A Scanner scans text after text (the sentences of an article) and
// returns the tokens it read with the mentions, so a caller that needs
// both tokenizes once. It reuses its memory: what Scan returns is valid
// until the next call.
type Scanner struct {
	ms      []Mention
	toks    []Token
	usedRef bool
}

// Scan is the package's Scan, and also returns text's tokens.
func (sc *Scanner) Scan(text string, ref time.Time) ([]Mention, []Token) {
	sc.ms, sc.toks, sc.usedRef = scanAll(text, ref, sc.ms[:0], sc.toks, false)
	return sc.ms, sc.toks
}

// ReadRef reports whether the last Scan read its reference date. When it
// did not, the scan reads the same under any other date: its dates are
// all written in full, or there are none.
func (sc *Scanner) ReadRef() bool { return sc.usedRef }

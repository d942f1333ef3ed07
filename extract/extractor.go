package extract

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnfacts/vnfacts/normalize"
)

// Version names the extraction rules. Stored facts made by another version
// are re-extracted on the next ingest: change it with any rule that can
// change a fact.
const Version = "165"

// qualifierPhrases are read right before a figure, longest first.
var qualifierPhrases = []struct {
	words, q string
}{
	{"không vượt quá", AtMost}, {"không ít hơn", AtLeast}, {"không dưới", AtLeast},
	{"không thấp hơn", AtLeast}, {"không nhỏ hơn", AtLeast}, {"không cao hơn", AtMost}, {"không nhiều hơn", AtMost}, {"không lớn hơn", AtMost},
	{"suýt soát", Approx},
	{"trên mốc", MoreThan}, {"dưới mốc", LessThan}, {"trên ngưỡng", MoreThan}, {"dưới ngưỡng", LessThan}, {"quanh mốc", Approx}, {"quanh ngưỡng", Approx},
	{"trên dưới", Approx}, {"khoảng gần", Approx}, {"gần như", Approx}, {"ước chừng", Approx},
	{"ước khoảng", Approx}, {"xấp xỉ", Approx}, {"khoảng chừng", Approx}, {"chừng", Approx},
	{"khoảng", Approx}, {"gần", Approx}, {"hơn", MoreThan}, {"trên", MoreThan}, {"vượt", MoreThan},
	{"vượt quá", MoreThan}, {"vượt mốc", MoreThan}, {"vượt qua mốc", MoreThan}, {"vượt ngưỡng", MoreThan}, {"vượt qua ngưỡng", MoreThan}, {"ngót", Approx}, {"ngót nghét", Approx}, {"~", Approx}, {"≈", Approx},
	{"xung quanh", Approx}, {"loanh quanh", Approx}, {"quanh mức", Approx}, {"quanh", Approx},
	{"chưa đến", LessThan}, {"chưa tới", LessThan}, {"không đến", LessThan}, {"không tới", LessThan},
	{"chưa đầy", LessThan}, {"không đầy", LessThan}, {"dưới", LessThan}, {"chưa tới", LessThan},
	{"ít nhất", AtLeast}, {"tối thiểu", AtLeast}, {"tối đa", AtMost}, {"không quá", AtMost}, {"nhiều nhất", AtMost},
	{"quá", MoreThan},
}

// comparatives before "hơn" make it a difference ("cao hơn 0,48%"), not a
// bound.
var comparatives = map[string]bool{
	"cao": true, "thấp": true, "nhiều": true, "ít": true, "lớn": true, "nhỏ": true, "lâu": true,
	"sớm": true, "muộn": true, "mạnh": true, "nhanh": true, "chậm": true, "đắt": true, "rẻ": true,
}

// toAfter reports a "to" word (lên, xuống, còn, đến, tới, về) after the
// figure at token first, before the clause ends: "giảm từ 10% xuống 1%".
func toAfter(c *sentenceCtx, first int) bool {
	for k := first + 1; k < len(c.toks) && k <= first+8; k++ {
		if w := c.low(k); fromTo[w] || w == "về" {
			return true
		}
		t := c.toks[k]
		inNumber := (t.Text == "," || t.Text == ".") && !t.Space && k+1 < len(c.toks) && c.toks[k+1].IsNum() && !c.toks[k+1].Space
		if !inNumber && (t.Text == "," || t.Text == ";" || t.Text == "." || t.Text == "(") {
			return false
		}
	}
	return false
}

// fromTo are the words between the two figures of "từ X lên Y".
var fromTo = map[string]bool{"lên": true, "xuống": true, "còn": true, "đến": true, "tới": true}

// sizeBounds are the comparatives that make "hơn" a bound when nothing
// is compared: greater or more than, smaller or fewer than.
var sizeBounds = map[string]string{"lớn": MoreThan, "nhiều": MoreThan, "nhỏ": LessThan, "ít": LessThan}

// changeBlockers between tăng/giảm and a figure make it a level reached:
// "tăng lên 30%", "giảm còn 2%", "giảm từ 10% xuống 1%", "giảm mạnh đạt 3%".
var changeBlockers = map[string]bool{
	"lên": true, "xuống": true, "còn": true, "về": true, "từ": true, "đạt": true, "ở": true, "là": true,
	"bằng": true, "chiếm": true, "của": true, "có": true, "trong": true, "tại": true, "cho": true, "so": true,
	// "298 mã giảm và 62 mã": the verb belongs to the figure before "và".
	"và": true, "hoặc": true,
	// "tăng cao với khoảng 737.000 lượt khách": the level it came to.
	"với": true,
	// "giảm trên cả 3 tiêu chí": the figure counts what fell, not a fall.
	"cả": true,
}

// Extractor reads facts from clean article text.
type Extractor struct {
	// Ref is the date figures hold for when a sentence names none, and the
	// reference for dates written without a year. Zero means unknown.
	Ref time.Time
}

// Facts returns every figure of text, in order. doc names the input.
func (x Extractor) Facts(doc, text string) []Fact {
	return x.facts(doc, text, nil)
}

// ArticleFacts returns the facts of a cleaned article, with its date as
// the reference: Extractor{Ref: a.Published}.Facts(a.Doc, a.Text). It
// scans again none of the sentences the cleaner read to guess the date,
// and lets go of them.
func ArticleFacts(a *Article) []Fact {
	fs := Extractor{Ref: a.Published}.facts(a.Doc, a.Text, a.opening)
	a.opening.release()
	a.opening = nil
	return fs
}

func (x Extractor) facts(doc, text string, kept *openingScans) []Fact {
	// News gives a figure to every few hundred bytes; growing the slice
	// fact by fact copied each article's facts five times over.
	out := make([]Fact, 0, len(text)/400+4)
	ref := x.Ref
	scanRef := ref
	if scanRef.IsZero() {
		scanRef = time.Now().In(normalize.Location)
	}
	para := ""
	prev := 0
	sc := scanners.Get().(*normalize.Scanner)
	defer scanners.Put(sc)
	for _, sp := range Sentences(text) {
		sent := text[sp.Start:sp.End]
		// A paragraph's as_of cue ("Tính đến ngày 31/7, ...") carries over
		// to its later sentences.
		if nl := strings.LastIndexByte(text[prev:sp.Start], '\n'); nl >= 0 && !continuesList(text, prev+nl) {
			para = ""
		}
		prev = sp.Start
		var asOf string
		ms, toks, ok := kept.scan(sp, scanRef)
		if !ok {
			if !mayHoldFigure(sent) {
				continue
			}
			ms, toks = sc.Scan(sent, scanRef)
		}
		out, asOf = x.sentenceFacts(out, doc, sent, sp.Start, para, ms, toks)
		if asOf != "" {
			para = asOf
		}
	}
	return out
}

// FactsOfSentence is Facts for one sentence, with offsets into it.
func (x Extractor) FactsOfSentence(doc, sentence string) []Fact {
	ref := x.Ref
	if ref.IsZero() {
		ref = time.Now().In(normalize.Location)
	}
	if !mayHoldFigure(sentence) {
		return nil
	}
	ms, toks := new(normalize.Scanner).Scan(sentence, ref)
	fs, _ := x.sentenceFacts(nil, doc, sentence, 0, "", ms, toks)
	return fs
}

// scanners keeps Scanners, and their grown buffers, from article to article.
var scanners = sync.Pool{New: func() any { return new(normalize.Scanner) }}

type sentenceCtx struct {
	text string
	toks []normalize.Token
	ms   []normalize.Mention
	// The fact of the mention before the one being read, so that a list
	// that leaves its unit out costs one reading a member, not a chain.
	prev   Fact
	prevMI int
	prevOK bool
	// Set while a fact reads the one before it: reading a figure may look
	// at the next one ("từ 18.000 lên 25.000 tỷ đồng"), which must not
	// look back again.
	lookingBack bool
}

// factBefore is the fact of mention k, read to decide the one after it,
// or false while such a reading is under way.
func (x Extractor) factBefore(c *sentenceCtx, ms []normalize.Mention, k int) (Fact, bool) {
	if c.prevMI == k {
		return c.prev, c.prevOK
	}
	if c.lookingBack {
		return Fact{}, false
	}
	c.lookingBack = true
	defer func() { c.lookingBack = false }()
	return x.fact(c, ms, k)
}

// index returns the first token that starts at or after byte b.
func (c *sentenceCtx) index(b int) int {
	return sort.Search(len(c.toks), func(i int) bool { return c.toks[i].Start >= b })
}

// rateAt reports whether tokens i-1 and i are "tỷ lệ" (a rate).
func (c *sentenceCtx) rateAt(i int) bool {
	return c.low(i) == "lệ" && (c.low(i-1) == "tỷ" || c.low(i-1) == "tỉ")
}

// inSlogan reports whether tokens [first, last) stand in a short quoted
// phrase of words and small numbers: “1 vốn 5 lời”, "5 sạch, 3 không".
func inSlogan(c *sentenceCtx, first, last int) bool {
	phrase := func(k int) bool { return c.toks[k].IsWord() || c.toks[k].IsNum() || c.toks[k].Text == "," }
	open := -1
	for k := first - 1; k >= 0 && k >= first-4; k-- {
		if t := c.toks[k].Text; t == "“" || t == "\"" && opensQuote(c, k) {
			open = k
			break
		}
		if !phrase(k) {
			return false
		}
	}
	if open < 0 {
		return false
	}
	for k := last; k < len(c.toks) && k <= last+4; k++ {
		if t := c.toks[k].Text; t == "”" || t == "\"" {
			return k-open <= 7
		}
		if !phrase(k) {
			return false
		}
	}
	return false
}

// opensQuote reports whether the straight quote at token k opens one:
// straight quotes open and close alike, so one after an even number of
// them opens.
func opensQuote(c *sentenceCtx, k int) bool {
	n := 0
	for j := 0; j < k; j++ {
		if c.toks[j].Text == "\"" {
			n++
		}
	}
	return n%2 == 0
}

// percentAt reports whether the mention that starts at token j is a share.
func (c *sentenceCtx) percentAt(j int) bool {
	at := c.toks[j].Start
	for _, m := range c.ms {
		if m.Start == at {
			return m.Kind == normalize.KindPercent
		}
	}
	return false
}

// inDate reports whether token j is part of a date or a time.
func (c *sentenceCtx) inDate(j int) bool {
	at := c.toks[j].Start
	for _, m := range c.ms {
		if m.Start <= at && at < m.End {
			return m.Kind == normalize.KindDate || m.Kind == normalize.KindTime || m.Kind == normalize.KindDateTime
		}
	}
	return false
}

func (c *sentenceCtx) low(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.toks[i].Lower
}

// mayHoldFigure reports whether a sentence can hold a figure: a digit or
// a number word. Most prose sentences have neither and skip the scanner.
// figureStarts are the bytes mayHoldFigure looks at: digits and the
// first letters of the number words.
var figureStarts = func() (t [256]bool) {
	for _, c := range "0123456789mMtTn" {
		t[c] = true
	}
	return t
}()

func mayHoldFigure(sent string) bool {
	// One pass: each of the number words begins with m, t or n, and its
	// second byte (ư's lead byte C6, r, E1 or g) turns most of those
	// letters away before any word is compared.
	for i := 0; i < len(sent); i++ {
		c := sent[i]
		if !figureStarts[c] {
			// Most bytes: one lookup.
			continue
		}
		if c <= '9' {
			return true
		}
		if i+1 >= len(sent) {
			break
		}
		var words []string
		switch next := sent[i+1]; c {
		case 'm', 'M':
			if next != 0xC6 {
				continue
			}
			words = numberWordsM
			if c == 'M' {
				words = numberWordsCapM
			}
		case 't':
			if next != 'r' && next != 0xE1 {
				continue
			}
			words = numberWordsT
		case 'T':
			if next != 'r' {
				continue
			}
			words = numberWordsCapT
		case 'n':
			if next != 'g' {
				continue
			}
			words = numberWordsN
		default:
			continue
		}
		for _, w := range words {
			if strings.HasPrefix(sent[i:], w) {
				return true
			}
		}
	}
	return false
}

// The words without which a sentence written in words holds no figure:
// tens, hundreds and scales ("hai mươi lăm", "bốn triệu", "phần trăm"), by
// their first letter.
var (
	numberWordsM    = []string{"mươi", "mười"}
	numberWordsCapM = []string{"Mười"}
	numberWordsT    = []string{"trăm", "triệu", "tỷ", "tỉ"}
	numberWordsCapT = []string{"Trăm"}
	numberWordsN    = []string{"nghìn", "ngàn"}
)

// continuesList reports whether the line after the newline at nl goes on
// with the paragraph before it: a list and the line that brings it in
// ("Trong đó:", "- Nông sản đạt 30,2 tỷ USD;").
func continuesList(text string, nl int) bool {
	line := text[nl+1:]
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = strings.TrimSpace(line)
	before := strings.TrimSpace(text[:nl])
	return strings.HasSuffix(line, ":") || strings.HasSuffix(before, ":") || isBullet(line)
}

// isBullet reports a line that begins with a list mark.
func isBullet(line string) bool {
	for _, m := range []string{"- ", "+ ", "* ", "• ", "– "} {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	return false
}

// sentenceFacts appends the facts of one sentence to out, from its
// mentions and tokens.
func (x Extractor) sentenceFacts(out []Fact, doc, sent string, offset int, paraAsOf string, ms []normalize.Mention, toks []normalize.Token) ([]Fact, string) {
	if len(ms) == 0 {
		return out, ""
	}
	c := &sentenceCtx{text: sent, toks: toks, ms: ms}
	asOf := sentenceAsOf(c, ms, x.Ref)
	carry := asOf
	if asOf == "" {
		// A period inside the sentence holds for its figures only.
		asOf = subjectPeriod(c, ms, x.Ref)
	}
	if asOf == "" {
		asOf = paraAsOf
	}
	if asOf == "" && !x.Ref.IsZero() {
		asOf = x.Ref.Format("2006-01-02")
	}
	n := len(out)
	c.prevMI = -1
	for mi := range ms {
		f, ok := x.fact(c, ms, mi)
		c.prev, c.prevMI, c.prevOK = f, mi, ok
		if !ok {
			continue
		}
		f.Doc = doc
		f.AsOf = asOf
		if d := ownPeriod(c, ms, mi, f, x.Ref); d != "" {
			f.AsOf = d
		}
		f.Sentence = sent
		f.Start += offset
		f.End += offset
		out = append(out, f)
	}
	// These work in place on the sentence's facts.
	out = out[:n+len(mergeRatios(c, out[n:], offset))]
	out = out[:n+len(dropRateBases(c, out[n:], offset))]
	inheritChange(c, out[n:], offset)
	return out, carry
}

// dropRateBases drops the base of a rate: "112 bé trai trên 100 bé gái",
// "26.045 ca/1 triệu dân". A round number right after a figure and "trên"
// or "/" says what the figure is counted per, not a figure of its own.
func dropRateBases(c *sentenceCtx, fs []Fact, offset int) []Fact {
	for i := 1; i < len(fs); i++ {
		between := strings.TrimSpace(c.text[fs[i-1].End-offset : fs[i].Start-offset])
		// "246.000 đồng/500 gr": the quantity a price is for.
		perPrice := between == "/" && fs[i].Kind == Count && fs[i-1].Kind == Money
		if perPrice || (between == "trên" || between == "/") && fs[i].Kind == Count && fs[i-1].Kind == Count && isRoundBase(fs[i].Value) {
			fs = append(fs[:i], fs[i+1:]...)
			i--
		}
	}
	return fs
}

// isRoundBase reports 10, 100, 1.000 … 1 million: the bases rates are
// given per.
func isRoundBase(v float64) bool {
	for b := 10.0; b <= 1e6; b *= 10 {
		if v == b {
			return true
		}
	}
	return false
}

// mergeRatios turns "45 học sinh đạt giải trong tổng số 60 học sinh" into
// the ratio 45/60: a count, a few words, "trong (tổng) số" or "trên tổng
// số", and a count of the same thing.
func mergeRatios(c *sentenceCtx, fs []Fact, offset int) []Fact {
	for i := 0; i+1 < len(fs); i++ {
		a, b := fs[i], fs[i+1]
		if a.Kind != Count || b.Kind != Count || a.Unit == "" || b.Unit == "" || a.Max != 0 || b.Max != 0 {
			continue
		}
		between := " " + normalize.Lower(strings.TrimSpace(c.text[a.End-offset:b.Start-offset])) + " "
		if fieldCount(between, 8) > 8 || strings.ContainsAny(between, ",;()") {
			continue
		}
		// "Cứ 10 người trưởng thành thì có 3 người": 3 in every 10.
		if everyCue[between] && c.low(c.index(a.Start-offset)-1) == "cứ" && sameNoun(b, a) && b.Value <= a.Value {
			fs[i+1].Kind, fs[i+1].Denominator = Ratio, a.Value
			fs = append(fs[:i], fs[i+1:]...)
			continue
		}
		if !(strings.HasSuffix(between, " trong tổng số ") || strings.HasSuffix(between, " trong số ") || strings.HasSuffix(between, " trên tổng số ") || between == " trên ") {
			continue
		}
		if !sameNoun(a, b) || b.Value < a.Value {
			continue
		}
		fs[i].Kind, fs[i].Denominator = Ratio, b.Value
		fs = append(fs[:i+1], fs[i+2:]...)
	}
	return fs
}

// everyCue joins the two counts of "cứ N người thì có M người".
var everyCue = map[string]bool{" thì có ": true, " thì ": true, " có ": true, " lại có ": true, " thì lại có ": true, " thì sẽ có ": true, " sẽ có ": true}

// sameNoun reports whether part counts what whole counts: the head of
// whole's unit is a word of part's ("151 nữ đại biểu trong tổng số 499
// đại biểu").
func sameNoun(part, whole Fact) bool {
	head := normalize.Lower(firstWord(whole.Unit))
	return strings.Contains(" "+normalize.Lower(part.Unit)+" ", " "+head+" ")
}

// fact turns mention mi into a fact, or reports false when it is none.
func (x Extractor) fact(c *sentenceCtx, ms []normalize.Mention, mi int) (Fact, bool) {
	m := ms[mi]
	f := Fact{Value: m.Value, Max: m.Max, Qualifier: Exact, Start: m.Start, End: m.End}
	first, last := c.index(m.Start), c.index(m.End)
	switch m.Kind {
	case normalize.KindPercent:
		f.Kind, f.Unit = Percent, "%"
		if c.low(last) == "tấm" {
			return f, false // "gạo 5% tấm": a grade of rice, its broken grains
		}
	case normalize.KindMoney:
		f.Kind, f.Unit, f.Per = Money, m.Unit, m.Per
	case normalize.KindRatio:
		f.Kind, f.Denominator = Ratio, m.Denominator
		unit, end := unitAfter(c, last)
		if m.Unit != "" {
			// "3.410/4.200 tỷ đồng": the scanner read the scale and currency.
			unit, end = m.Unit, c.toks[last].Start+len(m.Unit)
		}
		f.Unit = unit
		if unit == "" && m.Value <= 31 && m.Denominator <= 12 && !strings.Contains(m.Text, ".") && !strings.Contains(m.Text, ":") && len(m.Text) <= 5 && !fractionCue(c, first, last) {
			return f, false // a day and month with its cue word missing
		}
		if end > m.End && unit != "" {
			f.End = c.toks[last].Start + len(unit)
		}
	case normalize.KindAge:
		// "Tuổi thọ trung bình … là 74,5 tuổi", "tuổi nghỉ hưu là 62
		// tuổi": an age its subject names is a figure; a person's age
		// ("Ông A, 54 tuổi") or a bracket ("trẻ dưới 6 tuổi") is not.
		if !ageReading(c, first) {
			return f, false
		}
		f.Kind, f.Unit = Count, "tuổi"
	case normalize.KindNumber:
		f.Kind = Count
		if m.Unit != "" {
			// "30km/h" reads as "30 km/h" does: the measure and what it
			// is per make the unit.
			f.Unit = m.Unit
			if m.Per != "" {
				f.Unit += "/" + m.Per
				break
			}
			// "51kg kim loại màu vàng" reads as "51 kg kim loại màu vàng"
			// does: the noun after the measure is what it weighs.
			if noun, end := unitAfter(c, last); noun != "" && !normalize.MeasureUnits[c.low(last)] {
				f.Unit += " " + noun
				f.End = end
			}
			break
		}
		// The unit follows the figure, unless a footnote mark stands
		// between them or a list left it out: then the fact's span does not
		// take it in.
		at := last
		if footnoteAt(c, last) {
			at = last + 3 // "110.764(1) doanh nghiệp": the unit is past the mark
		}
		unit, _ := unitAfter(c, at)
		apart := at != last
		// A bare number reads as a figure when it is large or scaled.
		// "dao động 87-145": a range a subject moves in reads as a
		// figure, however small.
		figureLike := m.Value >= 1000 && !m.Plain || m.Scaled || m.Max > 0 && movesIn(c, cueBefore(c, first))
		if m.Scaled && m.Value >= 1e3 && (unit == "tiền" || strings.HasPrefix(unit, "tiền ")) {
			// "thu về 50 tỷ tiền lãi": the money is the unit.
			f.Kind, f.Unit = Money, "VND"
			break
		}
		if per := perAfter(c, last); unit == "" && m.Scaled && per != "" {
			// "tăng 50 nghìn/tấn", "3 triệu/người": a scaled amount per
			// something, with "đồng" left out, is a price; per a span of
			// time ("100 nghìn/ngày") it may count visitors, so only
			// after talk of money ("lương 7 triệu/tháng").
			if _, span := normalize.TimeUnits[normalize.Lower(per)]; !span || moneyContext(c, first) {
				f.Kind, f.Unit, f.Per = Money, "VND", per
				f.End = c.toks[last].Start + 1 + len(per)
				break
			}
		}
		if unit == "" && m.Scaled {
			// "lần lượt là 1.200 tỷ, 850 tỷ và 430 tỷ đồng": each member
			// has its scale; the last gives them its currency.
			if l := listEnd(c, ms, mi, scaledBare); l > mi && ms[l].Kind == normalize.KindMoney && ms[l].Max == 0 {
				f.Kind, f.Unit, f.Per = Money, ms[l].Unit, ms[l].Per
				break
			}
		}
		if unit == "" && m.Scaled && m.Value >= 1e6 && (moneyContext(c, first) || afterMoney(x, c, ms, mi)) {
			// "doanh thu đạt 1.200 tỷ": news leaves "đồng" out after
			// talk of money.
			f.Kind, f.Unit, f.Per = Money, "VND", m.Per
			break
		}
		if unit == "" && !m.Scaled {
			// "lần lượt là 10, 20 và 30 tỷ đồng": the last of a list
			// gives the others its scale and unit.
			if l := listEnd(c, ms, mi, plainBare); l > mi {
				if lf, ok := x.fact(c, ms, l); ok && lf.Unit != "" && lf.Max == 0 && lf.Denominator == 0 {
					if factor := scaleOf(lf, ms[l]); factor > 0 {
						f.Kind, f.Unit, f.Per, f.Value = lf.Kind, lf.Unit, lf.Per, normalize.MulScale(m.Value, factor)
						break
					}
				}
			}
		}
		to := last + 1
		if c.low(to) == "còn" {
			to++ // "giảm từ 5 xuống còn 1 ca"
		}
		if unit == "" && c.low(first-1) == "từ" && fromTo[c.low(last)] && mi+1 < len(ms) && nextAfterBound(c, to) == c.index(ms[mi+1].Start) {
			// "giảm từ 63 xuống 34 tỉnh": the first figure counts what the
			// second does, in its scale; "từ 18.000 tỷ lên 25.000 tỷ đồng"
			// has its scale and takes the currency.
			if nf, ok := x.fact(c, ms, mi+1); ok && nf.Unit != "" && nf.Max == 0 && nf.Denominator == 0 {
				if m.Scaled && nf.Kind == Money {
					f.Kind, f.Unit, f.Per = nf.Kind, nf.Unit, nf.Per
					break
				}
				if factor := scaleOf(nf, ms[mi+1]); factor > 0 && !m.Scaled {
					v := normalize.MulScale(m.Value, factor)
					if r := v / nf.Value; (r > 1000 || r < 0.001) && nf.Kind == Money {
						// "tăng từ 300.000 lên 1,5 triệu đồng": the first
						// figure is written out in full; it takes the
						// currency only.
						v = m.Value
					}
					f.Kind, f.Unit, f.Per, f.Value = nf.Kind, nf.Unit, nf.Per, v
					break
				}
			} else if ok && nf.Kind == Count && nf.Unit == "" && figureLike {
				// "giảm từ 150 triệu xuống còn 126 triệu": the first of two
				// bare figures is one as the second is.
				f.Kind = Count
				break
			}
		}
		if unit == "" && (figureLike || bracketed(c, first, last) || breakdownMember(c, first)) {
			unit = x.elidedUnit(c, ms, mi, first)
			apart = unit != ""
		}
		if unit == "" {
			if mf, ok := x.elidedMoney(c, ms, mi, first); ok {
				f.Kind, f.Value, f.Unit, f.Per = mf.Kind, mf.Value, mf.Unit, mf.Per
				break
			}
		}
		if unit == "" {
			// A bare number is a figure only when it reads as one: large
			// and given after a colon or a verb ("đã sử dụng: 1.700.300").
			if (!figureLike || !bareCue(c, first, last) && !bracketed(c, first, last)) && !indexReading(c, first) {
				return f, false
			}
		}
		f.Unit = unit
		if unit != "" && !apart {
			f.End = c.toks[last].Start + len(unit)
		}
	default:
		return f, false
	}
	if f.Kind == Count && m.Plain && m.Value < 100 && inSlogan(c, first, last) {
		return f, false // "trồng loại cây “1 vốn 5 lời”": a saying, not a count
	}
	if f.Kind == Count && m.Plain && inLabelList(c, ms, mi) {
		return f, false // "Điều 3, 4 và 5": names, like the first
	}
	if f.Kind == Count && (isNonCountUnit(f.Unit) && m.Kind != normalize.KindAge || isRatingOrPlace(c, first, last, f.Unit) || isTypeDescriptor(c, first, f.Unit) || isVoltageClass(c, first, f.Unit) || isModel(c, first, m, f.Unit) || isNameYear(c, first, m) || inPer(c, first)) {
		return f, false
	}
	if isReferenceUnit(c, first, f) {
		return f, false
	}
	// A range from nothing is a bracket, not an amount: "bậc 1 (từ 0-50
	// kWh)", "trẻ 0-6 tuổi".
	if f.Kind == Count && f.Value == 0 && f.Max > 0 && !strings.HasPrefix(normalize.Lower(f.Unit), "độ") {
		return f, false // a temperature from 0 is measured: "0-3 độ C"
	}
	// The base of a rate: "bác sĩ trên 10.000 dân", "mỗi 100.000 dân".
	if f.Kind == Count && isRateBase(c, first, f) {
		return f, false
	}
	// A part is no larger than its whole: a bare "7.582/1" is a pair of
	// counts in a health report's "cases/deaths" notation, or a score, and
	// "huyết áp 80/50 mmHg" a pair of readings.
	if f.Kind == Ratio && f.Value > f.Denominator {
		return f, false
	}
	f.Qualifier = qualifier(c, first, last, f.Kind)
	if f.Qualifier == AtLeast && f.Max != 0 && c.low(first-1) == "từ" {
		f.Qualifier = Exact // "có giá từ 2-4 tỷ đồng": a range has its two ends
	}
	f.Change = change(c, first)
	if c.low(first-1) == "âm" && f.Value > 0 {
		// Below zero: "lợi nhuận âm 50 tỷ đồng", "lãi suất âm 0,1%" are
		// levels; after "tăng trưởng" ("tăng trưởng tín dụng âm 1,2%") the
		// figure is a fall, as "giảm 1,2%" is.
		if growthBefore(c, first-1) {
			f.Change = Decrease
		} else {
			f.Change, f.Start = "", c.toks[first-1].Start
			if f.Max != 0 {
				f.Value, f.Max = -f.Max, -f.Value // "âm 2-5": from -5 to -2
			} else {
				f.Value = -f.Value
			}
		}
	}
	// "từ 10 tiêu chí trở lên", "từ 70.000 đồng/kg trở xuống": after the
	// unit of a count, after the sign or currency of the others.
	k := last
	if f.Kind != Percent && f.Kind != Money {
		k = c.index(f.End)
	}
	if c.low(k) == "trở" {
		switch c.low(k + 1) {
		case "lên":
			f.Qualifier = AtLeast
		case "xuống":
			f.Qualifier = AtMost
		}
	}
	f.Text = c.text[f.Start:f.End]
	return f, true
}

// listEnd returns the last mention of a list that mention mi opens, its
// members those that member takes, joined by "," or "và" ("10, 20 và 30
// tỷ đồng", "1.200 tỷ, 850 tỷ và 430 tỷ đồng"), or -1.
func listEnd(c *sentenceCtx, ms []normalize.Mention, mi int, member func(normalize.Mention) bool) int {
	for j := mi; j+1 < len(ms); j++ {
		if !listSep(c.text[ms[j].End:ms[j+1].Start]) {
			return -1
		}
		n := ms[j+1]
		if !member(n) || j+2 >= len(ms) || !listSep(c.text[n.End:ms[j+2].Start]) {
			return j + 1
		}
	}
	return -1
}

// plainBare and scaledBare are the members of lists whose last member
// gives the others their unit: numbers with no unit, without or with a
// scale.
func plainBare(n normalize.Mention) bool {
	return n.Kind == normalize.KindNumber && n.Plain && n.Unit == ""
}

func scaledBare(n normalize.Mention) bool {
	return n.Kind == normalize.KindNumber && n.Scaled && n.Unit == ""
}

// inLabelList reports a number in a list that a label or an ordinal
// opens: the 4 and 5 of "Điều 3, 4 và 5", "thứ 2, 3".
func inLabelList(c *sentenceCtx, ms []normalize.Mention, mi int) bool {
	for j := mi; j > 0 && listSep(c.text[ms[j-1].End:ms[j].Start]); j-- {
		switch p := ms[j-1]; {
		case p.Kind == normalize.KindLabel || p.Kind == normalize.KindOrdinal:
			return true
		case p.Kind != normalize.KindNumber || !p.Plain:
			return false
		}
	}
	return false
}

func listSep(s string) bool {
	switch strings.TrimSpace(s) {
	case ",", "và", "hoặc", ", và":
		return true
	}
	return false
}

// scaleOf returns what fact f, read from mention m, multiplies m's digits
// by: 1e9 for "30 tỷ đồng", and for "20" of "10, 20 và 30 tỷ đồng" the
// scale it took from the end of its list; 1 for "30%", 0 when it cannot
// tell.
func scaleOf(f Fact, m normalize.Mention) float64 {
	v, _, err := normalize.ParseNumber(m.Text)
	if err != nil || v == 0 {
		return 0
	}
	// The ratio of two decimals is a power of ten give or take the last
	// bit: "2,3" that took its scale from "4,1 tỷ" is 1e9, not 999999999.9999999.
	r := f.Value / v
	if e := math.Round(math.Log10(r)); math.Abs(r/math.Pow(10, e)-1) < 1e-9 {
		return math.Pow(10, e)
	}
	return r
}

// isNonCountUnit reports units that make a number something other than a
// count: ages and multipliers are read by the scanner; these are the
// nouns of rank and order.
func isNonCountUnit(u string) bool {
	w := normalize.Lower(firstWord(u))
	if w == "phiên" {
		// Trading sessions are a span of time ("tăng 5 phiên liên
		// tiếp", "bán ròng 10 phiên"); a hearing or a meeting is named:
		// "3 phiên tòa", "2 phiên họp".
		rest := normalize.Lower(strings.TrimSpace(u[len(w):]))
		return rest == "" || strings.HasPrefix(rest, "liên tiếp") || strings.HasPrefix(rest, "giao dịch")
	}
	if w == "con" && strings.HasPrefix(normalize.Lower(u[len(w):]), " số") {
		// "tăng trưởng 2-3 con số": a manner of speaking; "mã số gồm 12
		// chữ số" counts digits and stays.
		return true
	}
	return w == "tuổi" || w == "lần"
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,"); i >= 0 {
		return s[:i]
	}
	return s
}

// fractionCue reports whether a unit-less "1/3" reads as a fraction:
// after "chiếm", "khoảng", "là" in a sentence about a rate, or before
// "trong số" / "số".
func fractionCue(c *sentenceCtx, first, last int) bool {
	switch c.low(first - 1) {
	case "chiếm", "khoảng", "hơn", "gần", "chỉ", "còn", "tới", "đến", "trên", "dưới", "~", "giảm", "tăng":
		return true
	case "là", ":":
		for j := 1; j <= first; j++ {
			if c.rateAt(j) {
				return true
			}
		}
	}
	return c.low(last) == "trong" && c.low(last+1) == "số" || c.low(last) == "số"
}

// isReferenceUnit reports "one unit" written to price or rate something,
// not counted: "giá 1kg thịt", "mỗi 1 lít xăng", "tỷ giá 1 USD",
// "bình quân 1 hộ là 3,7 người", "tính trên 1 người dân".
func isReferenceUnit(c *sentenceCtx, first int, f Fact) bool {
	if f.Value != 1 || f.Denominator != 0 || f.Kind == Percent {
		return false
	}
	switch p := c.low(first - 2); c.low(first - 1) {
	case "giá", "mỗi", "/":
		return true
	case "trên":
		// "giá trị sản xuất trên 1 ha": per hectare, after a value; "thu
		// giữ trên 1 tấn heroin" is more than a tonne.
		for j := first - 2; j >= 0 && j >= first-7; j-- {
			switch c.low(j) {
			case "trị", "suất", "nhập", "nhuận", "phí":
				return true
			}
		}
		return false
	case "quân":
		return p == "bình"
	case "bình":
		return p == "trung"
	}
	return false
}

// isModel reports a model number between a name and a capital-letter
// word: "Boeing 737 MAX", "Galaxy 24 FE". A count after a name goes on in
// lower case ("Hà Nội 120 ca") or carries a measure ("450 MW").
func isModel(c *sentenceCtx, first int, m normalize.Mention, unit string) bool {
	// "lúa IR 50404", "OM 5451": news groups the digits of a count of a
	// thousand or more, so ungrouped digits after an acronym name a
	// variety or a model.
	if m.Plain && m.Value >= 1000 && len(m.Text) >= 4 && first >= 1 && normalize.IsAcronym(c.toks[first-1].Text) && c.toks[first].Space {
		// Four digits before a noun may still be a count written
		// carelessly ("TP.HCM 1500 ca"); a verb after them may not.
		if w := normalize.Lower(firstWord(unit)); len(m.Text) >= 5 || unit == "" || normalize.PredicateVerbs[w] || normalize.FunctionWords[w] {
			return true
		}
	}
	// The first word of a sentence is capital whatever it is: "Có 3 Công
	// ty".
	if !m.Plain || first < 2 || unit == "" {
		return false
	}
	prev := c.toks[first-1]
	if !prev.IsWord() || !normalize.IsTitle(prev.Text) && !normalize.IsAcronym(prev.Text) {
		return false
	}
	u := firstWord(unit)
	low := normalize.Lower(u)
	return (normalize.IsTitle(u) || normalize.IsAcronym(u)) && !normalize.MeasureUnits[low] && !normalize.InstitutionNouns[low] && normalize.Currencies[low] == ""
}

// isNameYear reports a year that ends a name: "Luật Đất đai 2024", "Hiến
// pháp 2013", "SEA Games 2025". News groups the digits of a count of a
// thousand or more ("2.024 người"), so four bare digits of a year after a
// name, with no word that brings in a figure between, are part of the name.
func isNameYear(c *sentenceCtx, first int, m normalize.Mention) bool {
	if !m.Plain || len(m.Text) != 4 || m.Value < 1900 || m.Value > 2100 || first < 2 {
		return false
	}
	prev := c.toks[first-1]
	if !prev.IsWord() || figureCues[prev.Lower] || countCues[prev.Lower] {
		return false
	}
	// A capital word within the three before, not the sentence's first.
	for k := first - 1; k >= max(1, first-3); k-- {
		t := c.toks[k]
		if !t.IsWord() {
			return false
		}
		if normalize.IsTitle(t.Text) || normalize.IsAcronym(t.Text) {
			return true
		}
	}
	return false
}

// countCues are words after which a number is a count, even after a
// name: "Hà Nội có 2024 ca".
var countCues = map[string]bool{"có": true, "gồm": true, "với": true, "của": true, "cho": true, "được": true,
	"và": true, "đến": true, "tới": true, "trên": true, "dưới": true, "mất": true, "thêm": true, "hết": true, "tổng": true}

// inPer reports a measure that belongs to the unit of a price before it:
// "5.900 USD/container 40 feet", "25.000 đồng/chai 500 ml".
func inPer(c *sentenceCtx, first int) bool {
	return first >= 2 && c.toks[first-2].Text == "/" && c.toks[first-1].IsWord() && !c.toks[first-1].Space
}

// isVoltageClass reports the voltage that names a line or a substation,
// not a quantity: "đường dây 500 kV mạch 3", "trạm biến áp 220 kV".
func isVoltageClass(c *sentenceCtx, first int, unit string) bool {
	if normalize.Lower(firstWord(unit)) != "kv" {
		return false
	}
	switch c.low(first - 1) {
	case "dây", "áp", "trạm", "lưới", "điện":
		return true
	}
	return false
}

// isRateBase reports a round number of inhabitants after "mỗi", or after
// a noun and "trên": the base a rate is given for ("bác sĩ trên 10.000
// dân"), not a count of people.
func isRateBase(c *sentenceCtx, first int, f Fact) bool {
	switch c.low(first - 1) {
	case "mỗi", "/":
	case "trên":
		// After the noun that is rated, in a sentence about a rate: "tỷ
		// lệ bác sĩ trên 10.000 dân". "xã có trên 10.000 dân" and "đô
		// thị trên 100.000 dân" count.
		if first < 2 || !c.toks[first-2].IsWord() || normalize.FunctionWords[c.low(first-2)] {
			return false
		}
		rate := false
		for j := first - 2; j >= 1 && j >= first-8 && !rate; j-- {
			rate = c.rateAt(j)
		}
		if !rate {
			return false
		}
	default:
		return false
	}
	if u := normalize.Lower(f.Unit); u != "dân" && !strings.HasPrefix(u, "dân ") || strings.HasPrefix(u, "dân tộc") {
		return false
	}
	return isRoundBase(f.Value)
}

// nextAfterBound returns token i, or the token after it when i is a word
// that bounds the figure it stands before: "lên hơn 25.000 tỷ đồng".
func nextAfterBound(c *sentenceCtx, i int) int {
	switch c.low(i) {
	case "hơn", "gần", "khoảng", "trên", "dưới", "chừng":
		return i + 1
	}
	return i
}

// isTypeDescriptor reports a number that tells the kind of a thing named
// just before it, as "khách sạn 4-5 sao" does: "căn hộ 2 phòng ngủ", "xe
// 16 chỗ", "nhà 3 tầng". After a verb it counts: "gồm 2 phòng ngủ", "cao
// 45 tầng".
func isTypeDescriptor(c *sentenceCtx, first int, unit string) bool {
	switch normalize.Lower(firstWord(unit)) {
	case "phòng", "chỗ", "tầng", "bánh", "cửa", "ghế", "giường", "chấm":
	default:
		return false
	}
	k := first - 1
	switch c.low(k) {
	case "dưới", "trên", "từ":
		k-- // "xe dưới 12 chỗ"
	}
	switch c.low(k) {
	case "hộ", "xe", "nhà", "tàu", "buýt", "thự", "tô", "phòng", "căn", "tòa", "toà", "khách":
		return c.toks[k].IsWord()
	}
	return false
}

// isRatingOrPlace reports counts that are ratings or coordinates: "khách
// sạn 4-5 sao", "16,5 độ Vĩ Bắc".
func isRatingOrPlace(c *sentenceCtx, first, last int, unit string) bool {
	w := normalize.Lower(firstWord(unit))
	switch w {
	case "sao":
		p := c.low(first - 1)
		return p == "sạn" || p == "hạng" || p == "chuẩn" || p == "đạt"
	case "độ":
		for j := last; j < len(c.toks) && j < last+3; j++ {
			if c.toks[j].Lower == "vĩ" || c.toks[j].Lower == "kinh" {
				return true
			}
		}
	}
	return false
}

// moneyWords are nouns and verbs of money: a scaled number after them
// with no unit is an amount in đồng.
var moneyWords = map[string]bool{
	"thu": true, "chi": true, "lãi": true, "lỗ": true, "vốn": true, "giá": true, "tiền": true, "nợ": true,
	"phạt": true, "phí": true, "lương": true, "thưởng": true, "nộp": true, "vay": true, "gửi": true, "bán": true, "mua": true,
	// chiếm đoạt, thiệt hại, bồi thường, trả, góp, ủng hộ, thuế, kim
	// ngạch ("tài" and "giải" are also tài khoản, giải đấu)
	"đoạt": true, "thiệt": true, "bồi": true, "trả": true, "góp": true, "ủng": true,
	"thuế": true, "ngạch": true,
	// kiếm được ("thu nhập" is "thu"; "nhập khẩu" counts goods)
	"kiếm": true,
	// rút tiền, hỗ trợ, tài trợ, huy động, chuyển khoản, đền bù
	"rút": true, "trợ": true, "huy": true, "chuyển": true, "bù": true,
}

// moneyCompounds are words of money whose syllables alone are not:
// "đầu tư" but "đầu tháng", "lợi nhuận" but "lợi ích", "ô" of "tham ô"
// but of "ô tô".
var moneyCompounds = map[string]bool{
	"đầu tư": true, "doanh thu": true, "doanh số": true, "kinh phí": true, "kinh doanh": true,
	"lợi nhuận": true, "ngân sách": true, "ngân hàng": true, "giải ngân": true, "tiết kiệm": true,
	"trị giá": true, "giá trị": true, "hối lộ": true, "tham ô": true,
}

// afterMoney reports whether mention mi compares with an amount in đồng
// just before it: "giá 68 triệu một m2, cao hơn khởi điểm 12 triệu". A
// figure of something else after money ("doanh thu 5.000 tỷ đồng, lượng
// khách đạt 2 triệu") is not compared with it.
func afterMoney(x Extractor, c *sentenceCtx, ms []normalize.Mention, mi int) bool {
	// "68 triệu một m2": "m2" reads as a code.
	k := mentionBefore(ms, mi, func(m normalize.Mention) bool { return m.Kind == normalize.KindCode })
	if k < 0 {
		return false
	}
	from, to := c.index(ms[k].End), c.index(ms[mi].Start)
	if to-from > 10 {
		return false
	}
	compared := false
	for j := from; j < to; j++ {
		switch c.low(j) {
		case "hơn", "chênh", "tăng", "giảm", "thêm":
			compared = true
		}
	}
	if !compared {
		return false
	}
	pf, ok := x.factBefore(c, ms, k)
	return ok && pf.Kind == Money && pf.Unit == "VND"
}

// moneyContext reports whether one of the six words before token first
// is about money.
func moneyContext(c *sentenceCtx, first int) bool {
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		if !c.toks[j].IsWord() {
			return false
		}
		if moneyWords[c.toks[j].Lower] || moneyCompounds[c.low(j)+" "+c.low(j+1)] || moneyCompounds[c.low(j-1)+" "+c.low(j)] {
			return true
		}
	}
	return false
}

// footnoteAt reports a footnote mark glued to the figure before token i:
// "(1)", "(12)".
func footnoteAt(c *sentenceCtx, i int) bool {
	return i+2 < len(c.toks) && c.toks[i].Text == "(" && !c.toks[i].Space && c.toks[i+1].IsNum() && len(c.toks[i+1].Text) <= 2 && c.toks[i+2].Text == ")"
}

// listBefore returns the fact of the member before mention mi in a list
// that leaves its unit out after the first ("Tân Sơn Nhất hơn 2,5 triệu
// hành khách, Nội Bài hơn 1,5 triệu, Đà Nẵng hơn 600.000"): mi must follow
// a name after a comma, "và" or a semicolon. k is that member, j the
// separator; change says mi is instead the change of the figure before
// ("…, tăng khoảng 50.000").
func (x Extractor) listBefore(c *sentenceCtx, ms []normalize.Mention, mi, first int) (pf Fact, k, j int, change, ok bool) {
	if mi == 0 {
		return
	}
	// "RON 95 là 1.090 đồng/lít", "Boeing 787 là 1,09 triệu đồng": a
	// number that a figure of its own follows through "là" or ":" is
	// part of the name.
	if after := c.index(ms[mi].End); (c.low(after) == "là" || c.low(after) == ":") && mi+1 < len(ms) && c.index(ms[mi+1].Start) == after+1 && isFigureKind(ms[mi+1].Kind) {
		return
	}
	// "The 6 Nature Đà Nẵng có giá …": a bare number a name goes on
	// after is part of the name, not a member that leaves its unit out.
	if after := c.index(ms[mi].End); !ms[mi].Scaled && after < len(c.toks) && c.toks[after].IsWord() && normalize.IsTitle(c.toks[after].Text) {
		return
	}
	j = cueBefore(c, first)
	// "Đà Nẵng (2.323 ca), Gia Lai (2.027), Đồng Tháp (1.355)": a list
	// of places with their figures in brackets.
	if c.low(j) == "(" && j == first-1 && c.low(c.index(ms[mi].End)) == ")" {
		j--
	}
	// "theo sau là VNPT với 4 triệu", "Vinaphone (VNPT) đạt 3 triệu": a
	// word of having may stand between the name and its figure.
	if w := c.low(j); w == "với" || w == "đạt" || w == "có" {
		j--
	}
	names := 0
	for j >= 0 && names < 4 {
		// A name, or one capital letter standing for one ("ứng dụng B").
		if t := c.toks[j]; t.IsWord() && (normalize.IsTitle(t.Text) || normalize.IsAcronym(t.Text) || len(t.Text) == 1 && t.Text[0] >= 'A' && t.Text[0] <= 'Z') || t.Text == "." && names > 0 {
			j--
			names++
			continue
		}
		// A short name in brackets after the name: "Vinaphone (VNPT)".
		if c.toks[j].Text == ")" && j >= 3 && c.toks[j-2].Text == "(" && normalize.IsAcronym(c.toks[j-1].Text) {
			j -= 3
			continue
		}
		break
	}
	// The common noun the name belongs to: "theo sau là ứng dụng B".
	if names > 0 {
		for k := 0; k < 2 && j >= 0 && c.toks[j].IsWord() && !normalize.FunctionWords[c.toks[j].Lower] && c.low(j) != "là" && c.low(j) != "và"; k++ {
			j--
		}
	}
	// "hơn 170.000 người, tăng khoảng 50.000 so với ngày thường": the
	// change of the count just given.
	change = names == 0 && (c.low(j) == "tăng" || c.low(j) == "giảm") && c.low(j-1) == ","
	// "82 người bị thương (Lào Cai 2, Quảng Ninh 9, …)": a bracket after
	// a count opens its breakdown by names.
	breakdown := names > 0 && j > 0 && c.toks[j].Text == "("
	if change {
		j--
	} else if names == 0 || j < 0 || c.toks[j].Text != "," && c.toks[j].Text != ";" && c.low(j) != "và" && c.low(j) != "là" && !breakdown {
		return
	}
	// The figure whose unit is left out is the last before the separator;
	// a code such as "5G" in its unit is passed over.
	k = mentionBefore(ms, mi, func(m normalize.Mention) bool {
		// "người dùng 5G", "lượt trong tháng 7"
		return (m.Kind == normalize.KindCode || change && m.Kind == normalize.KindDate) && m.End <= c.toks[j].Start
	})
	if k < 0 || ms[k].End > c.toks[j].Start {
		return
	}
	if breakdown {
		// Only the words of the count's unit stand between it and the
		// bracket.
		for t := c.index(ms[k].End); t < j; t++ {
			if !c.toks[t].IsWord() || t-c.index(ms[k].End) >= 6 {
				return
			}
		}
	}
	pf, ok = x.factBefore(c, ms, k)
	if breakdown && pf.Kind != Count {
		ok = false
	}
	return pf, k, j, change, ok
}

// elidedUnit is the unit a list leaves out after its first member, a
// count: "Tân Sơn Nhất hơn 2,5 triệu hành khách, Nội Bài hơn 1,5 triệu".
func (x Extractor) elidedUnit(c *sentenceCtx, ms []normalize.Mention, mi, first int) string {
	pf, _, j, change, ok := x.listBefore(c, ms, mi, first)
	if !ok || pf.Kind != Count || pf.Unit == "" || pf.Max != 0 || pf.Denominator != 0 || change && !shortPhrase(c, ms, c.index(pf.End), j) {
		return ""
	}
	return pf.Unit
}

// elidedMoney reads the figure at mention mi as the amount of money a
// list leaves its scale and currency out of after its first member:
// "Tuyên Quang được hỗ trợ 200 tỷ đồng, Cao Bằng 195, Lạng Sơn 20".
func (x Extractor) elidedMoney(c *sentenceCtx, ms []normalize.Mention, mi, first int) (Fact, bool) {
	pf, k, _, change, ok := x.listBefore(c, ms, mi, first)
	if !ok || change || pf.Kind != Money || pf.Max != 0 {
		return Fact{}, false
	}
	v := ms[mi].Value
	if !ms[mi].Scaled {
		factor := scaleOf(pf, ms[k])
		if factor <= 0 {
			return Fact{}, false
		}
		v = normalize.MulScale(v, factor)
	}
	return Fact{Kind: Money, Value: v, Unit: pf.Unit, Per: pf.Per}, true
}

// mentionBefore is the last mention before mi that pass does not pass
// over, or -1.
func mentionBefore(ms []normalize.Mention, mi int, pass func(normalize.Mention) bool) int {
	k := mi - 1
	for k >= 0 && pass(ms[k]) {
		k--
	}
	return k
}

// shortPhrase reports whether tokens [from, to) are a few words, perhaps
// with a date, and no figure: "45.000 khách | trong dịp lễ | , tăng khoảng
// 6.000", "1,5 triệu lượt | trong tháng 7 | , giảm khoảng 100.000".
func shortPhrase(c *sentenceCtx, ms []normalize.Mention, from, to int) bool {
	if to-from > 6 {
		return false
	}
	for k := from; k < to; k++ {
		if t := c.toks[k]; !t.IsWord() && !t.IsNum() && t.Text != "/" {
			return false
		}
	}
	for _, m := range ms {
		if at := c.index(m.Start); at >= from && at < to && m.Kind != normalize.KindDate && m.Kind != normalize.KindPeriod {
			return false
		}
	}
	return true
}

// perAfter is the word glued after "/" at token i ("/tấn", "/m2"), or "".
func perAfter(c *sentenceCtx, i int) string {
	if i+1 >= len(c.toks) || c.toks[i].Text != "/" || c.toks[i].Space || !c.toks[i+1].IsWord() || c.toks[i+1].Space {
		return ""
	}
	per := c.toks[i+1].Text
	if gluedPower(c, i+2) {
		per += c.toks[i+2].Text
	}
	return per
}

// bareCue reports whether the words before a unit-less number introduce
// a value: ":", "là", "đạt", "được", or a verb of reaching a level
// ("vượt", "còn", "lên", "chạm mốc"), with a qualifier or a landmark noun
// between them: "đạt hơn 10 triệu", "vượt ngưỡng 9 triệu", "lên tới".
func bareCue(c *sentenceCtx, first, last int) bool {
	k := cueBefore(c, first)
	// "tăng khoảng 50.000 so với ngày thường": an amount of change,
	// measured against something.
	if (c.low(k) == "tăng" || c.low(k) == "giảm") && c.low(last) == "so" {
		return true
	}
	// "tăng đến con số 380 triệu": the words name what follows a figure;
	// "Hà Nội đứng thứ hai với 7,067 triệu" brings one in.
	if bareCues[c.low(k)] || c.low(k) == "số" && c.low(k-1) == "con" || c.low(k) == "với" {
		return true
	}
	// "thí sinh tự do có 46.978, chiếm 4,38%", "Môn Địa lý có 329.877
	// đăng ký": what a subject has, named before it; "dao động 87-145":
	// the range it moves in.
	if c.low(k) == "có" || movesIn(c, k) {
		return true
	}
	// "sinh viên ít hơn học sinh THPT khoảng 900.000.": the difference
	// that ends a comparison.
	if last < len(c.toks) && c.toks[last].IsWord() {
		return false
	}
	for j := k; j >= 1 && j > k-10 && c.toks[j].IsWord(); j-- {
		if p := c.low(j - 1); c.low(j) == "hơn" && (sizeBounds[p] != "" || p == "cao" || p == "thấp") {
			return true
		}
	}
	return false
}

// movesIn reports "dao động" (ranges, moves within) ending at token k.
func movesIn(c *sentenceCtx, k int) bool { return c.low(k) == "động" && c.low(k-1) == "dao" }

// cueBefore is the token before a bare figure that says what brings it
// in, past "hơn", "khoảng", "mốc" and the like.
func cueBefore(c *sentenceCtx, first int) int {
	k := first - 1
	for k >= 0 && bareSkip[c.low(k)] {
		k--
	}
	return k
}

// ageReading reports an age given as the reading of a subject that names
// an age: "là" or "đạt" before it, and "tuổi" among the words before.
func ageReading(c *sentenceCtx, first int) bool {
	k := cueBefore(c, first)
	if k < 0 || !bareCues[c.low(k)] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		if c.low(j) == "tuổi" {
			return true
		}
	}
	return false
}

// bracketed reports a figure alone in brackets after a name, as reports
// list counts by place: "TP. Hồ Chí Minh (516.477), Bình Dương (293.201)".
// breakdownMember reports a bare number after a name in a bracket that
// follows a count and its unit: "82 người bị thương (Lào Cai 2, Quảng
// Ninh 9, …)" gives the unit once, before the bracket.
func breakdownMember(c *sentenceCtx, first int) bool {
	k := first - 1
	for members := 0; members < 40; members++ {
		names := 0
		for k >= 0 && c.toks[k].IsWord() && (normalize.IsTitle(c.toks[k].Text) || normalize.IsAcronym(c.toks[k].Text)) && names < 4 {
			k--
			names++
		}
		if names == 0 || k < 1 {
			return false
		}
		switch c.toks[k].Text {
		case "(":
			words := 0
			for k--; k >= 0 && c.toks[k].IsWord() && !normalize.IsTitle(c.toks[k].Text) && words < 6; k-- {
				words++
			}
			return words > 0 && k >= 0 && c.toks[k].IsNum()
		case ",":
			if !c.toks[k-1].IsNum() {
				return false
			}
			k -= 2
		default:
			return false
		}
	}
	return false
}

func bracketed(c *sentenceCtx, first, last int) bool {
	return first >= 2 && c.low(first-1) == "(" && c.low(last) == ")" && c.toks[first-2].IsWord() &&
		(normalize.IsTitle(c.toks[first-2].Text) || normalize.IsAcronym(c.toks[first-2].Text))
}

// indexReading reports a bare figure whose subject says what it counts or
// measures: the value of an index, which has no unit ("chỉ số AQI tại Hà
// Nội lên tới 185"), or a number of things named before it ("số nhà sập
// đổ, hư hỏng là 108", "tổng số ca mắc: 127").
func indexReading(c *sentenceCtx, first int) bool {
	k := cueBefore(c, first)
	if !bareCues[c.low(k)] && c.low(k) != "mức" {
		return false
	}
	// "(Năm trước = 100)", "(kỳ gốc = 100)": the base an index is
	// measured against, not a reading of it.
	if c.low(k) == "=" && k >= 2 && (c.low(k-1) == "trước" || c.low(k-1) == "gốc") {
		return false
	}
	for j := k - 1; j >= 0; j-- {
		if c.rateAt(j) {
			return true // a rate per a base: "tỷ lệ bác sĩ trên 10.000 dân chỉ đạt 8,5"
		}
		if c.low(j) == "điểm" && scoreKinds[c.low(j+1)] {
			return true // a score: "điểm trung bình môn Toán là 6,45", "điểm chuẩn là 25"
		}
		if c.low(j) == "độ" && c.low(j-1) == "nồng" {
			return true // a concentration: "nồng độ bụi PM 2.5 đo được là 101"
		}
		if c.low(j) != "số" {
			continue
		}
		switch c.low(j - 1) {
		case "mã", "hiệu", "thứ", "biển", "thoại", "tài", "khoản", "bằng", "ký":
			return false // a code, an ordinal, a plate or an account
		}
		switch c.low(j + 1) {
		case "thứ", "hiệu", "điện", "tài", "báo", "định", "căn", "chứng", "xe", "máy", "khung", "phòng", "ghế", "áo":
			return false // "số thứ tự", "số điện thoại", "số áo": a name, not a count
		}
		return true
	}
	return false
}

// scoreKinds follow "điểm" in the names of exam scores.
var scoreKinds = map[string]bool{"trung": true, "bình": true, "chuẩn": true, "sàn": true, "thi": true, "xét": true, "sàng": true}

var (
	bareCues = map[string]bool{":": true, "là": true, "đạt": true, "được": true, "=": true, "tổng": true,
		"vượt": true, "còn": true, "chiếm": true, "lên": true, "xuống": true, "cán": true, "chạm": true}
	bareSkip = map[string]bool{"hơn": true, "khoảng": true, "gần": true, "trên": true, "xấp": true, "xỉ": true,
		"chừng": true, "tới": true, "mốc": true, "ngưỡng": true}
)

// unitAfter reads the noun phrase after a figure: "dịch vụ thiết yếu",
// "bộ, ngành". It stops at a function word, a name, punctuation or a
// second figure, and takes at most six words. It returns the unit as
// written and the byte offset where it ends.
func unitAfter(c *sentenceCtx, i int) (string, int) {
	const maxWords = 6
	// A noun in quotes is the unit all the same: 5 "đại gia", 12 “siêu
	// xe”. The closing quote ends it.
	quoted := i+1 < len(c.toks) && c.toks[i].Space && (c.toks[i].Text == "\"" || c.toks[i].Text == "“") && c.toks[i+1].IsWord() && !c.toks[i+1].Space
	if quoted {
		i++
	}
	if i >= len(c.toks) || !c.toks[i].IsWord() || !c.toks[i].Space && !quoted && !normalize.MeasureUnits[c.toks[i].Lower] {
		return "", 0
	}
	// "104 triệu một m2": a number word after a figure says what it is
	// per, never what it counts.
	if normalize.IsNumberWord(c.toks[i].Lower) {
		return "", 0
	}
	start := c.toks[i].Start
	end := start
	n := 0
	segWords := 0
	j := i
	for j < len(c.toks) && n < maxWords {
		t := c.toks[j]
		if t.IsWord() {
			if stopsUnit(c, j, n) {
				break
			}
			end = t.End
			n++
			segWords++
			j++
			if gluedPower(c, j) {
				end = c.toks[j].End
				j++
			}
			continue
		}
		// A word spelled in syllables joined by hyphens, as borrowed words
		// are: "48 tua-bin"; "Hà Nội - Huế" has spaces and capitals.
		if t.Text == "-" && !t.Space && n > 0 && c.toks[j-1].IsWord() && j+1 < len(c.toks) && c.toks[j+1].IsWord() && !c.toks[j+1].Space &&
			!normalize.IsTitle(c.toks[j+1].Text) && !normalize.IsAcronym(c.toks[j+1].Text) {
			end = c.toks[j+1].End
			j += 2
			continue
		}
		// A rate: "68,4 tạ/ha", "80 km/h", "300 người/km2", "5.000
		// lượt/ngày": the slash is glued to a word on both sides and one
		// of them is a measure or a time.
		if t.Text == "/" && !t.Space && n > 0 && j+1 < len(c.toks) && c.toks[j+1].IsWord() && !c.toks[j+1].Space {
			p := j - 1
			if c.toks[p].IsNum() && p > 0 {
				p-- // the measure of a glued power: "m3/s"
			}
			prev, next := c.toks[p].Lower, c.toks[j+1].Lower
			_, nextTime := normalize.TimeUnits[next]
			// "32 giường/vạn dân": a rate per ten thousand people.
			perScale := next == "vạn" || next == "nghìn" || next == "ngàn"
			// "3,5 người/hộ", "35 học sinh/lớp", "1,91 con/phụ nữ": a count
			// per a counted thing, written in lower case.
			perNoun := prev == c.toks[p].Text && next == c.toks[j+1].Text && !normalize.FunctionWords[next]
			if normalize.MeasureUnits[prev] || normalize.MeasureUnits[next] || nextTime || next == "h" || next == "giờ" || next == "s" || perScale || perNoun {
				end = c.toks[j+1].End
				j += 2
				if perNoun && j < len(c.toks) && c.toks[j].IsWord() && normalize.PerCompounds[normalize.Pair(next, c.toks[j].Lower)] {
					end = c.toks[j].End // "con/phụ nữ"
					j++
				}
				if next == "ngày" && c.low(j) == "đêm" {
					end = c.toks[j].End // "m3/ngày đêm": a day of 24 hours
					j++
				}
				if perScale && j < len(c.toks) && c.toks[j].IsWord() && c.toks[j].Space {
					end = c.toks[j].End // "vạn dân"
					j++
				}
				if gluedPower(c, j) {
					end = c.toks[j].End
				}
				break
			}
		}
		// "bộ, ngành": a comma between two short nouns joins them, if the
		// noun after it ends at punctuation, "và" or another figure. A
		// measure or a score ends its unit: "2,95 triệu ha, năng suất …",
		// "6,61 điểm, điểm số …", "38 – 40 độ C, thời gian …".
		measured := normalize.MeasureUnits[c.toks[j-1].Lower] || c.toks[j-1].Lower == "điểm" || normalize.MeasureUnits[c.toks[i].Lower] || c.toks[i].Lower == "độ"
		// "19.630 hồ sơ, hồ sơ trả trước …": the same noun again opens a
		// new subject.
		repeated := c.low(j+1) == c.toks[i].Lower
		if t.Text == "," && segWords <= 2 && n > 0 && n < maxWords && !measured && !repeated && pairAfter(c, j+1) {
			segWords = 0
			j++
			continue
		}
		break
	}
	if n == 0 {
		return "", 0
	}
	return c.text[start:end], end
}

// gluedPower reports whether token j is a power glued to the measure
// before it: the "2" of "km2", the "3" of "m3".
func gluedPower(c *sentenceCtx, j int) bool {
	if j <= 0 || j >= len(c.toks) || c.toks[j].Space {
		return false
	}
	p := c.toks[j].Text
	return (c.toks[j].IsNum() && (p == "2" || p == "3") || p == "²" || p == "³") && normalize.MeasureUnits[c.toks[j-1].Lower]
}

// pairAfter reports whether the words from i form a short noun that ends
// a coordination: followed by punctuation, "và", a number or the end.
func pairAfter(c *sentenceCtx, i int) bool {
	if i < len(c.toks) && (clauseOpeners[c.toks[i].Lower] || i+1 < len(c.toks) && clauseOpeners[c.toks[i].Lower+" "+c.toks[i+1].Lower]) {
		return false // "33-36 độ C, riêng Sơn La …", "4.000 giáo viên, chủ yếu ở bậc mầm non"
	}
	if i+2 < len(c.toks) && c.toks[i+1].Text == "." && !c.toks[i+1].Space && !c.toks[i+2].Space && c.toks[i+2].IsWord() && normalize.IsAcronym(c.toks[i].Text) {
		return false // "30 ca, TP.HCM 25 ca": a place, not a second noun
	}
	if i < len(c.toks) && normalize.IsNumberWord(c.toks[i].Lower) {
		return false // "18 người chết, ba người bị mất tích": a new figure
	}
	if i < len(c.toks) && normalize.FunctionWords[c.toks[i].Lower] {
		return false // "7,8 điểm, cả nước có 52 thí sinh": a new clause
	}
	if c.low(i) == "số" || c.low(i) == "lượng" {
		return false // "giảm 16 vụ, số người chết tăng 12 người": the subject of a new figure
	}
	if normalize.AmountNouns[c.low(i)] || normalize.AmountNouns[normalize.Pair(c.low(i), c.low(i+1))] {
		// "1,1 tỷ cổ phiếu, giá trị tương ứng 24.600 tỷ đồng", "350 tiểu
		// thương, doanh thu mỗi ngày …": an amount of the things counted
		// opens a new figure; it is no second kind of them.
		return false
	}
	if i < len(c.toks) && c.toks[i].IsWord() && stopsUnit(c, i, 0) {
		return false // "sau 4 trận, ghi được 9 bàn": no noun can start with it
	}
	k := 0
	stopped := false
	for i+k < len(c.toks) && c.toks[i+k].IsWord() && k < 5 {
		if stopsUnit(c, i+k, 1) {
			stopped = true
			break
		}
		k++
	}
	if k == 0 || k > 4 {
		return false
	}
	next := i + k
	if next >= len(c.toks) {
		return true
	}
	t := c.toks[next]
	if t.Lower == "và" || t.Lower == "hoặc" {
		return true
	}
	if stopped && normalize.IsTitle(t.Text) && !normalize.IsTitle(c.toks[i].Text) {
		return false // "27 triệu lao động, khu vực Nhà nước chiếm …": a name goes on
	}
	if stopped && normalize.LabelWords[t.Lower] && next+1 < len(c.toks) && c.toks[next+1].IsNum() {
		return false // "tăng 2 bậc, xếp hạng 44": the label names the next figure
	}
	if stopped || normalize.FunctionWords[t.Lower] {
		// "45/63 tỉnh, thành phố hoàn thành …": a verb ends the pair,
		// unless it is one that states the next figure: "520 căn hộ, giá
		// bán từ 45 triệu đồng/m2" names that figure. "30 quận, huyện,
		// thị xã với 579 xã" goes on.
		return !namesFigure(c, next)
	}
	// Words right before a number name that number ("215 trường hợp, thu
	// nộp ngân sách 1,2 tỷ đồng"), as words before a colon do ("199.511
	// người, BHXH tự nguyện: 7.299 người"): they are not a second noun.
	return !t.IsNum() && !t.IsWord() && t.Text != "(" && t.Text != "/" && t.Text != ":"
}

// clauseOpeners are the words that open a clause after a comma ("riêng",
// as for; "chủ yếu", mainly), though after a noun some describe it ("chỉ
// tiêu chủ yếu").
var clauseOpeners = map[string]bool{"riêng": true, "chủ yếu": true, "phần lớn": true, "đa số": true, "đặc biệt": true, "cụ thể": true, "nhất là": true,
	"tiếp theo": true, "tiếp đến": true, "tiếp sau": true}

// namesFigure reports whether the word at i brings in the figure after it:
// a cue ("giá bán từ 45 triệu") or a bound ("vùng núi dưới 10 độ", "ít
// nhất 5 người").
func namesFigure(c *sentenceCtx, i int) bool {
	w := c.low(i)
	if figureCues[w] && i+1 < len(c.toks) && c.toks[i+1].IsNum() {
		return true
	}
	if !qualifierFirst[w] {
		return false
	}
	for k := i + 1; k < len(c.toks) && k <= i+3; k++ {
		if c.toks[k].IsNum() {
			return true
		}
		if !c.toks[k].IsWord() {
			return false
		}
	}
	return false
}

// qualifierFirst holds the first word of each qualifier phrase.
var qualifierFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range qualifierPhrases {
		m[strings.Fields(p.words)[0]] = true
	}
	return m
}()

// stopsUnit reports whether word j cannot be part of a unit that has n
// words so far.
func stopsUnit(c *sentenceCtx, j, n int) bool {
	t := c.toks[j]
	w := t.Lower
	// The word and the word with the next one, each looked up once for
	// the lists they are in.
	pair := ""
	if j+1 < len(c.toks) {
		pair = normalize.Pair(w, c.toks[j+1].Lower)
	}
	cw, cp := normalize.Classes(w), normalize.Classes(pair)
	if pair == "trong nước" && (c.low(j-1) == "ngập" || c.low(j-1) == "chìm" || c.low(j-1) == "ngâm") {
		// "19 phòng học ngập trong nước lũ": in the water, not domestic.
		return true
	}
	if cp&normalize.ClassNounCompound != 0 || j > 0 && n > 0 && normalize.Classes(normalize.Pair(c.toks[j-1].Lower, w))&normalize.ClassNounCompound != 0 {
		return false
	}
	if w == "đồng" && n == 0 && normalize.AboutMedals(c.text) {
		return false // bronze: "3 bạc và 2 đồng"
	}
	if n > 0 && (w == "vàng" || w == "bạc" || w == "đồng") && j > 0 && (c.toks[j-1].Lower == "chương" || c.toks[j-1].Lower == "hc") {
		return false // a medal's colour, in capitals or not: "34 huy chương Vàng", "110 HC đồng"
	}
	// "20 vé hạng nhất", "3 giải nhất": the first of a rank, as "giải
	// nhì" is the second.
	if w == "nhất" && n > 0 && (c.low(j-1) == "hạng" || c.low(j-1) == "giải" || c.low(j-1) == "loại") {
		return false
	}
	if cw&normalize.ClassFunction != 0 || n == 0 && cw&normalize.ClassLeadVerb != 0 {
		return true
	}
	// "tỉnh miền núi phía Bắc": a compass point after "phía", "miền",
	// "vùng" belongs to the unit, capital or not.
	if n > 0 && j > 0 && (c.toks[j-1].Lower == "phía" || c.toks[j-1].Lower == "miền" || c.toks[j-1].Lower == "vùng") && directions[w] {
		return false
	}
	// "15.000 lượt đăng ký", "4.156 lượt góp vốn": after "lượt" a verb
	// names the act counted.
	acts := c.low(j-1) == "lượt"
	if cp&normalize.ClassFunction != 0 {
		return !acts
	}
	if n > 0 {
		if placeAt(c, j, cw, cp) {
			return true
		}
		// "màn hình 5,2 inch độ phân giải …": a measure after a measure
		// begins what is measured next.
		if cw&normalize.ClassMeasure != 0 && t.Space && normalize.Classes(c.low(j-1))&normalize.ClassMeasure != 0 {
			return true
		}
		if !acts && (cw|cp)&normalize.ClassPredicateVerb != 0 {
			return true
		}
		// "5 ngân hàng lớn nhất", "60 người xuất sắc nhất": a superlative
		// picks out some of what is counted and is not part of it ("ít
		// nhất", "nhiều nhất" bound the next figure).
		if superlativeAt(c, j) {
			return true
		}
		if cw&normalize.ClassTimeUnit != 0 {
			return true
		}
		// "2 triệu tấn một năm", "3 bữa một ngày": a new quantity.
		if w == "một" {
			return true
		}
		if priceAt(c, j) {
			return true
		}
		// "dịch vụ công mức độ 3": a label and its number end the unit.
		if cw&normalize.ClassLabel != 0 && (j+1 < len(c.toks) && c.toks[j+1].IsNum() || j+2 < len(c.toks) && c.toks[j+2].IsNum() && cp&normalize.ClassLabel != 0) {
			return true
		}
		if normalize.IsTitle(t.Text) || normalize.IsAcronym(t.Text) && n >= 2 {
			return true
		}
		if !t.Space {
			return true
		}
	} else if normalize.IsTitle(t.Text) && cw&(normalize.ClassMeasure|normalize.ClassInstitution) == 0 {
		return true
	}
	return false
}

// superlativeAt reports an adjective and "nhất" at token j: "lớn nhất",
// "xuất sắc nhất". "giải nhất", "hạng nhất" are ranks, not superlatives.
func superlativeAt(c *sentenceCtx, j int) bool {
	if c.low(j+1) == "nhất" {
		return normalize.Adjectives[c.toks[j].Lower]
	}
	return c.low(j+2) == "nhất" && normalize.Adjectives[normalize.Pair(c.toks[j].Lower, c.low(j+1))]
}

// placeAt reports a place word with its name at token j: "thôn Kênh
// Gà", "thành phố Huế", "TP. Thủ Đức". cw and cp are the classes of the
// word and of the word with the next.
func placeAt(c *sentenceCtx, j int, cw, cp normalize.Class) bool {
	k := j + 1
	if cp&normalize.ClassPlace != 0 {
		k++
	} else if cw&normalize.ClassPlace == 0 {
		return false
	}
	if c.low(k) == "." {
		k++
	}
	return k < len(c.toks) && normalize.IsTitle(c.toks[k].Text)
}

// priceAt reports a price that starts at token j, after the counted
// thing: "3 triệu cổ phiếu giá 25.000 đồng", "2 tấn hàng trị giá 5 tỷ",
// "cổ phiếu mệnh giá 10.000 đồng", "căn hộ giá từ 2 tỷ"; "5 tấn giá đỗ"
// (bean sprouts) has no figure after it.
func priceAt(c *sentenceCtx, j int) bool {
	k := j
	switch w := c.low(k); {
	case (w == "trị" || w == "mệnh") && c.low(k+1) == "giá":
		k++
	case w != "giá":
		return false
	}
	k++
	for k < len(c.toks) && figureCues[c.low(k)] {
		k++
	}
	return k < len(c.toks) && c.toks[k].IsNum()
}

// figureCues are the words between a name and its figure: "giá bán từ
// 45 triệu", "doanh thu đạt 5 tỷ", "tỷ lệ là 30%".
var figureCues = map[string]bool{"từ": true, "là": true, "đạt": true, "khoảng": true, "gần": true, "hơn": true,
	"lên": true, "xuống": true, "còn": true, "chỉ": true, "chiếm": true, "bằng": true, "tăng": true, "giảm": true}

var directions = map[string]bool{"bắc": true, "nam": true, "đông": true, "tây": true, "trung": true}

// qualifierWords holds each qualifier phrase split into words, once.
var qualifierWords = func() [][]string {
	out := make([][]string, len(qualifierPhrases))
	for i, p := range qualifierPhrases {
		out[i] = strings.Fields(p.words)
	}
	return out
}()

// qualifier reads the words right before a figure.
func qualifier(c *sentenceCtx, first, last int, kind string) string {
	prev := c.low(first - 1)
	if prev == "" {
		return Exact
	}
	// "vé có giá từ 3,5 triệu đồng", "học phí từ 10 triệu đồng/năm": a
	// price from an amount, with no other end, is the least it costs.
	if prev == "từ" && kind == Money && priceBefore(c, first-1) && !toAfter(c, first) && c.low(last) != "trở" {
		return AtLeast
	}
	if prev == "là" {
		// "tối đa là 50 triệu", "ít nhất là 5 người": a bound, then "là".
		if q := qualifier(c, first-1, last, kind); q == AtMost || q == AtLeast {
			return q
		}
		// "Tốc độ tối đa trên cao tốc là 120 km/h": the subject is the
		// bound, a few words before "là".
		for j := first - 2; j >= 1 && j >= first-7 && c.toks[j].IsWord(); j-- {
			if c.low(j-1) == "tối" && (c.low(j) == "đa" || c.low(j) == "thiểu") {
				if c.low(j) == "đa" {
					return AtMost
				}
				return AtLeast
			}
		}
		return Exact
	}
	for qi, p := range qualifierPhrases {
		ws := qualifierWords[qi]
		if ws[len(ws)-1] != prev {
			continue
		}
		k := first - len(ws)
		if k < 0 {
			continue
		}
		match := true
		for q, w := range ws {
			if c.low(k+q) != w {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		switch p.q {
		case MoreThan:
			if p.words == "hơn" && comparatives[c.low(k-1)] {
				// "lớn hơn 165 triệu USD", "ít hơn 10 người" with nothing
				// compared: a bound. "cao hơn 0,48% so với …": a difference.
				if b := sizeBounds[c.low(k-1)]; b != "" && !followedBySo(c, last) {
					return b
				}
				return Exact
			}
			if p.words == "trên" && (afterFigure(c, k) || (placeVerbs[c.low(k-1)] || placeVerbs[c.low(k-2)+" "+c.low(k-1)]) && placeNouns[c.low(last)] || onPlatforms(c, k, last)) {
				// "1.000 cây xanh trên 25 tuyến phố", "được lắp trên 15
				// tuyến phố": on, not over; "lắp đặt trên 2.000 camera"
				// is more than.
				return Exact
			}
			if strings.HasPrefix(p.words, "vượt") && followedBySo(c, last) {
				return Exact // "vượt 0,05% so với chỉ tiêu": the margin
			}
			if strings.HasSuffix(p.words, "ngưỡng") && numberInClauseBefore(c, k) {
				// "giành 312 phiếu, vượt ngưỡng 270 phiếu cần thiết": the
				// figure stated before passed the threshold, which is exact.
				return Exact
			}
		case LessThan:
			if p.words == "dưới" && c.low(k-1) == "trên" {
				return Approx
			}
		}
		return p.q
	}
	return Exact
}

// numberInClauseBefore reports a number among the tokens before token k
// back to the start of its clause (a semicolon or the sentence's start).
func numberInClauseBefore(c *sentenceCtx, k int) bool {
	for j := min(k, len(c.toks)) - 1; j >= 0; j-- {
		if c.toks[j].Text == ";" {
			return false
		}
		if c.toks[j].IsNum() {
			return true
		}
	}
	return false
}

// onPlatforms reports "trên" before a number of platforms that something
// happens on: "doanh thu trên 5 sàn", "giao dịch trên 3 nền tảng". After
// a word of having or being it bounds the number ("có trên 5 sàn").
func onPlatforms(c *sentenceCtx, k, last int) bool {
	if !normalize.PlatformNouns[c.low(last)] && !normalize.PlatformNouns[normalize.Pair(c.low(last), c.low(last+1))] {
		return false
	}
	w := c.low(k - 1)
	return w != "" && !bareCues[w] && w != "có" && w != "với" && w != "gồm" && c.toks[k-1].IsWord()
}

// placeVerbs put something somewhere, and placeNouns name where: "trên"
// between them is "on".
var (
	placeVerbs = map[string]bool{"lắp": true, "đặt": true, "treo": true, "gắn": true, "dựng": true, "rải": true, "phân bố": true, "bố trí": true, "xuất hiện": true}
	placeNouns = map[string]bool{"tuyến": true, "phố": true, "đường": true, "xã": true, "phường": true, "huyện": true, "quận": true, "tỉnh": true, "địa": true, "khu": true, "điểm": true, "tầng": true, "sàn": true, "km": true}
)

// priceBefore reports a word of price a few words before token k: "giá
// từ", "giá bán từ", "giá dự kiến từ".
func priceBefore(c *sentenceCtx, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && c.toks[j].IsWord(); j-- {
		if priceWords[c.low(j)] {
			return true
		}
	}
	return false
}

// priceWords name what something costs.
var priceWords = map[string]bool{"giá": true, "phí": true, "lương": true, "vé": true, "tiền": true}

// afterFigure reports whether the words before token k are a figure and
// its unit: "1.000 cây xanh | trên 25 tuyến phố".
func afterFigure(c *sentenceCtx, k int) bool {
	j := k - 1
	// "4.200 tỷ đồng | trên 3 sàn": a currency word is part of the figure.
	for n := 0; j >= 0 && n < 4 && c.toks[j].IsWord() && (!normalize.FunctionWords[c.toks[j].Lower] || normalize.Currencies[c.toks[j].Lower] != ""); n++ {
		j--
	}
	if j < 0 || j >= k-1 || !c.toks[j].IsNum() || c.inDate(j) {
		// "ngày 16/9 một số nơi trên 40mm": a date is no figure.
		return false
	}
	// "sau 5 năm trên 90%": after a span of time "trên" is over again.
	_, span := normalize.TimeUnits[c.low(j+1)]
	return !span
}

func followedBySo(c *sentenceCtx, last int) bool {
	for j := last; j < len(c.toks) && j < last+5; j++ {
		if c.toks[j].Lower == "so" {
			return true
		}
		if !c.toks[j].IsWord() {
			return false
		}
	}
	return false
}

// change reads tăng/giảm before a figure: "tăng 5,76 tỷ USD", "giảm tới
// 49,54%", "tăng trưởng 2,14%"; not a level reached ("tăng lên 30%").
func change(c *sentenceCtx, first int) string {
	// "1.200 tỷ đồng (+15%)", "(-3,2%)": a sign glued to the figure, or
	// glued to the bracket it opens, "(+ 15%)".
	if first > 0 && first < len(c.toks) {
		p := c.toks[first-1]
		var signed bool
		if c.toks[first].Space {
			signed = first > 1 && c.toks[first-2].Text == "(" && !p.Space
		} else {
			signed = first < 2 || c.toks[first-2].Text == "(" || p.Space && !c.toks[first-2].IsNum()
		}
		switch {
		case signed && p.Text == "+":
			return Increase
		case signed && (p.Text == "-" || p.Text == "−"):
			return Decrease
		}
	}
	window := 6
	if c.low(first-1) == "thêm" {
		window = 8 // "giảm lãi suất huy động thêm 0,2 điểm phần trăm"
	}
	for j, n := first-1, 0; j >= 0 && n < window; j-- {
		t := c.toks[j]
		if t.IsNum() && j > 0 && (c.low(j-1) == "năm" || c.low(j-1) == "quý") {
			n++ // "tăng trưởng GDP năm 2023 khoảng 6,5%": a date in between
			continue
		}
		if !t.IsWord() {
			// "mức tăng mạnh nhất, thêm 800 đồng/kg", "mức tăng trung bình
			// cao hơn, khoảng 10%" too.
			if t.Text == "," && onlyHedges(c, j+1, first) {
				// "mức tăng mạnh nhất, 5.000 đồng/kg": the figure set
				// apart is the amount named before it; so is the one
				// after a change that ends its clause, "giá có xu hướng
				// giảm nhẹ, khoảng 2-3%".
				if ch := changeAmount(c, j); ch != "" {
					return ch
				}
				return changeEnding(c, j, j+1 < first)
			}
			if t.Text == "(" && j == first-1 {
				return changeOfNamed(c, j)
			}
			return ""
		}
		switch t.Lower {
		case "tăng":
			if c.low(j+1) == "cường" || c.low(j+1) == "ca" {
				return ""
			}
			if c.low(j+1) == "trưởng" && c.low(j+2) == "âm" {
				return Decrease // "tăng trưởng âm 2%"
			}
			return Increase
		case "giảm", "sụt", "rớt", "tụt":
			return Decrease
		case "nhích":
			return Increase // "nhích lên 300 đồng/kg", "nhích nhẹ 0,2%"
		case "mất":
			// "VN-Index mất gần 15 điểm": an index loses points; "bị lừa
			// mất 2,5 tỷ đồng" is money lost, not a fall.
			if pointsAfter(c, first) {
				return Decrease
			}
		case "hạ":
			if j == first-1 {
				return Decrease // "giá thép hạ 300.000 đồng/tấn"; not "hạ tầng"
			}
		case "xuống", "lên":
			// "đi xuống 3%", "đi lên 5%": a move; "giảm xuống 3%" is a level.
			if c.low(j-1) == "đi" && j == first-1 {
				if t.Lower == "xuống" {
					return Decrease
				}
				return Increase
			}
		case "dốc", "hơi":
			// "lao dốc 20%", "vốn hóa bốc hơi 10 tỷ USD"
			if p := c.low(j - 1); t.Lower == "dốc" && p == "lao" || t.Lower == "hơi" && p == "bốc" {
				return Decrease
			}
		}
		if t.Lower == "số" && c.low(j-1) == "con" {
			return "" // "tăng đến con số 380 triệu": the level reached
		}
		if t.Lower == "là" && c.low(j-1) == "lượt" && c.low(j-2) == "lần" {
			j -= 2 // "tăng lần lượt là 12% và 18%": the list goes on
			n++
			continue
		}
		if t.Lower == "với" && j > 0 && c.toks[j-1].Text == "," {
			return changeAmount(c, j-1) // "có mức tăng cao nhất, với 12,8%"
		}
		// "giảm sâu lên đến 30%": after a fall "lên đến" can only be "up
		// to", a bound on the fall, not a rise to a level.
		if t.Lower == "lên" && (c.low(j+1) == "đến" || c.low(j+1) == "tới") && (c.low(j-1) == "giảm" || c.low(j-2) == "giảm" && c.toks[j-1].IsWord()) {
			return Decrease
		}
		// "mức giảm này đến từ 2 đợt điều chỉnh": what a change comes
		// from, not the level it reaches.
		if (t.Lower == "đến" || t.Lower == "tới") && c.low(j+1) == "từ" {
			return ""
		}
		// "số người từ 60 tuổi trở lên tăng đến 264 triệu người": the
		// level reached; "tăng đến 15%", as "tăng tới 5,6%", is by how much.
		if t.Lower == "đến" && j == first-1 && (c.low(j-1) == "tăng" || c.low(j-1) == "giảm") && !c.percentAt(first) {
			return ""
		}
		// "giảm lãi suất cho vay 0,5 điểm": "cho vay" is lending, not "for".
		// "giảm từ 9 - 15%" with no "xuống" after: a fall by 9 to 15%.
		if changeBlockers[t.Lower] && !(t.Lower == "cho" && c.low(j+1) == "vay") && !(t.Lower == "từ" && !toAfter(c, first)) {
			// "mức tăng lên tới 58,7%": the level an amount of change
			// reaches is that change.
			return changeAmount(c, j)
		}
		n++
	}
	return ""
}

// changeEnding is the change of "tăng" or "giảm" right before token j,
// with a word of degree after it ("giảm nhẹ", "tăng mạnh", "giảm đáng
// kể") or a hedge on the figure after j: a bare "số ca tăng, 300 ca"
// may give the level. "Tăng trưởng" is growth, a rate, and names none.
func changeEnding(c *sentenceCtx, j int, hedged bool) string {
	k := j - 1
	for n := 0; n < 2 && k > 0 && changeDegree[c.low(k)]; n++ {
		k--
	}
	if k == j-1 && c.low(k-1) == "đáng" && c.low(k) == "kể" {
		k -= 2
	}
	if k == j-1 && !hedged {
		return ""
	}
	return changeVerb(c.low(k))
}

// changeVerb is the change "tăng" or "giảm" names, or "".
func changeVerb(w string) string {
	switch w {
	case "tăng":
		return Increase
	case "giảm":
		return Decrease
	}
	return ""
}

// changeOfNamed is the change of a figure in brackets after a name that
// a change names: "tăng mạnh nhất là Bờ Biển Ngà (76% so với cùng kỳ)",
// "giảm sâu nhất là Nhật Bản (12%)". j is the bracket.
func changeOfNamed(c *sentenceCtx, j int) string {
	k := j - 1
	names := 0
	for k >= 0 && names < 4 && c.toks[k].IsWord() && (normalize.IsTitle(c.toks[k].Text) || normalize.IsAcronym(c.toks[k].Text)) {
		k--
		names++
	}
	if names == 0 || c.low(k) != "là" {
		return ""
	}
	// "tăng mạnh nhất là": past the superlative, changeEnding reads the
	// change and its degree.
	k--
	for k > 0 && (c.low(k) == "nhất" || c.low(k) == "nhiều") {
		k--
	}
	return changeEnding(c, k+1, true)
}

// changeDegree are the words of degree that may follow a change: "giảm
// nhẹ", "tăng mạnh mẽ".
var changeDegree = map[string]bool{"nhẹ": true, "mạnh": true, "mẽ": true, "sâu": true, "nhanh": true, "rõ": true, "rệt": true, "đột": true, "biến": true, "thêm": true}

// onlyHedges reports whether tokens [from, to) are only words like
// "khoảng", "hơn" or "thêm" that may stand before a figure.
func onlyHedges(c *sentenceCtx, from, to int) bool {
	for k := from; k < to; k++ {
		if w := c.low(k); w != "thêm" && !bareSkip[w] {
			return false
		}
	}
	return true
}

// pointsAfter reports whether the figure at token first counts points of
// an index: "15 điểm", "2,1 điểm".
func pointsAfter(c *sentenceCtx, first int) bool {
	for k := first; k < len(c.toks) && k < first+4; k++ {
		if c.toks[k].IsWord() {
			return c.toks[k].Lower == "điểm"
		}
	}
	return false
}

// changeAmount is the change named by "mức tăng" or "mức giảm" in the
// few words before token j ("mức tăng giá sơ cấp lên đến 12%"); a rate
// of growth ("mức tăng trưởng") names none.
func changeAmount(c *sentenceCtx, j int) string {
	for k := j - 1; k >= 0 && k >= j-10 && c.toks[k].IsWord(); k-- {
		// "mức tăng", and "tốc độ tăng", "tốc độ gia tăng" too.
		if c.low(k) != "mức" && !(c.low(k) == "độ" && c.low(k-1) == "tốc") {
			continue
		}
		v := k + 1
		if c.low(v) == "gia" {
			v++
		}
		if c.low(v+1) == "trưởng" {
			continue
		}
		if ch := changeVerb(c.low(v)); ch != "" {
			return ch
		}
	}
	return ""
}

// growthBefore reports "tăng trưởng" among the few words before token j:
// "tăng trưởng tín dụng của ngân hàng âm 1,2%".
func growthBefore(c *sentenceCtx, j int) bool {
	for k := j - 1; k >= 0 && k >= j-8 && c.toks[k].IsWord(); k-- {
		if c.low(k) == "tăng" && c.low(k+1) == "trưởng" {
			return true
		}
	}
	return false
}

// inheritChange gives "và 38%" the change of "tăng 22% về khối lượng": a
// figure joined by "và" to a changed figure of its kind shares the change.
func inheritChange(c *sentenceCtx, fs []Fact, offset int) {
	for i := 1; i < len(fs); i++ {
		f, p := &fs[i], fs[i-1]
		if f.Change != "" || p.Change == "" {
			continue
		}
		// "giảm 12,35 điểm (0,98%)": the same change in other terms; also
		// after the rest of the noun, "giảm 118 người bị thương (30,10%)",
		// and the other way round, "tăng 2,61% (107 USD/tấn)".
		oneShare := (f.Kind == Percent) != (p.Kind == Percent)
		if between := strings.TrimSpace(c.text[p.End-offset : f.Start-offset]); oneShare && strings.HasSuffix(between, "(") {
			// "giảm 18,5% số vụ (749 vụ, giảm 170 vụ)": a figure the
			// bracket gives its own change after is the level.
			after := strings.TrimSpace(c.text[min(f.End-offset, len(c.text)):])
			ownChange := strings.HasPrefix(after, ", giảm ") || strings.HasPrefix(after, ", tăng ")
			if rest := strings.TrimSuffix(between, "("); len(strings.Fields(rest)) <= 3 && !strings.ContainsAny(rest, ",;.:()") && !ownChange {
				f.Change = p.Change
				continue
			}
		}
		// "tăng 8,5 điểm, tương ứng 0,76%", "tăng 1,2 triệu người (tương
		// đương 2,3%)", "tăng 1,33%, tương đương 55 USD/tấn": the same
		// change, as a share or as an amount.
		if oneShare {
			between := strings.TrimSpace(c.text[p.End-offset : f.Start-offset])
			// "giảm tới 2.200 đồng so với phiên sáng, tương đương 2,35%":
			// past what the change is measured against.
			if strings.HasPrefix(between, "so với ") {
				if i := strings.IndexByte(between, ','); i > 0 && len(strings.Fields(between[:i])) <= 6 {
					between = between[i:]
				}
			}
			// "giảm 58 vụ tương ứng 8,06%": without a comma too.
			if rest, ok := strings.CutPrefix(between, ","); ok || strings.HasPrefix(between, "(") || strings.HasPrefix(between, "tương ") {
				if !ok && strings.HasPrefix(between, "(") {
					rest = between[1:]
				} else if !ok {
					rest = between
				}
				// "tăng 81%, tương đương gần 17 tỷ USD": the hedge is the
				// amount's qualifier.
				switch trimQualifier(strings.TrimSpace(rest)) {
				case "tương ứng", "tương đương", "tương ứng với", "tương đương với":
					f.Change = p.Change
					continue
				}
			}
		}
		// "miền Bắc tăng 11,5%, miền Trung 9,6%, miền Nam 11,7%": a list
		// of names that says the change once, at its first member; so does
		// a bare list of shares, "mức tăng tương ứng đạt 53%; 13,8%, và 13%".
		if sep := strings.TrimSpace(c.text[p.End-offset : f.Start-offset]); f.Kind == p.Kind && (namedMember(sep) || f.Kind == Percent && (sep == "," || sep == ";")) {
			f.Change = p.Change
			continue
		}
		// "giảm 13% theo quý và hơn 3% theo năm": a hedge may stand
		// between "và" and the figure.
		first := c.index(f.Start - offset)
		k := first - 1
		for k > first-3 && bareSkip[c.low(k)] {
			k--
		}
		if c.low(k) != "và" {
			continue
		}
		between := c.text[p.End-offset : f.Start-offset]
		// "tăng khoảng 50.000 so với ngày thường và 15% so với cùng kỳ":
		// each figure against its own base, the same change.
		parallel := strings.HasPrefix(strings.TrimSpace(between), "so với ") && c.low(c.index(f.End-offset)) == "so"
		if f.Kind != p.Kind && !parallel {
			continue
		}
		if len(strings.Fields(between)) <= 6 && !strings.ContainsAny(between, ";(") && (parallel || !strings.Contains(between, "so ")) {
			f.Change = p.Change
		}
	}
}

// namedMember reports whether the text between two figures, trimmed, is a
// comma and a name, perhaps after a place word: ", Hàn Quốc", ", miền
// Trung", ", TP.HCM", ", thị trường Mỹ".
func namedMember(between string) bool {
	rest, ok := strings.CutPrefix(between, ",")
	words := strings.Fields(rest)
	if !ok || len(words) == 0 || len(words) > 4 {
		return false
	}
	lead := 0
	for lead < len(words) {
		if r, _ := utf8.DecodeRuneInString(words[lead]); unicode.IsUpper(r) {
			break
		}
		lead++
	}
	for _, w := range words[lead:] {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	// Before the name, nothing or the common noun of a place.
	l := strings.Join(words[:lead], " ")
	return lead < len(words) && (lead == 0 || normalize.PlaceWords[l] || nameLeads[l])
}

// nameLeads are the common nouns besides normalize.PlaceWords that a
// region's or a market's name follows.
var nameLeads = map[string]bool{"miền": true, "vùng": true, "khu vực": true, "thị trường": true, "nước": true}

// trimQualifier returns s without a qualifier that ends it ("tương
// đương gần" is "tương đương").
func trimQualifier(s string) string {
	for _, p := range qualifierPhrases {
		if rest, ok := strings.CutSuffix(s, " "+p.words); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// sentenceAsOf reads the date a sentence's figures hold for: "tính đến
// ngày 31/7", "đến hết tháng 6/2023", "Năm 2022, ...", "Quý I/2025, ...".
func sentenceAsOf(c *sentenceCtx, ms []normalize.Mention, ref time.Time) string {
	if d := yearToDate(c, ms, ref); d != "" && !afterRef(d, ref) {
		return d
	}
	for _, m := range ms {
		if m.Kind != normalize.KindDate && m.Kind != normalize.KindDateTime || m.Date == "" || strings.Contains(m.Date, "W") {
			continue
		}
		// "đến" before a date after the article's is a target ("đến năm
		// 2030"), not the date a figure holds for.
		future := afterRef(trimTime(m.Date), ref)
		i := c.index(m.Start)
		// Walk back over "ngày", "hết", "cuối", "tháng" to find the cue.
		j := i - 1
		for j >= 0 && (c.low(j) == "ngày" || c.low(j) == "hết" || c.low(j) == "cuối" || c.low(j) == "thời" || c.low(j) == "điểm" || c.low(j) == "trong") {
			j--
		}
		cue := c.low(j)
		if (cue == "đến" || cue == "tới") && !future || cue == "tính" || cue == "vào" && c.low(j-1) == "tính" {
			return trimTime(m.Date)
		}
		// "EVN lỗ 26.000 tỷ đồng trong năm 2023": the period the figure
		// is in, wherever it stands.
		if i > 0 && c.low(i-1) == "trong" && !future && periodWords[c.low(i)] {
			return trimTime(m.Date)
		}
		// A sentence that opens with its period: "Năm 2022, ...".
		if i <= 1 && periodWords[c.low(i)] && !afterPeriodCue(c, i) || i == 1 && c.low(0) == "trong" {
			return trimTime(m.Date)
		}
		// Or with the day of the event: "Sáng 5/3, giá xăng giảm …",
		// "Ngày 20/11, Sở Y tế cho biết …".
		if k := c.index(m.End); i <= 2 && !future && k < len(c.toks) && c.toks[k].Text == "," && !afterPeriodCue(c, i) {
			return trimTime(m.Date)
		}
		// "Hôm qua (4/11), giá vàng tăng …": the day named in brackets.
		if k := c.index(m.End); i <= 4 && i > 0 && !future && c.toks[i-1].Text == "(" && k+1 < len(c.toks) && c.toks[k].Text == ")" && c.toks[k+1].Text == "," {
			return trimTime(m.Date)
		}
	}
	return ""
}

// ownPeriod reads a period that belongs to one figure of a list or a
// comparison rather than to the sentence: right after it ("giảm từ 48,7%
// năm 2010 xuống 48% năm 2011", "mức tăng 14,38% của quý III/2022") or
// right before it with "là" or ":" ("quý I là 3,28% và quý II là 4,05%").
// f is the figure's fact, with offsets into the sentence.
func ownPeriod(c *sentenceCtx, ms []normalize.Mention, mi int, f Fact, ref time.Time) string {
	period := func(m normalize.Mention) string {
		if m.Kind != normalize.KindDate || len(m.Date) < 4 || len(m.Date) > 7 || strings.Contains(m.Date, "W") {
			return "" // a year, a month, a quarter or a half; not a day
		}
		if i := c.index(m.Start); !periodWords[c.low(i)] || afterRef(m.Date, ref) {
			return ""
		}
		return m.Date
	}
	if mi+1 < len(ms) {
		if d := period(ms[mi+1]); d != "" {
			between := c.index(ms[mi+1].Start) - c.index(f.End)
			if between == 0 || between == 1 && c.low(c.index(f.End)) == "của" {
				return d
			}
		}
	}
	if mi > 0 {
		if d := period(ms[mi-1]); d != "" {
			if k := c.index(ms[mi-1].End); c.index(ms[mi].Start) == k+1 && (c.low(k) == "là" || c.low(k) == ":") {
				return d
			}
		}
	}
	return ""
}

// periodWords open a period named as a date: "năm 2022", "quý I", "tháng 10".
var periodWords = map[string]bool{"năm": true, "quý": true, "tháng": true}

// subjectPeriod reads the period a sentence names between its subject and
// its figures: "Doanh thu năm 2024 đạt 500 tỷ đồng". After the figures a
// period is what they are compared with ("tăng 10% so với năm 2023").
func subjectPeriod(c *sentenceCtx, ms []normalize.Mention, ref time.Time) string {
	first := firstFigure(ms)
	for _, m := range ms {
		if m.Start > first {
			break
		}
		if m.Kind != normalize.KindDate || m.Date == "" || strings.Contains(m.Date, "W") {
			continue
		}
		d := trimTime(m.Date)
		if afterRef(d, ref) {
			continue // a target, not a time past
		}
		i := c.index(m.Start)
		if i > 0 && (c.low(i-1) == "sinh" || c.low(i-1) == "sn") && bornYear(d, ref) {
			continue // a year of birth: "(sinh năm 1990)", "(SN 1990)"
		}
		if periodWords[c.low(i)] && !afterPeriodCue(c, i) {
			return d
		}
		// A bare year after the subject's noun: "Sản lượng 2012 đạt …",
		// "năng suất hè thu 2011 là 5,21 tấn/ha".
		if len(d) == 4 && m.Text == d && i > 0 && c.toks[i-1].IsWord() && !normalize.IsAcronym(c.toks[i-1].Text) && !afterPeriodCue(c, i) {
			return d
		}
	}
	return ""
}

// bornYear reports whether the year of date d is a decade or more before
// ref: after "sinh" a person's year of birth, where "tỷ lệ sinh năm 2024"
// is the period of a birth rate.
func bornYear(d string, ref time.Time) bool {
	y, err := strconv.Atoi(d[:min(4, len(d))])
	return err == nil && !ref.IsZero() && y <= ref.Year()-10
}

// afterRef reports whether date d (an ISO prefix, a quarter or a half)
// begins after ref, the article's date; never when ref is unknown.
func afterRef(d string, ref time.Time) bool {
	if ref.IsZero() {
		return false
	}
	refISO := ref.Format("2006-01-02")
	d = monthOf(d)
	return len(d) <= len(refISO) && d > refISO[:len(d)]
}

// monthOf writes a quarter or a half as the month it begins with,
// "2022-Q2" as "2022-04", so that it compares with ISO dates.
func monthOf(d string) string {
	if len(d) == 7 && d[4] == '-' && (d[5] == 'Q' || d[5] == 'H') {
		n := int(d[6] - '0')
		if d[5] == 'Q' {
			n = 3*(n-1) + 1
		} else {
			n = 6*(n-1) + 1
		}
		return fmt.Sprintf("%s-%02d", d[:4], n)
	}
	return d
}

// notPeriodCue are words before a period that make it something other than
// the time a figure holds for: a baseline, a start, a span.
var notPeriodCue = map[string]bool{"so": true, "với": true, "từ": true, "sau": true, "trước": true, "kể": true,
	"hơn": true, "bằng": true, "như": true, "đến": true, "tới": true, "mỗi": true, "hằng": true, "hàng": true}

// afterPeriodCue reports a notPeriodCue among the few words before the
// period at token i: "so với cùng kỳ năm 2024" is a baseline too.
func afterPeriodCue(c *sentenceCtx, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if !c.toks[j].IsWord() {
			return false
		}
		if notPeriodCue[c.low(j)] {
			return true
		}
	}
	return false
}

// comparedBefore reports a "so" (so với, so cùng kỳ) between the first
// figure of a sentence and token i: a period after it is what the figures
// are compared with.
func comparedBefore(c *sentenceCtx, ms []normalize.Mention, i int) bool {
	first := firstFigure(ms)
	if first < 0 {
		return false
	}
	for j := c.index(first); j < i; j++ {
		if c.low(j) == "so" {
			return true
		}
	}
	return false
}

// firstFigure is where the first mention that can be a fact starts.
func firstFigure(ms []normalize.Mention) int {
	for _, m := range ms {
		if isFigureKind(m.Kind) {
			return m.Start
		}
	}
	return -1
}

// isFigureKind reports the kinds of mention that can be facts.
func isFigureKind(k normalize.Kind) bool {
	switch k {
	case normalize.KindNumber, normalize.KindMoney, normalize.KindPercent, normalize.KindRatio:
		return true
	}
	return false
}

// yearToDate reads a period counted from the start of a year: "6 tháng
// đầu năm 2025" and "9 tháng năm 2024" anywhere, "Trong 9 tháng, …" at
// the start. The figures hold to the end of its last month: "2025-06".
func yearToDate(c *sentenceCtx, ms []normalize.Mention, ref time.Time) string {
	for k, m := range ms {
		if m.Kind != normalize.KindDuration || !strings.HasPrefix(m.Date, "P") || !strings.HasSuffix(m.Date, "M") {
			continue
		}
		n, err := strconv.Atoi(m.Date[1 : len(m.Date)-1])
		if err != nil || n < 1 || n > 12 {
			continue
		}
		year := 0
		if !ref.IsZero() {
			year = ref.Year()
		}
		after := strings.TrimSpace(c.text[m.End:])
		explicit := false
		if k+1 < len(ms) && ms[k+1].Kind == normalize.KindDate && len(ms[k+1].Date) == 4 {
			if between := strings.TrimSpace(c.text[m.End:ms[k+1].Start]); between == "" || between == "đầu" {
				year, _ = strconv.Atoi(ms[k+1].Date)
				explicit = true
			}
		}
		i := c.index(m.Start)
		atStart := i == 0 || i == 1 && c.low(0) == "trong"
		if year == 0 || !(explicit || strings.HasPrefix(after, "đầu năm") || atStart || subjectMonths(c, ms, k, i)) {
			continue
		}
		if comparedBefore(c, ms, i) {
			continue // "… 29%, giảm nếu so với 43,3% của 4 tháng đầu năm 2017": the baseline
		}
		return fmt.Sprintf("%04d-%02d", year, n)
	}
	return ""
}

// subjectMonths reports "N tháng" between a subject and its verb, the
// months of the year so far: "Xuất khẩu 10 tháng đạt 5 tỷ USD", "GRDP 9
// tháng ước tăng 7,83%"; not a span ("kéo dài 6 tháng", "sau 2 tháng",
// "kỳ hạn 12 tháng").
func subjectMonths(c *sentenceCtx, ms []normalize.Mention, k, i int) bool {
	if i < 1 || !c.toks[i-1].IsWord() || normalize.FunctionWords[c.low(i-1)] || spanWords[c.low(i-1)] {
		return false
	}
	for _, m := range ms[:k] {
		if m.Kind != normalize.KindDate && m.Kind != normalize.KindDuration {
			return false // a figure before it: the months are not the subject's
		}
	}
	j := c.index(ms[k].End)
	return j < len(c.toks) && subjectVerbs[c.low(j)]
}

var (
	spanWords    = map[string]bool{"dài": true, "mất": true, "vòng": true, "suốt": true, "hạn": true, "kỳ": true, "cách": true, "chừng": true, "tuổi": true}
	subjectVerbs = map[string]bool{"đạt": true, "ước": true, "tăng": true, "giảm": true, "là": true, "lãi": true, "thu": true, "ghi": true}
)

func trimTime(d string) string {
	if i := strings.IndexByte(d, 'T'); i > 0 {
		return d[:i]
	}
	return d
}

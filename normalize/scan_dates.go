package normalize

import (
	"time"
	"unicode"
	"unicode/utf8"
)

// The scanner's readers of dates, times, weekdays and words that start
// a mention.

// dateCue reports whether the words before token i make "9/8" a date.
func (s *scanner) dateCue(i int) bool {
	p := s.tok(i - 1)
	if p.kind == tWord && DateCues[p.Lower] {
		return true
	}
	if p.kind == tPunct && p.Lower == "(" {
		// "(23/11)" after "Sáng nay", and after a day named in words:
		// "Hôm qua (4/11)", "Thứ Hai (3/11)".
		if s.dateEndsAt(i - 2) {
			return true
		}
		return s.tok(i-2).kind == tWord && DateCues[s.tok(i-2).Lower]
	}
	if p.kind == tPunct && p.Lower == "," && s.tok(i-2).kind == tWord {
		// "Thứ ba, 9/8/2022"
		return s.weekdayAt(i-3) > 0 || s.weekdayAt(i-2) > 0
	}
	return s.secondDate(i, false)
}

// secondDate reports the second date of a pair at token i: "30/4 - 1/5",
// "dịp 2/9 và 1/5". With dash only, just the end of a range: after "và"
// a figure may count something ("ngày 1/7 và 3/4 số xã").
func (s *scanner) secondDate(i int, dashOnly bool) bool {
	p := s.tok(i - 1)
	dash := p.kind == tPunct && (p.Lower == "-" || p.Lower == "–")
	if dash || !dashOnly && p.kind == tWord && (p.Lower == "và" || p.Lower == "hoặc" || p.Lower == "đến") {
		return s.dateEndsAt(i - 2)
	}
	return false
}

// dateEndsAt reports that the last mention read is a date ending with
// token k.
func (s *scanner) dateEndsAt(k int) bool {
	n := len(s.out)
	return n > 0 && s.out[n-1].Kind == KindDate && s.out[n-1].End == s.tok(k).End
}

// strongDateCue reports a word that only dates follow: ngày, sáng, hôm.
func (s *scanner) strongDateCue(i int) bool {
	p := s.tok(i - 1)
	if p.kind == tPunct && p.Lower == "(" {
		p = s.tok(i - 2)
	}
	switch p.Lower {
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
	if s.tok(i).End-s.tok(i).Start == 4 && s.punct(i+1, "-") && s.attached(i+1) && s.attached(i+2) {
		if m, ok := s.num(i + 2); ok && s.punct(i+3, "-") && s.attached(i+3) && s.attached(i+4) {
			if d, ok := s.num(i + 4); ok && ValidDate(a, m, d) && s.tok(i+2).End-s.tok(i+2).Start == 2 {
				return s.withTime(Mention{Kind: KindDate, Date: isoDay(a, m, d)}, i, i+5)
			}
		}
	}
	// 25 tháng 12 [năm 2022]; not "6 tháng 8.700 tỷ đồng", a duration
	// and a figure.
	if s.word(i+1, "tháng") {
		if m, ok := s.num(i + 2); ok && ValidDate(0, m, a) && !s.groupFollows(i+2) {
			end := i + 3
			y := NearestYear(m, a, s.refDate())
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
	if sep.kind != tPunct || sep.Space || !(sep.Lower == "/" || sep.Lower == "-" || sep.Lower == "." || sep.Lower == "–") || s.tok(i+2).Space {
		return 0
	}
	b, ok := s.num(i + 2)
	if !ok {
		return 0
	}
	// d/m/yyyy or d.m.yyyy
	if s.punct(i+3, sep.Lower) && s.attached(i+3) && s.attached(i+4) {
		if y, ok := s.num(i + 4); ok {
			yl := s.tok(i+4).End - s.tok(i+4).Start
			if yl == 2 {
				y += 2000
			}
			if (yl == 4 || yl == 2) && y >= 1000 && y < 3000 && ValidDate(y, b, a) {
				return s.withTime(Mention{Kind: KindDate, Date: isoDay(y, b, a)}, i, i+5)
			}
		}
		return 0
	}
	bl := s.tok(i+2).End - s.tok(i+2).Start
	al := s.tok(i).End - s.tok(i).Start
	if sep.Lower == "." {
		// "2.2" or "20.1" is a date only after a cue; "10.599" is a number.
		if bl == 3 || !s.dateCue(i) || !ValidDate(0, b, a) {
			return 0
		}
		return s.withTime(Mention{Kind: KindDate, Date: isoDay(NearestYear(b, a, s.refDate()), b, a)}, i, i+3)
	}
	// A month and year, "3/2026", "đến 6/2027": no count has a year for
	// its total unless a unit follows ("6/2027 hồ sơ").
	if sep.Lower == "/" && al <= 2 && bl == 4 && a >= 1 && a <= 12 && b >= 1900 && b <= 2100 &&
		!s.isFollowedByUnit(i+2) && !s.punct(i+3, "%") {
		s.emit(Mention{Kind: KindDate, Date: isoMonth(b, a)}, i, i+3)
		return 3
	}
	if al > 2 || bl > 2 || !ValidDate(0, b, a) {
		return 0
	}
	// "từ 3-5%": a range of shares, whatever cue stands before it.
	if s.punct(i+3, "%") || s.words(i+3, "phần trăm") {
		return 0
	}
	// A day and month alone: a date after a cue, or when nothing is counted
	// after it; "21/25 dịch vụ" and "1/8 nhiệm vụ" are ratios.
	if s.isFollowedByUnit(i+2) && !s.strongDateCue(i) && !s.secondDate(i, true) {
		return 0 // "có tới 10/11 nhóm": a ratio
	}
	if !s.dateCue(i) {
		if s.isFollowedByUnit(i+2) || s.scaleAt(i+3) > 0 || s.punct(i+3, "%") {
			return 0
		}
		if sep.Lower == "/" {
			// "đạt 9/9" is a ratio: a bare d/m needs a cue to be a date
			// unless a time or year-less clause follows ("9/8 -").
			return 0
		}
		if sep.Lower == "-" || sep.Lower == "–" {
			return 0
		}
	}
	return s.withTime(Mention{Kind: KindDate, Date: isoDay(NearestYear(b, a, s.refDate()), b, a)}, i, i+3)
}

// groupFollows reports whether the digits at token i go on as a larger
// number: a "." or "," glued to them and more digits glued after it.
func (s *scanner) groupFollows(i int) bool {
	return (s.punct(i+1, ".") || s.punct(i+1, ",")) && s.attached(i+1) && s.tok(i+2).kind == tNum && s.attached(i+2)
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
	case s.hourMark(i):
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

// hourMark reports "h" or "g" (giờ) glued to the hour at token i:
// "15h30", "6h", "19g30", and "19g" when it is no weight (gramsAsHour).
func (s *scanner) hourMark(i int) bool {
	if !s.attached(i+1) || s.tok(i+1).kind != tWord {
		return false
	}
	switch s.str(i + 1) {
	case "h", "H":
		return true
	case "g":
		return s.attached(i+2) && s.tok(i+2).kind == tNum || s.gramsAsHour(i)
	}
	return false
}

// gramsAsHour reports "19g" that is an hour, as "g" (giờ) is written in
// some papers, not grams: "lúc 19g", "từ 19g ngày 14-11", "7g sáng".
func (s *scanner) gramsAsHour(i int) bool {
	if s.word(i-1, "lúc") {
		return true
	}
	w := s.tok(i + 2)
	return w.Space && (dayParts[w.Lower] || w.Lower == "ngày" || w.Lower == "hôm")
}

// dayParts are the parts of a day that follow an hour: "7g sáng".
var dayParts = map[string]bool{"sáng": true, "trưa": true, "chiều": true, "tối": true, "đêm": true}

// yearAt reads a year of four digits at token k: "2022".
func (s *scanner) yearAt(k int) (int, bool) {
	y, ok := s.num(k)
	return y, ok && s.tok(k).End-s.tok(k).Start == 4 && y >= 1000 && y < 3000
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
	key := n.Lower
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
	return weekdays[n.Lower]
}

// atWord reads mentions that start with a word: tháng 7/2022, năm 2022,
// quý I/2023, tuần 43, hôm qua, thứ Hai tuần trước, mùng 5, giáng sinh,
// numbers in words, and "từ X đến Y" ranges.
func (s *scanner) atWord(i int) int {
	t := s.toks[i]
	if !isTrigger(t.Lower) {
		return 1 // most words start nothing: one lookup decides
	}
	switch t.Lower {
	case "tháng":
		return s.month(i)
	case "năm":
		if n := s.tok(i + 1); n.kind == tWord && (n.Lower == "mươi" || n.Lower == "trăm" || scales[n.Lower] >= 1000) || s.words(i+1, "phần trăm") {
			return s.figure(i, i)
		}
		if y, ok := s.num(i + 1); ok && s.tok(i+1).End-s.tok(i+1).Start == 4 && y >= 1000 && y < 3000 {
			s.emit(Mention{Kind: KindDate, Date: isoYear(y), Value: float64(y)}, i, i+2)
			return 2
		}
		return s.relative(i)
	case "quý":
		return s.quarter(i)
	case "tuần":
		if w, ok := s.num(i + 1); ok && w >= 1 && w <= 53 {
			y, end := 0, i+2
			if (s.punct(i+2, "/") || s.punct(i+2, "-")) && s.attached(i+2) {
				if yy, ok := s.num(i + 3); ok && yy >= 1000 {
					y, end = yy, i+4
				}
			} else if s.word(i+2, "năm") {
				if yy, ok := s.num(i + 3); ok && yy >= 1000 {
					y, end = yy, i+4
				}
			}
			if y == 0 {
				y = s.refDate().Year()
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
				y, m := s.refDate().Year(), int(s.refDate().Month())
				if ValidDate(y, m, d) {
					s.emit(Mention{Kind: KindDate, Date: isoDay(y, m, d)}, i, i+2)
					return 2
				}
			}
		}
		return s.relative(i)
	case "mùng", "mồng":
		// "mùng 2/9", "mồng 3.4": the day and month in digits, read as
		// after any date cue, with the word in the mention.
		if sep := s.tok(i + 2); sep.kind == tPunct && !sep.Space && s.tok(i+1).kind == tNum {
			before := len(s.out)
			if n := s.dateDigits(i + 1); n > 0 {
				if len(s.out) > before {
					m := &s.out[len(s.out)-1]
					m.Start = s.toks[i].Start
					m.Text = s.text[m.Start:m.End]
				}
				return 1 + n
			}
		}
		if d, ok := s.num(i + 1); ok && d >= 1 && d <= 31 {
			m := int(s.refDate().Month())
			end := i + 2
			y := s.refDate().Year()
			if s.word(i+2, "tháng") {
				if mm, ok := s.num(i + 3); ok && mm >= 1 && mm <= 12 {
					m, end = mm, i+4
					y = NearestYear(m, d, s.refDate())
				}
			}
			if ValidDate(y, m, d) {
				s.emit(Mention{Kind: KindDate, Date: isoDay(y, m, d)}, i, end)
				return end - i
			}
		}
		return 1
	case "từ":
		// "từ 5 đến 7", "từ một triệu đồng đến hai triệu đồng"
		if s.numberAt(i + 1) {
			if n := s.rangeFrom(i); n > 0 {
				return n
			}
		}
		return 1
	case "thứ", "chủ":
		if n := s.weekday(i); n > 0 {
			return n
		}
		if t.Lower == "thứ" {
			// "thứ hai" as an ordinal.
			if _, ok := weekdays[s.tok(i+1).Lower]; ok && s.tok(i+1).kind == tWord {
				s.emit(Mention{Kind: KindOrdinal, Value: float64(digitWords[s.tok(i+1).Lower])}, i, i+2)
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
	if _, ok := digitWords[t.Lower]; ok || t.Lower == "mười" {
		if _, n, _, _, ok := s.number(i); ok && n > 0 {
			return s.figure(i, i)
		}
	}
	return 1
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
	if sep := s.tok(i + 2); sep.kind == tPunct && !sep.Space && (sep.Lower == "/" || sep.Lower == "." || sep.Lower == "-") && s.attached(i+3) {
		if yy, ok := s.yearAt(i + 3); ok {
			y, end = yy, i+4
		}
	} else if s.word(i+2, "năm") {
		if yy, ok := s.yearAt(i + 3); ok {
			y, end = yy, i+4
		} else if s.word(i+3, "nay") {
			y, end = s.refDate().Year(), i+4
		} else if s.word(i+3, "ngoái") || s.word(i+3, "trước") {
			y, end = s.refDate().Year()-1, i+4
		}
	}
	if y == 0 {
		// "từ tháng 3-6", "tháng 7–8/2025": a span of months. The second
		// month, and the year after it, belong to the mention.
		if sep := s.tok(end); sep.kind == tPunct && (sep.Lower == "-" || sep.Lower == "–") && s.attached(end) && s.attached(end+1) {
			if m2, ok := s.num(end + 1); ok && m2 > m && m2 <= 12 && s.tok(end+1).End-s.tok(end+1).Start <= 2 {
				end += 2
				if (s.punct(end, "/") || s.punct(end, "-")) && s.attached(end) && s.attached(end+1) {
					if yy, ok := s.yearAt(end + 1); ok {
						y, end = yy, end+2
					}
				}
			}
		}
	}
	if y == 0 {
		y = NearestMonthYear(m, s.refDate())
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
		q = romanQuarter[n.Lower]
		if q == 0 {
			q = int(digitWords[n.Lower])
			if n.Lower == "năm" || n.Lower == "không" {
				q = 0
			}
		}
	}
	if q < 1 || q > 4 {
		return 1
	}
	y, end := 0, i+2
	if sep := s.tok(i + 2); sep.kind == tPunct && (sep.Lower == "/" || sep.Lower == "-") && s.attached(i+3) {
		if yy, ok := s.num(i + 3); ok && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		}
	} else if s.word(i+2, "năm") {
		if yy, ok := s.num(i + 3); ok && yy >= 1000 && yy < 3000 {
			y, end = yy, i+4
		} else if s.word(i+3, "nay") {
			end = i + 4
		} else if s.word(i+3, "ngoái") || s.word(i+3, "trước") {
			y, end = s.refDate().Year()-1, i+4
		}
	}
	if y == 0 {
		y = s.refDate().Year()
	}
	s.emit(Mention{Kind: KindDate, Date: isoQuarter(y, q)}, i, end)
	return end - i
}

// relative reads hôm nay, hôm qua, ngày mai, tuần trước, tháng này, năm
// ngoái, nửa đầu năm 2023 against the reference date.
func (s *scanner) relative(i int) int {
	switch s.toks[i].Lower {
	case "hôm", "ngày", "nửa", "tuần", "tháng", "năm":
	default:
		return 0
	}
	// Most "ngày", "tháng" and "năm" start no relative date: the
	// reference is marked as read only where one is read.
	r := s.ref
	day := func(t time.Time, n int) int {
		s.usedRef = true
		s.emit(Mention{Kind: KindDate, Date: isoT(t)}, i, i+n)
		return n
	}
	switch {
	case s.words(i, "hôm nay"):
		return day(r, 2)
	case s.words(i, "ngày hôm nay"):
		return day(r, 3)
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
		y, end := s.refDate().Year(), i+3
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
	unit := s.tok(i).Lower
	if unit != "tuần" && unit != "tháng" && unit != "năm" {
		return 0
	}
	off, ok := 0, true
	switch s.tok(i + 1).Lower {
	case "này", "nay":
		off = 0
	case "trước", "ngoái", "qua":
		off = -1
		if unit != "năm" && s.tok(i+1).Lower == "ngoái" {
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
	if unit == "năm" && s.tok(i+1).Lower == "qua" {
		return 0 // "năm qua" is a span, not a year
	}
	s.usedRef = true
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
		cue := s.tok(i-1).kind != tWord || DateCues[s.tok(i-1).Lower]
		if !unicode.IsUpper(r) && !cue && !s.word(i+2, "tuần") {
			return 0
		}
	}
	if s.tok(i+1).kind == tNum && s.word(i, "thứ") {
		cue := s.tok(i-1).kind == tWord && DateCues[s.tok(i-1).Lower]
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
	r := s.refDate()
	var t time.Time
	end := j
	if s.word(j, "tuần") {
		off := 0
		switch s.tok(j + 1).Lower {
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
	s.emit(Mention{Kind: KindDate, Date: isoDay(NearestYear(m, d, s.refDate()), m, d)}, i, i+n)
	return n
}

// isTrigger reports the words at which atWord may read a mention: the
// cases of its switch, the openers of relative dates and the number words
// (the keys of digitWords). A switch, not a map: it runs on every word.
func isTrigger(w string) bool {
	switch w {
	case "tháng", "năm", "quý", "tuần", "ngày", "mùng", "mồng", "từ", "thứ", "chủ", "giáng", "noel", "tết", "hôm", "nửa", "mười",
		"không", "một", "mốt", "hai", "ba", "bốn", "tư", "lăm", "nhăm", "sáu", "bảy", "bẩy", "tám", "chín":
		return true
	}
	return false
}

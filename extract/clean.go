package extract

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnfacts/vnfacts/normalize"
)

// Article is a cleaned article: its text holds the title's body, lead and
// paragraphs, one paragraph a line, each once.
type Article struct {
	Doc       string    `json:"doc"`
	URL       string    `json:"url,omitempty"`
	Title     string    `json:"title"`
	Published time.Time `json:"-"`
	Site      string    `json:"site,omitempty"`
	Author    string    `json:"author,omitempty"`
	Text      string    `json:"text"`

	// opening holds the scans the date guess made, for ArticleFacts.
	opening *openingScans
}

// PublishedISO is the published date as YYYY-MM-DD, or "" when unknown.
func (a Article) PublishedISO() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.In(normalize.Location).Format("2006-01-02")
}

// Boilerplate of text scrapes, as named patterns. Each matches a whole
// line (after trimming) that is not part of an article's body.
var (
	reCounter  = regexp.MustCompile(`\s*\((?:Lượt xem|Lượt đọc|Views?):?\s*[\d.,]+\)\s*$`)
	reUpdated  = mustLineRe(`(?i)^(?:(?:Cập nhật|Ngày đăng|Đăng ngày|Ngày cập nhật|Thời gian đăng|Ngày xuất bản|Published)\s*:?\s*(.*)|((?:Thứ (?:hai|ba|tư|năm|sáu|bảy)|Chủ nhật),?\s*(?:ngày\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}.{0,30}))$`)
	reCrumb    = regexp.MustCompile(`(?i)^Trang chủ\s*(?:>>|>|»|›|/|\|)|\s(?:>>|»|›)\s`)
	reCounters = mustLineRe(`(?i)^(?:(?:Bình luận|Lượt xem|Lượt đọc|Chia sẻ|Thích|Lưu)(?:\s*[·|:]?\s*[\d.,]*\s*(?:Bình luận|Lượt xem|Lượt đọc|Chia sẻ)?)*\s*$|[\d.,]+\s*(?:Lượt xem|Bình luận))`)
	reAd       = mustLineRe(`(?i)^(?:QUẢNG CÁO|Advertisement|Quảng cáo|ADVERTISEMENT)$`)
	// The buttons of a page, one per line: share, print, listen, text size.
	reButtons    = mustLineRe(`(?i)^(?:Facebook|Twitter|X|Zalo|Email|E-mail|Messenger|LinkedIn|Pinterest|Telegram|In|Bản in|In bài|Print|Copy link|Sao chép link|Nghe bài viết|Nghe bài|Nghe audio|Đọc bài viết|A-|A\+|Cỡ chữ|Kích thước chữ|Gửi góp ý|Góp ý|Lên đầu trang|Về đầu trang|Về trang chủ|Quay lại|Trở lại|Đọc tiếp)$`)
	rePrompt     = mustLineRe(`(?i)^(?:Mở Zalo|Bấm quét QR|Quét mã QR|Theo dõi .{1,60}? trên(?:\s|$)|Tải ứng dụng|Đăng ký nhận tin|Chia sẻ bài viết|In bài viết|Gửi bài viết|Bình luận\s*\(|Ý kiến\s*\(|Gửi bình luận|Link bài gốc|Lấy link|Sao chép liên kết|(?:Tags?|Từ khóa|Từ khoá)\s*:|Chia sẻ\s*(?:Facebook|Zalo|Twitter|:)|Lưu bài viết|Gửi email|Đăng nhập|Đăng ký tài khoản|(?:Xem thêm|Đọc thêm|Xem tiếp|>>\s?Xem thêm|>>\s?Đọc thêm)\s*:\s*\S)`)
	reFollowLead = mustLineRe(`^Theo dõi .{1,60}? trên`)
	reFooter     = mustLineRe(`(?i)^(?:Giấy phép(?: số)?|Giấy phép hoạt động|Địa chỉ\s*:|Điện thoại\s*:|ĐT\s*:|Fax\s*:|Email\s*:|E-mail\s*:|®|©|Copyright|Bản quyền|Cấm sao chép|Phát triển bởi|Thiết kế bởi|Giám đốc\s*:|Tổng biên tập\s*:|Chịu trách nhiệm|Ghi rõ nguồn|Trưởng ban biên tập|Cơ quan chủ quản|TRANG THÔNG TIN ĐIỆN TỬ|Đơn vị chủ quản|Hotline\s*:)`)
	reRelated    = mustLineRe(`(?i)^(?:Tin cùng chuyên mục|Tin liên quan|Bài viết liên quan|Tin khác|Các tin khác|Tin mới|Tin mới nhất|Xem nhiều|Đọc nhiều|Bài liên quan|Tin bài liên quan|Có thể bạn quan tâm|Cùng chuyên mục|Bài viết cùng chủ đề|Tin cùng chủ đề|Tin nổi bật|Tin đọc nhiều|Tin xem nhiều|Bài đọc nhiều|Tin tức liên quan|Xem tiếp|Xem thêm|Đọc thêm|Đừng bỏ lỡ|Có thể bạn chưa đọc|Tin nên đọc)\s*:?$`)
	// A line that is a date and time, "20/11/2023 14:30 (GMT+7)", and
	// perhaps the section after a bar: "20-11-2023 - 14:30 PM | Tài chính".
	reListDate = mustLineRe(`^(?:Ngày\s+)?\(?(?:\d{1,2}:\d{2}\s*[-,|]?\s*)?\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?:\s*[-,|]?\s*\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?)?(?:\s*\(?GMT\s*\+\s*0?7(?::00)?\)?)?\)?\s*-?(?:\s*\|\s*[^|\d]{1,40})?$`)
	// A caption begins with its label or ends with its credit.
	reCaptionStart = mustLineRe(`(?i)^(?:(Ảnh)\s*:|(?:Video|Clip)\s*:|(Ảnh) minh h(?:[oọ]a|oạ))`)
	reItemDate     = regexp.MustCompile(`\s\(?\d{1,2}/\d{1,2}/\d{4}\)?$`) // a related headline with its date
	reSource       = mustLineRe(`^(?:Nguồn\s*:?\s*.+|Theo\s+[\p{Lu}].{0,40})$`)
)

// CleanText cleans a plain-text scrape: it reads the title and date,
// drops crumbs, counters, ads, prompts, related lists, captions and
// footers, and keeps each body paragraph once. A body the scraper saved
// twice comes out once. When the scrape holds several articles, CleanText
// returns the first; CleanTextAll returns them all.
func CleanText(doc, raw string) Article {
	return CleanTextAll(doc, raw)[0]
}

// CleanTextAll is CleanText for a scrape that may hold several articles
// glued together. A new article starts where, after the end of one (its
// byline, a related list or a footer), a title-like line that was not
// seen before is followed by a paragraph of prose. It always returns at
// least one article.
func CleanTextAll(doc, raw string) []Article {
	return CleanNormalTextAll(doc, normalize.Text(raw))
}

// CleanNormalTextAll is CleanTextAll for text that normalize.Text has
// already made, as normalize.DecodeText returns it: a reader that
// normalized the text while it checked the bytes need not do it twice.
func CleanNormalTextAll(doc, text string) []Article {
	lines := strings.Split(text, "\n")
	var out []Article
	a := Article{Doc: doc}
	var body []string
	seen := map[string]bool{}
	inRelated, inFooter, ended := false, false, false
	var lastShort string
	// A date above the title is often the site's own ("Chủ Nhật,
	// 24/08/2025"); the article's, between its title and its text, wins.
	dateAboveTitle := false
	setDate := func(t time.Time) {
		if a.Published.IsZero() || dateAboveTitle && a.Title != "" && len(body) == 0 {
			a.Published = t
			dateAboveTitle = a.Title == ""
		}
	}
	finish := func() {
		// Section names and bylines trail the body without ending a sentence.
		for len(body) > 0 && lastShort == "" && isTrailer(body[len(body)-1]) {
			body = body[:len(body)-1]
		}
		if lastShort != "" {
			a.Author = strings.TrimLeft(strings.TrimPrefix(strings.TrimPrefix(lastShort, "Nguồn"), "Theo "), " :")
		}
		if a.Title == "" && len(body) > 0 {
			a.Title = firstSentence(body[0])
		}
		a.Text = strings.Join(body, "\n")
		if a.Published.IsZero() {
			a.Published, a.opening = inferDate(a.Title, a.Text)
		}
		out = append(out, a)
	}
	for li, line := range lines {
		line = strings.TrimSpace(line)
		if line == "" {
			inRelated = false
			continue
		}
		if a.Title == "" && len(body) == 0 && isSectionName(lines, li) {
			continue
		}
		if a.Title == "" && len(body) == 0 && looksLikeTitle(line) && !isCrumb(line) && matchShort(reUpdated, line) == nil && !reListDate.MatchString(line) {
			a.Title = titleOf(line)
			seen[dedupeKey(a.Title)] = true
			continue
		}
		// Another article glued after this one ended.
		if (ended || inFooter || inRelated || lastShort != "") && len(body) > 0 && looksLikeTitle(line) &&
			!seen[dedupeKey(titleOf(line))] && proseFollows(lines, li) && !reFooter.MatchString(line) {
			finish()
			a = Article{Doc: doc + "#a" + strconv.Itoa(len(out)+1), Title: titleOf(line)}
			seen[dedupeKey(a.Title)] = true
			body, lastShort = nil, ""
			inRelated, inFooter, ended = false, false, false
			continue
		}
		if m := matchShort(reUpdated, line); m != nil {
			if t, ok := ParseDate(m[1] + m[2]); ok {
				setDate(t)
			}
			continue
		}
		if inFooter || len(line) < 400 && reFooter.MatchString(line) {
			inFooter = true
			continue
		}
		if len(line) < 80 && reRelated.MatchString(line) {
			inRelated = true
			ended = true
			continue
		}
		if inRelated {
			// A related list is titles and dates; it ends where a line
			// that is not one of them, nor followed by a date, begins.
			// Headlines without dates, and the numbers of a ranked list
			// ("Đọc nhiều": 1, 2, …), are items too.
			if line == "-" || reListDate.MatchString(line) || li+1 < len(lines) && reListDate.MatchString(strings.TrimSpace(lines[li+1])) ||
				len(line) < 200 && (reItemDate.MatchString(line) || isHeadline(line) || li > 0 && isDigits(strings.TrimSpace(lines[li-1]))) || isDigits(line) {
				continue
			}
			inRelated = false
		}
		// A line that is only a date and time: the article's date when it
		// comes before the body ("14/07/2025 - 06:45"), else nothing.
		if len(line) < 60 && reListDate.MatchString(line) {
			if t := latestFullDate(line); len(body) == 0 && !t.IsZero() {
				setDate(t)
			}
			continue
		}
		short := len(line) < 200
		if short && (reCounters.MatchString(line) || reAd.MatchString(line) || reButtons.MatchString(line)) || line == "-" || isCrumb(line) {
			continue
		}
		if loc := reFollowLead.FindStringIndex(line); loc != nil {
			line = strings.TrimSpace(line[loc[1]:])
			// "Theo dõi chúng tôi trên Google News": only the platform is left.
			if line == "" || isShortName(line) {
				continue
			}
		}
		if short && rePrompt.MatchString(line) || isCaption(line, short) || isKeywordList(line) {
			continue
		}
		// Teasers of other articles end with "... |".
		if strings.HasSuffix(line, "|") {
			if strings.Contains(line, "...") || strings.Contains(line, "…") {
				continue
			}
			line = strings.TrimSpace(strings.TrimSuffix(line, "|"))
		}
		key := dedupeKey(line)
		if seen[key] {
			continue
		}
		seen[key] = true
		if isBylineCandidate(line) {
			// One capitalised word after a byline is the section's tag
			// ("Theo Hải Yến", then "Xe"), not a second byline.
			if lastShort == "" || fieldCount(line, 1) > 1 || normalize.IsAcronym(line) {
				lastShort = line
			}
			continue
		}
		if lastShort != "" {
			if (len(body) == 0 && a.Title != "" || ended) && a.Author == "" && isName(lastShort) {
				// A name between the title and the text is the byline, as
				// is one before a related list.
				a.Author = lastShort
			} else {
				// A short line inside the body was a heading or caption: keep it.
				body = append(body, lastShort)
			}
			lastShort = ""
		}
		body = append(body, line)
	}
	finish()
	// A glued "article" that kept no text was the end of the previous one.
	kept := out[:1]
	for _, x := range out[1:] {
		if strings.TrimSpace(x.Text) != "" {
			kept = append(kept, x)
		}
	}
	return kept
}

// titleOf is a title line without a trailing view counter.
func titleOf(line string) string {
	if !strings.HasSuffix(line, ")") {
		return line
	}
	return strings.TrimSpace(reCounter.ReplaceAllString(line, ""))
}

// proseFollows reports whether the next non-empty line after li is a
// paragraph of prose: long, and not boilerplate.
func proseFollows(lines []string, li int) bool {
	for _, l := range lines[li+1:] {
		l = strings.TrimSpace(l)
		if l == "" {
			continue
		}
		if loc := reFollowLead.FindStringIndex(l); loc != nil {
			l = strings.TrimSpace(l[loc[1]:]) // "Theo dõi … trên" glued to a lede
		}
		if matchShort(reUpdated, l) != nil || len(l) < 200 && reCounters.MatchString(l) {
			continue // a date line or counters between title and lede
		}
		return utf8.RuneCountInString(l) >= 80 && strings.Contains(l, ".") && !reFooter.MatchString(l)
	}
	return false
}

// isCrumb reports a breadcrumb line: "Trang chủ > Kinh tế > Tài chính".
func isCrumb(line string) bool {
	return (strings.Contains(line, ">") || strings.Contains(line, "»") || strings.Contains(line, "›") || strings.HasPrefix(line, "Trang chủ")) && reCrumb.MatchString(line)
}

// dedupeKey is what two copies of a paragraph share. normalize.Text has
// already run, so copies are byte for byte the same.
func dedupeKey(line string) string {
	return line
}

// matchShort runs a line pattern only on lines short enough to be
// boilerplate: prose paragraphs are long, and regexps are the cost here.
func matchShort(re lineRe, line string) []string {
	if len(line) > 200 {
		return nil
	}
	return re.FindStringSubmatch(line)
}

// isHeadline reports a line that reads as another article's headline in a
// related list: title-like and of five words or more, so that a byline
// ("Nguyễn Văn Hùng") or a source line ("Nguồn: …") after the list is not
// taken for one.
func isHeadline(line string) bool {
	return looksLikeTitle(line) && fieldCount(line, 5) >= 5 && !reSource.MatchString(line)
}

// isSectionName reports a site section above the title ("Kinh doanh",
// "Thời sự"): a line of at most three words, no digits, followed by a line
// that looks like the title.
func isSectionName(lines []string, li int) bool {
	line := strings.TrimSpace(lines[li])
	if !isShortName(line) {
		return false
	}
	// Sections come in a row ("Kinh doanh", "Vĩ mô"), and a date line may
	// stand between them and the title.
	for _, next := range lines[li+1:] {
		next = strings.TrimSpace(next)
		if next == "" || isShortName(next) || reListDate.MatchString(next) || matchShort(reUpdated, next) != nil {
			continue
		}
		return looksLikeTitle(next) && len(next) > len(line)
	}
	return false
}

// isShortName: at most three words with no digits or sentence marks, as
// a section of a site is named.
func isShortName(line string) bool {
	return fieldCount(line, 3) <= 3 && !strings.ContainsAny(line, "0123456789.:!?")
}

// looksLikeTitle: a first line that is short and does not end a sentence.
func looksLikeTitle(line string) bool {
	n := utf8.RuneCountInString(line)
	return n >= 10 && n <= 250 && !strings.HasSuffix(line, ".") && !strings.HasPrefix(line, "TTO -")
}

// isBylineCandidate: an author or source line ("Thùy Dung", "V.A
// (mard.gov.vn)", "Nguồn TTX Việt Nam"): a few words, no sentence end.
func isBylineCandidate(line string) bool {
	if len(line) > 200 {
		return false
	}
	if reSource.MatchString(line) && utf8.RuneCountInString(line) < 60 {
		return true
	}
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, ":") || strings.ContainsAny(line, "0123456789") && !strings.Contains(line, "(") {
		return false
	}
	// One to five words, each capitalised or in brackets.
	ok := true
	words := wordStarts(line, func(r rune) bool {
		ok = upperOrParen(r)
		return ok
	})
	return ok && words > 0 && words <= 5
}

// wordStarts calls f with the first rune of each word of s, as
// strings.Fields splits them, until f returns false, and returns the
// number of words it saw; the cleaner asks it of every line, and Fields
// builds a slice.
func wordStarts(s string, f func(first rune) bool) int {
	n, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			in = true
			if n++; !f(r) {
				break
			}
		}
	}
	return n
}

// fieldCount is len(strings.Fields(s)), counted no further than max+1.
func fieldCount(s string, max int) int {
	return wordStarts(s, func(rune) bool { max--; return max >= 0 })
}

// isName reports a line that can be a person's name: two to four
// capitalised words of letters ("Kim Phong", "Nguyễn Văn A").
func isName(line string) bool {
	words := strings.Fields(line)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) {
				return false
			}
		}
	}
	return true
}

// upperOrParen reports an opening bracket or a capital letter (one that
// upper-casing keeps and lower-casing changes).
func upperOrParen(r rune) bool {
	return r == '(' || unicode.ToUpper(r) == r && unicode.ToLower(r) != r
}

// isCaption reports whether line captions or credits a photo or a video.
// A video's label counts only on a short line.
func isCaption(line string, short bool) bool {
	if m := reCaptionStart.FindStringSubmatchIndex(line); m != nil {
		return short || m[2] >= 0 || m[4] >= 0
	}
	return endsWithCredit(line)
}

// endsWithCredit reports whether line ends with a photo credit:
// "… - Ảnh: VGP", "… (Ảnh: TTXVN)", "… (Nguồn ảnh: Reuters)",
// "… (Ảnh minh họa)". Written out rather than as a regexp: the engine
// searched every line that has a colon from each of its bytes, and that
// was a fifth of cleaning.
func endsWithCredit(line string) bool {
	if strings.HasSuffix(line, ")") {
		inner := line[:len(line)-1]
		if j := strings.LastIndexByte(inner, ')'); j >= 0 {
			inner = inner[j+1:]
		}
		for k := strings.LastIndexByte(inner, '('); k >= 0; k = strings.LastIndexByte(inner[:k], '(') {
			if isPhotoLabel(inner[k+1:]) {
				return true
			}
		}
	}
	// The credit after the colon is a word or a few, at most 61 letters:
	// a colon more than 256 bytes from the end (64 letters of at most 4
	// bytes) has too many after it, so the rest of a long line is not
	// searched.
	from := max(0, len(line)-256)
	for end := len(line); ; {
		i := strings.LastIndexByte(line[from:end], ':')
		if i < 0 {
			return false
		}
		i += from
		n := utf8.RuneCountInString(strings.TrimLeftFunc(line[i+1:], unicode.IsSpace))
		if n > 61 {
			return false
		}
		before := strings.TrimRightFunc(line[:i], unicode.IsSpace)
		if n > 0 && hasSuffixFold(before, "ảnh") {
			lead := strings.TrimRightFunc(before[:len(before)-len("ảnh")], unicode.IsSpace)
			if strings.HasSuffix(lead, "-") || strings.HasSuffix(lead, "–") {
				return true
			}
		}
		end = i
	}
}

// isPhotoLabel reports whether s, what follows "(" up to the closing ")",
// is a photo's label: "Ảnh minh họa", or "Ảnh" or "Nguồn ảnh" and a colon.
func isPhotoLabel(s string) bool {
	if len(s) > 64 {
		s = s[:64]
	}
	s = normalize.Lower(s)
	for _, l := range []string{"ảnh minh họa", "ảnh minh hoạ", "ảnh minh hoa", "nguồn ảnh", "ảnh"} {
		if rest, ok := strings.CutPrefix(s, l); ok {
			rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
			return strings.HasPrefix(rest, ":") || rest == "" && strings.HasPrefix(l, "ảnh minh")
		}
	}
	return false
}

// hasSuffixFold is strings.HasSuffix ignoring case.
func hasSuffixFold(s, suffix string) bool {
	// A letter's upper case is as long as its lower case in UTF-8 for
	// every letter Vietnamese uses.
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// isKeywordList: SEO keyword footers, many " - " joined phrases without
// diacritics ("Soc trang - truyen hinh soc trang - ...").
func isKeywordList(line string) bool {
	// "#xuất khẩu gạo #giá lúa": hashtags.
	if strings.HasPrefix(line, "#") && strings.Count(line, "#") >= 2 && !strings.ContainsAny(line, ".!?") {
		return true
	}
	if strings.Count(line, " - ") < 4 {
		return false
	}
	return normalize.Key(line) == normalize.Lower(line)
}

func isTrailer(line string) bool {
	if fieldCount(line, 8) > 8 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(line)
	return !strings.ContainsRune(".!?…\"”):;", r)
}

func firstSentence(p string) string {
	ss := Sentences(p)
	if len(ss) == 0 {
		return p
	}
	return p[ss[0].Start:ss[0].End]
}

// ParseDate reads the dates pages and scrapers write: ISO 8601 with or
// without a time ("2022-08-10T09:00:00+07:00", "2022-08-10 09:00"), RSS's
// RFC 1123, and day-first dates anywhere in the text ("10/08/2022", "Thứ
// ba, 09/08/2022 10:15 (GMT+7)"), which are read to the day.
func ParseDate(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04:05.000 -07:00", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02 15:04", "2006-01-02", time.RFC1123Z, time.RFC1123} {
		if t, err := time.ParseInLocation(layout, s, normalize.Location); err == nil {
			return t, true
		}
	}
	if len(s) >= 10 {
		if t, err := time.ParseInLocation(time.RFC3339, strings.Replace(s, " ", "T", 1), normalize.Location); err == nil {
			return t, true
		}
	}
	if t := latestFullDate(s); !t.IsZero() {
		return t, true
	}
	return time.Time{}, false
}

// latestFullDate finds the latest d/m/yyyy (or d.m.yyyy, d-m-yyyy) date
// written in text: this runs on every text scrape.
func latestFullDate(text string) time.Time {
	var best time.Time
	// Each separator is found by a vectorised search rather than a look
	// at every byte: this runs over the whole of every text scrape.
	for _, c := range []byte{'/', '.', '-'} {
		for off := 1; off+7 < len(text); {
			k := strings.IndexByte(text[off:len(text)-7], c)
			if k < 0 {
				break
			}
			i := off + k
			off = i + 1
			if text[i-1] < '0' || text[i-1] > '9' {
				continue
			}
			if t := fullDateAt(text, i, c); t.After(best) {
				best = t
			}
		}
	}
	return best
}

// fullDateAt reads the d/m/yyyy date whose first separator c is at
// text[i], after a digit, or returns the zero time.
func fullDateAt(text string, i int, c byte) time.Time {
	digits := func(i int) (int, int) {
		v, j := 0, i
		for j < len(text) && j-i < 4 && text[j] >= '0' && text[j] <= '9' {
			v = v*10 + int(text[j]-'0')
			j++
		}
		return v, j - i
	}
	// Back up over the day.
	k := i - 1
	for k > 0 && i-k < 2 && text[k-1] >= '0' && text[k-1] <= '9' {
		k--
	}
	d, dn := digits(k)
	m, mn := digits(i + 1)
	if dn == 0 || mn == 0 || mn > 2 || i+1+mn >= len(text) || text[i+1+mn] != c {
		return time.Time{}
	}
	y, yn := digits(i + 2 + mn)
	if yn != 4 || i+2+mn+yn < len(text) && text[i+2+mn+yn] >= '0' && text[i+2+mn+yn] <= '9' {
		return time.Time{}
	}
	if !normalize.ValidDate(y, m, d) || y < 1990 || y >= 2100 {
		return time.Time{}
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, normalize.Location)
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// latestYear is the latest "năm YYYY" in text that is not a target
// ("tầm nhìn đến năm 2030"), as 1 July of that year, or the zero time.
func latestYear(text string) time.Time {
	var best time.Time
	for rest, off := text, 0; ; {
		i := strings.Index(rest, "năm ")
		if i < 0 {
			return best
		}
		at := off + i + len("năm ")
		rest, off = text[at:], at
		if len(rest) < 4 || !isDigits(rest[:4]) || len(rest) > 4 && rest[4] >= '0' && rest[4] <= '9' {
			continue
		}
		y, _ := strconv.Atoi(rest[:4])
		before := normalize.Lower(text[max(0, at-40):at])
		if y < 1990 || y > 2100 || strings.Contains(before, "đến") || strings.Contains(before, "tầm nhìn") || strings.Contains(before, "tới") {
			continue
		}
		if t := time.Date(y, 7, 1, 0, 0, 0, 0, normalize.Location); t.After(best) {
			best = t
		}
	}
}

// later is the later of two times.
func later(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// inferDate guesses an article's date from its title and text when no
// date line was found: the latest full date in them, refined by a day and
// month in the title or the opening sentences ("Sáng 25/12, ..."). Without
// a full date, the latest "năm YYYY" gives the year, and a day and month
// written in the opening give the rest ("… học bổng năm 2025", then
// "Sáng 15/9"). It returns the scans of the opening it made, which the
// facts need again.
func inferDate(title, text string) (time.Time, *openingScans) {
	// The title and the text are searched apart, not joined: joining
	// would copy every undated article's whole text.
	best := later(latestFullDate(title), latestFullDate(text))
	yearOnly := false
	if best.IsZero() {
		best = later(latestYear(title), latestYear(text))
		yearOnly = !best.IsZero()
	}
	if best.IsZero() {
		return best, nil
	}
	// The opening often dates the event itself ("Sáng 25/12").
	if m, ok := normalize.FirstDay(title, best); ok {
		return refineDate(best, yearOnly, m), nil
	}
	m, ok, kept := openingDay(text, best)
	if ok {
		best = refineDate(best, yearOnly, m)
	}
	return best, kept
}

// refineDate is the date guess best refined by m, the first day named in
// the opening of the article.
func refineDate(best time.Time, yearOnly bool, m normalize.Mention) time.Time {
	t, err := time.ParseInLocation("2006-01-02", m.Date, normalize.Location)
	if err != nil {
		return best
	}
	if yearOnly {
		// Only a day and month in digits ("15/9", "ngày 15 tháng 9")
		// belong in the year found; "hôm qua" or "thứ Hai" would be
		// read against a made-up day.
		if strings.ContainsAny(m.Text, "0123456789") {
			if d := time.Date(best.Year(), t.Month(), t.Day(), 0, 0, 0, 0, normalize.Location); d.Day() == t.Day() {
				best = d
			}
		}
		return best
	}
	if t.Sub(best) > -45*24*time.Hour && t.Sub(best) < 45*24*time.Hour {
		if t.After(best) || len(m.Text) <= 5 {
			best = t
		}
	}
	return best
}

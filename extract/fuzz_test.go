package extract

import (
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzCleanText: the text cleaner never panics, and every fact found in
// its output points at its own bytes.
func FuzzCleanText(f *testing.F) {
	f.Add("Tiêu đề\nTrang chủ >> Tin\nCập nhật: 10/08/2022\nCó 21/25 dịch vụ.\nQUẢNG CÁO\nGiấy phép số: 287/GP")
	f.Add("Tin cùng chuyên mục\n-\nA\n22/12/2024 00:00:00 -\n")
	f.Add("\n\n\xff|...|")
	f.Add("Giải ngân 3.410/4.200 tỷ đồng, mua 50 máy bay Boeing 737 MAX, cước 5.900 USD/container 40 feet, tối đa là 50 triệu.")
	f.Add("Kinh doanh\nCứ 10 người thì có 3 người, giảm từ 63 xuống 34 tỉnh.\nTrong đó:\n- Chỉ số AQI lên tới 185;\n• Hotline 1900 1234\nĐọc nhiều\n1\nA")
	f.Add("Lễ 30/4 - 1/5: 4 huy chương vàng, 3 bạc và 2 đồng; căn hộ 2 phòng ngủ; tốc độ tối đa trên cao tốc là 120 km/h.\nTăng từ 18.000 tỷ lên hơn 25.000 tỷ đồng, tỷ lệ 1:3, chế tạotăng1,36% (30,10%), 5 \"đại gia\", 7.582/1, cấp 8-11.")
	f.Add("Báo cáo năm 2025\nTỉnh có 5 khu công nghiệp. Sáng 3/10, hôm qua 21/25 dịch vụ, quý II tăng 5%.\nNăm nay đạt 2.047 tỷ đồng.")
	f.Add("Tân Sơn Nhất hơn 2,5 triệu hành khách, Nội Bài hơn 1,506 triệu, Đà Nẵng hơn 600.000; có 30 ca, TP.HCM 25 ca.")
	f.Fuzz(func(t *testing.T, s string) {
		a := CleanText("fuzz", s)
		for _, fact := range (Extractor{Ref: time.Date(2022, 8, 10, 0, 0, 0, 0, time.UTC)}).Facts("fuzz", a.Text) {
			if fact.Start < 0 || fact.End > len(a.Text) || a.Text[fact.Start:fact.End] != fact.Text {
				t.Fatalf("fact %q at %d-%d", fact.Text, fact.Start, fact.End)
			}
		}
		// The scans the date guess kept give the facts a fresh read does.
		want := Extractor{Ref: a.Published}.Facts("fuzz", a.Text)
		if got := ArticleFacts(&a); !reflect.DeepEqual(got, want) {
			t.Fatalf("ArticleFacts = %+v, Facts = %+v", got, want)
		}
	})
}

// FuzzCleanHTML: the HTML cleaner never panics on any page, including
// deeply nested and broken markup.
func FuzzCleanHTML(f *testing.F) {
	f.Add(`<html><head><meta property="og:type" content="article"></head><body><h1>T</h1><div class="detail-content"><p>Có 21/25 dịch vụ thiết yếu.</p></div></body></html>`)
	f.Add(strings.Repeat("<div>", 300) + "x")
	f.Add(`<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"x","author":[1]}</script>`)
	f.Fuzz(func(t *testing.T, s string) {
		CleanHTML("fuzz", "", s)
	})
}

// FuzzMayHoldFigure holds the sentence filter to its plain reading: a
// digit anywhere, or a number word starting at any byte.
func FuzzMayHoldFigure(f *testing.F) {
	for _, s := range []string{"Có 5 người.", "hai mươi lăm", "Mười hai", "bốn triệu", "tỉ", "Trăm", "ngàn", "mẹ nghỉ", "tr", "m\xc6", "không có số"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ContainsAny(s, "0123456789")
		for _, w := range [][]string{numberWordsM, numberWordsCapM, numberWordsT, numberWordsCapT, numberWordsN} {
			for _, x := range w {
				want = want || strings.Contains(s, x)
			}
		}
		if got := mayHoldFigure(s); got != want {
			t.Errorf("mayHoldFigure(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzLatestFullDate holds the date finder to a look at every byte.
func FuzzLatestFullDate(f *testing.F) {
	for _, s := range []string{"Ngày 9/8/2022 và 10.8.2022, 11-8-2022", "1/1/1990", "31/2/2024 29/2/2024", "x9/8/20221", "12/12/2099."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want time.Time
		for i := 1; i+7 < len(s); i++ {
			if c := s[i]; (c == '/' || c == '.' || c == '-') && s[i-1] >= '0' && s[i-1] <= '9' {
				if d := fullDateAt(s, i, c); d.After(want) {
					want = d
				}
			}
		}
		if got := latestFullDate(s); !got.Equal(want) {
			t.Errorf("latestFullDate(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzFieldCount holds the cleaner's word counts to strings.Fields, and its
// byline test to the reading that splits the line into words.
func FuzzFieldCount(f *testing.F) {
	for _, s := range []string{"Hoài Thu", " a  b\tc\u00a0d ", "Theo Minh Anh", "(TTXVN)", "Nguyễn Văn A 12", "ß Đ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		words := strings.Fields(s)
		for _, max := range []int{1, 3, 5, 8} {
			if got, want := fieldCount(s, max), min(len(words), max+1); got != want {
				t.Errorf("fieldCount(%q, %d) = %d, want %d", s, max, got, want)
			}
		}
		want := len(s) <= 200 && (reSource.MatchString(s) && utf8.RuneCountInString(s) < 60 ||
			len(words) > 0 && len(words) <= 5 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ":") && !(strings.ContainsAny(s, "0123456789") && !strings.Contains(s, "(")))
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			want = want && (reSource.MatchString(s) && utf8.RuneCountInString(s) < 60 || r == '(' || strings.ToUpper(string(r)) == string(r) && strings.ToLower(string(r)) != string(r))
		}
		if got := isBylineCandidate(s); got != want {
			t.Errorf("isBylineCandidate(%q) = %v, want %v", s, got, want)
		}
	})
}

package extract

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/vnfacts/vnfacts/normalize"
)

// TestArticleFacts: the facts of a cleaned article are those of its text
// read afresh, whether or not the cleaner's date guess kept scans of its
// opening, and also when the date is set after cleaning (a scraper's
// date wins over the guess), so that kept scans that read their date are
// not the facts' own.
func TestArticleFacts(t *testing.T) {
	raws := map[string]string{
		// Undated; the opening names a day and month, a relative day and
		// figures, in sentences before and after the one that dates it.
		"guess": "Hơn 2.000 học sinh nhận học bổng năm 2025\nThành phố có 21/25 dịch vụ công trực tuyến, tăng 12% so với tháng trước. Sáng 15/9, thành phố trao 2.150 suất học bổng trị giá 2.047 tỷ đồng; hôm qua đã trao 300 suất.\nTrong quý III năm nay, 93,1% hồ sơ được giải quyết đúng hạn.",
		// Undated with no day in the opening: the guess is the year's middle.
		"year": "Kế hoạch năm 2024\nTỉnh có 5 khu công nghiệp, thu hút 1,2 tỷ USD trong tháng 5. Hôm qua, tỉnh họp bàn.",
	}
	files, _ := filepath.Glob("../testdata/articles/*.txt")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		raws[filepath.Base(f)] = string(b)
	}
	kept := 0
	for name, raw := range raws {
		for _, scraped := range []time.Time{{}, time.Date(2023, 2, 28, 0, 0, 0, 0, normalize.Location)} {
			for _, a := range CleanTextAll(name, raw) {
				if a.opening != nil {
					kept++
				}
				if !scraped.IsZero() {
					a.Published = scraped
				}
				want := Extractor{Ref: a.Published}.Facts(a.Doc, a.Text)
				got := ArticleFacts(&a)
				if !reflect.DeepEqual(got, want) {
					t.Errorf("%s (date %v): ArticleFacts =\n%+v\nFacts =\n%+v", name, a.Published, got, want)
				}
				if a.opening != nil {
					t.Errorf("%s: ArticleFacts kept the opening's scans", name)
				}
			}
		}
	}
	if kept == 0 {
		t.Error("no article kept scans of its opening: the test tests nothing")
	}
}

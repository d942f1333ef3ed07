package extract

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// proseCases are Vietnamese texts whose sentences we know. They are the
// measure behind the choice of our own splitter over prose/v2's
// English-trained segmenter (README, "Dependencies").
var proseCases = []struct {
	text string
	want []string
}{
	{"Tại TP. Hồ Chí Minh có 5 ca. Hà Nội có 3 ca.", []string{"Tại TP. Hồ Chí Minh có 5 ca.", "Hà Nội có 3 ca."}},
	{"Theo ThS. Nguyễn Văn A, tỷ lệ đạt 93,1%. Đây là kỷ lục.", []string{"Theo ThS. Nguyễn Văn A, tỷ lệ đạt 93,1%.", "Đây là kỷ lục."}},
	{"PGS.TS. Trần B cho biết có 1.234 hồ sơ. Ông nói thêm.", []string{"PGS.TS. Trần B cho biết có 1.234 hồ sơ.", "Ông nói thêm."}},
	{"Khó khăn còn nhiều… Tuy nhiên vẫn đạt 21/25 dịch vụ.", []string{"Khó khăn còn nhiều…", "Tuy nhiên vẫn đạt 21/25 dịch vụ."}},
	{"Thu nhận 6 triệu hồ sơ\nTính đến ngày 31-7, đã kết nối.", []string{"Thu nhận 6 triệu hồ sơ", "Tính đến ngày 31-7, đã kết nối."}},
	{"Đạt 1,9 triệu công dân. 2.047 tỷ đồng được tiết kiệm.", []string{"Đạt 1,9 triệu công dân.", "2.047 tỷ đồng được tiết kiệm."}},
	{"Bà Lê Thị C, Phó GĐ Sở Y tế TP. Cần Thơ cho biết: \"Đã có 20 ca.\" Số ca giảm.", []string{"Bà Lê Thị C, Phó GĐ Sở Y tế TP. Cần Thơ cho biết: \"Đã có 20 ca.\"", "Số ca giảm."}},
}

func proseSentences(t testing.TB, text string) []string {
	doc, err := prose.NewDocument(text, prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, s := range doc.Sentences() {
		out = append(out, strings.TrimSpace(s.Text))
	}
	return out
}

func ourSentences(text string) []string {
	var out []string
	for _, sp := range Sentences(text) {
		out = append(out, text[sp.Start:sp.End])
	}
	return out
}

// TestSplitterAgainstProse: our splitter gets every case right; prose's
// misses are logged for the README's dependency notes.
func TestSplitterAgainstProse(t *testing.T) {
	proseWrong := 0
	for _, c := range proseCases {
		if got := ourSentences(c.text); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Sentences(%q) = %q", c.text, got)
		}
		if got := proseSentences(t, c.text); !reflect.DeepEqual(got, c.want) {
			proseWrong++
			t.Logf("prose splits %q as %q", c.text, got)
		}
	}
	t.Logf("prose/v2 wrong on %d of %d Vietnamese cases, ours on 0", proseWrong, len(proseCases))
}

func articleText(b *testing.B) string {
	raw, err := os.ReadFile("../testdata/articles/003_cda5d139f3f754ff.txt")
	if err != nil {
		b.Fatal(err)
	}
	return CleanText("bench", string(raw)).Text
}

// BenchmarkSentences is our splitter on a cleaned article.
func BenchmarkSentences(b *testing.B) {
	text := articleText(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Sentences(text)
	}
}

// BenchmarkSentencesProse is prose/v2 on the same article, for the ratio.
func BenchmarkSentencesProse(b *testing.B) {
	text := articleText(b)
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		proseSentences(b, text)
	}
}

package extract

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Câu một. Câu hai.", []string{"Câu một.", "Câu hai."}},
		{"Có 1.234 người. Đạt 1,9 triệu.", []string{"Có 1.234 người.", "Đạt 1,9 triệu."}},
		{"Tại TP. Hồ Chí Minh có 5 ca. Hà Nội có 3 ca.", []string{"Tại TP. Hồ Chí Minh có 5 ca.", "Hà Nội có 3 ca."}},
		{"Theo ThS. Nguyễn Văn A, tỷ lệ đạt 93,1%. Đây là kỷ lục.", []string{"Theo ThS. Nguyễn Văn A, tỷ lệ đạt 93,1%.", "Đây là kỷ lục."}},
		{"PGS.TS. Trần B cho biết như vậy. Ông nói thêm.", []string{"PGS.TS. Trần B cho biết như vậy.", "Ông nói thêm."}},
		{"Theo TS. Lê C, các loại rau, củ, quả v.v. đều tăng giá.", []string{"Theo TS. Lê C, các loại rau, củ, quả v.v. đều tăng giá."}},
		{"Dòng một không có dấu chấm\nDòng hai", []string{"Dòng một không có dấu chấm", "Dòng hai"}},
		{"Khó khăn còn nhiều… Tuy nhiên vẫn đạt.", []string{"Khó khăn còn nhiều…", "Tuy nhiên vẫn đạt."}},
		{"Ông hỏi: \"Bao nhiêu?\" Bà đáp: \"Năm triệu.\"", []string{"Ông hỏi: \"Bao nhiêu?\"", "Bà đáp: \"Năm triệu.\""}},
		{"Tác giả V. A viết bài này.", []string{"Tác giả V. A viết bài này."}},
		{"Đạt 5 triệu đồng. 2.000 người tham gia.", []string{"Đạt 5 triệu đồng.", "2.000 người tham gia."}},
		{"Ở TP.HCM. Rồi về.", []string{"Ở TP.HCM.", "Rồi về."}},
		{"  ", nil},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, sp := range Sentences(tt.in) {
			got = append(got, tt.in[sp.Start:sp.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

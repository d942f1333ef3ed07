package extract

import "testing"

func TestLineRe(t *testing.T) {
	cases := []struct {
		expr    string
		line    string
		want    bool
		skipped bool // the prefilter alone says no
	}{
		{`(?i)^(?:Tin liên quan|Xem thêm)\s*:?$`, "TIN LIÊN QUAN", true, false},
		{`(?i)^(?:Tin liên quan|Xem thêm)\s*:?$`, "xem thêm:", true, false},
		{`(?i)^(?:Tin liên quan|Xem thêm)\s*:?$`, "Đọc thêm", false, true},
		{`(?i)^(?:Địa chỉ|Email)\s*:`, "ĐỊA CHỈ: 12 Lý Thường Kiệt", true, false},
		{`(?i)^(?:Địa chỉ|Email)\s*:`, "địa chỉ: 12", true, false},
		{`^\(?\d{1,2}/\d{1,2}/\d{4}$`, "(12/08/2022", true, false},
		{`^\(?\d{1,2}/\d{1,2}/\d{4}$`, "Ngày 12/08/2022", false, true}, // an optional "(" then a digit
		{`\s(?:>>|»)\s`, "Trang chủ » Thời sự", true, false},           // not anchored: no prefilter
		{`(?i)^(?:A|B)x|^[0-9]+y`, "7y", true, false},
		{`(?i)^(?:A|B)x|[0-9]+y`, "z 7y", true, false}, // one branch unanchored
	}
	for _, c := range cases {
		l := mustLineRe(c.expr)
		if got := l.MatchString(c.line); got != c.want {
			t.Errorf("%s on %q: %v, want %v", c.expr, c.line, got, c.want)
		}
		if skipped := !l.mayMatch(c.line); skipped != c.skipped {
			t.Errorf("%s on %q: prefilter skipped %v, want %v", c.expr, c.line, skipped, c.skipped)
		}
	}
}

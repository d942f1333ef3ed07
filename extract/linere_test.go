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
		// An optional word, then a digit: known by the first rune alone.
		{`^(?:Ngày\s+)?\(?\d{1,2}/\d{4}$`, "ngày 12/2024", false, false},
		{`^(?:Ngày\s+)?\(?\d{1,2}/\d{4}$`, "Ngày 12/2024", true, false},
		{`^(?:Ngày\s+)?\(?\d{1,2}/\d{4}$`, "(12/2024", true, false},
		{`^(?:Ngày\s+)?\(?\d{1,2}/\d{4}$`, "Tháng 12/2024", false, true},
		{`(?i)^(?:Ngày\s+)?x`, "NGÀY x", true, false},
		{`(?i)^(?:Ngày\s+)?x`, "X", true, false},
		{`(?i)^(?:Ngày\s+)?x`, "y", false, true},
		{`^(?:Ngày\s+)?.x`, "y", false, false},         // any rune first: no prefilter
		{`^(?:a*)?b*`, "y", true, false},               // matches the empty line: no prefilter
		{`(?i)^(?:A|B)x|[0-9]+y`, "z 7y", true, false}, // one branch unanchored
	}
	// The cleaner asks these of every line.
	for name, l := range map[string]lineRe{"reListDate": reListDate, "reFooter": reFooter, "rePrompt": rePrompt} {
		if l.prefixes == nil {
			t.Errorf("%s has no prefilter", name)
		}
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

func TestFoldTable(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := foldRune(r), leastFold(r); got != want {
			t.Fatalf("foldRune(%U) = %U, want %U", r, got, want)
		}
	}
	if foldRune('đ') != foldRune('Đ') || foldRune('ệ') != foldRune('Ệ') || foldRune('a') != 'A' {
		t.Error("case is not folded")
	}
}

package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzScan: the scanner never panics or hangs, and every span it reports
// lies inside the text, in order, and is the mention's text.
func FuzzScan(f *testing.F) {
	for _, s := range []string{
		"Sáng 9/8, đạt 21/25 dịch vụ, hơn 1,9 triệu công dân, 2.047 tỷ đồng",
		"từ 5 đến 7 triệu người, 15-25%, quý I/2023, 0299 3822598, 530/TB-VPCP",
		"Thứ ba, 9/8/2022 - 10:15 hai mươi lăm 3 giờ rưỡi chiều 11 giờ kém 15",
		"từ 800.000 đồng đến", "1,234,567,", "từ 10% đến", "tỷ số 3-", "thứ", "mồng", "quý", "0.", "9/", "-1",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, m := range Scan(s, ref) {
			if m.Start < last || m.End < m.Start || m.End > len(s) {
				t.Fatalf("span %d-%d after %d in %q", m.Start, m.End, last, s)
			}
			if s[m.Start:m.End] != m.Text {
				t.Fatalf("text %q is not s[%d:%d]", m.Text, m.Start, m.End)
			}
			last = m.Start
		}
	})
}

// FuzzParseNumber: the prefix parser never panics and never claims more
// bytes than it has.
func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"10.599", "1,9", "1,234,567", "1.234,5", "0", "", "9999999999999999999999", "1.", "1,"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, n, err := ParseNumber(s)
		if n < 0 || n > len(s) {
			t.Fatalf("ParseNumber(%q) used %d bytes", s, n)
		}
		if err == nil && (n == 0 || v < 0) {
			t.Fatalf("ParseNumber(%q) = %v, %d with no error", s, v, n)
		}
	})
}

// FuzzText: Text always returns valid UTF-8 and is idempotent.
func FuzzText(f *testing.F) {
	for _, s := range []string{"hoà\u00a0bình\u200b", "a\r\n\n\n b", "\xff\xfe", "Việt ơ đ \xc3", "dịch vụ \xe1\xba", "ầ\xe1\xbbx", "ờ\xcc\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := Text(s)
		if !utf8.ValidString(out) {
			t.Fatalf("Text(%q) is not UTF-8", s)
		}
		if again := Text(out); again != out {
			t.Fatalf("Text is not idempotent on %q: %q then %q", s, out, again)
		}
		Key(s)
		FoldTone(s)
	})
}

// FuzzLower holds lower, the tokenizer's lower-casing, and Lower to
// strings.ToLower.
func FuzzLower(f *testing.F) {
	for _, s := range []string{"Hà Nội", "ĐẮK LẮK", "Ư Ơ Ă Ĩ Ũ", "ỲỴỶỸ", "ỳỵỷỹ", "dịch vụ", "ǅ", "İstanbul", "ΣΑΣ", "\xc3", "\xe1\xba", "ÀÞ×ß"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := strings.ToLower(s)
		if got := lower(s); got != want {
			t.Errorf("lower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
		if got := Lower(s); got != want {
			t.Errorf("Lower(%q) = %q, strings.ToLower gives %q", s, got, want)
		}
	})
}

// FuzzDecodeText: the one-pass DecodeText gives what Decode and then Text
// give, and fails where Decode fails.
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"Sáng 9/8,\u00a0hội  nghị\r\n\n\nđạt 21/25", "\xef\xbb\xbfhoà bình", "Vie\u0302\u0323t", "\xe0\xf2 Vi\xd2\xeat", "a\x00b", ""} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		raw, text, err := DecodeText(b)
		want, werr := Decode(b, "")
		if (err == nil) != (werr == nil) {
			t.Fatalf("DecodeText(%q): error %v, Decode: %v", b, err, werr)
		}
		if err != nil {
			return
		}
		if raw != want || text != Text(want) {
			t.Fatalf("DecodeText(%q) = %q, %q; Decode then Text: %q, %q", b, raw, text, want, Text(want))
		}
	})
}

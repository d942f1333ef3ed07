package corpus

import (
	"slices"
	"strings"
	"testing"
)

func TestHoldsPhrase(t *testing.T) {
	for _, c := range []struct {
		text, words string
		want        bool
	}{
		{"Đã hoàn thành 21/25 dịch vụ công thiết yếu.", "dịch vụ", true},
		{"Đã hoàn thành 21/25 dịch vụ công thiết yếu.", "dich vu cong", true},
		{"Đã hoàn thành 21/25 DỊCH VỤ công.", "dịch vụ", true},
		{"Có 300 vụ tai nạn, còn dịch bệnh ở 12 xã.", "dịch vụ", false},
		{"Có 300 vụ tai nạn, còn dịch bệnh ở 12 xã.", "vụ dịch", false},
		{"dịch-vụ trực tuyến", "dich vu", true}, // words apart by punctuation
		{"dịchvụ trực tuyến", "dich vu", false}, // one word, not two
		{"các dịch vụ", "dich", true},           // a whole word
		{"các dịch vụ", "dic", false},           // not a part of one
		{"kinh tế xã hội", "te xa", true},       // the middle of a sentence
		{"sức khoẻ", "suc khoe", true},          // the old tone placement
		{"sức khỏe", "sức khoẻ", true},          // either placement
		{"hòa bình", "hoa", true},               // marks optional
		{"Đà Nẵng", "da nang", true},            // đ folds to d
		{"dịch\u0323 vụ", "dich vu", true},      // a stray combining mark
		{"9,1%", "1", true},                     // digits are words
		{"", "dich", false},
		{"dịch", "dịch vụ", false}, // the text ends first
		{"ở Huế", "hue", true},
	} {
		p := phrase(c.words)
		if got := holdsPhrase(c.text, strings.Join(p, " ")); got != c.want {
			t.Errorf("holdsPhrase(%q, %q) = %v, want %v", c.text, c.words, got, c.want)
		}
		if got := refHolds(c.text, p); got != c.want {
			t.Errorf("the reference on (%q, %q) = %v, want %v", c.text, c.words, got, c.want)
		}
	}
}

// refHolds is holdsPhrase the plain way: the text's key split into words.
func refHolds(text string, p []string) bool {
	ws := appendWords(nil, SearchKey(text))
	for i := 0; i+len(p) <= len(ws); i++ {
		if slices.Equal(ws[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// FuzzHoldsPhrase holds the folding matcher to the plain one.
func FuzzHoldsPhrase(f *testing.F) {
	f.Add("Đã hoàn thành 21/25 dịch vụ công thiết yếu.", "dịch vụ")
	f.Add("dịch-vụ, dịch vụ", "vu dich")
	f.Add("Sức KHOẺ\u200b cộng đồng", "khoe cong")
	f.Fuzz(func(t *testing.T, text, words string) {
		p := phrase(words)
		if p == nil {
			return
		}
		if got, want := holdsPhrase(text, strings.Join(p, " ")), refHolds(text, p); got != want {
			t.Errorf("holdsPhrase(%q, %q) = %v, the plain way %v", text, p, got, want)
		}
	})
}

// TestWordsSignature: a sentence's signature has every bit of each of its
// words, so the test a query makes before it reads a sentence never drops
// one that holds the phrase.
func TestWordsSignature(t *testing.T) {
	s := appendWords(nil, SearchKey("Trong đó, 21/25 dịch vụ công thiết yếu đã hoàn thành."))
	sig := wordsSignature(s)
	for _, w := range []string{"dịch vụ", "thiet yeu", "21 25", "trong do"} {
		p := wordsSignature(phrase(w))
		if sig&p != p {
			t.Errorf("%q: signature %x lacks bits %x", w, sig, p)
		}
	}
	if wordsSignature(phrase("dich")) == wordsSignature(phrase("vu")) && wordsSignature(phrase("cong")) == wordsSignature(phrase("vu")) {
		t.Error("three words share one bit")
	}
}

// FuzzWordSet holds the one-pass word set to SearchKey and appendWords:
// the same words but the common ones, each once, in the order first seen,
// and the same signature, which has the common words too.
func FuzzWordSet(f *testing.F) {
	f.Add("Đã hoàn thành 21/25 dịch vụ công thiết yếu.", "Dịch vụ công: 23/25 DỊCH VỤ.")
	f.Add("Sức KHOẺ\u200b cộng-đồng", "khoẻ khoẻ")
	f.Fuzz(func(t *testing.T, a, b string) {
		var ws wordSet
		var want []string
		for _, s := range []string{a, b} {
			words := appendWords(nil, SearchKey(s))
			if got, w := ws.add(s), wordsSignature(words); got != w {
				t.Fatalf("signature of %q: %x, want %x", s, got, w)
			}
			for _, w := range indexedWords(words) {
				if !slices.Contains(want, w) {
					want = append(want, w)
				}
			}
		}
		if got := strings.Join(want, " "); string(ws.text) != got {
			t.Errorf("words of %q and %q: %q, want %q", a, b, ws.text, got)
		}
	})
}

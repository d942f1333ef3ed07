package corpus

import "strings"

// commonWords are the search keys that the full-text index leaves out:
// each is in at least half of the real articles' sentences that hold
// figures (68 articles of testdata and ../shared, each with 600 bytes or
// more of such words), and together they were 37% of what those articles
// indexed and 37% of what the generated corpus does. A word in most
// documents narrows a search little, and the index's cost grows with
// what it holds: inserting it was a tenth of a first ingest's time.
//
// A search still finds them: the index is asked for the phrase's other
// words, or not at all when it has none, and every sentence found is
// checked for the whole phrase (holdsPhrase) and its signature for every
// word. Documents stored before the list kept them in the index, which
// changes nothing for a search.
var commonWords = strings.Fields(`
	000 1 2 3 4 5 6 7 8 9 10 11 12 15
	an ban bao biet binh bo ca cac cao chi cho co con cong cu cua cung
	da dan dang dat dau den diem dinh do doi dong du dung duoc duong
	gan gia giam hai hang hien hon ke khi khoang ky la len luong
	moi mot muc nam nay ngay ngoai nguoi nha nhan nhat nhieu noi nuoc o
	qua quan quoc san so tai tang thang thanh the theo thi thong thu tinh
	toi tong tren tri trieu trong trung truoc truong tu ty va van ve voi
`)

// commonTable holds commonWords by their wordHash for wordSet, which has
// each word's hash as it gathers the word: open addressing, 0 is empty.
var commonTable = func() (t [512]uint64) {
	for i, w := range commonWords {
		h := wordHash(w)
		j := h % uint32(len(t))
		for t[j] != 0 {
			j = (j + 1) % uint32(len(t))
		}
		t[j] = uint64(h)<<32 | uint64(i+1)
	}
	return
}()

// isCommon reports whether word, whose wordHash is h, is one of
// commonWords.
func isCommon(word []byte, h uint32) bool {
	for j := h % uint32(len(commonTable)); ; j = (j + 1) % uint32(len(commonTable)) {
		s := commonTable[j]
		if s == 0 {
			return false
		}
		if uint32(s>>32) == h && commonWords[uint32(s)-1] == string(word) {
			return true
		}
	}
}

// indexedWords returns the words of phrase that the full-text index
// holds.
func indexedWords(phrase []string) []string {
	var out []string
	for _, w := range phrase {
		if !isCommon([]byte(w), wordHash(w)) {
			out = append(out, w)
		}
	}
	return out
}

package corpus

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnfacts/vnfacts/normalize"
)

// SearchKey folds text for search: old and new tone placement, marks and
// đ, so "dich vu", "dịch vụ" and "hoà"/"hòa" meet.
// Key drops every mark, so the tone placement needs no folding first.
func SearchKey(s string) string { return normalize.Key(s) }

// appendWords appends the words of a search key to dst: its runs of
// letters and digits, split where the full-text tokenizer (unicode61)
// splits them, so the words the store indexes and the words a query
// checks a sentence for are the same.
func appendWords(dst []string, key string) []string {
	start := -1
	for i := 0; i < len(key); {
		r, n := rune(key[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(key[i:])
		}
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			dst = append(dst, key[start:i])
			start = -1
		}
		i += n
	}
	if start >= 0 {
		dst = append(dst, key[start:])
	}
	return dst
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// wordsSignature is the Bloom filter of words that facts.sentence_words
// holds: one of 64 bits for each word. A sentence holds a phrase only if
// its signature has every bit of the phrase's.
func wordsSignature(words []string) int64 {
	var sig uint64
	for _, w := range words {
		sig |= 1 << (wordHash(w) % 64)
	}
	return int64(sig)
}

// wordHash is FNV-1a of a word, 32 bits.
func wordHash(w string) uint32 {
	h := uint32(fnvOffset)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * fnvPrime
	}
	return h
}

// FNV-1a, 32 bits.
const fnvOffset, fnvPrime = 2166136261, 16777619

// ftsMatch is the full-text query for a phrase's words: documents that
// hold each of them, anywhere. Each is quoted, so no word is read as an
// operator.
func ftsMatch(phrase []string) string {
	return `"` + strings.Join(phrase, `" "`) + `"`
}

// wordsFrom is the join of a word query, driven from the full-text index.
// CROSS JOIN keeps the index as the outer loop (SQLite does not reorder
// it): its rows come in docid order, and each document found costs one
// lookup of its facts.
const wordsFrom = `documents_fts CROSS JOIN facts f ON f.document_id = documents_fts.docid JOIN documents d ON d.id = f.document_id`

// wordsQuery returns the join and the conditions, with their arguments,
// that keep the facts that may hold a phrase: of documents that hold each
// of its indexed words, in sentences whose signature has every bit of the
// phrase's. A phrase of common words only (commonWords) reads every fact
// and tests its signature; byIndex says the full-text index drives the
// join. Whether the sentence holds the words in order is for holdsPhrase
// to say.
func wordsQuery(phrase []string) (from string, where []string, args []any, byIndex bool) {
	sig := wordsSignature(phrase)
	cond := `f.sentence_words & ? = ` + strconv.FormatInt(sig, 10)
	indexed := indexedWords(phrase)
	if len(indexed) == 0 {
		return `facts f CROSS JOIN documents d ON d.id = f.document_id`, []string{cond}, []any{sig}, false
	}
	return wordsFrom, []string{`documents_fts MATCH ?`, cond}, []any{ftsMatch(indexed), sig}, true
}

// phrase returns the words of a query, folded, or nil if it has none.
func phrase(words string) []string {
	return appendWords(nil, SearchKey(words))
}

// holdsPhrase reports whether text, folded as SearchKey folds it, holds
// the words of p (folded words joined by single spaces) one after another,
// each whole: the test the full-text index cannot make, as it keeps each
// document's words once and in no order. It folds as it goes rather than
// making the key, as a query runs it on every sentence of every document
// the index finds.
func holdsPhrase(text, p string) bool {
	prevWord := false
	for i := 0; i < len(text); {
		f, n := keyRuneAt(text, i)
		if f != -1 {
			w := isWordRune(f)
			if w && !prevWord && wordsAt(text, i, p) {
				return true
			}
			prevWord = w
		}
		i += n
	}
	return false
}

// wordsAt reports whether the words of p start at text[i:] and the last
// one ends where p does.
func wordsAt(text string, i int, p string) bool {
	for j := 0; j < len(p); {
		pr, pn := rune(p[j]), 1
		if pr >= utf8.RuneSelf {
			pr, pn = utf8.DecodeRuneInString(p[j:])
		}
		j += pn
		if pr == ' ' {
			// Words are apart by one or more runes that are not letters
			// or digits.
			gap := false
			for i < len(text) {
				f, n := keyRuneAt(text, i)
				if f != -1 && isWordRune(f) {
					break
				}
				gap = gap || f != -1
				i += n
			}
			if !gap {
				return false
			}
			continue
		}
		for {
			if i >= len(text) {
				return false
			}
			f, n := keyRuneAt(text, i)
			i += n
			if f == -1 {
				continue
			}
			if f != pr {
				return false
			}
			break
		}
	}
	for i < len(text) {
		f, n := keyRuneAt(text, i)
		if f != -1 {
			return !isWordRune(f)
		}
		i += n
	}
	return true
}

// keyRuneAt is the rune at text[i:] as SearchKey folds it, and its width.
func keyRuneAt(text string, i int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(text[i:])
	return normalize.KeyRune(r), n
}

// wordSet gathers the distinct words of a document's sentences, folded as
// SearchKey folds them and split as appendWords splits them, in one pass
// over each sentence and without a map: an ingest runs it on every
// sentence that holds a fact.
type wordSet struct {
	text  []byte   // the words, each once, apart by spaces
	slots []uint64 // open addressing: hash<<32 | 1+offset of the word in text; 0 is empty
	n     int
	word  []byte
}

// add adds the words of sentence and returns its wordsSignature. ASCII
// bytes, most of a Vietnamese sentence's, are folded by a table; a word's
// hash is made as its bytes are.
func (ws *wordSet) add(sentence string) int64 {
	var sig uint64
	word := ws.word[:0]
	h := uint32(fnvOffset)
	flush := func() {
		if len(word) == 0 {
			return
		}
		sig |= 1 << (h % 64)
		if !isCommon(word, h) {
			ws.insert(word, h)
		}
		word, h = word[:0], fnvOffset
	}
	for i := 0; i < len(sentence); {
		c := sentence[i]
		if c < utf8.RuneSelf {
			i++
			if k := asciiKey[c]; k != 0 {
				word = append(word, k)
				h = (h ^ uint32(k)) * fnvPrime
			} else {
				flush()
			}
			continue
		}
		// A Vietnamese letter folds to an ASCII one: read it off a table
		// by its bytes rather than decode and fold it.
		k := byte(0)
		n := 0
		if c >= 0xC2 && c < 0xE0 && i+1 < len(sentence) && sentence[i+1]&0xC0 == 0x80 {
			k, n = key2[int(c&0x1F)<<6|int(sentence[i+1]&0x3F)], 2
		} else if c == 0xE1 && i+2 < len(sentence) && sentence[i+1]&0xFE == 0xBA && sentence[i+2]&0xC0 == 0x80 {
			k, n = key3[int(sentence[i+1]&1)<<6|int(sentence[i+2]&0x3F)], 3
		}
		if k != 0 {
			i += n
			if k != keyDrop {
				word = append(word, k)
				h = (h ^ uint32(k)) * fnvPrime
			}
			continue
		}
		r, n := utf8.DecodeRuneInString(sentence[i:])
		i += n
		f := normalize.KeyRune(r)
		switch {
		case f == -1:
		case !isWordRune(f):
			flush()
		default:
			from := len(word)
			word = utf8.AppendRune(word, f)
			for _, b := range word[from:] {
				h = (h ^ uint32(b)) * fnvPrime
			}
		}
	}
	flush()
	ws.word = word
	return int64(sig)
}

// asciiKey is an ASCII byte as SearchKey folds it when it is part of a
// word, or 0 when it parts words.
var asciiKey = func() (t [utf8.RuneSelf]byte) {
	for c := range t {
		if isWordRune(rune(c)) {
			t[c] = byte(normalize.KeyRune(rune(c)))
		}
	}
	return
}()

// key2 and key3 are the search keys of the two-byte runes (U+0080 to
// U+07FF) and of the block of toned vowels (U+1E80 to U+1EFF, E1 BA and
// E1 BB) that fold to an ASCII letter or digit, or keyDrop for those
// that fold to nothing (combining marks); 0 for the others.
var key2, key3 = func() (k2 [1 << 11]byte, k3 [1 << 7]byte) {
	key := func(r rune) byte {
		switch f := normalize.KeyRune(r); {
		case f == -1:
			return keyDrop
		case f < utf8.RuneSelf && asciiKey[f] != 0:
			return asciiKey[f]
		}
		return 0
	}
	for r := rune(0x80); r < 0x800; r++ {
		k2[r] = key(r)
	}
	for r := rune(0x1E80); r < 0x1F00; r++ {
		k3[r-0x1E80] = key(r)
	}
	return
}()

const keyDrop = 0xFF

// insert adds word, whose hash is h, unless it is there.
func (ws *wordSet) insert(word []byte, h uint32) {
	if 2*(ws.n+1) > len(ws.slots) {
		ws.grow()
	}
	mask := uint64(len(ws.slots) - 1)
	for i := uint64(h) & mask; ; i = (i + 1) & mask {
		s := ws.slots[i]
		if s == 0 {
			if len(ws.text) > 0 {
				ws.text = append(ws.text, ' ')
			}
			ws.slots[i] = uint64(h)<<32 | uint64(len(ws.text)+1)
			ws.text = append(ws.text, word...)
			ws.n++
			return
		}
		if uint32(s>>32) == h {
			// The stored word ends at a space or the end of the text.
			w := ws.text[int(uint32(s))-1:]
			if len(w) >= len(word) && string(w[:len(word)]) == string(word) && (len(w) == len(word) || w[len(word)] == ' ') {
				return
			}
		}
	}
}

// reserve empties the set and makes room for n words.
func (ws *wordSet) reserve(n int) {
	size := 64
	for size < 2*n {
		size *= 2
	}
	if cap(ws.slots) >= size {
		ws.slots = ws.slots[:size]
		clear(ws.slots)
	} else {
		ws.slots = make([]uint64, size)
	}
	ws.text, ws.n = ws.text[:0], 0
}

func (ws *wordSet) grow() {
	old := ws.slots
	ws.slots = make([]uint64, max(64, 2*len(old)))
	mask := uint64(len(ws.slots) - 1)
	for _, s := range old {
		if s == 0 {
			continue
		}
		i := (s >> 32) & mask
		for ws.slots[i] != 0 {
			i = (i + 1) & mask
		}
		ws.slots[i] = s
	}
}

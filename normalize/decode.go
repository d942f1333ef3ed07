package normalize

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// ErrBinary says the input is not text.
var ErrBinary = errors.New("binary data, not text")

// ErrEncoding says the input's bytes are in no encoding vnfacts reads.
var ErrEncoding = errors.New("not UTF-8, Windows-1258 or a declared charset")

// Decode turns the bytes of a document into NFC UTF-8 text. UTF-8 (with or
// without a BOM, composed or decomposed) is read as is; otherwise the
// declared charset (from an HTML meta tag or a header) is used when there
// is one, and Windows-1258, the legacy Vietnamese code page, is tried when
// the bytes look like it. Anything else is an error, never mangled text.
func Decode(b []byte, declared string) (string, error) {
	b = bytes.TrimPrefix(b, bom)
	if isBinary(b) {
		return "", ErrBinary
	}
	if utf8.Valid(b) {
		t := string(b)
		if hasCombining(t) {
			t = norm.NFC.String(t)
		}
		return t, nil
	}
	if declared != "" {
		if enc, name := charset.Lookup(declared); enc != nil && name != "utf-8" {
			out, err := enc.NewDecoder().Bytes(b)
			if err == nil {
				return norm.NFC.String(string(out)), nil
			}
		}
	}
	out, err := charmap.Windows1258.NewDecoder().Bytes(b)
	if err == nil && looksVietnamese(string(out)) {
		return norm.NFC.String(string(out)), nil
	}
	bad := 0
	for i := 0; i < len(b); {
		r, sz := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && sz == 1 {
			bad = i
			break
		}
		i += sz
	}
	return "", fmt.Errorf("%w (first bad byte at offset %d)", ErrEncoding, bad)
}

// DecodeText is Decode for a text document (no declared charset) that
// also returns the text as Text makes it. For valid UTF-8 without
// combining marks, nearly every input, both come from one pass that
// checks the bytes as it normalizes them, where Decode and then Text
// read every byte twice.
func DecodeText(b []byte) (raw, text string, err error) {
	b = bytes.TrimPrefix(b, bom)
	if isBinary(b) {
		return "", "", ErrBinary
	}
	raw = string(b)
	if t, ok := spaces(raw, true); ok {
		return raw, t, nil
	}
	if raw, err = Decode(b, ""); err != nil {
		return "", "", err
	}
	return raw, Text(raw), nil
}

// bom is the byte order mark some UTF-8 files begin with.
var bom = []byte("\xef\xbb\xbf")

// isBinary: NUL bytes or many control characters in the first 8 KB.
func isBinary(b []byte) bool {
	if len(b) > 8192 {
		b = b[:8192]
	}
	if bytes.IndexByte(b, 0) >= 0 {
		return true
	}
	ctl := 0
	for _, c := range b {
		ctl += int(controlByte[c]) // a lookup, not a branch per byte
	}
	return ctl*20 > len(b)+1
}

// controlByte marks the control characters that text does not hold.
var controlByte = func() (t [256]uint8) {
	for c := 0; c < 0x20; c++ {
		if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			t[c] = 1
		}
	}
	return
}()

// looksVietnamese: Windows-1258 decoding yields Vietnamese when the
// non-ASCII letters are Latin letters with Vietnamese marks, not symbols.
func looksVietnamese(s string) bool {
	letters, other := 0, 0
	for _, r := range norm.NFC.String(s) {
		if r < 0x80 {
			continue
		}
		if unicode.IsLetter(r) && (r >= 0xC0 && r <= 0x1EF9) || unicode.Is(unicode.Mn, r) {
			letters++
		} else {
			other++
		}
	}
	return letters > 0 && other*10 <= letters
}

// DeclaredCharset finds the charset an HTML page declares in its first
// 2 KB (meta charset or http-equiv), or "".
func DeclaredCharset(b []byte) string {
	head := b
	if len(head) > 2048 {
		head = head[:2048]
	}
	low := strings.ToLower(string(head))
	i := strings.Index(low, "charset=")
	if i < 0 {
		return ""
	}
	rest := strings.TrimLeft(low[i+len("charset="):], `"' `)
	end := strings.IndexAny(rest, `"' ;/>`)
	if end < 0 {
		return ""
	}
	return rest[:end]
}

package normalize

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// ErrSyntax says the input does not start with a number.
var ErrSyntax = errors.New("invalid syntax")

// ErrRange says the number is too large to be a figure.
var ErrRange = errors.New("value out of range")

// NumError records a failed parse, like strconv.NumError.
type NumError struct {
	Func string // the failing function (ParseNumber, ParseWords)
	Num  string // the input
	Err  error  // ErrSyntax or ErrRange
}

func (e *NumError) Error() string {
	return "normalize." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// ParseNumber reads a number written in digits at the start of s and
// reports its value and how many bytes it used. The Vietnamese convention
// is the rule: "." groups thousands and "," marks decimals, so "10.599" is
// 10599, "1,9" is 1.9 and "1.234,5" is 1234.5. Two or more comma groups of
// exactly three digits ("1,234,567") are read as thousands, as some sites
// write them; a lone "2,500" stays 2.5 by the convention. A "." not
// followed by exactly three digits ends the number: "4.0" reads as 4 and
// leaves ".0" to the caller, who knows whether it is a version or a date.
func ParseNumber(s string) (value float64, n int, err error) {
	i := digitRun(s, 0)
	if i == 0 {
		return 0, 0, &NumError{"ParseNumber", prefix(s), ErrSyntax}
	}
	intPart := s[:i]
	var b strings.Builder
	b.WriteString(intPart)
	dotGroups := 0
	for i < len(s) && s[i] == '.' {
		j := digitRun(s, i+1)
		if j-(i+1) != 3 {
			break
		}
		b.WriteString(s[i+1 : j])
		i = j
		dotGroups++
	}
	if i < len(s) && s[i] == ',' {
		j := digitRun(s, i+1)
		if j > i+1 {
			// Count further comma groups of three to tell 1,234,567 from 1,9.
			commaGroups, k := 0, i
			for k < len(s) && s[k] == ',' {
				m := digitRun(s, k+1)
				if m-(k+1) != 3 {
					break
				}
				commaGroups++
				k = m
			}
			// "12,000": a decimal is never written with three zeros, so
			// a lone ",000" groups thousands, as in English.
			lone000 := commaGroups == 1 && s[i+1:k] == "000" && !(k+1 < len(s) && s[k] == '.' && s[k+1] >= '0' && s[k+1] <= '9')
			if dotGroups == 0 && (commaGroups >= 2 || lone000) {
				for p := i; p < k; p += 4 {
					b.WriteString(s[p+1 : p+4])
				}
				i = k
			} else {
				b.WriteByte('.')
				b.WriteString(s[i+1 : j])
				i = j
			}
		}
	}
	v, perr := strconv.ParseFloat(b.String(), 64)
	if perr != nil || math.IsInf(v, 0) {
		return 0, i, &NumError{"ParseNumber", s[:i], ErrRange}
	}
	return v, i, nil
}

func digitRun(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func prefix(s string) string {
	if len(s) > 20 {
		return s[:20]
	}
	return s
}

// scales are the multiplier words of Vietnamese. They combine by
// multiplication: "nghìn tỷ" is 1e12, "trăm nghìn" 1e5.
var scales = map[string]float64{
	"chục": 10, "trăm": 100,
	"nghìn": 1e3, "ngàn": 1e3, "ngìn": 1e3, "vạn": 1e4,
	"triệu": 1e6, "tỷ": 1e9, "tỉ": 1e9,
}

// digitWords are the unit words of spoken numbers.
var digitWords = map[string]float64{
	"không": 0, "một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4,
	"năm": 5, "lăm": 5, "nhăm": 5, "sáu": 6, "bảy": 7, "bẩy": 7, "tám": 8, "chín": 9,
}

// IsNumberWord reports whether w (lower case) is a number word: a digit
// ("ba", "năm"), "mười", "mươi" or a scale ("trăm", "triệu").
func IsNumberWord(w string) bool {
	_, digit := digitWords[w]
	_, scale := scales[w]
	return digit || scale || w == "mười" || w == "mươi"
}

// ParseWords reads a number written in words at the start of the word list
// ("hai", "mươi", "lăm") and reports its value and how many words it used.
// It understands mười/mươi, linh/lẻ, mốt/tư/lăm after a ten, trăm and the
// scale words: "một trăm linh năm" is 105, "mười lăm nghìn" 15000.
func ParseWords(words []string) (value float64, n int, err error) {
	var total, group, cur float64
	var lastScale float64 = math.Inf(1)
	seen := false
	afterTen := false
	for n < len(words) {
		w := strings.ToLower(words[n])
		switch {
		case w == "mười":
			cur = 10
			afterTen = true
		case w == "mươi":
			if !seen || cur == 0 {
				goto done
			}
			cur *= 10
			afterTen = true
		case w == "linh" || w == "lẻ":
			if !seen || n+1 >= len(words) {
				goto done
			}
			if _, ok := digitWords[strings.ToLower(words[n+1])]; !ok {
				goto done
			}
		case w == "trăm":
			if !seen {
				cur = 1
			}
			group += cur * 100
			cur = 0
			afterTen = false
		case w == "chục":
			if !seen {
				goto done
			}
			cur *= 10
		case scales[w] >= 1000:
			sc := scales[w]
			if !seen {
				goto done
			}
			if sc >= lastScale || sc > 1e3 && total > 0 && total < sc {
				total = (total + group + cur) * sc
			} else {
				total += (group + cur) * sc
			}
			lastScale = sc
			group, cur = 0, 0
			afterTen = false
		case w == "rưỡi":
			if !seen || lastScale == math.Inf(1) {
				goto done
			}
			total += lastScale / 2
			n++
			goto done
		default:
			d, ok := digitWords[w]
			if !ok {
				goto done
			}
			switch {
			case afterTen && math.Mod(cur, 10) == 0:
				if w == "mốt" || w == "tư" || w == "lăm" || w == "nhăm" || (d > 0 && w != "không") {
					cur += d
				} else {
					goto done
				}
				afterTen = false
			case w == "mốt" || w == "lăm" || w == "nhăm" || w == "tư":
				// These only follow a ten.
				if !(n > 0 && isLinh(words[n-1])) {
					goto done
				}
				cur = d
			case cur != 0:
				goto done
			default:
				cur = d
			}
		}
		seen = true
		n++
	}
done:
	if n == 0 {
		return 0, 0, &NumError{"ParseWords", strings.Join(words[:min(len(words), 3)], " "), ErrSyntax}
	}
	// A trailing linh/lẻ was not consumed as part of the number.
	return total + group + cur, n, nil
}

func isLinh(w string) bool { w = strings.ToLower(w); return w == "linh" || w == "lẻ" }

// MulScale multiplies a value read from decimal digits by a scale that is
// a power of ten, as the exact decimal product would be rounded: v*scale in
// binary makes "4,1 tỷ" 4099999999.9999995 and "524,2 nghìn"
// 524200.00000000006. Other scales are multiplied as they are.
func MulScale(v, scale float64) float64 {
	e := math.Round(math.Log10(scale))
	if scale <= 0 || e < 0 || e > 30 || math.Pow(10, e) != scale {
		return v * scale
	}
	f, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(int(e)), 64)
	if err != nil {
		return v * scale
	}
	return f
}

package normalize

import (
	"errors"
	"fmt"
	"testing"
)

func TestParseNumber(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		n    int
	}{
		{"10.599", 10599, 6},
		{"154.840.409 hồ sơ", 154840409, 11},
		{"1,9 triệu", 1.9, 3},
		{"93,1%", 93.1, 4},
		{"1.234,5", 1234.5, 7},
		{"1,234,567", 1234567, 9},
		{"1,234,567,890", 1234567890, 13},
		{"2,500", 2.5, 5}, // a lone comma group is a decimal, by the convention
		{"42,195 km", 42.195, 6},
		{"12,000 người", 12000, 6}, // but never with three zeros
		{"1,000", 1000, 5},
		{"3,000.5", 3, 5},
		{"1.500", 1500, 5},
		{"1921", 1921, 4},
		{"06", 6, 2},
		{"0,08", 0.08, 4},
		{"4.0", 4, 1},
		{"2.2", 2, 1},
		{"16.11.2021", 16, 2},
		{"1.2345", 1, 1},
		{"5,", 5, 1},
		{"12.", 12, 2},
		{"7,27 tỷ", 7.27, 4},
		{"1.000.000,75", 1000000.75, 12},
		{"3.291.938 lượt", 3291938, 9},
		{"0299", 299, 4},
	}
	for _, tt := range tests {
		v, n, err := ParseNumber(tt.in)
		if err != nil || v != tt.want || n != tt.n {
			t.Errorf("ParseNumber(%q) = %v, %d, %v; want %v, %d", tt.in, v, n, err, tt.want, tt.n)
		}
	}
}

func TestParseNumberErrors(t *testing.T) {
	for _, in := range []string{"", "abc", ".5", ",5", "-3"} {
		_, n, err := ParseNumber(in)
		var ne *NumError
		if !errors.As(err, &ne) || !errors.Is(err, ErrSyntax) || n != 0 {
			t.Errorf("ParseNumber(%q): err %v, n %d; want a *NumError with ErrSyntax", in, err, n)
		}
	}
	_, _, err := ParseNumber("999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999")
	if !errors.Is(err, ErrRange) {
		t.Errorf("a 320-digit number: err %v, want ErrRange", err)
	}
}

func TestParseWords(t *testing.T) {
	tests := []struct {
		in   []string
		want float64
		n    int
	}{
		{[]string{"hai", "mươi", "lăm", "dịch"}, 25, 3},
		{[]string{"một", "trăm", "linh", "năm"}, 105, 4},
		{[]string{"một", "trăm", "lẻ", "năm"}, 105, 4},
		{[]string{"mười", "lăm", "nghìn"}, 15000, 3},
		{[]string{"mười"}, 10, 1},
		{[]string{"mười", "một"}, 11, 2},
		{[]string{"ba", "mươi", "mốt"}, 31, 3},
		{[]string{"hai", "mươi", "tư"}, 24, 3},
		{[]string{"bốn", "triệu", "lượt"}, 4e6, 2},
		{[]string{"hai", "triệu", "ba", "trăm", "nghìn"}, 2.3e6, 5},
		{[]string{"năm", "trăm"}, 500, 2},
		{[]string{"chín", "mươi", "chín"}, 99, 3},
		{[]string{"một", "nghìn", "tỷ"}, 1e12, 3},
		{[]string{"ba", "triệu", "rưỡi"}, 3.5e6, 3},
		{[]string{"Hai", "Mươi"}, 20, 2},
		{[]string{"bảy", "trăm", "năm", "mươi"}, 750, 4},
		{[]string{"sáu", "nghìn", "không", "trăm", "linh", "hai"}, 6002, 6},
	}
	for _, tt := range tests {
		v, n, err := ParseWords(tt.in)
		if err != nil || v != tt.want || n != tt.n {
			t.Errorf("ParseWords(%q) = %v, %d, %v; want %v, %d", tt.in, v, n, err, tt.want, tt.n)
		}
	}
	if _, _, err := ParseWords([]string{"người"}); !errors.Is(err, ErrSyntax) {
		t.Errorf("ParseWords(người): err %v, want ErrSyntax", err)
	}
}

func ExampleParseNumber() {
	v, n, _ := ParseNumber("2.047 tỷ đồng")
	fmt.Println(v, n)
	v, n, _ = ParseNumber("93,1%")
	fmt.Println(v, n)
	// Output:
	// 2047 5
	// 93.1 4
}

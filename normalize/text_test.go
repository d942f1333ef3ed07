package normalize

import (
	"errors"
	"fmt"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Hà\u00a0Nội", "Hà Nội"},
		{"dịch\u200bvụ", "dịchvụ"},
		{"  hai   ba\t\tbốn ", "hai ba bốn"},
		{"dòng một\r\n\r\n\r\n\r\ndòng hai", "dòng một\n\ndòng hai"},
		{"a\nb", "a\nb"},
		{norm.NFD.String("Việt Nam"), "Việt Nam"},
		{"\ufeffTiêu đề", "Tiêu đề"},
		{"bad \xff byte", "bad \ufffd byte"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldTone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hoà", "hòa"}, {"Hoà Bình", "Hòa Bình"}, {"thuỷ", "thủy"}, {"uỷ ban", "ủy ban"}, {"Uỷ ban", "Ủy ban"},
		{"khoẻ", "khỏe"}, {"hoá đơn", "hóa đơn"}, {"loà", "lòa"}, {"tuỳ", "tùy"},
		{"hoàn", "hoàn"}, {"quý", "quý"}, {"quỹ", "quỹ"}, {"hòa", "hòa"}, {"toán", "toán"}, {"khuya", "khuya"},
	}
	for _, tt := range tests {
		if got := FoldTone(tt.in); got != tt.want {
			t.Errorf("FoldTone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Dịch vụ công thiết yếu", "dich vu cong thiet yeu"},
		{"Đề án 06", "de an 06"},
		{"hoà", "hoa"}, {"hòa", "hoa"},
		{"THỦ TƯỚNG", "thu tuong"},
		{"Ủy  ban\nnhân dân", "uy ban nhan dan"},
		{norm.NFD.String("Nguyễn"), "nguyen"},
		{"ứng dụng ưu đãi ơn", "ung dung uu dai on"},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDecode(t *testing.T) {
	// Windows-1258 has ê, ă, ư, ơ precomposed and tone marks combining.
	legacy, err := charmap.Windows1258.NewEncoder().String("Vi\u00ea\u0323t Nam t\u0103ng tr\u01b0\u01a1\u0309ng")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		in       []byte
		declared string
		want     string
		err      error
	}{
		{"utf-8", []byte("Việt Nam"), "", "Việt Nam", nil},
		{"bom", []byte("\xef\xbb\xbfViệt"), "", "Việt", nil},
		{"nfd", []byte(norm.NFD.String("Việt")), "", "Việt", nil},
		{"windows-1258", []byte(legacy), "", "Việt Nam tăng trưởng", nil},
		{"declared", []byte("Vi\xeat"), "iso-8859-1", "Viêt", nil},
		{"binary", []byte{0x00, 0x01, 0x02}, "", "", ErrBinary},
	}
	for _, tt := range tests {
		got, err := Decode(tt.in, tt.declared)
		if tt.err != nil {
			if !errors.Is(err, tt.err) {
				t.Errorf("%s: err %v, want %v", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || norm.NFC.String(got) != tt.want {
			t.Errorf("%s: Decode = %q, %v; want %q", tt.name, got, err, tt.want)
		}
	}
}

func TestImpossibleDates(t *testing.T) {
	for _, s := range []string{"ngày 31/2/2022", "ngày 0/5/2022", "ngày 32/1/2022", "tháng 13/2022", "30/2/2023"} {
		for _, m := range Scan(s, ref) {
			if m.Kind == KindDate && len(m.Date) == 10 {
				t.Errorf("%q read as the date %s", s, m.Date)
			}
		}
	}
}

func ExampleKey() {
	fmt.Println(Key("Dịch vụ công thiết yếu"))
	fmt.Println(Key("Hoà") == Key("hòa"))
	// Output:
	// dich vu cong thiet yeu
	// true
}

func ExampleFoldTone() {
	fmt.Println(FoldTone("Uỷ ban hoà giải"))
	// Output: Ủy ban hòa giải
}

func TestPair(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"chỉ", "tiêu", "chỉ tiêu"},       // NounCompounds
		{"tương", "đương", "tương đương"}, // FunctionWords
		{"hội nghị", "trường", ""},        // the start of no key
		{"hội", "nghị", "hội nghị"},       // the start of "hội nghị trung ương"
		{"dịch", "vụ", ""},                // in no list
		{"", "vụ", ""},
	} {
		if got := Pair(c.a, c.b); got != c.want {
			t.Errorf("Pair(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
	if got := Pair(Pair("hội", "nghị"), "trung"); got != "hội nghị trung" {
		t.Errorf("Pair of a pair = %q", got)
	}
	if got := Pair(Pair(Pair("hội", "nghị"), "trung"), "ương"); !LabelWords[got] {
		t.Errorf("Pair of three = %q, not in LabelWords", got)
	}
}

// TestClasses holds Classes to the lists it stands for, word by word.
func TestClasses(t *testing.T) {
	lists := map[Class]map[string]bool{
		ClassFunction: FunctionWords, ClassLeadVerb: LeadVerbs, ClassPredicateVerb: PredicateVerbs,
		ClassNounCompound: NounCompounds, ClassLabel: LabelWords, ClassPlace: PlaceWords,
		ClassMeasure: MeasureUnits, ClassInstitution: InstitutionNouns,
	}
	times := map[string]bool{}
	for k := range TimeUnits {
		times[k] = true
	}
	lists[ClassTimeUnit] = times
	words := map[string]bool{"dịch vụ": true, "doanh nghiệp": true, "": true, "người": true}
	for _, l := range lists {
		for w := range l {
			words[w] = true
		}
	}
	for w := range words {
		for c, l := range lists {
			if got := Classes(w)&c != 0; got != l[w] {
				t.Errorf("Classes(%q) has %b: %v, the list says %v", w, c, got, l[w])
			}
		}
	}
}

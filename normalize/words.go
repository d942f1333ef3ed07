package normalize

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The word lists below are the heuristics of the scanner and of fact
// extraction, kept as named data so they can be read and extended.

// FunctionWords are words that never start or continue the unit of a
// figure: verbs, prepositions, conjunctions, adverbs and determiners.
// A unit ("dịch vụ thiết yếu") stops at the first of them.
var FunctionWords = classSet(ClassFunction, `
là đạt có được bị đã đang sẽ vẫn cũng đều chỉ mới còn vừa từng hơn gần khoảng
trên dưới trong ngoài của cho với tại về từ đến tới theo so so_sánh ở vào ra qua do bởi nhờ để
và hoặc hay nhưng mà thì nên nếu vì tuy song cùng
này đó kia ấy nào các những mỗi mọi tổng cả nhiều vài
tăng giảm chiếm bằng lên xuống thêm tương_đương tương_ứng ước ước_tính
thực_hiện tham_gia ghi_nhận tiếp_nhận giải_quyết hoàn_thành triển_khai xử_lý
tham_dự đăng_ký tán_thành đồng_ý ký_kết mất_tích sinh_sống làm_việc hưởng_lợi đề_nghị quan_tâm cho_biết cho_rằng thành_lập
nhận trả làm gây khiến xảy đưa phải cần muốn nhằm nhất khi sau trước
như gồm bao_gồm thuộc trở lần_lượt gấp đặt lúc giữa
dài rộng cao sâu nặng nằm
dù dẫu mặc_dù x × nêu kể dao_động bỏ_phiếu biểu_quyết thu_hút bước_vào tạo_ra đóng_góp dự_kiến đúng chậm đổ_về đổ_xô
đổ_bộ di_chuyển suy_yếu mạnh_lên tiến_vào áp_sát càn_quét khởi_công dọc giúp sống dự_thi mất cất đi
rất quá khá tới nay hiện mà chưa không đang luôn rồi ngay tức kịp_thời
hàng_chục hàng_trăm hàng_nghìn hàng_ngàn hàng_triệu hàng_vạn nữa
đồng usd vnđ vnd
tùy_theo tùy_thuộc tùy_vào tuỳ_theo tuỳ_thuộc tuỳ_vào đối_với thay_vì dành_cho
`)

// LeadVerbs are verbs that cannot open a unit, though they may end a
// compound noun ("chuyến bay", "trường học"): "số 9 ghi bàn".
var LeadVerbs = classSet(ClassLeadVerb, `
ghi ký mua bán đi thắng thua hòa hoà chạy bay nghiêng học dạy thi tham dự xảy diễn bắt giữ nộp chi thu
`)

// PredicateVerbs begin what is said of a counted thing, so they end its
// unit: "18 tàu cá vượt qua", "1.783 điểm, lập kỷ lục", "20 doanh nghiệp
// vay vốn". A syllable that also ends a noun ("lập" of "độc lập", "mở" of
// "quỹ mở") is listed only with the word that makes it a verb; a noun
// that ends in one of them ("nguồn thu") is in NounCompounds.
var PredicateVerbs = classSet(ClassPredicateVerb, `
vượt xếp đứng rút phá đón thu tụt rớt nhích
đối_diện đối_mặt phục_vụ vận_chuyển tập_trung tải_xuống tải_lên tải_về
lập_kỷ lập_đỉnh lập_biên lập_hồ thu_hẹp thu_giữ vay_vốn vay_tiền công_bố kết_nối
chuyển_sang chuyển_đến chuyển_về chuyển_đổi mở_thêm mở_rộng mở_cửa mở_bán mở_mới
đóng_cửa đóng_thuế đóng_bảo nâng_tổng nâng_mức tạo_việc tạo_thêm mang_lại mang_về
góp_phần góp_vốn đem_lại đem_về cán_mốc dẫn_đầu đón_xem chốt_phiên chốt_lời liên_quan thành_công tính_đến tính_từ tính_tới
khắc_phục đổ_vào đổ_ra nghi_là nghi_ngờ ngừng tạm_ngừng tạm_dừng dừng_hoạt dừng_kinh quay_trở quay_lại quay_về gia_nhập giải_thể rời_khỏi rời_bỏ
nợ trực_thuộc trị_giá bán_lẻ xuất_sang sang bố_trí giai_đoạn lần_đầu hằng phát_hiện chọn_ra
`)

// NotLabels are compounds whose last syllable is a label word: "khẩn
// cấp", "cung cấp" do not number what follows.
var NotLabels = wordSet(`khẩn_cấp cung_cấp nâng_cấp phân_cấp các_cấp cấp_cấp hạ_cấp trong_số tổng_số`)

// NounCompounds are nouns whose first syllable alone is a function word:
// "chỉ tiêu" is a target, though "chỉ" is "only".
var NounCompounds = classSet(ClassNounCompound, `
chỉ_tiêu chỉ_số chỉ_vàng tổng_số tổng_cục cả_nước các_loại cấp_xã cấp_huyện cấp_tỉnh cấp_độ
học_sinh học_viên học_phí học_bổng học_kỳ học_phần học_trò học_giả thi_sinh thí_sinh
chi_nhánh chi_bộ chi_phí thu_nhập bán_kính ghi_chép dự_án dự_toán đi_bộ
bị_hại bị_cáo bị_can bị_đơn
doanh_thu nguồn_thu khoản_thu mức_thu số_thu thu_ngân sắp_xếp điểm_đón lượt_đón chỗ_đứng đột_phá công_phá chứng_nhận cao_tốc cao_su cao_điểm đồng_bào đồng_hồ đồng_tiền đồng_nghiệp đồng_chí hội_đồng cộng_đồng hợp_đồng đồng_bằng trên_mạng khách_hàng trong_nước ngoài_nước
khoản_nợ dư_nợ nợ_xấu nợ_công món_nợ độ_richter độ_richte nước_ngoài thu_đông hè_thu mùa_thu tiết_thu trung_thu tự_do lý_do giúp_việc sống_sót mất_mùa chuyến_đi lượt_đi chiều_đi cao_tuổi cao_niên cao_đẳng cao_cấp cao_ốc cao_áp cao_học oát_giờ watt_giờ kilowat_giờ kilowatt_giờ kilôoát_giờ megawat_giờ megawatt_giờ gigawatt_giờ
`)

// PerCompounds are the two-syllable nouns a price or rate can be per:
// "3.000 đồng/cổ phiếu", "5 triệu đồng/đầu người".
var PerCompounds = wordSet(`
cổ_phiếu trái_phiếu chứng_chỉ sản_phẩm học_sinh sinh_viên lao_động nhân_khẩu
đầu_người người_dân gia_đình căn_hộ mét_vuông hành_khách lượt_khách suất_ăn
doanh_nghiệp khách_hàng dự_án hợp_đồng công_nhân nhân_viên bệnh_nhân thành_viên phụ_nữ
tín_chỉ học_kỳ năm_học khóa_học khoá_học lượt_khám
`)

// TimeUnits turn a number into a duration: "6 tháng" is P6M, not a count.
var TimeUnits = map[string]string{
	"năm": "Y", "tháng": "M", "tuần": "W", "ngày": "D", "quý": "Q",
	"giờ": "H", "tiếng": "H", "phút": "m", "giây": "S",
	"thập kỷ": "10Y", "thập niên": "10Y", "thế kỷ": "100Y",
}

// LabelWords name things that carry a number as a name or a rank:
// "Đề án 06", "mức độ 3", "Phường 3", "Bước 2", "mũi 3". A plain number
// right after them is a label, not a count.
var LabelWords = classSet(ClassLabel, `
đề_án quyết_định nghị_định thông_tư chỉ_thị nghị_quyết công_văn văn_bản luật
điều khoản chương mục phần phụ_lục biểu_mẫu mẫu
phường quận ấp khu khu_phố tổ tổ_dân_phố lô tầng phòng đường hẻm ngõ ngách kiệt thôn xóm
số bước mũi mức_độ cấp_độ mức cấp giai_đoạn đợt kỳ khóa khoá lớp hạng tuyến
quốc_lộ tỉnh_lộ km top vòng lần_thứ điểm hội_nghị_trung_ương trung_ương covid sars-cov
phiên_bản version chuẩn tiêu_chuẩn mã hiệu bảng hình biểu_đồ trang câu bài_số
ngày_số kỳ_họp khóa_học tập chuyến khoang toa cổng ga bến sân cửa nhà_máy lò
đường_dây_nóng tổng_đài hotline
`)

// StrongLabels name what they number whatever follows: "lớp 10
// chuyên", "tầng 3 tòa nhà", "phút 89", "cấp 12".
var StrongLabels = wordSet(`
lớp tầng khóa khoá quận phường điều khoản chương bước đề_án mũi phút hiệp vòng quốc_lộ tỉnh_lộ hạng top
mức_độ cấp_độ cấp báo_động kỳ_họp phiên_bản điểm
`)

// rankScopes follow a rank: "số 1 thế giới", "số 2 cả nước".
var rankScopes = []string{"thế giới", "khu vực", "châu á", "đông nam á", "việt nam", "cả nước", "toàn quốc", "thị trường"}

// InstitutionNouns are the nouns of offices and bodies that news often
// capitalizes after a count: "23 Bộ, ngành", "12 Sở", "5 Bệnh viện".
// A unit may start with one though it is written in title case.
var InstitutionNouns = classSet(ClassInstitution, `
bộ sở ban cục vụ viện trường bệnh công tổng tập hội đoàn quỹ ngân chi ủy tỉnh huyện xã phường quận thành
doanh hợp đảng trung nhà cơ đơn
`)

// Adjectives are the qualities news ranks things by with "nhất" ("5 ngân
// hàng lớn nhất", "xuất sắc nhất"), which is then no part of what is
// counted.
var Adjectives = wordSet(`
	lớn nhỏ cao thấp nhiều ít mạnh yếu giàu nghèo tốt đẹp xấu đông lâu mới cũ nóng lạnh nhanh chậm
	dài ngắn rộng hẹp sâu đắt rẻ trẻ già giỏi kém nặng nhẹ xa gần sớm muộn hot hay
	xuất_sắc hiện_đại phổ_biến quan_trọng nổi_tiếng đông_dân giàu_có tiên_tiến thành_công hiệu_quả
	uy_tín đắt_đỏ khó_khăn nguy_hiểm nghiêm_trọng lâu_đời đông_đúc sôi_động hấp_dẫn năng_động ô_nhiễm
	an_toàn rộng_lớn cao_cấp tiềm_năng khắc_nghiệt ấn_tượng đáng_sống thân_thiện giá_trị bền_vững
	hạnh_phúc tiêu_biểu nặng_nề dồi_dào phát_triển sạch_sẽ yên_bình thịnh_vượng`)

// AmountNouns name an amount of money or goods, not things to count:
// after a comma they open a new figure ("1,1 tỷ cổ phiếu, giá trị tương
// ứng …"), they are no second noun of a unit.
var AmountNouns = wordSet(`giá_trị trị_giá doanh_thu doanh_số lợi_nhuận kim_ngạch sản_lượng tiền tổng giá học_phí phí vốn
thiệt_hại lãi`)

// PlatformNouns name where sales and visits happen: "trên" before a
// number of them is "on" ("doanh thu trên 5 sàn").
var PlatformNouns = wordSet(`sàn nền_tảng kênh website trang_web ứng_dụng mạng_xã_hội app`)

// PlaceWords before a name place what was counted, so they end its unit:
// "2.400 nhân khẩu thôn Kênh Gà", "500 hộ dân xã Gia Thịnh".
var PlaceWords = classSet(ClassPlace, `xã phường huyện tỉnh quận thôn ấp xóm làng tp thành_phố thị_xã thị_trấn`)

// AddressWords after "số 12" make it a house number: "số 12 đường Lê Lợi".
var AddressWords = wordSet(`đường phố ngõ ngách hẻm kiệt tổ ấp khu thôn`)

// currencySigns are the symbols of money, before or after the digits.
var currencySigns = map[string]string{"$": "USD", "₫": "VND", "€": "EUR", "£": "GBP"}

// Currencies maps the words of money to ISO 4217 codes.
var Currencies = map[string]string{
	"đồng": "VND", "vnđ": "VND", "vnd": "VND", "đ": "VND", "₫": "VND",
	"usd": "USD", "đô la": "USD", "đô-la": "USD", "đôla": "USD", "đô": "USD", "đô la mỹ": "USD", "$": "USD",
	"eur": "EUR", "euro": "EUR", "yên": "JPY", "jpy": "JPY", "yuan": "CNY", "nhân dân tệ": "CNY", "ndt": "CNY", "cny": "CNY", "tệ": "CNY",
	"bảng anh": "GBP", "gbp": "GBP", "won": "KRW", "krw": "KRW", "baht": "THB", "bạt": "THB", "rúp": "RUB", "sgd": "SGD", "aud": "AUD",
	"yen": "JPY", "yên nhật": "JPY", "rúp nga": "RUB", "rub": "RUB", "won hàn quốc": "KRW", "franc thụy sĩ": "CHF", "chf": "CHF",
	"đô la úc": "AUD", "đô la singapore": "SGD", "đô la canada": "CAD", "cad": "CAD", "đô la hồng kông": "HKD", "hkd": "HKD",
	"đô la đài loan": "TWD", "đài tệ": "TWD", "twd": "TWD", "ringgit": "MYR", "myr": "MYR", "rupee": "INR", "inr": "INR",
	"rupiah": "IDR", "idr": "IDR", "riel": "KHR", "khr": "KHR", "kíp": "LAK", "lak": "LAK",
}

// currencyPhrases are the currencies of several words by their first
// word, longest first: the scanner asks at every word, and trying each
// phrase there was a tenth of its time.
var currencyPhrases = func() map[string][]string {
	var all []string
	for k := range Currencies {
		if strings.Contains(k, " ") {
			all = append(all, k)
		}
	}
	sort.Slice(all, func(i, j int) bool {
		if a, b := len(strings.Fields(all[i])), len(strings.Fields(all[j])); a != b {
			return a > b
		}
		return all[i] < all[j]
	})
	out := map[string][]string{}
	for _, p := range all {
		first, _, _ := strings.Cut(p, " ")
		out[first] = append(out[first], p)
	}
	return out
}()

// MeasureUnits are units of measure; "25 km" or "3 ha" is a quantity whose
// unit is the measure. They may be attached to the digits ("25km").
var MeasureUnits = classSet(ClassMeasure, `
tấn kg g mg gam ký lạng tạ yến km m cm mm dm ha m2 m² m3 m³ km2 km² mét cây_số hécta héc-ta hecta sào mẫu
lít l ml kw kwh mw mwh gw gwh tw twh w v kv mah gb mb tb kb hz mhz ghz mbps kbps gbps inch megapixel
wp kwp mwp gwp kva mva kcal ppm
thùng bao container teu teus độ
`)

// DateCues are words after which "9/8" or "9-8" is a date, never a ratio.
var DateCues = wordSet(`
ngày sáng chiều trưa tối đêm khuya rạng hôm nay mùng mồng từ đến tới hết cuối đầu giữa
lúc vào trước sau tính kể ngay hạn thứ chủ_nhật lễ dịp
`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		k := strings.ReplaceAll(w, "_", " ")
		m[k] = true
		// Each word of a key is indexed after the ones before it, so that
		// Pair finds "a b", then "a b c".
		for i := strings.IndexByte(k, ' '); i >= 0; {
			j := strings.IndexByte(k[i+1:], ' ')
			end := len(k)
			if j >= 0 {
				end = i + 1 + j
			}
			first, next := k[:i], k[i+1:end]
			if pairs[first] == nil {
				pairs[first] = map[string]string{}
			}
			pairs[first][next] = k[:end]
			if j < 0 {
				break
			}
			i = end
		}
	}
	return m
}

// A Class is a set of the word lists a word (or a Pair) is in, so that a
// reader that asks several lists about one word looks it up once.
type Class uint16

const (
	ClassFunction Class = 1 << iota
	ClassLeadVerb
	ClassPredicateVerb
	ClassNounCompound
	ClassLabel
	ClassPlace
	ClassMeasure
	ClassInstitution
	ClassTimeUnit
)

// classes holds the Class of every word of the lists built by classSet,
// and of the time units.
var classes = func() map[string]Class {
	m := map[string]Class{}
	for k := range TimeUnits {
		m[k] |= ClassTimeUnit
	}
	return m
}()

// classSet is wordSet for a list whose words are also given class c.
func classSet(c Class, s string) map[string]bool {
	m := wordSet(s)
	for k := range m {
		classes[k] |= c
	}
	return m
}

// Classes returns the lists w is in: one lookup for what FunctionWords[w],
// MeasureUnits[w] and the rest would say one by one.
func Classes(w string) Class {
	if w == "" {
		return 0 // as from a Pair that is in no list
	}
	return classes[w]
}

// pairs maps the first words of each key of several words in the word
// lists built by wordSet, and the word after them, to the two joined.
var pairs = map[string]map[string]string{}

// Pair returns a and b joined by a space if the start of a key of the
// package's word lists reads so, and "" otherwise: a caller that looks
// up word pairs at every word makes no string to learn that most are in
// no list. a may itself be a Pair: Pair(Pair("a", "b"), "c").
func Pair(a, b string) string {
	if a == "" {
		return ""
	}
	return pairs[a][b]
}

// IsTitle reports whether w starts with an upper-case letter and is not
// all upper case: "Hà", "Bộ" but not "HS" or "CCCD".
func IsTitle(w string) bool {
	r, sz := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, r := range w[sz:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return sz == len(w) && false
}

// IsAcronym reports whether w is two or more letters, all upper case.
func IsAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

package normalize

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// ref is a Wednesday.
var ref = time.Date(2022, 8, 10, 9, 0, 0, 0, Location)

// describe renders mentions as "kind=value" joined by " | ".
func describe(ms []Mention) string {
	var parts []string
	for _, m := range ms {
		v := ""
		switch {
		case m.Date != "":
			v = m.Date
		case m.Kind == KindCode || m.Kind == KindPhone:
			v = m.Text
		default:
			v = strconv.FormatFloat(m.Value, 'f', -1, 64)
			if m.Max != 0 {
				v += "-" + strconv.FormatFloat(m.Max, 'f', -1, 64)
			}
			if m.Denominator != 0 {
				v += "/" + strconv.FormatFloat(m.Denominator, 'f', -1, 64)
			}
			if m.Unit != "" {
				v += " " + m.Unit
			}
			if m.Per != "" {
				v += "/" + m.Per
			}
		}
		parts = append(parts, string(m.Kind)+"="+v)
	}
	return strings.Join(parts, " | ")
}

func TestScan(t *testing.T) {
	tests := []struct{ in, want string }{
		// Digits in the Vietnamese convention.
		{"10.599 cấp xã", "number=10599"},
		{"154.840.409 hồ sơ", "number=154840409"},
		{"gần 1,9 triệu công dân", "number=1900000"},
		{"93,1%", "percent=93.1 %"},
		{"98,36 %", "percent=98.36 %"},
		{"100 %", "percent=100 %"},
		{"năm mươi phần trăm", "percent=50 %"},
		{"Năm phần trăm số hộ, hai phần trăm dân số", "percent=5 % | percent=2 %"},
		{"12 phần trăm", "percent=12 %"},
		{"1,234,567 người", "number=1234567"},
		{"1921 thủ tục", "number=1921"},
		{"06 bài học", "number=6"},
		{"0,08%", "percent=0.08 %"},
		{"1.234,5 tấn", "number=1234.5"},
		// Scale words.
		{"1,9 triệu", "number=1900000"},
		{"2.047 tỷ", "number=2047000000000"},
		{"2.047 tỉ", "number=2047000000000"},
		{"1,5 nghìn tỷ", "number=1500000000000"},
		{"1,5 ngàn tỷ", "number=1500000000000"},
		{"5,65 ngàn hồ sơ", "number=5650"},
		{"3 trăm nghìn", "number=300000"},
		{"2 chục nghìn", "number=20000"},
		{"1 triệu rưỡi", "number=1500000"},
		{"203 nghìn người", "number=203000"},
		{"3 tỷ 500 triệu đồng", "money=3500000000 VND"},
		{"4 triệu 200 nghìn", "number=4200000"},
		// Numbers in words.
		{"hai mươi lăm dịch vụ", "number=25"},
		{"một trăm linh năm người", "number=105"},
		{"mười lăm nghìn", "number=15000"},
		{"hơn bốn triệu lượt", "number=4000000"},
		{"ba mươi mốt tỉnh", "number=31"},
		{"hai mươi tư giờ", "duration=PT24H"},
		{"chín mươi chín người", "number=99"},
		// A lone word is not a figure.
		{"một số địa phương", ""},
		{"một trong những", ""},
		{"hai bên đã ký", ""},
		// Money.
		{"2.047 tỷ đồng", "money=2047000000000 VND"},
		{"5,2 tỷ USD", "money=5200000000 USD"},
		{"1,1 tỉ USD", "money=1100000000 USD"},
		{"23,1 triệu đồng", "money=23100000 VND"},
		{"500.000 VNĐ", "money=500000 VND"},
		{"500.000 VND", "money=500000 VND"},
		{"15.000đ", "money=15000 VND"},
		{"15.000 đ", "money=15000 VND"},
		{"200 triệu đô la", "money=200000000 USD"},
		{"3 triệu đô la Mỹ", "money=3000000 USD"},
		{"10 tỷ Euro", "money=10000000000 EUR"},
		{"4 triệu EUR", "money=4000000 EUR"},
		{"1 tỷ yên", "money=1000000000 JPY"},
		{"5 triệu nhân dân tệ", "money=5000000 CNY"},
		{"3.500 tỷ đồng/năm", "money=3500000000000 VND/năm"},
		{"624 USD/tấn", "money=624 USD/tấn"},
		{"183,8 triệu đồng/lượng", "money=183800000 VND/lượng"},
		{"2 triệu đồng/người/tháng", "money=2000000 VND/người/tháng"},
		{"3.000 đồng/cổ phiếu", "money=3000 VND/cổ phiếu"},
		{"572.000 đồng/tín chỉ, 27,3 triệu đồng/học kỳ", "money=572000 VND/tín chỉ | money=27300000 VND/học kỳ"},
		{"10,6 tỷ đồng/doanh nghiệp", "money=10600000000 VND/doanh nghiệp"},
		{"giá bán từ 45 triệu đồng/m2", "money=45000000 VND/m2"},
		{"Ba Đình: 128 triệu đồng/m², thuê 45 USD/m²/tháng", "money=128000000 VND/m² | money=45 USD/m²/tháng"},
		{"9 mã tăng/18 mã giảm, virus covid-19", "number=9 | number=18 | code=covid-19"},
		{"xe BKS 29V-3925, xe 51F-999.99, pin 29V", "code=29V-3925 | code=51F-999.99 | number=29 V"},
		{"tăng từ 3-5% so với từ 3-5 tháng trước", "percent=3-5 % | duration=P3M"},
		{"từ 19g ngày 14-11 đến 7g sáng, gói 500g", "time=19:00 | date=2022-11-14 | time=07:00 | number=500 g"},
		// A holiday's date, and the second date of a pair; "và" before a
		// counted part still gives a ratio.
		{"lễ 30/4 - 1/5 năm nay, dịp 2/9 và 1/5; ngày 1/7 và 3/4 số xã", "date=2022-04-30 | date=2022-05-01 | date=2022 | date=2022-09-02 | date=2022-05-01 | date=2022-07-01 | ratio=3/4"},
		// "6 tháng 8.700 tỷ" is a duration and a figure, not 6 August; a
		// thousand "đồng tiền" is money, six are currencies.
		{"lãi 6 tháng 8.700 tỷ đồng, đóng 5.000 đồng tiền nước, 6 đồng tiền chủ chốt", "duration=P6M | money=8700000000000 VND | money=5000 VND | number=6"},
		// A ratio with a colon after "tỷ lệ" or "chọi"; elsewhere a time.
		{"tỷ lệ 1:3, tỷ lệ chọi là 1:12, lúc 1:30", "ratio=1/3 | ratio=1/12 | time=01:30"},
		// Among medals a few "đồng" are bronze; a thousand are money.
		{"giành 4 huy chương vàng, 3 bạc và 2 đồng; vé 50.000 đồng", "number=4 | number=3 | number=2 | money=50000 VND"},
		// Currencies of the region and of trade, in words and codes.
		{"2 tỷ đô la Úc, 300 tỷ yen, 3 triệu franc Thụy Sĩ, 5.000 ringgit, 3 kíp trực, 40 tỷ kíp", "money=2000000000 AUD | money=300000000000 JPY | money=3000000 CHF | money=5000 MYR | number=3 | money=40000000000 LAK"},
		// A strong label names a range too.
		{"gió cấp 8-11, lớp 10-12 và tăng 3-5 điểm", "label=8 | label=10 | number=3-5"},
		// A range whose ends are priced per square metre.
		{"giá từ 25 triệu đồng/m2 đến 35 triệu đồng/m2", "money=25000000-35000000 VND/m2"},
		{"giá từ 25 triệu/m2 đến 50 triệu/m2", "number=25000000-50000000/m2"},
		{"giảm từ 684 đồng/lít - 858 đồng/lít", "money=684-858 VND/lít"},
		// A code's decimal part is the code's; a lower-case Vietnamese
		// word glued to digits lost its space in the scrape.
		{"mẫu X1,5 và chế tạotăng1,36%", "code=X1,5 | percent=1.36 %"},
		// Scaled decimals are the exact decimal products, not binary ones.
		{"4,1 tỷ đồng và 524,2 nghìn lượt", "money=4100000000 VND | number=524200"},
		{"tăng thêm 0,2-0,3 điểm % và 0,5 điểm%", "percent=0.2-0.3 % | percent=0.5 %"},
		{"cung ứng 140.000 tỷ đồng tiền mặt", "money=140000000000000 VND"},
		{"so với 6 đồng tiền chủ chốt", "number=6"},
		{"chỉ 1 trong 4 doanh nghiệp có lãi", "ratio=1/4"},
		{"tăng 3 trong 5 năm qua", "number=3 | duration=P5Y"},
		{"dự kiến kéo dài đến 6/2027", "date=2027-06"},
		{"lên sàn vào 10/2011,", "date=2011-10"},
		{"5 triệu đồng/đầu người/năm", "money=5000000 VND/đầu người/năm"},
		{"giá 20.000 đồng/cổ, tăng", "money=20000 VND/cổ"},
		// Ratios.
		{"21/25 dịch vụ", "ratio=21/25"},
		{"187/227 nhóm", "ratio=187/227"},
		{"4.561/5.650 HS", "ratio=4561/5650"},
		{"6.022/8.177 xã", "ratio=6022/8177"},
		{"1/8 nhiệm vụ", "ratio=1/8"},
		{"11/11 dịch vụ", "ratio=11/11"},
		{"có tới 10/11 nhóm hàng", "ratio=10/11"},
		{"Có đến 5/9 huyện", "ratio=5/9"},
		{"21 trên 25 dịch vụ", "ratio=21/25"},
		{"21 trong số 25 dịch vụ", "ratio=21/25"},
		{"21 trong tổng số 25 dịch vụ", "ratio=21/25"},
		{"là 1.456/1.625,", "ratio=1456/1625"},
		// Ranges.
		{"15-25%", "percent=15-25 %"},
		{"5-7 triệu", "number=5000000-7000000"},
		{"từ 5 đến 7 triệu người", "number=5000000-7000000"},
		{"từ 5 đến gần 7 triệu người", "number=5000000-7000000"},
		{"từ 10% đến khoảng 15%", "percent=10-15 %"},
		{"từ 700 triệu đồng đến xấp xỉ 1 tỉ đồng", "money=700000000-1000000000 VND"},
		{"mức phạt là 10.000.000 đồng đến 20.000.000 đồng", "money=10000000-20000000 VND"},
		{"phạt từ một triệu đồng đến hai triệu đồng", "money=1000000-2000000 VND"},
		{"từ hai mươi đến ba mươi người; từ năm 2020 đến năm 2025", "number=20-30 | date=2020 | date=2025"},
		{"chuyển 5 triệu đồng đến 3 tài khoản", "money=5000000 VND | number=3"},
		{"giá 25 triệu/m2 đến 50 triệu/m2", "number=25000000-50000000/m2"},
		{"là 170,802 (chiếm 17.41%)", "number=170802 | percent=17.41 %"},
		{"từ tháng 3-6 xuất khẩu đạt trên 1 tỉ USD; tháng 7–8/2025 mưa nhiều", "date=2022-03 | money=1000000000 USD | date=2025-07"},
		{"dài 42,195 km, tăng 3,5%", "number=42.195 | percent=3.5 %"},
		{"Tỷ lệ học sinh trên giáo viên là 1:22, tối đa 1:25; họp lúc 1:30 sáng", "ratio=1/22 | ratio=1/25 | time=01:30"},
		{"từ 10 đến 15%", "percent=10-15 %"},
		{"từ 10% đến 15%", "percent=10-15 %"},
		{"từ 15% - 20%", "percent=15-20 %"},
		{"nắng nóng 35oC", "number=35 oC"},
		{"đỉnh núi -3ºC", "number=-3 ºC"},
		{"từ 2 tới 3 tỷ đồng", "money=2000000000-3000000000 VND"},
		{"20 – 30 người", "number=20-30"},
		// Periods are not ranges.
		{"giai đoạn 2022-2025", "period=2022/2025"},
		{"giai đoạn 2022 - 2025", "period=2022/2025"},
		{"nhiệm kỳ 2021-2026", "period=2021/2026"},
		// Dates.
		{"Sáng 9/8", "date=2022-08-09"},
		{"Sáng 9-8,", "date=2022-08-09"},
		{"ngày 31/7", "date=2022-07-31"},
		{"Tính đến ngày 31-7,", "date=2022-07-31"},
		{"09/08/2022", "date=2022-08-09"},
		{"ngày 6/1/2022", "date=2022-01-06"},
		{"16.11.2021", "date=2021-11-16"},
		{"từ ngày 2.1.2018 đến 17.5.2018", "date=2018-01-02 | date=2018-05-17"},
		{"ngày 2.8", "date=2022-08-02"},
		{"đến ngày 20.1", "date=2023-01-20"},
		{"Chiều 24/11", "date=2022-11-24"},
		{"Sáng nay (23/11)", "date=2022-11-23"},
		{"Ngày 15-7, Bộ Y tế", "date=2022-07-15"},
		{"Sáng 25/12", "date=2022-12-25"},
		{"ngày 2/1", "date=2023-01-02"},
		{"tháng 01/2022", "date=2022-01"},
		{"tháng 7", "date=2022-07"},
		{"tháng 12", "date=2022-12"},
		{"tháng 1", "date=2023-01"},
		{"tháng 7/2022", "date=2022-07"},
		{"tháng 4.2018", "date=2018-04"},
		{"Tháng 5-2021", "date=2021-05"},
		{"tháng 10-2020", "date=2020-10"},
		{"tháng 8/2203", "date=2203-08"},
		{"tháng 7 năm 2022", "date=2022-07"},
		{"tháng 3 năm nay", "date=2022-03"},
		{"năm 2022", "date=2022"},
		{"Năm 2017,", "date=2017"},
		{"quý I/2023", "date=2023-Q1"},
		{"Quý I/2025,", "date=2025-Q1"},
		{"quý 3", "date=2022-Q3"},
		{"quý 1-2022", "date=2022-Q1"},
		{"quý 1/2024", "date=2024-Q1"},
		{"quý II năm 2023", "date=2023-Q2"},
		{"quý IV năm ngoái", "date=2021-Q4"},
		{"nửa đầu năm 2023", "date=2023-H1"},
		{"nửa cuối năm nay", "date=2022-H2"},
		{"tuần 43/2022", "date=2022-W43"},
		{"tuần 5 năm 2017", "date=2017-W05"},
		{"25 tháng 12 năm 2022", "date=2022-12-25"},
		{"ngày 30 tháng 03 năm 2016", "date=2016-03-30"},
		{"15 tháng 5", "date=2022-05-15"},
		{"Thứ ba, 9/8/2022 - 10:15", "datetime=2022-08-09T10:15"},
		{"Thứ ba, 09/08/2022 10:15 (GMT+7)", "datetime=2022-08-09T10:15 | code=GMT+7"},
		{"2022-08-09", "date=2022-08-09"},
		{"mồng 5 tháng 9", "date=2022-09-05"},
		{"mùng 2", "date=2022-08-02"},
		{"Mùng 2/9, có 120 nghìn lượt khách", "date=2022-09-02 | number=120000"},
		{"ngày mồng 3.4 và mùng 10/3/2024", "date=2022-04-03 | date=2024-03-10"},
		{"giáng sinh", "date=2022-12-25"},
		{"Noel", "date=2022-12-25"},
		{"tết dương lịch", "date=2023-01-01"},
		// Relative dates against the reference (Wednesday 10 August 2022).
		{"hôm nay", "date=2022-08-10"},
		{"ngày hôm nay", "date=2022-08-10"},
		{"hôm qua", "date=2022-08-09"},
		{"hôm kia", "date=2022-08-08"},
		{"ngày mai", "date=2022-08-11"},
		{"tuần trước", "date=2022-W31"},
		{"tuần này", "date=2022-W32"},
		{"tuần sau", "date=2022-W33"},
		{"tháng trước", "date=2022-07"},
		{"tháng sau", "date=2022-09"},
		{"năm ngoái", "date=2021"},
		{"năm nay", "date=2022"},
		{"năm trước", "date=2021"},
		{"năm tới", "date=2023"},
		// Weekdays: the nearest such day, before or after.
		{"vào thứ Hai", "date=2022-08-08"},
		{"thứ Hai tuần trước", "date=2022-08-01"},
		{"thứ 5 tuần này", "date=2022-08-11"},
		{"chủ nhật", "date=2022-08-07"},
		{"chủ nhật tuần sau", "date=2022-08-21"},
		{"Thứ Sáu", "date=2022-08-12"},
		// Times.
		{"15h30", "time=15:30"},
		{"6h", "time=06:00"},
		{"6h00", "time=06:00"},
		{"10:15", "time=10:15"},
		{"15 giờ 30", "time=15:30"},
		{"15 giờ 30 phút", "time=15:30"},
		{"lúc 9 giờ", "time=09:00"},
		{"3 giờ rưỡi chiều", "time=15:30"},
		{"11 giờ kém 15", "time=10:45"},
		{"8 giờ sáng", "time=08:00"},
		{"7 giờ tối", "time=19:00"},
		{"12 giờ ngày 16.11.2021", "time=12:00 | date=2021-11-16"},
		{"6h ngày 26/6/2022", "time=06:00 | date=2022-06-26"},
		// Durations.
		{"6 tháng", "duration=P6M"},
		{"22 ngày", "duration=P22D"},
		{"75 năm", "duration=P75Y"},
		{"01 năm", "duration=P1Y"},
		{"3 ngày", "duration=P3D"},
		{"2 tuần", "duration=P2W"},
		{"2 tiếng 30 phút", "duration=PT2H30M"},
		{"45 phút", "duration=PT45M"},
		{"24 giờ", "duration=PT24H"},
		{"2 quý", "duration=P6M"},
		{"3 thập kỷ", "duration=P30Y"},
		{"9 tháng đầu năm", "duration=P9M"},
		// Ages and multipliers.
		{"63 tuổi", "age=63"},
		{"trên 18 tuổi", "age=18"},
		{"gấp 2,46 lần", "multiple=2.46"},
		{"tăng 4,8 lần", "multiple=4.8"},
		// Ordinals.
		{"thứ 3", "ordinal=3"},
		{"đứng thứ hai", "ordinal=2"},
		{"xếp thứ 4 trong khu vực", "ordinal=4"},
		{"thứ nhất", "ordinal=1"},
		{"Kỳ họp thứ 15", "ordinal=15"},
		{"lần thứ 2", "ordinal=2"},
		{"xếp thứ 46/132 quốc gia", "ordinal=46"},
		{"xếp hạng 59/190 quốc gia", "label=59"},
		{"đạt điểm 10 môn Toán", "label=10"},
		{"đạt điểm 8,5 môn Văn", "label=8.5"},
		{"đạt 1.129 điểm", "number=1129"},
		// Labels: names that hold numbers.
		{"Đề án 06", "label=6"},
		{"Tổ công tác Đề án 06 phường, xã", "label=6"},
		{"mức độ 3", "label=3"},
		{"mức độ 3,4", "label=3.4"},
		{"Phường 3, TP Sóc Trăng", "label=3"},
		{"Bước 2: Tại ứng dụng", "label=2"},
		{"tiêm mũi 3 cho người", "label=3"},
		{"Điều 5 Luật", "label=5"},
		{"Quận 7 có", "label=7"},
		{"mưa lớn như Trà My 182mm", "number=182 mm"}, // a glued measure is no label's
		{"trụ sở tại số 12 P. Lê Lợi", "label=12"},    // P. for phố, an address
		{"Hôm qua (9/8), có", "date=2022-08-09 | date=2022-08-09"},
		{"mạng 5G phủ sóng", "code=5G"},
		{"số 12 đường Lê Lợi", "label=12"},
		{"Hội nghị Trung ương 8", "label=8"},
		// Counts after a label word when something is counted.
		{"danh mục 52 nhiệm vụ", "number=52"},
		{"trong số 31 quốc gia", "number=31"},
		{"Hà Nội 30 ca", "number=30"},
		// Codes and versions.
		{"530/TB-VPCP", "code=530/TB-VPCP"},
		{"Quyết định số 06/QĐ-TTg", "code=06/QĐ-TTg"},
		{"287/GP-TTĐT", "code=287/GP-TTĐT"},
		{"20/2016/NĐ-CP", "code=20/2016/NĐ-CP"},
		{"03-NQ/TU", "code=03-NQ/TU"},
		{"19/BC-TTPVHCC", "code=19/BC-TTPVHCC"},
		{"COVID-19", "code=COVID-19"},
		{"Covid-19", "code=Covid-19"},
		{"H5N1", "code=H5N1"},
		{"5G", "code=5G"},
		{"công nghiệp 4.0", "code=4.0"},
		{"đạt 1.5 triệu lượt", "number=1500000"},
		{"tăng 4.5%", "percent=4.5 %"},
		{"màn hình 3.2 inch, chip 2.4 GHz", "number=3.2 | number=2.4"},
		{"điểm trung bình là 6.61 điểm", "number=6.61"},
		{"Android 4.4, động cơ 1.5L", "code=4.4 | code=1.5"},
		{"2.5 tỷ USD", "money=2500000000 USD"},
		{"VN-Index", ""},
		// Phones.
		{"0299 3822598", "phone=0299 3822598"},
		{"Fax: 0299 3825876", "phone=0299 3825876"},
		{"04.39985765", "phone=04.39985765"},
		// Switchboard numbers, and counts that only begin like them.
		{"Hotline 1900 1234 hoạt động", "phone=1900 1234"},
		{"gọi 1800.1090 miễn phí", "phone=1800.1090"},
		{"tổng đài 1900 545 426", "phone=1900 545 426"},
		{"có 1800 người", "number=1800"},
		{"Số máy 04. 37343622", "phone=04. 37343622"},
		{"0912.345.678", "phone=0912.345.678"},
		{"0912 345 678", "phone=0912 345 678"},
		// Measures glued to the digits.
		{"25km", "number=25 km"},
		{"3ha", "number=3 ha"},
		{"500m2", "number=500 m2"},
		// Years alone.
		{"so với 2017,", "date=2017"},
		{"cùng kỳ 2016", "date=2016"},
		{"THPT Quốc gia 2018,", "date=2018"},
		// Several in one sentence.
		{"Sáng 9/8, đạt 21/25 dịch vụ", "date=2022-08-09 | ratio=21/25"},
		{"tăng 56.679.044 hồ sơ so với tháng 01/2022", "number=56679044 | date=2022-01"},
		{"đạt 97,57%; trong đó 88,37% và 98,36 %", "percent=97.57 % | percent=88.37 % | percent=98.36 %"},
		{"23 bộ, ngành, 63 tỉnh, thành phố, 705 đơn vị", "number=23 | number=63 | number=705"},
		{"45 trên tổng số 63 tỉnh", "ratio=45/63"},
		// A range's first end takes as much of the second's scale as keeps it rising.
		{"từ 300.000 đến 1,5 triệu đồng", "money=300000-1500000 VND"},
		{"1.500 - 2 nghìn tỷ đồng", "money=1500000000000-2000000000000 VND"},
		// "tr" alone after digits is triệu; "trđ", "tr.đ", "tr đồng" are million đồng.
		{"lương 15tr/tháng, 1,3tr người, giá 35trđ/m2 và 20 tr.đ", "number=15000000 | number=1300000 | money=35000000 VND/m2 | money=20000000 VND"},
		// A one-letter measure glued after an English decimal point: in lower case a measure, in capitals a model.
		{"mực nước 21.70m, động cơ 1.5L", "number=21.7 m | code=1.5"},
		// A range's unit as its first end writes it.
		{"lưu lượng từ 20m3/s đến 500m3/s", "number=20-500 m3/s"},
		// A decimal comma parted from its digits by a space: three digits that start with a zero, then a scale.
		{"mức 6, 023 triệu đồng; gồm 1, 2 và 3 triệu người; 10, 011 học sinh", "money=6023000 VND | number=1 | number=2 | number=3000000 | number=10 | number=11"},
		// "tr." before what it scales, glued on, and after a decimal point in the English way.
		{"đạt 414 tr.kWh, là 906.6 tr.kWh, hơn 0.6 tr kWh", "number=414000000 kWh | number=906600000 kWh | number=600000"},
		// No price is a fraction of a đồng: a comma before three digits groups thousands.
		{"giá 12,500 đồng/kg, phí 2,5 đồng", "money=12500 VND/kg | money=2.5 VND"},
		// Signs of euros and pounds as of dollars; "vạn" is ten thousand.
		{"giá €300, vé 5€, phí £20", "money=300 EUR | money=5 EUR | money=20 GBP"},
		{"lương 500.000 bảng một tuần, phí 63 triệu bảng trong hợp đồng", "money=500000 GBP | money=63000000 GBP"},
		{"Tuyên Quang 200 tỷ đồng, Cao Bằng 195, Lạng Sơn 20.", "money=200000000000 VND | number=195 | number=20"},
		{"100 triệu đồng/m2, Green Diamond 93 Láng Hạ", "money=100000000 VND/m2 | label=93"},
		{"lắp 1.200 bảng quảng cáo, xếp thứ 3 bảng A", "number=1200 | ordinal=3"},
		{"5 vạn tỷ đồng", "money=50000000000000 VND"},
		// Scores, and a name with "Hòa" before a range of degrees.
		{"thắng Lào 3-0, hòa 1-1", "score=3 | score=1"},
		{"Sơn La và Hòa Bình 36-39 độ C", "number=36-39"},
		{"", ""},
		{"không có số nào", ""},
	}
	for _, tt := range tests {
		got := describe(Scan(tt.in, ref))
		if got != tt.want {
			t.Errorf("Scan(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

// TestScanSpans checks that every mention's span is its text.
func TestScanSpans(t *testing.T) {
	text := "Sáng 9/8, hơn 1,9 triệu công dân; 2.047 tỷ đồng (93,1%) theo 530/TB-VPCP, gọi 0299 3822598."
	for _, m := range Scan(text, ref) {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("%s: span %d-%d is %q, text %q", m.Kind, m.Start, m.End, text[m.Start:m.End], m.Text)
		}
	}
}

func ExampleScan() {
	ref := time.Date(2022, 8, 10, 0, 0, 0, 0, Location)
	for _, m := range Scan("Sáng 9/8, đạt 21/25 dịch vụ, hơn 1,9 triệu công dân, 2.047 tỷ đồng", ref) {
		if m.Date != "" {
			fmt.Println(m.Kind, m.Text, m.Date)
		} else {
			fmt.Println(m.Kind, m.Text, m.Value)
		}
	}
	// Output:
	// date 9/8 2022-08-09
	// ratio 21/25 21
	// number 1,9 triệu 1.9e+06
	// money 2.047 tỷ đồng 2.047e+12
}

// TestTriggersCoverDigitWords: every number word opens a mention.
func TestTriggersCoverDigitWords(t *testing.T) {
	for w := range digitWords {
		if !isTrigger(w) {
			t.Errorf("%q is a digit word but not a trigger", w)
		}
	}
}

func ExampleParseDate() {
	ref := time.Date(2022, 8, 10, 0, 0, 0, 0, Location)
	for _, s := range []string{"9/8", "Sáng 9-8", "ngày 6/1/2022", "16.11.2021"} {
		d, err := ParseDate(s, ref)
		fmt.Println(d, err)
	}
	_, err := ParseDate("21/25 dịch vụ", ref)
	fmt.Println(err != nil)
	// Output:
	// 2022-08-09 <nil>
	// 2022-08-09 <nil>
	// 2022-01-06 <nil>
	// 2021-11-16 <nil>
	// true
}

func TestFirstDay(t *testing.T) {
	for _, c := range []struct {
		text, want string
	}{
		{"Sáng 25/12/2023, đoàn đến Hà Nội; ngày 26/12/2023 về.", "2023-12-25"},
		{"Năm 2024 tăng 5% so với ngày 3/4/2023.", "2023-04-03"},
		{"Quý I/2024 và tháng 5/2024 đều tăng; chiều 9/8 họp.", "2022-08-09"},
		{"Thứ ba, 9/8/2022 - 10:15 đã có 21/25 dịch vụ.", ""},
		{"Tăng 12% so với cùng kỳ.", ""},
		{"", ""},
		{"Sáng 19/4, Thủ tướng chủ trì hội nghị trực tuyến toàn quốc sơ kết 5 tháng triển khai đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia", "2022-04-19"},
		{"Hội nghị sơ kết đề án về dữ liệu dân cư, định danh và xác thực điện tử, với sự tham gia của các bộ ngành, các tỉnh thành phố và nhiều doanh nghiệp công nghệ lớn, diễn ra chiều 9/8 tại Hà Nội", "2022-08-09"},
	} {
		m, ok := FirstDay(c.text, ref)
		if ok != (c.want != "") || m.Date != c.want {
			t.Errorf("FirstDay(%q) = %q, %v; want %q", c.text, m.Date, ok, c.want)
		}
	}
}

// FuzzFirstDay: FirstDay finds the day Scan finds first, though it stops
// reading there.
func FuzzFirstDay(f *testing.F) {
	for _, s := range []string{
		"Sáng 25/12, hơn 2.000 người; ngày 26/12/2023 về", "hôm qua, thứ Hai tuần trước", "năm 2023 và 3/4/2023",
		"từ ngày 5 đến 7/8/2023", "ngày 9/8 lúc 10:15, tháng 5", "Noel và tết dương lịch",
		// Longer than the start FirstDay reads first: a day early, at the
		// cut and past it.
		"Sáng 19/4, Thủ tướng chủ trì hội nghị trực tuyến toàn quốc sơ kết 5 tháng triển khai đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025",
		"Hội nghị toàn quốc sơ kết 1 tháng thực hiện đề án về dữ liệu dân cư, định danh và xác thực điện tử, với sự tham gia của các bộ ngành, diễn ra từ ngày 5 đến ngày 7/8/2023 tại Hà Nội và các điểm cầu của 63 tỉnh, thành phố",
		"Hội nghị toàn quốc sơ kết 1 tháng thực hiện đề án về dữ liệu dân cư, định danh và xác thực điện tử, với sự tham gia của các bộ ngành, các tỉnh thành phố và nhiều doanh nghiệp công nghệ lớn, diễn ra chiều 9/8 tại Hà Nội",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var want Mention
		for _, m := range Scan(s, ref) {
			if IsDay(m) {
				want = m
				break
			}
		}
		got, ok := FirstDay(s, ref)
		if got != want || ok != (want.Date != "") {
			t.Fatalf("FirstDay(%q) = %+v, %v; Scan's first day is %+v", s, got, ok, want)
		}
	})
}

// TestReadRef: a scan reads its reference date only for dates that leave
// out the year, or name a day by its place in time.
func TestReadRef(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"hơn 2.000 người, 93,1% và 2.047 tỷ đồng", false},
		{"ngày 26/12/2023 và quý I/2023, năm 2024", false},
		{"Sáng 25/12, hơn 2.000 người", true},
		{"hôm qua, 21/25 dịch vụ", true},
		{"tháng 5 vừa qua", true},
		{"năm nay tăng 5%", true},
		{"thứ Hai", true},
	} {
		var sc Scanner
		sc.Scan(c.text, ref)
		if got := sc.ReadRef(); got != c.want {
			t.Errorf("ReadRef after %q = %v, want %v", c.text, got, c.want)
		}
	}
}

// FuzzReadRef: a scan that did not read its reference date reads the same
// under another, a year and some days later.
func FuzzReadRef(f *testing.F) {
	for _, s := range []string{
		"Sáng 25/12, hơn 2.000 người; ngày 26/12/2023 về", "hôm qua, thứ Hai tuần trước", "năm 2023 và 3/4/2023",
		"từ ngày 5 đến 7/8/2023", "ngày 9/8 lúc 10:15, tháng 5", "Noel và tết dương lịch", "quý II năm nay", "21/25 dịch vụ",
	} {
		f.Add(s)
	}
	other := ref.AddDate(1, 2, 17)
	f.Fuzz(func(t *testing.T, s string) {
		var a, b Scanner
		ms, _ := a.Scan(s, ref)
		if a.ReadRef() {
			return
		}
		ms2, _ := b.Scan(s, other)
		if !slices.Equal(ms, ms2) || b.ReadRef() {
			t.Fatalf("%q did not read its date, yet reads\n%+v\nunder another as\n%+v", s, ms, ms2)
		}
	})
}

package extract

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vnfacts/vnfacts/normalize"
)

func describeFacts(fs []Fact) string {
	var parts []string
	for _, f := range fs {
		v := strconv.FormatFloat(f.Value, 'f', -1, 64)
		if f.Denominator != 0 {
			v += "/" + strconv.FormatFloat(f.Denominator, 'f', -1, 64)
		}
		if f.Max != 0 {
			v += "-" + strconv.FormatFloat(f.Max, 'f', -1, 64)
		}
		s := fmt.Sprintf("%s %s [%s]", f.Kind, v, f.Unit)
		if f.Qualifier != Exact {
			s += " " + f.Qualifier
		}
		if f.Change != "" {
			s += " " + f.Change
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, " | ")
}

func TestFacts(t *testing.T) {
	tests := []struct{ in, want string }{
		// Kinds.
		{"Đã hoàn thành 21/25 dịch vụ thiết yếu.", "ratio 21/25 [dịch vụ thiết yếu]"},
		{"Có 21 trên 25 dịch vụ đã hoàn thành.", "ratio 21/25 [dịch vụ]"},
		{"Có 21 trong số 25 dịch vụ đã hoàn thành.", "ratio 21/25 [dịch vụ]"},
		{"Đã cấp trên 67 triệu thẻ căn cước có gắn chíp.", "count 67000000 [thẻ căn cước] more_than"},
		{"Toàn bộ 10.599 cấp xã đã xây dựng kế hoạch.", "count 10599 [cấp xã]"},
		{"Có 130.700 đại biểu tham dự.", "count 130700 [đại biểu]"},
		{"Có hai mươi lăm dịch vụ được chọn.", "count 25 [dịch vụ]"},
		{"Tỷ lệ đạt 93,1%.", "percent 93.1 [%]"},
		{"Đạt tỷ lệ 98,3% trong năm.", "percent 98.3 [%]"},
		{"Tiết kiệm 2.047 tỷ đồng.", "money 2047000000000 [VND]"},
		{"Xuất khẩu đạt 5,2 tỷ USD.", "money 5200000000 [USD]"},
		// Units cut where the phrase ends.
		{"Mở rộng 187/227 nhóm dịch vụ công khác, trong đó việc cấp hộ chiếu.", "ratio 187/227 [nhóm dịch vụ công khác]"},
		{"Gồm 23 bộ, ngành, 63 tỉnh, thành phố đã tham gia.", "count 23 [bộ, ngành] | count 63 [tỉnh, thành phố]"},
		{"Có 11 bộ, ngành; 4 doanh nghiệp nhà nước và 14 địa phương.", "count 11 [bộ, ngành] | count 4 [doanh nghiệp nhà nước] | count 14 [địa phương]"},
		{"Xuất khẩu 1.000 tấn gạo.", "count 1000 [tấn gạo]"},
		// A number a figure follows through "là" is part of a name, not a
		// member of a list.
		{"Mức giảm với xăng E5 RON 92 là 750 đồng/lít, RON 95 là 1.090 đồng/lít.", "money 750 [VND] | money 1090 [VND]"},
		{"Giá vé loại A là 750.000 đồng, Boeing 787 là 1.090.000 đồng.", "money 750000 [VND] | money 1090000 [VND]"},
		// "tr." scales the unit glued after it.
		{"Phụ tải đạt 414 tr.kWh, thấp hơn 22.5 tr.kWh so với tháng 5.", "count 414000000 [kWh] | count 22500000 [kWh]"},
		// A list of names says its change once.
		{"Trong đó, miền Bắc tăng 11,5%, miền Trung 9,6%, TP.HCM 11,7%.", "percent 11.5 [%] increase | percent 9.6 [%] increase | percent 11.7 [%] increase"},
		{"Giá tăng 5%, nhưng 3% hộ dân không đổi.", "percent 5 [%] increase | percent 3 [%]"},
		{"Xuất khẩu có mức tăng tương ứng đạt 53%; 13,8%, và 13% so với cùng kỳ.", "percent 53 [%] increase | percent 13.8 [%] increase | percent 13 [%] increase"},
		// A large bare number after "có" is what a subject has.
		{"Trong đó, thí sinh tự do có 46.978, chiếm 4,38%.", "count 46978 [] | percent 4.38 [%]"},
		{"Môn Địa lý có 329.877 đăng ký, lớp A có 12.", "count 329877 []"},
		{"Trẻ đã tiêm đủ 2 mũi sởi đối với lứa sinh năm 2018; có 30 đối tượng.", "count 2 [mũi sởi] | count 30 [đối tượng]"},
		{"Có 12 dự án thay vì 10 dự án, 50 suất quà dành cho học sinh.", "count 12 [dự án] | count 10 [dự án] | count 50 [suất quà]"},
		// "trực thuộc", "trị giá", "bán lẻ" after a noun say more of it; "ngập trong nước" is in the water.
		{"Có 63 tỉnh, thành phố trực thuộc Trung ương; 4 nhóm hàng trị giá xuất khẩu trên 1 tỷ USD.", "count 63 [tỉnh, thành phố] | count 4 [nhóm hàng] | money 1000000000 [USD] more_than"},
		{"Có 19 phòng học ngập trong nước lũ, 300 doanh nghiệp trong nước tham gia.", "count 19 [phòng học ngập] | count 300 [doanh nghiệp trong nước]"},
		// An amount after a comma opens a new figure; it is no second kind of thing counted.
		{"Khối lượng giao dịch đạt 1,1 tỷ cổ phiếu, giá trị tương ứng 24.600 tỷ đồng.", "count 1100000000 [cổ phiếu] | money 24600000000000 [VND]"},
		{"Chợ có 350 tiểu thương, doanh thu mỗi ngày khoảng 1,2 tỷ đồng.", "count 350 [tiểu thương] | money 1200000000 [VND] approx"},
		// Verbs and adverbs of time after a counted noun end its unit.
		{"Xuất 120 container thanh long sang Trung Quốc; 12 bệnh viện tuyến tỉnh bố trí giường; 5 cầu thủ lần đầu lên tuyển; 1,2 triệu người dùng hoạt động hằng tháng.", "count 120 [container thanh long] | count 12 [bệnh viện tuyến tỉnh] | count 5 [cầu thủ] | count 1200000 [người dùng hoạt động]"},
		// "nợ" after a noun is what it owes; "khoản nợ", "món nợ" are debts.
		{"Hơn 500 doanh nghiệp nợ bảo hiểm xã hội, ngân hàng có 3 khoản nợ xấu.", "count 500 [doanh nghiệp] more_than | count 3 [khoản nợ xấu]"},
		// "tùy theo" ends a unit; a date before "trên" is no figure that "trên" places something on.
		{"Quãng đường từ 20 km đến 50 km tùy theo tuyến, có 3 tùy chọn.", "count 20-50 [km] | count 3 [tùy chọn]"},
		{"Lượng mưa đến 03h ngày 16/9 một số nơi trên 40mm.", "count 40 [mm] more_than"},
		// "trên" before platforms that something happens on is "on"; after "có" it bounds.
		{"Doanh thu trên 5 sàn đạt 100 tỷ đồng, bán hàng trên 3 nền tảng.", "count 5 [sàn] | money 100000000000 [VND] | count 3 [nền tảng]"},
		{"Hiện có trên 5 sàn lớn.", "count 5 [sàn lớn] more_than"},
		// A range after "dao động" is a figure, however small; "tốc độ gia tăng" names a change.
		{"Số ca nhập viện mỗi ngày dao động 87-145, giảm khoảng 5%.", "count 87-145 [] | percent 5 [%] approx decrease"},
		{"Đây là những tuần có tốc độ gia tăng nhanh, khoảng 107-126% so với trước.", "percent 107-126 [%] approx increase"},
		// "tăng đến" before an amount is the level reached; before a share, by how much.
		{"Dân số tăng đến 100 triệu người; doanh thu tăng đến 15%.", "count 100000000 [người] | percent 15 [%] increase"},
		// After a fall, "lên đến" is "up to"; a count after "đồng/" is what the price is for.
		{"Giá nhiều mặt hàng giảm sâu lên đến 30%, lạp xưởng 246.000 đồng/500 gr.", "percent 30 [%] decrease | money 246000 [VND]"},
		// A hedge on a range's second end keeps the range; a change that ends its clause before a comma and a hedged or degree-marked figure is the figure's.
		{"Căn hộ từ 700 triệu đồng đến xấp xỉ 1 tỉ đồng; giá giảm nhẹ, khoảng 2-3% so với quý trước.", "money 700000000-1000000000 [VND] | percent 2-3 [%] approx decrease"},
		{"Số ca tăng, 300 ca trong tuần; doanh thu tăng mạnh, 40%; GDP tăng trưởng mạnh, khoảng 7%.", "count 300 [ca] | percent 40 [%] increase | percent 7 [%] approx"},
		// A hedge between "và" and a figure keeps the shared change; a bare number a name goes on after is part of the name.
		{"Giao dịch giảm 13% theo quý và hơn 3% theo năm.", "percent 13 [%] decrease | percent 3 [%] more_than decrease"},
		{"Dự án A có giá 160 triệu đồng/m2, The 6 Nature có giá 100 triệu đồng/m2, Hà Nội 5 triệu.", "money 160000000 [VND] | money 100000000 [VND] | money 5000000 [VND]"},
		// A bracket after a count breaks it down by names, its unit given once; a label word ending a name ("Hải Phòng") is the name's.
		{"Có 82 người bị thương (Lào Cai 2, Hải Phòng 9); 6 tàu chìm (Cà Mau 2); tại 5 quận (Quận 1, Quận 3).", "count 82 [người] | count 2 [người] | count 9 [người] | count 6 [tàu chìm] | count 2 [tàu chìm] | count 5 [quận]"},
		{"Hải Phòng 9 người, phòng 3 có 40 học sinh.", "count 9 [người] | count 40 [học sinh]"},
		// A bracketed figure after a name that a change names carries the change; after a growth it is a rate.
		{"Thị trường tăng mạnh nhất là Bờ Biển Ngà (76% so với cùng kỳ), giảm sâu nhất là Nhật Bản (12%), tăng trưởng cao nhất là Lào (5%).", "percent 76 [%] increase | percent 12 [%] decrease | percent 5 [%]"},
		// "tương ứng" gives the same change as a share without a comma too; a bracketed figure with its own change after it is a level.
		{"Số vụ: 662 vụ, giảm 58 vụ tương ứng 8,06% so với năm 2022; số người chết giảm 19,63% (786 người, giảm 180 người).", "count 662 [vụ] | count 58 [vụ] decrease | percent 8.06 [%] decrease | percent 19.63 [%] decrease | count 786 [người] | count 180 [người] decrease"},
		// Small numbers of a quoted saying are no counts; a count before a quoted noun is.
		{"Nông dân trồng loại cây “1 vốn 5 lời”, khẩu hiệu \"5 sạch, 3 không\", có 5 \"đại gia\" bị bắt.", "count 5 [đại gia]"},
		// A verb, "tiếp theo" or an amount after a comma is no second noun of the unit.
		{"Kiểm tra 1.236 vụ, phát hiện 418 vụ; Trung Quốc 250.000 lượt, tiếp theo là Hàn Quốc; 60 ngành, học phí 28 triệu đồng; sau 4 trận, ghi được 9 bàn.", "count 1236 [vụ] | count 418 [vụ] | count 250000 [lượt] | count 60 [ngành] | money 28000000 [VND] | count 4 [trận] | count 9 [bàn]"},
		{"Tiếp nhận mới 19.630 hồ sơ, hồ sơ trả đúng hạn là 19.255 hồ sơ.", "count 19630 [hồ sơ] | count 19255 [hồ sơ]"},
		// Words before a colon name the next figure; they are no second noun.
		{"Trong đó, BHXH bắt buộc: 199.511 người, BHXH tự nguyện: 7.299 người.", "count 199511 [người] | count 7299 [người]"},
		// What a change comes from is not the change.
		{"Mức giảm này đến từ 2 đợt điều chỉnh giá xăng, giảm trên 4%.", "count 2 [đợt điều chỉnh giá xăng] | percent 4 [%] more_than decrease"},
		// A superlative picks out some of what is counted.
		{"Thị phần của 5 ngân hàng lớn nhất chiếm 55%.", "count 5 [ngân hàng] | percent 55 [%]"},
		{"Có 4 đội bóng mạnh nhất dự giải, 20 vé hạng nhất.", "count 4 [đội bóng] | count 20 [vé hạng nhất]"},
		{"Trao 60 giải thưởng cho 60 người xuất sắc nhất, gồm 3 giải nhất.", "count 60 [giải thưởng] | count 60 [người] | count 3 [giải nhất]"},
		{"Bắt giữ 51kg kim loại màu vàng nghi là vàng 24k, 200g heroin.", "count 51 [kg kim loại màu vàng] | count 200 [g heroin]"},
		{"Động đất mạnh 9,2 độ Richter làm 3.300 người thiệt mạng, 120 ngôi nhà đổ sập.", "count 9.2 [độ Richter] | count 3300 [người thiệt mạng] | count 120 [ngôi nhà đổ sập]"},
		{"Số vụ tai nạn giảm 16 vụ, số người bị thương tăng 12 người.", "count 16 [vụ] decrease | count 12 [người] increase"},
		{"Cầu thủ có điều khoản giải phóng 63 triệu bảng, lương 385.000 bảng mỗi tuần.", "money 63000000 [GBP] | money 385000 [GBP]"},
		{"Anh cao 1,7m nặng 60kg, chạy 10km qua xã A.", "count 1.7 [m] | count 60 [kg] | count 10 [km]"},
		{"Căn hộ trung cấp có giá từ 25 triệu/m2 đến 50 triệu/m2.", "money 25000000-50000000 [VND]"},
		// A verb that says something of the counted thing ends its unit.
		{"Có 18 tàu cá vượt qua vùng nguy hiểm.", "count 18 [tàu cá]"},
		{"Tỉnh có 20 doanh nghiệp vay vốn ưu đãi.", "count 20 [doanh nghiệp]"},
		{"Khoảng 300 người dân đón xem pháo hoa.", "count 300 [người dân] approx"},
		{"Năm nay 172.000 doanh nghiệp rút khỏi thị trường.", "count 172000 [doanh nghiệp]"},
		{"Có 18.700 doanh nghiệp quay trở lại hoạt động, 4.678 DN tạm ngừng hoạt động.", "count 18700 [doanh nghiệp] | count 4678 [DN]"},
		{"Hơn 92.000 doanh nghiệp gia nhập thị trường, 120 hợp tác xã giải thể.", "count 92000 [doanh nghiệp] more_than | count 120 [hợp tác xã]"},
		{"Năm nay sẽ đón 5 triệu lượt khách nước ngoài, xuống giống 680 nghìn ha lúa thu đông.", "count 5000000 [lượt khách nước ngoài] | count 680000 [ha lúa thu đông]"},
		{"Có 3 cục hải quan thu vượt dự toán, nguồn thu đạt 50 tỷ đồng.", "count 3 [cục hải quan] | money 50000000000 [VND]"},
		{"Video đạt 2 triệu lượt xem và 4.156 lượt góp vốn.", "count 2000000 [lượt xem] | count 4156 [lượt góp vốn]"},
		{"Chương trình có 15.000 lượt đăng ký tham gia.", "count 15000 [lượt đăng ký]"},
		{"Chỉ số lên 1.783 điểm, lập kỷ lục mới.", "count 1783 [điểm]"},
		{"Điểm trung bình là 6.61 điểm, điểm số nhiều thí sinh đạt nhất là 7.8 điểm, cả nước có 52 thí sinh đạt điểm 10.", "count 6.61 [điểm] | count 7.8 [điểm] | count 52 [thí sinh]"},
		{"VN-Index đóng cửa ở 1.632,45 điểm, thanh khoản đạt 20.000 tỷ đồng.", "count 1632.45 [điểm] | money 20000000000000 [VND]"},
		{"Cả nước có 29.949 giao dịch bất động sản thành công và 16 ca tử vong liên quan đến sởi.", "count 29949 [giao dịch bất động sản] | count 16 [ca tử vong]"},
		{"Khoảng 650 hộ dân với hơn 2.400 nhân khẩu thôn Kênh Gà bị ngập.", "count 650 [hộ dân] approx | count 2400 [nhân khẩu] more_than"},
		{"Có 300 học sinh huyện Mèo Vạc và 120 hộ TP. Thủ Đức được hỗ trợ.", "count 300 [học sinh] | count 120 [hộ]"},
		{"Mưa lũ làm 18 người chết, ba người bị mất tích.", "count 18 [người chết]"},
		{"Cả nước có gần 27 triệu lao động, khu vực Nhà nước chiếm 3,8 triệu.", "count 27000000 [lao động] approx | count 3800000 []"},
		{"Trường tuyển 500 sinh viên, mở thêm 3 ngành mới.", "count 500 [sinh viên] | count 3 [ngành]"},
		{"Đã có 27 tỉnh, thành phố công bố dịch.", "count 27 [tỉnh, thành phố]"},
		{"Đón 1,2 triệu lượt khách, doanh thu đạt 300 tỷ đồng.", "count 1200000 [lượt khách] | money 300000000000 [VND]"},
		{"Tuyến đường dài 25 km.", "count 25 [km]"},
		{"Trồng mới 3 ha rừng.", "count 3 [ha rừng]"},
		{"Diện tích đạt 2,95 triệu ha, năng suất ước đạt 68,4 tạ/ha.", "count 2950000 [ha] | count 68.4 [tạ/ha]"},
		{"Tốc độ tối đa 80 km/h trên đoạn này.", "count 80 [km/h] at_most"},
		{"Máy có màn hình 4 inch, cấu hình mạnh, màn phụ 3.2 inch và camera 2 megapixel, camera trước VGA.", "count 4 [inch] | count 3.2 [inch] | count 2 [megapixel]"},
		{"Bão di chuyển với tốc độ 30km/h, sức gió 75-88km/giờ.", "count 30 [km/h] | count 75-88 [km/giờ]"},
		{"Mật độ dân số 300 người/km2.", "count 300 [người/km2]"},
		{"Quy mô hộ bình quân là 3,5 người/hộ, tổng tỷ suất sinh 1,91 con/phụ nữ; có 9 mã tăng/18 mã giảm.", "count 3.5 [người/hộ] | count 1.91 [con/phụ nữ] | count 9 [mã] | count 18 [mã]"},
		{"Số ca tử vong giảm từ 5 xuống còn 1 ca.", "count 5 [ca] | count 1 [ca]"},
		{"Vĩnh Long có mức tăng mạnh nhất, 5.000 đồng/kg; giá cả nước chỉ từ 70.000 đồng/kg trở xuống, tỷ lệ từ 5% trở xuống.", "money 5000 [VND] increase | money 70000 [VND] at_most | percent 5 [%] at_most"},
		{"Người mua sắm trực tuyến đạt khoảng 70 triệu người tính đến nay, dự kiến tăng đến con số 380 triệu.", "count 70000000 [người] approx | count 380000000 []"},
		{"Cảng đón 5.000 lượt/ngày.", "count 5000 [lượt/ngày]"},
		{"Số giường bệnh đạt 32 giường/vạn dân.", "count 32 [giường/vạn dân]"},
		// An age is a figure only as the reading of a subject that names one.
		{"Tuổi thọ trung bình của người Việt là 74,5 tuổi.", "count 74.5 [tuổi]"},
		{"Ông Nguyễn Văn A, 54 tuổi, bị phạt 5 triệu đồng.", "money 5000000 [VND]"},
		{"Trẻ em dưới 6 tuổi được miễn phí.", ""},
		{"Tuổi nghỉ hưu của lao động nam đạt 62 tuổi vào năm 2028.", "count 62 [tuổi]"},
		{"Tuyến dài 12,5 km, trong đó 8,5 km đi trên cao và 800 chuyến bay cất, hạ cánh.", "count 12.5 [km] | count 8.5 [km] | count 800 [chuyến bay]"},
		{"Công ty tổ chức 3 chuyến đi cho 120 lượt đi và về.", "count 3 [chuyến đi] | count 120 [lượt đi]"},
		// A price after the counted thing is no part of its unit.
		{"Mua 3 triệu cổ phiếu giá 25.000 đồng.", "count 3000000 [cổ phiếu] | money 25000 [VND]"},
		{"Thu giữ 2 tấn hàng trị giá 5 tỷ đồng.", "count 2 [tấn hàng] | money 5000000000 [VND]"},
		{"Bán 500 căn hộ giá từ 2 tỷ đồng.", "count 500 [căn hộ] | money 2000000000 [VND] at_least"},
		{"Nhập 5 tấn giá đỗ mỗi ngày.", "count 5 [tấn giá đỗ]"},
		{"Ronaldo ghi 2 bàn giúp Al Nassr thắng.", "count 2 [bàn]"},
		{"Có 500 người giúp việc được đào tạo.", "count 500 [người giúp việc]"},
		{"Có 6,7 triệu người cao tuổi sống một mình.", "count 6700000 [người cao tuổi]"},
		{"Tuyển sinh 45 trường cao đẳng.", "count 45 [trường cao đẳng]"},
		{"Tòa nhà cao 35 tầng.", "count 35 [tầng]"},
		{"Có 5 người sống sót sau vụ chìm tàu.", "count 5 [người sống sót]"},
		{"Dự án có 48 tua-bin gió.", "count 48 [tua-bin gió]"},
		{"Hơn 80.000 thí sinh dự thi đánh giá năng lực.", "count 80000 [thí sinh] more_than"},
		{"Có 40.000 hộ mất điện, 500 ha lúa mất trắng và 2 vụ mất mùa.", "count 40000 [hộ] | count 500 [ha lúa] | count 2 [vụ mất mùa]"},
		// Bounds said with a negated comparative.
		{"Mức lương không thấp hơn 5 triệu đồng.", "money 5000000 [VND] at_least"},
		{"Tổng chi phí không cao hơn 200 tỷ đồng.", "money 200000000000 [VND] at_most"},
		{"Suýt soát 100 người có mặt.", "count 100 [người] approx"},
		{"Giá thép hạ 300.000 đồng/tấn, nhập khẩu đi xuống 3%, xuất khẩu đi lên 5%.", "money 300000 [VND] decrease | percent 3 [%] decrease | percent 5 [%] increase"},
		{"Giá thép giảm xuống còn 14 triệu đồng/tấn.", "money 14000000 [VND]"},
		{"Số lao động tăng 1,2 triệu người (tương đương 2,3%).", "count 1200000 [người] increase | percent 2.3 [%] increase"},
		// The same change as an amount after a share, and against a base.
		{"Giá tăng 2,61% (107 USD/tấn), kỳ hạn khác tăng 1,33%, tương đương 55 USD/tấn.", "percent 2.61 [%] increase | money 107 [USD] increase | percent 1.33 [%] increase | money 55 [USD] increase"},
		{"Xuất khẩu sang Mỹ tăng 81%, tương đương gần 17 tỷ USD so với cùng kỳ.", "percent 81 [%] increase | money 17000000000 [USD] approx increase"},
		{"Bitcoin giảm hơn 8%, xuống dưới mốc 95.000 USD; chỉ số giữ trên ngưỡng 1.200 điểm.", "percent 8 [%] more_than decrease | money 95000 [USD] less_than | count 1200 [điểm] more_than"},
		{"Rút 4.000 tỷ từ ngân sách trả nợ cao tốc.", "money 4000000000000 [VND]"},
		{"Nồng độ bụi PM 2.5 đo được tại trạm là 101, có lúc đạt đỉnh là 139.", "count 101 [] | count 139 []"},
		{"Tuyên Quang được hỗ trợ 200 tỷ đồng, Cao Bằng 195, Lạng Sơn 20, TP Huế 135 tỷ đồng.", "money 200000000000 [VND] | money 195000000000 [VND] | money 20000000000 [VND] | money 135000000000 [VND]"},
		{"Doanh thu của Vinamilk đạt 60.000 tỷ đồng, Masan 78.000, Hòa Phát 140.000; cấp cho 15 tỉnh thành khắc phục hậu quả.", "money 60000000000000 [VND] | money 78000000000000 [VND] | money 140000000000000 [VND] | count 15 [tỉnh thành]"},
		{"Hàng container nhập khẩu ước đạt hơn 4,1 triệu TEUs, tăng 26%.", "count 4100000 [TEUs] more_than | percent 26 [%] increase"},
		{"Số thuê bao giảm từ 150 triệu xuống còn 126 triệu; căn hộ giá dự kiến từ 60 triệu đồng/m2.", "count 150000000 [] | count 126000000 [] | money 60000000 [VND] at_least"},
		{"Doanh thu của ba công ty lần lượt là 1.200 tỷ, 850 tỷ và 430 tỷ đồng.", "money 1200000000000 [VND] | money 850000000000 [VND] | money 430000000000 [VND]"},
		{"Số người đi xe buýt đầu tháng đạt 3 triệu; vốn đầu tư đạt 3 triệu.", "count 3000000 [] | money 3000000 [VND]"},
		{"Số mắc tăng cao như: Đà Nẵng (2.323 ca), Gia Lai (2.027), Quảng Trị (44).", "count 2323 [ca] | count 2027 [ca] | count 44 [ca]"},
		{"Lumia 800 dù chỉ có chip 1,4 GHz; Mi 5 có màn hình 5,2 inch độ phân giải 1.440 x 2.560 pixel, giá từ 1.999 yuan.", "count 1.4 [GHz] | count 5.2 [inch] | count 2560 [pixel] | money 1999 [CNY] at_least"},
		{"MSN giảm tới 2.200 đồng so với phiên sáng, tương đương 2,35%.", "money 2200 [VND] decrease | percent 2.35 [%] decrease"},
		{"Sân bay đón hơn 170.000 người, tăng khoảng 50.000 so với ngày thường và 15% so với cùng kỳ.", "count 170000 [người] more_than | count 50000 [người] approx increase | percent 15 [%] increase"},
		{"CPI tăng 0,3% so với tháng trước và 4,2% so với cùng kỳ.", "percent 0.3 [%] increase | percent 4.2 [%] increase"},
		{"Giá cà phê nhích 300 đồng/kg, hồ tiêu rớt 1.000 đồng/kg, 18 cổ phiếu tụt giá.", "money 300 [VND] increase | money 1000 [VND] decrease | count 18 [cổ phiếu]"},
		{"Đắk Nông ghi nhận mức tăng mạnh nhất, thêm 800 đồng/kg.", "money 800 [VND] increase"},
		{"Sản lượng tăng cao với khoảng 737.000 lượt khách.", "count 737000 [lượt khách] approx"},
		{"Khối ngoại bán ròng 4.200 tỷ đồng trên 3 sàn; chỉ số còn 1,44 điểm lúc đóng cửa.", "money 4200000000000 [VND] | count 3 [sàn] | count 1.44 [điểm]"},
		{"Căn hộ ghi nhận mức tăng trung bình cao hơn, khoảng 10% so với năm ngoái; dự án giá rẻ tăng từ 3-5%.", "percent 10 [%] approx increase | percent 3-5 [%] increase"},
		{"Cảnh sát phát hiện 49 bánh heroin, nhiều túi hàng đá; xe mang BKS 29V-3925.", "count 49 [bánh heroin]"},
		{"Mỗi tháng anh kiếm được hai triệu rưỡi; ông được thưởng 10 chỉ vàng; tỷ lệ 1:3 giữa giáo viên và trẻ.", "money 2500000 [VND] | count 10 [chỉ vàng] | ratio 1/3 []"},
		{"Huyện vừa đấu giá 26 lô đất với mức giá trúng cao nhất 104 triệu một m2.", "count 26 [lô đất] | money 104000000 [VND]"},
		{"Viettel dẫn đầu với hơn 8 triệu người dùng 5G, theo sau là VNPT với 4 triệu và MobiFone với 2 triệu.", "count 8000000 [người dùng] more_than | count 4000000 [người dùng] | count 2000000 [người dùng]"},
		{"Viettel đạt 5,5 triệu người dùng, Vinaphone (VNPT) đạt 3 triệu; tốc độ đạt 158,68 Mbps tải xuống, mục tiêu 12 triệu người dùng ngay trong năm.", "count 5500000 [người dùng] | count 3000000 [người dùng] | count 158.68 [Mbps] | count 12000000 [người dùng]"},
		{"Nhiệt độ phổ biến 38 – 40 độ C, thời gian nắng nóng kéo dài; ngoài trời cao hơn 4 độ C, tức là khoảng 44-46 độ C.", "count 38-40 [độ C] | count 4 [độ C] | count 44-46 [độ C] approx"},
		{"Giá 1,25 triệu/tấn, tăng 50 nghìn/tấn; căn hộ giá 25 triệu/m2 đến 50 triệu/m2; đón 5 triệu lượt/năm.", "money 1250000 [VND] | money 50000 [VND] increase | money 25000000-50000000 [VND] | count 5000000 [lượt/năm]"},
		{"Giá lúa IR 50404 nhích 200 đồng/kg; tỷ lệ học sinh trên giáo viên là 1:22, tối đa 1:25.", "money 200 [VND] increase | ratio 1/22 [] | ratio 1/25 [] at_most"},
		{"Ga đón hơn 45.000 khách trong dịp lễ, tăng khoảng 6.000 so với năm ngoái.", "count 45000 [khách] more_than | count 6000 [khách] approx increase"},
		{"Ứng dụng A có 9 triệu người dùng, theo sau là ứng dụng B với 6 triệu; lô đất giá 68 triệu một m2, cao hơn khởi điểm 12 triệu.", "count 9000000 [người dùng] | count 6000000 [người dùng] | money 68000000 [VND] | money 12000000 [VND]"},
		{"Khách quốc tế đạt 1,5 triệu lượt trong tháng 7, giảm khoảng 100.000 so với tháng 6; ông bán được chừng hai trăm nghìn tiền rau.", "count 1500000 [lượt] | count 100000 [lượt] approx decrease | money 200000 [VND] approx"},
		{"Hệ thống 1,2 triệu bóng LED được lắp trên 15 tuyến phố, thực hiện trên 3,5 triệu giao dịch.", "count 1200000 [bóng LED] | count 15 [tuyến phố] | count 3500000 [giao dịch] more_than"},
		{"Thành phố lắp đặt trên 2.000 camera, huyện trồng trên 500 ha rừng.", "count 2000 [camera] more_than | count 500 [ha rừng] more_than"},
		{"Doanh thu đạt 5.000 tỷ đồng, lượng khách đạt 2 triệu.", "money 5000000000000 [VND] | count 2000000 []"},
		{"Lương 7 triệu/tháng; sân bay phục vụ 100 nghìn/ngày.", "money 7000000 [VND]"},
		{"Vé có giá từ 3,5 triệu đồng; giá tăng từ 5.000 đồng lên 7.000 đồng; học phí từ 10 đến 15 triệu đồng.", "money 3500000 [VND] at_least | money 5000 [VND] | money 7000 [VND] | money 10000000-15000000 [VND]"},
		{"Các căn hộ có giá từ 2-4 tỷ đồng được tìm kiếm nhiều nhất.", "money 2000000000-4000000000 [VND]"},
		{"VN-Index mất gần 15 điểm trong phiên sáng; cô gái bị lừa mất 2,5 tỷ đồng.", "count 15 [điểm] approx decrease | money 2500000000 [VND]"},
		{"TP.HCM có dân số đông nhất, đạt 7,955 triệu người. Hà Nội đứng thứ hai với 7,067 triệu.", "count 7955000 [người] | count 7067000 []"},
		{"Số sinh viên đại học ít hơn số học sinh THPT khoảng 900.000; số trường nhiều hơn 1.200 trường học.", "count 900000 [] approx | count 1200 [trường học] more_than"},
		{"Lương thực có mức tăng cao nhất, với 12,8%; may mặc có mức tăng trưởng cao với 12,3%.", "percent 12.8 [%] increase | percent 12.3 [%]"},
		{"Huyện huy động gần 300 người kịp thời có mặt; hơn 10 ha rừng thông hàng chục năm tuổi bị cháy; thu giữ 5 tấn hàng hóa.", "count 300 [người] approx | count 10 [ha rừng thông] more_than | count 5 [tấn hàng hóa]"},
		{"Lúa OM 5451 tăng 200 đồng/kg; TP.HCM 1500 ca mắc mới.", "money 200 [VND] increase | count 1500 [ca mắc]"},
		{"Lượng mưa từ 19g ngày 14-11 đến 7g sáng nay phổ biến 50-100mm; bé ăn 500g thịt.", "count 50-100 [mm] | count 500 [g thịt]"},
		{"Cao su có mức tăng lên tới 58,7% về lượng; thủy sản và rau quả cũng tăng lần lượt là 12% và 18%.", "percent 58.7 [%] increase | percent 12 [%] increase | percent 18 [%] increase"},
		{"Mức giảm giá bán ở một số dự án lên đến 10%, trong khi tốc độ tăng trưởng đạt 7%.", "percent 10 [%] decrease | percent 7 [%]"},
		{"Tỷ lệ thất nghiệp ở thành thị và nông thôn lần lượt là 2,6% và 1,8%.", "percent 2.6 [%] | percent 1.8 [%]"},
		{"Điểm trung bình môn Toán là 6,45, thấp hơn năm ngoái 0,2 điểm.", "count 6.45 [] | count 0.2 [điểm]"},
		{"Tôm đạt 3,8 tỷ USD (+ 15%), cá tra 2 tỷ USD (- 5%).", "money 3800000000 [USD] | percent 15 [%] increase | money 2000000000 [USD] | percent 5 [%] decrease"},
		// A part larger than its whole is no share.
		{"Huyết áp 80/50 mmHg, đã truyền 2 đơn vị máu.", "count 2 [đơn vị máu]"},
		{"Nhà máy công suất 200.000 m3/ngày đêm đã hoạt động.", "count 200000 [m3/ngày đêm]"},
		// "âm": below zero, or a fall after "tăng trưởng".
		{"Nhiệt độ xuống âm 3 độ C, có nơi âm 1,5°C.", "count -3 [độ C] | count -1.5 [°C]"},
		{"Lợi nhuận sau thuế âm 52 tỷ đồng.", "money -52000000000 [VND]"},
		{"Dòng tiền kinh doanh âm 20-30 tỷ đồng mỗi quý.", "money -30000000000--20000000000 [VND]"},
		{"Lợi suất trái phiếu âm 0,1%/năm.", "percent -0.1 [%]"},
		{"Tăng trưởng tín dụng của ngân hàng âm 1,2%.", "percent 1.2 [%] decrease"},
		{"Tăng trưởng tín dụng âm 0,7%.", "percent 0.7 [%] decrease"},
		{"Nền kinh tế tăng trưởng âm 2%.", "percent 2 [%] decrease"},
		{"Đã có 45/63 tỉnh, thành phố hoàn thành việc sắp xếp.", "ratio 45/63 [tỉnh, thành phố]"},
		{"Khu công nghiệp rộng 500 ha thu hút 35 dự án.", "count 500 [ha] | count 35 [dự án]"},
		{"Mười hai tỉnh miền núi phía Bắc đã ký cam kết.", "count 12 [tỉnh miền núi phía Bắc]"},
		{"Đã xử phạt 215 trường hợp, thu nộp ngân sách 1,2 tỷ đồng.", "count 215 [trường hợp] | money 1200000000 [VND]"},
		{"Tòa nhà cao 72 tầng, diện tích sàn 250.000 m2.", "count 72 [tầng] | count 250000 [m2]"},
		{"Chỉ 1/3 số dự án đúng tiến độ.", "ratio 1/3 [số dự án]"},
		{"Chung cư có 520 căn hộ, giá bán từ 45 triệu đồng/m2.", "count 520 [căn hộ] | money 45000000 [VND] at_least"},
		{"Nhà máy công suất 1.200 MW dự kiến phát điện năm 2026.", "count 1200 [MW]"},
		{"Có 3/5 thành viên hội đồng bỏ phiếu tán thành.", "ratio 3/5 [thành viên hội đồng]"},
		{"Đã ký 12 hợp đồng với 4 cộng đồng dân cư.", "count 12 [hợp đồng] | count 4 [cộng đồng dân cư]"},
		{"Áp dụng biện pháp đối với 25 cá nhân nêu trên.", "count 25 [cá nhân]"},
		{"Chỉ số đo đồng USD với 6 đồng tiền chủ chốt ở mức 98,86.", "count 6 [đồng tiền chủ chốt]"},
		{"Quá trình dự kiến kéo dài đến khoảng tháng 3 - 6/2027.", ""},
		{"Một bó 10 bông dao động từ 400.000 đồng.", "count 10 [bông] | money 400000 [VND]"},
		{"Trong 12 vụ kể trên có 3 vụ nghiêm trọng.", "count 12 [vụ] | count 3 [vụ nghiêm trọng]"},
		// Not counts.
		{"Doanh thu gấp 2,46 lần so với kế hoạch.", ""},
		{"Kim ngạch tăng 4,8 lần.", ""},
		{"Bệnh nhân 63 tuổi đã xuất viện.", ""},
		{"Lao động từ 15 tuổi trở lên đạt 51,9 triệu người.", "count 51900000 [người]"},
		// Qualifiers.
		{"Có hơn 60 triệu hồ sơ.", "count 60000000 [hồ sơ] more_than"},
		{"Trồng mới 1.000 cây xanh trên 25 tuyến phố.", "count 1000 [cây xanh] | count 25 [tuyến phố]"},
		{"Ngân hàng thu về 50 tỷ tiền lãi.", "money 50000000000 [VND]"},
		{"Chỉ có 1 trong 4 doanh nghiệp có lãi.", "ratio 1/4 [doanh nghiệp]"},
		{"Cả nước có 4.200 km đường cao tốc.", "count 4200 [km đường cao tốc]"},
		{"Thu hút trên 25 nghìn lượt khách.", "count 25000 [lượt khách] more_than"},
		{"Vượt 7 triệu tấn.", "count 7000000 [tấn] more_than"},
		{"Có 89 mã giảm quá 1%, quá 200 hộ đã nhận, mức không quá 5 triệu đồng.", "count 89 [mã] | percent 1 [%] more_than decrease | count 200 [hộ] more_than | money 5000000 [VND] at_most"},
		{"Giá vượt mốc 46.000 USD.", "money 46000 [USD] more_than"},
		{"Gần 1,9 triệu công dân.", "count 1900000 [công dân] approx"},
		{"Khoảng 50% học sinh.", "percent 50 [%] approx"},
		{"Xấp xỉ 30% diện tích.", "percent 30 [%] approx"},
		{"Chừng 200 người.", "count 200 [người] approx"},
		{"Gần như 100% dân số.", "percent 100 [%] approx"},
		{"Dưới 4% lao động.", "percent 4 [%] less_than"},
		{"Chưa đến 10% doanh nghiệp.", "percent 10 [%] less_than"},
		{"Ít nhất 5 người bị thương.", "count 5 [người] at_least"},
		{"Tối thiểu 15% cổ tức.", "percent 15 [%] at_least"},
		{"Tối đa 24 thí sinh mỗi phòng.", "count 24 [thí sinh] at_most"},
		{"Số xã đạt từ 10 tiêu chí trở lên là 37 xã.", "count 10 [tiêu chí] at_least | count 37 [xã]"},
		{"Thấp hơn 0,4% so với chỉ tiêu.", "percent 0.4 [%]"},
		{"Vượt 0,05% so với chỉ tiêu.", "percent 0.05 [%]"},
		// Changes and levels.
		{"Kim ngạch tăng 5,76 tỷ USD so với năm trước.", "money 5760000000 [USD] increase"},
		{"Số người chết giảm 16 người.", "count 16 [người] decrease"},
		{"Tỷ lệ tăng lên 30%.", "percent 30 [%]"},
		{"Tỷ lệ giảm còn 2%.", "percent 2 [%]"},
		{"Tỷ lệ giảm xuống dưới 4%.", "percent 4 [%] less_than"},
		{"Giảm từ 10,85% xuống còn 1,31%.", "percent 10.85 [%] | percent 1.31 [%]"},
		{"Tăng 22% về khối lượng và 38% về giá trị.", "percent 22 [%] increase | percent 38 [%] increase"},
		{"GDP tăng trưởng 2,14%.", "percent 2.14 [%] increase"},
		{"Giảm tới 49,54% so với tháng 01/2021.", "percent 49.54 [%] decrease"},
		{"Tăng hơn 80.000 người so với năm 2016.", "count 80000 [người] more_than increase"},
		// Ranges.
		{"Lãi suất 15-25%.", "percent 15-25 [%]"},
		{"Từ 5 đến 7 triệu người bị ảnh hưởng.", "count 5000000-7000000 [người]"},
		// Not facts.
		{"Ngày 31/7 đã triển khai.", ""},
		{"Tính đến ngày 31/7, có 11 bộ, ngành.", "count 11 [bộ, ngành]"},
		{"Giai đoạn 2022-2025, tầm nhìn đến năm 2030.", ""},
		{"Theo Quyết định số 06/QĐ-TTg của Thủ tướng.", ""},
		{"Thực hiện Đề án 06 nói riêng.", ""},
		{"Phòng chống COVID-19 hiệu quả.", ""},
		{"Cách mạng công nghiệp 4.0 của Việt Nam.", ""},
		{"Dịch vụ công mức độ 3 đã triển khai.", ""},
		{"Địa chỉ: 132 Trần Văn Bảy, Phường 3, TP Sóc Trăng.", ""},
		{"Điện thoại: 0299 3822598.", ""},
		{"Sơ kết 6 tháng thực hiện.", ""},
		{"Hội nghị kéo dài 3 ngày.", ""},
		{"Việt Nam đứng thứ 6 về tăng trưởng.", ""},
		{"Năm 2017, có 150 trường đạt chuẩn.", "count 150 [trường]"},
		{"Thắng 2-0 trên sân nhà.", ""},
		// One unit named to price it is no count.
		{"Giá 1kg thịt lợn hiện là 120.000 đồng.", "money 120000 [VND]"},
		{"Tỉ giá 1 USD đổi được 25.400 đồng.", "money 25400 [VND]"},
		{"Chỉ có 1 trường hợp tử vong.", "count 1 [trường hợp tử vong]"},
		// Peak and apparent power are measures, capital letters and all.
		{"Nhà máy có công suất 450 MWp.", "count 450 [MWp]"},
		{"Trạm biến áp 2 máy 250 MVA.", "count 2 [máy] | count 250 [MVA]"},
		// A bare large number after a verb of reaching a level, through a
		// qualifier or a landmark noun; not after other verbs.
		{"Số người dùng đạt hơn 10 triệu vào cuối năm.", "count 10000000 [] more_than"},
		{"Số thuê bao 5G đã vượt mốc 10 triệu sau 6 tháng.", "count 10000000 [] more_than"},
		{"Số tài khoản chứng khoán chạm ngưỡng 9 triệu.", "count 9000000 []"},
		{"Số hộ nghèo giảm còn 1,2 triệu.", "count 1200000 []"},
		{"Lượng khách tăng lên tới 1,5 triệu.", "count 1500000 []"},
		{"Hơn 10 triệu sau 6 tháng.", ""},
		// A model number is no count; a count after a name is.
		{"Hãng đặt mua 50 máy bay Boeing 737 MAX.", "count 50 [máy bay]"},
		{"Trong đó Hà Nội 120 ca, Đà Nẵng 35 ca.", "count 120 [ca] | count 35 [ca]"},
		{"Nhà máy Vĩnh Tân 450 MW.", "count 450 [MW]"},
		{"Có 3 Công ty bị thu hồi giấy phép.", "count 3 [Công ty]"},
		// A ratio of figures in one scale: the scale goes with the unit.
		{"Dự án đã giải ngân 3.410/4.200 tỷ đồng.", "ratio 3410/4200 [tỷ đồng]"},
		{"Đã hoàn thành 21/25 dịch vụ công.", "ratio 21/25 [dịch vụ công]"},
		// Thousands grouped by spaces; not a phone number.
		{"Lúc 7 giờ sáng, có 1 000 000 người đổ về trung tâm.", "count 1000000 [người]"},
		{"Gọi số 091 234 5678 để được hỗ trợ.", ""},
		// A range with the sign on both ends; a fraction after a verb of change.
		{"Khoảng 10% - 15% số người được hỏi không hài lòng.", "percent 10-15 [%] approx"},
		{"Lượng khách giảm 1/3 so với trước dịch.", "ratio 1/3 [] decrease"},
		// A label after a comma names the next figure; it does not join the unit.
		{"Việt Nam tăng 2 bậc, xếp hạng 44/133 quốc gia.", "count 2 [bậc] increase"},
		// Hotline numbers are names, a list of them too.
		{"Đường dây nóng 113, 114, 115 hoạt động 24/7.", ""},
		{"Hotline 1900 1234 luôn sẵn sàng, tổng đài tiếp nhận 1.500 cuộc gọi.", "count 1500 [cuộc gọi]"},
		// A grade of rice is no percent.
		{"Giá gạo 5% tấm ở mức 370 USD/tấn, gạo 25% tấm 340 USD/tấn.", "money 370 [USD] | money 340 [USD]"},
		// A sign glued to a figure in brackets is a change.
		{"Doanh thu đạt 1.200 tỷ đồng (+15%), lợi nhuận 300 tỷ đồng (-3,2%).", "money 1200000000000 [VND] | percent 15 [%] increase | money 300000000000 [VND] | percent 3.2 [%] decrease"},
		{"Tỷ lệ 5-7% và 10 - 12 người.", "percent 5-7 [%] | count 10-12 [người]"},
		// Verbs of falling; a level reached is no change.
		{"Giá cổ phiếu lao dốc 20% trong tuần, vốn hóa bốc hơi 1,5 tỷ USD.", "percent 20 [%] decrease | money 1500000000 [USD] decrease"},
		{"Lợi nhuận sụt 15%, tăng trưởng âm 2%.", "percent 15 [%] decrease | percent 2 [%] decrease"},
		{"Tỷ giá giảm về 24.000 đồng/USD.", "money 24000 [VND]"},
		// A list takes the scale and unit of its last member.
		{"Doanh thu ba quý lần lượt là 10, 20 và 30 tỷ đồng.", "money 10000000000 [VND] | money 20000000000 [VND] | money 30000000000 [VND]"},
		{"Tỷ lệ lần lượt 10, 12 và 15%.", "percent 10 [%] | percent 12 [%] | percent 15 [%]"},
		{"Ba đợt lần lượt có 10, 20 và 30 người.", "count 10 [người] | count 20 [người] | count 30 [người]"},
		{"Điều 3, 4 và 5 quy định rõ.", ""},
		{"Các năm 2021, 2022 và 2023 tăng mạnh.", ""},
		{"Ngày 10, 11 và 12/5 có mưa.", ""},
		// Dollar signs before or after the figure.
		{"Công ty huy động được $1,5 tỷ.", "money 1500000000 [USD]"},
		{"Giá trị đạt US$2 tỷ, thu về 3 triệu $.", "money 2000000000 [USD] | money 3000000 [USD]"},
		// Powers written as superscripts.
		{"Sàn rộng 1.000 m² và hồ chứa 5 triệu m³ nước.", "count 1000 [m²] | count 5000000 [m³ nước]"},
		// Temperatures: the degree sign, and below zero.
		{"Nhiệt độ cao nhất 38 °C, có nơi trên 40°C.", "count 38 [°C] | count 40 [°C] more_than"},
		{"Nhiệt độ phổ biến 35-37°C.", "count 35-37 [°C]"},
		{"Nhiệt độ xuống -5 độ C, có nơi -2°C.", "count -5 [độ C] | count -2 [°C]"},
		{"Biến thể COVID-19 lây lan.", ""},
		// Ranks are no counts.
		{"Việt Nam là nước xuất khẩu hạt điều số 1 thế giới.", ""},
		{"Doanh nghiệp lọt Top 10 thương hiệu mạnh.", ""},
		// A tilde is "about".
		{"Khoảng ~50% người dùng chọn gói cước mới.", "percent 50 [%] approx"},
		{"GDP đạt 430 tỷ USD (≈ 10.900 nghìn tỷ đồng).", "money 430000000000 [USD] | money 10900000000000000 [VND] approx"},
		// Million dong abbreviated.
		{"Giá căn hộ lên tới 35 trđ/m2.", "money 35000000 [VND]"},
		{"Chi phí khoảng 120 tr.đồng mỗi năm.", "money 120000000 [VND] approx"},
		{"Lương 15 tr đồng một tháng, ngót nghét 200 người.", "money 15000000 [VND] | count 200 [người] approx"},
		// "In every N, M": a ratio of one noun.
		{"Cứ 10 người trưởng thành thì có 3 người bị tăng huyết áp.", "ratio 3/10 [người]"},
		{"Cứ 5 hộ dân lại có 1 hộ nuôi bò.", "ratio 1/5 [hộ nuôi bò]"},
		{"Cứ 100.000 dân có 10 bác sĩ.", "count 100000 [dân] | count 10 [bác sĩ]"},
		// A year that ends a name is no count; after a count word it is one.
		{"Điều 5 Luật Đất đai 2024 quy định về thu hồi đất.", ""},
		{"SEA Games 2025 có 574 bộ huy chương.", "count 574 [bộ huy chương]"},
		{"Thành phố Hà Nội có 2024 ca mắc mới.", "count 2024 [ca mắc]"},
		// A storm's number, and a verb where a unit would be.
		{"Bão số 3 đổ bộ vào Quảng Ninh, sau đó suy yếu.", ""},
		// A bound after a comma names the next figure, not a second noun.
		{"Nhiệt độ thấp nhất từ 12 đến 15 độ, vùng núi dưới 10 độ.", "count 12-15 [độ] | count 10 [độ] less_than"},
		// Trading sessions are time; hearings are counted.
		{"Dầu Brent tăng 5 phiên liên tiếp, khối ngoại bán ròng 10 phiên.", ""},
		{"Tòa đã mở 3 phiên tòa xét xử.", "count 3 [phiên tòa xét xử]"},
		// A comparative with nothing compared is a bound.
		{"Vốn hóa lớn hơn 165 triệu USD, tỷ lệ tự do chuyển nhượng lớn hơn 10%.", "money 165000000 [USD] more_than | percent 10 [%] more_than"},
		{"Lớp học có ít hơn 20 học sinh.", "count 20 [học sinh] less_than"},
		{"Số ca mắc nhiều hơn 120 ca so với tuần trước.", "count 120 [ca]"},
		// "từ X xuống Y <unit>": X counts what Y does, in its scale.
		{"Cả nước giảm từ 63 xuống 34 tỉnh.", "count 63 [tỉnh] | count 34 [tỉnh]"},
		{"Doanh thu lần lượt là 1,1, 2,3 và 4,1 tỷ đồng.", "money 1100000000 [VND] | money 2300000000 [VND] | money 4100000000 [VND]"},
		{"Sản lượng giảm từ 1,8 xuống 1,5 triệu tấn.", "count 1800000 [tấn] | count 1500000 [tấn]"},
		{"Tỷ lệ dự trữ tăng từ 1 lên 3%.", "percent 1 [%] | percent 3 [%]"},
		// A voltage that names a line is no quantity; an index has no unit.
		{"Đường dây 500 kV mạch 3 dài 519 km, trạm biến áp 220 kV có công suất 250 MVA.", "count 519 [km] | count 250 [MVA]"},
		{"Chỉ số AQI tại Hà Nội lên tới 185, mức có hại.", "count 185 []"},
		// A bare number whose subject counts something; not a code or a rank.
		{"Về tài sản, số nhà sập đổ, hư hỏng là 108.", "count 108 []"},
		{"Mã số của hồ sơ là 123, số thứ tự là 12.", ""},
		// A percent in brackets after a change is the same change; market
		// breadth "9 mã tăng/18 mã giảm" is two counts, not a code.
		{"VN-Index giảm 3,21 điểm (0,25%) còn 1.268,86 điểm.", "count 3.21 [điểm] decrease | percent 0.25 [%] decrease | count 1268.86 [điểm]"},
		{"Độ rộng là 9 mã tăng/18 mã giảm.", "count 9 [mã] | count 18 [mã]"},
		{"Tai nạn giảm trên cả 3 tiêu chí.", "count 3 [tiêu chí]"},
		// "giảm từ X - Y%" alone is a fall by X to Y%; with "xuống" it is a level.
		{"Thủy sản khác giảm từ 9 - 15% so với cùng kỳ, tăng trưởng 2-3 con số.", "percent 9-15 [%] decrease"},
		{"Tỷ lệ giảm từ 10% xuống 1%.", "percent 10 [%] | percent 1 [%]"},
		// "dọc" (along) and "khởi công" (break ground) end a unit.
		{"Hà Nội xây 3 hầm chui dọc vành đai 3; 5 dự án giao thông khởi công cuối năm.", "count 3 [hầm chui] | count 5 [dự án giao thông]"},
		// The base of a rate is no figure; a bound after a figure is.
		{"Tỷ số giới tính khi sinh là 112 bé trai trên 100 bé gái.", "count 112 [bé trai]"},
		{"Huyện có 1.500 hộ nghèo trên 10.000 hộ được khảo sát.", "ratio 1500/10000 [hộ nghèo]"},
		{"Có 20 bác sĩ trên 10.000 dân, 300 người trên 50 tuổi.", "count 20 [bác sĩ] | count 300 [người]"},
		// Counts by place in brackets; not a year or a small number.
		{"Số nhiễm cao: TP. Hồ Chí Minh (516.477), Bình Dương (293.201), Luật Đất đai (2024), Huế (12).", "count 516477 [] | count 293201 []"},
		// A scrape that lost the space before a figure; "bình quân 1 hộ" is per household.
		{"Chế biến, chế tạotăng1,36%; nước nóng, hơi nướctăng1,06% so tháng trước.", "percent 1.36 [%] | percent 1.06 [%]"},
		{"Nhân khẩu bình quân 1 hộ là 3,70 người; trung bình 1 ngày có 30 ca.", "count 3.7 [người] | count 30 [ca]"},
		// A bare pair larger over smaller is no ratio: "cases/deaths".
		{"Số nhập viện là 7.582/1, so với tuần trước (8.811/2) giảm 13,9%; 3/4 số xã đạt chuẩn.", "percent 13.9 [%] decrease | ratio 3/4 [số xã]"},
		// A storm's number and level are no counts.
		{"Bão số 10 khiến 19 người chết; gió bão cấp 8-11 làm 104.000 nhà hư hỏng.", "count 19 [người chết] | count 104000 [nhà hư hỏng]"},
		// The base of an index is no reading of it; the reading is.
		{"Chỉ số giá tiêu dùng (năm trước = 100) là 103,2; chỉ số sản xuất (kỳ gốc = 100) đạt 98.", "count 103.2 [] | count 98 []"},
		// "số 1" after a noun names it; a range from 0 is a bracket; "xảy ra" ends a unit.
		{"Tuyến metro số 1 vận chuyển 52.000 lượt khách; bậc 1 (từ 0-50 kWh) giá 1.984 đồng/kWh.", "count 52000 [lượt khách] | money 1984 [VND]"},
		{"Trận động đất mạnh 4,7 độ richter xảy ra ở độ sâu khoảng 10 km.", "count 4.7 [độ richter] | count 10 [km] approx"},
		{"Vùng núi cao có nơi 0-3 độ C.", "count 0-3 [độ C]"},
		{"Trung Quốc nhập khẩu 1,3 triệu tấn sầu riêng.", "count 1300000 [tấn sầu riêng]"},
		// A medal's colour is part of the unit, capitalised or not; "đặt ra" ends it.
		{"Đoàn giành 34 huy chương Vàng, 66 huy chương Đồng và 110 HC đồng, trong mục tiêu 90 HC vàng đặt ra.", "count 34 [huy chương Vàng] | count 66 [huy chương Đồng] | count 110 [HC đồng] | count 90 [HC vàng]"},
		// "tự do" and "lý do" are nouns, though "do" alone ends a unit.
		{"Có 45.000 thí sinh tự do và 3 lý do chính.", "count 45000 [thí sinh tự do] | count 3 [lý do chính]"},
		// An adverb after a comma opens a clause; after a noun it describes it.
		{"Thành phố thiếu 4.000 giáo viên, chủ yếu ở bậc mầm non; đạt 33 chỉ tiêu chủ yếu và 1 giải đặc biệt.", "count 4000 [giáo viên] | count 33 [chỉ tiêu chủ yếu] | count 1 [giải đặc biệt]"},
		// After a span of time "trên" is over again, not "on".
		{"Tỷ lệ sống sau 5 năm trên 90%, có 1.000 cây xanh trên 25 tuyến phố.", "percent 90 [%] more_than | count 1000 [cây xanh] | count 25 [tuyến phố]"},
		// A footnote mark glued to a figure stands between it and its unit.
		{"Đã có 110.764(1) doanh nghiệp thành lập mới và 1.816 dự án(2) được cấp phép.", "count 110764 [doanh nghiệp] | count 1816 [dự án]"},
		// "quan tâm", "cho rằng" are verbs that end a unit.
		{"Có 9/10 người tiêu dùng quan tâm đến giá, 60 chuyên gia cho rằng giá sẽ tăng.", "ratio 9/10 [người tiêu dùng] | count 60 [chuyên gia]"},
		// A share after "tương ứng" is the same change as the figure before it.
		{"VN-Index giảm 12,5 điểm, tương ứng 0,97%; doanh thu đạt 500 tỷ đồng, tương đương 20%.", "count 12.5 [điểm] decrease | percent 0.97 [%] decrease | money 500000000000 [VND] | percent 20 [%]"},
		// A rate after a measure with a power: "m3/s".
		{"Lưu lượng về hồ đạt 3.500 m3/s, mật độ 2.480 người/km2.", "count 3500 [m3/s] | count 2480 [người/km2]"},
		// A list that leaves its unit out after the first member.
		{"Tân Sơn Nhất vượt 2,5 triệu hành khách, Nội Bài hơn 1,5 triệu, Đà Nẵng hơn 600.000; Hà Nội có 30 ca, TP.HCM 25 ca.", "count 2500000 [hành khách] more_than | count 1500000 [hành khách] more_than | count 600000 [hành khách] more_than | count 30 [ca] | count 25 [ca]"},
		// "riêng" (as for) after a comma starts a new clause, not a second noun.
		{"Nhiệt độ cao nhất 33-36 độ C, riêng Sơn La và Hòa Bình 36-39 độ C; có 5 xã, riêng huyện A có 3 xã.", "count 33-36 [độ C] | count 36-39 [độ C] | count 5 [xã] | count 3 [xã]"},
		// Energy spelled out: "giờ" is part of the unit, not a span of time.
		{"Hà Nội tiêu thụ 68 triệu kilowat giờ mỗi ngày, nhà máy phát 2 tỷ kilowatt giờ một năm.", "count 68000000 [kilowat giờ] | count 2000000000 [kilowatt giờ]"},
		// Scaled amounts with no currency after words of bribes, damages, gifts.
		{"Ông nhận hối lộ 5 tỷ; bị cáo chiếm đoạt 300 tỷ; thiệt hại 50 tỷ; doanh nghiệp ủng hộ 2 tỷ.", "money 5000000000 [VND] | money 300000000000 [VND] | money 50000000000 [VND] | money 2000000000 [VND]"},
		// A rate per a round number of inhabitants: the base is no count, the rate is a reading.
		{"Tỷ lệ bác sĩ trên 10.000 dân của tỉnh chỉ đạt 8,5; xã có trên 10.000 dân.", "count 8.5 [] | count 10000 [dân] more_than"},
		{"Đô thị trên 100.000 dân phải có bệnh viện; thành phố trên 1 triệu dân.", "count 100000 [dân] more_than | count 1000000 [dân] more_than"},
		// "từ X lên hơn Y đồng": X takes Y's scale and currency past the bound.
		{"Tổng mức đầu tư dự án đã tăng từ 18.000 tỷ lên hơn 25.000 tỷ đồng.", "money 18000000000000 [VND] | money 25000000000000 [VND] more_than"},
		// "trên 1 ha" is per hectare; "xe dưới 12 chỗ" a kind of car.
		{"Giá trị trên 1 ha đạt 120 triệu đồng; phí 1.500 đồng/km với xe dưới 12 chỗ; có trên 1 triệu người.", "money 120000000 [VND] | money 1500 [VND] | count 1000000 [người] more_than"},
		{"Lực lượng chức năng thu giữ trên 1 tấn heroin; năng suất trên 1 ha đạt 6 tấn.", "count 1 [tấn heroin] more_than | count 6 [tấn]"},
		// Among medals "đồng" is bronze.
		{"Đội tuyển giành 4 huy chương vàng, 3 bạc và 2 đồng, thưởng 50.000 đồng mỗi người.", "count 4 [huy chương vàng] | count 3 [bạc] | count 2 [đồng] | money 50000 [VND]"},
		// A number that tells a thing's kind is no count; after a verb it is.
		{"Căn hộ 2 phòng ngủ giá 15 triệu đồng; căn khác gồm 3 phòng ngủ; xe 16 chỗ chở 20 người; nhà 3 tầng bị sập.", "money 15000000 [VND] | count 3 [phòng ngủ] | count 20 [người]"},
		// A subject that is a bound: "tối đa … là".
		{"Tốc độ tối đa trên cao tốc là 120 km/h; giá tối thiểu ở Hà Nội là 5 triệu đồng; số người dự họp là 7 người.", "count 120 [km/h] at_most | money 5000000 [VND] at_least | count 7 [người]"},
		// A percent in brackets after a change's noun is the same change.
		{"Giảm 73 người chết (23,2%), giảm 118 người bị thương (30,10%); có 12 người (5%).", "count 73 [người chết] decrease | percent 23.2 [%] decrease | count 118 [người] decrease | percent 30.1 [%] decrease | count 12 [người] | percent 5 [%]"},
		// A noun in quotes is the unit.
		{"Trong đó, 5 \"đại gia\" đưa sổ tiết kiệm; 12 “siêu xe” bị thu giữ.", "count 5 [đại gia] | count 12 [siêu xe]"},
		// A degree is a measure: it ends its unit at a comma; "rồi" is no noun.
		{"Sáng sớm nhiệt độ ở mức từ 23- 24 độ, trời nhiều mây; trưa lên 28 độ rồi giảm dần.", "count 23-24 [độ] | count 28 [độ]"},
		// Past a threshold.
		{"Bitcoin vượt ngưỡng 110.000 USD.", "money 110000 [USD] more_than"},
		{"Ông giành 312 phiếu, vượt ngưỡng 270 phiếu cần thiết.", "count 312 [phiếu] | count 270 [phiếu]"},
		// "Around".
		{"Lãi suất quanh 4,7%/năm, giá vàng xoay quanh mức 80 triệu đồng.", "percent 4.7 [%] approx | money 80000000 [VND] approx"},
		{"Giá dầu loanh quanh 70 USD/thùng, xung quanh 300 người.", "money 70 [USD] approx | count 300 [người] approx"},
		// A measure in the unit of a price.
		{"Cước lên mức 5.900 USD/container 40 feet.", "money 5900 [USD]"},
		{"Giá 25.000 đồng/chai 500 ml.", "money 25000 [VND]"},
		// A bound, then "là".
		{"Mức hỗ trợ tối đa là 50 triệu đồng.", "money 50000000 [VND] at_most"},
		{"Thời gian ít nhất là 6 tháng, số người ít nhất là 5 người.", "count 5 [người] at_least"},
		{"Con số này là 5 người.", "count 5 [người]"},
		{"Trong số 2 triệu, nhiều người đã rời đi.", ""},
	}
	ref := time.Date(2022, 8, 10, 0, 0, 0, 0, normalize.Location)
	for _, tt := range tests {
		got := describeFacts(Extractor{Ref: ref}.FactsOfSentence("t", tt.in))
		if got != tt.want {
			t.Errorf("%q\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}

func TestAsOf(t *testing.T) {
	ref := time.Date(2022, 8, 10, 0, 0, 0, 0, normalize.Location)
	tests := []struct{ text, want string }{
		{"Tính đến ngày 31/7, có 11 bộ, ngành.", "2022-07-31"},
		{"Đến hết tháng 6/2022, đạt 5 triệu hồ sơ.", "2022-06"},
		{"Năm 2022, thu 1.000 tỷ đồng.", "2022"},
		{"Quý I/2025, xảy ra 4.536 vụ tai nạn.", "2025-Q1"},
		{"Đến cuối tháng 7 thu nhận 6 triệu hồ sơ.", "2022-07"},
		{"Có 11 bộ, ngành đã kết nối.", "2022-08-10"},
		// A sentence that opens with the day of its event.
		{"Sáng 5/3, giá xăng giảm 500 đồng mỗi lít.", "2022-03-05"},
		{"Ngày 20/7, Sở Y tế cho biết có 1.234 ca mắc sởi.", "2022-07-20"},
		{"Hôm qua (8/8), giá vàng tăng 1 triệu đồng.", "2022-08-08"},
		{"EVN lỗ 26.000 tỷ đồng trong năm 2021.", "2021"},
		{"Doanh thu tăng 10% so với năm 2021.", "2022-08-10"},
		// but not a day to come: "from 1/1/2023 on" is no as_of yet.
		{"Từ ngày 1/1/2023, mức phạt tăng lên 20 triệu đồng.", "2022-08-10"},
		// A target is no as_of.
		{"Phục vụ 5 nhóm tiện ích đến năm 2025.", "2022-08-10"},
		// A paragraph's cue carries to its next sentences.
		{"Tính đến ngày 31/7, đã kết nối. Trong đó, có 1,9 triệu công dân.", "2022-07-31"},
		// A period from the start of a year holds to the end of its last month.
		{"6 tháng đầu năm 2022, thu ngân sách đạt 1,3 triệu tỷ đồng.", "2022-06"},
		{"Thu ngân sách 9 tháng năm 2021 đạt 1,5 triệu tỷ đồng.", "2021-09"},
		{"Trong 7 tháng, có 15.000 doanh nghiệp thành lập mới.", "2022-07"},
		{"Kế hoạch 6 tháng đầu năm 2023 là 500 tỷ đồng.", "2022-08-10"},
		{"Dự án kéo dài 6 tháng với vốn 200 tỷ đồng.", "2022-08-10"},
		// Months between the subject and its verb are the year so far.
		{"Xuất khẩu 7 tháng đạt 5 tỷ USD.", "2022-07"},
		{"Lãi suất kỳ hạn 6 tháng là 5%.", "2022-08-10"},
		{"Có 300 hộ được hỗ trợ 6 tháng tiền điện.", "2022-08-10"},
		// A period between the subject and its figures; not one they are
		// compared with, nor a start; and it does not carry on.
		{"Doanh thu năm 2021 đạt 500 tỷ đồng, tăng 10%.", "2021"},
		{"Sản lượng lúa hè thu 2021 đạt 9,2 triệu tấn.", "2021"},
		{"Tham gia kỳ thi THPT Quốc gia 2018, cả nước có 925.000 thí sinh.", "2018"},
		// A period right after one figure, or before it with "là", is that
		// figure's own.
		{"Tỷ lệ hộ nghèo giảm từ 8,2% năm 2020 xuống còn 3,1% năm 2021.", "2021"},
		{"Tốc độ tăng của quý I là 3,28% và quý II là 4,05%.", "2022-Q2"},
		{"Mức này thấp hơn mức tăng 14,38% của quý III/2021.", "2021-Q3"},
		// A year of birth dates nobody's figures.
		{"Đối tượng B (sinh năm 1990) mua ma túy giá 200 triệu đồng.", "2022-08-10"},
		{"Đối tượng B (SN 1990) mua ma túy giá 200 triệu đồng.", "2022-08-10"},
		{"Tỷ lệ sinh năm 2021 giảm xuống còn 1,91 con/phụ nữ.", "2021"},
		{"Số ca mắc mới trong quý II/2022 là 9.000 ca.", "2022-Q2"},
		{"Tính đến hết quý II/2022, có 9.000 ca.", "2022-Q2"},
		{"Doanh thu đạt 500 tỷ đồng, tăng 10% so với năm 2021.", "2022-08-10"},
		{"Từ năm 2020 đến nay, tỉnh thu hút 50 dự án.", "2022-08-10"},
		{"So với cùng kỳ năm 2021, số ca mắc giảm 30%.", "2022-08-10"},
		{"So với tháng trước, CPI tháng 7/2022 tăng 0,7%.", "2022-07"},
		{"Thị phần đạt 29%, giảm mạnh nếu so với tỷ lệ 43,3% của 4 tháng đầu năm 2021.", "2022-08-10"},
		{"Doanh thu năm 2021 đạt 500 tỷ đồng. Đến nay, lợi nhuận đạt 20 tỷ đồng.", "2022-08-10"},
		// A list goes on with the paragraph that brings it in; a new
		// paragraph does not.
		{"Năm 2021, thu 1.000 tỷ đồng.\nTrong đó:\n- Thuế đạt 600 tỷ đồng;\n- Phí đạt 400 tỷ đồng.", "2021"},
		{"Năm 2021, thu 1.000 tỷ đồng.\nPhí đạt 400 tỷ đồng.", "2022-08-10"},
	}
	for _, tt := range tests {
		fs := Extractor{Ref: ref}.Facts("t", tt.text)
		if len(fs) == 0 || fs[len(fs)-1].AsOf != tt.want {
			t.Errorf("%q: facts %v, want as_of %s", tt.text, fs, tt.want)
		}
	}
}

func TestFactOffsets(t *testing.T) {
	text := "Tiêu đề bài\nTheo báo cáo, đưa 21/25 dịch vụ thiết yếu lên mạng. Có trên 67 triệu thẻ căn cước.\nĐoạn hai: tiết kiệm 2.047 tỷ đồng."
	for _, f := range (Extractor{}).Facts("t", text) {
		if text[f.Start:f.End] != f.Text || !strings.Contains(f.Sentence, f.Text) {
			t.Errorf("fact %q: offsets %d-%d give %q", f.Text, f.Start, f.End, text[f.Start:f.End])
		}
	}
}

func ExampleExtractor_Facts() {
	ref := time.Date(2022, 8, 10, 0, 0, 0, 0, normalize.Location)
	for _, f := range (Extractor{Ref: ref}).Facts("seed", "Tính đến ngày 31/7, đã cấp trên 67 triệu thẻ căn cước và hoàn thành 21/25 dịch vụ thiết yếu.") {
		fmt.Println(f.Kind, f.Value, f.Denominator, f.Unit, f.Qualifier, f.AsOf)
	}
	// Output:
	// count 6.7e+07 0 thẻ căn cước more_than 2022-07-31
	// ratio 21 25 dịch vụ thiết yếu exact 2022-07-31
}

// BenchmarkFacts is extraction alone: facts from the cleaned sample
// articles, no cleaning, no I/O.
func BenchmarkFacts(b *testing.B) {
	var texts []string
	var size int64
	for _, tc := range seedCases {
		raw, err := os.ReadFile("../testdata/articles/" + tc.file + ".txt")
		if err != nil {
			b.Fatal(err)
		}
		a := CleanText(tc.file, string(raw))
		texts = append(texts, a.Text)
		size += int64(len(a.Text))
	}
	ref := time.Date(2022, 8, 10, 0, 0, 0, 0, normalize.Location)
	b.SetBytes(size / int64(len(texts)))
	for i := 0; i < b.N; i++ {
		Extractor{Ref: ref}.Facts("bench", texts[i%len(texts)])
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

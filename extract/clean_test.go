package extract

import (
	"os"
	"strings"
	"testing"
)

// Expectations for each sample scrape, written by reading it.
var seedCases = []struct {
	file, title, published, author string
	mustContain, mustNotContain    []string
}{
	{"000_3c41e08771b70f23", "Hội nghị toàn quốc sơ kết 6 tháng thực hiện Đề án 06", "2022-08-10", "TTX Việt Nam",
		[]string{"Sáng ngày 9/8, Thủ tướng Chính phủ Phạm Minh Chính", "đưa 21/25 dịch vụ thiết yếu", "đã cấp trên 67 triệu thẻ căn cước", "Thủ tướng nhấn mạnh, các bộ, ngành, địa phương cần nỗ lực"},
		[]string{"Lượt xem", "Trang chủ >>", "Cập nhật:", "QUẢNG CÁO", "Giấy phép số", "Địa chỉ:", "Điện thoại:", "Cấm sao chép", "Phát triển bởi", "truyen hinh soc trang", "Giám đốc: Nguyễn Văn Bốn", "Ghi rõ nguồn"}},
	{"001_60c6ea07aee7b4bd", "TTO - Với 11.000 điểm cầu trên cả nước, Hội nghị sơ kết 6 tháng năm 2022 thực hiện Đề án phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia được xem là có quy mô lớn khi trực tuyến xuống các xã, phường.", "2022-08-09", "",
		[]string{"có 130.700 đại biểu tham dự hội nghị", "đạt tỉ lệ 93,1%", "Đã có 67 triệu công dân được cấp căn cước"},
		[]string{"- Ảnh: VGP"}},
	{"002_8057d95c7c3f133f", "Thủ tướng chủ trì hội nghị triển khai Đề án phát triển ứng dụng dữ liệu về dân cư", "2022-01-18", "V.A (mard.gov.vn)",
		[]string{"Chiều ngày 18/1, Thủ tướng Chính phủ Phạm Minh Chính", "công bố 6.673 bộ thủ tục hành chính", "nguy cơ mất an ninh an toàn hệ thống"},
		[]string{"Lượt xem", "(Ảnh: nhandan.vn)", "(Ảnh: MARD)", "\nBình luận"}},
	{"003_cda5d139f3f754ff", "Hội nghị đánh giá kết quả triển khai thực hiện Đề án 06 năm 2022", "2022-12-25", "Thùy Dung",
		[]string{"Sáng 25/12, tại Hà Nội", "có 154.840.409 hồ sơ đồng bộ", "Tiết kiệm cho nhà nước 2.047 tỷ đồng", "hội nghị rút ra 06 bài học kinh nghiệm", "đẩy mạnh lộ trình thực hiện Đề án 06 năm 2023 và các năm tiếp theo"},
		[]string{"Tin cùng chuyên mục", "Tạo thuận lợi cho người dùng khi cập nhật sinh trắc học", "22/12/2024 00:00:00", "Chữ ký số là một thành phần"}},
	{"004_74156a42bd74ad3a", "Quyết tâm hoàn thành các nhiệm vụ chuyển đối số quốc gia", "2024-11-22", "",
		[]string{"Chuyển đổi số quốc gia là mục tiêu quan trọng nhất", "49/76 dịch vụ công thiết yếu", "xử lý trên 81.000 hồ sơ", "3. Thúc đẩy hợp tác"},
		[]string{"Theo dõi Pháp luật", "Mở Zalo", "Chỉ thị số 04/CT-TTg", "Doanh nghiệp nhỏ và vừa hội nhập", "Pháp luật và Xã hội", "|"}},
}

func TestCleanTextSeeds(t *testing.T) {
	for _, tc := range seedCases {
		t.Run(tc.file, func(t *testing.T) {
			raw, err := os.ReadFile("../testdata/articles/" + tc.file + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			a := CleanText(tc.file, string(raw))
			if a.Title != tc.title {
				t.Errorf("title %q, want %q", a.Title, tc.title)
			}
			if a.PublishedISO() != tc.published {
				t.Errorf("published %s, want %s", a.PublishedISO(), tc.published)
			}
			if a.Author != tc.author {
				t.Errorf("author %q, want %q", a.Author, tc.author)
			}
			for _, s := range tc.mustContain {
				if n := strings.Count(a.Text, s); n != 1 {
					t.Errorf("%q stands %d times, want once", s, n)
				}
			}
			for _, s := range tc.mustNotContain {
				if strings.Contains(a.Text, s) {
					t.Errorf("boilerplate kept: %q", s)
				}
			}
			// Every paragraph once.
			seen := map[string]bool{}
			for _, p := range strings.Split(a.Text, "\n") {
				if seen[p] {
					t.Errorf("paragraph twice: %.60q", p)
				}
				seen[p] = true
			}
		})
	}
}

func TestCleanTextLines(t *testing.T) {
	tests := []struct{ in, keep, drop string }{
		{"Tiêu đề bài viết khá dài\nCó 5 người.\nẢnh: Nguyễn Văn A", "Có 5 người.", "Nguyễn Văn A"},
		{"Tiêu đề bài viết khá dài\nCó 5 người.\nHội nghị (Ảnh: TTXVN)", "Có 5 người.", "TTXVN"},
		{"Tiêu đề bài viết khá dài\nCó 5 người.\n® Cấm sao chép dưới mọi hình thức\nCó 6 người.", "Có 5 người.", "Có 6 người."},
		{"Tiêu đề bài viết khá dài\nBình luận (3)\nCó 5 người.", "Có 5 người.", "Bình luận"},
		{"Tiêu đề bài viết khá dài\nĐọc thêm:\nCó 5 người.", "Có 5 người.", "Đọc thêm"},
		// A link to another article inside the text goes; the text goes on.
		{"Tiêu đề bài viết khá dài\nCó 5 người.\nXem thêm: Giá đất nền ven đô tăng mạnh\nCó 6 người.", "Có 6 người.", "Giá đất nền"},
		{"Tiêu đề bài viết khá dài\nCó 5 người.\n>> Đọc thêm: Giá vàng lập đỉnh mới\nCó 6 người.", "Có 6 người.", "Giá vàng"},
	}
	for _, tt := range tests {
		a := CleanText("t", tt.in)
		if !strings.Contains(a.Text, tt.keep) || strings.Contains(a.Text, tt.drop) {
			t.Errorf("CleanText(%q) = %q", tt.in, a.Text)
		}
	}
}

// TestCleanTextHeader: a site's date above the title gives way to the
// article's below it, and a name between title and text is the byline;
// a short heading inside the text stays.
func TestCleanTextHeader(t *testing.T) {
	raw := "Chủ Nhật, 24/08/2025\n\nVN-Index tiếp tục lạc nhịp với đa số cổ phiếu\n\nKim Phong\n\n21/08/2025, 15:36\n\n" +
		"Thị trường chiều nay tăng 23,64 điểm.\nDòng tiền Khối Ngoại\nKhối ngoại bán ròng 2.500 tỷ đồng."
	a := CleanText("t", raw)
	if got := a.Published.Format("2006-01-02"); got != "2025-08-21" {
		t.Errorf("published %s, want 2025-08-21", got)
	}
	if a.Author != "Kim Phong" || strings.Contains(a.Text, "Kim Phong") {
		t.Errorf("author %q, text %q: want the byline Kim Phong out of the text", a.Author, a.Text)
	}
	if !strings.Contains(a.Text, "Dòng tiền Khối Ngoại") {
		t.Errorf("text %q lost the heading inside it", a.Text)
	}
	// A date below the title alone is the article's, as before.
	if b := CleanText("t", "Tiêu đề bài viết khá dài\n14/07/2025 - 06:45\nCó 5 người."); b.Published.Format("2006-01-02") != "2025-07-14" {
		t.Errorf("published %v, want 2025-07-14", b.Published)
	}
}

// TestCleanTextLayouts: headers and trailers as news sites lay them out:
// sections above the date, a date line with its section after a bar, a
// byline before the comments and the related list.
func TestCleanTextLayouts(t *testing.T) {
	tests := []struct {
		raw, title, published, author, keep string
		drop                                []string
	}{
		{"Kinh doanh\nVĩ mô\nThứ hai, 20/11/2023, 14:30 (GMT+7)\nXuất khẩu gạo 10 tháng vượt 7 tỷ USD\nXuất khẩu gạo đạt 7,1 triệu tấn.\nẢnh: Quỳnh Trần\nHoài Thu\nChia sẻ\nÝ kiến (12)\nXem thêm\nGiá gạo Việt lập đỉnh mới\nThị trường",
			"Xuất khẩu gạo 10 tháng vượt 7 tỷ USD", "2023-11-20", "Hoài Thu", "Xuất khẩu gạo đạt 7,1 triệu tấn.",
			[]string{"Vĩ mô", "Kinh doanh", "Ý kiến", "Hoài Thu", "Giá gạo Việt"}},
		{"20-11-2023 - 14:30 PM | Tài chính - Ngân hàng\nLợi nhuận quý 3 của ngân hàng đạt 8.400 tỷ đồng\nChia sẻ\nLợi nhuận trước thuế đạt 8.400 tỷ đồng, tăng 18% so với cuối năm 2022.\nTheo Minh Anh\nLink bài gốc",
			"Lợi nhuận quý 3 của ngân hàng đạt 8.400 tỷ đồng", "2023-11-20", "Minh Anh", "tăng 18% so với cuối năm 2022",
			[]string{"PM |", "Link bài gốc"}},
		{"Thời sự\n20/11/2023 14:30 GMT+7\nHà Nội: 3 người tử vong vì sốt xuất huyết\nThành phố ghi nhận 1.234 ca mắc.\nThanh Nga\nBình luận (0)\nGửi bình luận\nĐừng bỏ lỡ\nHà Nội: Ca mắc sốt xuất huyết giảm",
			"Hà Nội: 3 người tử vong vì sốt xuất huyết", "2023-11-20", "Thanh Nga", "1.234 ca mắc",
			[]string{"Thời sự", "bình luận", "Đừng bỏ lỡ", "giảm"}},
		{"20/11/2023 14:30 (GMT+07:00)\nDoanh thu từ du lịch đạt 120.000 tỷ đồng\nDoanh thu 10 tháng đạt 120.000 tỷ đồng.\nHồng Khanh",
			"Doanh thu từ du lịch đạt 120.000 tỷ đồng", "2023-11-20", "Hồng Khanh", "Doanh thu 10 tháng", []string{"GMT"}},
		{"Kinh tế\nThứ Hai, 20-11-2023, 14:30\nGiá lúa tăng thêm 500 đồng/kg trong tuần qua\n(Chinhphu.vn) - Giá lúa tăng 500 đồng/kg.\nPhương Liên",
			"Giá lúa tăng thêm 500 đồng/kg trong tuần qua", "2023-11-20", "Phương Liên", "Giá lúa tăng 500 đồng/kg.", []string{"Kinh tế", "Thứ Hai"}},
		{"Ngày 20/11/2023 | 14:30\nGiá lúa tăng thêm 500 đồng/kg trong tuần qua\nGiá lúa tăng 500 đồng/kg.",
			"Giá lúa tăng thêm 500 đồng/kg trong tuần qua", "2023-11-20", "", "Giá lúa tăng 500 đồng/kg.", []string{"14:30"}},
		{"Giá điện tăng 4,8% từ ngày 11/10\n11/10/2024 14:30\nGiá bán lẻ điện bình quân tăng 4,8%.\nFacebook\nTwitter\nZalo\nBản in\nTheo dõi chúng tôi trên Google News\nBÀI LIÊN QUAN\nEVN lỗ 26.000 tỷ đồng",
			"Giá điện tăng 4,8% từ ngày 11/10", "2024-10-11", "", "Giá bán lẻ điện", []string{"Facebook", "Bản in", "Google", "EVN"}},
		{"Kinh tế\nThứ Hai, 20/11/2023 | 14:30\nXuất khẩu thủy sản cán đích 9 tỷ USD\nNghe bài viết\nA-\nA+\nVOV.VN - Xuất khẩu thủy sản ước đạt 9 tỷ USD.\nMinh Phương/VOV.VN\nGửi góp ý\nLên đầu trang\nTin mới nhất\nGiá cá tra phục hồi",
			"Xuất khẩu thủy sản cán đích 9 tỷ USD", "2023-11-20", "Minh Phương/VOV.VN", "ước đạt 9 tỷ USD", []string{"Nghe", "A-", "A+", "góp ý", "đầu trang", "cá tra"}},
		{"Doanh số ôtô tháng 10 tăng 12%\nThứ hai, 20/11/2023 14:30 (GMT+7)\nCác thành viên VAMA bán ra 27.000 xe.\nTheo Hải Yến\nXe",
			"Doanh số ôtô tháng 10 tăng 12%", "2023-11-20", "Hải Yến", "27.000 xe", []string{"Hải Yến"}},
	}
	for _, tt := range tests {
		a := CleanText("t", tt.raw)
		if a.Title != tt.title || a.Published.Format("2006-01-02") != tt.published || a.Author != tt.author || !strings.Contains(a.Text, tt.keep) {
			t.Errorf("CleanText(%.40q): title %q, published %s, author %q, text %q", tt.raw, a.Title, a.Published.Format("2006-01-02"), a.Author, a.Text)
		}
		for _, d := range tt.drop {
			if strings.Contains(a.Text, d) {
				t.Errorf("CleanText(%.40q) kept %q: %q", tt.raw, d, a.Text)
			}
		}
	}
}

func TestIsCaption(t *testing.T) {
	long := strings.Repeat("Đoàn công tác kiểm tra tiến độ thi công tại công trường ", 6)
	tests := []struct {
		line string
		want bool
	}{
		{"Ảnh: Nguyễn Văn A", true},
		{"ẢNH: TTXVN", true},
		{"Ảnh minh họa", true},
		{"Video: Cảnh sát giao thông kiểm tra nồng độ cồn", true},
		{"Video: " + long, false}, // a long line is prose that starts with a label
		{long + "(Ảnh: TTXVN)", true},
		{long + "(Nguồn ảnh: Reuters)", true},
		{"Thủ tướng chủ trì hội nghị - Ảnh: VGP", true},
		{long + "(Ảnh minh hoạ)", true},
		{"Ảnh hưởng của bão số 3 kéo dài đến hết tuần (TTXVN)", false},
		{"Giá vàng tăng 2 triệu đồng (ảnh hưởng từ thị trường thế giới)", false},
		{long + "ảnh hưởng lớn.", false},
	}
	for _, tt := range tests {
		if got := isCaption(tt.line, len(tt.line) < 200); got != tt.want {
			t.Errorf("isCaption(%.50q…) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestGluedArticles: two scrapes saved into one file come out as two
// articles with their own titles and dates; a body saved twice, as one.
func TestGluedArticles(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile("../testdata/articles/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	tests := []struct {
		files  []string
		titles []string
		dates  []string
	}{
		{[]string{"002_8057d95c7c3f133f", "004_74156a42bd74ad3a"},
			[]string{"Thủ tướng chủ trì hội nghị triển khai Đề án phát triển ứng dụng dữ liệu về dân cư", "Quyết tâm hoàn thành các nhiệm vụ chuyển đối số quốc gia"},
			[]string{"2022-01-18", "2024-11-22"}},
		{[]string{"000_3c41e08771b70f23", "004_74156a42bd74ad3a"},
			[]string{"Hội nghị toàn quốc sơ kết 6 tháng thực hiện Đề án 06", "Quyết tâm hoàn thành các nhiệm vụ chuyển đối số quốc gia"},
			[]string{"2022-08-10", "2024-11-22"}},
		{[]string{"003_cda5d139f3f754ff"}, // the body saved twice
			[]string{"Hội nghị đánh giá kết quả triển khai thực hiện Đề án 06 năm 2022"},
			[]string{"2022-12-25"}},
	}
	for _, tt := range tests {
		var raw []string
		for _, f := range tt.files {
			raw = append(raw, read(f))
		}
		as := CleanTextAll("glued", strings.Join(raw, "\n\n"))
		if len(as) != len(tt.titles) {
			t.Errorf("%v: %d articles, want %d", tt.files, len(as), len(tt.titles))
			continue
		}
		for i, a := range as {
			if a.Title != tt.titles[i] || a.PublishedISO() != tt.dates[i] {
				t.Errorf("%v article %d: %q %s, want %q %s", tt.files, i+1, a.Title, a.PublishedISO(), tt.titles[i], tt.dates[i])
			}
		}
		if len(as) == 2 {
			if as[1].Doc != "glued#a2" || strings.Contains(as[0].Text, "49/76 dịch vụ") || !strings.Contains(as[1].Text, "49/76 dịch vụ") {
				t.Errorf("%v: the second article's text is not its own", tt.files)
			}
		}
	}
}

// TestCleanTextBoilerplate cleans scrapes in several sites' layouts; an
// empty want field is not checked.
func TestCleanTextBoilerplate(t *testing.T) {
	tests := []struct{ name, raw, title, published, text, author string }{
		{"weekday date line, share prompt, tags, related list",
			"Giá vàng hôm nay tăng mạnh trở lại\nThứ Hai, 12/02/2024 - 08:30\nChia sẻ Facebook\nGiá vàng miếng SJC tăng 500.000 đồng/lượng trong phiên sáng nay, lên mức 78 triệu đồng/lượng.\nTừ khóa: giá vàng, SJC\nTin cùng chủ đề\nGiá vàng thế giới lập đỉnh mới\n12/02/2024 07:00 -\n",
			"", "2024-02-12", "Giá vàng miếng SJC tăng 500.000 đồng/lượng trong phiên sáng nay, lên mức 78 triệu đồng/lượng.", ""},
		{"a breadcrumb above the title is neither title nor body",
			"Trang chủ > Kinh tế > Tài chính\nGiá vàng hôm nay tăng mạnh\nThứ Hai, 12/05/2025 08:30 (GMT+7)\nGiá vàng miếng SJC tăng 1,2 triệu đồng so với hôm qua.\n",
			"Giá vàng hôm nay tăng mạnh", "2025-05-12", "Giá vàng miếng SJC tăng 1,2 triệu đồng so với hôm qua.", ""},
		{"a date line dates the article; 'Xem thêm:' opens a related list; 'Nguồn:' names the source",
			"Hà Nội: Hơn 2.000 hộ dân bị ảnh hưởng do mưa lớn\n14/07/2025 - 06:45\nMưa lớn khiến hơn 2.000 hộ dân bị ngập.\nPV\nXem thêm:\nDự báo thời tiết ngày 15/7: Bắc Bộ tiếp tục mưa to\n14/07/2025\nNguồn: Báo Pháp luật TP.HCM\n",
			"", "2025-07-14", "Mưa lớn khiến hơn 2.000 hộ dân bị ngập.", "Báo Pháp luật TP.HCM"},
		{"captions marked '(Ảnh minh họa)' and hashtag lines",
			"Xuất khẩu gạo tăng\nXuất khẩu gạo đạt 7,8 triệu tấn.\nCảng Cần Thơ bốc xếp gạo xuất khẩu (Ảnh minh họa)\n#xuất khẩu gạo #giá lúa\nGiá gạo hiện ở mức 370 USD/tấn.\n",
			"", "", "Xuất khẩu gạo đạt 7,8 triệu tấn.\nGiá gạo hiện ở mức 370 USD/tấn.", ""},
		{"a '›' breadcrumb, a date line before the title, related headlines ending in their dates, a video caption",
			"Thời sự › Giao thông\nThứ bảy, 15/11/2025, 08:30 (GMT+7)\nCao tốc thông xe thêm 3 dự án\nBa dự án dài 245 km được đưa vào khai thác.\nẢnh: Giang Huy\nTIN LIÊN QUAN\nKhởi công cao tốc Gia Nghĩa - Chơn Thành 12/11/2025\nĐề xuất nâng tốc độ trên cao tốc lên 120 km/h 10/11/2025\nĐoàn Loan\nChia sẻ\nVideo: Toàn cảnh cao tốc Vân Phong - Nha Trang\n",
			"Cao tốc thông xe thêm 3 dự án", "2025-11-15", "Ba dự án dài 245 km được đưa vào khai thác.", "Đoàn Loan"},
		{"a section name above the title; related headlines without dates; a ranked list's numbers",
			"Kinh doanh\nGiá xăng dầu hôm nay 20/11: Tiếp đà giảm\n20/11/2025 06:00\nGiá dầu Brent xuống 62,5 USD/thùng.\nNGỌC ANH\nBình luận (0)\nXem thêm\nGiá vàng hôm nay 20/11 tăng nhẹ\nGiá lúa gạo hôm nay 20/11 đi ngang\nĐọc nhiều\n1\nĐề xuất tăng lương tối thiểu vùng từ năm 2026\n2\nGiá vàng tăng mạnh\n",
			"Giá xăng dầu hôm nay 20/11: Tiếp đà giảm", "2025-11-20", "Giá dầu Brent xuống 62,5 USD/thùng.", "NGỌC ANH"},
	}
	for _, tt := range tests {
		a := CleanText("t", tt.raw)
		check := func(field, got, want string) {
			if want != "" && got != want {
				t.Errorf("%s: %s %q, want %q", tt.name, field, got, want)
			}
		}
		check("title", a.Title, tt.title)
		check("published", a.PublishedISO(), tt.published)
		check("text", a.Text, tt.text)
		check("author", a.Author, tt.author)
	}
}

// TestInferDate: an undated article's date from its title and text.
func TestInferDate(t *testing.T) {
	for _, c := range []struct{ title, text, want string }{
		// A year in the title, a day and month in the opening.
		{"Hơn 2.000 học sinh nhận học bổng năm 2025", "Sáng 15/9, thành phố trao 2.150 suất học bổng.", "2025-09-15"},
		// A full date in the title.
		{"Giá vàng hôm nay 20/11/2025: tăng mạnh", "Giá vàng miếng tăng 500.000 đồng.", "2025-11-20"},
		// A full date in the text, the opening's day close to it.
		{"Tiêu đề", "Chiều 21/11, hội nghị bế mạc.\nNgày 20/11/2025, hội nghị khai mạc.", "2025-11-21"},
		// A year only: a relative day has nothing to be read against.
		{"Kế hoạch năm 2024", "Hôm qua, tỉnh họp bàn.", "2024-07-01"},
		// A target year is no date.
		{"Tầm nhìn", "Tầm nhìn đến năm 2030, tỉnh có 5 khu công nghiệp.", ""},
		// The day of a later sentence of the opening, when the first names none.
		{"Báo cáo năm 2025", "Tỉnh có 5 khu công nghiệp. Sáng 3/10, hội nghị khai mạc.", "2025-10-03"},
		// Past the opening, a day is the story's, not the article's.
		{"Báo cáo năm 2025", strings.Repeat("Tỉnh có 5 khu công nghiệp và nhiều cụm công nghiệp. ", 16) + "Sáng 3/10, hội nghị khai mạc.", "2025-07-01"},
	} {
		got, _ := inferDate(c.title, c.text)
		s := ""
		if !got.IsZero() {
			s = got.Format("2006-01-02")
		}
		if s != c.want {
			t.Errorf("inferDate(%q, %q) = %q, want %q", c.title, c.text, s, c.want)
		}
	}
}

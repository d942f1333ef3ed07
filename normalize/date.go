package normalize

import (
	"fmt"
	"time"
)

// Location is where Vietnamese news dates are read: Asia/Ho_Chi_Minh,
// or a fixed UTC+7 zone when the system has no time zone database.
var Location = func() *time.Location {
	if l, err := time.LoadLocation("Asia/Ho_Chi_Minh"); err == nil {
		return l
	}
	return time.FixedZone("ICT", 7*3600)
}()

// ValidDate reports whether day d of month m exists in year y. A year of 0
// means "any year", so 29/2 is accepted.
func ValidDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 {
		return false
	}
	if y == 0 {
		y = 2000 // a leap year
	}
	return d <= daysIn(y, m)
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// NearestYear returns the year that puts day d of month m nearest to ref,
// before or after it: 31/12 read on 2 January is last year's.
func NearestYear(m, d int, ref time.Time) int {
	best, bestDiff := ref.Year(), time.Duration(1<<62)
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !ValidDate(y, m, d) {
			continue
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, ref.Location())
		diff := t.Sub(ref)
		if diff < 0 {
			diff = -diff
		}
		if diff < bestDiff {
			best, bestDiff = y, diff
		}
	}
	return best
}

// NearestMonthYear is NearestYear for a month named without a year.
func NearestMonthYear(m int, ref time.Time) int {
	y := ref.Year()
	switch diff := m - int(ref.Month()); {
	case diff > 6:
		y--
	case diff < -6:
		y++
	}
	return y
}

// ParseDate reads a date as Vietnamese news writes it: "9/8", "Sáng 9-8",
// "09/08/2022", "6-1-2022", "16.11.2021", "25 tháng 12 năm 2022", resolved
// against ref when the year is missing. It returns the first date's ISO
// value ("2022-08-09"). The caller says the text is a date, so a bare
// "9/8" reads as one, as it would after "ngày".
func ParseDate(s string, ref time.Time) (string, error) {
	for _, m := range Scan("ngày "+s, ref) {
		if m.Kind == KindDate || m.Kind == KindDateTime {
			return m.Date, nil
		}
	}
	return "", &NumError{"ParseDate", prefix(s), ErrSyntax}
}

func isoDay(y, m, d int) string    { return fmt.Sprintf("%04d-%02d-%02d", y, m, d) }
func isoMonth(y, m int) string     { return fmt.Sprintf("%04d-%02d", y, m) }
func isoYear(y int) string         { return fmt.Sprintf("%04d", y) }
func isoTime(h, mi int) string     { return fmt.Sprintf("%02d:%02d", h, mi) }
func isoQuarter(y, q int) string   { return fmt.Sprintf("%04d-Q%d", y, q) }
func isoHalf(y, h int) string      { return fmt.Sprintf("%04d-H%d", y, h) }
func isoWeek(y, w int) string      { return fmt.Sprintf("%04d-W%02d", y, w) }
func isoT(t time.Time) string      { return isoDay(t.Year(), int(t.Month()), t.Day()) }
func isoMonthT(t time.Time) string { return isoMonth(t.Year(), int(t.Month())) }

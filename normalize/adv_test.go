package normalize

import (
	"strings"
	"testing"
	"time"
)

// TestNoBlowup feeds the scanner long runs of the patterns it looks
// ahead or behind on. It guards against quadratic or exponential work (a
// hang on hostile input), not speed: the bound is generous.
func TestNoBlowup(t *testing.T) {
	for _, unit := range []string{"1 ", "0", "từ 1 ", "1-", "1/", "0 ", "thứ ", "ngày 1 ", "hai mươi ", "1.000.", "1,", "mười ", "1 triệu ", "a1", "-1", "12 giờ ", "từ 1 đồng ", "năm ", "1 tỷ 2 ", "A-1/"} {
		s := strings.Repeat(unit, 20000)
		st := time.Now()
		Scan(s, ref)
		if d := time.Since(st); d > 3*time.Second {
			t.Errorf("%q × 20000 took %v", unit, d)
		}
	}
}

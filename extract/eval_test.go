package extract

import (
	"os"
	"testing"
)

func loadGold(t *testing.T, path string) []GoldRecord {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := ReadGold(f, path)
	if err != nil {
		t.Fatal(err)
	}
	return g
}

// TestGold scores extraction on the hand-annotated gold splits and holds
// each kind to the targets: precision ≥ 0.95 and recall ≥ 0.90. The test
// split was annotated before the program ran on it and no rule was written
// from it; run "vnfacts eval -v" to read the misses.
func TestGold(t *testing.T) {
	for _, split := range []string{"dev", "train", "test", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28", "blind29", "blind30", "blind31", "blind32", "blind33", "blind34", "blind35", "blind36", "blind37", "blind38", "blind39", "blind40", "blind41", "blind42", "blind43", "blind44", "blind45", "blind46", "blind47", "blind48", "blind49", "blind50", "blind51", "blind52", "blind53", "blind54", "blind55", "blind56", "blind57", "blind58", "blind59", "blind60", "blind61", "blind62", "blind63", "blind64", "blind65", "blind66", "blind67", "blind68", "blind69", "blind70", "blind71", "blind72", "blind73", "blind74", "blind75", "blind76", "blind77", "blind78"} {
		t.Run(split, func(t *testing.T) {
			gold := loadGold(t, "../testdata/gold/"+split+".jsonl")
			if len(gold) < 20 {
				t.Fatalf("%s split has %d sentences", split, len(gold))
			}
			rep := Evaluate(gold)
			for kind, s := range rep.Kinds {
				t.Logf("%s %-8s precision %.3f recall %.3f (gold %d, found %d)", split, kind, s.Precision(), s.Recall(), s.Gold, s.Found)
				if s.Precision() < 0.95 || s.Recall() < 0.90 {
					t.Errorf("%s %s: precision %.3f recall %.3f, below 0.95/0.90", split, kind, s.Precision(), s.Recall())
				}
			}
			if q := ratio(rep.QualifierOK, rep.Matched); q < 0.95 {
				t.Errorf("qualifier accuracy %.3f", q)
			}
		})
	}
}

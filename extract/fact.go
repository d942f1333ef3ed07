// Package extract turns scraped pages into clean articles and articles
// into facts: figures with their unit, qualifier, date and sentence.
package extract

// Fact is one figure read from an article: the record every output format
// of vnfacts follows.
type Fact struct {
	ID          int64   `json:"id,omitempty"`
	Doc         string  `json:"doc"`
	Kind        string  `json:"kind"`
	Value       float64 `json:"value"`
	Denominator float64 `json:"denominator,omitempty"`
	Max         float64 `json:"max,omitempty"`
	Unit        string  `json:"unit"`
	Per         string  `json:"per,omitempty"`
	Qualifier   string  `json:"qualifier"`
	Change      string  `json:"change,omitempty"`
	AsOf        string  `json:"as_of,omitempty"`
	Text        string  `json:"text"`
	Start       int     `json:"start"`
	End         int     `json:"end"`
	Sentence    string  `json:"sentence"`
}

// Kinds of fact.
const (
	Ratio   = "ratio"
	Count   = "count"
	Percent = "percent"
	Money   = "money"
)

// Qualifiers say how the figure relates to the truth.
const (
	Exact    = "exact"
	Approx   = "approx"
	MoreThan = "more_than"
	LessThan = "less_than"
	AtLeast  = "at_least"
	AtMost   = "at_most"
)

// Changes say the figure is a change, not a level.
const (
	Increase = "increase"
	Decrease = "decrease"
)

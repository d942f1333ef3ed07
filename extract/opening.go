package extract

import (
	"slices"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/vnfacts/vnfacts/normalize"
)

// openingBytes is how much of an undated article's text its date guess
// reads: the first paragraph or two, which date the event when anything
// does ("Sáng 25/12, …").
const openingBytes = 700

// openingScans are the scans of an article's first sentences that its
// date guess made, kept for its facts: the guess and the facts read the
// same sentences, and scanning is most of the cost of either. A scan is
// used again only for the same span of the same text, and only if it did
// not read its reference date or that date is the facts' own.
type openingScans struct {
	scans []sentenceScan
	ref   time.Time // what every scan was read against
	next  int       // the first scan not yet asked for
	ms    []normalize.Mention
	toks  []normalize.Token
}

// openingPool keeps openingScans, and their grown slices, from article to
// article: every undated article makes one, which was a fifth of what
// cleaning and extraction allocated.
var openingPool = sync.Pool{New: func() any { return new(openingScans) }}

// release empties o into the pool. Its mentions and tokens hold strings
// of the article's text, which the pool must not keep alive.
func (o *openingScans) release() {
	if o == nil {
		return
	}
	clear(o.ms)
	clear(o.toks)
	o.scans, o.next, o.ms, o.toks = o.scans[:0], 0, o.ms[:0], o.toks[:0]
	openingPool.Put(o)
}

// sentenceScan is one kept scan: a sentence's span and what its mentions
// and tokens are in the shared slices.
type sentenceScan struct {
	span             Span
	readRef          bool
	msFrom, msTo     int
	toksFrom, toksTo int
}

func (o *openingScans) add(sp Span, readRef bool, ms []normalize.Mention, toks []normalize.Token) {
	o.scans = append(o.scans, sentenceScan{sp, readRef, len(o.ms), len(o.ms) + len(ms), len(o.toks), len(o.toks) + len(toks)})
	o.ms = append(o.ms, ms...)
	o.toks = append(o.toks, toks...)
}

// scan returns the kept scan of the sentence at sp read against ref.
// Sentences are asked for in order, and the kept ones are the first.
func (o *openingScans) scan(sp Span, ref time.Time) ([]normalize.Mention, []normalize.Token, bool) {
	if o == nil {
		return nil, nil, false
	}
	for o.next < len(o.scans) && o.scans[o.next].span.Start < sp.Start {
		o.next++
	}
	if o.next == len(o.scans) || o.scans[o.next].span != sp {
		return nil, nil, false
	}
	k := o.scans[o.next]
	// Equal instants in two zones can fall on two days.
	if k.readRef && !(o.ref.Equal(ref) && o.ref.Location() == ref.Location()) {
		return nil, nil, false
	}
	// Capped, so that whoever appends to them copies first.
	return o.ms[k.msFrom:k.msTo:k.msTo], o.toks[k.toksFrom:k.toksTo:k.toksTo], true
}

// openingDay reads the first day (a date with year, month and day) in the
// sentences of the opening of text against ref, scanning each sentence
// that may hold a figure in full and keeping the scan. Sentences are read
// in order up to the first that names a day.
func openingDay(text string, ref time.Time) (normalize.Mention, bool, *openingScans) {
	open := text
	if len(open) > openingBytes {
		open = open[:openingBytes]
		for len(open) > 0 && !utf8.RuneStart(text[len(open)]) {
			open = open[:len(open)-1]
		}
	}
	var kept *openingScans
	sc := scanners.Get().(*normalize.Scanner)
	defer scanners.Put(sc)
	for _, sp := range Sentences(open) {
		sent := open[sp.Start:sp.End]
		if cut := sp.End == len(open) && len(open) < len(text); cut || !mayHoldFigure(sent) {
			// Not worth keeping: a sentence cut short is not one the facts
			// read, and the facts of one without figures are never read.
			if m, ok := normalize.FirstDay(sent, ref); ok {
				return m, true, kept
			}
			continue
		}
		ms, toks := sc.Scan(sent, ref)
		if kept == nil {
			kept = openingPool.Get().(*openingScans)
			kept.ref = ref
		}
		kept.add(sp, sc.ReadRef(), ms, toks)
		if i := slices.IndexFunc(ms, normalize.IsDay); i >= 0 {
			return ms[i], true, kept
		}
	}
	return normalize.Mention{}, false, kept
}

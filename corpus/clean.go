package corpus

import (
	"errors"
	"net/url"
	"strings"

	"github.com/vnfacts/vnfacts/extract"
)

// Clean turns a document into its first article: HTML through the HTML
// cleaner, text through the text cleaner. The scraper's title and date
// are used where the page gives none.
func Clean(d Document) (extract.Article, error) {
	as, err := CleanAll(d)
	if err != nil {
		return extract.Article{}, err
	}
	return as[0], nil
}

// CleanAll turns a document into every article it holds: a text scrape
// may hold several glued together; the second is named source#a2.
func CleanAll(d Document) ([]extract.Article, error) {
	var as []extract.Article
	if d.Format == FormatHTML {
		a, err := extract.CleanHTML(d.Source, d.URL, d.Raw)
		if err != nil {
			return nil, &InputError{d.Source, err}
		}
		as = []extract.Article{a}
	} else {
		if d.Text != "" {
			as = extract.CleanNormalTextAll(d.Source, d.Text)
		} else {
			as = extract.CleanTextAll(d.Source, d.Raw)
		}
		for i := range as {
			as[i].URL = d.URL
			if u, err := url.Parse(d.URL); err == nil && u.Hostname() != "" {
				as[i].Site = strings.TrimPrefix(u.Hostname(), "www.")
			}
		}
	}
	// The scraper's date and title describe the page's first article.
	a := &as[0]
	if !d.Published.IsZero() {
		a.Published = d.Published
	} else if a.Published.IsZero() {
		a.Published = d.Fetched
	}
	if d.Title != "" && a.Title == "" {
		a.Title = d.Title
	}
	if strings.TrimSpace(a.Text) == "" {
		return nil, &InputError{d.Source, errors.New("no article text after cleaning")}
	}
	return as, nil
}

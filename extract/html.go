package extract

import (
	"encoding/json"
	"errors"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"

	"github.com/vnfacts/vnfacts/normalize"
)

// ErrNotArticle says a page holds no article: a section listing, a home
// page, an error page.
var ErrNotArticle = errors.New("not an article page")

// Templates of the big Vietnamese news sites: where the lead (sapo) and the
// body stand. They are tried first; a density search serves other sites.
// bylineClasses name a byline block by class: never body text, and the
// author when the metadata names none.
const bylineClasses = `author|byline|tacgia|tac-gia`

var (
	sapoSelectors = []string{
		`[data-slot="sapo"]`, `h2.detail-sapo`, `.detail-sapo`, `p.description`, `h2.content-detail-sapo`,
		`.singular-sapo`, `h2.sapo`, `.sapo_detail`, `.article__sapo`, `.cms-desc`, `.sapo`, `.article-sapo`, `.chapeau`, `.chappeau`, `.lead`, `.summary`,
	}
	bodySelectors = []string{
		`[data-slot="content"]`, `article.fck_detail`, `.fck_detail`, `.detail-content.afcbc-body`, `.detail-content`,
		`.maincontent`, `.singular-content`, `#mainContent`, `.detail-cmain`, `.article__body`, `.article-body`,
		`.cms-body`, `.art-body`, `.content-detail`, `.detail-body`, `.post-content`, `.entry-content`, `[itemprop="articleBody"]`, `.journal-content-article`,
	}
	reByline = regexp.MustCompile(`(?i)(^|[\s_-])(` + bylineClasses + `)([\s_-]|$)`)
	// Blocks that are never the article, by class or id words.
	reJunk = regexp.MustCompile(`(?i)(^|[\s_-])(comment|comments|binh-luan|related|relate|lienquan|lien-quan|tincungmuc|tin-cung|tinlienquan|share|social|breadcrumb|menu|navbar|nav|footer|header|sidebar|banner|advert|ads|qc|quangcao|tag|tags|keyword|recommend|most-view|xemnhieu|box-news|newsletter|popup|modal|` + bylineClasses + `|vote|rating|print|toolbar)([\s_-]|$)`)
	// Related-news boxes embedded in the body, named in camel case by some
	// CMSs: "VCObjectBoxRelatedNewsItemSapo".
	reRelatedBox = regexp.MustCompile(`(?i)related|relate[_-]|tinlienquan|tin-lien-quan|box-?tin|knswli|readmore|doc-them`)
	reSpaces     = regexp.MustCompile(`[ \t\r\n\x{00a0}]+`)
)

// CleanHTML reads an article page: title, date, site, author, the lead
// and every body paragraph; captions are kept with an "Ảnh: " mark.
// It returns ErrNotArticle for listing pages.
func CleanHTML(doc, pageURL, raw string) (Article, error) {
	a := Article{Doc: doc, URL: pageURL}
	root, err := html.ParseWithOptions(strings.NewReader(raw), html.ParseOptionEnableScripting(false))
	if err != nil {
		return a, err
	}
	d := goquery.NewDocumentFromNode(root)
	readMeta(d, &a)
	if a.Title == "" {
		// The <title> without the site name after " - " or " | ".
		t := strings.TrimSpace(d.Find("title").First().Text())
		for _, sep := range []string{" | ", " - "} {
			if i := strings.LastIndex(t, sep); i > 20 {
				t = t[:i]
			}
		}
		a.Title = t
	}
	a.Title = strings.TrimSpace(reSpaces.ReplaceAllString(a.Title, " "))
	metaDated := !a.Published.IsZero()
	ogType, _ := d.Find(`meta[property="og:type"]`).Attr("content")
	if a.Site == "" && pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			a.Site = strings.TrimPrefix(u.Hostname(), "www.")
		}
	}
	d.Find("script,style,noscript,iframe,svg,form,button,select,template,video,audio,canvas").Remove()
	if a.Published.IsZero() {
		// A date line outside the body: "Cập nhật: 12/06/2024 14:20".
		d.Find("div,span,p,time,li").EachWithBreak(func(_ int, s *goquery.Selection) bool {
			if s.Children().Length() > 0 {
				return true
			}
			if m := matchShort(reUpdated, strings.TrimSpace(s.Text())); m != nil {
				if t, ok := ParseDate(m[1] + m[2]); ok {
					a.Published = t
					return false
				}
			}
			return true
		})
	}

	var paras []string
	seen := map[string]bool{}
	add := func(s string) {
		s = strings.TrimSpace(reSpaces.ReplaceAllString(s, " "))
		if s == "" {
			return
		}
		k := normalize.Key(s)
		if seen[k] {
			return
		}
		seen[k] = true
		paras = append(paras, s)
	}
	if a.Title != "" {
		// The headline repeated inside the body container is not body.
		seen[normalize.Key(strings.Join(strings.Fields(a.Title), " "))] = true
	}
	for _, sel := range sapoSelectors {
		if s := d.Find(sel).First(); s.Length() > 0 {
			add(s.Text())
			break
		}
	}
	// The prose a body needs: a page that gives its publication date in
	// its metadata declares an article, which may be a short brief.
	minSelected, minDensest := 200, 250.0 // bytes of a template's paragraphs; runes of the densest block's
	if metaDated {
		minSelected, minDensest = 100, 125
	}
	var body *goquery.Selection
	for _, sel := range bodySelectors {
		if s := d.Find(sel); s.Length() > 0 {
			best := s.First()
			bestLen := 0
			s.Each(func(_ int, c *goquery.Selection) {
				if n := len(c.Find("p").Text()); n > bestLen {
					best, bestLen = c, n
				}
			})
			if bestLen > minSelected {
				body = best
				break
			}
		}
	}
	if body == nil {
		body = densest(d, minDensest)
	}
	if body == nil {
		return a, ErrNotArticle
	}
	body.Find("nav,aside,footer,header").Remove()
	body.Find("*").Each(func(_ int, s *goquery.Selection) {
		cls, _ := s.Attr("class")
		id, _ := s.Attr("id")
		if reJunk.MatchString(cls) || reJunk.MatchString(id) || reRelatedBox.MatchString(cls) {
			// A byline in the body names the author the metadata did not.
			if a.Author == "" && reByline.MatchString(cls) {
				a.Author = bylineName(strings.TrimSpace(reSpaces.ReplaceAllString(s.Text(), " ")))
			}
			s.Remove()
		}
	})
	bodyText, blocks, linkBlocks, titleLinks := 0, 0, 0, 0
	body.Find("a").Each(func(_ int, s *goquery.Selection) {
		if utf8.RuneCountInString(strings.TrimSpace(s.Text())) >= 25 {
			titleLinks++
		}
	})
	body.Find("p,li,h2,h3,h4").Each(func(_ int, s *goquery.Selection) {
		if strings.TrimSpace(s.Text()) == "" {
			return
		}
		blocks++
		if linkDensity(s) > 0.5 {
			linkBlocks++
		}
	})
	body.Find("p,h2,h3,h4,li,blockquote,figcaption,tr,.caption,.PhotoCMS_Caption,div").Each(func(_ int, s *goquery.Selection) {
		// Take the innermost block only.
		if s.Find("p,li,tr,figcaption").Length() > 0 && !s.Is("tr") {
			return
		}
		if s.Is("div") && (s.Find("p,div,li,table,h1,h2,h3,h4,figure").Length() > 0 || s.ParentsFiltered("figure,table,li,p").Length() > 0 || utf8.RuneCountInString(strings.TrimSpace(s.Text())) < 40) {
			return // a container, or a short label: not a paragraph
		}
		t := strings.TrimSpace(s.Text())
		if t == "" || linkDensity(s) > 0.6 {
			return
		}
		if s.Is("figcaption") || s.HasClass("caption") || s.HasClass("PhotoCMS_Caption") || s.ParentsFiltered("figure").Length() > 0 {
			t = "Ảnh: " + t
		} else if s.Is("tr") {
			var cells []string
			s.Find("td,th").Each(func(_ int, c *goquery.Selection) { cells = append(cells, strings.TrimSpace(c.Text())) })
			t = strings.Join(cells, " | ")
		} else {
			bodyText += utf8.RuneCountInString(t)
		}
		add(t)
	})
	// A listing page: little prose, or the blocks are mostly links, or it
	// says it is a website and carries no date. A page that declares an
	// article (og:type, a NewsArticle, a publication date, a date line)
	// may be short; one that does not must be rich in prose.
	// og:type alone is no evidence: listing pages of some sites claim it.
	evidence := metaDated || hasDateLine(paras) || !a.Published.IsZero()
	minText := 150
	if !evidence {
		minText = 600
	}
	if bodyText < minText || linkBlocks*2 > blocks || titleLinks >= 8 && titleLinks*2 >= blocks || !metaDated && strings.EqualFold(strings.TrimSpace(ogType), "website") {
		return a, ErrNotArticle
	}

	// A date line in the page ("Ngày đăng: 15/10/2024", "Cập nhật: ...")
	// is dropped from the text and read as the date.
	var kept []string
	for _, p := range paras {
		if m := matchShort(reUpdated, p); m != nil {
			if t, ok := ParseDate(m[1] + m[2]); ok && a.Published.IsZero() {
				a.Published = t
			}
			continue
		}
		kept = append(kept, p)
	}
	a.Text = normalize.Text(strings.Join(kept, "\n"))
	if a.Published.IsZero() {
		a.Published, a.opening = inferDate(a.Title, a.Text)
	}
	return a, nil
}

func hasDateLine(paras []string) bool {
	for _, p := range paras {
		if matchShort(reUpdated, p) != nil {
			return true
		}
	}
	return false
}

// bylineName is the name in a byline block's text ("Nguyên Minh -
// 07/03/2026 08:47" gives "Nguyên Minh"), or "" for a long text.
func bylineName(t string) string {
	if utf8.RuneCountInString(t) >= 60 {
		return ""
	}
	if i := strings.Index(t, " - "); i > 0 && strings.ContainsAny(t[i:], "0123456789") {
		t = t[:i]
	}
	return t
}

// densest finds the block with the most paragraph text that is not link
// text, if it has minScore runes of it: the fallback for sites without a
// template.
func densest(d *goquery.Document, minScore float64) *goquery.Selection {
	var best *goquery.Selection
	bestScore := 0.0
	d.Find("div,article,section,main,td").Each(func(_ int, s *goquery.Selection) {
		cls, _ := s.Attr("class")
		id, _ := s.Attr("id")
		if reJunk.MatchString(cls) || reJunk.MatchString(id) {
			return
		}
		score := 0.0
		s.ChildrenFiltered("p,h2,h3,ul,ol,blockquote,table,div").Each(func(_ int, c *goquery.Selection) {
			// A div counts when it holds paragraphs or is a paragraph itself.
			if c.Is("div") && c.ChildrenFiltered("p").Length() == 0 && c.Find("div,table,ul").Length() > 0 {
				return
			}
			t := strings.TrimSpace(c.Text())
			n := float64(utf8.RuneCountInString(t))
			if n < 40 {
				return
			}
			score += n * (1 - linkDensity(c))
		})
		if score > bestScore {
			best, bestScore = s, score
		}
	})
	if bestScore < minScore {
		return nil
	}
	return best
}

func linkDensity(s *goquery.Selection) float64 {
	all := len(strings.TrimSpace(s.Text()))
	if all == 0 {
		return 0
	}
	links := 0
	s.Find("a").Each(func(_ int, a *goquery.Selection) { links += len(strings.TrimSpace(a.Text())) })
	return float64(links) / float64(all)
}

// readMeta reads the title, date, site and author from meta tags and
// JSON-LD.
func readMeta(d *goquery.Document, a *Article) {
	meta := func(keys ...string) string {
		for _, k := range keys {
			for _, attr := range []string{"property", "name", "itemprop"} {
				if v, ok := d.Find(`meta[` + attr + `="` + k + `"]`).First().Attr("content"); ok && strings.TrimSpace(v) != "" {
					return strings.TrimSpace(v)
				}
			}
		}
		return ""
	}
	if h := strings.TrimSpace(d.Find("h1").First().Text()); h != "" {
		a.Title = h
	} else {
		a.Title = meta("og:title", "twitter:title")
	}
	if a.URL == "" {
		a.URL = meta("og:url")
		if a.URL == "" {
			a.URL, _ = d.Find(`link[rel="canonical"]`).Attr("href")
		}
	}
	a.Site = meta("og:site_name")
	a.Author = meta("author", "article:author", "dable:author")
	if t, ok := ParseDate(meta("article:published_time", "datePublished", "pubdate", "publishdate", "date", "dc.date.issued")); ok {
		a.Published = t
	}
	d.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return
		}
		walkLD(v, a)
	})
	if a.Published.IsZero() {
		if v, ok := d.Find("time[datetime]").First().Attr("datetime"); ok {
			if t, ok := ParseDate(v); ok {
				a.Published = t
			}
		}
	}
}

// walkLD takes datePublished and author from a NewsArticle in JSON-LD.
func walkLD(v any, a *Article) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			walkLD(e, a)
		}
	case map[string]any:
		if g, ok := x["@graph"]; ok {
			walkLD(g, a)
		}
		typ, _ := x["@type"].(string)
		if !strings.Contains(typ, "Article") && typ != "ReportageNewsArticle" {
			return
		}
		if s, ok := x["datePublished"].(string); ok && a.Published.IsZero() {
			if t, ok := ParseDate(s); ok {
				a.Published = t
			}
		}
		if a.Author == "" {
			switch au := x["author"].(type) {
			case map[string]any:
				a.Author, _ = au["name"].(string)
			case []any:
				if len(au) > 0 {
					if m, ok := au[0].(map[string]any); ok {
						a.Author, _ = m["name"].(string)
					}
				}
			case string:
				a.Author = au
			}
		}
	}
}

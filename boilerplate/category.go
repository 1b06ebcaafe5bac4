package boilerplate

// A Category names the kind of noise a removal belongs to. The set is fixed;
// rule files may only use these names.
type Category string

// The categories of the removal report.
const (
	Caption    Category = "caption"    // image or video caption, alt text doubled into the text
	Credit     Category = "credit"     // photo or media credit
	Related    Category = "related"    // links to other articles, teaser headlines
	Trending   Category = "trending"   // most-popular, trending and recommended widgets
	Comments   Category = "comments"   // comment sections and their widgets
	Header     Category = "header"     // page chrome before the article: weather, clock, date strip
	Navigation Category = "navigation" // breadcrumbs, menus, skip links, pagination
	Metadata   Category = "metadata"   // CMS fields left in the text: dates, reading time, tags
	Share      Category = "share"      // social share prompts
	Subscribe  Category = "subscribe"  // newsletter, subscription and paywall prompts
	Advert     Category = "advert"     // ad labels and sponsored blocks
	Legal      Category = "legal"      // cookie banners, copyright and terms footers
	Byline     Category = "byline"     // author lines and author bios
	Duplicate  Category = "duplicate"  // a repeat of text already kept
)

var categories = [...]Category{
	Caption, Credit, Related, Trending, Comments, Header, Navigation,
	Metadata, Share, Subscribe, Advert, Legal, Byline, Duplicate,
}

// Categories returns every category in a fixed order.
func Categories() []Category {
	out := make([]Category, len(categories))
	copy(out, categories[:])
	return out
}

// Valid reports whether c is one of the categories listed by Categories.
func (c Category) Valid() bool {
	for _, k := range categories {
		if c == k {
			return true
		}
	}
	return false
}

// categoryNames returns the names of the categories, for rule parsers.
func categoryNames() []string {
	out := make([]string, len(categories))
	for i, c := range categories {
		out[i] = string(c)
	}
	return out
}

// isPrompt reports whether rules of category c ask something of the
// reader: to subscribe, to share or follow, to buy or sponsor.
func isPrompt(c Category) bool { return c == Subscribe || c == Share || c == Advert }

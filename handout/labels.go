package handout

import "github.com/glosa-dev/glosa/glossary"

// Labels are the handout's own words, in the reader's language: the
// caller localizes them.
type Labels struct {
	Languages  string // the title block's languages
	Files      string // "Files"
	Date       string // "Date"
	Glossary   string // the appendix's heading
	Number     string // the concept number's column
	Note       string
	Count      string // the occurrences' column
	Admitted   string
	Deprecated string
	Forbidden  string
	// PageOf is a page's number in the PDF's header, "page 3 of 10";
	// nil writes "3 / 10".
	PageOf func(page, pages int) string
}

// status is the word a term's status carries in the appendix ("" for a
// preferred term, which is set in bold).
func (l Labels) status(t Term) string {
	switch t.Status {
	case glossary.Admitted:
		return l.Admitted
	case glossary.Deprecated:
		return l.Deprecated
	case glossary.Forbidden:
		return l.Forbidden
	}
	return ""
}

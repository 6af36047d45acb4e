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
	Index      string // the per-language index's heading
	Key        string // the cloze answer key's heading
	Exercise   string // the cloze exercise's instruction
	// PageOf numbers a page of a paged format: "page 2 of 7" (nil: "2/7").
	PageOf func(n, total int) string
}

// word is the word a term's status carries in the appendix ("" for a
// preferred term, which is set in bold).
func (l Labels) word(s glossary.Status) string {
	switch s {
	case glossary.Admitted:
		return l.Admitted
	case glossary.Deprecated:
		return l.Deprecated
	case glossary.Forbidden:
		return l.Forbidden
	}
	return ""
}

package glossary

import (
	"unicode"
)

// Status of a term within its concept.
type Status uint8

const (
	Preferred Status = iota
	Admitted
	Deprecated
	Forbidden
)

var statusNames = [...]string{"preferred", "admitted", "deprecated", "forbidden"}

func (s Status) String() string { return statusNames[s] }

// Approved reports whether the status is preferred or admitted.
func (s Status) Approved() bool { return s <= Admitted }

// CasePolicy says how letter case is compared when matching a concept's terms.
type CasePolicy uint8

const (
	CaseAuto CasePolicy = iota
	CaseSensitive
	CaseInsensitive
)

// MatchPolicy says whether terms match inflected forms.
type MatchPolicy uint8

const (
	MatchStem MatchPolicy = iota
	MatchExact
)

// Term is one designation of a concept in one language.
type Term struct {
	Text   string
	Lang   string // canonical BCP 47 tag
	Status Status
	// Form is set for an extra form from the concept's forms table; such a
	// term is reported as Canonical, the language's preferred term.
	Form      bool
	Canonical string
	// Sensitive is the resolved case policy: auto is sensitive for terms in
	// capitals (CPSU) or with a capital after the first letter (the West).
	Sensitive bool
	Line, Col int
	// Extra are the term's elements of another format, kept for it.
	Extra []Foreign
}

// A Foreign is an element of another format that glosa does not read,
// kept so that exporting to that format writes it back where it was.
type Foreign struct {
	Format string // the format's name, as registered: "tbx"
	// Lang is the language of a language-level element (a TBX langSec's),
	// canonical BCP 47; "" for one of the concept or of a term.
	Lang string
	// Raw is the element as the file wrote it, start tag to end tag.
	Raw string
	// Namespaces maps the prefixes Raw uses but does not declare to the
	// URIs the file bound them to, for a writer to declare them.
	Namespaces map[string]string
}

// Concept is one entry of a glossary: the same idea in several languages.
type Concept struct {
	ID     string
	Domain string
	Note   string
	Terms  []Term
	Case   CasePolicy
	Match  MatchPolicy
	File   string
	Line   int
	Col    int
	// Extra are the concept's elements of another format, kept for it:
	// the concept's own, and its language sections' (with their Lang).
	Extra []Foreign
}

// Terms returns the concept's terms in lang with the given statuses (all of
// them when none is given), forms excluded.
func (c *Concept) TermsIn(lang string, statuses ...Status) []Term {
	var out []Term
	for _, t := range c.Terms {
		if t.Lang != lang || t.Form {
			continue
		}
		if len(statuses) == 0 {
			out = append(out, t)
			continue
		}
		for _, s := range statuses {
			if t.Status == s {
				out = append(out, t)
				break
			}
		}
	}
	return out
}

// Preferred returns the concept's preferred term in lang.
func (c *Concept) Preferred(lang string) (Term, bool) {
	for _, t := range c.Terms {
		if t.Lang == lang && t.Status == Preferred && !t.Form {
			return t, true
		}
	}
	return Term{}, false
}

// Languages returns the languages the concept has approved terms in, in the
// order they first appear.
func (c *Concept) Languages() []string {
	var out []string
	seen := map[string]bool{}
	for _, t := range c.Terms {
		if t.Status.Approved() && !t.Form && !seen[t.Lang] {
			seen[t.Lang] = true
			out = append(out, t.Lang)
		}
	}
	return out
}

// Glossary is one or more glossary files loaded together.
type Glossary struct {
	Name      string   // from the first file that names itself
	Languages []string // display order: declared languages, then others as found
	Source    string   // default source language, if a file declares one
	Files     []string
	Concepts  []*Concept
	byID      map[string]*Concept
}

// Concept returns the concept with the given id.
func (g *Glossary) Concept(id string) (*Concept, bool) {
	c, ok := g.byID[id]
	return c, ok
}

// autoSensitive reports whether a term is case-sensitive under CaseAuto: it
// is written in capitals (at least two letters, none lower case) or has a
// capital after its first letter.
func autoSensitive(term string) bool {
	letters, upper, lower := 0, 0, 0
	upperAfterFirst := false
	for _, r := range term {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.IsUpper(r):
			upper++
			if letters > 1 {
				upperAfterFirst = true
			}
		case unicode.IsLower(r):
			lower++
		}
	}
	return upperAfterFirst || (upper >= 2 && lower == 0)
}

// CountForeign returns how many elements of the given format g's
// concepts and terms keep (see Foreign): what a writer of another
// format drops.
func (g *Glossary) CountForeign(format string) int {
	n := 0
	count := func(xs []Foreign) {
		for _, x := range xs {
			if x.Format == format {
				n++
			}
		}
	}
	for _, c := range g.Concepts {
		count(c.Extra)
		for _, t := range c.Terms {
			count(t.Extra)
		}
	}
	return n
}

package check

import (
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
	"github.com/glosa-dev/glosa/textnorm"
)

// TermForbidden reports forbidden terms, in any inflected form.
var TermForbidden = &Rule{
	ID:       "term-forbidden",
	DocID:    "RuleDocTermForbidden",
	Severity: Error,
	Run:      func(p *Pass) { statusRule(p, glossary.Forbidden, "RuleTermForbidden") },
}

// TermDeprecated reports deprecated terms, in any inflected form.
var TermDeprecated = &Rule{
	ID:       "term-deprecated",
	DocID:    "RuleDocTermDeprecated",
	Severity: Warning,
	Run:      func(p *Pass) { statusRule(p, glossary.Deprecated, "RuleTermDeprecated") },
}

func statusRule(p *Pass, st glossary.Status, msg string) {
	for _, m := range p.Matches {
		if m.Term.Status != st || m.Term.Form {
			continue
		}
		exp := approved(m.Concept, m.Term.Lang)
		p.Report(m.Start, m.End, Finding{MessageID: msg, Concept: m.Concept.ID, Expected: exp,
			Data: map[string]any{"Text": m.Text, "Term": m.Term.Text, "Concept": m.Concept.ID, "Expected": quoteAll(exp)}})
	}
}

// approved lists a concept's preferred and admitted terms in lang.
func approved(c *glossary.Concept, lang string) []string {
	var out []string
	for _, t := range c.TermsIn(lang, glossary.Preferred, glossary.Admitted) {
		out = append(out, t.Text)
	}
	return out
}

// TermUntranslated reports a glossary term of another language left in the
// document where the concept's own term differs ("The Thaw" in a Spanish
// text). Words written the same in both languages (names: Stalin) are not
// reported, nor text that is a term of the document's own language.
var TermUntranslated = &Rule{
	ID:       "term-untranslated",
	DocID:    "RuleDocTermUntranslated",
	Severity: Warning,
	Run:      termUntranslated,
}

func termUntranslated(p *Pass) {
	own := p.Doc.Lang
	f := textnorm.NewFolder()
	covered := make([]bool, len(p.Doc.Text)+1)
	for _, m := range p.Matches {
		for i := m.Start; i < m.End; i++ {
			covered[i] = true
		}
	}
	type spanConcept struct {
		start, end int
		c          *glossary.Concept
	}
	reported := map[spanConcept]bool{} // one finding when several languages share the term
	for _, lang := range p.Index.Languages() {
		if sameBase(lang, own) {
			continue
		}
	match:
		for _, m := range p.Index.Matcher(lang).Match(p.Doc.Text) {
			if !m.Term.Status.Approved() {
				continue
			}
			for i := m.Start; i < m.End; i++ {
				if covered[i] {
					continue match
				}
			}
			exp := approved(m.Concept, ownTag(m.Concept, own))
			if len(exp) == 0 {
				continue // the concept has no term in this language to offer
			}
			found := f.FoldPhrase(m.Text)
			for _, t := range m.Concept.Terms {
				if sameBase(t.Lang, own) && f.FoldPhrase(t.Text) == found {
					continue match // written the same in both languages
				}
			}
			if k := (spanConcept{m.Start, m.End, m.Concept}); reported[k] {
				continue
			} else {
				reported[k] = true
			}
			p.Report(m.Start, m.End, Finding{MessageID: "RuleTermUntranslated", Concept: m.Concept.ID, Expected: exp,
				Data: map[string]any{"Text": m.Text, "Lang": m.Term.Lang, "Concept": m.Concept.ID, "Expected": quoteAll(exp)}})
		}
	}
}

// ownTag is the tag of the concept's terms in the document's language.
func ownTag(c *glossary.Concept, lang string) string {
	for _, t := range c.Terms {
		if sameBase(t.Lang, lang) {
			return t.Lang
		}
	}
	return lang
}

func sameBase(a, b string) bool { return termmatch.BaseLanguage(a) == termmatch.BaseLanguage(b) }

// Punctuation reports doubled periods (two, not an ellipsis), white space
// before closing punctuation, and brackets that do not pair up within a
// paragraph.
var Punctuation = &Rule{
	ID:       "punctuation",
	DocID:    "RuleDocPunctuation",
	Severity: Warning,
	Run:      punctuation,
}

func punctuation(p *Pass) {
	text := p.Doc.Text
	var open []int // offsets of unclosed ( and [
	flush := func() {
		for _, o := range open {
			p.Report(o, o+1, Finding{MessageID: "RulePunctUnclosed", Data: map[string]any{"Mark": string(text[o])}})
		}
		open = open[:0]
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '.':
			if i+1 < len(text) && text[i+1] == '.' && (i == 0 || text[i-1] != '.') && (i+2 >= len(text) || text[i+2] != '.') {
				p.Report(i, i+2, Finding{MessageID: "RulePunctDoubled", Expected: []string{"."}, Data: map[string]any{"Mark": ".."}})
				i++
				continue
			}
		case '(', '[':
			open = append(open, i)
		case ')', ']':
			want := byte('(')
			if c == ']' {
				want = '['
			}
			if n := len(open); n > 0 && text[open[n-1]] == want {
				open = open[:n-1]
			} else {
				p.Report(i, i+1, Finding{MessageID: "RulePunctUnopened", Data: map[string]any{"Mark": string(c)}})
			}
		case '\n':
			if i+1 < len(text) && text[i+1] == '\n' {
				flush() // brackets pair up within a paragraph
			}
		}
		switch c {
		case ',', ';', ':', ')', ']', '!', '?', '.':
			if i > 0 && text[i-1] == ' ' && !(c == '.' && i+1 < len(text) && text[i+1] == '.') && i > 1 && text[i-2] != ' ' && text[i-2] != '\n' {
				p.Report(i-1, i+1, Finding{MessageID: "RulePunctSpace", Expected: []string{string(c)}, Data: map[string]any{"Mark": string(c)}})
			}
		}
	}
	flush()
}

package check

import (
	"bytes"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/lang"
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
	for i := range c.Terms { // c.TermsIn(lang, Preferred, Admitted), without copying the terms
		if t := &c.Terms[i]; t.Lang == lang && !t.Form && (t.Status == glossary.Preferred || t.Status == glossary.Admitted) {
			out = append(out, t.Text)
		}
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
	// covered reports whether [start, end) overlaps a term of the
	// document's own language (p.Matches: in order, not overlapping).
	covered := func(start, end int) bool {
		i := sort.Search(len(p.Matches), func(i int) bool { return p.Matches[i].End > start })
		return i < len(p.Matches) && p.Matches[i].Start < end
	}
	type spanConcept struct {
		start, end int
		c          *glossary.Concept
	}
	reported := map[spanConcept]bool{} // one finding when several languages share the term
	review := reviewSpans(p.Doc)       // units that need review are left out, as in p.Matches
	var toks []textnorm.Token          // the text's, tokenised once for every language
	for _, lang := range p.Index.Languages() {
		if sameBase(lang, own) {
			continue
		}
	match:
		for _, m := range p.Index.Matcher(lang).MatchTokens(p.Doc.Text, &toks) {
			if !m.Term.Status.Approved() || inSpans(review, m.Start) {
				continue
			}
			if covered(m.Start, m.End) {
				continue match
			}
			exp := approved(m.Concept, ownTag(m.Concept, own))
			if len(exp) == 0 {
				continue // the concept has no term in this language to offer
			}
			if inSpan(p.Doc, m.Start) || codeLike(p.Doc.Text, m.Start, m.End, m.Term.Text) {
				continue // a placeholder, a code span; --password, FILE, file:// are not left untranslated
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

func sameBase(a, b string) bool { return lang.Base(a) == lang.Base(b) }

// Punctuation reports doubled periods (two, not an ellipsis), white space
// before closing punctuation, and brackets and quotes that do not pair up
// within a paragraph (ended by a blank line, or by a line break in a text
// without blank lines, one paragraph per line): ( ) and [ ], « », “ ” (in
// Russian „ “ and „ ” as well), and
// straight double quotes, which pair with each other.
var Punctuation = &Rule{
	ID:       "punctuation",
	DocID:    "RuleDocPunctuation",
	Severity: Warning,
	Run:      punctuation,
}

// punctASCII marks the ASCII bytes punctuation looks at.
var punctASCII = func() (t [utf8.RuneSelf]bool) {
	for _, c := range ".,;:!?()[]\"\n" {
		t[c] = true
	}
	return t
}()

// closers maps each closing bracket to the one it closes; quotation marks
// pair by the language's profile.
var closers = map[rune]rune{')': '(', ']': '['}

// cited reports whether a bracket is named rather than used: alone between
// spaces ("Непарная ( или"), in quotes («)», `]]'), or opening a regular
// expression ("[^", "(?"). A closing bracket after a space still closes an
// open one ("( text )" is then a space before it).
func cited(c, prev, next rune, anyOpen bool) bool {
	switch {
	case strings.ContainsRune("«“„\"'`‘", prev) && strings.ContainsRune("»”“\"'’`", next):
		return true
	case c == '(' || c == '[':
		return next == utf8.RuneError || unicode.IsSpace(next) || strings.ContainsRune("^:.=?*+|\\'`»”,;)]", next)
	}
	return !anyOpen && (prev == utf8.RuneError || unicode.IsSpace(prev) || strings.ContainsRune("`)]", prev))
}

// endsClause reports whether the mark before next ends a clause, so that
// white space before it is a fault: it is followed by white space, the end,
// or a closing quote or bracket ("files .desktop", "a != b" are not).
func endsClause(next rune) bool {
	return next == utf8.RuneError || unicode.IsSpace(next) || strings.ContainsRune("\"'»”“’)].,;:!?", next)
}

// isRange reports whether the ".." at i is a range or a path: 1..10,
// 1..SECONDS, ../dir, PREFIX/...
func isRange(text []byte, i int) bool {
	before, _ := utf8.DecodeLastRune(text[:i])
	after, _ := utf8.DecodeRune(text[i+2:])
	return after == '/' || before == '/' || unicode.IsDigit(before) && (unicode.IsDigit(after) || unicode.IsLetter(after))
}

func isQuoteMark(r rune) bool { return strings.ContainsRune("\"«»“”„", r) }

// isBlankOrEdge reports whether r (a neighbour) is white space or the edge
// of the text.
func isBlankOrEdge(r rune) bool { return r == utf8.RuneError || unicode.IsSpace(r) }

// isOpener reports whether r opens a bracket or a quotation; “ also closes
// „ in Russian, which punctuation checks first.
func isOpener(r rune, prof *lang.Profile) bool {
	return r == '(' || r == '[' || prof.Opens(r)
}

func punctuation(p *Pass) {
	text := p.Doc.Text
	prof := lang.Of(p.Doc.Lang)
	type mark struct {
		off int
		r   rune
	}
	var open []mark // unclosed brackets and quotes
	// Paragraphs end at blank lines; in a text without any, one paragraph
	// per line.
	blankLines := bytes.Contains(text, []byte("\n\n"))
	citedOpen := map[rune]int{} // cited ( and [ that a bracket may still close
	flush := func() {
		clear(citedOpen)
		for _, o := range open {
			p.Report(o.off, o.off+utf8.RuneLen(o.r), Finding{MessageID: "RulePunctUnclosed", Data: map[string]any{"Mark": string(o.r)}})
		}
		open = open[:0]
	}
	for i := 0; i < len(text); {
		// Most bytes are letters: skip them without decoding.
		if b := text[i]; b < utf8.RuneSelf && !punctASCII[b] {
			i++
			continue
		} else if b >= 0xC0 && b != 0xC2 && b != 0xE2 { // « » are C2 xx; “ ” „ are E2 80 xx
			_, size := utf8.DecodeRune(text[i:])
			i += size
			continue
		}
		c, size := utf8.DecodeRune(text[i:])
		prev, _ := utf8.DecodeLastRune(text[:i])
		next, _ := utf8.DecodeRune(text[i+size:])
		citedMark := false
		switch {
		case c == '.':
			if i+1 < len(text) && text[i+1] == '.' && (i == 0 || text[i-1] != '.') && (i+2 >= len(text) || text[i+2] != '.') &&
				!isRange(text, i) {
				p.Report(i, i+2, Finding{MessageID: "RulePunctDoubled", Expected: []string{"."}, Data: map[string]any{"Mark": ".."}})
				i += 2
				continue
			}
		case isQuoteMark(c) && (isBlankOrEdge(prev) && isBlankOrEdge(next) ||
			strings.ContainsRune("«“„'`", prev) && strings.ContainsRune("»”“'`", next)):
			citedMark = true // a quote mark on its own, or quoted («"»), named
		case c == '"':
			if n := len(open); n > 0 && open[n-1].r == '"' {
				open = open[:n-1]
			} else {
				open = append(open, mark{i, c})
			}
		case c == '“' && len(open) > 0 && prof.Closes(open[len(open)-1].r, c):
			open = open[:len(open)-1] // „…“
		case (c == '(' || c == '[' || c == ')' || c == ']') && cited(c, prev, next, len(open) > 0):
			citedMark = true
			// A bracket named, not used: «)», `]]', "[^", "Непарная ( или";
			// an opening one may still be closed (waitpid(), [=WHEN]).
			if c == '(' || c == '[' {
				citedOpen[c]++
			}
		case isOpener(c, prof):
			open = append(open, mark{i, c})
		case closers[c] != 0 || prof.Openers(c) != nil:
			want := prof.Openers(c)
			if b := closers[c]; b != 0 {
				want = []rune{b}
			}
			if n := len(open); n > 0 && slices.Contains(want, open[n-1].r) {
				open = open[:n-1]
			} else if len(want) == 1 && citedOpen[want[0]] > 0 {
				citedOpen[want[0]]--
			} else if len(want) > 0 {
				p.Report(i, i+size, Finding{MessageID: "RulePunctUnopened", Data: map[string]any{"Mark": string(c)}})
			}
		case c == '\n':
			if !blankLines || i+1 < len(text) && text[i+1] == '\n' {
				flush() // brackets and quotes pair up within a paragraph
			}
		}
		switch c {
		case ',', ';', ':', ')', ']', '!', '?', '.':
			// White space before it, after something on the same line.
			k := i
			for k > 0 && text[k-1] == ' ' {
				k--
			}
			if k < i && k > 0 && text[k-1] != '\n' && !(c == '.' && i+1 < len(text) && text[i+1] == '.') && endsClause(next) && !citedMark {
				p.Report(k, i+1, Finding{MessageID: "RulePunctSpace", Expected: []string{string(c)}, Data: map[string]any{"Mark": string(c)}})
			}
		}
		i += size
	}
	flush()
}

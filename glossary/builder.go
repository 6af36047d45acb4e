package glossary

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/textnorm"
)

// A Pos is a place in a glossary file: 1-based line and column (in code
// points). The zero Pos is "no place": diagnostics then point at the
// concept.
type Pos struct{ Line, Col int }

// A ConceptInput is one concept as a reader (TOML, TBX, a spreadsheet)
// read it, before validation, each part with its place in File.
type ConceptInput struct {
	File string
	Pos  Pos // the concept's place
	// Index is the concept's place among its file's concepts (0-based),
	// to name a concept without an id ("#3").
	Index int
	// ID is the concept's id; HasID says the file gives one (an empty id
	// is then an error of its own).
	ID    string
	HasID bool
	// BadID says the reader found an id it could not read, and reported it.
	BadID bool
	IDPos Pos
	// Domain and Note are free text.
	Domain, Note string
	// Case is "", "auto", "sensitive" or "insensitive"; Match is "",
	// "stem" or "exact".
	Case, Match       string
	CasePos, MatchPos Pos
	Terms             []TermInput
	// Extra are elements of another format the reader keeps (see
	// Foreign); a language-level one's Lang is canonicalized.
	Extra []Foreign
}

// A TermInput is one term of a ConceptInput.
type TermInput struct {
	Lang    string // a BCP 47 tag as written; the builder canonicalizes it
	LangPos Pos
	Text    string
	Pos     Pos
	Status  Status
	// Form: an inflected form of the language's preferred term, matched
	// and reported as that term.
	Form bool
	// Extra are the term's elements of another format (not for a form).
	Extra []Foreign
}

// A Builder makes a Glossary from concepts read from any format, through
// the same checks: ids present and unique, known case and match policies,
// language tags, terms with words, forms with a preferred term, a term
// listed twice or with two statuses in one concept (errors), an approved
// term shared by two concepts (a warning). Readers report their own
// problems (syntax, types) with Report.
type Builder struct {
	g      *Glossary
	diags  diag.List
	ids    map[string]*Concept
	terms  map[termKey]termRef // approved terms, for "same term in two concepts"
	folder *textnorm.Folder
	langs  map[string]bool
	tags   map[string]string // language keys as written -> canonical tags
	toks   []textnorm.Token
	seen   []seenTerm
}

// NewBuilder returns an empty builder.
func NewBuilder() *Builder {
	return &Builder{
		g:      &Glossary{byID: map[string]*Concept{}},
		ids:    map[string]*Concept{},
		terms:  map[termKey]termRef{},
		folder: textnorm.NewFolder(),
		langs:  map[string]bool{},
		tags:   map[string]string{},
	}
}

// reserve makes room for n more concepts (of about three approved terms
// each) while the builder is still empty, so that its maps are not
// rehashed as they grow.
func (b *Builder) reserve(n int) {
	if len(b.ids) > 0 || n < 1024 {
		return
	}
	b.ids = make(map[string]*Concept, n)
	b.g.byID = make(map[string]*Concept, n)
	b.terms = make(map[termKey]termRef, 3*n)
	b.g.Concepts = slices.Grow(b.g.Concepts, n)
}

// Report records a reader's diagnostic.
func (b *Builder) Report(d diag.Diagnostic) { b.diags = append(b.diags, d) }

// File records a file read into the glossary.
func (b *Builder) File(name string) { b.g.Files = append(b.g.Files, name) }

// Name sets the glossary's name, unless a file set it before.
func (b *Builder) Name(name string) {
	if b.g.Name == "" {
		b.g.Name = name
	}
}

// Source sets the glossary's source language, unless a file set it
// before; a bad tag is an error at pos.
func (b *Builder) Source(file string, pos Pos, tag string) {
	if t, ok := b.Lang(file, pos, tag); ok && b.g.Source == "" {
		b.g.Source = t
	}
}

// Language adds a language to the glossary's list.
func (b *Builder) Language(file string, pos Pos, tag string) {
	if t, ok := b.Lang(file, pos, tag); ok {
		b.addLang(t)
	}
}

func (b *Builder) addLang(t string) {
	if !b.langs[t] {
		b.langs[t] = true
		b.g.Languages = append(b.g.Languages, t)
	}
}

// Lang parses a BCP 47 tag and returns its canonical form; a bad one is an
// error at pos.
func (b *Builder) Lang(file string, pos Pos, s string) (string, bool) {
	if tag, ok := b.tags[s]; ok {
		return tag, true
	}
	tag, err := language.Parse(s)
	if err != nil || s == "" {
		b.errorf(file, pos, "GlossaryBadLanguage", map[string]any{"Tag": s})
		return "", false
	}
	b.tags[s] = tag.String()
	return tag.String(), true
}

func (b *Builder) errorf(file string, pos Pos, id string, data map[string]any) {
	b.diags = append(b.diags, diag.Diagnostic{File: file, Line: pos.Line, Col: pos.Col, Severity: diag.Error, ID: id, Data: data})
}

// Add validates a concept and adds it; it returns the concept as added
// (with the terms that passed), or nil when it has no valid term.
func (b *Builder) Add(in ConceptInput) *Concept {
	at := func(p Pos) Pos {
		if p.Line == 0 {
			return in.Pos
		}
		return p
	}
	c := &Concept{File: in.File, Line: in.Pos.Line, Col: in.Pos.Col, Domain: in.Domain, Note: in.Note}
	id := strings.TrimSpace(in.ID)
	c.ID = id
	label := id
	if label == "" {
		label = fmt.Sprintf("#%d", in.Index+1)
	}
	switch {
	case in.BadID:
	case !in.HasID:
		b.errorf(in.File, in.Pos, "GlossaryMissingID", nil)
	case id == "":
		b.errorf(in.File, at(in.IDPos), "GlossaryEmptyID", nil)
	default:
		if prev, dup := b.ids[id]; dup {
			b.errorf(in.File, at(in.IDPos), "GlossaryDuplicateID", map[string]any{"ID": id,
				"Other": fmt.Sprintf("%s:%d:%d", prev.File, prev.Line, prev.Col)})
		} else {
			b.ids[id] = c
		}
	}
	switch in.Case {
	case "", "auto":
	case "sensitive":
		c.Case = CaseSensitive
	case "insensitive":
		c.Case = CaseInsensitive
	default:
		b.errorf(in.File, at(in.CasePos), "GlossaryBadCase", map[string]any{"Value": in.Case})
	}
	switch in.Match {
	case "", "stem":
	case "exact":
		c.Match = MatchExact
	default:
		b.errorf(in.File, at(in.MatchPos), "GlossaryBadMatch", map[string]any{"Value": in.Match})
	}
	for _, x := range in.Extra {
		// A bad tag is reported at the section's terms.
		if tag, err := language.Parse(x.Lang); err == nil && x.Lang != "" {
			x.Lang = tag.String()
		}
		c.Extra = append(c.Extra, x)
	}
	if len(in.Terms) > 0 {
		c.Terms = make([]Term, 0, len(in.Terms))
	}
	var forms []TermInput
	for _, t := range in.Terms {
		lang, ok := b.Lang(in.File, at(t.LangPos), t.Lang)
		if !ok {
			continue
		}
		t.Lang = lang
		if t.Form {
			forms = append(forms, t)
			continue
		}
		if !b.checkText(in.File, at(t.Pos), t.Text, lang, label) {
			continue
		}
		p := at(t.Pos)
		c.Terms = append(c.Terms, Term{Text: t.Text, Lang: lang, Status: t.Status, Canonical: t.Text,
			Sensitive: c.sensitive(t.Text), Line: p.Line, Col: p.Col, Extra: t.Extra})
	}
	reported := map[string]bool{}
	for _, t := range forms {
		pref, ok := c.Preferred(t.Lang)
		if !ok {
			if !reported[t.Lang] {
				reported[t.Lang] = true
				b.errorf(in.File, at(t.LangPos), "GlossaryFormsWithoutTerm", map[string]any{"Lang": t.Lang, "Concept": label})
			}
			continue
		}
		if !b.checkText(in.File, at(t.Pos), t.Text, t.Lang, label) {
			continue
		}
		p := at(t.Pos)
		c.Terms = append(c.Terms, Term{Text: t.Text, Lang: t.Lang, Status: pref.Status, Form: true, Canonical: pref.Text,
			Sensitive: c.sensitive(pref.Text), Line: p.Line, Col: p.Col})
	}
	if len(c.Terms) == 0 {
		c.Terms = nil
	}
	langs := c.Languages()
	if len(langs) == 0 {
		b.errorf(in.File, in.Pos, "GlossaryNoTerms", map[string]any{"Concept": label})
	}
	b.checkConflicts(c, label)
	if id != "" && b.g.byID[id] == nil {
		b.g.byID[id] = c
	}
	for _, l := range langs {
		b.addLang(l)
	}
	b.g.Concepts = append(b.g.Concepts, c)
	return c
}

// Finish returns the glossary and every diagnostic, sorted by file and
// position; the glossary is nil when there is at least one error.
func (b *Builder) Finish() (*Glossary, diag.List) {
	b.diags.Sort()
	if b.diags.Errors() > 0 {
		return nil, b.diags
	}
	return b.g, b.diags
}

// checkText reports an empty term or one without words.
func (b *Builder) checkText(file string, pos Pos, text, lang, concept string) bool {
	if strings.TrimSpace(text) == "" {
		b.errorf(file, pos, "GlossaryEmptyTerm", map[string]any{"Key": lang, "Concept": concept})
		return false
	}
	if b.toks = textnorm.Tokenize(b.toks[:0], []byte(text)); len(b.toks) == 0 {
		b.errorf(file, pos, "GlossaryNoWords", map[string]any{"Term": text, "Concept": concept})
		return false
	}
	return true
}

// checkConflicts reports a term listed twice in one concept (error: both
// approved and deprecated or forbidden, or a plain repetition) and an
// approved term that another concept also has (warning).
func (b *Builder) checkConflicts(c *Concept, label string) {
	seen := b.seen[:0] // a concept has few terms: a slice beats a map
outer:
	for _, t := range c.Terms {
		if t.Form {
			continue
		}
		k := termKey{t.Lang, b.folder.FoldPhrase(t.Text)}
		for _, p := range seen {
			if p.k != k {
				continue
			}
			prev := p.t
			id := "GlossaryDuplicateTerm"
			if prev.Status.Approved() != t.Status.Approved() || prev.Status != t.Status && !prev.Status.Approved() {
				id = "GlossaryConflictingStatus"
			}
			b.diags = append(b.diags, diag.Diagnostic{File: c.File, Line: t.Line, Col: t.Col, Severity: diag.Error, ID: id,
				Data: map[string]any{"Term": t.Text, "Lang": t.Lang, "Concept": label,
					"Status": prev.Status.String(), "Other": t.Status.String()}})
			continue outer
		}
		seen = append(seen, seenTerm{k, t})
	}
	b.seen = seen
	for _, p := range seen {
		k, t := p.k, p.t
		if !t.Status.Approved() {
			continue
		}
		if prev, ok := b.terms[k]; ok && prev.concept != c {
			b.diags = append(b.diags, diag.Diagnostic{File: c.File, Line: t.Line, Col: t.Col, Severity: diag.Warning,
				ID: "GlossaryTermInTwoConcepts", Data: map[string]any{"Term": t.Text, "Lang": t.Lang,
					"Concept": label, "Other": prev.concept.ID,
					"Where": fmt.Sprintf("%s:%d:%d", prev.file, prev.line, prev.col)}})
			continue
		}
		b.terms[k] = termRef{concept: c, file: c.File, line: t.Line, col: t.Col}
	}
}

package edit

import (
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/tomlpos"
)

// A Term is a term to write: its language (a BCP 47 tag), its text and
// its status.
type Term struct {
	Lang   string
	Text   string
	Status glossary.Status
}

// A Concept is a concept for Add.
type Concept struct {
	ID, Domain, Note string
	// Terms in the order they are written within a language: the first
	// approved term of a language is its preferred one.
	Terms []Term
}

// A Change is what Set changes in a concept. Each language's approved
// terms replace the value of its key (the first becomes the preferred
// term), its deprecated and forbidden terms the value of deprecated or
// forbidden for that language; a nil Note or Domain is left as it is.
type Change struct {
	Terms        []Term
	Note, Domain *string
}

// fields are a concept's keys that are not languages.
var fields = map[string]bool{
	"id": true, "domain": true, "note": true, "deprecated": true,
	"forbidden": true, "forms": true, "case": true, "match": true,
}

func isConcept(t table) bool {
	return t.array && len(t.name) == 1 && t.name[0] == "concept"
}

// canon is a language key's canonical tag, or the key when it is none.
func canon(k string) string {
	if t, err := language.Parse(k); err == nil {
		return t.String()
	}
	return k
}

// Add returns src, a glossary file named name, with c appended as a new
// [[concept]] in the file's style. The result is validated as a glossary:
// when it has an error, or c's id exists, or src itself does not
// validate, Add returns nil and the errors. Otherwise the list holds the
// warnings about the new concept. The bytes of src are kept as they are:
// the result starts with them.
func Add(name string, src []byte, c Concept) ([]byte, diag.List) {
	g, diags := glossary.Parse(name, src)
	if g == nil {
		return nil, diags
	}
	id := strings.TrimSpace(c.ID)
	if prev, ok := g.Concept(id); ok && id != "" {
		return nil, diag.List{{File: name, Line: prev.Line, Col: prev.Col, Severity: diag.Error,
			ID: "GlossaryEditIDExists", Data: map[string]any{"ID": id}}}
	}
	s := string(src)
	st := styleOf(scan(s), -1)
	var b strings.Builder
	b.WriteString(s)
	if s != "" && !strings.HasSuffix(s, "\n") {
		b.WriteString(st.nl)
	}
	if cur := b.String(); cur != "" && st.blankLine && !strings.HasSuffix(cur, "\n\n") && !strings.HasSuffix(cur, "\n\r\n") {
		b.WriteString(st.nl)
	}
	start := b.Len()
	line := func(key, value string) {
		b.WriteString(st.indent + key + st.eq + value + st.nl)
	}
	b.WriteString("[[concept]]" + st.nl)
	line("id", quote(c.ID, st.literal))
	if c.Domain != "" {
		line("domain", quote(c.Domain, st.literal))
	}
	if c.Note != "" {
		line("note", quote(c.Note, st.literal))
	}
	groups := group(c.Terms, g.Languages)
	for _, gr := range groups {
		if len(gr.approved) > 0 {
			line(bareKey(canon(gr.lang)), terms(gr.approved, st.arrays, st.literal))
		}
	}
	for _, kind := range []string{"deprecated", "forbidden"} {
		var parts []string
		for _, gr := range groups {
			if texts := gr.other(kind); len(texts) > 0 {
				parts = append(parts, bareKey(canon(gr.lang))+st.eq+terms(texts, st.innerArrays, st.literal))
			}
		}
		if len(parts) > 0 {
			line(kind, st.braces(strings.Join(parts, ", ")))
		}
	}
	out := b.String()
	return validate(name, out, start, len(out))
}

// braces writes { pairs }.
func (st style) braces(pairs string) string {
	if st.braceSpace {
		return "{ " + pairs + " }"
	}
	return "{" + pairs + "}"
}

// langTerms are the terms of one language, by status.
type langTerms struct {
	lang                  string
	approved              []string
	deprecated, forbidden []string
}

func (l langTerms) other(kind string) []string {
	if kind == "deprecated" {
		return l.deprecated
	}
	return l.forbidden
}

// group sorts terms by language: the languages of order first (the
// glossary's), then the others as they come; within a language, preferred
// terms before admitted ones.
func group(ts []Term, order []string) []langTerms {
	var out []langTerms
	at := map[string]int{}
	for _, t := range ts {
		c := canon(t.Lang)
		i, ok := at[c]
		if !ok {
			i = len(out)
			at[c] = i
			out = append(out, langTerms{lang: t.Lang})
		}
		switch t.Status {
		case glossary.Deprecated:
			out[i].deprecated = append(out[i].deprecated, t.Text)
		case glossary.Forbidden:
			out[i].forbidden = append(out[i].forbidden, t.Text)
		}
	}
	for _, st := range []glossary.Status{glossary.Preferred, glossary.Admitted} {
		for _, t := range ts {
			if t.Status == st {
				i := at[canon(t.Lang)]
				out[i].approved = append(out[i].approved, t.Text)
			}
		}
	}
	rank := func(l langTerms) int {
		if i := slices.Index(order, canon(l.lang)); i >= 0 {
			return i
		}
		return len(order)
	}
	slices.SortStableFunc(out, func(a, b langTerms) int { return rank(a) - rank(b) })
	return out
}

// validate parses out, the edited file, and returns it with the warnings
// that fall in [lo, hi), the edited concept; or nil and the errors.
func validate(name, out string, lo, hi int) ([]byte, diag.List) {
	g, diags := glossary.Parse(name, []byte(out))
	if g == nil {
		return nil, diags
	}
	first, _ := tomlpos.Position([]byte(out), lo)
	last, _ := tomlpos.Position([]byte(out), max(lo, hi-1))
	var kept diag.List
	for _, d := range diags {
		if d.Line >= first && d.Line <= last {
			kept = append(kept, d)
		}
	}
	return []byte(out), kept
}

// Set returns src, a glossary file named name, with the concept id changed
// as ch says: the value bytes of an existing key are replaced, a missing
// key is added at the end of the concept's table (before its sub-tables),
// and nothing else changes: comments, blank lines, key order, the quoting
// of other keys and every byte outside the concept are kept. The result is
// validated as Add's is; Set returns nil and the errors when it does not
// validate, when src does not, or when it has no concept id.
func Set(name string, src []byte, id string, ch Change) ([]byte, diag.List) {
	g, diags := glossary.Parse(name, src)
	if g == nil {
		return nil, diags
	}
	c, ok := g.Concept(id)
	if !ok {
		return nil, diag.List{{File: name, Severity: diag.Error, ID: "GlossaryEditNoConcept", Data: map[string]any{"ID": id}}}
	}
	idx := slices.Index(g.Concepts, c)
	e := &editor{src: string(src), idx: idx}
	e.st = styleOf(scan(e.src), idx)
	if e.span() == nil {
		return nil, diag.List{{File: name, Severity: diag.Error, ID: "GlossaryEditLayout", Data: map[string]any{"ID": id}}}
	}
	for _, gr := range group(ch.Terms, nil) {
		lang := canon(gr.lang)
		if len(gr.approved) > 0 {
			e.setMain(func(k string) bool { return !fields[k] && canon(k) == lang }, bareKey(canon(gr.lang)), gr.approved, true)
		}
		for _, kind := range []string{"deprecated", "forbidden"} {
			if texts := gr.other(kind); len(texts) > 0 {
				e.setSub(kind, gr.lang, texts)
			}
		}
	}
	if ch.Domain != nil {
		e.setMain(func(k string) bool { return k == "domain" }, "domain", []string{*ch.Domain}, false)
	}
	if ch.Note != nil {
		e.setMain(func(k string) bool { return k == "note" }, "note", []string{*ch.Note}, false)
	}
	sp := e.span()
	return validate(name, e.src, sp[0], sp[1])
}

// editor makes one change after another to a concept of a file.
type editor struct {
	src string
	idx int // the concept's index among the file's [[concept]] tables
	d   *doc
	st  style // the file's, as it was before the first change
}

// span rescans the file and returns the concept's tables (its
// [[concept]] table first, then its sub-tables) and byte range; nil when
// the file does not have that many [[concept]] tables.
func (e *editor) span() []int {
	e.d = scan(e.src)
	n := -1
	for i, t := range e.d.tables {
		if isConcept(t) {
			n++
		}
		if n == e.idx {
			j := i + 1
			for j < len(e.d.tables) && isSub(e.d.tables[j]) {
				j++
			}
			return []int{e.d.tables[i].start, e.d.tables[j-1].end, i, j}
		}
	}
	return nil
}

// isSub reports whether t is a sub-table of the concept before it.
func isSub(t table) bool {
	return len(t.name) > 1 && t.name[0] == "concept"
}

func (e *editor) replace(lo, hi int, with string) {
	e.src = e.src[:lo] + with + e.src[hi:]
}

// insertAfter inserts line after kv's line, or at the start of t's body
// when kv is nil, indented as kv is.
func (e *editor) insertAfter(t table, kv *keyVal, line string) {
	pos, indent := t.body, e.st.indent
	if kv != nil {
		pos = kv.lineEnd
		ls := strings.LastIndexByte(e.src[:kv.start], '\n') + 1
		if in := e.src[ls:kv.start]; strings.Trim(in, " \t") == "" {
			indent = in
		}
	}
	prefix := ""
	if pos > 0 && e.src[pos-1] != '\n' {
		prefix = e.st.nl
	}
	e.replace(pos, pos, prefix+indent+line+e.st.nl)
}

func lastKV(t table) *keyVal {
	if len(t.kvs) == 0 {
		return nil
	}
	return &t.kvs[len(t.kvs)-1]
}

// encode writes texts as the value replacing old (nil: a new value),
// in old's style or else the file's.
func (e *editor) encode(old *keyVal, texts []string, list, inner bool) string {
	literal, asArray := e.st.literal, e.st.arrays
	if inner {
		asArray = e.st.innerArrays
	}
	if old != nil {
		if old.kind == stringValue || old.kind == arrayValue && old.elems > 0 {
			literal = old.literal
		}
		asArray = old.kind == arrayValue
	}
	if !list {
		return quote(texts[0], literal)
	}
	return terms(texts, asArray, literal)
}

// setMain sets the key of the concept's own table that match accepts,
// adding key when there is none.
func (e *editor) setMain(match func(string) bool, key string, texts []string, list bool) {
	sp := e.span()
	t := e.d.tables[sp[2]]
	for _, kv := range t.kvs {
		if len(kv.key) == 1 && match(kv.key[0]) {
			e.replace(kv.vstart, kv.vend, e.encode(&kv, texts, list, false))
			return
		}
	}
	e.insertAfter(t, lastKV(t), key+e.st.eq+e.encode(nil, texts, list, false))
}

// setSub sets lang in the concept's table kind (deprecated, forbidden),
// however it is written: an inline table, dotted keys, a sub-table.
func (e *editor) setSub(kind, lang string, texts []string) {
	sp := e.span()
	t := e.d.tables[sp[2]]
	c := canon(lang)
	var dotted *keyVal
	for i, kv := range t.kvs {
		switch {
		case len(kv.key) == 1 && kv.key[0] == kind && kv.kind == inlineValue:
			for _, in := range kv.inner {
				if len(in.key) == 1 && canon(in.key[0]) == c {
					e.replace(in.vstart, in.vend, e.encode(&in, texts, true, true))
					return
				}
			}
			pair := bareKey(c) + e.st.eq + e.encode(nil, texts, true, true)
			if n := len(kv.inner); n > 0 {
				at := kv.inner[n-1].vend
				e.replace(at, at, ", "+pair)
			} else {
				e.replace(kv.vstart, kv.vend, e.st.braces(pair))
			}
			return
		case len(kv.key) == 2 && kv.key[0] == kind:
			if canon(kv.key[1]) == c {
				e.replace(kv.vstart, kv.vend, e.encode(&kv, texts, true, true))
				return
			}
			dotted = &t.kvs[i]
		}
	}
	for _, sub := range e.d.tables[sp[2]+1 : sp[3]] {
		if len(sub.name) != 2 || sub.name[1] != kind || sub.array {
			continue
		}
		for _, kv := range sub.kvs {
			if len(kv.key) == 1 && canon(kv.key[0]) == c {
				e.replace(kv.vstart, kv.vend, e.encode(&kv, texts, true, true))
				return
			}
		}
		e.insertAfter(sub, lastKV(sub), bareKey(c)+e.st.eq+e.encode(nil, texts, true, true))
		return
	}
	if dotted != nil {
		e.insertAfter(t, dotted, kind+"."+bareKey(c)+e.st.eq+e.encode(nil, texts, true, true))
		return
	}
	e.insertAfter(t, lastKV(t), kind+e.st.eq+e.st.braces(bareKey(c)+e.st.eq+e.encode(nil, texts, true, true)))
}

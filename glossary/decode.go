package glossary

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/internal/tomlpos"
	"github.com/glosa-dev/glosa/textnorm"
)

// Load reads and validates glossary files. Concept ids must be unique across
// all of them. The returned list holds every problem found, errors and
// warnings, sorted by file and position; the glossary is nil when there is
// at least one error.
func Load(paths ...string) (*Glossary, diag.List) {
	b := newBuilder()
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.diags = append(b.diags, diag.Diagnostic{File: p, Line: 1, Col: 1, Severity: diag.Error, ID: "GlossaryRead",
				Data: map[string]any{"Err": unwrapPathError(err)}})
			continue
		}
		b.add(p, src)
	}
	return b.finish()
}

// Parse validates one glossary file's contents; name is used in diagnostics.
func Parse(name string, src []byte) (*Glossary, diag.List) {
	b := newBuilder()
	b.add(name, src)
	return b.finish()
}

func unwrapPathError(err error) string {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// termKey identifies a term for duplicate detection: language and folded text.
type termKey struct{ lang, text string }

type termRef struct {
	concept *Concept
	file    string
	line    int
	col     int
}

type builder struct {
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

type seenTerm struct {
	k termKey
	t Term
}

func newBuilder() *builder {
	return &builder{
		g:      &Glossary{byID: map[string]*Concept{}},
		ids:    map[string]*Concept{},
		terms:  map[termKey]termRef{},
		folder: textnorm.NewFolder(),
		langs:  map[string]bool{},
		tags:   map[string]string{},
	}
}

func (b *builder) finish() (*Glossary, diag.List) {
	b.diags.Sort()
	if b.diags.Errors() > 0 {
		return nil, b.diags
	}
	return b.g, b.diags
}

// fileCtx is one file being decoded.
type fileCtx struct {
	b    *builder
	name string
	loc  *tomlpos.Locator
}

func (f *fileCtx) report(sev diag.Severity, path, id string, data map[string]any) {
	line, col := 1, 1
	if f.loc != nil {
		if off, ok := f.loc.Lookup(path); ok {
			line, col = f.loc.At(off)
		}
	}
	f.b.diags = append(f.b.diags, diag.Diagnostic{File: f.name, Line: line, Col: col, Severity: sev, ID: id, Data: data})
}

func (f *fileCtx) errorf(path, id string, data map[string]any) { f.report(diag.Error, path, id, data) }

func (f *fileCtx) position(path string) (int, int) {
	if off, ok := f.loc.Lookup(path); ok {
		return f.loc.At(off)
	}
	return 1, 1
}

func (b *builder) add(name string, src []byte) {
	f := &fileCtx{b: b, name: name}
	// Everything decodes into maps and is checked key by key, so that every
	// problem is reported, not just the first type mismatch.
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		var pe toml.ParseError
		d := diag.Diagnostic{File: name, Line: 1, Col: 1, Severity: diag.Error, ID: "GlossarySyntax", Data: map[string]any{"Err": err.Error()}}
		if errors.As(err, &pe) {
			// Position.Start is exact; Position.Line can be one too far
			// when the error is at a line's end.
			d.Line, d.Col = tomlpos.Position(src, pe.Position.Start)
			d.Data["Err"] = pe.Message
		}
		b.diags = append(b.diags, d)
		return
	}
	f.loc = tomlpos.New(src)
	b.g.Files = append(b.g.Files, name)
	for _, k := range f.loc.Keys("", raw) {
		switch k {
		case "glossary":
			if m, ok := raw[k].(map[string]any); ok {
				f.meta(m)
			} else {
				f.errorf(k, "GlossaryNotTable", map[string]any{"Key": k})
			}
		case "concept":
			list, ok := raw[k].([]map[string]any)
			if !ok {
				f.errorf(k, "GlossaryNotArrayOfTables", map[string]any{"Key": k})
				continue
			}
			for i, rc := range list {
				f.concept(i, rc)
			}
		default:
			f.unknownKey(k, k, []string{"glossary", "concept"}, nil)
		}
	}
}

// meta reads the [glossary] table.
func (f *fileCtx) meta(m map[string]any) {
	b := f.b
	for _, k := range f.loc.Keys("glossary", m) {
		path := "glossary." + k
		switch k {
		case "name", "description":
			s, ok := m[k].(string)
			if !ok {
				f.errorf(path, "GlossaryNotString", map[string]any{"Key": path})
			} else if k == "name" && b.g.Name == "" {
				b.g.Name = s
			}
		case "source":
			s, ok := m[k].(string)
			if !ok {
				f.errorf(path, "GlossaryNotString", map[string]any{"Key": path})
				continue
			}
			if tag, ok := f.langTag(path+".0", s); ok && b.g.Source == "" {
				b.g.Source = tag
			}
		case "languages":
			list, ok := m[k].([]any)
			if !ok {
				f.errorf(path, "GlossaryNotStrings", map[string]any{"Key": path})
				continue
			}
			for i, v := range list {
				epath := fmt.Sprintf("%s.%d", path, i)
				s, ok := v.(string)
				if !ok {
					f.errorf(epath, "GlossaryNotStrings", map[string]any{"Key": path})
					continue
				}
				if tag, ok := f.langTag(epath, s); ok && !b.langs[tag] {
					b.langs[tag] = true
					b.g.Languages = append(b.g.Languages, tag)
				}
			}
		default:
			f.unknownKey(path, k, []string{"name", "description", "source", "languages"}, map[string]any{"Key": path})
		}
	}
}

// langTag parses a BCP 47 tag and returns its canonical form.
func (f *fileCtx) langTag(path, s string) (string, bool) {
	if tag, ok := f.b.tags[s]; ok {
		return tag, true
	}
	tag, err := language.Parse(s)
	if err != nil || s == "" {
		f.errorf(path, "GlossaryBadLanguage", map[string]any{"Tag": s})
		return "", false
	}
	f.b.tags[s] = tag.String()
	return tag.String(), true
}

// unknownKey reports key, unknown at path, with the one of known it is
// likely a typo of ("did you mean"). With data, it is a concept's key
// (data names the concept); else a top-level or [glossary] key.
func (f *fileCtx) unknownKey(path, key string, known []string, data map[string]any) {
	id := "GlossaryUnknownTopKey"
	if data == nil {
		data = map[string]any{"Key": key}
	}
	if data["Concept"] != nil {
		id = "GlossaryUnknownKey"
	}
	if s := diag.Suggest(key, known); s != "" {
		id += "Suggest"
		data["Suggestion"] = s
	}
	f.errorf(path, id, data)
}

var conceptKeys = map[string]bool{
	"id": true, "domain": true, "note": true, "deprecated": true,
	"forbidden": true, "forms": true, "case": true, "match": true,
}

func (f *fileCtx) concept(i int, rc map[string]any) {
	b := f.b
	prefix := "concept." + strconv.Itoa(i)
	c := &Concept{File: f.name}
	c.Line, c.Col = f.position(prefix)
	id, ok := f.stringField(prefix, "id", rc)
	if !ok && rc["id"] == nil {
		f.errorf(prefix, "GlossaryMissingID", nil)
	}
	id = strings.TrimSpace(id)
	c.ID = id
	label := id
	if label == "" {
		label = "#" + strconv.Itoa(i+1)
	}
	if ok && id == "" {
		f.errorf(prefix+".id.0", "GlossaryEmptyID", nil)
	}
	if id != "" {
		if prev, dup := b.ids[id]; dup {
			f.errorf(prefix+".id.0", "GlossaryDuplicateID", map[string]any{"ID": id,
				"Other": fmt.Sprintf("%s:%d:%d", prev.File, prev.Line, prev.Col)})
		} else {
			b.ids[id] = c
		}
	}
	c.Domain, _ = f.stringField(prefix, "domain", rc)
	c.Note, _ = f.stringField(prefix, "note", rc)
	if v, ok := f.stringField(prefix, "case", rc); ok {
		switch v {
		case "auto":
		case "sensitive":
			c.Case = CaseSensitive
		case "insensitive":
			c.Case = CaseInsensitive
		default:
			f.errorf(prefix+".case.0", "GlossaryBadCase", map[string]any{"Value": v})
		}
	}
	if v, ok := f.stringField(prefix, "match", rc); ok {
		switch v {
		case "stem":
		case "exact":
			c.Match = MatchExact
		default:
			f.errorf(prefix+".match.0", "GlossaryBadMatch", map[string]any{"Value": v})
		}
	}

	// Keys in file order, so that terms and diagnostics follow the file.
	keys := f.loc.Keys(prefix, rc)
	var forms []rawTerms
	for _, k := range keys {
		v := rc[k]
		switch {
		case k == "deprecated" || k == "forbidden" || k == "forms":
			st := Deprecated
			if k == "forbidden" {
				st = Forbidden
			}
			tbl, ok := v.(map[string]any)
			if !ok {
				f.errorf(prefix+"."+k, "GlossaryBadTable", map[string]any{"Key": k, "Concept": label})
				continue
			}
			sub := make([]string, 0, len(tbl))
			for l := range tbl {
				sub = append(sub, l)
			}
			slices.Sort(sub)
			for _, l := range sub {
				path := prefix + "." + k + "." + l
				tag, ok := f.langTag(path, l)
				if !ok {
					continue
				}
				list, ok := f.termList(path, k+"."+l, label, tbl[l])
				if !ok {
					continue
				}
				if k == "forms" {
					forms = append(forms, rawTerms{tag, path, list})
					continue
				}
				f.addTerms(c, label, tag, path, list, st, st)
			}
		case conceptKeys[k]:
		default:
			tag, ok := b.tags[k]
			if !ok {
				t, err := language.Parse(k)
				if err != nil {
					f.unknownKey(prefix+"."+k, k, slices.Sorted(maps.Keys(conceptKeys)), map[string]any{"Key": k, "Concept": label})
					continue
				}
				tag = t.String()
				b.tags[k] = tag
			}
			path := prefix + "." + k
			list, ok := f.termList(path, k, label, v)
			if !ok {
				continue
			}
			f.addTerms(c, label, tag, path, list, Preferred, Admitted)
		}
	}
	for _, fm := range forms {
		pref, ok := c.Preferred(fm.lang)
		if !ok {
			f.errorf(fm.path, "GlossaryFormsWithoutTerm", map[string]any{"Lang": fm.lang, "Concept": label})
			continue
		}
		for j, text := range fm.list {
			tpath := fm.path + "." + strconv.Itoa(j)
			if !f.checkText(tpath, text, fm.lang, label) {
				continue
			}
			t := Term{Text: text, Lang: fm.lang, Status: pref.Status, Form: true, Canonical: pref.Text}
			t.Line, t.Col = f.position(tpath)
			t.Sensitive = c.sensitive(pref.Text)
			c.Terms = append(c.Terms, t)
		}
	}
	if len(c.Languages()) == 0 {
		f.errorf(prefix, "GlossaryNoTerms", map[string]any{"Concept": label})
	}
	f.checkConflicts(c, label)
	if id != "" && b.g.byID[id] == nil {
		b.g.byID[id] = c
	}
	for _, l := range c.Languages() {
		if !b.langs[l] {
			b.langs[l] = true
			b.g.Languages = append(b.g.Languages, l)
		}
	}
	b.g.Concepts = append(b.g.Concepts, c)
}

type rawTerms struct {
	lang, path string
	list       []string
}

func (c *Concept) sensitive(text string) bool {
	switch c.Case {
	case CaseSensitive:
		return true
	case CaseInsensitive:
		return false
	}
	return autoSensitive(text)
}

// stringField reads an optional string key of a concept.
func (f *fileCtx) stringField(prefix, key string, rc map[string]any) (string, bool) {
	v, present := rc[key]
	if !present {
		return "", false
	}
	s, ok := v.(string)
	if !ok {
		f.errorf(prefix+"."+key, "GlossaryNotString", map[string]any{"Key": key})
		return "", false
	}
	return s, true
}

// termList reads a string or an array of strings.
func (f *fileCtx) termList(path, key, concept string, v any) ([]string, bool) {
	switch v := v.(type) {
	case string:
		return []string{v}, true
	case []any:
		out := make([]string, 0, len(v))
		for j, e := range v {
			s, ok := e.(string)
			if !ok {
				f.errorf(path+"."+strconv.Itoa(j), "GlossaryBadTerms", map[string]any{"Key": key, "Concept": concept})
				return nil, false
			}
			out = append(out, s)
		}
		if len(out) == 0 {
			f.errorf(path, "GlossaryEmptyTerm", map[string]any{"Key": key, "Concept": concept})
			return nil, false
		}
		return out, true
	}
	f.errorf(path, "GlossaryBadTerms", map[string]any{"Key": key, "Concept": concept})
	return nil, false
}

// checkText reports an empty term or one without words.
func (f *fileCtx) checkText(path, text, lang, concept string) bool {
	if strings.TrimSpace(text) == "" {
		f.errorf(path, "GlossaryEmptyTerm", map[string]any{"Key": lang, "Concept": concept})
		return false
	}
	if f.b.toks = textnorm.Tokenize(f.b.toks[:0], []byte(text)); len(f.b.toks) == 0 {
		f.errorf(path, "GlossaryNoWords", map[string]any{"Term": text, "Concept": concept})
		return false
	}
	return true
}

func (f *fileCtx) addTerms(c *Concept, label, lang, path string, list []string, first, rest Status) {
	for j, text := range list {
		tpath := path + "." + strconv.Itoa(j)
		if !f.checkText(tpath, text, lang, label) {
			continue
		}
		st := rest
		if j == 0 {
			st = first
		}
		t := Term{Text: text, Lang: lang, Status: st, Canonical: text}
		t.Line, t.Col = f.position(tpath)
		t.Sensitive = c.sensitive(text)
		c.Terms = append(c.Terms, t)
	}
}

// checkConflicts reports a term listed twice in one concept (error: both
// approved and deprecated or forbidden, or a plain repetition) and an
// approved term that another concept also has (warning).
func (f *fileCtx) checkConflicts(c *Concept, label string) {
	seen := f.b.seen[:0] // a concept has few terms: a slice beats a map
outer:
	for _, t := range c.Terms {
		if t.Form {
			continue
		}
		k := termKey{t.Lang, f.b.folder.FoldPhrase(t.Text)}
		for _, p := range seen {
			if p.k != k {
				continue
			}
			prev := p.t
			id := "GlossaryDuplicateTerm"
			if prev.Status.Approved() != t.Status.Approved() || prev.Status != t.Status && !prev.Status.Approved() {
				id = "GlossaryConflictingStatus"
			}
			f.b.diags = append(f.b.diags, diag.Diagnostic{File: f.name, Line: t.Line, Col: t.Col, Severity: diag.Error, ID: id,
				Data: map[string]any{"Term": t.Text, "Lang": t.Lang, "Concept": label,
					"Status": prev.Status.String(), "Other": t.Status.String()}})
			continue outer
		}
		seen = append(seen, seenTerm{k, t})
	}
	f.b.seen = seen
	for _, p := range seen {
		k, t := p.k, p.t
		if !t.Status.Approved() {
			continue
		}
		if prev, ok := f.b.terms[k]; ok && prev.concept != c {
			f.b.diags = append(f.b.diags, diag.Diagnostic{File: f.name, Line: t.Line, Col: t.Col, Severity: diag.Warning,
				ID: "GlossaryTermInTwoConcepts", Data: map[string]any{"Term": t.Text, "Lang": t.Lang,
					"Concept": label, "Other": prev.concept.ID,
					"Where": fmt.Sprintf("%s:%d:%d", prev.file, prev.line, prev.col)}})
			continue
		}
		f.b.terms[k] = termRef{concept: c, file: f.name, line: t.Line, col: t.Col}
	}
}

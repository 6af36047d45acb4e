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
)

// Parse validates one glossary file's contents; name is used in diagnostics.
func Parse(name string, src []byte) (*Glossary, diag.List) {
	b := NewBuilder()
	b.add(name, src)
	return b.Finish()
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

type seenTerm struct {
	k termKey
	t Term
}

// fileCtx is one file being decoded.
type fileCtx struct {
	b    *Builder
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
	f.b.Report(diag.Diagnostic{File: f.name, Line: line, Col: col, Severity: sev, ID: id, Data: data})
}

func (f *fileCtx) errorf(path, id string, data map[string]any) { f.report(diag.Error, path, id, data) }

func (f *fileCtx) position(path string) (int, int) {
	if off, ok := f.loc.Lookup(path); ok {
		return f.loc.At(off)
	}
	return 1, 1
}

func (b *Builder) add(name string, src []byte) {
	if d := parseFast(src); d != nil {
		d.emit(b, name)
		return
	}
	b.addGeneral(name, src)
}

// addGeneral decodes any TOML, through generic maps and a positions
// locator, and reports every problem.
func (b *Builder) addGeneral(name string, src []byte) {
	f := &fileCtx{b: b, name: name}
	// Everything decodes into maps and is checked key by key, so that every
	// problem is reported, not just the first type mismatch.
	var raw map[string]any
	// The locator does not need the parse: it is built on the other core
	// meanwhile (on a document that does not parse it is thrown away).
	locc := make(chan *tomlpos.Locator, 1)
	go func() { locc <- tomlpos.New(src) }()
	if _, err := toml.Decode(string(src), &raw); err != nil {
		var pe toml.ParseError
		d := diag.Diagnostic{File: name, Line: 1, Col: 1, Severity: diag.Error, ID: "GlossarySyntax", Data: map[string]any{"Err": err.Error()}}
		if errors.As(err, &pe) {
			// Position.Start is exact; Position.Line can be one too far
			// when the error is at a line's end.
			d.Line, d.Col = tomlpos.Position(src, pe.Position.Start)
			d.Data["Err"] = pe.Message
		}
		b.Report(d)
		return
	}
	f.loc = <-locc
	b.File(name)
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
			b.reserve(len(list))
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
			} else if k == "name" {
				b.Name(s)
			}
		case "source":
			s, ok := m[k].(string)
			if !ok {
				f.errorf(path, "GlossaryNotString", map[string]any{"Key": path})
				continue
			}
			b.Source(f.name, f.pos(path+".0"), s)
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
				b.Language(f.name, f.pos(epath), s)
			}
		default:
			f.unknownKey(path, k, []string{"name", "description", "source", "languages"}, map[string]any{"Key": path})
		}
	}
}

// pos is the place of path in the file.
func (f *fileCtx) pos(path string) Pos {
	line, col := f.position(path)
	return Pos{line, col}
}

// unknownKey reports key, unknown at path, with the one of known it is
// likely a typo of ("did you mean"). With data, it is a concept's key
// (data names the concept); else a top-level or [glossary] key.
func (f *fileCtx) unknownKey(path, key string, known []string, data map[string]any) {
	id, data := unknownKeyDiag(key, known, data)
	f.errorf(path, id, data)
}

// unknownKeyDiag is the message ID and data of unknownKey's diagnostic.
func unknownKeyDiag(key string, known []string, data map[string]any) (string, map[string]any) {
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
	return id, data
}

var conceptKeys = map[string]bool{
	"id": true, "domain": true, "note": true, "deprecated": true,
	"forbidden": true, "forms": true, "case": true, "match": true,
}

func (f *fileCtx) concept(i int, rc map[string]any) {
	prefix := "concept." + strconv.Itoa(i)
	in := ConceptInput{File: f.name, Pos: f.pos(prefix), Index: i}
	var ok bool
	in.ID, ok = f.stringField(prefix, "id", rc)
	in.HasID, in.BadID = ok, !ok && rc["id"] != nil
	in.IDPos = f.pos(prefix + ".id.0")
	label := strings.TrimSpace(in.ID)
	if label == "" {
		label = "#" + strconv.Itoa(i+1)
	}
	in.Domain, _ = f.stringField(prefix, "domain", rc)
	in.Note, _ = f.stringField(prefix, "note", rc)
	in.Case, _ = f.stringField(prefix, "case", rc)
	in.CasePos = f.pos(prefix + ".case.0")
	in.Match, _ = f.stringField(prefix, "match", rc)
	in.MatchPos = f.pos(prefix + ".match.0")

	// Keys in file order, so that terms and diagnostics follow the file.
	var forms []TermInput
	for _, k := range f.loc.Keys(prefix, rc) {
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
			for _, l := range slices.Sorted(maps.Keys(tbl)) {
				path := prefix + "." + k + "." + l
				list, ok := f.termList(path, k+"."+l, label, tbl[l])
				if !ok {
					continue
				}
				terms := f.terms(path, l, list, st, st, k == "forms")
				if k == "forms" {
					forms = append(forms, terms...) // after the preferred terms
				} else {
					in.Terms = append(in.Terms, terms...)
				}
			}
		case conceptKeys[k]:
		default:
			if _, known := f.b.tags[k]; !known {
				if _, err := language.Parse(k); err != nil {
					f.unknownKey(prefix+"."+k, k, slices.Sorted(maps.Keys(conceptKeys)), map[string]any{"Key": k, "Concept": label})
					continue
				}
			}
			path := prefix + "." + k
			list, ok := f.termList(path, k, label, v)
			if !ok {
				continue
			}
			in.Terms = append(in.Terms, f.terms(path, k, list, Preferred, Admitted, false)...)
		}
	}
	in.Terms = append(in.Terms, forms...)
	f.b.Add(in)
}

// terms makes the inputs of a list of terms of lang at path: the first
// with status first, the others rest.
func (f *fileCtx) terms(path, lang string, list []string, first, rest Status, form bool) []TermInput {
	out := make([]TermInput, len(list))
	lpos := f.pos(path)
	for j, text := range list {
		st := rest
		if j == 0 {
			st = first
		}
		out[j] = TermInput{Lang: lang, LangPos: lpos, Text: text, Pos: f.pos(path + "." + strconv.Itoa(j)), Status: st, Form: form}
	}
	return out
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

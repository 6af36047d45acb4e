package goi18n

import (
	"bytes"
	"io"
	"path/filepath"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/keyed"
	"github.com/glosa-dev/glosa/format/placeholder"
)

func init() {
	format.Register(format.Format{Name: "go-i18n", Extensions: []string{".toml", ".yaml", ".yml"},
		Sniff: Sniff, Read: Read, Keyed: true})
}

// Read reads a go-i18n or Hugo message file, TOML or YAML by its name's
// extension (YAML unless it ends in .toml), as a keyed File of one
// document.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	src, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	lang := keyed.LangFromPath(name)
	if lang == "" {
		lang = opts.Lang
	}
	bld := keyed.NewBuilder(name, lang, src, placeholder.DoubleBrace)
	var root *keyed.Node
	if strings.EqualFold(filepath.Ext(name), ".toml") {
		root, err = readTOML(name, src, bld.Lines())
	} else {
		root, err = keyed.ReadYAML(name, src, bld.Lines(), "GoI18nSyntax")
	}
	if err != nil {
		return nil, err
	}
	m := &messages{b: bld, name: name}
	switch {
	case root == nil:
	case root.Kind == keyed.Map:
		m.walk(root, "")
	case root.Kind == keyed.List:
		m.list(root)
	default:
		m.bad("", root)
	}
	if len(m.errs) > 0 {
		m.errs.Sort()
		return nil, m.errs
	}
	return &format.File{Name: name, Docs: []*format.Document{bld.Doc}}, nil
}

// reserved are the keys that make a table a message (go-i18n's own list).
var reserved = []string{"id", "description", "hash", "leftdelim", "rightdelim", "zero", "one", "two", "few", "many", "other"}

type messages struct {
	b    *keyed.Builder
	name string
	errs diag.List
}

func (m *messages) errorAt(line, col int, id string, data map[string]any) {
	m.errs.Add(diag.Diagnostic{File: m.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
}

func (m *messages) bad(id string, n *keyed.Node) {
	m.errorAt(n.Line, n.Col, "GoI18nBadValue", map[string]any{"Key": id, "Type": n.Type})
}

// walk reads the messages of a table whose keys are message ids (after
// prefix), or tables of them.
func (m *messages) walk(t *keyed.Node, prefix string) {
	for _, c := range t.Children {
		id := prefix + c.Key
		switch c.Kind {
		case keyed.String, keyed.Null:
			m.add(id, "", c, nil)
		case keyed.Map:
			if isMessage(c) {
				m.message(id, c)
			} else {
				m.walk(c, id+".")
			}
		default:
			if c.Type == "" {
				c.Type = "list"
			}
			m.bad(id, c)
		}
	}
}

// isMessage reports whether a table is a message: it has a reserved key
// whose value is a string.
func isMessage(t *keyed.Node) bool {
	for _, c := range t.Children {
		if c.Kind == keyed.String && slicesContains(reserved, c.Key) {
			return true
		}
	}
	return false
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// message reads a message's table: its plural forms, its description.
func (m *messages) message(id string, t *keyed.Node) {
	var forms []*keyed.Node
	var notes []string
	bad := false
	if t.Comment != "" {
		notes = append(notes, t.Comment)
	}
	for _, c := range t.Children {
		switch {
		case keyed.IsCategory(c.Key) || c.Key == "translation":
			if c.Kind != keyed.String && c.Kind != keyed.Null {
				m.bad(id+"."+c.Key, typed(c))
				bad = true
				continue
			}
			forms = append(forms, c)
		case c.Key == "description":
			if c.Kind == keyed.String && c.Value.Text != "" {
				notes = append(notes, c.Value.Text)
			}
		case slicesContains(reserved, c.Key):
			// id, hash, leftdelim, rightdelim: not text
		default:
			m.errorAt(c.KeyLine, c.KeyCol, "GoI18nUnknownKey", map[string]any{"Key": id, "Name": c.Key})
		}
	}
	if !bad {
		m.forms(id, t, forms, notes)
	}
}

// forms adds a message's forms: one unit for a message with "other" only
// (or a v1 translation), a plural unit per category otherwise.
func (m *messages) forms(id string, t *keyed.Node, forms []*keyed.Node, notes []string) {
	hasOther := false
	for _, f := range forms {
		hasOther = hasOther || f.Key == "other" || f.Key == "translation"
	}
	if !hasOther {
		m.errorAt(t.KeyLine, t.KeyCol, "GoI18nNoOther", map[string]any{"Key": id})
		return
	}
	for _, f := range forms {
		plural := f.Key
		if len(forms) == 1 || plural == "translation" {
			plural = ""
		}
		m.add(id, plural, f, notes)
	}
}

func typed(n *keyed.Node) *keyed.Node {
	if n.Type == "" {
		n.Type = map[keyed.NodeKind]string{keyed.Map: "table", keyed.List: "list"}[n.Kind]
	}
	return n
}

// list reads go-i18n v1's list of {id, translation} maps.
func (m *messages) list(l *keyed.Node) {
	for _, it := range l.Children {
		idn := it.Child("id")
		if it.Kind != keyed.Map || idn == nil || idn.Kind != keyed.String {
			m.errorAt(it.Line, it.Col, "GoI18nNoID", nil)
			continue
		}
		id := idn.Value.Text
		var notes []string
		if d := it.Child("description"); d != nil && d.Kind == keyed.String && d.Value.Text != "" {
			notes = append(notes, d.Value.Text)
		}
		tr := it.Child("translation")
		switch {
		case tr == nil:
			m.errorAt(it.Line, it.Col, "GoI18nNoTranslation", map[string]any{"Key": id})
		case tr.Kind == keyed.String || tr.Kind == keyed.Null:
			m.add(id, "", tr, notes)
		case tr.Kind == keyed.Map:
			var forms []*keyed.Node
			for _, c := range tr.Children {
				if !keyed.IsCategory(c.Key) {
					m.errorAt(c.KeyLine, c.KeyCol, "GoI18nUnknownKey", map[string]any{"Key": id, "Name": c.Key})
					continue
				}
				if c.Kind != keyed.String && c.Kind != keyed.Null {
					m.bad(id+"."+c.Key, typed(c))
					continue
				}
				forms = append(forms, c)
			}
			tr.KeyLine, tr.KeyCol = it.Line, it.Col
			m.forms(id, tr, forms, notes)
		default:
			m.bad(id, typed(tr))
		}
		for _, c := range it.Children {
			if !slicesContains([]string{"id", "translation", "description", "hash"}, c.Key) {
				m.errorAt(c.KeyLine, c.KeyCol, "GoI18nUnknownKey", map[string]any{"Key": id, "Name": c.Key})
			}
		}
	}
}

func (m *messages) add(id, plural string, v *keyed.Node, notes []string) {
	if v.Comment != "" {
		notes = append(notes[:len(notes):len(notes)], v.Comment)
	}
	val := v.Value
	if v.Kind == keyed.Null {
		val = keyed.Value{Off: max(m.b.Lines().Offset(v.Line, v.Col), 0)}
	}
	m.b.Add(format.Unit{Key: id, Plural: plural, Notes: notes}, val)
}

// Sniff reports whether a file's first bytes are a go-i18n or Hugo message
// file: TOML whose first line is a [table] or a key = "string", or YAML
// whose lines at the root are "key: …" or "- id: …", and not a Rails
// locale file (keyed.RailsHead).
func Sniff(head []byte) bool {
	for _, line := range bytes.Split(head, []byte("\n")) {
		t := strings.TrimSpace(string(line))
		if t == "" || t[0] == '#' || t == "---" {
			continue
		}
		switch {
		case t[0] == '[' && strings.HasSuffix(strings.TrimSpace(strings.SplitN(t, "#", 2)[0]), "]"), tomlKeyValue(t):
			return true
		case strings.HasPrefix(t, "- id:"):
			return true
		}
		break
	}
	roots, ok := keyed.YAMLRoots(head)
	return ok && len(roots) > 0 && !keyed.RailsHead(roots)
}

// tomlKeyValue reports whether a line is `key = "…"` or `key = '…'`.
func tomlKeyValue(t string) bool {
	k, v, ok := strings.Cut(t, "=")
	k, v = strings.TrimSpace(k), strings.TrimSpace(v)
	if !ok || k == "" || v == "" || (v[0] != '"' && v[0] != '\'') {
		return false
	}
	return k[0] == '"' || k[0] == '\'' || !strings.ContainsAny(k, " \t:")
}

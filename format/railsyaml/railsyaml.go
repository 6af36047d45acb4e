// Package railsyaml reads Rails-style YAML locale files
// (config/locales/es.yml): a single root key, the language tag (en:, es:,
// ru:, es-ES:), above nested maps of messages. A message's key is its path
// below the root joined with "." (activerecord.errors.messages.blank); a
// map whose keys are all CLDR plural categories is a plural message, one
// unit per category (with Plural set, unless "other" is its only key); an
// array's items are units keyed "date.day_names[0]"; a Ruby symbol
// (":day", in date.order) is a unit of kind Code, keyed but not text to
// check; numbers, booleans and nulls are configuration, not units.
// Placeholders are Ruby's %{name} and %<name>s.
package railsyaml

import (
	"io"
	"strconv"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/keyed"
	"github.com/glosa-dev/glosa/format/placeholder"
)

func init() {
	format.Register(format.Format{Name: "rails-yaml", Extensions: []string{".yml", ".yaml"},
		Sniff: Sniff, Read: Read, Keyed: true})
}

// Sniff reports whether a YAML file's first bytes are a Rails locale
// file's: one root key, a language tag, whose value is a map.
func Sniff(head []byte) bool {
	roots, ok := keyed.YAMLRoots(head)
	return ok && keyed.RailsHead(roots)
}

// Read reads a Rails locale file as a keyed File of one document, in the
// language of its root key.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	src, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	lines := keyed.NewLines(src)
	root, err := keyed.ReadYAML(name, src, lines, "RailsSyntax")
	if err != nil {
		return nil, err
	}
	fail := func(line, col int, data map[string]any) (*format.File, error) {
		return nil, diag.List{{File: name, Line: line, Col: col, Severity: diag.Error, ID: "RailsRoot", Data: data}}
	}
	if root == nil || root.Kind != keyed.Map || len(root.Children) == 0 {
		line, col := 1, 1
		if root != nil {
			line, col = root.Line, root.Col
		}
		return fail(line, col, map[string]any{"Key": ""})
	}
	if len(root.Children) > 1 {
		c := root.Children[1]
		return fail(c.KeyLine, c.KeyCol, map[string]any{"Key": c.Key})
	}
	top := root.Children[0]
	lang := keyed.Tag(top.Key)
	if lang == "" || top.Kind != keyed.Map {
		return fail(top.KeyLine, top.KeyCol, map[string]any{"Key": top.Key})
	}
	bld := keyed.NewBuilder(name, lang, src, placeholder.Ruby)
	_ = lines
	walk(bld, top, "")
	return &format.File{Name: name, Docs: []*format.Document{bld.Doc}}, nil
}

func join(prefix, k string) string {
	if prefix == "" {
		return k
	}
	return prefix + "." + k
}

func walk(b *keyed.Builder, m *keyed.Node, prefix string) {
	for _, c := range m.Children {
		value(b, c, join(prefix, c.Key), "")
	}
}

func value(b *keyed.Builder, c *keyed.Node, key, plural string) {
	switch c.Kind {
	case keyed.String:
		add(b, c, key, plural)
	case keyed.Map:
		if isPlural(c) {
			for _, f := range c.Children {
				p := f.Key
				if len(c.Children) == 1 {
					p = ""
				}
				if f.Kind == keyed.String {
					add(b, f, key, p)
				}
			}
			return
		}
		walk(b, c, key)
	case keyed.List:
		for i, it := range c.Children {
			k := key + "[" + strconv.Itoa(i) + "]"
			switch it.Kind {
			case keyed.Map:
				walk(b, it, k)
			default:
				value(b, it, k, "")
			}
		}
	}
}

func add(b *keyed.Builder, c *keyed.Node, key, plural string) {
	u := format.Unit{Key: key, Plural: plural}
	if c.Comment != "" {
		u.Notes = []string{c.Comment}
	}
	if isSymbol(c) {
		b.AddCode(u, c.Value)
		return
	}
	b.Add(u, c.Value)
}

// isPlural reports whether every key of a map is a CLDR category.
func isPlural(m *keyed.Node) bool {
	for _, c := range m.Children {
		if !keyed.IsCategory(c.Key) {
			return false
		}
	}
	return len(m.Children) > 0
}

// isSymbol reports whether a plain scalar is a Ruby symbol (":day").
func isSymbol(c *keyed.Node) bool {
	t := c.Value.Text
	return c.Style == 0 && len(t) > 1 && t[0] == ':' && !strings.ContainsAny(t, " \t\n")
}

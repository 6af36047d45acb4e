// Package xcstrings reads Xcode String Catalogs (.xcstrings): one JSON
// file holding every language of an app's strings. It is a catalog:
// Docs[0] is the sourceLanguage (else Options.SourceLang, else "en"),
// then one document per other language of the file, sorted; File.Units
// pairs them by key, device and plural category.
//
// # Units
//
// A localization's stringUnit is a unit: its value the text, its state
// the State (translated → Translated, needs_review → NeedsReview, new →
// NeedsTranslation). variations.plural gives one unit per category
// (Plural set); variations.device one unit (or one per category) per
// device, the device in Context as "device:iphone"; a substitution's
// plural variations are units whose Context is "substitution:NAME". The
// string's comment is in Notes, its extractionState ("stale", "manual")
// in Flags. A string with "shouldTranslate": false is skipped. A key
// without a source localization has the key as its source text (Xcode's
// rule): that unit's positions point at the key. Placeholders are printf
// (%@, %lld, %1$@).
package xcstrings

import (
	"io"
	"slices"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/jsontree"
	"github.com/glosa-dev/glosa/format/placeholder"
)

func init() {
	format.Register(format.Format{Name: "xcstrings", Extensions: []string{".xcstrings"}, Read: Read, Catalog: true})
}

var states = map[string]format.State{"translated": format.Translated, "needs_review": format.NeedsReview, "new": format.NeedsTranslation}

// an entry is one localized string of a key.
type entry struct {
	lang string
	u    jsontree.Unit
	val  jsontree.Str
}

// Read reads a String Catalog.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	root, err := jsontree.Parse(name, b)
	if err != nil {
		return nil, err
	}
	strs := root.Get("strings")
	if root.Kind != jsontree.Object || strs == nil || strs.Kind != jsontree.Object {
		return nil, diag.List{{File: name, Line: root.Line, Col: root.Col, Severity: diag.Error, ID: "XCStringsNoStrings"}}
	}
	src := opts.SourceLang
	if s, ok := root.String("sourceLanguage"); ok && s.S != "" {
		src = s.S
	}
	if src == "" {
		src = "en"
	}
	langs := []string{src}
	var entries []entry
	for _, m := range strs.Members {
		s := m.Value
		if v := s.Get("shouldTranslate"); v != nil && v.Kind == jsontree.Bool && v.Str.S == "false" {
			continue
		}
		base := jsontree.Unit{Key: m.Key.S}
		if c, ok := s.String("comment"); ok && c.S != "" {
			base.Notes = []string{c.S}
		}
		if e, ok := s.String("extractionState"); ok && e.S != "" {
			base.Flags = []string{e.S}
		}
		hasSource := false
		if locs := s.Get("localizations"); locs != nil {
			for _, l := range locs.Members {
				if !slices.Contains(langs, l.Key.S) {
					langs = append(langs, l.Key.S)
				}
				hasSource = hasSource || l.Key.S == src
				entries = collect(entries, l.Key.S, l.Value, base)
			}
		}
		if !hasSource {
			entries = append(entries, entry{lang: src, u: base, val: m.Key})
		}
	}
	slices.Sort(langs[1:])
	f := &format.File{Name: name}
	idx := map[string]int{}
	builders := make([]jsontree.Builder, len(langs))
	for k, l := range langs {
		idx[l] = k
		f.Docs = append(f.Docs, &format.Document{File: name, Lang: l})
	}
	type rowKey struct{ key, ctx, plural string }
	rows := map[rowKey]int{}
	for _, e := range entries {
		k := idx[e.lang]
		d := f.Docs[k]
		builders[k].AddPlain(d, e.val, e.u, placeholder.Printf, nil)
		rk := rowKey{e.u.Key, e.u.Context, e.u.Plural}
		r, ok := rows[rk]
		if !ok {
			r = len(f.Units)
			rows[rk] = r
			row := make([]int, len(langs))
			for i := range row {
				row[i] = -1
			}
			f.Units = append(f.Units, row)
		}
		f.Units[r][k] = len(d.Units) - 1
	}
	for k, d := range f.Docs {
		d.Text, d.Map = builders[k].Text, builders[k].Map
	}
	return f, nil
}

// collect adds the units of one localization (or variation) n.
func collect(out []entry, lang string, n *jsontree.Node, u jsontree.Unit) []entry {
	if su := n.Get("stringUnit"); su != nil {
		w := u
		if st, ok := su.String("state"); ok {
			w.State = states[st.S]
		}
		if v, ok := su.String("value"); ok {
			out = append(out, entry{lang: lang, u: w, val: v})
		}
	}
	if vars := n.Get("variations"); vars != nil {
		for _, m := range vars.Get("plural").Object() {
			w := u
			w.Plural = m.Key.S
			out = collect(out, lang, m.Value, w)
		}
		for _, m := range vars.Get("device").Object() {
			w := u
			w.Context = join(u.Context, "device:"+m.Key.S)
			out = collect(out, lang, m.Value, w)
		}
	}
	for _, m := range n.Get("substitutions").Object() {
		w := u
		w.Context = join(u.Context, "substitution:"+m.Key.S)
		out = collect(out, lang, m.Value, w)
	}
	return out
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

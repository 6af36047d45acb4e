package tbx

import (
	"bufio"
	"encoding/xml"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
)

// namespace is TBX v3's (ISO 30042:2019) XML namespace.
const namespace = "urn:iso:std:iso:30042:ed-2"

// schema is the TBX-Basic v3 dialect's integrated RELAX NG schema, named
// in the xml-model processing instruction for validators.
const schema = "https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng"

var adminStatus = [...]string{
	glossary.Preferred:  "preferredTerm-admn-sts",
	glossary.Admitted:   "admittedTerm-admn-sts",
	glossary.Deprecated: "deprecatedTerm-admn-sts",
	glossary.Forbidden:  "deprecatedTerm-admn-sts", // TBX-Basic has no forbidden: x-glosa-status says it
}

// Write writes g as TBX v3 in the TBX-Basic dialect (DCA style), UTF-8:
// one conceptEntry per concept, one langSec per language, one termSec per
// term with its administrativeStatus. What TBX-Basic has no place for is
// written as data categories of glosa's own, which other tools ignore:
// a forbidden term is deprecatedTerm-admn-sts plus
// <termNote type="x-glosa-status">forbidden</termNote>, forms are
// <termNote type="x-glosa-form"> in the preferred term's termSec, the
// case and match policies <descrip type="x-glosa-case"> and
// <descrip type="x-glosa-match">, and an id that is not an XML name
// (TBX's ids are) <admin type="x-glosa-id"> with a made-up id attribute.
// The elements a TBX file had that glosa keeps (g's Foreign of Format
// "tbx") are written back as read, where they were.
// The output depends only on g: the same glossary gives the same bytes.
func Write(w io.Writer, g *glossary.Glossary) error {
	bw := bufio.NewWriter(w)
	x := &writer{w: bw}
	lang := g.Source
	if lang == "" && len(g.Languages) > 0 {
		lang = g.Languages[0]
	}
	if lang == "" {
		lang = "und"
	}
	x.s("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
	x.s("<?xml-model href=\"" + schema + "\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n")
	x.s("<tbx style=\"dca\" type=\"TBX-Basic\" xml:lang=\"")
	x.esc(lang)
	x.s("\" xmlns=\"" + namespace + "\">\n")
	x.s("  <tbxHeader>\n    <fileDesc>\n")
	if g.Name != "" {
		x.s("      <titleStmt>\n        <title>")
		x.esc(g.Name)
		x.s("</title>\n      </titleStmt>\n")
	}
	x.s("      <sourceDesc>\n        <p>Written by glosa</p>\n      </sourceDesc>\n    </fileDesc>\n  </tbxHeader>\n")
	x.s("  <text>\n    <body>\n")
	used := map[string]bool{}
	for _, c := range g.Concepts {
		used[c.ID] = true
	}
	n := 0
	for _, c := range g.Concepts {
		id := c.ID
		if !isNCName(id) {
			// A made-up XML id, unique in the file.
			for id == c.ID || used[id] {
				n++
				id = "x-glosa-" + strconv.Itoa(n)
			}
		}
		x.concept(id, c)
	}
	x.s("    </body>\n  </text>\n</tbx>\n")
	return bw.Flush()
}

type writer struct{ w *bufio.Writer }

func (x *writer) s(s string) { x.w.WriteString(s) }

func (x *writer) esc(s string) { xml.EscapeText(x.w, []byte(s)) }

func (x *writer) elem(indent, name, typ, text string) {
	x.s(indent + "<" + name)
	if typ != "" {
		x.s(" type=\"" + typ + "\"")
	}
	x.s(">")
	x.esc(text)
	x.s("</" + name + ">\n")
}

// concept writes c with the XML id id: c's own, or a made-up one when
// c's is not an XML name.
func (x *writer) concept(id string, c *glossary.Concept) {
	const in = "        "
	x.s("      <conceptEntry id=\"")
	x.esc(id)
	x.s("\"")
	x.namespaces(c)
	x.s(">\n")
	if id != c.ID {
		x.elem(in, "admin", "x-glosa-id", c.ID)
	}
	if c.Domain != "" {
		x.elem(in, "descrip", "subjectField", c.Domain)
	}
	switch c.Case {
	case glossary.CaseSensitive:
		x.elem(in, "descrip", "x-glosa-case", "sensitive")
	case glossary.CaseInsensitive:
		x.elem(in, "descrip", "x-glosa-case", "insensitive")
	}
	if c.Match == glossary.MatchExact {
		x.elem(in, "descrip", "x-glosa-match", "exact")
	}
	if c.Note != "" {
		x.elem(in, "note", "", c.Note)
	}
	x.kept(in, c.Extra, "")
	// Languages in the order their terms first come; in each, the terms
	// in their order, forms in the preferred term's termSec.
	var langs []string
	seen := map[string]bool{}
	for _, t := range c.Terms {
		if !seen[t.Lang] {
			seen[t.Lang] = true
			langs = append(langs, t.Lang)
		}
	}
	for _, l := range langs {
		x.s(in + "<langSec xml:lang=\"")
		x.esc(l)
		x.s("\">\n")
		x.kept(in+"  ", c.Extra, l)
		formsDone := false
		for _, t := range c.Terms {
			if t.Lang != l || t.Form {
				continue
			}
			x.s(in + "  <termSec>\n")
			x.elem(in+"    ", "term", "", t.Text)
			x.elem(in+"    ", "termNote", "administrativeStatus", adminStatus[t.Status])
			if t.Status == glossary.Forbidden {
				x.elem(in+"    ", "termNote", "x-glosa-status", "forbidden")
			}
			if t.Status == glossary.Preferred && !formsDone {
				formsDone = true
				for _, f := range c.Terms {
					if f.Lang == l && f.Form {
						x.elem(in+"    ", "termNote", "x-glosa-form", f.Text)
					}
				}
			}
			x.kept(in+"    ", t.Extra, "")
			x.s(in + "  </termSec>\n")
		}
		x.s(in + "</langSec>\n")
	}
	x.s("      </conceptEntry>\n")
}

// kept writes back, one a line, the TBX elements of xs of language lang
// ("" for a concept's or a term's) as the file read wrote them:
// termNotes first, as a termSec has them before its other parts.
func (x *writer) kept(indent string, xs []glossary.Foreign, lang string) {
	for _, notes := range []bool{true, false} {
		for _, f := range xs {
			if f.Format != "tbx" || f.Lang != lang {
				continue
			}
			if n := rawName(f.Raw); (n == "termNote" || n == "termNoteGrp") == notes {
				x.s(indent + f.Raw + "\n")
			}
		}
	}
}

// rawName is the local name of the element raw starts with.
func rawName(raw string) string {
	raw = strings.TrimPrefix(raw, "<")
	if i := strings.IndexAny(raw, " \t\r\n/>"); i >= 0 {
		raw = raw[:i]
	}
	if i := strings.IndexByte(raw, ':'); i >= 0 {
		raw = raw[i+1:]
	}
	return raw
}

// namespaces declares on a conceptEntry the prefixes its kept elements
// use, bound as their file bound them (the first binding of a prefix).
func (x *writer) namespaces(c *glossary.Concept) {
	ns := map[string]string{}
	add := func(xs []glossary.Foreign) {
		for _, f := range xs {
			for p, uri := range f.Namespaces {
				if _, ok := ns[p]; !ok && f.Format == "tbx" {
					ns[p] = uri
				}
			}
		}
	}
	add(c.Extra)
	for _, t := range c.Terms {
		add(t.Extra)
	}
	for _, p := range slices.Sorted(maps.Keys(ns)) {
		x.s(" xmlns:" + p + "=\"")
		x.esc(ns[p])
		x.s("\"")
	}
}

// isNCName reports whether s is an XML name without colon, as an
// xml:id or an xsd:ID attribute must be.
func isNCName(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r == utf8.RuneError || r == ':' {
			return false
		}
		first := r == '_' || unicode.IsLetter(r)
		if i == 0 {
			if !first {
				return false
			}
			continue
		}
		if !first && !unicode.IsDigit(r) && r != '-' && r != '.' && r != 0xB7 && !unicode.In(r, unicode.Mn, unicode.Mc) {
			return false
		}
	}
	return true
}

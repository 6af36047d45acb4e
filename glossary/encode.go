package glossary

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
)

// writeTOML writes g as glosa's TOML (the format of the package doc):
// [glossary] with the name, languages and source, then one [[concept]]
// per concept, its keys in the order id, domain, note, the languages
// (the glossary's order), deprecated, forbidden, forms, case, match. A
// language with one approved term is a string, with more an array, the
// preferred term first; deprecated, forbidden and forms are inline tables
// of arrays. Reading the output back gives an equal glossary, with two
// exceptions the format cannot hold: a language whose approved terms are
// all admitted (its first becomes preferred), and a second preferred term
// in one language (it becomes admitted). The output is deterministic and
// has no comments.
func writeTOML(w io.Writer, g *Glossary) error {
	bw := bufio.NewWriter(w)
	if g.Name != "" || len(g.Languages) > 0 || g.Source != "" {
		bw.WriteString("[glossary]\n")
		if g.Name != "" {
			fmt.Fprintf(bw, "name = %s\n", QuoteTOML(g.Name))
		}
		if len(g.Languages) > 0 {
			fmt.Fprintf(bw, "languages = %s\n", tomlArray(g.Languages))
		}
		if g.Source != "" {
			fmt.Fprintf(bw, "source = %s\n", QuoteTOML(g.Source))
		}
	}
	for i, c := range g.Concepts {
		if i > 0 || g.Name != "" || len(g.Languages) > 0 || g.Source != "" {
			bw.WriteString("\n")
		}
		writeConcept(bw, c, g.LanguagesOf(c))
	}
	return bw.Flush()
}

func writeConcept(w *bufio.Writer, c *Concept, langs []string) {
	w.WriteString("[[concept]]\n")
	fmt.Fprintf(w, "id = %s\n", QuoteTOML(c.ID))
	if c.Domain != "" {
		fmt.Fprintf(w, "domain = %s\n", QuoteTOML(c.Domain))
	}
	if c.Note != "" {
		fmt.Fprintf(w, "note = %s\n", QuoteTOML(c.Note))
	}
	for _, l := range langs {
		terms := termTexts(c.Approved(l))
		switch len(terms) {
		case 0:
		case 1:
			fmt.Fprintf(w, "%s = %s\n", LangKeyTOML(l), QuoteTOML(terms[0]))
		default:
			fmt.Fprintf(w, "%s = %s\n", LangKeyTOML(l), tomlArray(terms))
		}
	}
	for _, tbl := range []struct {
		key  string
		list func(string) []string
	}{
		{"deprecated", func(l string) []string { return termTexts(c.TermsIn(l, Deprecated)) }},
		{"forbidden", func(l string) []string { return termTexts(c.TermsIn(l, Forbidden)) }},
		{"forms", func(l string) []string { return termTexts(c.Forms(l)) }},
	} {
		var parts []string
		for _, l := range langs {
			if list := tbl.list(l); len(list) > 0 {
				parts = append(parts, LangKeyTOML(l)+" = "+tomlArray(list))
			}
		}
		if len(parts) > 0 {
			fmt.Fprintf(w, "%s = { %s }\n", tbl.key, strings.Join(parts, ", "))
		}
	}
	switch c.Case {
	case CaseSensitive:
		w.WriteString("case = \"sensitive\"\n")
	case CaseInsensitive:
		w.WriteString("case = \"insensitive\"\n")
	}
	if c.Match == MatchExact {
		w.WriteString("match = \"exact\"\n")
	}
}

// LanguagesOf lists the languages c has terms in (forms and deprecated or
// forbidden terms included), in the order of g.Languages, then in the
// order of c's terms: the order writers give them.
func (g *Glossary) LanguagesOf(c *Concept) []string {
	has := map[string]bool{}
	var extra []string
	for _, t := range c.Terms {
		if !has[t.Lang] {
			has[t.Lang] = true
			if !slices.Contains(g.Languages, t.Lang) {
				extra = append(extra, t.Lang)
			}
		}
	}
	var out []string
	for _, l := range g.Languages {
		if has[l] {
			out = append(out, l)
		}
	}
	return append(out, extra...)
}

// Approved returns c's approved terms in lang, forms excluded: the first
// preferred term first, then the others in their order.
func (c *Concept) Approved(lang string) []Term {
	var out []Term
	first := -1
	for i, t := range c.Terms {
		if t.Lang == lang && !t.Form && t.Status == Preferred {
			first = i
			out = append(out, t)
			break
		}
	}
	for i, t := range c.Terms {
		if i != first && t.Lang == lang && !t.Form && t.Status.Approved() {
			out = append(out, t)
		}
	}
	return out
}

// Forms returns c's extra forms in lang (forms of its preferred term).
func (c *Concept) Forms(lang string) []Term {
	var out []Term
	for _, t := range c.Terms {
		if t.Lang == lang && t.Form {
			out = append(out, t)
		}
	}
	return out
}

func termTexts(ts []Term) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Text
	}
	return out
}

// LangKeyTOML is the key of a language in a TOML concept: the tag, except for
// Indonesian, whose tag "id" is the id field's name (its ISO 639-2 code
// "ind" reads back as "id").
func LangKeyTOML(tag string) string {
	if tag == "id" {
		return "ind"
	}
	return tag
}

func tomlArray(list []string) string {
	var sb strings.Builder
	sb.WriteByte('[')
	for i, s := range list {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(QuoteTOML(s))
	}
	sb.WriteByte(']')
	return sb.String()
}

// QuoteTOML quotes s as a TOML basic string, as glosa writes glossaries
// (and every other TOML it writes: extract's candidates).
func QuoteTOML(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\b':
			sb.WriteString(`\b`)
		case '\t':
			sb.WriteString(`\t`)
		case '\n':
			sb.WriteString(`\n`)
		case '\f':
			sb.WriteString(`\f`)
		case '\r':
			sb.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&sb, `\u%04X`, r)
			} else {
				sb.WriteRune(r)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

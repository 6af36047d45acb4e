package check

import (
	"strconv"
	"strings"

	"github.com/glosa-dev/glosa/format"
)

// PlaceholderMismatch reports, for each message a catalog pairs, the
// placeholders and inline tags (the units' Spans: the rule never looks
// for them in the text) that differ between the source and the
// translation. Printf conversions are numbered, positional ones (%1$s,
// %2$d) by their number, the others (%s, %d) by their order, and a
// translation keeps each number with its conversion: the verb and its
// length modifier (%s → %d and %lld → %d are mismatches; flags, width and
// precision are not compared); positional ones may be reordered. Named
// placeholders ({name}, {{name}}, {{ .Name }}, %(name)s, %{name}) and tags
// (by name, and as opening, closing or self-closing) compare as
// multisets, white space ignored. A missing one is reported at the
// translation's message, an extra or changed one at its span.
var PlaceholderMismatch = &Rule{
	ID:       "placeholder-mismatch",
	DocID:    "RuleDocPlaceholderMismatch",
	Severity: Error,
	Scope:    OnPair,
	Run:      placeholderMismatch,
}

// A argSpan as the rule compares it: printf conversions by number
// (num > 0) and conversion, the rest by their normalised text.
type argSpan struct {
	num        int    // printf's argument number, 0 for the others
	id         string // the conversion (length and verb), or the normalised text
	start, end int
	text       string
}

// placeholdersOf reads the spans of a unit of text.
func placeholdersOf(text []byte, spans []format.Span) []argSpan {
	var out []argSpan
	seq := 0
	for _, s := range spans {
		t := string(text[s.Start:s.End])
		ph := argSpan{start: s.Start, end: s.End, text: t}
		if s.Kind == format.Tag {
			ph.id = tagID(t)
		} else if num, conv, ok := printfConv(t); ok {
			if num == 0 {
				seq++
				num = seq
			}
			ph.num, ph.id = num, conv
		} else {
			ph.id = withoutSpace(t)
		}
		out = append(out, ph)
	}
	return out
}

// printfConv reads a printf conversion: its argument number (0 when not
// positional) and its length modifier and verb. Python's %(name)s and
// Ruby's %{name}, %<name>s are named, not numbered.
func printfConv(s string) (num int, conv string, ok bool) {
	if len(s) < 2 || s[0] != '%' || s[1] == '(' || s[1] == '{' || s[1] == '<' {
		return 0, "", false
	}
	i := 1
	j := i
	for j < len(s) && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > i && j < len(s) && s[j] == '$' {
		num, _ = strconv.Atoi(s[i:j])
		i = j + 1
	}
	n := strings.IndexFunc(s[i:], func(r rune) bool { return !strings.ContainsRune("-+#0' *.0123456789", r) }) // flags, width, precision
	if n < 0 {
		return 0, "", false
	}
	i += n
	return num, s[i:], true
}

// tagID names a tag by its name and kind: "<b>", "</b>", "<br/>"; a span
// that is not markup (Markdown code) by its text.
func tagID(t string) string {
	if !strings.HasPrefix(t, "<") {
		return t
	}
	closing := strings.HasPrefix(t, "</")
	// "<br/>", "<br />", <x id="1"/>; not <a href=%2$s/>, whose slash ends
	// an unquoted value.
	self := strings.HasSuffix(t, "/>") && (!strings.Contains(t, "=") || strings.ContainsAny(t[len(t)-3:len(t)-2], " \"'"))
	name := strings.TrimLeft(t, "</")
	if k := strings.IndexAny(name, " \t\n/>"); k >= 0 {
		name = name[:k]
	}
	switch {
	case closing:
		return "</" + name + ">"
	case self:
		return "<" + name + "/>"
	}
	return "<" + name + ">"
}

func placeholderMismatch(p *Pass) {
	k := pairedTarget(p)
	if k < 0 {
		return
	}
	src := p.Set.Source
	for _, u := range p.Set.Units() {
		if u[0] < 0 || u[k] < 0 {
			continue
		}
		su, tu := &src.Units[u[0]], &p.Doc.Units[u[k]]
		if tu.Start == tu.End || len(su.Spans) == 0 && len(tu.Spans) == 0 {
			continue // untranslated's business, or nothing to compare
		}
		comparePlaceholders(p, su, tu, placeholdersOf(src.Text, su.Spans), placeholdersOf(p.Doc.Text, tu.Spans))
	}
}

func comparePlaceholders(p *Pass, su, tu *format.Unit, sp, tp []argSpan) {
	report := func(start, end int, msg string, ph argSpan, exp []string, data map[string]any) {
		data["Placeholder"] = ph.text
		f := Finding{MessageID: msg, Key: tu.Key, Context: tu.Context, Expected: exp, Data: data}
		line, col := docPosition(p.Set.Source.Document, su.Start)
		f.SourceFile, f.SourceLang, f.SourceLine, f.SourceCol = p.Set.Source.File, p.Set.Source.Lang, line, col
		f.SourceText = string(p.Set.Source.Text[su.Start:su.End])
		p.Report(start, end, f)
	}
	// Printf by number: the same number with another conversion is changed.
	srcNum := map[int]argSpan{}
	for _, s := range sp {
		if s.num > 0 {
			srcNum[s.num] = s
		}
	}
	matched := make([]bool, len(sp))
	used := make([]bool, len(tp))
	for j, t := range tp {
		if t.num == 0 {
			continue
		}
		s, ok := srcNum[t.num]
		if !ok {
			continue
		}
		for i := range sp {
			if sp[i].num == t.num && !matched[i] {
				matched[i], used[j] = true, true
				break
			}
		}
		if used[j] && s.id != t.id {
			report(t.start, t.end, "RulePlaceholderChanged", t, []string{s.text}, map[string]any{"Source": s.text})
		}
	}
	// The rest as multisets.
	for j, t := range tp {
		if used[j] {
			continue
		}
		for i, s := range sp {
			if !matched[i] && s.num == 0 && t.num == 0 && s.id == t.id {
				matched[i], used[j] = true, true
				break
			}
		}
	}
	for i, s := range sp {
		if !matched[i] && !strings.HasPrefix(s.text, "%{") {
			report(tu.Start, tu.End, "RulePlaceholderMissing", s, []string{s.text}, map[string]any{})
		}
		// Ruby's I18n ignores an argument its translation does not use: a
		// %{name} left out is the translator's choice (Rails prefixes the
		// attribute to "no coincide"), not a fault. An extra one is.
	}
	for j, t := range tp {
		if !used[j] {
			report(t.start, t.end, "RulePlaceholderExtra", t, nil, map[string]any{})
		}
	}
}

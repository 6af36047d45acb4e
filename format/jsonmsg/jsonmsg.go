// Package jsonmsg reads the JSON message files of the web world, one
// language per file: i18next, FormatJS (ICU MessageFormat), vue-i18n and
// go-i18n's JSON. A file is keyed: its units carry keys that pair them
// with the other languages' files.
//
// # Keys
//
// Nested objects give keys joined with "." ({"a": {"b": "x"}} is a.b);
// array items are numbered (a.0). When the root object has one member
// whose name is a language tag ({"es": {…}}), that is the file's language
// and not part of the keys. Numbers, booleans and null are not messages.
//
// # Dialects
//
// The dialect is decided once per file, from its content:
//   - go-i18n, when an object's members are only CLDR plural categories
//     with "description", "hash", "id", "leftDelim" or "rightDelim", one of
//     them "other", or a value holds "{{.": such an object is one message,
//     one unit per category (only "other": one unit without plural), its
//     description in Notes; placeholders {{.Name}}.
//   - ICU (FormatJS), when a value holds a plural, select or selectordinal
//     argument ("{n, plural,"): every value is an ICU message, one unit per
//     plural branch (see package format/icu; =0 branches are units whose
//     Plural is "=0"); a value that does not parse is one unit flagged
//     "icu-error".
//   - i18next, when a value holds "{{" or "$t(", or a key ends in _other:
//     keys base_one, base_few, … (and base_ordinal_one …, flagged
//     "ordinal") become units of key base with Plural set, when base_other
//     is there too; placeholders {{name}} and $t(key).
//   - vue-i18n, when a value holds a link "@:key" or "@.lower:key": a
//     value with " | " is plural forms, given CLDR categories in order
//     (see forms); placeholders {name} and links.
//   - otherwise ICU, which reads plain strings and {name} arguments alike.
//
// Every unit has the dialect in its Flags ("icu", "i18next", "vue-i18n",
// "go-i18n").
//
// # Language
//
// From the root key, else the path (es-ES.json, locales/es/ns.json),
// else Options.Lang, else "".
package jsonmsg

import (
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/jsontree"
	"github.com/glosa-dev/glosa/format/placeholder"
)

func init() {
	format.Register(format.Format{Name: "json", Extensions: []string{".json"}, Sniff: Sniff, Read: Read, Keyed: true})
}

// Sniff reports whether head starts like a JSON object.
func Sniff(head []byte) bool {
	s := strings.TrimLeft(strings.TrimPrefix(string(head), "\ufeff"), " \t\r\n")
	return strings.HasPrefix(s, "{")
}

// Dialect is a JSON message syntax.
type Dialect uint8

const (
	ICU Dialect = iota
	I18next
	Vue
	GoI18n
)

var dialectNames = [...]string{"icu", "i18next", "vue-i18n", "go-i18n"}

func (d Dialect) String() string { return dialectNames[d] }

// Read reads a JSON message file.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	root, err := jsontree.Parse(name, b)
	if err != nil {
		return nil, err
	}
	if root.Kind != jsontree.Object {
		return nil, diag.List{{File: name, Line: root.Line, Col: root.Col, Severity: diag.Error, ID: "JSONMsgNotObject"}}
	}
	d := &format.Document{File: name}
	if len(root.Members) == 1 && root.Members[0].Value.Kind == jsontree.Object {
		if t := jsontree.Tag(root.Members[0].Key.S); t != "" {
			d.Lang, root = t, root.Members[0].Value
		}
	}
	if d.Lang == "" {
		d.Lang = jsontree.PathLang(name)
	}
	if d.Lang == "" {
		d.Lang = opts.Lang
	}
	dialect, strs := detect(root)
	d.Units = make([]format.Unit, 0, strs)
	r2 := &reader{doc: d, dialect: dialect}
	r2.b.Text = make([]byte, 0, len(b))
	r2.flags = []string{r2.dialect.String()}
	r2.object(root, "")
	d.Text, d.Map = r2.b.Text, r2.b.Map
	return &format.File{Name: name, Docs: []*format.Document{d}}, nil
}

var icuComplex = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`\{\s*[\p{L}\p{N}_]+\s*,\s*(plural|select|selectordinal)\s*,`)
})

// Detect decides the dialect of a file (see the package doc).
func Detect(root *jsontree.Node) Dialect {
	d, _ := detect(root)
	return d
}

// detect returns the dialect and the number of strings.
func detect(root *jsontree.Node) (Dialect, int) {
	var goi18n, icuSeen, i18next, vue bool
	strs := 0
	var walk func(n *jsontree.Node)
	walk = func(n *jsontree.Node) {
		switch n.Kind {
		case jsontree.Object:
			if isGoMessage(n) {
				goi18n = true
			}
			for _, m := range n.Members {
				if strings.HasSuffix(m.Key.S, "_other") {
					i18next = true
				}
				walk(m.Value)
			}
		case jsontree.Array:
			for _, it := range n.Items {
				walk(it)
			}
		case jsontree.String:
			strs++
			s := n.Str.S
			switch {
			case strings.Contains(s, "{{."):
				goi18n = true
			case strings.Contains(s, "{{") || strings.Contains(s, "$t("):
				i18next = true
			}
			if strings.Contains(s, "@:") || strings.Contains(s, "@.") && vueLink().MatchString(s) {
				vue = true
			}
			if strings.IndexByte(s, ',') >= 0 && icuComplex().MatchString(s) {
				icuSeen = true
			}
		}
	}
	walk(root)
	switch {
	case goi18n:
		return GoI18n, strs
	case icuSeen:
		return ICU, strs
	case i18next:
		return I18next, strs
	case vue:
		return Vue, strs
	}
	return ICU, strs
}

var goKeys = map[string]bool{"description": true, "hash": true, "id": true, "leftDelim": true, "rightDelim": true,
	"zero": true, "one": true, "two": true, "few": true, "many": true, "other": true}

// isGoMessage reports whether n is a go-i18n message object.
func isGoMessage(n *jsontree.Node) bool {
	other := false
	for _, m := range n.Members {
		if !goKeys[m.Key.S] || m.Value.Kind != jsontree.String {
			return false
		}
		other = other || m.Key.S == "other"
	}
	return other
}

var categories = []string{"zero", "one", "two", "few", "many", "other"}

type reader struct {
	doc     *format.Document
	dialect Dialect
	flags   []string
	b       jsontree.Builder
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

func (r *reader) object(n *jsontree.Node, prefix string) {
	if r.dialect == GoI18n && isGoMessage(n) {
		r.goMessage(n, prefix)
		return
	}
	// i18next plural groups: base_cat with base_other present.
	var plural map[string]bool
	if r.dialect == I18next {
		for _, m := range n.Members {
			if base, ok := strings.CutSuffix(m.Key.S, "_other"); ok && m.Value.Kind == jsontree.String {
				if plural == nil {
					plural = map[string]bool{}
				}
				plural[base] = true
			}
		}
	}
	for _, m := range n.Members {
		key := m.Key.S
		switch m.Value.Kind {
		case jsontree.Object:
			r.object(m.Value, join(prefix, key))
		case jsontree.Array:
			r.array(m.Value, join(prefix, key))
		case jsontree.String:
			u := jsontree.Unit{Key: join(prefix, key), Flags: r.flags}
			if len(plural) > 0 {
				if base, cat, ord, ok := i18nextPlural(key); ok && plural[base] {
					u.Key, u.Plural = join(prefix, base), cat
					if ord {
						u.Flags = append(u.Flags[:len(u.Flags):len(u.Flags)], "ordinal")
					}
				}
			}
			r.value(m.Value.Str, u)
		}
	}
}

func (r *reader) array(n *jsontree.Node, prefix string) {
	for i, it := range n.Items {
		key := join(prefix, strconv.Itoa(i))
		switch it.Kind {
		case jsontree.Object:
			r.object(it, key)
		case jsontree.Array:
			r.array(it, key)
		case jsontree.String:
			r.value(it.Str, jsontree.Unit{Key: key, Flags: r.flags})
		}
	}
}

// i18nextPlural splits key_one, key_ordinal_few.
func i18nextPlural(key string) (base, cat string, ordinal, ok bool) {
	i := strings.LastIndexByte(key, '_')
	if i <= 0 {
		return "", "", false, false
	}
	base, cat = key[:i], key[i+1:]
	found := false
	for _, c := range categories {
		found = found || c == cat
	}
	if !found {
		return "", "", false, false
	}
	if b, ok := strings.CutSuffix(base, "_ordinal"); ok {
		return b, cat, true, true
	}
	return base, cat, false, true
}

func (r *reader) goMessage(n *jsontree.Node, key string) {
	var notes []string
	if d, ok := n.String("description"); ok && d.S != "" {
		notes = []string{d.S}
	}
	if id, ok := n.String("id"); ok && id.S != "" {
		key = id.S
	}
	var cats []jsontree.Member
	for _, m := range n.Members {
		for _, c := range categories {
			if m.Key.S == c {
				cats = append(cats, m)
			}
		}
	}
	for _, m := range cats {
		u := jsontree.Unit{Key: key, Notes: notes, Flags: r.flags}
		if len(cats) > 1 {
			u.Plural = m.Key.S
		}
		r.b.AddPlain(r.doc, m.Value.Str, u, placeholder.DoubleBrace, nil)
	}
}

func (r *reader) value(s jsontree.Str, u jsontree.Unit) {
	switch r.dialect {
	case ICU:
		r.b.AddICU(r.doc, s, u)
	case I18next:
		r.b.AddPlain(r.doc, s, u, placeholder.DoubleBrace, nesting)
	case GoI18n:
		r.b.AddPlain(r.doc, s, u, placeholder.DoubleBrace, nil)
	case Vue:
		r.vue(s, u)
	}
}

// nesting finds i18next's $t(key) and $t(key, {…}).
func nesting(s string) [][2]int {
	var out [][2]int
	for i := 0; ; {
		j := strings.Index(s[i:], "$t(")
		if j < 0 {
			return out
		}
		j += i
		depth, k := 0, j+2
		for ; k < len(s); k++ {
			if s[k] == '(' {
				depth++
			} else if s[k] == ')' {
				depth--
				if depth == 0 {
					break
				}
			}
		}
		if k >= len(s) {
			return out
		}
		out = append(out, [2]int{j, k + 1})
		i = k + 1
	}
}

var vueLink = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`@(?:\.[a-z]+)?:(?:\([^)]*\)|[\p{L}\p{N}_.\-]+[\p{L}\p{N}_\-])`)
})

func links(s string) [][2]int {
	var out [][2]int
	for _, m := range vueLink().FindAllStringIndex(s, -1) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

// forms returns the plural categories of vue-i18n's n forms in language
// lang: the language's CLDR categories when there are as many forms;
// else vue's default: two forms are one|other, three =0|one|other; a
// form beyond those is "=N", its index.
func forms(lang string, n int) []string {
	var cats []string
	switch base, _, _ := strings.Cut(lang, "-"); base {
	case "ru", "uk", "be", "pl", "cs":
		cats = []string{"one", "few", "many", "other"}
	default:
		cats = []string{"one", "other"}
	}
	if n != len(cats) {
		cats = []string{"one", "other"}
		if n >= 3 {
			cats = []string{"=0", "one", "other"}
		}
	}
	out := make([]string, n)
	for i := range out {
		if i < len(cats) {
			out[i] = cats[i]
		} else {
			out[i] = "=" + strconv.Itoa(i)
		}
	}
	return out
}

func (r *reader) vue(s jsontree.Str, u jsontree.Unit) {
	if !strings.Contains(s.S, "|") {
		r.b.AddPlain(r.doc, s, u, placeholder.Brace, links)
		return
	}
	var parts [][2]int
	start := 0
	for i := 0; i < len(s.S); i++ {
		if s.S[i] == '|' {
			parts = append(parts, [2]int{start, i})
			start = i + 1
		}
	}
	parts = append(parts, [2]int{start, len(s.S)})
	cats := forms(r.doc.Lang, len(parts))
	for k, p := range parts {
		a, e := p[0], p[1]
		for a < e && s.S[a] == ' ' {
			a++
		}
		for e > a && s.S[e-1] == ' ' {
			e--
		}
		start := r.b.Next()
		r.b.Add(s, a, e)
		text := s.S[a:e]
		spans := placeholder.Find(text, start, placeholder.Brace)
		for _, l := range links(text) {
			spans = append(spans, format.Span{Start: start + l[0], End: start + l[1]})
		}
		slices.SortFunc(spans, func(a, b format.Span) int { return a.Start - b.Start })
		w := u
		w.Plural = cats[k]
		r.doc.Units = append(r.doc.Units, format.Unit{Kind: format.Message, Start: start, Body: start, End: len(r.b.Text),
			Para: len(r.doc.Units), Key: w.Key, Flags: w.Flags, Plural: w.Plural, Spans: spans})
	}
}

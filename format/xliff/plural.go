package xliff

import (
	"regexp"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/format/internal/xmlmsg"
)

// A part is a plural form's bytes in a value's text.
type part struct{ from, to int }

// forms splits a value at Symfony's "|" (not "||", not inside an inline
// element) into its forms, each without the white space around it and
// without a "label:" before it; one form when there is no "|".
func forms(v *xmlmsg.Value) []part {
	var out []part
	t := v.Text
	tag := 0
	from := 0
	for i := 0; i <= len(t); i++ {
		for tag < len(v.Tags) && v.Tags[tag].End <= i {
			tag++
		}
		if i < len(t) {
			if tag < len(v.Tags) && v.Tags[tag].Start <= i {
				continue
			}
			if t[i] != '|' {
				continue
			}
			if i+1 < len(t) && t[i+1] == '|' {
				i++
				continue
			}
		}
		out = append(out, trim(t, from, i))
		from = i + 1
	}
	return out
}

var label = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`^[A-Za-z0-9_]+:\s*`) })

func trim(t []byte, from, to int) part {
	for from < to && isSpace(t[from]) {
		from++
	}
	for to > from && isSpace(t[to-1]) {
		to--
	}
	if m := label().FindIndex(t[from:to]); m != nil && !interval().Match(t[from:to]) {
		from += m[1]
	}
	return part{from, to}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// interval is Symfony's explicit interval before a form: {0}, {1,2,3},
// [2,Inf[, ]1,19].
var interval = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*(\{\s*-?\d+(\s*,\s*-?\d+)*\s*\}|[\[\]]\s*(-Inf|\*|-?\d+(\.\d+)?)\s*,\s*(\+?Inf|\*|-?\d+(\.\d+)?)\s*[\[\]])`)
})

// intervals reports whether a form of v starts with an explicit interval.
func intervals(v *xmlmsg.Value, parts []part) bool {
	for _, p := range parts {
		if interval().Match(v.Text[p.from:p.to]) {
			return true
		}
	}
	return false
}

var (
	catMu    sync.Mutex
	catCache = map[string][]string{}
)

// categories lists the CLDR plural categories that a language's integers
// use, in CLDR's order (zero, one, two, few, many, other): the order of
// Symfony's forms (en: one, other; ru: one, few, many).
func categories(lang string) []string {
	catMu.Lock()
	defer catMu.Unlock()
	if c, ok := catCache[lang]; ok {
		return c
	}
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.English
	}
	seen := map[plural.Form]bool{}
	for i := 0; i <= 1000; i++ {
		seen[plural.Cardinal.MatchPlural(tag, i, 0, 0, 0, 0)] = true
	}
	var c []string
	for _, f := range []struct {
		form plural.Form
		name string
	}{{plural.Zero, "zero"}, {plural.One, "one"}, {plural.Two, "two"}, {plural.Few, "few"}, {plural.Many, "many"}, {plural.Other, "other"}} {
		if seen[f.form] {
			c = append(c, f.name)
		}
	}
	catCache[lang] = c
	return c
}

// category is the category of the i-th form: a form beyond the language's
// is "other" when its integers do not use "other" (Russian's fourth form,
// CLDR's fractions), else it has none ("").
func category(cats []string, i int) string {
	switch {
	case i < len(cats):
		return cats[i]
	case i == len(cats) && cats[len(cats)-1] != "other":
		return "other"
	}
	return ""
}

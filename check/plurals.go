package check

import (
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/format"
)

// PluralForms reports a plural message (the units of a document that
// share Context and Key with Plural set) that lacks a CLDR category its
// language needs, or has one the language cannot use. A language needs
// the categories CLDR gives its integers (Spanish and English one, other;
// Russian one, few, many) and "other" where that holds integers too; in a
// language whose "other" only holds fractions (Russian), "other" is needed
// when the document's plural messages use it anywhere (ICU, Android,
// go-i18n, i18next and Apple require it, and a Russian file of theirs has
// it), not in a document that never does (gettext, whose Plural-Forms
// count integers only). It can use those and the categories of fractions;
// "other" always. An explicit value ("=1", as ICU writes it) stands for
// a category that holds that one integer alone: "=1" is "one" in Spanish
// and English, not in Russian, where "one" also holds 21 and 31.
var PluralForms = &Rule{
	ID:       "plural-forms",
	DocID:    "RuleDocPluralForms",
	Severity: Warning,
	Run:      pluralForms,
}

// categories is what CLDR says of a language's cardinal plurals.
type categories struct {
	ints   map[string][]int // category → its integers in 0..maxPluralInt
	usable map[string]bool
}

// maxPluralInt bounds the integers tried: CLDR's integer rules repeat
// within a hundred, and 101..200 covers their exceptions (111, 112).
const maxPluralInt = 200

var formNames = map[plural.Form]string{plural.Other: "other", plural.Zero: "zero", plural.One: "one",
	plural.Two: "two", plural.Few: "few", plural.Many: "many"}

var pluralCache sync.Map // base language → *categories

func categoriesOf(tag string) *categories {
	base := strings.ToLower(strings.SplitN(strings.ReplaceAll(tag, "_", "-"), "-", 2)[0])
	if c, ok := pluralCache.Load(base); ok {
		return c.(*categories)
	}
	t, err := language.Parse(base)
	if err != nil {
		return nil
	}
	c := &categories{ints: map[string][]int{}, usable: map[string]bool{"other": true}}
	for i := 0; i <= maxPluralInt; i++ {
		name := formNames[plural.Cardinal.MatchPlural(t, i, 0, 0, 0, 0)]
		c.ints[name] = append(c.ints[name], i)
		c.usable[name] = true
	}
	for i := 0; i <= 20; i++ {
		for f := 1; f <= 9; f++ {
			c.usable[formNames[plural.Cardinal.MatchPlural(t, i, 1, 1, f, f)]] = true
		}
	}
	pluralCache.Store(base, c)
	return c
}

func pluralForms(p *Pass) {
	cats := categoriesOf(p.Doc.Lang)
	if cats == nil || p.Doc.Lang == "" {
		return
	}
	type message struct {
		first int // its first unit
		cats  []string
	}
	var order []msgKey
	msgs := map[msgKey]*message{}
	usesOther := false
	for i, u := range p.Doc.Units {
		if u.Plural == "" {
			continue
		}
		mk := msgKey{u.Context, u.Key}
		m := msgs[mk]
		if m == nil {
			m = &message{first: i}
			msgs[mk] = m
			order = append(order, mk)
		}
		m.cats = append(m.cats, u.Plural)
		usesOther = usesOther || u.Plural == "other"
	}
	var need []string
	for _, name := range []string{"zero", "one", "two", "few", "many", "other"} {
		if len(cats.ints[name]) > 0 || name == "other" && usesOther {
			need = append(need, name)
		}
	}
	for _, mk := range order {
		m := msgs[mk]
		u := &p.Doc.Units[m.first]
		has := map[string]bool{}
		for _, c := range m.cats {
			if n, err := strconv.Atoi(strings.TrimPrefix(c, "=")); strings.HasPrefix(c, "=") && err == nil {
				for name, ints := range cats.ints {
					if len(ints) == 1 && ints[0] == n {
						has[name] = true
					}
				}
				continue
			}
			has[c] = true
			if !cats.usable[c] {
				at := u
				if k := unitWithPlural(p.Doc.Units, m.first, mk, c); k >= 0 {
					at = &p.Doc.Units[k]
				}
				p.Report(at.Start, at.End, Finding{MessageID: "RulePluralUnusable", Key: u.Key, Context: u.Context,
					Data: map[string]any{"Key": keyName(p.Doc, u), "Category": c, "Lang": p.Doc.Lang}})
			}
		}
		var missing []string
		for _, name := range need {
			if !has[name] {
				missing = append(missing, name)
			}
		}
		if len(missing) > 0 {
			p.Report(u.Start, u.End, Finding{MessageID: "RulePluralMissing", Key: u.Key, Context: u.Context,
				Data: map[string]any{"Key": keyName(p.Doc, u), "Categories": strings.Join(missing, ", "), "Lang": p.Doc.Lang}})
		}
	}
}

// unitWithPlural returns the index of the unit of message mk with plural
// category c, from unit i on, or -1.
func unitWithPlural(units []format.Unit, i int, mk msgKey, c string) int {
	for k := i; k < len(units); k++ {
		if units[k].Plural == c && units[k].Key == mk.key && units[k].Context == mk.context {
			return k
		}
	}
	return -1
}

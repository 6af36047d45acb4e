package lang

import (
	"sync"

	"golang.org/x/text/language"
)

// Script is the writing system a language is normally written in.
type Script int

// The scripts a Profile tells apart.
const (
	Other Script = iota
	Latin
	Cyrillic
)

// QuotePair is an opening quotation mark and a closing mark that closes it.
type QuotePair struct{ Open, Close rune }

// Profile is what the rules need to know about a language.
type Profile struct {
	// Base is the base language ("es" for es-MX).
	Base string
	// Script is the script the language is normally written in.
	Script Script
	// Decimal is the decimal mark of numbers (es 3,5; en 3.5); the other
	// of '.' and ',' separates groups of digits.
	Decimal rune
	// Quotes are the quotation mark pairs in use, an opening mark once for
	// each closing mark it may take (Russian „…“ and „…”).
	Quotes []QuotePair
	// Articles are the leading words a term may drop in text, folded.
	Articles []string
}

// Opens reports whether r opens a quotation in the language.
func (p *Profile) Opens(r rune) bool {
	for _, q := range p.Quotes {
		if q.Open == r {
			return true
		}
	}
	return false
}

// Openers returns the opening marks that the closing mark r closes, or nil
// if r closes no quotation.
func (p *Profile) Openers(r rune) []rune {
	var out []rune
	for _, q := range p.Quotes {
		if q.Close == r {
			out = append(out, q.Open)
		}
	}
	return out
}

// Closes reports whether close closes a quotation opened with open.
func (p *Profile) Closes(open, close rune) bool {
	for _, q := range p.Quotes {
		if q.Open == open && q.Close == close {
			return true
		}
	}
	return false
}

// HasArticle reports whether the folded word w is a leading article.
func (p *Profile) HasArticle(w string) bool {
	for _, a := range p.Articles {
		if a == w {
			return true
		}
	}
	return false
}

// commonQuotes are the pairs of every language without a profile of its own.
var commonQuotes = []QuotePair{{'«', '»'}, {'“', '”'}}

var profiles = map[string]*Profile{
	"es": {Base: "es", Script: Latin, Decimal: ',', Quotes: commonQuotes,
		Articles: []string{"el", "la", "los", "las", "lo"}},
	"en": {Base: "en", Script: Latin, Decimal: '.', Quotes: commonQuotes,
		Articles: []string{"the", "a", "an"}},
	"ru": {Base: "ru", Script: Cyrillic, Decimal: ',',
		Quotes: []QuotePair{{'«', '»'}, {'„', '“'}, {'„', '”'}, {'“', '”'}}},
}

var others sync.Map // tag -> *Profile, for tags without a profile

// Of returns the profile of a BCP 47 tag: that of its base language, or
// for another language a default one (decimal comma, « » and “ ”, no
// articles); the script is always the one the tag implies ("ru-Latn" is
// Latin). A tag that does not parse
// gets the default profile, Base the tag itself and Script Other. The
// profile is shared: do not modify it.
func Of(tag string) *Profile {
	if p := profiles[tag]; p != nil {
		return p // the common case, without parsing
	}
	if p, ok := others.Load(tag); ok {
		return p.(*Profile)
	}
	p := profiles[Base(tag)]
	switch sc := scriptOf(tag); {
	case p == nil:
		p = &Profile{Base: Base(tag), Script: sc, Decimal: ',', Quotes: commonQuotes}
	case sc != p.Script && sc != Other:
		q := *p // "ru-Latn": the language, in the script the tag names
		q.Script = sc
		p = &q
	}
	actual, _ := others.LoadOrStore(tag, p)
	return actual.(*Profile)
}

// scriptOf returns the script tag is normally written in.
func scriptOf(tag string) Script {
	t, err := language.Parse(tag)
	if err != nil {
		return Other
	}
	switch sc, _ := t.Script(); sc.String() {
	case "Latn":
		return Latin
	case "Cyrl":
		return Cyrillic
	}
	return Other
}

// Base returns the base language of a BCP 47 tag ("es" for es-MX, "sr"
// for sr-Latn). A tag that does not parse is returned as it is.
func Base(tag string) string {
	if plainBase(tag) {
		return tag // the common case, without parsing
	}
	t, err := language.Parse(tag)
	if err != nil {
		return tag
	}
	b, _ := t.Base()
	return b.String()
}

// plainBase reports whether tag is a bare two- or three-letter lowercase
// language subtag ("es", "ast"), its own base.
func plainBase(tag string) bool {
	if len(tag) < 2 || len(tag) > 3 {
		return false
	}
	for i := range len(tag) {
		if tag[i] < 'a' || tag[i] > 'z' {
			return false
		}
	}
	return true
}

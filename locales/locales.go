// Package locales holds glosa's user interface messages in English, Spanish
// and Russian (the go-i18n TOML files beside this file, embedded in the
// binary) and prints them with CLDR plural rules.
//
// # Choosing the language
//
// [Pick] takes the first of the --ui-lang flag, LC_ALL, LC_MESSAGES and
// LANG that is set, reads POSIX locale names ("ru_RU.UTF-8") as BCP 47 tags
// and matches the result against en, es and ru with x/text/language; "C",
// "POSIX" and anything unsupported give English.
package locales

import (
	"embed"
	"strings"
	"sync"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"
)

//go:embed *.toml
var files embed.FS

// Supported lists the UI languages, English first (the fallback).
var Supported = []language.Tag{language.English, language.Spanish, language.Russian}

var (
	bundleOnce sync.Once
	bundle     *i18n.Bundle
	bundleErr  error
)

// Bundle returns the bundle of all embedded message files.
func Bundle() (*i18n.Bundle, error) {
	bundleOnce.Do(func() { bundle, bundleErr = load(Supported...) })
	return bundle, bundleErr
}

// load returns a bundle of the message files of tags, English (the
// fallback) first.
func load(tags ...language.Tag) (*i18n.Bundle, error) {
	b := i18n.NewBundle(language.English)
	b.RegisterUnmarshalFunc("toml", unmarshal)
	for _, t := range tags {
		if _, err := b.LoadMessageFileFS(files, t.String()+".toml"); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// oneBundle holds, for each supported language but English, a bundle of
// its messages and English's; English's holds its own alone. A Printer
// reads no other: parsing the three files is most of a short run's start.
var oneBundle = func() (out []func() (*i18n.Bundle, error)) {
	for _, t := range Supported {
		tags := []language.Tag{language.English}
		if t != language.English {
			tags = append(tags, t)
		}
		out = append(out, sync.OnceValues(func() (*i18n.Bundle, error) { return load(tags...) }))
	}
	return out
}()

// bundleOf returns the bundle a Printer of tag (a supported language)
// reads.
func bundleOf(tag language.Tag) (*i18n.Bundle, error) {
	for i, t := range Supported {
		if t == tag {
			return oneBundle[i]()
		}
	}
	return Bundle()
}

// Files returns the embedded message files, for tests.
func Files() embed.FS { return files }

// Printer renders messages in one language. It is safe for concurrent use.
type Printer struct {
	tag language.Tag
	loc *i18n.Localizer
}

// New returns a Printer for the best supported match of the given tags.
func New(tags ...string) *Printer {
	m := language.NewMatcher(Supported)
	tag, _ := language.MatchStrings(m, tags...)
	base, _ := tag.Base()
	tag = language.Make(base.String())
	b, err := bundleOf(tag)
	if err != nil {
		panic("locales: embedded message files are broken: " + err.Error())
	}
	return &Printer{tag: tag, loc: i18n.NewLocalizer(b, tag.String())}
}

var english = sync.OnceValue(func() *Printer { return New("en") })

// English returns the English printer, used for error values' Error text.
func English() *Printer { return english() }

// Tag returns the printer's language.
func (p *Printer) Tag() language.Tag { return p.tag }

// T renders message id with data.
func (p *Printer) T(id string, data map[string]any) string {
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: data})
	if err != nil {
		return id
	}
	return s
}

// N renders message id with the plural form for count, which is also
// available to the template as .Count.
func (p *Printer) N(id string, count int, data map[string]any) string {
	d := map[string]any{"Count": count}
	for k, v := range data {
		d[k] = v
	}
	s, err := p.loc.Localize(&i18n.LocalizeConfig{MessageID: id, TemplateData: d, PluralCount: count})
	if err != nil {
		return id
	}
	return s
}

// Pick chooses the UI language from the --ui-lang flag value (may be empty)
// and the environment, read through getenv.
func Pick(flag string, getenv func(string) string) *Printer {
	for _, v := range []string{flag, getenv("LC_ALL"), getenv("LC_MESSAGES"), getenv("LANG")} {
		if v == "" {
			continue
		}
		return New(posixToBCP47(v))
	}
	return New("en")
}

// posixToBCP47 turns "ru_RU.UTF-8@euro" into "ru-RU"; "C" and "POSIX" into "en".
func posixToBCP47(s string) string {
	if i := strings.IndexAny(s, ".@"); i >= 0 {
		s = s[:i]
	}
	if s == "C" || s == "POSIX" || s == "" {
		return "en"
	}
	// LANGUAGE-style lists ("es:en") take the first.
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[:i]
	}
	return strings.ReplaceAll(s, "_", "-")
}

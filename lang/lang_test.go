package lang

import (
	"fmt"
	"slices"
	"testing"
)

func TestBase(t *testing.T) {
	for tag, want := range map[string]string{
		"es": "es", "ast": "ast", "es-MX": "es", "sr-Latn": "sr", "EN": "en", "zh-Hant-TW": "zh",
		"": "", "not a tag": "not a tag",
	} {
		if got := Base(tag); got != want {
			t.Errorf("Base(%q) = %q, want %q", tag, got, want)
		}
	}
}

func TestOf(t *testing.T) {
	for _, c := range []struct {
		tag     string
		base    string
		script  Script
		decimal rune
	}{
		{"es", "es", Latin, ','}, {"es-MX", "es", Latin, ','}, {"en-GB", "en", Latin, '.'},
		{"ru", "ru", Cyrillic, ','}, {"ru-Latn", "ru", Latin, ','},
		{"uk", "uk", Cyrillic, ','}, {"sr-Latn", "sr", Latin, ','}, {"sr", "sr", Cyrillic, ','},
		{"de", "de", Latin, ','}, {"ja", "ja", Other, ','}, {"@@", "@@", Other, ','},
	} {
		p := Of(c.tag)
		if p.Base != c.base || p.Script != c.script || p.Decimal != c.decimal {
			t.Errorf("Of(%q) = %q %v %q, want %q %v %q", c.tag, p.Base, p.Script, p.Decimal, c.base, c.script, c.decimal)
		}
	}
	if Of("es-MX") != Of("es") || Of("uk") != Of("uk") {
		t.Error("Of does not share profiles")
	}
}

func TestQuotes(t *testing.T) {
	ru, es := Of("ru"), Of("es")
	if !ru.Opens('„') || es.Opens('„') || !es.Opens('«') || !es.Opens('“') || es.Opens('»') {
		t.Error("Opens")
	}
	if got := ru.Openers('”'); !slices.Equal(got, []rune{'„', '“'}) {
		t.Errorf("ru Openers(”) = %q", got)
	}
	if got := es.Openers('”'); !slices.Equal(got, []rune{'“'}) {
		t.Errorf("es Openers(”) = %q", got)
	}
	if es.Openers('(') != nil {
		t.Error("Openers of a bracket")
	}
	if !ru.Closes('„', '“') || es.Closes('„', '“') {
		t.Error("Closes")
	}
}

func TestArticles(t *testing.T) {
	if !Of("es-ES").HasArticle("los") || !Of("en").HasArticle("the") || Of("en").HasArticle("el") || Of("ru").HasArticle("the") {
		t.Error("HasArticle")
	}
}

func Example() {
	p := Of("es-MX")
	fmt.Println(Base("sr-Latn"), p.Base, p.Script == Latin, string(p.Decimal), p.HasArticle("los"))
	fmt.Println(Of("ru").Script == Cyrillic, string(Of("ru").Openers('”')))
	// Output:
	// sr es true , true
	// true „“
}

func FuzzOf(f *testing.F) {
	for _, s := range []string{"es", "es-MX", "sr-Latn", "ru-Latn", "EN", "", "x-y", "@@"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, tag string) {
		p := Of(tag)
		if p.Base != Base(tag) {
			t.Errorf("Of(%q).Base = %q, Base = %q", tag, p.Base, Base(tag))
		}
		if Base(p.Base) != p.Base {
			t.Errorf("Base(%q) = %q is not its own base", tag, p.Base)
		}
		if p.Decimal != ',' && p.Decimal != '.' || len(p.Quotes) == 0 {
			t.Errorf("Of(%q) = %+v", tag, p)
		}
	})
}

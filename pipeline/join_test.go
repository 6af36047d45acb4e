package pipeline

import (
	"path/filepath"
	"reflect"
	"testing"

	"github.com/glosa-dev/glosa/format"
)

func TestGroups(t *testing.T) {
	files := []string{
		"locales/en.json", "locales/es-ES.json", "locales/ru-RU.json",
		"res/values/strings.xml", "res/values-es/strings.xml", "res/values-b+ru+RU/strings.xml", "res/values-night/colors.xml",
		"Res/en.lproj/Localizable.strings", "Res/es.lproj/Localizable.strings",
		"po/es.po", "po/ru.po",
		"po/sed.es.po", "po/sed.ru.po",
		"docs/en/intro.md", "docs/es/intro.md", "docs/ru/intro.md",
		"i18n/active.en.toml", "i18n/active.es.toml",
		"l10n/intl_en.arb", "l10n/intl_ru.arb",
		"README.md",
	}
	got := Groups(files, "", nil, func(f string) bool { return filepath.Ext(f) == ".po" })
	want := []Group{
		{[]string{"locales/en.json", "locales/es-ES.json", "locales/ru-RU.json"}, []string{"en", "es-ES", "ru-RU"}},
		{[]string{"res/values/strings.xml", "res/values-es/strings.xml", "res/values-b+ru+RU/strings.xml"}, []string{"", "es", "ru-RU"}},
		{[]string{"res/values-night/colors.xml"}, []string{""}},
		{[]string{"Res/en.lproj/Localizable.strings", "Res/es.lproj/Localizable.strings"}, []string{"en", "es"}},
		{[]string{"po/es.po", "po/ru.po"}, []string{"es", "ru"}}, // catalogs with their msgids: one set
		{[]string{"po/sed.es.po", "po/sed.ru.po"}, []string{"es", "ru"}},
		{[]string{"docs/en/intro.md", "docs/es/intro.md", "docs/ru/intro.md"}, []string{"en", "es", "ru"}},
		{[]string{"i18n/active.en.toml", "i18n/active.es.toml"}, []string{"en", "es"}},
		{[]string{"l10n/intl_en.arb", "l10n/intl_ru.arb"}, []string{"en", "ru"}},
		{[]string{"README.md"}, []string{""}},
	}
	if !reflect.DeepEqual(got, want) {
		for _, g := range got {
			t.Logf("%q %q", g.Files, g.Langs)
		}
		t.Errorf("Groups differ")
	}
}

func keyed(name, lang string, units ...format.Unit) *format.File {
	return &format.File{Name: name, Docs: []*format.Document{{File: name, Lang: lang, Units: units}}}
}

func TestJoin(t *testing.T) {
	en := keyed("en.json", "en",
		format.Unit{Key: "a"}, format.Unit{Key: "n", Plural: "one"}, format.Unit{Key: "n", Plural: "other"}, format.Unit{Key: "gone"})
	ru := keyed("ru.json", "ru",
		format.Unit{Key: "n", Plural: "one"}, format.Unit{Key: "n", Plural: "few"}, format.Unit{Key: "n", Plural: "many"},
		format.Unit{Key: "a"}, format.Unit{Key: "extra"})
	es := keyed("es.json", "es", format.Unit{Key: "a"})
	f := Join(en, es, ru)
	want := [][]int{
		{0, 0, 3},   // a
		{1, -1, 0},  // n one
		{2, -1, 1},  // n other ← ru few
		{3, -1, -1}, // gone
		{2, -1, 2},  // n other ← ru many
		{-1, -1, 4}, // extra
	}
	if !reflect.DeepEqual(f.Units, want) || len(f.Docs) != 3 || f.Docs[2].Lang != "ru" {
		t.Errorf("rows %v, want %v", f.Units, want)
	}
	// Catalogs of one domain: x.es.po and x.ru.po, each with its msgids.
	po := func(name, lang string, tgt ...format.Unit) *format.File {
		src := &format.Document{File: name, Lang: "en", Units: []format.Unit{{Key: "File"}, {Key: "January", Context: "month"}, {Key: "January"}}}
		d := &format.Document{File: name, Lang: lang, Units: tgt}
		rows := [][]int{{0, -1}, {1, -1}, {2, -1}}
		for i := range tgt {
			rows[i][1] = i
		}
		return &format.File{Name: name, Docs: []*format.Document{src, d}, Units: rows}
	}
	f = Join(po("x.es.po", "es", format.Unit{}, format.Unit{}, format.Unit{}), po("x.ru.po", "ru", format.Unit{}, format.Unit{}))
	if want := [][]int{{0, 0, 0}, {1, 1, 1}, {2, 2, -1}}; !reflect.DeepEqual(f.Units, want) {
		t.Errorf("catalog rows %v, want %v", f.Units, want)
	}
}

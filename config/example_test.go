package config_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/config"
)

func ExampleParse() {
	rules := []string{"punctuation", "term-inconsistent"}
	_, err := config.Parse(".glosa.toml", []byte(`glossary = "glossary.toml"
fial-on = "warning"

[rules]
punctuation = "disabled"

[[check]]
files = "docs/es/**/*.md"
lang = "es"
translations = ["en", "es"]
`), rules)
	fmt.Println(err)
	// Output:
	// .glosa.toml:2:1: error: unknown key "fial-on" (did you mean "fail-on"?)
	// .glosa.toml:5:15: error: the severity of rule punctuation must be "off", "info", "warning" or "error", not "disabled"
	// .glosa.toml:10:23: error: translation language es is the lang of the check itself
}

func ExampleTranslationPath() {
	for _, src := range []string{"testdata/x.es.txt", "docs/es/intro.md", "po/app_es.po", "notes.txt"} {
		fmt.Println(config.TranslationPath(src, "es", "ru"))
	}
	// Output:
	// testdata/x.ru.txt true
	// docs/ru/intro.md true
	// po/app_ru.po true
	//  false
}

package jsontree

import "github.com/glosa-dev/glosa/langid"

// PathLang returns the language a file's path names, or "": the base
// name or its last "." or "_" part (es-ES.json, messages.ru.json,
// intl_es.arb, app_pt_BR.arb), else the directory (locales/es/ns.json).
func PathLang(name string) string {
	tag, _ := langid.MessageFile(name)
	return tag
}

// Tag returns s as a BCP 47 tag if it looks like one ("es", "es-ES",
// "pt_BR", "zh-Hans"), else "".
func Tag(s string) string {
	tag, _ := langid.Loose(s)
	return tag
}

package langid

import (
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"golang.org/x/text/language"
)

// Android reads the name of an Android resource directory as a language
// tag: values-es, values-es-rMX (es-MX), values-b+es+419 (es-419), with
// mobile country and network codes before the language skipped
// (values-mcc310-mnc004-en-rUS) and other qualifiers after it ignored
// (values-ru-land). values/ itself names none.
func Android(dir string) (string, bool) {
	parts := strings.Split(dir, "-")
	if parts[0] != "values" {
		return "", false
	}
	parts = parts[1:]
	for len(parts) > 0 && (isCode(parts[0], "mcc") || isCode(parts[0], "mnc")) {
		parts = parts[1:]
	}
	if len(parts) == 0 {
		return "", false
	}
	var tag string
	switch p := parts[0]; {
	case strings.HasPrefix(p, "b+"):
		tag = strings.ReplaceAll(p[2:], "+", "-")
	case isAndroidLanguage(p):
		tag = p
		if len(parts) > 1 && len(parts[1]) == 3 && parts[1][0] == 'r' {
			tag += "-" + parts[1][1:]
		}
	default:
		return "", false
	}
	t, err := language.Parse(tag)
	if err != nil {
		return "", false
	}
	return t.String(), true
}

// Apple reads the name of an Apple localization directory as a language
// tag: es.lproj, pt-BR.lproj, zh_Hant.lproj. Base.lproj names none.
func Apple(dir string) (string, bool) {
	name, ok := strings.CutSuffix(dir, ".lproj")
	if !ok || strings.EqualFold(name, "base") {
		return "", false
	}
	t, err := language.Parse(strings.ReplaceAll(name, "_", "-"))
	if err != nil {
		return "", false
	}
	return t.String(), true
}

func isCode(s, prefix string) bool {
	rest, ok := strings.CutPrefix(s, prefix)
	if !ok || rest == "" {
		return false
	}
	_, err := strconv.Atoi(rest)
	return err == nil
}

// isAndroidLanguage reports whether a qualifier is a language code: two
// or three lower-case letters, and not "car" (the car UI mode).
func isAndroidLanguage(s string) bool {
	if len(s) < 2 || len(s) > 3 || s == "car" {
		return false
	}
	for _, c := range []byte(s) {
		if c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// looseTag matches what a message file's name spells as a language: a
// two-letter code in lower case, with a script and a region (es, es-ES,
// pt_BR, zh_Hant_TW). Three-letter codes are words too often ("app" is a
// language).
var looseTag = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^[a-z]{2}([-_][A-Za-z]{4})?([-_]([A-Za-z]{2}|[0-9]{3}))?$`)
})

// Loose reads s as a language tag when it looks like one looseTag
// matches, whatever the language ("es", "es-ES", "pt-BR" from "pt_BR").
func Loose(s string) (string, bool) {
	if !looseTag().MatchString(s) {
		return "", false
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return "", false
	}
	return t.String(), true
}

// MessageFile finds the language a message file's path names, in any
// language (Loose): the whole name without its extension (es.toml,
// es-ES.json), its last "." part (active.es.toml, messages.ru.json), its
// last two or last one "_" parts (messages_pt_BR.yml, intl_es.arb), else
// its directory's name (locales/es/ns.json).
func MessageFile(name string) (string, bool) {
	name = strings.ReplaceAll(filepath.ToSlash(name), "\\", "/") // a Windows path too
	base := path.Base(name)
	stem := strings.TrimSuffix(base, path.Ext(base))
	cands := []string{stem}
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		cands = append(cands, stem[i+1:])
	}
	parts := strings.Split(stem, "_")
	if n := len(parts); n >= 3 {
		cands = append(cands, parts[n-2]+"_"+parts[n-1])
	}
	if n := len(parts); n >= 2 {
		cands = append(cands, parts[n-1])
	}
	cands = append(cands, path.Base(path.Dir(name)))
	for _, c := range cands {
		if t, ok := Loose(c); ok {
			return t, true
		}
	}
	return "", false
}

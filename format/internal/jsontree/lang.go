package jsontree

import (
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// PathLang returns the language a file's path names, or "": the base
// name or its last "." or "_" part (es-ES.json, messages.ru.json,
// intl_es.arb, app_pt_BR.arb), else the directory (locales/es/ns.json).
func PathLang(name string) string {
	name = filepath.ToSlash(name)
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	cands := []string{base}
	if i := strings.LastIndexByte(base, '.'); i >= 0 {
		cands = append(cands, base[i+1:])
	}
	if parts := strings.Split(base, "_"); len(parts) > 1 {
		n := len(parts)
		if n > 2 {
			cands = append(cands, parts[n-2]+"-"+parts[n-1])
		}
		cands = append(cands, parts[n-1])
	}
	cands = append(cands, filepath.Base(filepath.Dir(name)))
	for _, c := range cands {
		if t := Tag(c); t != "" {
			return t
		}
	}
	return ""
}

// Tag returns s as a BCP 47 tag if it looks like one ("es", "es-ES",
// "pt_BR", "zh-Hans"), else "".
func Tag(s string) string {
	s = strings.ReplaceAll(s, "_", "-")
	base, _, _ := strings.Cut(s, "-")
	if len(base) != 2 || !isLower(base) {
		return ""
	}
	t, err := language.Parse(s)
	if err != nil {
		return ""
	}
	return t.String()
}

func isLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// Package langid tells which language a document is in: from its file name
// (x.es.txt, es/x.md, x_ru.po, GEN.001.en) or, failing that, from its text
// (script, then common words).
package langid

import (
	"path/filepath"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/language"
)

// FromPath finds a language tag in a file path. A tag counts only when its
// base language is in known (base languages such as "es"); this keeps file
// names like "go.mod" or "it/..." from being read as languages the user
// does not work with. The file name is tried first (a dot- or
// underscore-separated part, last first), then directories, innermost first.
func FromPath(path string, known map[string]bool) (string, bool) {
	path = filepath.ToSlash(path)
	dir, file := "", path
	if i := strings.LastIndexByte(path, '/'); i >= 0 {
		dir, file = path[:i], path[i+1:]
	}
	parts := strings.FieldsFunc(file, func(r rune) bool { return r == '.' || r == '_' })
	// The first part is the name itself ("es.txt" names a language only
	// through its extension-less form "es").
	for i := len(parts) - 1; i >= 1; i-- {
		if tag, ok := tagOf(parts[i], known); ok {
			return tag, true
		}
	}
	if len(parts) == 2 || len(parts) == 1 {
		if tag, ok := tagOf(parts[0], known); ok {
			return tag, true
		}
	}
	dirs := strings.Split(dir, "/")
	for i := len(dirs) - 1; i >= 0; i-- {
		if tag, ok := tagOf(dirs[i], known); ok {
			return tag, true
		}
	}
	return "", false
}

func tagOf(s string, known map[string]bool) (string, bool) {
	if len(s) < 2 || len(s) > 12 {
		return "", false
	}
	tag, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return "", false
	}
	base, conf := tag.Base()
	if conf != language.Exact || !known[base.String()] {
		return "", false
	}
	return tag.String(), true
}

// Reason says how Detect chose.
type Reason uint8

const (
	ByScript  Reason = iota // mostly Cyrillic letters
	ByWords                 // common words of the language
	ByDefault               // nothing to go on: English
)

// stopwords are built at first use: a run that detects nothing pays nothing.
var stopwords = sync.OnceValue(func() map[string]map[string]bool {
	return map[string]map[string]bool{
		"es": set("de la que el en y a los se del las un por con no una su para es al lo como más pero sus le ya o fue este ha sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros fueron era eran había"),
		"en": set("the of and to in is that it was for on are as with his they at be this from have or by one had not but what all were when we there can an your which their said if do will each about how up out them then she many some so these would other into has more her two like him see time could no make than first been its who now people my made over did down only way find use may long little very after"),
	}
})

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// Detect guesses the language of text among es, en and ru: Russian when
// most letters are Cyrillic, else Spanish or English by counting their most
// common words (English when there is nothing to go on).
func Detect(text []byte) (string, Reason) {
	cyr, lat := 0, 0
	counts := map[string]int{}
	var word []rune
	flush := func() {
		if len(word) > 0 {
			w := string(word)
			for l, sw := range stopwords() {
				if sw[w] {
					counts[l]++
				}
			}
			word = word[:0]
		}
	}
	for _, r := range string(text) {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			word = append(word, unicode.ToLower(r))
		case unicode.IsLetter(r):
			lat++
			word = append(word, unicode.ToLower(r))
		default:
			flush()
		}
	}
	flush()
	if cyr > lat {
		return "ru", ByScript
	}
	switch {
	case counts["es"] > counts["en"]:
		return "es", ByWords
	case counts["en"] > 0:
		return "en", ByWords
	}
	return "en", ByDefault
}

// Tag reads s as a language tag ("es", "es-ES", "ru_RU") whose base
// language is in known, as FromPath reads each part of a path.
func Tag(s string, known map[string]bool) (string, bool) { return tagOf(s, known) }

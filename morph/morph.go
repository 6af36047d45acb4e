package morph

import (
	"strings"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"golang.org/x/text/language"
)

// Stemmer computes keys for one language. It is safe for concurrent use.
type Stemmer struct {
	lang string // base language: "es", "en", "ru" or other
	stem func(string, bool) string
}

// ForLanguage returns the stemmer for tag's base language. Languages without
// a Snowball stemmer get one that returns the folded word.
func ForLanguage(tag language.Tag) *Stemmer {
	base, _ := tag.Base()
	s := &Stemmer{lang: base.String()}
	switch s.lang {
	case "es":
		s.stem = spanish.Stem
	case "en":
		s.stem = english.Stem
	case "ru":
		s.stem = russian.Stem
	}
	return s
}

// Language returns the base language the stemmer was made for.
func (s *Stemmer) Language() string { return s.lang }

// Stem returns the Snowball stem of a folded word (the folded word itself
// for languages without a stemmer).
func (s *Stemmer) Stem(folded string) string {
	folded = trimPossessive(folded)
	if s.stem == nil || folded == "" {
		return folded
	}
	return s.stem(folded, true)
}

// Key returns the matching key of a folded word: its stem, corrected as the
// package documentation describes.
func (s *Stemmer) Key(folded string) string {
	st := s.Stem(folded)
	switch s.lang {
	case "ru":
		return reduceRussian(st)
	case "es":
		return reduceSpanish(st)
	}
	return st
}

func trimPossessive(w string) string {
	if strings.HasSuffix(w, "'s") && len(w) > 2 {
		return w[:len(w)-2]
	}
	return strings.TrimRight(w, "'")
}

func isRussianVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ё':
		return true
	}
	return false
}

func isRussianConsonant(r rune) bool {
	return r >= 'а' && r <= 'я' && !isRussianVowel(r) && r != 'й' && r != 'ь' && r != 'ъ'
}

func reduceRussian(st string) string {
	n := utf8.RuneCountInString(st)
	// -ов/-ев: surnames and possessive nouns.
	if n >= 5 && (strings.HasSuffix(st, "ов") || strings.HasSuffix(st, "ев")) {
		st = st[:len(st)-len("ов")]
		n -= 2
	}
	// Fleeting vowel: consonant + о/е + consonant at the end.
	if n >= 4 {
		last, l1 := utf8.DecodeLastRuneInString(st)
		vowel, l2 := utf8.DecodeLastRuneInString(st[:len(st)-l1])
		before, _ := utf8.DecodeLastRuneInString(st[:len(st)-l1-l2])
		if (vowel == 'о' || vowel == 'е') && isRussianConsonant(last) && isRussianConsonant(before) {
			return st[:len(st)-l1-l2] + st[len(st)-l1:]
		}
	}
	return st
}

func reduceSpanish(st string) string {
	n := len(st)
	if n >= 4 && st[n-1] == 's' {
		c := st[n-2]
		if c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiou", rune(c)) {
			return st[:n-1]
		}
	}
	return st
}

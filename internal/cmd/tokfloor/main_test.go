package main

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// naive is the word loop without fast paths.
func naive(text string, words map[string]bool) (n, hits int) {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		n++
		if words[strings.Map(unicode.ToLower, w)] {
			hits++
		}
	}
	return n, hits
}

func check(t *testing.T, text string, words map[string]bool) {
	t.Helper()
	s := scanner{words: words}
	s.scan([]byte(text))
	s.flush()
	n, hits := naive(text, words)
	if s.nwords != n || s.hits != hits {
		t.Errorf("%q: %d words, %d in the set; want %d, %d", text, s.nwords, s.hits, n, hits)
	}
}

// TestFastPaths checks the ASCII and Cyrillic fast paths against package
// unicode, rune by rune.
func TestFastPaths(t *testing.T) {
	for r := rune(0); r < 0x500; r++ {
		w := string(r)
		set := map[string]bool{strings.ToLower(w): true}
		if unicode.IsUpper(r) {
			set = map[string]bool{string(unicode.ToLower(r)): true}
		}
		check(t, "x "+w+" y", set)
	}
}

func TestScan(t *testing.T) {
	words := map[string]bool{"оттепель": true, "khrushchev": true, "año": true, "2024": true}
	for _, text := range []string{
		"Хрущёвская ОТТЕПЕЛЬ, оттепель; Khrushchev's thaw",
		"el AÑO 2024-año",
		"ѠѡѾѿ Ѐ ЀЁЂ Я я ӀӁ",
		"",
		"\xd0",
	} {
		check(t, text, words)
	}
}

func FuzzScan(f *testing.F) {
	f.Add("Оттепель Хрущёва, 1956 año")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return // the naive loop is defined on valid text only
		}
		check(t, text, map[string]bool{"оттепель": true, "año": true})
	})
}

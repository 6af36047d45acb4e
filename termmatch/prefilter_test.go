package termmatch

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/textnorm"
)

// prefilterWords returns text to take words from: the conformance tables
// of morph and termmatch, the shared corpus when it is here, and generated
// words in the three alphabets.
func prefilterWords(t *testing.T) [][]byte {
	var texts [][]byte
	var files []string
	for _, pat := range []string{
		filepath.Join("..", "morph", "testdata", "*.txt"),
		filepath.Join("testdata", "match", "*"),
		filepath.Join("..", "testdata", "*"),
		filepath.Join("..", "..", "shared", "corpora", "align", "data", "*", "*"),
		filepath.Join("..", "..", "shared", "corpora", "l10n", "po", "*.po"),
		filepath.Join("..", "..", "shared", "corpora", "termbases", "*.tsv"),
	} {
		m, _ := filepath.Glob(pat)
		files = append(files, m...)
	}
	for _, f := range files {
		if b, err := os.ReadFile(f); err == nil {
			texts = append(texts, b)
		}
	}
	for _, lang := range gen.Languages() {
		texts = append(texts, gen.NewWords(lang, 256<<10, 1))
	}
	return texts
}

// TestPrefilterKeys checks the property the prefilter rests on, for the
// stemmers of the three languages and every word of prefilterWords: a
// trie whose only key is the word's key (or its exact key) lets the word
// through (an empty key turns the filter off). A change to package morph that breaks it makes matches go
// missing; this test says which word.
func TestPrefilterKeys(t *testing.T) {
	p := &prefilter{}
	eachWordKey(t, func(lang string, w []byte, key, folded string) bool {
		if key == "" {
			key = folded // the exact key: the prefilter drops its '='
		}
		a, b, n := firstTwo(key)
		if n == 0 {
			return false // an empty key in the trie turns the prefilter off
		}
		if n == 1 {
			b = 0
		}
		p.set(a, b)
		if p.excludes(w) {
			t.Errorf("%s: the prefilter excludes %q, whose key is %q", lang, w, key)
		}
		p.bits = [len(p.bits)]uint64{}
		return true
	})
}

// eachWordKey calls check with every distinct word and hyphenated span of
// prefilterWords, for each of the three languages, and each of its keys:
// its stem key, then "" with its folded form for its exact key; and fails
// unless check checked (returned true for) 100,000 words and keys.
func eachWordKey(t *testing.T, check func(lang string, w []byte, key, folded string) bool) {
	texts := prefilterWords(t)
	f := textnorm.NewFolder()
	var toks []textnorm.Token
	var buf []byte
	checked := 0
	for _, lang := range []string{"es", "en", "ru"} {
		st := morph.ForLanguage(language.Make(lang))
		seen := map[string]bool{}
		for _, text := range texts {
			toks = textnorm.Tokenize(toks[:0], text)
			for i, tk := range toks {
				words := [][]byte{text[tk.Start:tk.End]}
				if i+1 < len(toks) && toks[i+1].Gap == textnorm.GapHyphen {
					words = append(words, text[tk.Start:toks[i+1].End])
				}
				for _, w := range words {
					if seen[string(w)] {
						continue
					}
					seen[string(w)] = true
					buf = buf[:0]
					for _, wt := range textnorm.Tokenize(nil, w) {
						buf = f.Fold(buf, w[wt.Start:wt.End])
					}
					folded := string(buf)
					for _, key := range []string{st.Key(folded), ""} {
						if check(lang, w, key, folded) {
							checked++
						}
					}
				}
			}
		}
	}
	t.Logf("%d words and keys checked", checked)
	if checked < 100_000 {
		t.Errorf("only %d words and keys checked", checked)
	}
}

// TestPrefilterExcludes: the filter of a small glossary lets through the
// words that begin as its keys and keeps out others.
func TestPrefilterExcludes(t *testing.T) {
	tr := &trie{ids: keyTableOf("оттепел", "хрущевск", "deshiel", "=e", "lapic")}
	p := newPrefilter(tr)
	if p == nil {
		t.Fatal("no prefilter for five keys")
	}
	for w, want := range map[string]bool{
		"Оттепели": false, "ОТТЕПЕЛЬ": false, "хрущёвской": false, "Хрущев": false,
		"deshielo": false, "DÉSHIELO": false, "e": false, "E": false, "e-mail": false, "lápiz": false, "LAPIZ": false,
		"Сталин": true, "стол": true, "Dutch": true, "x": true, "ex": false, "ox": true,
		"о\u0301ттепель": false, "ой": true, "и\u0306од": false, "1956": true, "ёлка": true,
	} {
		if got := p.excludes([]byte(w)); got != want {
			t.Errorf("excludes(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestNarrowFilterKeys checks the property the narrow filter rests on, as
// TestPrefilterKeys does for the prefilter: a trie whose only key is a
// word's key (or its exact key) has a narrow filter that lets the word
// through.
func TestNarrowFilterKeys(t *testing.T) {
	p := &narrowFilter{}
	eachWordKey(t, func(lang string, w []byte, key, folded string) bool {
		if key == "" {
			key = "=" + folded
		}
		a, b, c, ok := narrowEntry(key)
		if !ok {
			return false // an empty key in the trie turns the filter off
		}
		p.set(a, b, c)
		if p.excludes(w) {
			t.Errorf("%s: the narrow filter excludes %q, whose key is %q", lang, w, key)
		}
		h := p.hash(a, b, c)
		p.bits[h>>6] = 0
		return true
	})
}

// TestNarrowFilterExcludes: the narrow filter of a small glossary lets
// through the words that begin as its keys and keeps out others, on three
// letters where a key has four or more.
func TestNarrowFilterExcludes(t *testing.T) {
	tr := &trie{ids: keyTableOf("оттепел", "хрущевск", "deshiel", "=e", "lapic", "дне", "бойц")}
	p := newNarrowFilter(tr)
	if p == nil {
		t.Fatal("no narrow filter for six keys")
	}
	for w, want := range map[string]bool{
		"Оттепели": false, "ОТТЕПЕЛЬ": false, "хрущёвской": false, "Хрущев": false, "отт": false,
		"deshielo": false, "DÉSHIELO": false, "e": false, "E": false, "e-mail": false, "lápiz": false, "LAPIZ": false,
		"дня": false, "днём": false, "дн": false,
		"Сталин": true, "стол": true, "Dutch": true, "x": true, "ex": false, "ox": true,
		"о\u0301ттепель": false, "ой": true, "и\u0306од": false, "1956": true, "ёлка": true,
		"отец": true, "хром": false, "отдых": true, "dedo": true, "desde": false, "боец": false, "заяц": true, "бойцы": false, "хрущ": false, "lapso": false, "lata": true, "ла": true, "от": true,
		"отт\u0301": false,
	} {
		if got := p.excludes([]byte(w)); got != want {
			t.Errorf("excludes(%q) = %v, want %v", w, got, want)
		}
	}
}

package termmatch_test

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/textnorm"
)

// MatchTokens gives every language's matcher Match's matches, whether it
// tokenised the text or another matcher did, on the sample texts and on a
// text long enough to be matched in chunks.
func TestMatchTokensIsMatch(t *testing.T) {
	ix := sampleIndex(t)
	var texts []string
	for _, name := range []string{"destalinizacion.es.txt", "destalinizacion.ru.txt", "destalinizacion.en.txt"} {
		b, err := os.ReadFile("../testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	texts = append(texts, "", "   ", strings.Repeat(strings.Join(texts, "\n\n"), 40))
	found := 0
	for _, text := range texts {
		for _, first := range ix.Languages() {
			var toks []textnorm.Token
			order := append([]string{first}, slices.DeleteFunc(slices.Clone(ix.Languages()), func(l string) bool { return l == first })...)
			for _, l := range order {
				got := ix.Matcher(l).MatchTokens([]byte(text), &toks)
				want := ix.Matcher(l).Match([]byte(text))
				if !slices.Equal(got, want) {
					t.Fatalf("%s after %s, %d bytes: MatchTokens gives %d matches, Match %d", l, first, len(text), len(got), len(want))
				}
				found += len(got)
			}
		}
	}
	if found == 0 {
		t.Fatal("no matches: the comparison says nothing")
	}
}

// FuzzMatchTokens: on any text, a matcher given the tokens another
// language's matcher found gives Match's matches.
func FuzzMatchTokens(f *testing.F) {
	ix := sampleIndex(f)
	f.Add("ru", "Хрущёвская\nоттепель, КПСС.")
	f.Add("es", "'The Thaw' \u00ad de\u0301shielo\xff e-\nmail")
	f.Fuzz(func(t *testing.T, lang, text string) {
		var toks []textnorm.Token
		for _, l := range []string{"en", lang, "es", "ru"} {
			got := ix.Matcher(l).MatchTokens([]byte(text), &toks)
			if want := ix.Matcher(l).Match([]byte(text)); !slices.Equal(got, want) {
				t.Fatalf("%s: MatchTokens %v, Match %v", l, got, want)
			}
		}
	})
}

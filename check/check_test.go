package check

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
	"github.com/glosa-dev/glosa/textnorm"
)

func sampleIndex(t *testing.T) *termmatch.Index { return sampleIndexF(t) }

func sampleIndexF(t testing.TB) *termmatch.Index {
	t.Helper()
	g, diags := glossary.Load("../testdata/glossary.toml")
	if g == nil {
		t.Fatal(diags)
	}
	return termmatch.NewIndex(g)
}

func render(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%d:%d %s %s %q %s\\n", f.Line, f.Col, f.Rule, f.Concept, f.Text, strings.Join(f.Expected, "|"))
	}
	return b.String()
}

// The seed: what the acceptance lists, and nothing on the correct
// inflected forms around it.
func TestSeed(t *testing.T) {
	src, err := os.ReadFile("../testdata/destalinizacion.es.txt")
	if err != nil {
		t.Fatal(err)
	}
	got := render(Run(&Document{File: "seed.es.txt", Lang: "es", Text: src}, sampleIndex(t), Rules()))
	want := `1:48 term-deprecated khrushchev "Nikita Khrushchev" Jruschov|Nikita Jruschov|Jrushchov\n` +
		`1:109 term-deprecated stalin "Joseph Stalin" Stalin|Iósif Stalin|José Stalin\n` +
		`1:410 term-forbidden thaw "The Thaw" deshielo|deshielo de Jruschov\n` +
		`1:423 term-forbidden thaw "Khrushchev's Thaw" deshielo|deshielo de Jruschov\n` +
		`2:893 punctuation  ".." .\n` +
		`3:339 term-deprecated khrushchev "Nikita Khrushchev" Jruschov|Nikita Jruschov|Jrushchov\n` +
		`3:400 punctuation  ".." .\n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Planted faults in a Russian and an English draft, with correct inflected
// forms around them: each fault is found at its place, nothing else is.
func TestPlanted(t *testing.T) {
	ix := sampleIndex(t)
	cases := []struct {
		lang, text, want string
	}{
		{"ru", "Хрущёвская оттепель началась после смерти Сталина. О культе личности говорили на XX съезде КПСС.",
			""},
		{"ru", "Это потепление  длилось недолго. Хрущёв выступил на конгрессе партии .",
			`1:5 term-deprecated thaw "потепление" оттепель|хрущёвская оттепель\n` +
				`1:53 term-forbidden party-congress "конгрессе" съезд партии|съезд\n` +
				`1:69 punctuation  " ." .\n`},
		{"en", "Khrushchev's Thaw followed Stalin's death (1953.",
			`1:43 punctuation  "(" \n`},
		{"en", "The deshielo began after Stalin's death; the Thaw ended in 1964..",
			`1:5 term-untranslated thaw "deshielo" Thaw|Khrushchev Thaw\n` +
				`1:64 punctuation  ".." .\n`},
	}
	for _, c := range cases {
		got := render(Run(&Document{File: "d", Lang: c.lang, Text: []byte(c.text)}, ix, Rules()))
		if got != c.want {
			t.Errorf("%s %q:\ngot\n%s\nwant\n%s", c.lang, c.text, got, c.want)
		}
	}
}

func TestInconsistent(t *testing.T) {
	ix := sampleIndex(t)
	text := "World War II changed Europe. After World War II, the Second World War was studied. " +
		"World War II ended in 1945. Nikita Khrushchev and Khrushchev are one man."
	got := render(Run(&Document{File: "d", Lang: "en", Text: []byte(text)}, ix, Rules()))
	want := `1:54 term-inconsistent world-war-ii "Second World War" World War II\n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Brackets and quotes pair up per paragraph, in each language's styles.
func TestPunctuationPairs(t *testing.T) {
	ix := sampleIndex(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "Он сказал «нет» и „да“, и “может быть”.", ""},
		{"ru", "Файл „%s” не найден.", ""},
		{"en", "He said “no” and \"yes\" (twice).", ""},
		{"en", "He said “no and \"yes\".", `1:9 punctuation  "“" \n`},
		{"es", "Dijo «no y (sí).\n\nOtra vez».", `1:6 punctuation  "«" \n` + `3:9 punctuation  "»" \n`},
		{"en", "One (line.\nTwo) lines.", `1:5 punctuation  "(" \n` + `2:4 punctuation  ")" \n`},
		{"en", "A hard-wrapped (line\nacross) lines.\n\nNext.", ""},
		{"en", "Spaces  , then more.", `1:7 punctuation  "  ," ,\n`},
	}
	for _, c := range cases {
		got := render(Run(&Document{File: "d", Lang: c.lang, Text: []byte(c.text)}, ix, []*Rule{Punctuation}))
		if got != c.want {
			t.Errorf("%s %q:\ngot  %s\nwant %s", c.lang, c.text, got, c.want)
		}
	}
}

// In program messages brackets and marks are often named, not used: no
// finding on them.
func TestPunctuationCited(t *testing.T) {
	ix := sampleIndex(t)
	cases := []struct{ lang, text, want string }{
		{"ru", "Непарная ( или \\(", ""},
		{"ru", "ожидается символ «)», обнаружено %s", ""},
		{"es", "EOF inesperado mientras se buscaba `]]'", ""},
		{"es", "Falta [, [^, [:, [. o [=", ""},
		{"es", "por archivos .desktop y a != b", ""},
		{"es", "el carácter no es «\"» ni «»»", ""},
		{"es", "espera 1..SEGUNDOS entre intentos; ver ../dir", ""},
		{"en", "Stalin died (in March .", `1:13 punctuation  "(" \n` + `1:22 punctuation  " ." .\n`},
		{"en", "It was wrong.. And so on (really ).", `1:13 punctuation  ".." .\n` + `1:33 punctuation  " )" )\n`},
	}
	for _, c := range cases {
		got := render(Run(&Document{File: "d", Lang: c.lang, Text: []byte(c.text)}, ix, []*Rule{Punctuation}))
		if got != c.want {
			t.Errorf("%s %q:\ngot  %s\nwant %s", c.lang, c.text, got, c.want)
		}
	}
}

func TestIsFormOf(t *testing.T) {
	f := textnorm.NewFolder()
	for _, c := range []struct {
		text, term string
		want       bool
	}{
		{"разрешения", "разрешение", true}, {"разрешено", "разрешение", false}, {"разрешить", "разрешение", false},
		{"Хрущёвым", "Хрущёв", true}, {"потолка", "потолок", true}, {"ficheros", "fichero", true},
		{"directories", "directory", true}, {"культе личности", "культ личности", true}, {"lápices", "lápiz", true},
		{"правил", "право", false}, {"права", "право", true}, {"прав", "право", true}, {"правами", "право", true},
		{"оттепелью", "оттепель", true}, {"Сталиным", "Сталин", true}, {"партии", "партия", true},
		{"хрущёвская оттепель", "хрущёвская оттепель", true}, {"хрущёвской оттепели", "хрущёвская оттепель", true},
	} {
		if got := isFormOf(f, c.text, c.term); got != c.want {
			t.Errorf("isFormOf(%q, %q) = %v", c.text, c.term, got)
		}
	}
}

// Latin look-alikes inside Russian words and the reverse; real mixes
// (names, code, hyphenated compounds) are left alone.
func TestMixedScript(t *testing.T) {
	ix := sampleIndex(t)
	cases := []struct{ text, want string }{
		{"Cервер прокси закрыл соединение.", `1:1 mixed-script  "Cервер" Сервер\n`},
		{"Доклад Khrushchеv прочитал.", `1:8 mixed-script  "Khrushchеv" Khrushchev\n`},
		{"Wi-Fi-сеть, x86, СССР, Kyiv и iPhoneа.", ""},
		{`msgstr "\aпревышено время"`, ""},
		{"Оттепель нaчалась в 1953 году.", `1:10 mixed-script  "нaчалась" началась\n`},
	}
	for _, c := range cases {
		got := render(Run(&Document{File: "d", Lang: "ru", Text: []byte(c.text)}, ix, []*Rule{MixedScript}))
		if got != c.want {
			t.Errorf("%q:\ngot  %s\nwant %s", c.text, got, c.want)
		}
	}
}

// Terms of one concept that share their keys (Горбачов and Горбачёв both key
// as горбач; e-mail also matches email) are told apart by spelling: the
// deprecated spelling draws term-deprecated, and two approved spellings in
// one text are inconsistent.
func TestSpellingVariants(t *testing.T) {
	src := `[[concept]]
id = "gorbachev"
ru = "Горбачёв"
en = "Gorbachev"
deprecated = { ru = ["Горбачов"] }

[[concept]]
id = "email"
en = ["email", "e-mail"]
`
	g, diags := glossary.Parse("g.toml", []byte(src))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	cases := []struct{ lang, text, want string }{
		{"ru", "Реформы Горбачова. Горбачёв ушёл.",
			`1:9 term-deprecated gorbachev "Горбачова" Горбачёв\n`},
		{"ru", "Реформы Горбачёва. Горбачёв ушёл.", ""},
		{"en", "Send an email. Two e-mails came.",
			`1:20 term-inconsistent email "e-mails" email\n`},
	}
	for _, c := range cases {
		got := render(Run(&Document{File: "d", Lang: c.lang, Text: []byte(c.text)}, ix, Rules()))
		if got != c.want {
			t.Errorf("%s %q:\ngot\n%s\nwant\n%s", c.lang, c.text, got, c.want)
		}
	}
}

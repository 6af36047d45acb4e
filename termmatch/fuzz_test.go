package termmatch_test

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// FuzzMatch: any text, in any of the three languages, gives matches that lie
// inside the text, in order, without overlapping (except several concepts
// on one span), whose text is the input's bytes and whose line and column
// agree with the byte offsets.
func FuzzMatch(f *testing.F) {
	g, diags := glossary.Parse("g.toml", []byte(`
[[concept]]
id = "thaw"
es = ["deshielo", "The Thaw"]
en = ["Thaw", "Khrushchev Thaw"]
ru = ["оттепель", "хрущёвская оттепель"]
[[concept]]
id = "cpsu"
es = "PCUS"
ru = "КПСС"
en = "CPSU"
[[concept]]
id = "email"
en = "e-mail"
match = "exact"
[[concept]]
id = "west"
en = "the West"
`))
	if diags.Err() != nil {
		f.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	f.Add("ru", "Хрущёвская\nоттепель, КПСС.")
	f.Add("en", "Khrushchev's Thaw: e-\nmail, the West.")
	f.Add("es", "'The Thaw' \u00ad de\u0301shielo\xff")
	f.Add("ru", "хрущёвская оттепель и оттепель")
	f.Fuzz(func(t *testing.T, lang, text string) {
		switch lang {
		case "es", "en", "ru":
		default:
			lang = "ru"
		}
		prevStart, prevEnd := -1, -1
		for _, m := range ix.Matcher(lang).Match([]byte(text)) {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
				t.Fatalf("match %d:%d outside the text (%d bytes)", m.Start, m.End, len(text))
			}
			if m.Text != text[m.Start:m.End] {
				t.Fatalf("match text %q is not the input's %q", m.Text, text[m.Start:m.End])
			}
			if m.Start < prevStart || m.Start < prevEnd && !(m.Start == prevStart && m.End == prevEnd) {
				t.Fatalf("match %d:%d overlaps or precedes %d:%d", m.Start, m.End, prevStart, prevEnd)
			}
			prevStart, prevEnd = m.Start, m.End
			before := text[:m.Start]
			line := strings.Count(before, "\n") + 1
			col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
			if m.Line != line || m.Col != col {
				t.Fatalf("match at byte %d: line:col %d:%d, want %d:%d", m.Start, m.Line, m.Col, line, col)
			}
		}
		// MatchAll without its nested matches is Match: one call gives both.
		var outer []termmatch.Match
		for _, m := range ix.Matcher(lang).MatchAll([]byte(text)) {
			if !m.Nested {
				outer = append(outer, m)
			}
		}
		if best := ix.Matcher(lang).Match([]byte(text)); !slices.Equal(outer, best) {
			t.Fatalf("MatchAll without nested matches:\n%v\nMatch:\n%v", outer, best)
		}
	})
}

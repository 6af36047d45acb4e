package termmatch_test

import (
	"bytes"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// TestSpellingVariants checks that Match, MatchAll, Scan and Lookup name the
// term spelled as the text when terms of one concept share their keys.
func TestSpellingVariants(t *testing.T) {
	src := `[[concept]]
id = "gorbachev"
ru = "Горбачёв"
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
	for _, tc := range []struct{ lang, text, want string }{
		{"ru", "Горбачова", "Горбачов"},
		{"ru", "Горбачёва", "Горбачёв"},
		{"ru", "горбачовым", "Горбачов"},
		{"en", "e-mails", "e-mail"},
		{"en", "emails", "email"},
	} {
		m := ix.Matcher(tc.lang)
		var scanned []termmatch.Match
		if err := m.Scan(bytes.NewReader([]byte(tc.text)), func(mt termmatch.Match) error {
			scanned = append(scanned, mt)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		for name, ms := range map[string][]termmatch.Match{
			"Match":    m.Match([]byte(tc.text)),
			"MatchAll": m.MatchAll([]byte(tc.text)),
			"Scan":     scanned,
		} {
			if len(ms) != 1 || ms[0].Term.Text != tc.want {
				t.Errorf("%s(%q) = %v, want one match of %q", name, tc.text, terms(ms), tc.want)
			}
		}
		hits := ix.Lookup(tc.text)
		if len(hits) != 1 || hits[0].Term.Text != tc.want {
			var got []string
			for _, h := range hits {
				got = append(got, h.Term.Text)
			}
			t.Errorf("Lookup(%q) = %q, want one hit of %q", tc.text, got, tc.want)
		}
	}
}

func terms(ms []termmatch.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Term.Text)
	}
	return out
}

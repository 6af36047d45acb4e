package termmatch_test

import (
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// TestLookupInflected looks up inflected forms whose key is not their base
// form's (see morph.Stemmer.LemmaKey): each must find its concept, whole.
func TestLookupInflected(t *testing.T) {
	const src = `[[concept]]
id = "bus"
en = "bus"

[[concept]]
id = "ghg"
en = "greenhouse gas"

[[concept]]
id = "quiz"
en = "quiz"

[[concept]]
id = "sea-level"
ru = "уровень моря"

[[concept]]
id = "day"
ru = "день"

[[concept]]
id = "fighter"
ru = "боец"
`
	g, diags := glossary.Parse("lookup.toml", []byte(src))
	if g == nil || len(diags) > 0 {
		t.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	for _, c := range []struct{ query, concept string }{
		{"buses", "bus"},
		{"Buses", "bus"},
		{"greenhouse gases", "ghg"},
		{"quizzes", "quiz"},
		{"уровня моря", "sea-level"},
		{"уровнями моря", "sea-level"},
		{"днём", "day"},
		{"дней", "day"},
		{"бойцов", "fighter"},
	} {
		hits := ix.Lookup(c.query)
		if len(hits) != 1 || hits[0].Concept.ID != c.concept || hits[0].Partial {
			var got []string
			for _, h := range hits {
				got = append(got, h.Concept.ID)
			}
			t.Errorf("Lookup(%q) = %q, want the whole concept %q", c.query, got, c.concept)
		}
	}
}

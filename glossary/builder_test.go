package glossary

import (
	"reflect"
	"strings"
	"testing"
)

// A concept given as Go values goes through the same checks as TOML and
// gives the same glossary and the same diagnostics.
func TestBuilderSameAsTOML(t *testing.T) {
	for _, c := range []struct {
		name string
		toml string
		in   []ConceptInput
	}{
		{"concepts", `[[concept]]
id = "thaw"
es = "deshielo"
en = ["Thaw", "the Thaw"]
forms = { ru = ["оттепели"] }
ru = "оттепель"
deprecated = { es = "La Deshielo" }
case = "insensitive"
`, []ConceptInput{{File: "g.toml", Pos: Pos{1, 1}, ID: "thaw", HasID: true, IDPos: Pos{2, 6}, Case: "insensitive", CasePos: Pos{8, 8}, Terms: []TermInput{
			{Lang: "es", LangPos: Pos{3, 1}, Text: "deshielo", Pos: Pos{3, 6}, Status: Preferred},
			{Lang: "en", LangPos: Pos{4, 1}, Text: "Thaw", Pos: Pos{4, 7}, Status: Preferred},
			{Lang: "en", LangPos: Pos{4, 1}, Text: "the Thaw", Pos: Pos{4, 15}, Status: Admitted},
			{Lang: "ru", LangPos: Pos{6, 1}, Text: "оттепель", Pos: Pos{6, 6}, Status: Preferred},
			{Lang: "es", LangPos: Pos{7, 16}, Text: "La Deshielo", Pos: Pos{7, 21}, Status: Deprecated},
			{Lang: "ru", LangPos: Pos{5, 11}, Text: "оттепели", Pos: Pos{5, 17}, Form: true},
		}}}},
		{"problems", `[[concept]]
id = "a"
es = "  "
[[concept]]
id = "a"
case = "loud"
forms = { en = "x" }
en = "!!"
`, []ConceptInput{
			{File: "g.toml", Pos: Pos{1, 1}, ID: "a", HasID: true, IDPos: Pos{2, 6}, Terms: []TermInput{
				{Lang: "es", LangPos: Pos{3, 1}, Text: "  ", Pos: Pos{3, 6}, Status: Preferred}}},
			{File: "g.toml", Pos: Pos{4, 1}, Index: 1, ID: "a", HasID: true, IDPos: Pos{5, 6}, Case: "loud", CasePos: Pos{6, 8}, Terms: []TermInput{
				{Lang: "en", LangPos: Pos{8, 1}, Text: "!!", Pos: Pos{8, 6}, Status: Preferred},
				{Lang: "en", LangPos: Pos{7, 11}, Text: "x", Pos: Pos{7, 16}, Form: true}}},
		}},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, wantDiags := Parse("g.toml", []byte(c.toml))
			b := NewBuilder()
			b.File("g.toml")
			for _, in := range c.in {
				b.Add(in)
			}
			got, gotDiags := b.Finish()
			if !reflect.DeepEqual(got, want) {
				t.Errorf("glossary from Go values:\n%+v\nfrom TOML:\n%+v", got, want)
			}
			if g, w := gotDiags.Error(), wantDiags.Error(); g != w {
				t.Errorf("diagnostics from Go values:\n%s\nfrom TOML:\n%s", g, w)
			}
			if c.name == "problems" && !strings.Contains(wantDiags.Error(), "g.toml:5:6: error:") {
				t.Errorf("the duplicate id is not reported:\n%s", wantDiags.Error())
			}
		})
	}
	// What only Go values can say: a bad tag is the builder's to report.
	b := NewBuilder()
	b.Add(ConceptInput{File: "g.tbx", Pos: Pos{3, 2}, ID: "x", HasID: true, Terms: []TermInput{{Lang: "xx-notalang", Text: "b", Status: Preferred}}})
	if _, d := b.Finish(); !strings.Contains(d.Error(), `g.tbx:3:2: error: "xx-notalang" is not a valid BCP 47 language tag`) {
		t.Errorf("bad tag: %s", d.Error())
	}
}

package pipeline

import (
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// ids are the concept IDs of Match on text alone, as align would find them.
func ids(ix *termmatch.Index, lang, text string) []string {
	out := []string{}
	for _, m := range ix.Matcher(lang).Match([]byte(text)) {
		out = append(out, m.Concept.ID)
	}
	return out
}

// checkTerms asserts that every entry segmentTerms gives is what matching
// the segment alone gives, and that every paragraph whose segments all
// have entries matches, joined by spaces, as their concatenation. It
// returns how many segments have entries.
func checkTerms(t *testing.T, ix *termmatch.Index, d *Doc) int {
	t.Helper()
	segs, terms := d.Segments(), d.segmentTerms()
	if len(terms) != len(segs) {
		t.Fatalf("%s: %d entries for %d segments", d.File, len(terms), len(segs))
	}
	n := 0
	for i, sg := range segs {
		if terms[i] == nil {
			continue
		}
		n++
		if want := ids(ix, d.Lang, sg.Text); !reflect.DeepEqual(terms[i], want) {
			t.Errorf("%s: segment %d %q: terms %v, matching it alone %v", d.File, i, sg.Text, terms[i], want)
		}
	}
	p := paragraphed(segs)
	p.Terms = terms
	for i := 0; i < len(segs); {
		j := i
		for j < len(segs) && segs[j].Para == segs[i].Para {
			j++
		}
		var parts []string
		all, whole := []string{}, true
		for k := i; k < j; k++ {
			parts = append(parts, segs[k].Text)
			whole = whole && terms[k] != nil
			all = append(all, terms[k]...)
		}
		if whole {
			if want := ids(ix, d.Lang, strings.Join(parts, " ")); !reflect.DeepEqual(all, want) {
				t.Errorf("%s: paragraph of segments %d-%d: terms %v, matching it joined %v", d.File, i, j-1, all, want)
			}
		}
		i = j
	}
	return n
}

// The concepts the pipeline hands to align for each segment are those
// align would match: on the sample, where almost every segment has them.
func TestSegmentTermsSample(t *testing.T) {
	g, diags := glossary.Load("../testdata/glossary.toml")
	if g == nil {
		t.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	for _, l := range []string{"es", "ru", "en"} {
		name := "../testdata/destalinizacion." + l + ".txt"
		text, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		d := NewDoc(&format.Document{File: name, Lang: l, Text: text}, ix)
		if n, all := checkTerms(t, ix, d), len(d.Segments()); n < all*9/10 {
			t.Errorf("%s: %d of %d segments with terms, want nearly all", name, n, all)
		}
	}
}

// A term across two segments (lines of a presegmented text, or sentences
// split without punctuation), or a segment whose text is not the
// document's bytes cut at white space, leaves align to match it.
func TestSegmentTermsAcross(t *testing.T) {
	g, diags := glossary.Parse("g.toml", []byte(`
[glossary]
languages = ["en"]
source = "en"

[[concept]]
id = "fs"
en = "file system"

[[concept]]
id = "file"
en = "file"

[[concept]]
id = "system"
en = "system"
`))
	if diags.Err() != nil {
		t.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	for _, tc := range []struct {
		text  string
		lines bool   // presegmented: a segment per line
		nils  []bool // which segments must have no entry
	}{
		{"Open the file\nsystem now.\n", true, []bool{true, true}},
		{"Open the file\nsystem now.\nThe system.\n", true, []bool{true, true, false}},
		{"Open the file. The system is fine. A file system.\n", false, []bool{false, false, false}},
		{"The file. System now.\n", false, []bool{false, false}},
	} {
		d := textfmt.Document("t.en.txt", []byte(tc.text), format.Options{Lang: "en", Presegmented: tc.lines})
		pd := NewDoc(d, ix)
		checkTerms(t, ix, pd)
		terms := pd.segmentTerms()
		if len(terms) != len(tc.nils) {
			t.Fatalf("%q: %d segments, want %d", tc.text, len(terms), len(tc.nils))
		}
		for i, want := range tc.nils {
			if (terms[i] == nil) != want {
				t.Errorf("%q: segment %d: entry %q, want nil %v", tc.text, i, terms[i], want)
			}
		}
	}
}

package align

import (
	"slices"
	"testing"
)

// A paragraph the translation lacks (a translator's credits on the target
// side) becomes 0-1 beads, and the sentences of the other paragraphs pair up.
func TestAlignParagraphed(t *testing.T) {
	src := Paragraphed{
		Segments: []string{
			"El deshielo empezó en 1953.", "Jruschov habló en 1956 ante el XX Congreso.",
			"La censura se relajó.", "Los presos volvieron del Gulag.",
		},
		Para: []int{0, 0, 1, 1},
	}
	tgt := Paragraphed{
		Segments: []string{
			"The Thaw began in 1953.", "Khrushchev spoke in 1956 to the Twentieth Congress.",
			"Translated by the glosa team.", "All errors are ours.",
			"Censorship was relaxed.", "Prisoners came back from the Gulag.",
		},
		Para: []int{0, 0, 1, 1, 2, 2},
	}
	got := AlignParagraphed(Config{SourceLang: "es", TargetLang: "en"}, src, tgt)
	want := []struct{ s, t []int }{
		{[]int{0}, []int{0}}, {[]int{1}, []int{1}}, {[]int{}, []int{2}}, {[]int{}, []int{3}},
		{[]int{2}, []int{4}}, {[]int{3}, []int{5}},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v", got)
	}
	for k, w := range want {
		if !slices.Equal(got[k].Source, w.s) || !slices.Equal(got[k].Target, w.t) {
			t.Errorf("bead %d: got %v:%v, want %v:%v", k, got[k].Source, got[k].Target, w.s, w.t)
		}
	}
}

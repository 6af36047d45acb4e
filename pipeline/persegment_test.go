package pipeline

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
)

// perSegmentByAppend is PerSegment as it reads: each match appended to the
// segment it starts in.
func perSegmentByAppend(matches []termmatch.Match, segs []segment.Segment) [][]termmatch.Match {
	out := make([][]termmatch.Match, len(segs))
	k := 0
	for _, m := range matches {
		for k < len(segs) && segs[k].End <= m.Start {
			k++
		}
		if k < len(segs) && m.Start >= segs[k].Start {
			out[k] = append(out[k], m)
		}
	}
	return out
}

// PerSegment files by slicing, not appending: the same segments get the
// same matches, gaps between segments and matches out of order included.
func TestPerSegmentSlices(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		var segs []segment.Segment
		for off := r.IntN(3); off < 60; {
			end := off + 1 + r.IntN(8)
			segs = append(segs, segment.Segment{Start: off, End: end})
			off = end + r.IntN(3)
		}
		var matches []termmatch.Match
		for start := 0; start < 70; start += r.IntN(4) {
			matches = append(matches, termmatch.Match{Start: start, End: start + 1 + r.IntN(5)})
			if r.IntN(3) == 0 { // nested at the same start
				matches = append(matches, termmatch.Match{Start: start, End: start + 1, Nested: true})
			}
		}
		if n%10 == 0 && len(matches) > 2 { // out of order
			i, j := r.IntN(len(matches)), r.IntN(len(matches))
			matches[i], matches[j] = matches[j], matches[i]
		}
		got, want := PerSegment(matches, segs), perSegmentByAppend(matches, segs)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("case %d: segments %v, matches %v:\ngot  %v\nwant %v", n, segs, matches, got, want)
		}
	}
}

package align

import (
	"fmt"
	"math"
	"testing"
)

func TestMerge(t *testing.T) {
	b := func(s, t []int) Bead { return Bead{Source: s, Target: t, Score: 0.9} }
	// Source 0..3. Target A: 0-1, 1-1 (0,1 merged in A), addition, 1-1.
	a1 := []Bead{b([]int{0}, []int{0}), b([]int{1, 2}, []int{1}), b([]int{}, []int{2}), b([]int{3}, []int{3})}
	// Target B: 1-1 throughout but with 2 split.
	a2 := []Bead{b([]int{0}, []int{0}), b([]int{1}, []int{1}), b([]int{2}, []int{2, 3}), b([]int{3}, []int{4}), b([]int{}, []int{5})}
	got := Merge(4, [][]Bead{a1, a2})
	want := "[[0] [[0] [0]]] [[1 2] [[1] [1 2 3]]] [[] [[2] []]] [[3] [[3] [4]]] [[] [[] [5]]]"
	var s string
	for i, mb := range got {
		if i > 0 {
			s += " "
		}
		s += fmt.Sprint([]any{mb.Source, mb.Targets})
	}
	if s != want {
		t.Errorf("Merge:\n got %s\nwant %s", s, want)
	}
	// Every segment of every side appears exactly once.
	seen := map[string]bool{}
	for _, mb := range got {
		for _, x := range mb.Source {
			seen[fmt.Sprint("s", x)] = true
		}
		for k, tg := range mb.Targets {
			for _, x := range tg {
				key := fmt.Sprint("t", k, x)
				if seen[key] {
					t.Errorf("%s twice", key)
				}
				seen[key] = true
			}
		}
	}
	if len(seen) != 4+4+6 {
		t.Errorf("covered %d segments, want 14", len(seen))
	}
}

func TestFastLog(t *testing.T) {
	for _, y := range []float64{1, 1.0001, 1.5, 2, 2.9, 10, 123.456, 1e6, 3.7e12, 1e300} {
		if got, want := fastLog(y), math.Log(y); math.Abs(got-want) > 1e-6*math.Max(1, math.Abs(want)) {
			t.Errorf("fastLog(%g) = %.12g, want %.12g", y, got, want)
		}
	}
}

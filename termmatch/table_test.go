package termmatch

import (
	"fmt"
	"testing"
)

// keyTableOf is the finished table of keys, numbered from 1 in order.
func keyTableOf(keys ...string) keyTable {
	t := newKeyTable(len(keys))
	for _, k := range keys {
		t.add(k)
	}
	t.finish()
	return t
}

// TestKeyTable: every key added has its number, from 1 in order, however
// the table grew; a key added twice keeps its first; other keys have 0.
func TestKeyTable(t *testing.T) {
	for _, hint := range []int{0, 1, 1000, 50_000} {
		tb := newKeyTable(hint)
		const n = 20_000
		for i := range n {
			if got := tb.add(fmt.Sprintf("k%d", i)); got != int32(i+1) {
				t.Fatalf("hint %d: key %d numbered %d", hint, i, got)
			}
		}
		if got := tb.add("k7"); got != 8 {
			t.Fatalf("hint %d: k7 added again: %d, want 8", hint, got)
		}
		tb.finish()
		if tb.len() != n || !tb.valid() {
			t.Fatalf("hint %d: %d keys, valid %v", hint, tb.len(), tb.valid())
		}
		i := 0
		for k := range tb.all() {
			if want := fmt.Sprintf("k%d", i); k != want || tb.id(k) != int32(i+1) ||
				tb.idBytes([]byte(k)) != int32(i+1) || tb.key(int32(i+1)) != want {
				t.Fatalf("hint %d: key %d is %q (%d), want %q", hint, i, k, tb.id(k), want)
			}
			i++
		}
		for _, k := range []string{"", "k", "k20000", "k-1", "x1", "k00"} {
			if n := tb.id(k); n != 0 {
				t.Errorf("hint %d: %q has number %d", hint, k, n)
			}
		}
	}
	var empty keyTable
	if empty.id("a") != 0 {
		t.Error("the zero table has a key")
	}
}

// TestEdgeTable: every edge put is found, however the table grew, and
// others are not.
func TestEdgeTable(t *testing.T) {
	for _, hint := range []int{0, 100, 100_000} {
		tb := newEdgeTable(hint)
		const n = 30_000
		for i := range int32(n) {
			tb.put(i/7, i%7+1, i+1)
		}
		tb.finish()
		used := 0
		for _, s := range tb.slots {
			if s.child != 0 {
				used++
			}
		}
		if tb.n != n || used != n || len(tb.slots) != tableSize(n) {
			t.Fatalf("hint %d: %d edges in %d of %d slots", hint, tb.n, used, len(tb.slots))
		}
		for i := range int32(n) {
			if got := tb.get(i/7, i%7+1); got != i+1 {
				t.Fatalf("hint %d: edge %d/%d leads to %d, want %d", hint, i/7, i%7+1, got, i+1)
			}
		}
		if tb.get(n/7+1, 1) != 0 || tb.get(0, 8) != 0 || tb.get(-1, 1) != 0 {
			t.Errorf("hint %d: an edge never put is found", hint)
		}
	}
	var empty edgeTable
	if empty.get(0, 1) != 0 {
		t.Error("the zero table has an edge")
	}
}

// TestLookupKeyAllocs: looking a key up allocates nothing, from a string
// or from bytes.
func TestLookupKeyAllocs(t *testing.T) {
	tb := keyTableOf("оттепел", "хрущевск", "=хрущевская-оттепель-шестидесятых")
	b := []byte("=хрущевская-оттепель-шестидесятых")
	s := "хрущевск"
	if a := testing.AllocsPerRun(100, func() {
		if tb.idBytes(b) != 3 || tb.id(s) != 2 {
			panic("lookup")
		}
	}); a != 0 {
		t.Errorf("%v allocations a lookup", a)
	}
}

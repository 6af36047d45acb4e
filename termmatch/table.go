package termmatch

import (
	"iter"
	"math/bits"
)

// The two tables of a trie are open-addressed hash tables in flat arrays,
// with linear probing, at most half full: built once, written to glosa's
// cache as they are and read back by copying arrays, with no key
// allocated and no map filled. Their hash is fixed (not seeded per
// process), since a table is read back by another process.

// keyTable numbers token keys from 1.
type keyTable struct {
	text  string   // the keys, one after another
	ends  []uint32 // ends[n-1] is where key n ends in text
	slots []int32  // key numbers; 0: empty
	// buf holds text while the table is built (add), until finish.
	buf []byte
}

// newKeyTable returns an empty table for about n keys.
func newKeyTable(n int) keyTable {
	return keyTable{slots: make([]int32, tableSize(n)), ends: make([]uint32, 0, n)}
}

// tableSize is the power of two of slots for n entries: at least twice n.
func tableSize(n int) int {
	if n < 4 {
		n = 4
	}
	return 1 << bits.Len(uint(2*n-1))
}

// len is the number of keys.
func (t *keyTable) len() int { return len(t.ends) }

// key returns key n (from 1) of a finished table.
func (t *keyTable) key(n int32) string {
	start := uint32(0)
	if n > 1 {
		start = t.ends[n-2]
	}
	return t.text[start:t.ends[n-1]]
}

// all yields the keys of a finished table, in number order.
func (t *keyTable) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		start := uint32(0)
		for _, end := range t.ends {
			if !yield(t.text[start:end]) {
				return
			}
			start = end
		}
	}
}

// id returns the number of key in a finished table, or 0.
func (t *keyTable) id(key string) int32 { return lookupKey(t, key) }

// idBytes is id for a key in bytes.
func (t *keyTable) idBytes(key []byte) int32 { return lookupKey(t, key) }

func lookupKey[S string | []byte](t *keyTable, key S) int32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := len(t.slots) - 1
	for i := int(hashKey(key)) & mask; ; i = (i + 1) & mask {
		n := t.slots[i]
		if n == 0 {
			return 0
		}
		start := uint32(0)
		if n > 1 {
			start = t.ends[n-2]
		}
		if string(key) == t.text[start:t.ends[n-1]] {
			return n
		}
	}
}

// add numbers key while the table is built, and returns its number.
func (t *keyTable) add(key string) int32 {
	mask := len(t.slots) - 1
	i := int(hashKey(key)) & mask
	for ; t.slots[i] != 0; i = (i + 1) & mask {
		n := t.slots[i]
		start := uint32(0)
		if n > 1 {
			start = t.ends[n-2]
		}
		if key == string(t.buf[start:t.ends[n-1]]) {
			return n
		}
	}
	t.buf = append(t.buf, key...)
	t.ends = append(t.ends, uint32(len(t.buf)))
	n := int32(len(t.ends))
	t.slots[i] = n
	if 2*len(t.ends) > len(t.slots) {
		t.rehash() // to twice the slots
	}
	return n
}

// finish ends building: the keys become one string, and the slots as few
// as they can be.
func (t *keyTable) finish() {
	t.text, t.buf = string(t.buf), nil
	if len(t.slots) > tableSize(len(t.ends)) {
		t.rehash()
	}
}

// rehash places every key in new slots, as few as they can be.
func (t *keyTable) rehash() {
	t.slots = make([]int32, tableSize(len(t.ends)))
	mask := len(t.slots) - 1
	start := uint32(0)
	for k, end := range t.ends {
		var h uint64
		if t.buf != nil {
			h = hashKey(t.buf[start:end])
		} else {
			h = hashKey(t.text[start:end])
		}
		i := int(h) & mask
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(k + 1)
		start = end
	}
}

// valid reports whether a table read back can be looked up without
// failing: slots a power of two long, each key in one (so one at least is
// empty), every number and end in range.
func (t *keyTable) valid() bool {
	if len(t.slots) == 0 || len(t.slots)&(len(t.slots)-1) != 0 || len(t.ends) >= len(t.slots) {
		return false
	}
	prev := uint32(0)
	for _, end := range t.ends {
		if end < prev || end > uint32(len(t.text)) {
			return false
		}
		prev = end
	}
	used := 0
	for _, n := range t.slots {
		if n < 0 || int(n) > len(t.ends) {
			return false
		}
		if n != 0 {
			used++
		}
	}
	return used == len(t.ends)
}

// hashKey is a fixed hash of a key's bytes, eight at a time.
func hashKey[S string | []byte](s S) uint64 {
	h := uint64(len(s)) * 0x9e3779b97f4a7c15
	for ; len(s) >= 8; s = s[8:] {
		h = mix(h ^ (uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56))
	}
	var tail uint64
	for i := 0; i < len(s); i++ {
		tail |= uint64(s[i]) << (8 * i)
	}
	return mix(h ^ tail)
}

// mix is the finalizer of SplitMix64: every input bit moves every output
// bit.
func mix(h uint64) uint64 {
	h = (h ^ h>>30) * 0xbf58476d1ce4e5b9
	h = (h ^ h>>27) * 0x94d049bb133111eb
	return h ^ h>>31
}

// edgeTable holds a trie's transitions: from node parent on key number
// key to node child.
type edgeTable struct {
	slots []edgeSlot
	n     int // edges
}

// edgeSlot is a transition; child 0 is an empty slot (the root is no
// node's child).
type edgeSlot struct{ parent, key, child int32 }

func newEdgeTable(n int) edgeTable { return edgeTable{slots: make([]edgeSlot, tableSize(n))} }

func hashEdge(parent, key int32) uint64 { return mix(uint64(uint32(parent))<<32 | uint64(uint32(key))) }

// get returns the child of parent on key, or 0.
func (t *edgeTable) get(parent, key int32) int32 {
	if t.n == 0 {
		return 0
	}
	mask := len(t.slots) - 1
	for i := int(hashEdge(parent, key)) & mask; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.child == 0 || s.parent == parent && s.key == key {
			return s.child
		}
	}
}

// put adds the edge from parent on key to child, which has none.
func (t *edgeTable) put(parent, key, child int32) {
	t.n++
	if 2*t.n > len(t.slots) {
		t.rehash(t.n)
	}
	t.place(edgeSlot{parent, key, child})
}

// rehash places the edges in the slots for n of them.
func (t *edgeTable) rehash(n int) {
	old := t.slots
	t.slots = make([]edgeSlot, tableSize(n))
	for _, s := range old {
		if s.child != 0 {
			t.place(s)
		}
	}
}

func (t *edgeTable) place(s edgeSlot) {
	mask := len(t.slots) - 1
	i := int(hashEdge(s.parent, s.key)) & mask
	for t.slots[i].child != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// finish ends building: the slots as few as they can be.
func (t *edgeTable) finish() {
	if len(t.slots) > tableSize(t.n) {
		t.rehash(t.n)
	}
}

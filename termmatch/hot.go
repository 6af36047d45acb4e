package termmatch

import "encoding/binary"

// The hot table is a Matcher's first look for the keys of a word of at
// most 16 bytes, in front of the prefilters and the word cache: a
// direct-mapped table whose slot is chosen by the word's bytes, loaded as
// two machine words. A hit costs no string hashing, no comparison of bytes
// and no filter; a miss computes the keys as before and takes the slot. On
// real text most words are short and frequent, so most are hits. A word
// has no NUL byte (NUL is no word rune), so the bytes loaded, zero beyond
// the word, tell words of different lengths apart, and an empty slot
// (zero) matches no word.
type hotEntry struct {
	lo, hi uint64 // the word's bytes, zero beyond its end
	k      keys
}

// hotLog2 sizes the table: 4096 slots, 96 KiB.
const hotLog2 = 12

// hotMinTokens is how many tokens a chunk must have for a Matcher to make
// its hot table: a short text (a catalog's message) does not pay for it.
const hotMinTokens = 8192

// hotWord returns the bytes of word as two machine words, zero beyond its
// end, when it has at most 16 bytes and its buffer has 16 from its start
// (words near the end of a buffer take the usual path).
func hotWord(word []byte) (lo, hi uint64, ok bool) {
	n := len(word)
	if n > 16 || cap(word) < 16 {
		return 0, 0, false
	}
	b := word[:16] // within the buffer: the bytes past the word are masked off
	lo, hi = binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
	switch {
	case n < 8:
		lo &= 1<<(8*n) - 1
		hi = 0
	case n < 16:
		hi &= 1<<(8*(n-8)) - 1
	}
	return lo, hi, true
}

func hotSlot(lo, hi uint64) uint64 {
	return (lo*0x9E3779B97F4A7C15 ^ hi*0xC2B2AE3D27D4EB4F) >> (64 - hotLog2)
}

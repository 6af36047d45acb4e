package termmatch

import "sync"

// wordCache holds the keys of words, by the word as written in the text,
// for every Matcher of one trie: a word keyed in one document is not folded
// and stemmed again in the next (a check makes a Matcher per document, and
// most words of a catalog's messages recur in the other catalogs). Like a
// Matcher's own cache it keeps two generations of at most maxCache words.
// It is safe for concurrent use.
type wordCache struct {
	mu       sync.Mutex
	cur, old map[string]keys
}

func (c *wordCache) get(word []byte) (keys, bool) {
	c.mu.Lock()
	k, ok := c.cur[string(word)]
	if !ok {
		k, ok = c.old[string(word)]
	}
	c.mu.Unlock()
	return k, ok
}

// put stores the keys of word, a string the caller keeps too.
func (c *wordCache) put(word string, k keys) {
	c.mu.Lock()
	if c.cur == nil || len(c.cur) >= maxCache {
		c.old, c.cur = c.cur, make(map[string]keys)
	}
	c.cur[word] = k
	c.mu.Unlock()
}

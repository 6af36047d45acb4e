package termmatch

import (
	"sync"
	"sync/atomic"
)

// wordCache holds the keys of words, by the word as written in the text,
// for every Matcher of one trie: a word keyed in one document is not folded
// and stemmed again in the next (a check makes a Matcher per document, and
// most words of a catalog's messages recur in the other catalogs). A
// Matcher looks a word up here when its own cache lacks it, and adds the
// words it keyed when a Scan ends, so that a single stream pays nothing
// per word. Like a Matcher's cache it keeps two generations of at most
// maxCache words. It is safe for concurrent use.
type wordCache struct {
	mu       sync.RWMutex
	filled   atomic.Bool // cur is not empty
	cur, old map[string]keys
}

func (c *wordCache) get(word []byte) (keys, bool) {
	if !c.filled.Load() {
		return keys{}, false
	}
	c.mu.RLock()
	k, ok := c.cur[string(word)]
	if !ok {
		k, ok = c.old[string(word)]
	}
	c.mu.RUnlock()
	return k, ok
}

// wordKeys is a word and its keys.
type wordKeys struct {
	word string
	keys keys
}

// add stores fresh, or every word of m when unlisted says that some of
// the words keyed were not listed in fresh. When the cache is empty it
// takes m, a Matcher's cache (which holds fresh unless it has filled up
// since), instead, and reports so: the caller must not write m again.
func (c *wordCache) add(m map[string]keys, fresh []wordKeys, unlisted bool) (took bool) {
	if len(fresh) == 0 && !unlisted {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.cur) == 0 {
		c.cur = m
		c.filled.Store(true)
		return true
	}
	put := func(word string, k keys) {
		if len(c.cur) >= maxCache {
			c.old, c.cur = c.cur, make(map[string]keys, maxCache)
		}
		c.cur[word] = k
	}
	if unlisted {
		for w, k := range m {
			put(w, k)
		}
		return false
	}
	for _, f := range fresh {
		put(f.word, f.keys)
	}
	return false
}

// shareKeys adds the words m keyed since it last did to its trie's cache.
func (m *Matcher) shareKeys() {
	if m.tr.words.add(m.cache, m.fresh, m.unlisted) {
		m.cache = map[string]keys{}
	}
	m.fresh = m.fresh[:0]
	m.unlisted = false
}

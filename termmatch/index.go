package termmatch

import (
	"iter"
	"runtime"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/textnorm"
)

// Index is the glossary compiled for matching. It is safe for concurrent use.
type Index struct {
	g     *glossary.Glossary
	tries map[string]*trie // by base language
}

// termRef is a term ending at a trie node.
type termRef struct {
	concept *glossary.Concept
	term    *glossary.Term
	// tokens holds the term's tokens as written, for case-sensitive terms.
	tokens []string
}

// trie holds one language's terms. Token keys are numbered (ids, from 1):
// a word of the text whose keys have no number is in no term, and costs one
// cache lookup.
type trie struct {
	stem  *morph.Stemmer
	ids   keyTable  // key -> number
	edges edgeTable // node 0 is the root
	// refs holds the terms ending at each node, node n's from refAt[n] to
	// refAt[n+1].
	refs  []termRef
	refAt []int32
	// terms holds them by node while the trie is built, until finish.
	terms    [][]termRef
	hasExact bool
	depth    int        // most keys on a path
	scripts  uint8      // the scripts term words start with (scriptOf)
	filter   *prefilter // nil: every word is looked up
	// narrow is the three-letter filter, built on first use by
	// narrowFilterOf (nil: none).
	narrowOnce sync.Once
	narrow     *narrowFilter
	words      *wordCache
}

// scriptOf classifies the first letter of a word: Latin, Cyrillic or other
// (digits, Greek…), as a bit.
func scriptOf(word []byte) uint8 {
	r, _ := utf8.DecodeRune(word)
	switch {
	case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z') || unicode.Is(unicode.Latin, r):
		return 1
	case unicode.Is(unicode.Cyrillic, r):
		return 2
	}
	return 4
}

// hasScript reports whether some term word starts in the script word
// starts in: a Spanish trie need not stem Russian words.
func (tr *trie) hasScript(word []byte) bool { return tr.scripts&scriptOf(word) != 0 }

// newTrie returns a trie without terms.
func newTrie(base string) *trie {
	tr := growingTrie(base, 0)
	tr.finish()
	return tr
}

// growingTrie returns an empty trie to build, for about n terms.
func growingTrie(base string, n int) *trie {
	return &trie{
		stem: morph.ForLanguage(language.Make(base)),
		// Sized for a word and an edge per term: fewer than a glossary
		// has, but most of the growing is saved.
		ids:   newKeyTable(n),
		edges: newEdgeTable(n),
		terms: make([][]termRef, 1, 2*n+1),
		words: &wordCache{},
	}
}

// id returns the number of a key, or 0 when no term has it.
func (tr *trie) id(key string) int32 { return tr.ids.id(key) }

// idBytes is id for a key in bytes.
func (tr *trie) idBytes(key []byte) int32 { return tr.ids.idBytes(key) }

// keys yields every key, in number order.
func (tr *trie) keys() iter.Seq[string] { return tr.ids.all() }

// child returns the node that key leads to from node parent, or 0.
func (tr *trie) child(parent, key int32) int32 { return tr.edges.get(parent, key) }

// hasEdges reports whether the trie has a term.
func (tr *trie) hasEdges() bool { return tr.edges.n > 0 }

// termsAt returns the terms ending at node n.
func (tr *trie) termsAt(n int32) []termRef { return tr.refs[tr.refAt[n]:tr.refAt[n+1]] }

// nodes is the number of nodes, the root included.
func (tr *trie) nodes() int { return len(tr.refAt) - 1 }

// addKey numbers a key.
func (tr *trie) addKey(key string) int32 { return tr.ids.add(key) }

// finish ends building: the keys become one string, the terms one slice,
// the tables as small as they can be.
func (tr *trie) finish() {
	tr.ids.finish()
	tr.edges.finish()
	n := 0
	for _, refs := range tr.terms {
		n += len(refs)
	}
	tr.refs = make([]termRef, 0, n)
	tr.refAt = make([]int32, len(tr.terms)+1)
	for i, refs := range tr.terms {
		tr.refs = append(tr.refs, refs...)
		tr.refAt[i+1] = int32(len(tr.refs))
	}
	tr.terms = nil
}

// NewIndex compiles g. It costs one stemming per distinct term word; the
// languages are compiled concurrently, as many at once as Go has
// processors (one at a time holds less memory: each has its words).
func NewIndex(g *glossary.Glossary) *Index {
	ix := &Index{g: g, tries: map[string]*trie{}}
	groups, order := termsByBase(g)
	tries := make([]*trie, len(order))
	var wg sync.WaitGroup
	turn := make(chan struct{}, runtime.GOMAXPROCS(0))
	terms := make([][]termRef, len(order))
	for i, base := range order {
		terms[i] = groups[base]
	}
	clear(groups)
	for i, base := range order {
		wg.Go(func() {
			turn <- struct{}{}
			tries[i] = buildTrie(base, terms[i], nil)
			terms[i] = nil // garbage while the next language is compiled
			<-turn
		})
	}
	wg.Wait()
	for i, base := range order {
		ix.tries[base] = tries[i]
	}
	return ix
}

// termsByBase groups the terms of g by base language, the languages in the
// order they first appear.
func termsByBase(g *glossary.Glossary) (groups map[string][]termRef, order []string) {
	bases := map[string]string{} // tag -> base language
	counts := map[string]int{}
	for _, c := range g.Concepts {
		for ti := range c.Terms {
			t := &c.Terms[ti]
			base, ok := bases[t.Lang]
			if !ok {
				base = lang.Base(t.Lang)
				bases[t.Lang] = base
			}
			if counts[base] == 0 {
				order = append(order, base)
			}
			counts[base]++
		}
	}
	// Counted first, so that each group is made at its size.
	groups = make(map[string][]termRef, len(order))
	for _, base := range order {
		groups[base] = make([]termRef, 0, counts[base])
	}
	for _, c := range g.Concepts {
		for ti := range c.Terms {
			t := &c.Terms[ti]
			base := bases[t.Lang]
			groups[base] = append(groups[base], termRef{concept: c, term: t})
		}
	}
	return groups, order
}

// buildTrie compiles the terms of one base language. When nodes is not nil
// it receives, for each term, the node its own keys lead to (not those of
// its other spellings: without article, hyphenated parts joined…).
func buildTrie(base string, terms []termRef, nodes []int32) *trie {
	tr := growingTrie(base, len(terms))
	f := textnorm.NewFolder()
	article := lang.Of(base).HasArticle
	var (
		toks   []textnorm.Token
		buf    []byte
		text   []byte
		keys   []string
		alt    []string
		folded []string
	)
	// Each distinct word is folded and keyed once: its keys by its folded
	// form, for the stem-matched terms.
	words := make(map[string]termWord, len(terms))
	for ti, ref := range terms {
		t := ref.term
		text = append(text[:0], t.Text...)
		toks = textnorm.Tokenize(toks[:0], text)
		exact := ref.concept.Match == glossary.MatchExact
		if exact {
			tr.hasExact = true
		}
		keys, alt, folded = keys[:0], alt[:0], folded[:0]
		for _, tk := range toks {
			word := text[tk.Start:tk.End]
			tr.scripts |= scriptOf(word)
			buf = f.Fold(buf[:0], word)
			if exact {
				fw := string(buf)
				keys, folded = append(keys, tr.key(fw, true)), append(folded, fw)
				continue
			}
			wk, ok := words[string(buf)]
			if !ok {
				fw := string(buf)
				wk = termWord{folded: fw, key: tr.key(fw, false)}
				wk.alt, _ = tr.stem.LemmaKeyOf(fw, wk.key)
				words[fw] = wk
			}
			keys, alt, folded = append(keys, wk.key), append(alt, wk.alt), append(folded, wk.folded)
		}
		if t.Sensitive {
			ref.tokens = make([]string, len(toks))
			for i, tk := range toks {
				ref.tokens[i] = t.Text[tk.Start:tk.End]
			}
		}
		if n := tr.insert(keys, ref); nodes != nil {
			nodes[ti] = n
		}
		if !exact {
			tr.insertLemmaKeys(keys, alt, ref)
		}
		if len(keys) > 1 && article(folded[0]) {
			tr.insert(keys[1:], ref)
		}
		// A hyphenated term also matches its parts written as one word.
		for i := 1; i < len(toks); i++ {
			if toks[i].Gap != textnorm.GapHyphen {
				continue
			}
			j := i
			for j+1 < len(toks) && toks[j+1].Gap == textnorm.GapHyphen {
				j++
			}
			buf = buf[:0]
			for k := i - 1; k <= j; k++ {
				buf = f.Fold(buf, text[toks[k].Start:toks[k].End])
			}
			joined := append(append(append([]string{}, keys[:i-1]...), tr.key(string(buf), exact)), keys[j+1:]...)
			tr.insert(joined, ref)
			i = j
		}
	}
	tr.finish()
	tr.filter = newPrefilter(tr)
	return tr
}

// termWord is a folded word of stem-matched terms with its keys: its key
// and its second key (morph.Stemmer.LemmaKeyOf), or "".
type termWord struct{ folded, key, alt string }

// insertLemmaKeys inserts a term again under its words' second keys (alt,
// "" for a word without one), every combination for the first three words
// that have one: экран meets экранов, альбом meets альбома.
func (tr *trie) insertLemmaKeys(keys, alt []string, ref termRef) {
	var alts [3]int // words with a second key
	n := 0
	for i, k := range alt {
		if k != "" && n < len(alts) {
			alts[n] = i
			n++
		}
	}
	if n == 0 {
		return
	}
	v := make([]string, len(keys))
	for mask := 1; mask < 1<<n; mask++ {
		copy(v, keys)
		for b, i := range alts[:n] {
			if mask&(1<<b) != 0 {
				v[i] = alt[i]
			}
		}
		tr.insert(v, ref)
	}
}

func (tr *trie) key(folded string, exact bool) string {
	if exact {
		return "=" + folded
	}
	return tr.stem.Key(folded)
}

// insert adds ref at the node keys lead to, and returns the node.
func (tr *trie) insert(keys []string, ref termRef) int32 {
	n := int32(0)
	for _, k := range keys {
		key := tr.addKey(k)
		next := tr.edges.get(n, key)
		if next == 0 {
			next = int32(len(tr.terms))
			tr.terms = append(tr.terms, nil)
			tr.edges.put(n, key, next)
		}
		n = next
	}
	for _, r := range tr.terms[n] {
		if r.term == ref.term {
			return n
		}
	}
	tr.terms[n] = append(tr.terms[n], ref)
	if len(keys) > tr.depth {
		tr.depth = len(keys)
	}
	return n
}

// Glossary returns the glossary the index was built from.
func (ix *Index) Glossary() *glossary.Glossary { return ix.g }

// HasLanguage reports whether the glossary has terms in tag's base language.
func (ix *Index) HasLanguage(tag string) bool { return ix.tries[lang.Base(tag)] != nil }

// Languages returns the base languages the glossary has terms in, sorted.
func (ix *Index) Languages() []string {
	out := make([]string, 0, len(ix.tries))
	for l := range ix.tries {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

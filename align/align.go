package align

import (
	"math"
	"runtime"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/termmatch"
	"github.com/glosa-dev/glosa/textnorm"
	"github.com/glosa-dev/glosa/translit"
)

// Bead is one unit of an alignment: source segment indexes and target
// segment indexes (either may be empty), in order.
type Bead struct {
	Source []int
	Target []int
	Score  float64 // in [0, 1]
}

// Pair is one document and its translation, as segments.
type Pair struct {
	Source, Target []string
	// SourceTerms and TargetTerms, when set, hold for each segment the
	// concept IDs that Config.Glossary matches in it, in the order
	// termmatch.Matcher.Match reports them on the segment alone: a caller
	// that matched the text already (package pipeline) passes them so
	// that Align does not match again. A nil entry (or a nil slice) is
	// matched by Align; an empty one has no concepts.
	SourceTerms, TargetTerms [][]string
}

// Config says how to align.
type Config struct {
	SourceLang, TargetLang string // BCP 47 tags
	// Glossary, when set, adds shared concepts to the evidence.
	Glossary *termmatch.Index
	// Workers bounds the documents aligned at once (default: GOMAXPROCS).
	Workers int
	// LengthOnly turns off all lexical evidence and the second pass: plain
	// Gale-Church, for comparison.
	LengthOnly bool
	// NoWordModel skips the second pass.
	NoWordModel bool
	// priors replaces defaultPriors (for paragraphs).
	priors []float64
}

// beadType is a shape of bead: source and target segment counts.
type beadType struct{ s, t int }

var beadTypes = []beadType{{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}, {1, 3}, {3, 1}}

// defaultPriors are the first pass's bead probabilities, in beadTypes order.
// paragraphPriors are the bead probabilities between paragraphs: mostly
// one to one, and a paragraph without counterpart (a translator's note) is
// likelier than two joined.
var paragraphPriors = []float64{0.9, 0.03, 0.03, 0.012, 0.012, 0.004, 0.006, 0.006}

var defaultPriors = []float64{0.85, 0.0099, 0.0099, 0.055, 0.055, 0.008, 0.01, 0.01}

// doc is a document pair prepared for scoring.
type doc struct {
	src, tgt side
	ratio    float64 // target characters per source character
	// anchorIDs is the number of distinct anchors of the two sides: anchor
	// ids are below 2·anchorIDs.
	anchorIDs int
}

// side is one language's segments as numbers.
type side struct {
	lens    []float64 // characters
	words   [][]int32 // word ids (stems), per segment
	anchors [][]int32 // anchor ids (see anchorIDs.id), per segment
	nums    []int     // anchors that are numbers, per segment
	// Prefix sums: cumLen[i] is the length of segments 0..i-1; likewise
	// for numbers and anchors.
	cumLen              []float64
	cumNums, cumAnchors []int
}

// Align aligns every pair of the batch. What is learnt (the word model and
// the bead priors) is learnt over the whole batch; documents are aligned in
// parallel.
func Align(cfg Config, pairs []Pair) [][]Bead {
	a := newAligner(cfg)
	docs := make([]*doc, len(pairs))
	for i, p := range pairs {
		docs[i] = a.prepare(p)
	}
	priors := defaultPriors
	if cfg.priors != nil {
		priors = cfg.priors
	}
	first := make([][]step, len(docs))
	a.parallel(len(docs), func(i int) {
		first[i] = a.search(docs[i], priors, nil, nil)
	})
	if cfg.LengthOnly || cfg.NoWordModel {
		return a.beads(docs, first, priors, nil)
	}
	wm := a.train(docs, first)
	priors = estimatePriors(first)
	second := make([][]step, len(docs))
	a.parallel(len(docs), func(i int) {
		second[i] = a.search(docs[i], priors, wm, first[i])
	})
	return a.beads(docs, second, priors, wm)
}

type aligner struct {
	cfg        Config
	stem       [2]*morph.Stemmer
	vocab      [2]map[string]int32     // stem -> id
	seen       [2]map[string]int32     // folded word -> id
	tokens     [2]map[string]tokenWord // word as written -> what it gives
	anchorNum  map[uint64]int32        // anchor hash -> its number in the aligner (see anchorIDs)
	ids        anchorIDs               // the numbering of the document pair being prepared
	counts     [2][]float64            // word frequencies, per language
	total      [2]float64
	matchers   [2]*termmatch.Matcher
	folder     *textnorm.Folder
	lengthOnly bool
	// crossScript is set when one language is written in Cyrillic and the
	// other in Latin letters.
	crossScript bool
}

func newAligner(cfg Config) *aligner {
	a := &aligner{cfg: cfg, folder: textnorm.NewFolder(), lengthOnly: cfg.LengthOnly, anchorNum: map[uint64]int32{}}
	a.crossScript = (lang.Of(cfg.SourceLang).Script == lang.Cyrillic) != (lang.Of(cfg.TargetLang).Script == lang.Cyrillic)
	for k, l := range []string{cfg.SourceLang, cfg.TargetLang} {
		a.stem[k] = morph.ForLanguage(language.Make(l))
		a.vocab[k] = map[string]int32{}
		a.seen[k] = map[string]int32{}
		a.tokens[k] = map[string]tokenWord{}
		if cfg.Glossary != nil {
			a.matchers[k] = cfg.Glossary.Matcher(l)
		}
	}
	return a
}

func (a *aligner) parallel(n int, fn func(int)) {
	w := a.cfg.Workers
	if w <= 0 {
		w = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(w, max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				fn(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// prepare turns a pair's segments into lengths, word ids and anchors. It
// runs for one pair at a time (it grows the vocabulary and the word counts,
// and uses the Matchers, none of which is safe for concurrent use).
func (a *aligner) prepare(p Pair) *doc {
	a.ids.next()
	d := &doc{src: a.side(0, p.Source, p.SourceTerms), tgt: a.side(1, p.Target, p.TargetTerms)}
	d.anchorIDs = int(a.ids.n)
	var ls, lt float64
	for _, l := range d.src.lens {
		ls += l
	}
	for _, l := range d.tgt.lens {
		lt += l
	}
	d.ratio = 1
	if ls > 0 && lt > 0 {
		d.ratio = lt / ls
	}
	return d
}

// side numbers one language's segments; terms, when it has segment i's
// entry, gives its glossary concepts (see Pair.SourceTerms).
func (a *aligner) side(k int, segs []string, terms [][]string) side {
	s := side{
		lens:    make([]float64, len(segs)),
		words:   make([][]int32, len(segs)),
		anchors: make([][]int32, len(segs)),
		nums:    make([]int, len(segs)),
	}
	var toks []textnorm.Token
	var text, folded []byte
	// Each segment's words and anchors are carved out of larger blocks.
	var words, anchors []int32
	for i, seg := range segs {
		s.lens[i] = float64(utf8.RuneCountInString(seg))
		text = append(text[:0], seg...)
		toks = textnorm.Tokenize(toks[:0], text)
		if !a.lengthOnly {
			words = reserve(words, len(toks))
		}
		anchors = reserve(anchors, len(toks)+4)
		for ti, t := range toks {
			w := text[t.Start:t.End]
			tw, ok := a.tokens[k][string(w)]
			if !ok {
				folded = a.folder.Fold(folded[:0], w)
				tw = tokenWord{id: -1}
				if !a.lengthOnly {
					tw.id = a.word(k, folded)
				}
				anc, isNum := anchorOf(w, folded, false, a.crossScript)
				first, _ := anchorOf(w, folded, true, a.crossScript)
				tw.anchor, tw.firstAnchor, tw.isNum = a.anchorNumber(anc), a.anchorNumber(first), isNum
				a.tokens[k][string(w)] = tw
			} else if tw.id >= 0 {
				a.count(k, tw.id)
			}
			if !a.lengthOnly {
				words = append(words, tw.id)
			}
			anc := tw.anchor
			if ti == 0 {
				anc = tw.firstAnchor
			}
			if anc >= 0 {
				anchors = append(anchors, a.ids.id(anc))
				if tw.isNum {
					s.nums[i]++
				}
			}
		}
		if len(words) > 0 {
			s.words[i] = words[:len(words):len(words)]
			words = words[len(words):]
		}
		// Rarer punctuation: questions, exclamations, colons, brackets
		// (ASCII, so never part of another character's UTF-8 bytes).
		for q := 0; q < len(seg); q++ {
			switch c := seg[q]; c {
			case '?', '!', ':', '(', ';':
				anchors = append(anchors, a.ids.id(a.anchorNumber(punctAnchor[rune(c)])))
			}
		}
		if m := a.matchers[k]; m != nil && !a.lengthOnly {
			if i < len(terms) && terms[i] != nil {
				for _, c := range terms[i] {
					anchors = append(anchors, a.ids.id(a.anchorNumber(conceptHash(c))))
				}
			} else {
				for _, mt := range m.Match(text) {
					anchors = append(anchors, a.ids.id(a.anchorNumber(conceptHash(mt.Concept.ID))))
				}
			}
		}
		if len(anchors) > 0 && !a.lengthOnly {
			s.anchors[i] = anchors[:len(anchors):len(anchors)]
		}
		if a.lengthOnly {
			s.nums[i] = 0
		}
	}
	s.cumLen = make([]float64, len(segs)+1)
	s.cumNums = make([]int, len(segs)+1)
	s.cumAnchors = make([]int, len(segs)+1)
	for i := range segs {
		s.cumLen[i+1] = s.cumLen[i] + s.lens[i]
		s.cumNums[i+1] = s.cumNums[i] + s.nums[i]
		s.cumAnchors[i+1] = s.cumAnchors[i] + len(s.anchors[i])
	}
	return s
}

// anchorNumber returns the number of an anchor (a hash; 0 is none) in the
// aligner: twice the count of anchors seen before it, plus one for a number
// (a hash with its low bit set); -1 for none.
func (a *aligner) anchorNumber(h uint64) int32 {
	if h == 0 {
		return -1
	}
	n, ok := a.anchorNum[h]
	if !ok {
		n = int32(len(a.anchorNum))<<1 | int32(h&1)
		a.anchorNum[h] = n
	}
	return n
}

// anchorIDs numbers the anchors of a document pair densely, so that shared
// anchors are counted in arrays: an anchor's id is twice the count of the
// pair's anchors seen before it, plus one for a number (as anchorNumber's,
// whose numbers index local: valid where stamp == gen).
type anchorIDs struct {
	local []int32
	stamp []uint32
	gen   uint32
	n     int32 // the pair's anchors so far
}

// next starts the numbering of a new document pair.
func (m *anchorIDs) next() {
	m.n = 0
	m.gen++
	if m.gen == 0 {
		clear(m.stamp)
		m.gen = 1
	}
}

// id returns the pair's id of the anchor of aligner number g.
func (m *anchorIDs) id(g int32) int32 {
	k := int(g >> 1)
	if k >= len(m.stamp) {
		n := max(2*len(m.stamp), k+1, 1024)
		m.local = append(m.local, make([]int32, n-len(m.local))...)
		m.stamp = append(m.stamp, make([]uint32, n-len(m.stamp))...)
	}
	if m.stamp[k] != m.gen {
		m.stamp[k] = m.gen
		m.local[k] = m.n<<1 | g&1
		m.n++
	}
	return m.local[k]
}

// reserve returns block, emptied, when it has room for n more elements,
// else a new block.
func reserve(block []int32, n int) []int32 {
	if cap(block)-len(block) >= n {
		return block[len(block):]
	}
	return make([]int32, 0, max(n, 1024))
}

// tokenWord is what side derives from a word as written: its stem's id
// (-1 when not asked for), and its anchor inside a segment and at its
// start (anchorOf, as anchorNumber numbers it: -1 for none), computed once
// per aligner.
type tokenWord struct {
	id                  int32
	anchor, firstAnchor int32
	isNum               bool
}

// count counts one more occurrence of word id in language k.
func (a *aligner) count(k int, id int32) {
	a.counts[k][id]++
	a.total[k]++
}

// word returns the id of a folded word's stem in language k.
func (a *aligner) word(k int, folded []byte) int32 {
	if id, ok := a.seen[k][string(folded)]; ok {
		a.count(k, id)
		return id
	}
	key := a.stem[k].Key(string(folded))
	id, ok := a.vocab[k][key]
	if !ok {
		id = int32(len(a.vocab[k]))
		a.vocab[k][key] = id
		a.counts[k] = append(a.counts[k], 0)
	}
	a.seen[k][string(folded)] = id
	a.count(k, id)
	return id
}

// anchorOf returns the anchor of a word, or 0: numbers (digits only), and
// for words of letters a cognate key: the first five letters, without
// accents, of words of six letters or more, or of capitalised words of three
// or more that do not start the segment.
//
// Across scripts (Russian with Spanish or English) the cognate key is the
// word's phonetic skeleton (translit.Skeleton), so that Ассамблея meets
// Asamblea and Хрущёв meets Khrushchev.
func anchorOf(w, folded []byte, first, crossScript bool) (uint64, bool) {
	digits := 0
	letters := 0
	upper := false
	for i, r := range string(w) {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
			if i == 0 && unicode.IsUpper(r) {
				upper = true
			}
		}
	}
	if digits > 0 && letters == 0 {
		var b []byte
		for _, c := range w {
			if c >= '0' && c <= '9' {
				b = append(b, c)
			}
		}
		return hashString("n:"+string(b)) | 1, true // numbers: low bit set
	}
	if letters < 3 || letters < 6 && (!upper || first) {
		return 0, false
	}
	var key string
	if crossScript {
		key = translit.Skeleton(string(folded))
	} else {
		key = cognateKey(folded)
	}
	if key == "" {
		return 0, false
	}
	return hashString("c:"+key) &^ 1, false
}

var punctAnchor = map[rune]uint64{
	'?': hashString("p:?") &^ 1, '!': hashString("p:!") &^ 1, ':': hashString("p::") &^ 1,
	'(': hashString("p:(") &^ 1, ';': hashString("p:;") &^ 1,
}

// cognateKey is a word's first five letters in Latin script without accents.
func cognateKey(folded []byte) string {
	var b []rune
	for _, r := range string(folded) {
		if len(b) == 5 {
			break
		}
		if r < utf8.RuneSelf {
			if r >= 'a' && r <= 'z' {
				b = append(b, r)
			}
			continue
		}
		if base, ok := latinBase[r]; ok {
			b = append(b, base)
			continue
		}
		b = append(b, r)
	}
	return string(b)
}

var latinBase = map[rune]rune{
	'á': 'a', 'à': 'a', 'â': 'a', 'ä': 'a', 'é': 'e', 'è': 'e', 'ê': 'e', 'ë': 'e',
	'í': 'i', 'ì': 'i', 'î': 'i', 'ï': 'i', 'ó': 'o', 'ò': 'o', 'ô': 'o', 'ö': 'o',
	'ú': 'u', 'ù': 'u', 'û': 'u', 'ü': 'u', 'ñ': 'n', 'ç': 'c',
}

// hashString is the FNV-1a hash of s, never 0 (0 is no anchor).
func hashString(s string) uint64 { return nonzero(fnv(fnvOffset, s)) }

// conceptHash is hashString("g:"+id), a glossary concept's anchor, without
// building the string.
func conceptHash(id string) uint64 { return nonzero(fnv(fnv(fnvOffset, "g:"), id)) }

func nonzero(h uint64) uint64 {
	if h == 0 {
		return 1
	}
	return h
}

const fnvOffset = 14695981039346656037

// fnv continues the FNV-1a hash h with the bytes of s.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// logNormTail returns log(2(1-Φ(|z|))), the Gale-Church length term, from
// a table (it is called for every cell of the search).
func logNormTail(z float64) float64 {
	z = math.Abs(z)
	x := z * tailSteps
	if x >= float64(len(tailTable)-1) {
		return exactTail(z)
	}
	k := int(x)
	f := x - float64(k)
	return tailTable[k]*(1-f) + tailTable[k+1]*f
}

const tailSteps = 100 // table entries per unit of z

// computeTailTable returns exactTail at every 1/tailSteps of z from 0 to 30:
// what tailTable (tailtable.go, written by TestTailTableGenerated -update)
// holds, as a constant, so that start-up does not compute it.
func computeTailTable() []float64 {
	t := make([]float64, 30*tailSteps+1)
	for k := range t {
		t[k] = exactTail(float64(k) / tailSteps)
	}
	return t
}

func exactTail(z float64) float64 {
	p := math.Erfc(z / math.Sqrt2)
	if p < 1e-300 {
		// Asymptotic: log erfc(x) ≈ -x² - log(x√π).
		x := z / math.Sqrt2
		return -x*x - math.Log(x*math.Sqrt(math.Pi))
	}
	return math.Log(p)
}

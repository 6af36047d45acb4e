package align

import (
	"math"
	"slices"
	"sync"
)

// model1 holds IBM Model 1 translation probabilities P(t|s) for one
// direction, as each source word's most likely translations.
type model1 struct {
	trans [][]entry // by source word id
	uni   []float64 // unigram probabilities of the target language (the null model)
	known []bool    // target words that are some source word's likely translation
}

type entry struct {
	t int32
	p float32
}

// wordModel is the second pass's lexical evidence: Model 1 both ways.
type wordModel struct {
	st, ts *model1
	weight float64
}

const (
	maxTrainBeads = 5000
	emIterations  = 5
	topK          = 3
)

// train learns the word model from the confident 1-1 beads of the first
// pass over all documents.
func (a *aligner) train(docs []*doc, paths [][]step) *wordModel {
	var src, tgt [][]int32
	for di, path := range paths {
		d := docs[di]
		for _, st := range path {
			bt := beadTypes[st.t]
			if bt.s != 1 || bt.t != 1 || st.conf < 0.9 {
				continue
			}
			src = append(src, d.src.words[st.i-1])
			tgt = append(tgt, d.tgt.words[st.j-1])
		}
	}
	if len(src) > maxTrainBeads {
		// An even sample, so that every part of the batch counts.
		step := float64(len(src)) / maxTrainBeads
		var s2, t2 [][]int32
		for k := 0.0; int(k) < len(src) && len(s2) < maxTrainBeads; k += step {
			s2 = append(s2, src[int(k)])
			t2 = append(t2, tgt[int(k)])
		}
		src, tgt = s2, t2
	}
	uni := func(k int) []float64 {
		u := make([]float64, len(a.counts[k]))
		v := float64(len(a.counts[k]))
		for i, c := range a.counts[k] {
			u[i] = (c + 0.5) / (a.total[k] + 0.5*v)
		}
		return u
	}
	us, ut := uni(0), uni(1)
	pi := indexPairs(src, tgt)
	wm := &wordModel{weight: wordWeight}
	var wg sync.WaitGroup
	wg.Go(func() { wm.st = trainModel1(pi, src, tgt, false, len(a.counts[0]), ut) })
	wg.Go(func() { wm.ts = trainModel1(pi, tgt, src, true, len(a.counts[1]), us) })
	wg.Wait()
	return wm
}

// pairIndex numbers the co-occurring (source word, target word) pairs of
// the training beads; links[b] lists bead b's pairs, target-major.
type pairIndex struct {
	s, t  []int32
	links [][]int32
}

func indexPairs(src, tgt [][]int32) *pairIndex {
	n := 0
	for b := range src {
		n += len(src[b]) * len(tgt[b])
	}
	ids := newPairTable()
	pi := &pairIndex{links: make([][]int32, len(src))}
	links := make([]int32, 0, n)
	for b := range src {
		start := len(links)
		for _, t := range tgt[b] {
			for _, s := range src[b] {
				id, ok := ids.get(s, t, int32(len(pi.s)))
				if !ok {
					pi.s = append(pi.s, s)
					pi.t = append(pi.t, t)
				}
				links = append(links, id)
			}
		}
		pi.links[b] = links[start:len(links):len(links)]
	}
	return pi
}

// pairTable maps (source word, target word) pairs to their numbers: open
// addressing with linear probing, kept at most 3/4 full and grown as it
// fills (a batch of repeated text has few distinct pairs, and a small
// table stays in the cache). A map does the same at several times the
// cost, as the pairs of a training batch number in the millions.
type pairTable struct {
	keys  []uint64 // s<<32 | t, plus one (0: empty)
	vals  []int32
	n     int
	shift uint
}

func newPairTable() *pairTable {
	const bits = 12
	return &pairTable{keys: make([]uint64, 1<<bits), vals: make([]int32, 1<<bits), shift: 64 - bits}
}

// get returns the number of pair (s, t), or, for a pair not seen yet,
// gives it next and returns it with ok false.
func (pt *pairTable) get(s, t, next int32) (id int32, ok bool) {
	k := (uint64(uint32(s))<<32 | uint64(uint32(t))) + 1
	mask := len(pt.keys) - 1
	for h := pt.slot(k); ; h = (h + 1) & mask {
		switch pt.keys[h] {
		case k:
			return pt.vals[h], true
		case 0:
			pt.keys[h], pt.vals[h] = k, next
			if pt.n++; 4*pt.n > 3*len(pt.keys) {
				pt.grow()
			}
			return next, false
		}
	}
}

// slot is where key k's probe starts (Fibonacci hashing: the top bits
// of a multiplication).
func (pt *pairTable) slot(k uint64) int { return int((k * 0x9e3779b97f4a7c15) >> pt.shift) }

func (pt *pairTable) grow() {
	keys, vals := pt.keys, pt.vals
	pt.keys, pt.vals = make([]uint64, 2*len(keys)), make([]int32, 2*len(keys))
	pt.shift--
	mask := len(pt.keys) - 1
	for i, k := range keys {
		if k == 0 {
			continue
		}
		h := pt.slot(k)
		for pt.keys[h] != 0 {
			h = (h + 1) & mask
		}
		pt.keys[h], pt.vals[h] = k, vals[i]
	}
}

// unexplained is the evidence against a bead of each word the model knows
// how to translate that has no likely translation on the other side.
var unexplained = 0.5

// wordWeight scales the word model's log-likelihood ratio in the cost.
var wordWeight = 1.0

// trainModel1 runs EM for P(t|s) on sentence pairs; the null word's
// distribution is the target unigram. With reverse set, pi was built with
// src and tgt swapped (its links are then source-major for this direction).
func trainModel1(pi *pairIndex, src, tgt [][]int32, reverse bool, nsrc int, uniT []float64) *model1 {
	pairS, pairT := pi.s, pi.t
	if reverse {
		pairS, pairT = pi.t, pi.s
	}
	prob := make([]float64, len(pairS))
	count := make([]float64, len(pairS))
	srcTotal := make([]float64, nsrc)
	for i := range prob {
		prob[i] = 1
	}
	for range emIterations {
		clear(count)
		clear(srcTotal)
		for b := range src {
			ls := len(src[b])
			if ls == 0 {
				continue
			}
			lt := len(tgt[b])
			for ti, t := range tgt[b] {
				denom := uniT[t]
				if !reverse {
					for _, p := range pi.links[b][ti*ls : (ti+1)*ls] {
						denom += prob[p]
					}
					for _, p := range pi.links[b][ti*ls : (ti+1)*ls] {
						count[p] += prob[p] / denom
					}
					continue
				}
				// Reversed: the links of this bead are [s-major of the
				// other direction]: pair (t, s) sits at s*lt + ti.
				for si := 0; si < ls; si++ {
					denom += prob[pi.links[b][si*lt+ti]]
				}
				for si := 0; si < ls; si++ {
					p := pi.links[b][si*lt+ti]
					count[p] += prob[p] / denom
				}
			}
		}
		for p, c := range count {
			srcTotal[pairS[p]] += c
		}
		for p, c := range count {
			if tot := srcTotal[pairS[p]]; tot > 0 {
				prob[p] = c / tot
			}
		}
	}
	m := &model1{trans: make([][]entry, nsrc), uni: uniT}
	for p, pr := range prob {
		if pr < 1e-3 {
			continue
		}
		s := pairS[p]
		m.trans[s] = append(m.trans[s], entry{pairT[p], float32(pr)})
	}
	m.known = make([]bool, len(uniT))
	for s, es := range m.trans {
		for _, e := range es {
			m.known[e.t] = true
		}
		slices.SortFunc(es, func(x, y entry) int {
			switch {
			case x.p > y.p:
				return -1
			case x.p < y.p:
				return 1
			}
			return int(x.t - y.t)
		})
		if len(es) > topK {
			m.trans[s] = es[:topK:topK]
		}
	}
	return m
}

// accum is the translation mass the words of some source segments give each
// target word (dense, valid where stamp == gen), and their word count.
type accum struct {
	acc   []float64
	stamp []uint32
	gen   uint32
	words int
}

func (a *accum) reset(n int) {
	if len(a.acc) < n {
		a.acc = make([]float64, n)
		a.stamp = make([]uint32, n)
	}
	a.gen++
	if a.gen == 0 {
		clear(a.stamp)
		a.gen = 1
	}
	a.words = 0
}

func (a *accum) add(m *model1, seg []int32) {
	a.words += len(seg)
	for _, s := range seg {
		if int(s) >= len(m.trans) {
			continue
		}
		for _, e := range m.trans[s] {
			if a.stamp[e.t] != a.gen {
				a.stamp[e.t] = a.gen
				a.acc[e.t] = 0
			}
			a.acc[e.t] += float64(e.p)
		}
	}
}

// prepareRow accumulates, for row i of the search, the source sides of
// beads ending there (the last 1, 2 and 3 segments), so that every bead of
// the row reuses them.
func (sc *scratch) prepareRow(d *doc, i int, m *model1) {
	for s := 1; s <= 3; s++ {
		a := &sc.rowAcc[s]
		a.reset(len(m.uni))
		if i-s < 0 {
			continue
		}
		for k := i - s; k < i; k++ {
			a.add(m, d.src.words[k])
		}
	}
	sc.row = i
}

// logRatioAcc is logRatio with the source side already accumulated.
func (m *model1) logRatioAcc(a *accum, tgt [][]int32) float64 {
	inv := 1 / float64(a.words+1)
	sum := 0.0
	for _, seg := range tgt {
		for _, t := range seg {
			switch {
			case a.stamp[t] == a.gen:
				sum += fastLog(1 + a.acc[t]*inv/m.uni[t])
			case m.known[t]:
				sum -= unexplained
			}
		}
	}
	return sum
}

// maxCachedVocab bounds the vocabulary for which target columns are
// cached: each cached column holds dense arrays as long as the vocabulary.
const maxCachedVocab = 1 << 16

// column returns the accumulated target side of beads ending at column j
// with t target segments, for the target→source model; the last few
// columns are kept, since the rows of a band visit each column several times.
func (sc *scratch) column(d *doc, j int, m *model1, t int) *accum {
	const ring = 16 // the second pass's band is 7 columns wide
	if sc.cols == nil {
		sc.cols = make([][4]accum, ring)
		sc.colOf = make([]int, ring)
		for k := range sc.colOf {
			sc.colOf[k] = -1
		}
	}
	slot := j % ring
	if sc.colOf[slot] != j || sc.colDoc != d {
		if sc.colDoc != d {
			for k := range sc.colOf {
				sc.colOf[k] = -1
			}
			sc.colDoc = d
		}
		for n := 1; n <= 3; n++ {
			a := &sc.cols[slot][n]
			a.reset(len(m.uni))
			for k := max(j-n, 0); k < j; k++ {
				a.add(m, d.tgt.words[k])
			}
		}
		sc.colOf[slot] = j
	}
	return &sc.cols[slot][t]
}

// scratch holds per-goroutine buffers for scoring.
type scratch struct {
	cols    [][4]accum // target-side accumulations by column (see column)
	colOf   []int      // the column each slot holds, or -1
	colDoc  *doc
	row     int      // the row rowAcc was prepared for, or -1
	rowAcc  [4]accum // by number of source segments
	tmp     accum    // for beads outside the row and column caches
	anchors anchorCounts
	cell    cellWords // the word model's sums for one cell (see prepareCell)
}

// logRatio returns the evidence the source words give for the target
// words under Model 1: for each target word t, log((P0(t) + P(t|S)) / P0(t))
// where P(t|S) = Σ_s P(t|s) / (L+1) over the L source words and P0 is the
// target unigram. A word the model knows nothing about adds nothing, so that
// a vocabulary the batch was too small to learn does not count against a
// bead; a word it knows with no likely translation here costs unexplained;
// a source side padded with an unrelated sentence dilutes P(t|S).
func (m *model1) logRatio(src, tgt [][]int32, sc *scratch) float64 {
	a := &sc.tmp
	a.reset(len(m.uni))
	for _, seg := range src {
		a.add(m, seg)
	}
	return m.logRatioAcc(a, tgt)
}

// fastLog is the natural logarithm of y ≥ 1 (finite), to about 1e-7:
// y = 2^e · m with m in [1, 2), ln m = 2 atanh((m-1)/(m+1)) by its series.
// Word-model scores take millions of logarithms; math.Log is exact and
// several times slower.
func fastLog(y float64) float64 {
	b := math.Float64bits(y)
	e := int((b>>52)&0x7ff) - 1023
	m := math.Float64frombits(b&0x000fffffffffffff | 0x3ff0000000000000)
	if m > math.Sqrt2 { // keep s small: m in [1/√2·2, √2) after adjustment
		m /= 2
		e++
	}
	s := (m - 1) / (m + 1)
	s2 := s * s
	return float64(e)*math.Ln2 + 2*s*(1+s2*(1.0/3+s2*(1.0/5+s2*(1.0/7+s2/9))))
}

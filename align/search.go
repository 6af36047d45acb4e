package align

import (
	"math"
	"sync"
)

// step is a bead on a path: it ends at (i, j) (exclusive segment counts)
// and has type t; conf is its score.
type step struct {
	i, j int
	t    int
	cost float64
	conf float64
}

const (
	lenVariance = 6.8 // Gale-Church variance per character
	anchorGain  = 2.0 // nats per shared anchor
	numberLoss  = 1.5 // nats per number without its counterpart
)

// cost is the cost of the bead of type bt ending at (i, j).
func (a *aligner) cost(d *doc, i, j int, bt beadType, logPrior []float64, ti int, wm *wordModel, sc *scratch) float64 {
	ls := d.src.cumLen[i] - d.src.cumLen[i-bt.s]
	lt := d.tgt.cumLen[j] - d.tgt.cumLen[j-bt.t]
	c := -logPrior[ti]
	// Lengths are compared only when both sides have some (an omission's
	// cost is its prior, as in Moore 2002, not its length).
	mean := (ls + lt/d.ratio) / 2
	if bt.s > 0 && bt.t > 0 && mean > 0 {
		z := (d.ratio*ls - lt) / math.Sqrt(lenVariance*mean)
		c -= logNormTail(z)
	}
	if a.lengthOnly {
		return c
	}
	// Anchors: shared ones are evidence for the bead, numbers left without
	// their counterpart evidence against it.
	matched, matchedNums := 0, 0
	nums := d.src.cumNums[i] - d.src.cumNums[i-bt.s] + d.tgt.cumNums[j] - d.tgt.cumNums[j-bt.t]
	anchored := d.src.cumAnchors[i] > d.src.cumAnchors[i-bt.s] && d.tgt.cumAnchors[j] > d.tgt.cumAnchors[j-bt.t]
	if bt.s > 0 && bt.t > 0 && (anchored || wm != nil) {
		if anchored {
			matched, matchedNums = sc.shared(d, i, j, bt)
		}
		if wm != nil {
			src := d.src.words[i-bt.s : i]
			tgt := d.tgt.words[j-bt.t : j]
			var st float64
			cell := sc.cell.i == i && sc.cell.j == j
			switch {
			case cell:
				st = sc.cell.st[bt.s][bt.t]
			case sc.row == i:
				st = wm.st.logRatioAcc(&sc.rowAcc[bt.s], tgt)
			default:
				st = wm.st.logRatio(src, tgt, sc)
			}
			var ts float64
			switch {
			case cell && sc.cell.tsOK:
				ts = sc.cell.ts[bt.s][bt.t]
			case len(wm.ts.uni) <= maxCachedVocab:
				ts = wm.ts.logRatioAcc(sc.column(d, j, wm.ts, bt.t), src)
			default:
				ts = wm.ts.logRatio(tgt, src, sc)
			}
			c -= wm.weight * 0.5 * (st + ts)
		}
	}
	c -= anchorGain * float64(matched)
	c += numberLoss * float64(nums-2*matchedNums)
	if bt.s+bt.t >= 3 && anchored {
		// In a merge, a segment whose words have cognates to offer but find
		// none on the other side is more likely an addition or omission
		// (a translator's note) than part of the bead.
		for k := i - bt.s; k < i && bt.s > 1; k++ {
			if sc.sourceOrphan(d.src.anchors[k], bt.s, bt.t) {
				c += orphanLoss
			}
		}
		for q := j - bt.t; q < j && bt.t > 1; q++ {
			if sc.targetOrphan(d.tgt.anchors[q], bt.s) {
				c += orphanLoss
			}
		}
	}
	return c
}

// orphanLoss is the cost of each segment of a merge that shares none of its
// (at least two) anchors with the other side.
var orphanLoss = 1.5

// orphanMin is the number of anchors a segment needs to be judged an orphan.
var orphanMin = 2

// band is the searched part of the (n+1)×(m+1) grid: row i covers
// columns lo[i]..hi[i].
type band struct {
	lo, hi, off []int
}

func newBand(n, m int, center func(i int) int, w int) band {
	b := band{lo: make([]int, n+1), hi: make([]int, n+1), off: make([]int, n+2)}
	for i := 0; i <= n; i++ {
		c := center(i)
		b.lo[i] = max(0, c-w)
		b.hi[i] = min(m, c+w)
		b.off[i+1] = b.off[i] + b.hi[i] - b.lo[i] + 1
	}
	return b
}

func (b band) at(i, j int) int {
	if j < b.lo[i] || j > b.hi[i] {
		return -1
	}
	return b.off[i] + j - b.lo[i]
}

var scratchPool = sync.Pool{New: func() any { return &scratch{row: -1} }}

// search finds the best path for a document; prev, when set, is the first
// pass's path, around which the band is laid.
func (a *aligner) search(d *doc, priors []float64, wm *wordModel, prev []step) []step {
	n, m := len(d.src.lens), len(d.tgt.lens)
	logPrior := make([]float64, len(priors))
	for k, p := range priors {
		logPrior[k] = math.Log(p)
	}
	// The first band follows the lengths: row i is centred on the target
	// column where the same share of the text's characters has gone by, a
	// better guess than the diagonal when sentences are merged or split.
	cols := lengthColumns(d.src.lens, d.tgt.lens)
	center := func(i int) int { return cols[i] }
	// Omissions make the path drift from the length diagonal like a random
	// walk, by about the square root of the length: start that wide.
	w := 10 + int(math.Sqrt(float64(max(n, m)))/4) + 2*(m/max(n, 1)) + 2*(n/max(m, 1))
	if prev != nil {
		cols := pathColumns(prev, n)
		center = func(i int) int { return cols[i] }
		w = 3
	}
	sc := scratchPool.Get().(*scratch)
	sc.colDoc = nil // the column cache belongs to one search
	defer func() {
		sc.releaseAnchors()
		scratchPool.Put(sc)
	}()
	// When the best path runs along the band's edge, the band was too
	// narrow: it is doubled and laid around that path.
	for {
		b := newBand(n, m, center, w)
		path, ok := a.dp(d, b, logPrior, wm, sc)
		full := w >= max(n, m)
		if full || ok && !touches(path, b, n, m) {
			if !ok {
				return nil
			}
			return path
		}
		if ok {
			cols := pathColumns(path, n)
			center = func(i int) int { return cols[i] }
		}
		w *= 2
	}
}

// lengthColumns gives, for each source row 0..n, the target column whose
// share of the target's characters is closest to the row's share of the
// source's.
func lengthColumns(src, tgt []float64) []int {
	n, m := len(src), len(tgt)
	cols := make([]int, n+1)
	var ls, lt float64
	for _, l := range src {
		ls += l
	}
	for _, l := range tgt {
		lt += l
	}
	if ls == 0 || lt == 0 {
		for i := range cols {
			cols[i] = int(math.Round(float64(i) * float64(m) / float64(max(n, 1))))
		}
		return cols
	}
	j, cs, ct := 0, 0.0, 0.0
	for i := 0; i <= n; i++ {
		share := cs / ls
		for j < m && (ct+tgt[j]/2)/lt < share {
			ct += tgt[j]
			j++
		}
		cols[i] = j
		if i < n {
			cs += src[i]
		}
	}
	return cols
}

// pathColumns gives, for each source row 0..n, the target column the path
// passes at (the largest, for rows a bead spans).
func pathColumns(path []step, n int) []int {
	cols := make([]int, n+1)
	pi, pj := 0, 0
	for _, s := range path {
		for i := pi + 1; i <= s.i; i++ {
			// interpolate inside a bead spanning several source segments
			cols[i] = pj + (s.j-pj)*(i-pi)/max(s.i-pi, 1)
		}
		cols[s.i] = s.j
		pi, pj = s.i, s.j
	}
	return cols
}

// touches reports whether the path runs along the edge of the band, which
// means the band was too narrow.
func touches(path []step, b band, n, m int) bool {
	for _, s := range path {
		if s.i == n && s.j == m {
			continue
		}
		if s.j <= b.lo[s.i] && b.lo[s.i] > 0 || s.j >= b.hi[s.i] && b.hi[s.i] < m {
			return true
		}
	}
	return false
}

// dp runs the dynamic program in band b and returns the best path.
func (a *aligner) dp(d *doc, b band, logPrior []float64, wm *wordModel, sc *scratch) ([]step, bool) {
	n, m := len(d.src.lens), len(d.tgt.lens)
	if b.at(0, 0) < 0 {
		return nil, false
	}
	// Back pointers for the whole band (one byte a cell); path costs only
	// for the last four rows, as no bead spans more than three.
	back := make([]int8, b.off[n+1])
	var rows [4][]float64
	costAt := func(i, j int) float64 {
		if j < b.lo[i] || j > b.hi[i] {
			return math.Inf(1)
		}
		return rows[i%4][j-b.lo[i]]
	}
	defer func() { sc.row, sc.cell.i = -1, -1 }()
	if wm != nil {
		width := 0
		for i := 0; i <= n; i++ {
			width = max(width, b.hi[i]-b.lo[i]+1)
		}
		sc.resetCells(width)
	}
	for i := 0; i <= n; i++ {
		if wm != nil {
			sc.prepareRow(d, i, wm.st)
		}
		row := rows[i%4][:0]
		for j := b.lo[i]; j <= b.hi[i]; j++ {
			if i == 0 && j == 0 {
				row = append(row, 0)
				back[b.at(0, 0)] = -1
				continue
			}
			if wm != nil {
				sc.prepareCell(d, i, j, wm)
			}
			best, bestT := math.Inf(1), -1
			for ti, bt := range beadTypes {
				pi, pj := i-bt.s, j-bt.t
				if pi < 0 || pj < 0 {
					continue
				}
				var from float64
				if pi == i { // a 0-1 bead: the row being filled
					k := pj - b.lo[i]
					if k < 0 || k >= len(row) {
						continue
					}
					from = row[k]
				} else {
					from = costAt(pi, pj)
				}
				if math.IsInf(from, 1) {
					continue
				}
				c := from + a.cost(d, i, j, bt, logPrior, ti, wm, sc)
				if c < best {
					best, bestT = c, ti
				}
			}
			row = append(row, best)
			back[b.at(i, j)] = int8(bestT)
		}
		rows[i%4] = row
	}
	if b.at(n, m) < 0 || math.IsInf(costAt(n, m), 1) {
		return nil, false
	}
	var path []step
	i, j := n, m
	for i > 0 || j > 0 {
		ti := int(back[b.at(i, j)])
		bt := beadTypes[ti]
		path = append(path, step{i: i, j: j, t: ti, cost: a.cost(d, i, j, bt, logPrior, ti, wm, sc)})
		i, j = i-bt.s, j-bt.t
	}
	for l, r := 0, len(path)-1; l < r; l, r = l+1, r-1 {
		path[l], path[r] = path[r], path[l]
	}
	a.confidence(d, path, logPrior, wm, sc)
	return path, true
}

// confidence sets each step's score: the logistic of how much more the
// best alternative would cost: leaving the bead's segments unaligned (for a
// bead with both sides) or joining the bead to the previous or next one.
func (a *aligner) confidence(d *doc, path []step, logPrior []float64, wm *wordModel, sc *scratch) {
	typeOf := func(s, t int) int {
		for k, bt := range beadTypes {
			if bt.s == s && bt.t == t {
				return k
			}
		}
		return -1
	}
	for k := range path {
		st := &path[k]
		bt := beadTypes[st.t]
		alt := math.Inf(1)
		if bt.s > 0 && bt.t > 0 {
			// Leaving the bead's segments unaligned.
			alt = 0
			for q := 0; q < bt.s; q++ {
				alt += a.cost(d, st.i-q, st.j-bt.t, beadType{1, 0}, logPrior, 1, wm, sc)
			}
			for q := 0; q < bt.t; q++ {
				alt += a.cost(d, st.i, st.j-q, beadType{0, 1}, logPrior, 2, wm, sc)
			}
		}
		// Joining the bead to the previous or the next one.
		if k > 0 {
			p := path[k-1]
			pbt := beadTypes[p.t]
			if t := typeOf(pbt.s+bt.s, pbt.t+bt.t); t >= 0 {
				alt = min(alt, a.cost(d, st.i, st.j, beadTypes[t], logPrior, t, wm, sc)-p.cost)
			}
		}
		if k+1 < len(path) {
			nx := path[k+1]
			nbt := beadTypes[nx.t]
			if t := typeOf(nbt.s+bt.s, nbt.t+bt.t); t >= 0 {
				alt = min(alt, a.cost(d, nx.i, nx.j, beadTypes[t], logPrior, t, wm, sc)-nx.cost)
			}
		}
		if math.IsInf(alt, 1) {
			st.conf = 1
			continue
		}
		st.conf = 1 / (1 + math.Exp(st.cost-alt))
	}
}

// estimatePriors re-estimates the bead priors from paths, smoothed
// towards the defaults.
func estimatePriors(paths [][]step) []float64 {
	counts := make([]float64, len(beadTypes))
	total := 0.0
	for _, p := range paths {
		for _, s := range p {
			counts[s.t]++
			total++
		}
	}
	out := make([]float64, len(beadTypes))
	const weight = 20 // pseudo-beads of the default distribution
	for k := range out {
		out[k] = (counts[k] + weight*defaultPriors[k]) / (total + weight)
	}
	// Omissions and additions are rare but must stay findable: a batch
	// whose first pass found none must not make them impossible.
	for _, k := range []int{1, 2} {
		out[k] = max(out[k], defaultPriors[k])
	}
	return out
}

// beads turns paths into Beads.
func (a *aligner) beads(docs []*doc, paths [][]step, priors []float64, wm *wordModel) [][]Bead {
	out := make([][]Bead, len(paths))
	for di, path := range paths {
		d := docs[di]
		if path == nil {
			// No path at all (cannot happen with a full band); give
			// everything as omissions and additions.
			for i := range d.src.lens {
				out[di] = append(out[di], Bead{Source: []int{i}, Target: []int{}, Score: 0})
			}
			for j := range d.tgt.lens {
				out[di] = append(out[di], Bead{Source: []int{}, Target: []int{j}, Score: 0})
			}
			continue
		}
		for _, s := range path {
			bt := beadTypes[s.t]
			bd := Bead{Source: make([]int, 0, bt.s), Target: make([]int, 0, bt.t), Score: s.conf}
			for k := s.i - bt.s; k < s.i; k++ {
				bd.Source = append(bd.Source, k)
			}
			for k := s.j - bt.t; k < s.j; k++ {
				bd.Target = append(bd.Target, k)
			}
			out[di] = append(out[di], bd)
		}
	}
	_ = priors
	_ = wm
	return out
}

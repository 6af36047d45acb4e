package align

// cellWords is the word model's evidence for the beads ending in one cell
// of the second pass's search, worked out before the cell's beads are
// scored.
//
// A bead's evidence in each direction is a sum over its words, in order
// (logRatioAcc). The sum for t target segments ending at column j is the
// sum for t-1 ending at column j-1 (the cell to the left, same source
// side) continued with the words of target segment j-1; the sum for s
// source segments is the one for s-1 in the row above (same column, same
// target side) continued with the words of source segment i-1. So each
// word's term is computed once per cell and accumulator, not once per bead,
// and every sum is the same sequence of additions as logRatioAcc's: the
// same value to the last bit.
type cellWords struct {
	i, j int // the cell held, or i = -1
	// st and ts are the source→target and target→source sums by source and
	// target segment counts; ts only when tsOK.
	st, ts [4][4]float64
	tsOK   bool
	above  []cellSums // ts of the previous row's cells, by column (see slot)
	terms  [4][]float64
}

// cellSums is one cell's target→source sums.
type cellSums struct {
	i, j int
	ts   [4][4]float64
}

// beadShapes are the bead types with both sides, the only ones the word
// model scores, in an order where each sum's shorter sum comes first.
var beadShapes = [...]beadType{{1, 1}, {2, 1}, {3, 1}, {1, 2}, {2, 2}, {1, 3}}

// resetCells empties the cell cache for a search over a band whose rows
// are at most width cells wide.
func (sc *scratch) resetCells(width int) {
	cw := &sc.cell
	cw.i = -1
	if len(cw.above) < width {
		cw.above = make([]cellSums, width)
	}
	cw.above = cw.above[:width]
	for k := range cw.above {
		cw.above[k].i = -1
	}
}

// prepareCell works out the word model's sums for the beads ending at
// (i, j); the row's source accumulations (prepareRow) must be ready.
func (sc *scratch) prepareCell(d *doc, i, j int, wm *wordModel) {
	cw := &sc.cell
	left := cw.i == i && cw.j == j-1 // cw.st holds the cell to the left
	var st [4][4]float64
	if i > 0 && j > 0 {
		seg := d.tgt.words[j-1]
		for s := 1; s <= min(3, i); s++ {
			cw.terms[s] = wm.st.terms(cw.terms[s][:0], &sc.rowAcc[s], seg)
		}
		for _, bt := range beadShapes {
			if bt.s > i || bt.t > j {
				continue
			}
			sum := 0.0
			if bt.t > 1 {
				if !left {
					st[bt.s][bt.t] = wm.st.logRatioAcc(&sc.rowAcc[bt.s], d.tgt.words[j-bt.t:j])
					continue
				}
				sum = cw.st[bt.s][bt.t-1]
			}
			for _, x := range cw.terms[bt.s] {
				sum += x
			}
			st[bt.s][bt.t] = sum
		}
	}
	cw.st = st
	cw.i, cw.j = i, j
	cw.tsOK = len(wm.ts.uni) <= maxCachedVocab
	if !cw.tsOK {
		return
	}
	var ts [4][4]float64
	if i > 0 && j > 0 {
		seg := d.src.words[i-1]
		for t := 1; t <= min(3, j); t++ {
			cw.terms[t] = wm.ts.terms(cw.terms[t][:0], sc.column(d, j, wm.ts, t), seg)
		}
		above := &cw.above[j%len(cw.above)]
		up := above.i == i-1 && above.j == j
		for _, bt := range beadShapes {
			if bt.s > i || bt.t > j {
				continue
			}
			sum := 0.0
			if bt.s > 1 {
				if !up {
					ts[bt.s][bt.t] = wm.ts.logRatioAcc(sc.column(d, j, wm.ts, bt.t), d.src.words[i-bt.s:i])
					continue
				}
				sum = above.ts[bt.s-1][bt.t]
			}
			for _, x := range cw.terms[bt.t] {
				sum += x
			}
			ts[bt.s][bt.t] = sum
		}
	}
	cw.ts = ts
	cw.above[j%len(cw.above)] = cellSums{i: i, j: j, ts: ts}
}

// terms appends to buf what each word of seg adds to logRatioAcc's sum
// with accumulation a, leaving out the words that add nothing.
func (m *model1) terms(buf []float64, a *accum, seg []int32) []float64 {
	inv := 1 / float64(a.words+1)
	for _, t := range seg {
		switch {
		case a.stamp[t] == a.gen:
			buf = append(buf, fastLog(1+a.acc[t]*inv/m.uni[t]))
		case m.known[t]:
			buf = append(buf, -unexplained)
		}
	}
	return buf
}

package align

// anchorCounts counts the anchors that beads share, in arrays indexed by
// anchor id (see anchorIDs): the source side of the beads ending in one row
// is counted once for the row, and each bead then reads its target
// anchors against those counts, so that no bead merges or sorts lists.
// Between rows every count is zero again.
type anchorCounts struct {
	doc *doc
	row int // the row counts holds, when doc is set
	// count[s][id] is how often anchor id occurs in the s source segments
	// before row.
	count [4][]int32
	// The cell countCell counted last (cellDoc nil: none), and its counts
	// of shared anchors and of shared numbers by source and target segment
	// counts.
	cellDoc         *doc
	cellI, cellJ    int
	cellN, cellNums [4][4]int32
	// In that cell, the target anchors that the last s source segments
	// also have are those with stamp[s][id] == gens[s]; depth[s][id] is the
	// fewest target segments back from the column that hold one. While
	// countCell counts, used[id] of them are matched.
	stamp [4][]uint32
	depth [4][]uint8
	gens  [4]uint32
	used  []int32
	gen   uint32
}

// sourceCounts makes count hold row i of d.
func (ac *anchorCounts) sourceCounts(d *doc, i int) {
	if ac.doc == d && ac.row == i {
		return
	}
	ac.release()
	if n := 2 * d.anchorIDs; len(ac.used) < n {
		for s := 1; s <= 3; s++ {
			ac.count[s] = make([]int32, n)
			ac.stamp[s] = make([]uint32, n)
			ac.depth[s] = make([]uint8, n)
		}
		ac.used = make([]int32, n)
		ac.gen, ac.gens = 0, [4]uint32{}
	}
	ac.doc, ac.row = d, i
	for s := 1; s <= 3; s++ {
		cnt := ac.count[s]
		for k := max(i-s, 0); k < i; k++ {
			for _, x := range d.src.anchors[k] {
				cnt[x]++
			}
		}
	}
}

// release zeroes the counts and forgets the document.
func (ac *anchorCounts) release() {
	if ac.doc == nil {
		return
	}
	for s := 1; s <= 3; s++ {
		cnt := ac.count[s]
		for k := max(ac.row-s, 0); k < ac.row; k++ {
			for _, x := range ac.doc.src.anchors[k] {
				cnt[x] = 0
			}
		}
	}
	ac.doc = nil
}

// shared counts the anchors the two sides of the bead of type bt ending at
// (i, j) have in common (as multisets), and how many of them are numbers.
// Every bead with both sides that ends in the cell is counted at once and
// kept: a multiset intersection does not depend on the order its elements
// come in, so the target segments are read backwards from column j, and
// the count for t segments is the one for t-1 continued with segment j-t.
func (sc *scratch) shared(d *doc, i, j int, bt beadType) (n, nums int) {
	ac := &sc.anchors
	if ac.cellDoc != d || ac.cellI != i || ac.cellJ != j {
		ac.countCell(d, i, j)
	}
	return int(ac.cellN[bt.s][bt.t]), int(ac.cellNums[bt.s][bt.t])
}

// countCell counts the shared anchors of the beads ending at (i, j): s
// source segments (1 to 3) against t target segments, for the shapes of
// beadShapes (s + t ≤ 4).
func (ac *anchorCounts) countCell(d *doc, i, j int) {
	ac.sourceCounts(d, i)
	ac.cellDoc, ac.cellI, ac.cellJ = d, i, j
	ac.cellN, ac.cellNums = [4][4]int32{}, [4][4]int32{}
	for s := 1; s <= min(3, i); s++ {
		ac.gen++
		if ac.gen == 0 {
			for k := 1; k <= 3; k++ {
				clear(ac.stamp[k])
			}
			ac.gen = 1
		}
		g, cnt, stamp, depth := ac.gen, ac.count[s], ac.stamp[s], ac.depth[s]
		ac.gens[s] = g
		var n, nums int32
		for t := 1; t <= min(4-s, j); t++ {
			for _, x := range d.tgt.anchors[j-t] {
				c := cnt[x]
				if c == 0 {
					continue
				}
				if stamp[x] != g {
					stamp[x], depth[x] = g, uint8(t)
					ac.used[x] = 0
				}
				if ac.used[x] < c {
					ac.used[x]++
					n++
					nums += x & 1
				}
			}
			ac.cellN[s][t], ac.cellNums[s][t] = n, nums
		}
	}
}

// sourceOrphan reports whether a source segment of the bead of s source
// and t target segments that shared scored last has enough anchors and
// shares none of them with the target side. (Its anchors are among the
// last s source segments', so countCell stamped those the target has.)
func (sc *scratch) sourceOrphan(anchors []int32, s, t int) bool {
	if len(anchors) < orphanMin {
		return false
	}
	ac := &sc.anchors
	stamp, depth, g := ac.stamp[s], ac.depth[s], ac.gens[s]
	for _, x := range anchors {
		if stamp[x] == g && int(depth[x]) <= t {
			return false
		}
	}
	return true
}

// targetOrphan reports whether a target segment of the bead shared last
// scored has enough anchors and shares none of them with the source side
// (the last s segments before the counted row).
func (sc *scratch) targetOrphan(anchors []int32, s int) bool {
	if len(anchors) < orphanMin {
		return false
	}
	cnt := sc.anchors.count[s]
	for _, x := range anchors {
		if cnt[x] > 0 {
			return false
		}
	}
	return true
}

// releaseAnchors zeroes the anchor counts at the end of a search.
func (sc *scratch) releaseAnchors() {
	sc.anchors.release()
	sc.anchors.cellDoc = nil
}

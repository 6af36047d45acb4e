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
	// The anchors of the bead last scored by shared that the source side
	// also has are those with stamp[id] == gen; used[id] of them are
	// matched.
	stamp []uint32
	used  []int32
	gen   uint32
}

// sourceCounts makes count hold row i of d.
func (ac *anchorCounts) sourceCounts(d *doc, i int) {
	if ac.doc == d && ac.row == i {
		return
	}
	ac.release()
	if n := 2 * d.anchorIDs; len(ac.stamp) < n {
		for s := 1; s <= 3; s++ {
			ac.count[s] = make([]int32, n)
		}
		ac.stamp = make([]uint32, n)
		ac.used = make([]int32, n)
		ac.gen = 0
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
func (sc *scratch) shared(d *doc, i, j int, bt beadType) (n, nums int) {
	ac := &sc.anchors
	ac.sourceCounts(d, i)
	ac.gen++
	if ac.gen == 0 {
		clear(ac.stamp)
		ac.gen = 1
	}
	g, cnt := ac.gen, ac.count[bt.s]
	for _, seg := range d.tgt.anchors[j-bt.t : j] {
		for _, x := range seg {
			c := cnt[x]
			if c == 0 {
				continue
			}
			if ac.stamp[x] != g {
				ac.stamp[x] = g
				ac.used[x] = 0
			}
			if ac.used[x] < c {
				ac.used[x]++
				n++
				nums += int(x & 1)
			}
		}
	}
	return n, nums
}

// sourceOrphan reports whether a source segment of the bead shared last
// scored has enough anchors and shares none of them with the target side.
func (sc *scratch) sourceOrphan(anchors []int32) bool {
	if len(anchors) < orphanMin {
		return false
	}
	for _, x := range anchors {
		if sc.anchors.stamp[x] == sc.anchors.gen {
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
func (sc *scratch) releaseAnchors() { sc.anchors.release() }

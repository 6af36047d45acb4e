package align

import "slices"

// MultiBead lines up source segments with segments of one or more
// translations: Targets[k] are the indexes in the k-th target.
type MultiBead struct {
	Source  []int
	Targets [][]int
	Score   float64
}

// Merge combines bilingual alignments of one source (of n segments) with
// several targets into one alignment in which every bead lines up all of
// them. A bead boundary is kept where every alignment has one; between two
// such boundaries, the beads of each alignment are joined. An addition (a
// 0-1 bead) at a common boundary stays a bead of its own; elsewhere it joins
// the bead it falls in. A merged bead's score is the lowest of its parts'.
func Merge(n int, alignments [][]Bead) []MultiBead {
	k := len(alignments)
	// Source boundaries every alignment has.
	count := map[int]int{}
	for _, al := range alignments {
		seen := map[int]bool{}
		for _, b := range al {
			if len(b.Source) > 0 {
				seen[b.Source[len(b.Source)-1]+1] = true
			}
		}
		for c := range seen {
			count[c]++
		}
	}
	cuts := []int{0}
	for c, m := range count {
		if m == k && c > 0 {
			cuts = append(cuts, c)
		}
	}
	slices.Sort(cuts)
	if cuts[len(cuts)-1] != n {
		cuts = append(cuts, n)
	}
	group := func(s int) int { // the group holding source segment s
		g, _ := slices.BinarySearch(cuts, s+1)
		return g - 1
	}
	newBead := func(src []int) MultiBead {
		mb := MultiBead{Source: src, Targets: make([][]int, k), Score: 1}
		for q := range mb.Targets {
			mb.Targets[q] = []int{}
		}
		return mb
	}
	groups := make([]MultiBead, len(cuts)-1)
	for g := range groups {
		src := []int{}
		for s := cuts[g]; s < cuts[g+1]; s++ {
			src = append(src, s)
		}
		groups[g] = newBead(src)
	}
	before := make([][]MultiBead, len(cuts)) // standalone additions at each cut
	for a, al := range alignments {
		p := 0 // source segments consumed so far
		for _, b := range al {
			if len(b.Source) > 0 {
				g := group(b.Source[0])
				groups[g].Targets[a] = append(groups[g].Targets[a], b.Target...)
				groups[g].Score = min(groups[g].Score, b.Score)
				p = b.Source[len(b.Source)-1] + 1
				continue
			}
			if c, ok := slices.BinarySearch(cuts, p); ok {
				mb := newBead([]int{})
				mb.Targets[a] = append(mb.Targets[a], b.Target...)
				mb.Score = b.Score
				before[c] = append(before[c], mb)
				continue
			}
			g := group(p - 1)
			groups[g].Targets[a] = append(groups[g].Targets[a], b.Target...)
			groups[g].Score = min(groups[g].Score, b.Score)
		}
	}
	var out []MultiBead
	for g := range groups {
		out = append(out, before[g]...)
		if len(groups[g].Source) > 0 || hasTargets(groups[g]) {
			out = append(out, groups[g])
		}
	}
	out = append(out, before[len(cuts)-1]...)
	return out
}

func hasTargets(mb MultiBead) bool {
	for _, t := range mb.Targets {
		if len(t) > 0 {
			return true
		}
	}
	return false
}

package align

import "strings"

// Paragraphed is a document as segments and the paragraph each belongs to
// (non-decreasing numbers, as package segment gives them).
type Paragraphed struct {
	Segments []string
	Para     []int
	// Terms, when set, are each segment's glossary concepts, as
	// Pair.SourceTerms. An entry also vouches that the segment joined with
	// the next of its paragraph by a space matches no term across the
	// join: a paragraph whose segments all have entries is not matched
	// again.
	Terms [][]string
}

// terms returns the concepts of the segments of p at indexes idx (nil
// entries when p has no Terms).
func (p Paragraphed) terms(idx []int) [][]string {
	if p.Terms == nil {
		return nil
	}
	out := make([][]string, len(idx))
	for n, i := range idx {
		out[n] = p.Terms[i]
	}
	return out
}

// paraTerms returns the concepts of each paragraph of groups: those of
// its segments in order, or nil when one of them has no entry.
func (p Paragraphed) paraTerms(groups [][]int) [][]string {
	if p.Terms == nil {
		return nil
	}
	out := make([][]string, len(groups))
	for k, g := range groups {
		all := []string{}
		for _, i := range g {
			if p.Terms[i] == nil {
				all = nil
				break
			}
			all = append(all, p.Terms[i]...)
		}
		out[k] = all
	}
	return out
}

func (p Paragraphed) paragraphs() [][]int {
	var out [][]int
	for i := range p.Segments {
		if i == 0 || p.Para[i] != p.Para[i-1] {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], i)
	}
	return out
}

// AlignParagraphed aligns paragraphs first where both sides have more than
// one, then the sentences within each pair of aligned paragraphs, all pairs
// of paragraphs as one batch (so the word model learns from the whole
// document). Paragraphs left without a counterpart give 1-0 or 0-1 beads for
// each of their sentences. With one paragraph on either side it is Align.
func AlignParagraphed(cfg Config, src, tgt Paragraphed) []Bead {
	ps, pt := src.paragraphs(), tgt.paragraphs()
	if len(ps) < 2 || len(pt) < 2 {
		return Align(cfg, []Pair{{Source: src.Segments, Target: tgt.Segments, SourceTerms: src.Terms, TargetTerms: tgt.Terms}})[0]
	}
	join := func(p Paragraphed, groups [][]int) []string {
		out := make([]string, len(groups))
		for k, g := range groups {
			parts := make([]string, len(g))
			for n, i := range g {
				parts[n] = p.Segments[i]
			}
			out[k] = strings.Join(parts, " ")
		}
		return out
	}
	pcfg := cfg
	pcfg.NoWordModel = true // too few paragraphs to learn words from
	pcfg.priors = paragraphPriors
	paraBeads := Align(pcfg, []Pair{{Source: join(src, ps), Target: join(tgt, pt), SourceTerms: src.paraTerms(ps), TargetTerms: tgt.paraTerms(pt)}})[0]
	// Sentences of each paragraph bead.
	type span struct{ src, tgt []int }
	var spans []span
	var pairs []Pair
	var pairOf []int // span index -> pair index, or -1
	for _, pb := range paraBeads {
		var sp span
		for _, k := range pb.Source {
			sp.src = append(sp.src, ps[k]...)
		}
		for _, k := range pb.Target {
			sp.tgt = append(sp.tgt, pt[k]...)
		}
		spans = append(spans, sp)
		if len(sp.src) > 0 && len(sp.tgt) > 0 {
			pairOf = append(pairOf, len(pairs))
			p := Pair{SourceTerms: src.terms(sp.src), TargetTerms: tgt.terms(sp.tgt)}
			for _, i := range sp.src {
				p.Source = append(p.Source, src.Segments[i])
			}
			for _, j := range sp.tgt {
				p.Target = append(p.Target, tgt.Segments[j])
			}
			pairs = append(pairs, p)
		} else {
			pairOf = append(pairOf, -1)
		}
	}
	res := Align(cfg, pairs)
	var out []Bead
	for k, sp := range spans {
		if pairOf[k] < 0 {
			for _, i := range sp.src {
				out = append(out, Bead{Source: []int{i}, Target: []int{}, Score: paraBeads[k].Score})
			}
			for _, j := range sp.tgt {
				out = append(out, Bead{Source: []int{}, Target: []int{j}, Score: paraBeads[k].Score})
			}
			continue
		}
		for _, b := range res[pairOf[k]] {
			g := Bead{Source: make([]int, len(b.Source)), Target: make([]int, len(b.Target)), Score: b.Score}
			for n, i := range b.Source {
				g.Source[n] = sp.src[i]
			}
			for n, j := range b.Target {
				g.Target[n] = sp.tgt[j]
			}
			out = append(out, g)
		}
	}
	return out
}

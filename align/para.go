package align

import "strings"

// Paragraphed is a document as segments and the paragraph each belongs to
// (non-decreasing numbers, as package segment gives them).
type Paragraphed struct {
	Segments []string
	Para     []int
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
		return Align(cfg, []Pair{{Source: src.Segments, Target: tgt.Segments}})[0]
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
	paraBeads := Align(pcfg, []Pair{{Source: join(src, ps), Target: join(tgt, pt)}})[0]
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
			p := Pair{}
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

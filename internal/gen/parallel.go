package gen

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Parallel generates translation units: a sentence in a source language
// and its "translation", a sentence of the target language that names the
// same glossary concepts (in inflected forms) and the same numbers, with
// ordinary words of its own around them. A few units carry the faults a
// checker looks for: a concept left out of the translation (FaultRate/2),
// a number changed (FaultRate/4), the source copied (FaultRate/4).
type Parallel struct {
	rng      *rand.Rand
	src, tgt *Text
	si, ti   int
	concepts []int // indexes of concepts with terms in both languages
	conceptZ *rand.Zipf
	// FaultRate is the share of units with a planted fault (default 0.04).
	FaultRate float64
	faults    int
}

// NewParallel returns a generator of units from src to tgt (two of
// [Languages]) with the concepts of g.
func NewParallel(g *Glossary, src, tgt string, seed uint64) *Parallel {
	p := &Parallel{rng: rand.New(rand.NewPCG(seed1^0xa11e, seed)), FaultRate: 0.04,
		src: NewText(g, src, seed), tgt: NewText(g, tgt, seed+1),
		si: langIndex(src), ti: langIndex(tgt)}
	for i, c := range g.concepts {
		if len(c.terms[p.si]) > 0 && len(c.terms[p.ti]) > 0 {
			p.concepts = append(p.concepts, i)
		}
	}
	p.conceptZ = rand.NewZipf(p.rng, 1.1, 2, uint64(len(p.concepts)-1))
	p.src.concepts, p.tgt.concepts = g.concepts, g.concepts
	return p
}

// Faults returns the number of faults planted so far.
func (p *Parallel) Faults() int { return p.faults }

// Unit returns the next unit: a source sentence and its translation.
func (p *Parallel) Unit() (src, tgt string) {
	n := 1 + p.rng.IntN(2)
	var cs []int
	for range n {
		cs = append(cs, p.concepts[p.conceptZ.Uint64()])
	}
	num := ""
	if p.rng.IntN(3) == 0 {
		num = strconv.Itoa(1900 + p.rng.IntN(120))
	}
	words := 6 + p.rng.IntN(15) // a translation is about as long
	src = p.src.sentence(p.si, cs, num, words)
	fault := p.rng.Float64()
	switch {
	case fault < p.FaultRate/2:
		cs = cs[1:] // a concept left out
		p.faults++
	case fault < p.FaultRate*3/4 && num != "":
		num = strconv.Itoa(1900 + (p.rng.IntN(119)+1+(atoi(num)-1900))%120)
		p.faults++
	case fault < p.FaultRate:
		p.faults++
		return src, src
	}
	return src, p.tgt.sentence(p.ti, cs, num, max(4, words-2+p.rng.IntN(5)))
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// sentence writes one sentence of n words in t's language with the
// preferred or an admitted term of each concept and the number.
func (t *Text) sentence(li int, concepts []int, num string, n int) string {
	slots := map[int]int{} // word position -> concept, or -1 for the number
	perm := t.rng.Perm(n)
	for i, c := range concepts {
		slots[perm[i]] = c
	}
	if num != "" {
		slots[perm[len(concepts)]] = -1
	}
	var words []string
	for k := range n {
		c, ok := slots[k]
		switch {
		case ok && c >= 0:
			terms := t.concepts[c].terms[li]
			ci := t.rng.IntN(len(ruNoun))
			for _, w := range terms[t.rng.IntN(len(terms))] {
				if t.concepts[c].exact {
					words = append(words, w.base()) // matched as written
				} else {
					words = append(words, t.inflect(w, ci, false))
				}
			}
		case ok:
			words = append(words, num)
		case t.rng.IntN(2) == 0:
			words = append(words, t.v.function[t.funcZ.Uint64()])
		default:
			w := t.v.filler[t.fillerZ.Uint64()]
			words = append(words, t.inflect(w, t.rng.IntN(len(ruNoun)), t.rng.IntN(4) == 0))
		}
	}
	r, size := utf8.DecodeRuneInString(words[0])
	words[0] = string(unicode.ToUpper(r)) + words[0][size:]
	return strings.Join(words, " ") + "."
}

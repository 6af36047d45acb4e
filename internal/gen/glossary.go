package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
)

// seed1 is the first half of every PCG seed; the caller's seed is the
// second.
const seed1 = 0x676c6f7361 // "glosa"

// DefaultSeed is the seed the benchmarks use.
const DefaultSeed uint64 = 20240917

var languages = [...]string{"es", "en", "ru"}

// Languages returns the languages of generated glossaries and texts, in
// the order their terms appear in a concept.
func Languages() []string { return languages[:] }

func langIndex(lang string) int {
	for i, l := range languages {
		if l == lang {
			return i
		}
	}
	panic("gen: unknown language " + lang)
}

// concept is one generated concept: terms by language (preferred first,
// then admitted) and deprecated terms by language.
type concept struct {
	id, domain, note string
	exact            bool
	terms            [3][]term
	deprecated       [3][]term
}

// Glossary is a generated glossary: its TOML and what [NewText] needs to
// plant its terms in running text.
type Glossary struct {
	concepts []concept
	vocab    [3]*vocab
	toml     []byte
}

var domains = []string{"net", "fs", "ui", "security", "print", "db", "history", "law"}

// NewGlossary generates a glossary of n concepts from seed.
func NewGlossary(n int, seed uint64) *Glossary {
	rng := rand.New(rand.NewPCG(seed1, seed))
	g := &Glossary{concepts: make([]concept, n)}
	var heads [3]*rand.Zipf
	used := [3]map[string]bool{}
	for li, lang := range languages {
		nNouns := max(2000, n*3/2)
		g.vocab[li] = newVocab(rng, lang, nNouns, max(500, n/2), 20_000)
		heads[li] = rand.NewZipf(rng, 1.3, 8, uint64(nNouns-1))
		used[li] = map[string]bool{}
	}
	unique := func(li int) term {
		for {
			t := g.vocab[li].term(rng, heads[li])
			k := strings.ToLower(t.String())
			if !used[li][k] {
				used[li][k] = true
				return t
			}
		}
	}
	for i := range g.concepts {
		c := &g.concepts[i]
		c.id = fmt.Sprintf("c%06d", i+1)
		if rng.IntN(10) < 3 {
			c.domain = pick(rng, domains)
		}
		if rng.IntN(10) == 0 {
			c.note = "Generated concept " + c.id + "."
		}
		c.exact = rng.IntN(500) == 0
		for li := range languages {
			nt := 1
			switch r := rng.IntN(100); {
			case r < 5:
				nt = 3
			case r < 25:
				nt = 2
			}
			for range nt {
				c.terms[li] = append(c.terms[li], unique(li))
			}
			if rng.IntN(100) < 12 {
				c.deprecated[li] = append(c.deprecated[li], unique(li))
			}
		}
	}
	g.toml = g.render()
	return g
}

// GlossaryTOML returns the TOML of NewGlossary(n, seed).
func GlossaryTOML(n int, seed uint64) []byte { return NewGlossary(n, seed).TOML() }

// TOML returns the glossary file. The caller must not modify it.
func (g *Glossary) TOML() []byte { return g.toml }

func (g *Glossary) render() []byte {
	var b bytes.Buffer
	b.WriteString("[glossary]\nname = \"bench\"\nlanguages = [\"es\", \"en\", \"ru\"]\n")
	list := func(ts []term) {
		if len(ts) == 1 {
			fmt.Fprintf(&b, "%q\n", ts[0].String())
			return
		}
		b.WriteByte('[')
		for i, t := range ts {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", t.String())
		}
		b.WriteString("]\n")
	}
	for i := range g.concepts {
		c := &g.concepts[i]
		fmt.Fprintf(&b, "\n[[concept]]\nid = %q\n", c.id)
		if c.domain != "" {
			fmt.Fprintf(&b, "domain = %q\n", c.domain)
		}
		if c.note != "" {
			fmt.Fprintf(&b, "note = %q\n", c.note)
		}
		if c.exact {
			b.WriteString("match = \"exact\"\n")
		}
		for li, lang := range languages {
			b.WriteString(lang + " = ")
			list(c.terms[li])
		}
		dep := false
		for li, lang := range languages {
			if len(c.deprecated[li]) == 0 {
				continue
			}
			if !dep {
				b.WriteString("[concept.deprecated]\n")
				dep = true
			}
			b.WriteString(lang + " = ")
			list(c.deprecated[li])
		}
	}
	return b.Bytes()
}

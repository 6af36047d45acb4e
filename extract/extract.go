package extract

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/pipeline"
)

// Tuning.
const (
	// DefaultMinCount is the fewest source segments a candidate is seen
	// in, when Options.MinCount is 0.
	DefaultMinCount = 3
	// sketchSize is how many target grams each source gram counts its
	// co-occurrences with (space-saving: the most frequent ones).
	sketchSize = 64
	// commonWeight is the termhood of a word of ordinary language.
	commonWeight = 0.1
	// minDice is the least association of a translation with its source.
	minDice = 0.15
	// minVariantShare is the least share of a variant among the source's
	// segments.
	minVariantShare = 0.05
	// minVariantCount is the fewest segments a variant is used in.
	minVariantCount = 3
	// maxVariants is how many variants a translation lists at most.
	maxVariants = 4
	// fragment: a gram seen inside one longer candidate in this share of
	// its segments is a fragment of it, not a candidate.
	fragment = 0.9
)

// Options tune an extraction.
type Options struct {
	// SourceLang is the language of the candidates: sets whose source is
	// in another are left out. "": the first set's.
	SourceLang string
	// MinCount is the fewest source segments a candidate occurs in
	// (DefaultMinCount when 0).
	MinCount int
	// Top is how many candidates Result returns at most (0: all).
	Top int
}

// A Candidate is a proposed concept.
type Candidate struct {
	// Terms holds the candidate in the source language and its main
	// translation in each target language that has one, by base language.
	Terms map[string]string
	// Counts holds, for each term, the segments it is used in: for the
	// source, Count; for a translation, the paired segments of the
	// source's that have it.
	Counts map[string]int
	// Variants are the other translations used, most used first.
	Variants map[string][]Variant
	// Count is the source segments the candidate occurs in, in any
	// inflected form.
	Count int
	// Score is its termhood (see the package documentation).
	Score float64
	// Examples are units where it occurs (one).
	Examples []Example
	// Concept is, for a concept of the glossary the sets were matched
	// with, its id: the corpus uses another translation more than the
	// glossary's (a variant in use). "" for a new concept.
	Concept string
}

// A Variant is a translation and the paired segments that use it.
type Variant struct {
	Term  string
	Count int
}

// An Example is where a candidate occurs: a file and a 1-based line.
type Example struct {
	File string
	Line int
}

// A Result is what an extraction found.
type Result struct {
	// Languages are the base languages: the source, then the targets in
	// the order the sets had them.
	Languages []string
	// Candidates are ranked by Score, the highest first.
	Candidates []Candidate
}

// An Extractor counts sets one at a time: its memory grows with the
// vocabulary of what it was given, not with the number of segments. It is
// not safe for concurrent use.
type Extractor struct {
	opts   Options
	src    *lexicon
	assocs []*assoc
	segs   int
}

// assoc counts how the source's grams and one target language's grams
// occur in the same paired segments.
type assoc struct {
	tgt      *lexicon
	sketch   []*sketch       // by source gram: its co-occurrences
	srcUnits map[int32]int32 // source gram -> beads having it
}

// A sketch counts the target grams a source gram occurs with, keeping the
// sketchSize most frequent (the space-saving algorithm of Metwally,
// Agrawal and El Abbadi, 2005): a target gram not kept replaces the
// least counted, inheriting its count as its possible error. Every target
// gram in more than 1/sketchSize of the source's segments is kept, and
// count minus error is a lower bound of its true count (exact for one
// kept from its first occurrence). Only target grams that could be a
// translation are counted: used in 5% to 13 times the source's segments
// (beyond, the Dice coefficient cannot reach minDice).
type sketch []counter

type counter struct{ tgt, cnt, err int32 }

func (k *sketch) add(t int32) {
	c := *k
	for i := range c {
		if c[i].tgt == t {
			c[i].cnt++
			return
		}
	}
	if len(c) < sketchSize {
		*k = append(c, counter{tgt: t, cnt: 1})
		return
	}
	m := 0
	for i := 1; i < len(c); i++ {
		if c[i].cnt < c[m].cnt {
			m = i
		}
	}
	c[m] = counter{tgt: t, cnt: c[m].cnt + 1, err: c[m].cnt}
}

// count returns a lower bound of the segments with s and t (0 when t is
// not kept).
func (a *assoc) count(s, t int32) int32 {
	if int(s) >= len(a.sketch) || a.sketch[s] == nil {
		return 0
	}
	for _, c := range *a.sketch[s] {
		if c.tgt == t {
			return c.cnt - c.err
		}
	}
	return 0
}

// NewExtractor returns an extractor.
func NewExtractor(opts Options) *Extractor {
	if opts.MinCount <= 0 {
		opts.MinCount = DefaultMinCount
	}
	return &Extractor{opts: opts}
}

// Extract counts sets and returns the result.
func Extract(sets []*pipeline.Set, opts Options) *Result {
	e := NewExtractor(opts)
	for _, s := range sets {
		e.Add(s)
	}
	return e.Result()
}

// Add counts the segments of a set, and how they pair with its targets'
// (pipeline.Set.Beads). It reports false when the set's source language is
// not the extraction's.
func (e *Extractor) Add(s *pipeline.Set) bool {
	src := s.Source
	if e.src == nil {
		e.src = newLexicon(cmpOr(e.opts.SourceLang, src.Lang))
	}
	if lang.Base(src.Lang) != e.src.lang {
		return false
	}
	concepts := spans(s.Source)
	ctxs := func(d *pipeline.Doc, concepts map[[2]int]*glossary.Concept) []segCtx {
		segs := d.Segments()
		out := make([]segCtx, len(segs))
		for i, seg := range segs {
			out[i] = segCtx{doc: d.Document, seg: seg, concepts: concepts}
		}
		return out
	}
	minCount := int32(e.opts.MinCount)
	srcGrams := e.src.docGrams(ctxs(src, concepts), minCount, func(g *gram) *int32 { return &g.count })
	e.segs += len(srcGrams)
	for k, t := range s.Targets {
		a := e.assocFor(t.Lang)
		if a == nil {
			continue
		}
		tgtGrams := a.tgt.docGrams(ctxs(t, nil), minVariantCount, func(g *gram) *int32 { return &g.seen })
		var S, T []int32
		for _, b := range s.Beads(k) {
			if len(b.Source) == 0 || len(b.Target) == 0 {
				continue
			}
			S, T = S[:0], T[:0]
			for _, i := range b.Source {
				S = append(S, srcGrams[i]...)
			}
			for _, i := range b.Target {
				T = append(T, tgtGrams[i]...)
			}
			if len(b.Source) > 1 {
				S = dedup(S, 0)
			}
			if len(b.Target) > 1 {
				T = dedup(T, 0)
			}
			a.add(S, T, e.src, int32(e.opts.MinCount))
		}
	}
	return true
}

// add counts a pair of segments' grams. Pairs are counted for grams seen
// often enough so far (the set's own segments included): a source gram in
// MinCount segments, a target gram in three (a variant's least); a rarer
// one cannot become a candidate or a translation within the set (in a
// corpus of many small sets, a gram's first pairs may go uncounted).
func (a *assoc) add(S, T []int32, src *lexicon, minCount int32) {
	for _, s := range S {
		a.srcUnits[s]++
	}
	for _, t := range T {
		a.tgt.g(t).count++
	}
	T = slices.DeleteFunc(T, func(t int32) bool { return a.tgt.g(t).seen < minVariantCount })
	for _, s := range S {
		if src.g(s).count < minCount {
			continue
		}
		if int(s) >= len(a.sketch) {
			a.sketch = append(a.sketch, make([]*sketch, int(s)+1-len(a.sketch))...)
		}
		k := a.sketch[s]
		if k == nil {
			k = &sketch{}
			a.sketch[s] = k
		}
		// Only a target gram that could pass minDice or be a variant:
		// one in 5% to 13 times the source's segments.
		lo, hi := int32(minVariantShare*float64(src.g(s).count)), int32(2/minDice*float64(src.g(s).count))
		for _, t := range T {
			if n := a.tgt.g(t).seen; n >= lo && n <= hi {
				k.add(t)
			}
		}
	}
}

// assocFor returns the table of a target language (nil: the source's).
func (e *Extractor) assocFor(tag string) *assoc {
	base := lang.Base(tag)
	if base == e.src.lang {
		return nil
	}
	for _, a := range e.assocs {
		if a.tgt.lang == base {
			return a
		}
	}
	a := &assoc{tgt: newLexicon(base), srcUnits: map[int32]int32{}}
	e.assocs = append(e.assocs, a)
	return a
}

// spans returns a document's glossary matches by their byte spans.
func spans(d *pipeline.Doc) map[[2]int]*glossary.Concept {
	ms := d.Matches()
	if len(ms) == 0 {
		return nil
	}
	out := make(map[[2]int]*glossary.Concept, len(ms))
	for _, m := range ms {
		if _, ok := out[[2]int{m.Start, m.End}]; !ok {
			out[[2]int{m.Start, m.End}] = m.Concept
		}
	}
	return out
}

func cmpOr(a, b string) string { return cmp.Or(a, b) }

// A cand is a source gram being ranked.
type cand struct {
	id    int32
	score float64
	main  map[string]link
	vars  map[string][]link
}

type link struct {
	src, tgt int32
	count    int32
	dice     float64
}

// Result ranks what was counted. It may be called more than once.
func (e *Extractor) Result() *Result {
	r := &Result{}
	if e.src == nil {
		return r
	}
	r.Languages = append(r.Languages, e.src.lang)
	for _, a := range e.assocs {
		r.Languages = append(r.Languages, a.tgt.lang)
	}
	cands := e.rank()
	index := make(map[int32]int, len(cands))
	for i, c := range cands {
		index[c.id] = i
	}
	for _, a := range e.assocs {
		e.link(a, cands, index)
	}
	for _, c := range cands {
		g := e.src.g(c.id)
		out := Candidate{Terms: map[string]string{e.src.lang: e.src.display(g)},
			Counts: map[string]int{e.src.lang: int(g.count)}, Count: int(g.count),
			Score: math.Round(c.score*100) / 100, Examples: []Example{{File: g.file, Line: g.line}}}
		inUse := false
		for _, a := range e.assocs {
			l := a.tgt.lang
			m, ok := c.main[l]
			if !ok {
				continue
			}
			all := append([]link{m}, c.vars[l]...)
			if g.concept != nil {
				var use bool
				if all, use = a.glossaryUse(g, c.id, all); use {
					inUse = true
				}
			}
			out.Terms[l] = a.tgt.display(a.tgt.g(all[0].tgt))
			out.Counts[l] = int(all[0].count)
			for _, v := range all[1:] {
				if out.Variants == nil {
					out.Variants = map[string][]Variant{}
				}
				out.Variants[l] = append(out.Variants[l], Variant{Term: a.tgt.display(a.tgt.g(v.tgt)), Count: int(v.count)})
			}
		}
		if g.concept != nil {
			if !inUse {
				continue // the glossary has it, and the corpus follows it
			}
			out.Concept = g.concept.ID
		}
		r.Candidates = append(r.Candidates, out)
		if e.opts.Top > 0 && len(r.Candidates) == e.opts.Top {
			break
		}
	}
	return r
}

// glossaryUse compares the translations of a glossary concept's source
// gram with the glossary's term in the target language: use is true when
// another translation is used in more segments. It returns the
// translations, most used first, the glossary's among them.
func (a *assoc) glossaryUse(g *gram, id int32, all []link) ([]link, bool) {
	var best int32
	gl := int32(-1)
	terms := g.concept.TermsIn(a.tgt.lang, glossary.Preferred, glossary.Admitted)
	if len(terms) == 0 {
		return all, false // nothing to compare with
	}
	for _, t := range terms {
		if tg := a.tgt.lookup(t.Text); tg >= 0 {
			gl = tg
			break
		}
	}
	for _, l := range all {
		if l.tgt != gl {
			best = max(best, l.count)
		}
	}
	if gl < 0 {
		return all, best > 0
	}
	if !slices.ContainsFunc(all, func(l link) bool { return l.tgt == gl }) {
		all = append(all, link{src: id, tgt: gl, count: a.count(id, gl)})
		slices.SortStableFunc(all, func(x, y link) int { return cmp.Compare(y.count, x.count) })
	}
	var used int32
	for _, l := range all {
		if l.tgt == gl {
			used = l.count
		}
	}
	return all, best > used
}

// rank returns the candidates, best first: grams seen in MinCount
// segments or more that are not fragments of a longer candidate, scored
// by termhood.
func (e *Extractor) rank() []cand {
	lx := e.src
	minCount := int32(e.opts.MinCount)
	type nest struct {
		sum, n, max int32
	}
	nested := map[int32]nest{}
	for id := range lx.size() {
		g := lx.g(id)
		if g.n < 2 || g.count < minCount {
			continue
		}
		for _, sub := range []string{g.keys[:len(g.keys)-4], g.keys[4:]} {
			if sid, ok := lx.grams[sub]; ok {
				ns := nested[sid]
				ns.sum += g.count
				ns.n++
				ns.max = max(ns.max, g.count)
				nested[sid] = ns
			}
		}
	}
	var out []cand
	for id := range lx.size() {
		g := lx.g(id)
		if g.count < minCount {
			continue
		}
		f := float64(g.count)
		if ns, ok := nested[int32(id)]; ok {
			if float64(ns.max) >= fragment*f {
				continue
			}
			f -= float64(ns.sum) / float64(ns.n)
		}
		w := 1.0
		for k := 0; k < len(g.keys); k += 4 {
			key := int32(uint32(g.keys[k]) | uint32(g.keys[k+1])<<8 | uint32(g.keys[k+2])<<16 | uint32(g.keys[k+3])<<24)
			if lx.common[key] {
				w *= commonWeight
			}
		}
		if g.n == 1 && participle(lx.lang, g.topForm()) {
			w *= commonWeight
		}
		out = append(out, cand{id: int32(id), score: math.Log2(float64(g.n)+1) * f * w})
	}
	slices.SortFunc(out, func(x, y cand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(lx.g(y.id).count, lx.g(x.id).count); c != 0 {
			return c
		}
		return strings.Compare(lx.g(x.id).form, lx.g(y.id).form)
	})
	return out
}

// link gives each candidate its translation in a's language by
// competitive linking on the Dice coefficient of the paired segments that
// have both (each target gram to one source at most), then the variants:
// target grams left over whose best source is the candidate, used in
// segments its main translation is not in.
func (e *Extractor) link(a *assoc, cands []cand, index map[int32]int) {
	var links []link
	for s := range index {
		if int(s) >= len(a.sketch) || a.sketch[s] == nil {
			continue
		}
		for _, kc := range *a.sketch[s] {
			t, c := kc.tgt, kc.cnt-kc.err
			if c < 2 {
				continue
			}
			d := 2 * float64(c) / float64(a.srcUnits[s]+a.tgt.g(t).count)
			if d >= minDice {
				links = append(links, link{src: s, tgt: t, count: c, dice: d})
			}
		}
	}
	slices.SortFunc(links, func(x, y link) int {
		if c := cmp.Compare(y.dice, x.dice); c != 0 {
			return c
		}
		if c := cmp.Compare(y.count, x.count); c != 0 {
			return c
		}
		if c := cmp.Compare(a.tgt.g(y.tgt).n, a.tgt.g(x.tgt).n); c != 0 {
			return c // enlace duro, not enlace, where both are always together
		}
		if c := cmp.Compare(x.src, y.src); c != 0 {
			return c
		}
		return cmp.Compare(x.tgt, y.tgt)
	})
	l := a.tgt.lang
	taken := map[int32]bool{}
	for _, lk := range links {
		c := &cands[index[lk.src]]
		if _, ok := c.main[l]; ok || taken[lk.tgt] {
			continue
		}
		if c.main == nil {
			c.main = map[string]link{}
		}
		c.main[l] = lk
		taken[lk.tgt] = true
	}
	// Variants: each left-over target gram goes to its best source, if
	// that source's main translation shares no word with it and the two
	// together do not exceed the source's segments.
	best := map[int32]link{}
	for _, lk := range links {
		if taken[lk.tgt] {
			continue
		}
		if _, ok := best[lk.tgt]; !ok {
			best[lk.tgt] = lk
		}
	}
	for _, lk := range links { // in order of association
		b, ok := best[lk.tgt]
		if !ok || b != lk {
			continue
		}
		c := &cands[index[lk.src]]
		m, ok := c.main[l]
		units := float64(a.srcUnits[lk.src])
		if !ok || lk.count < minVariantCount || float64(lk.count) < minVariantShare*units || len(c.vars[l]) == maxVariants ||
			float64(lk.count+m.count) > 1.1*units || a.tgt.shareKey(m.tgt, lk.tgt) {
			continue
		}
		for _, v := range c.vars[l] {
			if a.tgt.shareKey(v.tgt, lk.tgt) {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if c.vars == nil {
			c.vars = map[string][]link{}
		}
		c.vars[l] = append(c.vars[l], lk)
	}
	for i := range cands {
		slices.SortStableFunc(cands[i].vars[l], func(x, y link) int { return cmp.Compare(y.count, x.count) })
	}
}

// shareKey reports whether two grams have a word key in common.
func (lx *lexicon) shareKey(a, b int32) bool {
	ka, kb := lx.g(a).keys, lx.g(b).keys
	for i := 0; i < len(ka); i += 4 {
		for j := 0; j < len(kb); j += 4 {
			if ka[i:i+4] == kb[j:j+4] {
				return true
			}
		}
	}
	return false
}

// display returns the form a gram is shown in: the most base-like of its
// forms (see the package documentation), then the most frequent.
func (lx *lexicon) display(g *gram) string {
	if g.forms == nil {
		return g.form
	}
	forms := make([]string, 0, len(g.forms))
	for f := range g.forms {
		forms = append(forms, f)
	}
	// The shortest form of each word position, for Russian zero endings.
	shortest := map[int]int{}
	for _, f := range forms {
		for i, w := range strings.Fields(f) {
			n := utf8.RuneCountInString(w)
			if s, ok := shortest[i]; !ok || n < s {
				shortest[i] = n
			}
		}
	}
	atShortest := map[int]map[string]bool{} // the distinct words of that length
	for _, f := range forms {
		for i, w := range strings.Fields(f) {
			if utf8.RuneCountInString(w) == shortest[i] {
				if atShortest[i] == nil {
					atShortest[i] = map[string]bool{}
				}
				atShortest[i][strings.ToLower(w)] = true
			}
		}
	}
	words := map[int]map[string]bool{} // every word of each position
	for _, f := range forms {
		for i, w := range strings.Fields(f) {
			if words[i] == nil {
				words[i] = map[string]bool{}
			}
			words[i][strings.ToLower(w)] = true
		}
	}
	baseScore := func(f string) int {
		s := 0
		for i, w := range strings.Fields(f) {
			lw := strings.ToLower(w)
			zero := utf8.RuneCountInString(w) == shortest[i] && len(atShortest[i]) == 1 && len(forms) > 1 &&
				(words[i][lw+"ом"] || words[i][lw+"ов"] || words[i][lw+"ем"] || words[i][lw+"ев"] || words[i][lw+"ей"])
			s += lx.baseLike(lw, zero)
		}
		return s
	}
	// Forms that differ in case only count together, shown in small
	// letters when those are a quarter of them or more.
	byLower := map[string]int32{}
	for _, f := range forms {
		byLower[strings.ToLower(f)] += g.forms[f]
	}
	count := func(f string) int32 { return byLower[strings.ToLower(f)] }
	slices.SortFunc(forms, func(x, y string) int {
		if c := cmp.Compare(baseScore(y), baseScore(x)); c != 0 {
			return c
		}
		if c := cmp.Compare(count(y), count(x)); c != 0 {
			return c
		}
		if c := cmp.Compare(g.forms[y], g.forms[x]); c != 0 {
			return c
		}
		if c := cmp.Compare(len(x), len(y)); c != 0 {
			return c
		}
		return strings.Compare(x, y)
	})
	// A capital that only starts sentences is not the term's: the form in
	// small letters when it is a quarter of the uses or more.
	best := forms[0]
	if l := strings.ToLower(best); l != best && 4*g.forms[l] >= byLower[l] {
		return l
	}
	return best
}

// ruNominative are endings of Russian nominative singular nouns and
// adjectives (and of other cases too: the rule only prefers).
var ruNominative = []string{"ый", "ий", "ая", "яя", "ое", "ее", "а", "я", "о", "е", "ь"}

// baseLike scores how much a word looks like a dictionary form: Russian,
// 2 for a zero ending (zero: the strictly shortest form of the position,
// with masculine forms in -ом, -ов beside it: файл among файла, файлов,
// but not команд among команда, команды) or -ь, 1 for a nominative
// ending; Spanish and English, 1 for a word not in -s (singular).
func (lx *lexicon) baseLike(w string, zero bool) int {
	switch lx.lang {
	case "ru":
		last, _ := utf8.DecodeLastRuneInString(w)
		if zero && strings.ContainsRune("бвгджзклмнпрстфхцчшщ", last) || last == 'ь' {
			return 2
		}
		for _, e := range ruNominative {
			if strings.HasSuffix(w, e) {
				return 1
			}
		}
		return 0
	case "es", "en":
		if !strings.HasSuffix(w, "s") {
			return 1
		}
	}
	return 0
}

package check

import (
	"math"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
	"github.com/glosa-dev/glosa/textnorm"
)

// Pair is a source document and one translation of it.
type Pair struct {
	Source, Target *Document
	// Beads, when set, pair the segments of Source and Target as the
	// reader found them (the units of a catalog, 1-1); otherwise the
	// translation is aligned with its source.
	Beads []align.Bead
}

// BilingualRules lists the rules that compare a translation with its source.
func BilingualRules() []*BiRule {
	return []*BiRule{TermMissing, NumberMismatch, SegmentUntranslated, SegmentInconsistent, AlignmentSuspect}
}

// RuleInfo describes a rule: its ID, its documentation and default severity.
type RuleInfo struct {
	ID       string
	DocID    string // locales message ID of the one-line documentation
	Severity Severity
}

// AllRules describes every rule, monolingual then bilingual.
func AllRules() []RuleInfo {
	var out []RuleInfo
	for _, r := range Rules() {
		out = append(out, RuleInfo{r.ID, r.DocID, r.Severity})
	}
	for _, r := range BilingualRules() {
		out = append(out, RuleInfo{r.ID, r.DocID, r.Severity})
	}
	return out
}

// BiRule is a rule over aligned segments of a source and a translation.
type BiRule struct {
	ID       string
	DocID    string
	Severity Severity
	Run      func(*BiPass)
}

// BiPass is one bilingual rule's run over one pair.
type BiPass struct {
	Pair             Pair
	Beads            []align.Bead
	SrcSegs, TgtSegs []segment.Segment
	// SrcMatch are the source's matches per segment; TgtMatch the
	// target's, overlapping ones included (a term inside a longer term of
	// another concept still counts as present).
	SrcMatch, TgtMatch [][]termmatch.Match
	srcAll             [][]termmatch.Match // the source's, overlapping ones included
	tgt                *Pass               // reports against the target
	folder             *textnorm.Folder
	srcFold, tgtFold   []string // FoldPhrase of each segment, when computed
	srcDone, tgtDone   []bool
}

// Folded returns the folded text (textnorm.FoldPhrase) of source segment i,
// or of target segment i when target is true; computed once per pass.
func (p *BiPass) Folded(target bool, i int) string {
	segs, cache, done := p.SrcSegs, &p.srcFold, &p.srcDone
	if target {
		segs, cache, done = p.TgtSegs, &p.tgtFold, &p.tgtDone
	}
	if *cache == nil {
		*cache, *done = make([]string, len(segs)), make([]bool, len(segs))
	}
	if !(*done)[i] {
		(*cache)[i], (*done)[i] = p.textFolder().FoldPhrase(segs[i].Text), true
	}
	return (*cache)[i]
}

// textFolder returns the pass's folder (not safe for concurrent use).
func (p *BiPass) textFolder() *textnorm.Folder {
	if p.folder == nil {
		p.folder = textnorm.NewFolder()
	}
	return p.folder
}

// Report records a finding in the target at bytes [start, end), with the
// aligned source segment as context.
func (p *BiPass) Report(start, end int, src segment.Segment, f Finding) {
	f.SourceFile, f.SourceLang = p.Pair.Source.File, p.Pair.Source.Lang
	f.SourceLine, f.SourceCol, f.SourceText = src.Line, src.Col, src.Text
	p.tgt.Report(start, end, f)
}

// TermMissing reports a source segment with a concept's term whose aligned
// target segments have none of the concept's approved terms in the target
// language, in any inflected form. Source terms inside code (options,
// placeholders, identifiers, metavariables: see codeLike), English
// derivations the stemmer brings along (optional for option) and English
// terms used as verbs ("failed to download": see verbUse) do not count.
var TermMissing = &BiRule{
	ID:       "term-missing",
	DocID:    "RuleDocTermMissing",
	Severity: Error,
	Run:      termMissing,
}

func termMissing(p *BiPass) {
	tl := p.Pair.Target.Lang
	for _, b := range p.Beads {
		if len(b.Source) == 0 || len(b.Target) == 0 {
			continue // alignment-suspect's business
		}
		present := map[*glossary.Concept]bool{}
		for _, j := range b.Target {
			for _, m := range p.TgtMatch[j] {
				// A deprecated or forbidden term counts as present: its own
				// rule reports it, with the term to use.
				present[m.Concept] = true
			}
		}
		seen := map[*glossary.Concept]bool{}
		for _, i := range b.Source {
			for _, m := range p.SrcMatch[i] {
				c := m.Concept
				exp := approved(c, ownTag(c, tl))
				if seen[c] || present[c] || len(exp) == 0 || derived(p.TgtSegs, b.Target, c, tl) ||
					codeLike(p.Pair.Source.Text, m.Start, m.End, m.Term.Text) || !inflectional(p.textFolder(), p.Pair.Source.Lang, m.Text, m.Term.Text) ||
					verbUse(p.Pair.Source.Lang, p.Pair.Source.Text, m.Start) {
					continue
				}
				seen[c] = true
				first := p.TgtSegs[b.Target[0]]
				f := Finding{MessageID: "RuleTermMissing", Concept: c.ID, Expected: exp,
					Data: map[string]any{"Source": m.Text, "Concept": c.ID}}
				f.Text = first.Text
				p.Report(first.Start, first.End, p.SrcSegs[i], f)
			}
		}
	}
}

// AlignmentSuspect reports a source segment without translation and a
// target segment without source (1-0 and 0-1 beads).
var AlignmentSuspect = &BiRule{
	ID:       "alignment-suspect",
	DocID:    "RuleDocAlignmentSuspect",
	Severity: Warning,
	Run:      alignmentSuspect,
}

func alignmentSuspect(p *BiPass) {
	lens, ratio := beadLengths(p)
	for k, b := range p.Beads {
		switch {
		case len(b.Source) > 0 && len(b.Target) > 0:
			lengthSuspect(p, b, lens[k], ratio)
		case len(b.Target) == 0 && len(b.Source) > 0:
			// Point at the target where the translation should be: the
			// start of the next bead's target, or the end of the text.
			at := len(p.Pair.Target.Text)
			for _, nb := range p.Beads[k+1:] {
				if len(nb.Target) > 0 {
					at = p.TgtSegs[nb.Target[0]].Start
					break
				}
			}
			end := min(at+1, len(p.Pair.Target.Text))
			if end <= at {
				at, end = max(0, at-1), max(1, at)
				if len(p.Pair.Target.Text) == 0 {
					continue
				}
			}
			s := p.SrcSegs[b.Source[0]]
			f := Finding{MessageID: "RuleOmission", Data: map[string]any{"Source": s.Text}}
			f.Text = " "
			p.Report(at, end, s, f)
		case len(b.Source) == 0 && len(b.Target) > 0:
			t := p.TgtSegs[b.Target[0]]
			f := Finding{MessageID: "RuleAddition", Data: map[string]any{}}
			p.tgt.Report(t.Start, t.End, f)
		}
	}
}

// Length suspects: a translation whose length is far from what its source
// predicts (the document's own ratio of lengths) is often cut short or
// joined to another; short segments vary too much to tell.
const (
	lengthFactor = 2.5 // shorter than 1/lengthFactor or longer than lengthFactor times the prediction
	lengthMin    = 30  // code points of difference, at least
)

// beadLengths returns the source and target lengths of each bead (code
// points), and the target's length per source code point over the beads
// that have both sides (1 when there are none).
func beadLengths(p *BiPass) ([][2]int, float64) {
	lens := make([][2]int, len(p.Beads))
	var ls, lt int
	for k, b := range p.Beads {
		if len(b.Source) > 0 && len(b.Target) > 0 {
			lens[k] = [2]int{segLen(p.SrcSegs, b.Source), segLen(p.TgtSegs, b.Target)}
			ls += lens[k][0]
			lt += lens[k][1]
		}
	}
	if ls == 0 || lt == 0 {
		return lens, 1
	}
	return lens, float64(lt) / float64(ls)
}

// joinSegs joins the text of segs[idx...] with spaces.
func joinSegs(segs []segment.Segment, idx []int) string {
	parts := make([]string, len(idx))
	for k, i := range idx {
		parts[k] = segs[i].Text
	}
	return strings.Join(parts, " ")
}

// segLen counts the code points of segs[idx…], gettext contexts written
// into a message left out ("full month name with day|May" is "May").
func segLen(segs []segment.Segment, idx []int) int {
	n := 0
	for _, i := range idx {
		n += utf8.RuneCountInString(withoutContext(segs[i].Text))
	}
	return n
}

// lengthSuspect reports a bead (of lengths lens, source then target) whose
// target length is far from what its source predicts.
func lengthSuspect(p *BiPass, b align.Bead, lens [2]int, ratio float64) {
	want := ratio * float64(lens[0])
	got := float64(lens[1])
	if math.Abs(got-want) < lengthMin || got*lengthFactor >= want && got <= want*lengthFactor {
		return
	}
	first, last := p.TgtSegs[b.Target[0]], p.TgtSegs[b.Target[len(b.Target)-1]]
	f := Finding{MessageID: "RuleLengthSuspect", Data: map[string]any{"Percent": int(math.Round(100 * got / want))}}
	f.Text = joinSegs(p.TgtSegs, b.Target)
	p.Report(first.Start, last.End, p.SrcSegs[b.Source[0]], f)
}

// RunPair aligns a translation with its source (unless the pair's Beads
// say already how their segments pair) and checks it: the monolingual
// rules on the translation, then the bilingual rules.
func RunPair(pair Pair, ix *termmatch.Index, rules []*Rule, birules []*BiRule) []Finding {
	findings, _ := runPair(pair, ix, rules, birules, nil)
	sortFindings(findings)
	return findings
}

// runPair checks a pair; src, when not nil, is the source's side, already
// computed for another translation.
func runPair(pair Pair, ix *termmatch.Index, rules []*Rule, birules []*BiRule, src *sourceSide) ([]Finding, *BiPass) {
	tall := ix.Matcher(pair.Target.Lang).MatchAll(pair.Target.Text) // matched once
	if src == nil {
		src = newSourceSide(pair.Source, ix, true)
	}
	ts := pair.Target.segments()
	beads := pair.Beads
	if beads == nil {
		para := func(segs []segment.Segment) align.Paragraphed {
			p := align.Paragraphed{Segments: make([]string, len(segs)), Para: make([]int, len(segs))}
			for i, s := range segs {
				p.Segments[i], p.Para[i] = s.Text, s.Para
			}
			return p
		}
		beads = align.AlignParagraphed(align.Config{SourceLang: pair.Source.Lang, TargetLang: pair.Target.Lang, Glossary: ix}, para(src.segs), para(ts))
	}
	tbest := outer(tall)
	findings := run(pair.Target, ix, rules, tbest, namedBySource(tbest, ts, beads, src.all))
	tp := newPass(pair.Target, ix, &findings)
	bp := &BiPass{Pair: pair, Beads: beads, SrcSegs: src.segs, TgtSegs: ts,
		SrcMatch: src.match, TgtMatch: perSegment(tall, ts), srcAll: src.all, tgt: tp}
	for _, r := range birules {
		tp.rule = &Rule{ID: r.ID, Severity: r.Severity}
		r.Run(bp)
	}
	return findings, bp
}

// namedBySource says, for each of a translation's matches, whether it
// counts as a use of its concept: a term of one concept always does; a term
// of several (Spanish "archivo": file and archive) counts for the concepts
// that the source segments aligned with its segment name. srcAll are the
// source's matches per segment, overlapping ones included.
func namedBySource(matches []termmatch.Match, segs []segment.Segment, beads []align.Bead, srcAll [][]termmatch.Match) []bool {
	srcOf := make([][]int, len(segs)) // target segment -> aligned source segments
	for _, b := range beads {
		for _, j := range b.Target {
			srcOf[j] = b.Source
		}
	}
	out := make([]bool, len(matches))
	k := 0
	for i, m := range matches {
		if !ambiguous(matches, i) {
			out[i] = true
			continue
		}
		for k < len(segs) && segs[k].End <= m.Start {
			k++
		}
		if k == len(segs) || m.Start < segs[k].Start {
			continue // outside every segment
		}
		for _, s := range srcOf[k] {
			for _, sm := range srcAll[s] {
				out[i] = out[i] || sm.Concept == m.Concept
			}
		}
	}
	return out
}

// outer returns the matches MatchAll gave that Match would (not Nested).
func outer(all []termmatch.Match) []termmatch.Match {
	out := make([]termmatch.Match, 0, len(all))
	for _, m := range all {
		if !m.Nested {
			out = append(out, m)
		}
	}
	return out
}

// sourceSide is what every translation of a source shares: its terms, and
// (when it has translations) its segments and the terms of each.
type sourceSide struct {
	best  []termmatch.Match // Match's
	segs  []segment.Segment
	match [][]termmatch.Match // best, per segment
	all   [][]termmatch.Match // every occurrence, overlapping ones included, per segment
}

func newSourceSide(doc *Document, ix *termmatch.Index, segmented bool) *sourceSide {
	if !segmented {
		return &sourceSide{best: ix.Matcher(doc.Lang).Match(doc.Text)}
	}
	all := ix.Matcher(doc.Lang).MatchAll(doc.Text)
	s := &sourceSide{best: outer(all), segs: doc.segments()}
	s.match = perSegment(s.best, s.segs)
	s.all = perSegment(all, s.segs)
	return s
}

// perSegment files a document's matches by segment (segments in order, not
// overlapping).
func perSegment(matches []termmatch.Match, segs []segment.Segment) [][]termmatch.Match {
	out := make([][]termmatch.Match, len(segs))
	k := 0
	for _, m := range matches {
		for k < len(segs) && segs[k].End <= m.Start {
			k++
		}
		if k < len(segs) && m.Start >= segs[k].Start {
			out[k] = append(out[k], m)
		}
	}
	return out
}

// derived reports whether the segments all[segs] hold a Russian adjective
// derived from one of the concept's one-word terms (Сталин → сталинская
// политика, Хрущёв → хрущёвский): a word that starts with the term's stem
// and goes on with -ск-. "Stalin's policy" is rightly translated so.
func derived(all []segment.Segment, segs []int, c *glossary.Concept, tag string) bool {
	if lang.Base(tag) != "ru" { // Russian morphology: the suffix -ск-
		return false
	}
	f := textnorm.NewFolder()
	st := morph.ForLanguage(language.Russian)
	var stems []string
	for _, t := range c.TermsIn(ownTag(c, tag), glossary.Preferred, glossary.Admitted) {
		if toks := textnorm.Tokenize(nil, []byte(t.Text)); len(toks) == 1 {
			stems = append(stems, st.Stem(f.FoldString(t.Text)))
		}
	}
	for _, j := range segs {
		text := []byte(all[j].Text)
		for _, tk := range textnorm.Tokenize(nil, text) {
			w := f.FoldString(string(text[tk.Start:tk.End]))
			for _, s := range stems {
				if strings.HasPrefix(w, s+"ск") || strings.HasPrefix(w, s+"ьск") { // пользователь → пользовательский
					return true
				}
			}
		}
	}
	return false
}

package check

import (
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/pipeline"
	"math"
	"slices"
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
}

// BilingualRules lists the rules that compare a translation with its
// source: pair rules, and term-missing across three languages.
func BilingualRules() []*Rule {
	return []*Rule{TermMissing, TermMissingAcross, NumberMismatch, SegmentUntranslated, SegmentInconsistent, AlignmentSuspect,
		PlaceholderMismatch, KeyMissing, KeyExtra, Untranslated}
}

// RuleInfo describes a rule: its ID, its documentation and default severity.
type RuleInfo struct {
	ID       string
	DocID    string // locales message ID of the one-line documentation
	Severity Severity
}

// AllRules describes every rule, monolingual then bilingual, once per ID
// (term-missing has a pair rule and a set rule).
func AllRules() []RuleInfo {
	var out []RuleInfo
	for _, r := range append(Rules(), BilingualRules()...) {
		if !slices.ContainsFunc(out, func(i RuleInfo) bool { return i.ID == r.ID }) {
			out = append(out, RuleInfo{r.ID, r.DocID, r.Severity})
		}
	}
	return out
}

// Folded returns the folded text (textnorm.FoldPhrase) of source segment i,
// or of target segment i when target is true; computed once per pass.
func (p *Pass) Folded(target bool, i int) string {
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
func (p *Pass) textFolder() *textnorm.Folder {
	if p.folder == nil {
		p.folder = textnorm.NewFolder()
	}
	return p.folder
}

// ReportSource records a finding in the translation at bytes [start, end),
// with the aligned source segment as context.
func (p *Pass) ReportSource(start, end int, src segment.Segment, f Finding) {
	f.SourceFile, f.SourceLang = p.Pair.Source.File, p.Pair.Source.Lang
	f.SourceLine, f.SourceCol, f.SourceText = src.Line, src.Col, src.Text
	p.Report(start, end, f)
}

// TermMissing reports a source segment with a concept's term whose aligned
// target segments have none of the concept's approved terms in the target
// language, in any inflected form. Source terms inside code (options,
// placeholders, identifiers, metavariables: see codeLike), English
// derivations the stemmer brings along (optional for option) and English
// terms used as verbs ("failed to download": see verbUse) do not count.
var TermMissing = &Rule{
	ID:       "term-missing",
	DocID:    "RuleDocTermMissing",
	Severity: Error,
	Scope:    OnPair,
	Run:      termMissing,
}

func termMissing(p *Pass) {
	tl := p.Pair.Target.Lang
	present := map[*glossary.Concept]bool{} // of a bead's target, cleared bead by bead
	seen := map[*glossary.Concept]bool{}
	for _, b := range p.Beads {
		if len(b.Source) == 0 || len(b.Target) == 0 {
			continue // alignment-suspect's business
		}
		clear(present)
		for _, j := range b.Target {
			for _, m := range p.TgtMatch[j] {
				// A deprecated or forbidden term counts as present: its own
				// rule reports it, with the term to use.
				present[m.Concept] = true
			}
		}
		clear(seen)
		for _, i := range b.Source {
			for _, m := range p.SrcMatch[i] {
				c := m.Concept
				if seen[c] || present[c] {
					continue
				}
				exp := approved(c, ownTag(c, tl))
				if len(exp) == 0 || derived(p.TgtSegs, b.Target, c, tl) ||
					inSpan(p.Pair.Source, m.Start) || codeLike(p.Pair.Source.Text, m.Start, m.End, m.Term.Text) || !inflectional(p.textFolder(), p.Pair.Source.Lang, m.Text, m.Term.Text) ||
					verbUse(p.Pair.Source.Lang, p.Pair.Source.Text, m.Start) {
					continue
				}
				seen[c] = true
				first := p.TgtSegs[b.Target[0]]
				f := Finding{MessageID: "RuleTermMissing", Concept: c.ID, Expected: exp,
					Data: map[string]any{"Source": m.Text, "Concept": c.ID}}
				f.Text = first.Text
				p.ReportSource(first.Start, first.End, p.SrcSegs[i], f)
			}
		}
	}
}

// AlignmentSuspect reports a source segment without translation and a
// target segment without source (1-0 and 0-1 beads).
var AlignmentSuspect = &Rule{
	ID:       "alignment-suspect",
	DocID:    "RuleDocAlignmentSuspect",
	Severity: Warning,
	Scope:    OnPair,
	Run:      alignmentSuspect,
}

func alignmentSuspect(p *Pass) {
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
			p.ReportSource(at, end, s, f)
		case len(b.Source) == 0 && len(b.Target) > 0:
			t := p.TgtSegs[b.Target[0]]
			f := Finding{MessageID: "RuleAddition", Data: map[string]any{}}
			p.Report(t.Start, t.End, f)
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
func beadLengths(p *Pass) ([][2]int, float64) {
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
	if len(idx) == 1 {
		return segs[idx[0]].Text
	}
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
func lengthSuspect(p *Pass, b align.Bead, lens [2]int, ratio float64) {
	want := ratio * float64(lens[0])
	got := float64(lens[1])
	if math.Abs(got-want) < lengthMin || got*lengthFactor >= want && got <= want*lengthFactor {
		return
	}
	first, last := p.TgtSegs[b.Target[0]], p.TgtSegs[b.Target[len(b.Target)-1]]
	f := Finding{MessageID: "RuleLengthSuspect", Data: map[string]any{"Percent": int(math.Round(100 * got / want))}}
	f.Text = joinSegs(p.TgtSegs, b.Target)
	p.ReportSource(first.Start, last.End, p.SrcSegs[b.Source[0]], f)
}

// RunPair aligns a translation with its source and checks it: the
// document rules of rules on the translation, then the pair rules of
// birules.
func RunPair(pair Pair, ix *termmatch.Index, rules, birules []*Rule) []Finding {
	set := pipeline.New(ix, &format.File{Docs: []*Document{pair.Source}}, &format.File{Docs: []*Document{pair.Target}})
	findings, _ := runPair(set, 0, append(slices.Clip(rules), birules...), newSourceSide(set.Source, true))
	sortFindings(findings)
	return findings
}

// runPair checks target k of a set against its source with the document
// and pair rules of rules; src is the source's side, shared by the
// translations. It returns the findings and the pair's pass, for set
// rules.
func runPair(set *pipeline.Set, k int, rules []*Rule, src *sourceSide) ([]Finding, *Pass) {
	ix, tgt := set.Index, set.Targets[k]
	ts := tgt.Segments()
	beads := set.Beads(k)
	tbest := tgt.Outer()
	if review := reviewSpans(tgt.Document); review != nil {
		// Units that need review (fuzzy) are left out of the term rules,
		// as msgfmt and pofilter leave them out: their terms, and their
		// pairs with the source.
		tbest = slices.DeleteFunc(slices.Clone(tbest), func(m termmatch.Match) bool { return inSpans(review, m.Start) })
		beads = slices.DeleteFunc(slices.Clone(beads), func(b align.Bead) bool {
			return len(b.Target) > 0 && inSpans(review, ts[b.Target[0]].Start)
		})
	}
	findings := run(tgt.Document, ix, rules, tbest, set.Resolved(k, tbest))
	p := newPass(tgt.Document, ix, &findings)
	p.Set, p.Pair, p.Beads, p.SrcSegs, p.TgtSegs = set, Pair{Source: set.Source.Document, Target: tgt.Document}, beads, src.segs, ts
	p.SrcMatch, p.TgtMatch, p.SrcAll = src.match, tgt.BySegment(), src.all
	if src.fold != nil { // the source's folded segments, shared by its translations
		p.srcFold, p.srcDone = src.fold, src.done
	}
	for _, r := range rules {
		if r.Scope == OnPair {
			p.rule = r
			r.Run(p)
		}
	}
	return findings, p
}

// sourceSide is what every translation of a source shares: its terms, and
// (when it has translations) its segments and the terms of each.
type sourceSide struct {
	best  []termmatch.Match // Match's
	segs  []segment.Segment
	match [][]termmatch.Match // best, per segment
	all   [][]termmatch.Match // every occurrence, overlapping ones included, per segment
	// fold and done are Pass.Folded's cache of the source segments, filled
	// by the first translation's pass that asks.
	fold []string
	done []bool
}

func newSourceSide(doc *pipeline.Doc, segmented bool) *sourceSide {
	s := &sourceSide{best: doc.Outer()}
	if segmented {
		s.segs = doc.Segments()
		s.match = pipeline.PerSegment(s.best, s.segs)
		s.all = doc.BySegment()
		s.fold, s.done = make([]string, len(s.segs)), make([]bool, len(s.segs))
	}
	return s
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

package check

import (
	"strings"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
	"github.com/glosa-dev/glosa/textnorm"
)

// Pair is a source document and one translation of it.
type Pair struct {
	Source, Target *Document
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
	Pair               Pair
	Beads              []align.Bead
	SrcSegs, TgtSegs   []segment.Segment
	SrcMatch, TgtMatch [][]termmatch.Match // matches per segment
	tgt                *Pass               // reports against the target
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
// language, in any inflected form.
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
				if seen[c] || present[c] || len(exp) == 0 || p.derived(b.Target, c, tl) {
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
	for k, b := range p.Beads {
		switch {
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

// RunPair aligns a translation with its source and checks it: the
// monolingual rules on the translation, then the bilingual rules.
func RunPair(pair Pair, ix *termmatch.Index, rules []*Rule, birules []*BiRule) []Finding {
	findings := Run(pair.Target, ix, rules)
	ss := segment.Split(pair.Source.Lang, pair.Source.Text)
	ts := segment.Split(pair.Target.Lang, pair.Target.Text)
	para := func(segs []segment.Segment) align.Paragraphed {
		p := align.Paragraphed{Segments: make([]string, len(segs)), Para: make([]int, len(segs))}
		for i, s := range segs {
			p.Segments[i], p.Para[i] = s.Text, s.Para
		}
		return p
	}
	beads := align.AlignParagraphed(align.Config{SourceLang: pair.Source.Lang, TargetLang: pair.Target.Lang, Glossary: ix}, para(ss), para(ts))
	perSeg := func(doc *Document, segs []segment.Segment) [][]termmatch.Match {
		out := make([][]termmatch.Match, len(segs))
		k := 0
		for _, m := range ix.Matcher(doc.Lang).Match(doc.Text) {
			for k < len(segs) && segs[k].End <= m.Start {
				k++
			}
			if k < len(segs) && m.Start >= segs[k].Start {
				out[k] = append(out[k], m)
			}
		}
		return out
	}
	tp := newPass(pair.Target, ix, &findings)
	bp := &BiPass{Pair: pair, Beads: beads, SrcSegs: ss, TgtSegs: ts,
		SrcMatch: perSeg(pair.Source, ss), TgtMatch: perSeg(pair.Target, ts), tgt: tp}
	for _, r := range birules {
		tp.rule = &Rule{ID: r.ID, Severity: r.Severity}
		r.Run(bp)
	}
	sortFindings(findings)
	return findings
}

// derived reports whether the target segments hold a Russian adjective
// derived from one of the concept's one-word terms (Сталин → сталинская
// политика, Хрущёв → хрущёвский): a word that starts with the term's stem
// and goes on with -ск-. "Stalin's policy" is rightly translated so.
func (p *BiPass) derived(segs []int, c *glossary.Concept, lang string) bool {
	if termmatch.BaseLanguage(lang) != "ru" {
		return false
	}
	f := textnorm.NewFolder()
	st := morph.ForLanguage(language.Russian)
	var stems []string
	for _, t := range c.TermsIn(ownTag(c, lang), glossary.Preferred, glossary.Admitted) {
		if toks := textnorm.Tokenize(nil, []byte(t.Text)); len(toks) == 1 {
			stems = append(stems, st.Stem(f.FoldString(t.Text)))
		}
	}
	for _, j := range segs {
		text := []byte(p.TgtSegs[j].Text)
		for _, tk := range textnorm.Tokenize(nil, text) {
			w := f.FoldString(string(text[tk.Start:tk.End]))
			for _, s := range stems {
				if strings.HasPrefix(w, s+"ск") {
					return true
				}
			}
		}
	}
	return false
}

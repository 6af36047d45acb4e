package check

import (
	"fmt"
	"github.com/glosa-dev/glosa/pipeline"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
	"github.com/glosa-dev/glosa/textnorm"
)

// Options choose the rules and what not to report.
type Options struct {
	Rules  []*Rule
	Ignore Ignore
}

// DefaultOptions runs every rule with its default severity.
func DefaultOptions() Options {
	return Options{Rules: append(Rules(), BilingualRules()...)}
}

// Configure returns the default options with rule levels changed: levels
// maps a rule ID to "error", "warning", "info" or "off" (not run). It
// returns the first unknown ID or level as an error.
func Configure(levels map[string]string) (Options, error) {
	opts := DefaultOptions()
	ids := make([]string, 0, len(levels))
	for id := range levels {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		level := levels[id]
		sev, ok := ParseSeverity(level)
		if !ok && level != "off" {
			return opts, fmt.Errorf("rule %s: level must be error, warning, info or off, not %q", id, level)
		}
		found := false
		opts.Rules = slices.DeleteFunc(opts.Rules, func(r *Rule) bool { return r.ID == id && level == "off" })
		for k, r := range opts.Rules {
			if r.ID == id {
				c := *r
				c.Severity, opts.Rules[k], found = sev, &c, true
			}
		}
		if !found && level != "off" || !slices.ContainsFunc(AllRules(), func(r RuleInfo) bool { return r.ID == id }) {
			return opts, fmt.Errorf("unknown rule %q", id)
		}
	}
	return opts, nil
}

// RunSet checks a set (package pipeline: read, segmented, paired and
// matched once): the source (if it is linted, or alone), then each
// translation against it; with two translations of a source that is
// linted too, every concept is also checked across the three languages at
// once (see missingInSource). Findings come file by file in the set's
// order, each file's in order of position.
func RunSet(set *pipeline.Set, opts Options) []Finding {
	var all, srcFindings []Finding
	ix := set.Index
	src := newSourceSide(set.Source, len(set.Targets) > 0)
	if set.LintSource || len(set.Targets) == 0 {
		srcFindings = run(set.Source.Document, ix, opts.Rules, src.best, nil)
	}
	passes := make([]*Pass, len(set.Targets))
	per := make([][]Finding, len(set.Targets))
	for k := range set.Targets {
		per[k], passes[k] = runPair(set, k, opts.Rules, src)
	}
	sp := newPass(set.Source.Document, ix, &srcFindings)
	sp.Set, sp.Pairs = set, passes
	for _, r := range opts.Rules {
		if r.Scope == OnSet {
			sp.rule = r
			r.Run(sp)
		}
	}
	sortFindings(srcFindings)
	all = append(all, srcFindings...)
	for _, f := range per {
		sortFindings(f)
		all = append(all, f...)
	}
	return opts.Ignore.filter(set, all)
}

// TermMissingAcross is term-missing across three languages (see
// missingInSource), a set rule.
var TermMissingAcross = &Rule{
	ID:       TermMissing.ID,
	DocID:    TermMissing.DocID,
	Severity: Error,
	Scope:    OnSet,
	Run:      missingInSource,
}

// missingInSource is term-missing across three languages: a concept that
// both translations of a passage express, while the source passage has
// none of its terms (the source used a synonym outside the glossary, or the
// translators added what is not there). It is reported in the source, with
// the first translation's passage as context. A concept missing from one
// translation is the pairwise rule's.
func missingInSource(p *Pass) {
	if len(p.Pairs) != 2 || !p.Set.LintSource {
		return
	}
	doc := p.Doc
	a, b := p.Pairs[0], p.Pairs[1]
	n := len(a.SrcSegs)
	// Every occurrence in the source counts, overlapping ones included.
	srcAll := a.SrcAll
	for _, mb := range align.Merge(n, [][]align.Bead{a.Beads, b.Beads}) {
		if len(mb.Source) == 0 || len(mb.Targets[0]) == 0 || len(mb.Targets[1]) == 0 {
			continue
		}
		inSrc := conceptsIn(mb.Source, srcAll)
		inA := conceptsIn(mb.Targets[0], a.TgtMatch)
		inB := conceptsIn(mb.Targets[1], b.TgtMatch)
		var concepts []*glossary.Concept
		for c := range inA {
			if _, ok := inB[c]; ok {
				if _, ok := inSrc[c]; !ok {
					concepts = append(concepts, c)
				}
			}
		}
		slices.SortFunc(concepts, func(x, y *glossary.Concept) int { return strings.Compare(x.ID, y.ID) })
		first := a.SrcSegs[mb.Source[0]]
		ctx := a.TgtSegs[mb.Targets[0][0]]
		for _, c := range concepts {
			exp := approved(c, ownTag(c, doc.Lang))
			if len(exp) == 0 || derived(a.SrcSegs, mb.Source, c, doc.Lang) {
				continue
			}
			f := Finding{MessageID: "RuleTermMissingInSource", Concept: c.ID, Expected: exp, Text: first.Text,
				SourceFile: a.Pair.Target.File, SourceLang: a.Pair.Target.Lang, SourceLine: ctx.Line, SourceCol: ctx.Col, SourceText: ctx.Text,
				Data: map[string]any{"Concept": c.ID, "First": inA[c], "Second": inB[c]}}
			p.Report(first.Start, first.End, f)
		}
	}
}

// conceptsIn maps the concepts found in segments segs (match: the matches
// per segment) to the text of their first match.
func conceptsIn(segs []int, match [][]termmatch.Match) map[*glossary.Concept]string {
	out := map[*glossary.Concept]string{}
	for _, j := range segs {
		for _, m := range match[j] {
			if _, ok := out[m.Concept]; !ok {
				out[m.Concept] = m.Text
			}
		}
	}
	return out
}

// Ignore lists what is never reported, whatever the rule.
type Ignore struct {
	// Terms are texts (compared folded: case, accents as the glossary
	// does) or concept IDs.
	Terms []string
	// Segments are whole segments (white space collapsed) never checked,
	// in the source or a translation: boilerplate, licence notices.
	Segments []string
}

// ignorer is an Ignore made ready for looking up findings.
type ignorer struct {
	folder   *textnorm.Folder
	terms    map[string]bool // concept IDs, and texts folded
	segments map[string]bool // white space collapsed
}

func (ig Ignore) ready() *ignorer {
	r := &ignorer{folder: textnorm.NewFolder(), terms: map[string]bool{}, segments: map[string]bool{}}
	for _, t := range ig.Terms {
		r.terms[t] = true
		if f := r.folder.FoldPhrase(t); f != "" {
			r.terms[f] = true
		}
	}
	for _, s := range ig.Segments {
		r.segments[collapseSpace(s)] = true
	}
	return r
}

// term reports whether a finding on text, of concept (an ID, or ""), is
// ignored: the concept's ID or the text, folded, is listed.
func (r *ignorer) term(text, concept string) bool {
	if len(r.terms) == 0 {
		return false
	}
	if concept != "" && r.terms[concept] {
		return true
	}
	f := r.folder.FoldPhrase(text)
	return f != "" && r.terms[f]
}

// segment reports whether a segment is never checked.
func (r *ignorer) segment(text string) bool {
	return len(r.segments) > 0 && r.segments[collapseSpace(text)]
}

func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

func (ig Ignore) filter(set *pipeline.Set, findings []Finding) []Finding {
	docs := append([]*pipeline.Doc{set.Source}, set.Targets...)
	hasSuppress := false
	for _, d := range docs {
		hasSuppress = hasSuppress || len(d.Suppress) > 0
	}
	if len(ig.Terms) == 0 && len(ig.Segments) == 0 && !hasSuppress {
		return findings
	}
	r := ig.ready()
	// The documents of a catalog share one file name: a finding's document
	// is the one of its file and language.
	docOf := func(fd Finding) *pipeline.Doc {
		for _, d := range docs {
			if d.File == fd.File && d.Lang == fd.Lang {
				return d
			}
		}
		return nil
	}
	segmentOf := func(d *pipeline.Doc, off int) string { return segmentAt(d.Segments(), off) }
	out := findings[:0]
	for _, fd := range findings {
		doc := docOf(fd)
		switch {
		case r.term(fd.Text, fd.Concept):
			continue
		case len(r.segments) > 0 && (r.segment(fd.SourceText) || doc != nil && r.segment(segmentOf(doc, fd.Start))):
			continue
		case doc != nil && suppressed(doc.Suppress, fd):
			continue
		}
		out = append(out, fd)
	}
	return out
}

// segmentAt returns the text of the segment of ss (in order) holding byte
// off, or "".
func segmentAt(ss []segment.Segment, off int) string {
	i, _ := slices.BinarySearchFunc(ss, off, func(s segment.Segment, off int) int {
		switch {
		case s.End <= off:
			return -1
		case s.Start > off:
			return 1
		}
		return 0
	})
	if i < len(ss) && ss[i].Start <= off && off < ss[i].End {
		return ss[i].Text
	}
	return ""
}

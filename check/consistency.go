package check

import (
	"slices"
	"strings"
	"unicode"

	"github.com/glosa-dev/glosa/format"
)

// SegmentInconsistent reports identical source segments translated
// differently, and different source segments translated identically (one
// finding per later occurrence, pointing back at the first).
var SegmentInconsistent = &Rule{
	ID:       "segment-inconsistent",
	DocID:    "RuleDocSegmentInconsistent",
	Severity: Warning,
	Scope:    OnPair,
	Run:      segmentInconsistent,
}

func segmentInconsistent(p *Pass) {
	type seen struct {
		other string // the folded text on the other side
		line  int    // where it was first seen, in the target
	}
	bySrc := make(map[string]seen, len(p.Beads))
	byTgt := make(map[string]seen, len(p.Beads))
	// Units are looked up only when some have a context or a plural form.
	units := slices.ContainsFunc(p.Pair.Source.Units, func(u format.Unit) bool { return u.Context != "" }) ||
		slices.ContainsFunc(p.Pair.Target.Units, func(u format.Unit) bool { return u.Plural != "" })
	for _, b := range p.Beads {
		if len(b.Source) != 1 || len(b.Target) != 1 {
			continue
		}
		s, t := p.SrcSegs[b.Source[0]], p.TgtSegs[b.Target[0]]
		fs := p.Folded(false, b.Source[0])
		if c := withoutContext(s.Text); c != s.Text {
			fs = p.textFolder().FoldPhrase(c)
		}
		if fewerWords(fs, 3) {
			continue // too short to mean anything
		}
		ft := p.Folded(true, b.Target[0])
		if fs == ft {
			continue // identical is another rule's
		}
		// A catalog's context and plural form tell messages apart that
		// share a text: glib's "January" in two contexts, or the Russian
		// few and many forms of one English plural.
		key, plural := fs, false
		if units {
			if su, tu := unitAt(p.Pair.Source.Units, s.Start), unitAt(p.Pair.Target.Units, t.Start); su != nil && tu != nil && (su.Context != "" || tu.Plural != "") {
				key += "\x00" + su.Context + "\x00" + tu.Plural
				plural = tu.Plural != ""
			}
		}
		if prev, ok := bySrc[key]; ok && prev.other != ft {
			p.ReportSource(t.Start, t.End, s, Finding{MessageID: "RuleSameSourceOtherTarget", Data: map[string]any{"Line": prev.line}})
		} else if !ok {
			bySrc[key] = seen{ft, t.Line}
		}
		if plural {
			continue // one text for two forms is the language's grammar (Russian one and other)
		}
		if prev, ok := byTgt[ft]; ok && prev.other != fs {
			p.ReportSource(t.Start, t.End, s, Finding{MessageID: "RuleSameTargetOtherSource", Data: map[string]any{"Line": prev.line}})
		} else if !ok {
			byTgt[ft] = seen{fs, t.Line}
		}
	}
}

// fewerWords reports whether s has fewer than n words as strings.Fields
// splits it, without making the slice.
func fewerWords(s string, n int) bool {
	words, in := 0, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			in = false
		} else if !in {
			in = true
			if words++; words >= n {
				return false
			}
		}
	}
	return words < n
}

// withoutContext drops a gettext context written into a message ("full
// month name with day|May", as glib's Q_() and C_() write it): the same
// message in two contexts may well have one translation.
func withoutContext(s string) string {
	i := strings.LastIndexByte(s, '|')
	if i < 0 || !strings.Contains(s[:i], " ") || strings.ContainsAny(s[:i], "|[]") {
		return s
	}
	return strings.TrimSpace(s[i+1:])
}

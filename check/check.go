package check

import (
	"github.com/glosa-dev/glosa/align"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/textnorm"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/termmatch"
)

// Severity of a finding: diag's, shared with the diagnostics of input files.
type Severity = diag.Severity

const (
	Info    = diag.Info
	Warning = diag.Warning
	Error   = diag.Error
)

// ParseSeverity reads "info", "warning" or "error".
func ParseSeverity(s string) (Severity, bool) { return diag.ParseSeverity(s) }

// Finding is one problem in a document.
type Finding struct {
	Rule     string
	Severity Severity
	// MessageID and Data render the message (package locales).
	MessageID string
	Data      map[string]any
	File      string
	Lang      string
	// Start and End are byte offsets; Line, Col, EndLine and EndCol are
	// 1-based, columns in code points, the end being the last character.
	Start, End                 int
	Line, Col, EndLine, EndCol int
	Text                       string // the offending text
	Concept                    string // the concept, for terminology rules
	// Key and Context name the catalog message the finding is about (a
	// unit's Key and Context: the message id as the file spells it, and
	// gettext's msgctxt), "" for text without keys.
	Key, Context string
	Expected     []string // what to write instead
	// The aligned source segment, for rules that compare a translation
	// with its source (SourceFile is "" otherwise).
	SourceFile, SourceLang string
	SourceLine, SourceCol  int
	SourceText             string
}

// Scope is what a rule reads.
type Scope uint8

const (
	OnDocument Scope = iota // one document: its text, segments and matches
	OnPair                  // a translation and its source, their segments paired
	OnSet                   // a source and all its translations at once
)

// Rule is one check. Its Run is called once per document, pair or set,
// as its Scope says, with a Pass holding what that scope reads.
type Rule struct {
	ID       string
	DocID    string // locales message ID of the one-line documentation
	Severity Severity
	Scope    Scope
	Run      func(*Pass)
}

// Document is a text to check, in one language (package format's: its
// Text is what the rules read, its Map places Text in the file, its
// Suppress lines silence rules).
type Document = format.Document

// Pass is one rule's run: over a document, over a pair (Doc is the
// translation, findings go to it) or over a set (Doc is the source).
type Pass struct {
	Doc   *Document
	Index *termmatch.Index
	// Set is the set the document belongs to (nil for a document checked
	// alone by Run).
	Set *pipeline.Set
	// Matches are the glossary terms of the document's language found in
	// it, computed once for all rules.
	Matches []termmatch.Match
	// Counts, when set, says for each of Matches whether the match counts
	// as a use of its concept (see [Pass.Counts]).
	counts   []bool
	rule     *Rule
	lines    []int // byte offset of each line's start, once position needs them
	findings *[]Finding

	// For pair rules: the pair, how its segments pair, and their matches.
	Pair             Pair
	Beads            []align.Bead
	SrcSegs, TgtSegs []segment.Segment
	// SrcMatch are the source's matches per segment; TgtMatch the
	// target's, overlapping ones included (a term inside a longer term of
	// another concept still counts as present), and SrcAll the source's so.
	SrcMatch, TgtMatch, SrcAll [][]termmatch.Match
	folder                     *textnorm.Folder
	srcFold, tgtFold           []string // FoldPhrase of each segment, when computed
	srcDone, tgtDone           []bool

	// For set rules: the pass of each translation's pair.
	Pairs []*Pass
}

// Report records a finding of the running rule at bytes [start, end),
// with the Key and Context of the unit there unless the finding has its
// own.
func (p *Pass) Report(start, end int, f Finding) {
	f.Rule, f.Severity = p.rule.ID, p.rule.Severity
	f.File, f.Lang = p.Doc.File, p.Doc.Lang
	f.Start, f.End = start, end
	f.Line, f.Col = p.position(start)
	_, last := utf8.DecodeLastRune(p.Doc.Text[start:end])
	f.EndLine, f.EndCol = p.position(max(start, end-last))
	if f.Text == "" {
		f.Text = string(p.Doc.Text[start:end])
	}
	if f.Key == "" {
		if u := unitAt(p.Doc.Units, start); u != nil {
			f.Key, f.Context = u.Key, u.Context
		}
	}
	*p.findings = append(*p.findings, f)
}

// unitAt returns the unit (in order, not overlapping) holding byte off,
// or the empty one starting there; nil if none.
func unitAt(units []format.Unit, off int) *format.Unit {
	i := sort.Search(len(units), func(i int) bool { return units[i].End > off || units[i].Start >= off }) // first unit not ending before off
	if i < len(units) && units[i].Start <= off && (off < units[i].End || units[i].Start == units[i].End) {
		return &units[i]
	}
	return nil
}

// Counts reports whether Matches[k] counts as a use of its concept, for
// rules that count uses (term-inconsistent). A term of one concept always
// does. A term that several concepts share (Spanish "archivo": file and
// archive) counts, in a translation checked against its source, for the
// concepts the aligned source segment names ("archivo" is a file where the
// source says file, an archive where it says archive); with no source to
// tell, for none.
func (p *Pass) Counts(k int) bool {
	if p.counts != nil {
		return p.counts[k]
	}
	return !pipeline.Ambiguous(p.Matches, k)
}

func (p *Pass) position(off int) (line, col int) {
	if p.Doc.Map != nil {
		return p.Doc.Map.Position(p.Doc.Text, off)
	}
	if p.lines == nil { // the line starts, found once a finding needs them
		p.lines = format.LineStarts(p.Doc.Text)
	}
	n := sort.Search(len(p.lines), func(i int) bool { return p.lines[i] > off }) - 1
	return n + 1, utf8.RuneCount(p.Doc.Text[p.lines[n]:off]) + 1
}

// Rules lists every rule, in the order of their documentation.
func Rules() []*Rule {
	return []*Rule{TermForbidden, TermDeprecated, TermInconsistent, TermUntranslated, Punctuation, MixedScript, PluralForms, UnitState}
}

// Run checks a document with the given rules and returns the findings in
// order of position, then rule.
func Run(doc *Document, ix *termmatch.Index, rules []*Rule) []Finding {
	return run(doc, ix, rules, ix.Matcher(doc.Lang).Match(doc.Text), nil)
}

// run is Run with the document's matches found already, and which of them
// count as uses of their concept (nil: see Pass.Counts).
func run(doc *Document, ix *termmatch.Index, rules []*Rule, matches []termmatch.Match, counts []bool) []Finding {
	var findings []Finding
	p := newPass(doc, ix, &findings)
	p.Matches, p.counts = matches, counts
	for _, r := range rules {
		if r.Scope == OnDocument {
			p.rule = r
			r.Run(p)
		}
	}
	sortFindings(findings)
	return findings
}

func newPass(doc *Document, ix *termmatch.Index, findings *[]Finding) *Pass {
	return &Pass{Doc: doc, Index: ix, findings: findings}
}

func sortFindings(findings []Finding) {
	sort.SliceStable(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return a.Rule < b.Rule
	})
}

func quoteAll(ss []string) string { return strings.Join(ss, ", ") }

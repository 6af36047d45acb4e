package check

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/pipeline"
)

// The rules of catalogs: they read the units a reader found (keys,
// plural categories, states, placeholder spans), never the bytes, and do
// nothing on a set that is aligned rather than paired by its file.

// KeyMissing reports a message (Context and Key) of the source that a
// translation in a file of its own lacks: the program shows the source
// text there. It is reported where the message would go in the
// translation (before the next message both have), with the source
// message as context. A message that a catalog holding both languages in
// one file leaves without translation (a PO entry with an empty msgstr)
// is not missing but untranslated: see [Untranslated].
var KeyMissing = &Rule{
	ID:       "key-missing",
	DocID:    "RuleDocKeyMissing",
	Severity: Warning,
	Scope:    OnPair,
	Run:      keyMissing,
}

// KeyExtra reports a message of a translation whose key the source does
// not have (a message the program no longer uses, or a misspelt key).
var KeyExtra = &Rule{
	ID:       "key-extra",
	DocID:    "RuleDocKeyExtra",
	Severity: Warning,
	Scope:    OnPair,
	Run:      keyExtra,
}

// Untranslated reports, as information, a message not translated yet: one
// that a catalog holding both languages in one file has no translation for
// (a PO entry with an empty msgstr), and one present with an empty value
// (Start == End), in a catalog or in a translation's own file. A message
// of several plural categories is reported once.
var Untranslated = &Rule{
	ID:       "untranslated",
	DocID:    "RuleDocUntranslated",
	Severity: Info,
	Scope:    OnPair,
	Run:      untranslated,
}

// UnitState reports, as information, each unit whose State says it needs
// review (gettext's fuzzy, XLIFF's needs-review-*) or translation (XLIFF
// new, Xcode's new). Units that need review are also left out of the term
// rules of their pair (see runPair), as msgfmt and pofilter leave fuzzy
// entries out.
var UnitState = &Rule{
	ID:       "unit-state",
	DocID:    "RuleDocUnitState",
	Severity: Info,
	Run:      unitState,
}

// msgKey names a message across languages: its Context and Key; a unit
// without a key is known by its row alone.
type msgKey struct{ context, key string }

// pairedTarget returns the index in the set's documents of the pass's
// translation, or -1 when the set is not paired by its file.
func pairedTarget(p *Pass) int {
	if p.Set == nil || !p.Set.Paired() {
		return -1
	}
	for k, t := range p.Set.Targets {
		if t.Document == p.Doc {
			return k + 1
		}
	}
	return -1
}

// keysOf returns the messages of a document that carry a key.
func keysOf(d *pipeline.Doc) map[msgKey]bool {
	out := make(map[msgKey]bool, len(d.Units))
	for _, u := range d.Units {
		if u.Key != "" {
			out[msgKey{u.Context, u.Key}] = true
		}
	}
	return out
}

// rowKey is the message of a unit; "" keys stand for row r alone.
func rowKey(u *format.Unit, r int) msgKey {
	if u.Key == "" {
		return msgKey{"\x00", strconv.Itoa(r)}
	}
	return msgKey{u.Context, u.Key}
}

// oneFile reports whether the pass's source and translation come from one
// file (a catalog of both languages).
func oneFile(p *Pass) bool { return p.Set.Source.File == p.Doc.File }

// insertAt is where in the translation a message of row r would go: the
// start of the next row's unit the translation has, or the end of its
// text.
func insertAt(p *Pass, rows [][]int, r, k int) int {
	for _, u := range rows[r+1:] {
		if u[k] >= 0 {
			return p.Doc.Units[u[k]].Start
		}
	}
	return len(p.Doc.Text)
}

// reportAtSource reports a finding at [at, at) of the translation, about
// the source's unit su.
func reportAtSource(p *Pass, at int, su *format.Unit, f Finding) {
	src := p.Set.Source
	f.SourceFile, f.SourceLang = src.File, src.Lang
	f.SourceLine, f.SourceCol = docPosition(src.Document, su.Start)
	f.SourceText = string(src.Text[su.Start:su.End])
	f.Key, f.Context = su.Key, su.Context
	if f.Text == "" {
		f.Text = f.SourceText
	}
	p.Report(at, at, f)
}

// docPosition is the line and column in its file of byte off of a
// document's text.
func docPosition(d *Document, off int) (int, int) {
	if d.Map != nil {
		return d.Map.Position(d.Text, off)
	}
	line, col := 1, 1
	for _, c := range string(d.Text[:off]) {
		if c == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

func keyMissing(p *Pass) {
	k := pairedTarget(p)
	if k < 0 || oneFile(p) {
		return
	}
	rows, src := p.Set.Units(), p.Set.Source
	var have map[msgKey]bool // the translation's keys, once a row lacks it
	done := map[msgKey]bool{}
	for r, u := range rows {
		if u[0] < 0 || u[k] >= 0 {
			continue
		}
		if have == nil {
			have = keysOf(p.Set.Targets[k-1])
		}
		su := &src.Units[u[0]]
		mk := rowKey(su, r)
		if done[mk] || su.Key != "" && have[mk] { // another plural category is there: plural-forms' business
			continue
		}
		done[mk] = true
		reportAtSource(p, insertAt(p, rows, r, k), su, Finding{MessageID: "RuleKeyMissing",
			Data: map[string]any{"Key": keyName(src.Document, su), "Lang": p.Doc.Lang}})
	}
}

// keyName is how a message of document d is named in findings: its key,
// with its context; its text when it has no key (a TSV row).
func keyName(d *Document, u *format.Unit) string {
	switch {
	case u.Key == "":
		return string(d.Text[u.Start:u.End])
	case u.Context != "":
		return u.Context + " | " + u.Key
	}
	return u.Key
}

func keyExtra(p *Pass) {
	k := pairedTarget(p)
	if k < 0 {
		return
	}
	rows := p.Set.Units()
	var have map[msgKey]bool // the source's keys, once a row lacks the source
	done := map[msgKey]bool{}
	for r, u := range rows {
		if u[0] >= 0 || u[k] < 0 {
			continue
		}
		if have == nil {
			have = keysOf(p.Set.Source)
		}
		tu := &p.Doc.Units[u[k]]
		mk := rowKey(tu, r)
		if done[mk] || tu.Key != "" && have[mk] {
			continue
		}
		done[mk] = true
		p.Report(tu.Start, tu.End, Finding{MessageID: "RuleKeyExtra", Key: tu.Key, Context: tu.Context,
			Text: tu.Key, Data: map[string]any{"Key": keyName(p.Doc, tu), "Lang": p.Set.Source.Lang}})
	}
}

func untranslated(p *Pass) {
	k := pairedTarget(p)
	if k < 0 {
		return
	}
	rows, src, one := p.Set.Units(), p.Set.Source, oneFile(p)
	done := map[msgKey]bool{}
	for r, u := range rows {
		if u[0] < 0 {
			continue
		}
		su := &src.Units[u[0]]
		if su.Start == su.End {
			continue // nothing to translate
		}
		missing := u[k] < 0 && one
		if !missing && (u[k] < 0 || p.Doc.Units[u[k]].Start != p.Doc.Units[u[k]].End) {
			continue // translated, or missing from a file of its own: key-missing's
		}
		// A unit without a key is its row alone, never met again: only
		// keys (the plural categories of one message) need remembering.
		if su.Key != "" {
			mk := rowKey(su, r)
			if done[mk] {
				continue
			}
			done[mk] = true
		}
		fd := Finding{MessageID: "RuleUntranslated", Data: map[string]any{"Key": keyName(src.Document, su), "Lang": p.Doc.Lang}}
		if missing {
			reportAtSource(p, insertAt(p, rows, r, k), su, fd)
		} else {
			reportAtSource(p, p.Doc.Units[u[k]].Start, su, fd)
		}
	}
}

func unitState(p *Pass) {
	for i := range p.Doc.Units {
		u := &p.Doc.Units[i]
		msg := ""
		switch u.State {
		case format.NeedsReview:
			msg = "RuleUnitNeedsReview"
		case format.NeedsTranslation:
			msg = "RuleUnitNeedsTranslation"
		default:
			continue
		}
		p.Report(u.Start, u.End, Finding{MessageID: msg, Key: u.Key, Context: u.Context,
			Data: map[string]any{"Key": keyName(p.Doc, u)}})
	}
}

// reviewSpans returns the [Start, End) of the document's units that need
// review, in order (nil when none do).
func reviewSpans(d *Document) [][2]int {
	var out [][2]int
	for _, u := range d.Units {
		if u.State == format.NeedsReview {
			out = append(out, [2]int{u.Start, u.End})
		}
	}
	return out
}

// inSpans reports whether byte off is inside one of spans (in order).
func inSpans(spans [][2]int, off int) bool {
	i, _ := slices.BinarySearchFunc(spans, off, func(s [2]int, off int) int {
		switch {
		case s[1] <= off:
			return -1
		case s[0] > off:
			return 1
		}
		return 0
	})
	return i < len(spans) && spans[i][0] <= off && off < spans[i][1]
}

// isSpace reports whether r is white space (for placeholders' insides).
func isSpace(r rune) bool { return unicode.IsSpace(r) }

func withoutSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if isSpace(r) {
			return -1
		}
		return r
	}, s)
}

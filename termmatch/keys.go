package termmatch

import (
	"fmt"
	"slices"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/textnorm"
)

// KeyDiagnostics reports terms that share their matching keys, which a
// glossary alone cannot see: a warning for terms of two concepts in one
// language (homonyms, inflected ones included: archivo and archivos), which
// every text having one matches as both; a note for terms of one concept
// with different statuses (Горбачёв and the deprecated Горбачов), which
// only the spelling of a text tells apart. Each is reported at the later
// term, naming the earlier; pairs the glossary itself reports (the same
// term twice) are left out. The list is sorted by file and position.
func KeyDiagnostics(g *glossary.Glossary) diag.List {
	var out diag.List
	groups, order := termsByBase(g)
	f := textnorm.NewFolder()
	for _, base := range order {
		terms := groups[base]
		nodes := make([]int32, len(terms))
		buildTrie(base, terms, nodes)
		byNode := map[int32][]int{} // node -> term indexes, in glossary order
		var shared []int32
		for i, n := range nodes {
			if n == 0 {
				continue
			}
			byNode[n] = append(byNode[n], i)
			if len(byNode[n]) == 2 {
				shared = append(shared, n)
			}
		}
		for _, n := range shared {
			out = keyDiagnostics(out, f, terms, byNode[n])
		}
	}
	slices.SortStableFunc(out, func(a, b diag.Diagnostic) int {
		if a.File != b.File {
			if a.File < b.File {
				return -1
			}
			return 1
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Col - b.Col
	})
	return out
}

// keyDiagnostics reports on the terms that share one key sequence (indexes
// into terms, in glossary order).
func keyDiagnostics(out diag.List, f *textnorm.Folder, terms []termRef, idx []int) diag.List {
	first := terms[idx[0]]
	reported := map[*glossary.Concept]bool{first.concept: true}
	for k, i := range idx[1:] {
		t := terms[i]
		if t.concept != first.concept {
			if reported[t.concept] {
				continue
			}
			reported[t.concept] = true
			if sameTermOfTwo(f, terms, idx[:k+1], t) {
				continue // the glossary warns about the same term in two concepts
			}
			out = append(out, keyDiag(t, first, diag.Warning, "GlossaryKeyInTwoConcepts"))
			continue
		}
		// The first term of t's concept at this key with another status.
		for _, j := range idx[:k+1] {
			o := terms[j]
			if o.concept != t.concept || o.term.Status == t.term.Status {
				continue
			}
			if f.FoldPhrase(o.term.Text) != f.FoldPhrase(t.term.Text) { // else a glossary error
				out = append(out, keyDiag(t, o, diag.Info, "GlossaryKeySharedInConcept"))
			}
			break
		}
	}
	return out
}

// sameTermOfTwo reports whether an approved term of another concept among
// earlier is, folded, the approved term t: a pair the glossary reports.
func sameTermOfTwo(f *textnorm.Folder, terms []termRef, earlier []int, t termRef) bool {
	if !t.term.Status.Approved() || t.term.Form {
		return false
	}
	text := f.FoldPhrase(t.term.Text)
	for _, j := range earlier {
		o := terms[j]
		if o.concept != t.concept && o.term.Status.Approved() && !o.term.Form && f.FoldPhrase(o.term.Text) == text {
			return true
		}
	}
	return false
}

// keyDiag is the diagnostic at term t about the earlier term o.
func keyDiag(t, o termRef, sev diag.Severity, id string) diag.Diagnostic {
	return diag.Diagnostic{File: t.concept.File, Line: t.term.Line, Col: t.term.Col, Severity: sev, ID: id,
		Data: map[string]any{"Term": t.term.Text, "Lang": t.term.Lang, "Concept": t.concept.ID,
			"Status": t.term.Status.String(), "OtherTerm": o.term.Text, "Other": o.concept.ID,
			"OtherStatus": o.term.Status.String(),
			"Where":       fmt.Sprintf("%s:%d:%d", o.concept.File, o.term.Line, o.term.Col)}}
}

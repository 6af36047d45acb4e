// Package glossarytest compares glossaries field by field, for the round
// trip tests of the termbase formats.
package glossarytest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/glosa-dev/glosa/glossary"
)

// Diff lists the differences between two glossaries' concepts, in order:
// id, domain, note, case and match policies, and per language the
// preferred, admitted, deprecated and forbidden terms and the forms, each
// list in its order. Places in the files are not compared, nor the
// glossaries' metadata (see DiffMeta).
func Diff(want, got *glossary.Glossary) []string {
	var out []string
	if len(want.Concepts) != len(got.Concepts) {
		out = append(out, fmt.Sprintf("%d concepts, want %d", len(got.Concepts), len(want.Concepts)))
	}
	for i := range min(len(want.Concepts), len(got.Concepts)) {
		out = append(out, DiffConcept(want.Concepts[i], got.Concepts[i])...)
	}
	return out
}

// DiffMeta lists the differences of name, source and languages.
func DiffMeta(want, got *glossary.Glossary) []string {
	var out []string
	if want.Name != got.Name {
		out = append(out, fmt.Sprintf("name %q, want %q", got.Name, want.Name))
	}
	if want.Source != got.Source {
		out = append(out, fmt.Sprintf("source %q, want %q", got.Source, want.Source))
	}
	if !slices.Equal(want.Languages, got.Languages) {
		out = append(out, fmt.Sprintf("languages %v, want %v", got.Languages, want.Languages))
	}
	return out
}

// DiffConcept lists the differences between two concepts.
func DiffConcept(want, got *glossary.Concept) []string {
	var out []string
	add := func(field string, g, w any) {
		if fmt.Sprint(g) != fmt.Sprint(w) {
			out = append(out, fmt.Sprintf("concept %q: %s %q, want %q", want.ID, field, g, w))
		}
	}
	add("id", got.ID, want.ID)
	add("domain", got.Domain, want.Domain)
	add("note", got.Note, want.Note)
	add("case", got.Case, want.Case)
	add("match", got.Match, want.Match)
	w, g := Terms(want), Terms(got)
	for _, k := range sortedKeys(w, g) {
		add(k, g[k], w[k])
	}
	return out
}

// Terms maps "lang status" (or "lang forms") to the texts of a concept's
// terms, in their order.
func Terms(c *glossary.Concept) map[string]string {
	lists := map[string][]string{}
	for _, t := range c.Terms {
		k := t.Lang + " " + t.Status.String()
		if t.Form {
			k = t.Lang + " forms"
		}
		lists[k] = append(lists[k], t.Text)
	}
	out := map[string]string{}
	for k, l := range lists {
		out[k] = strings.Join(l, " | ")
	}
	return out
}

func sortedKeys(ms ...map[string]string) []string {
	var keys []string
	for _, m := range ms {
		for k := range m {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.Sort(keys)
	return keys
}

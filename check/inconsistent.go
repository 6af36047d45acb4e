package check

import (
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/textnorm"
)

// TermInconsistent reports a document that expresses one concept with two
// or more approved terms that are not forms of one another ("World War II"
// here, "Second World War" there; "Хрущёв" and "Никита Хрущёв" are one
// name, and an acronym goes with its expansion: СССР, Советский Союз):
// each use of a minority term, with the counts.
var TermInconsistent = &Rule{
	ID:       "term-inconsistent",
	DocID:    "RuleDocTermInconsistent",
	Severity: Warning,
	Run:      termInconsistent,
}

func termInconsistent(p *Pass) {
	f := textnorm.NewFolder()
	type use struct {
		term string
		idx  []int // indexes into p.Matches
	}
	byConcept := map[*glossary.Concept][]*use{}
	formOf := map[[2]string]bool{} // isFormOf of a text and a term, once each
	var order []*glossary.Concept
	for k, m := range p.Matches {
		if !m.Term.Status.Approved() || !p.Counts(k) {
			continue
		}
		term := m.Term.Canonical
		uses := byConcept[m.Concept]
		if uses == nil {
			order = append(order, m.Concept)
		}
		i := slices.IndexFunc(uses, func(u *use) bool { return u.term == term })
		if i < 0 {
			uses = append(uses, &use{term: term})
			i = len(uses) - 1
			byConcept[m.Concept] = uses
		}
		uses[i].idx = append(uses[i].idx, k)
	}
	for _, c := range order {
		uses := byConcept[c]
		if len(uses) < 2 {
			continue
		}
		// Count only what looks like a form of its term: разрешить is
		// not разрешение (checked here, where two terms compete).
		uses = slices.DeleteFunc(uses, func(u *use) bool {
			u.idx = slices.DeleteFunc(u.idx, func(k int) bool {
				m := p.Matches[k]
				if m.Term.Form {
					return false
				}
				key := [2]string{m.Text, m.Term.Text}
				form, ok := formOf[key]
				if !ok {
					form = isFormOf(f, m.Text, m.Term.Text)
					formOf[key] = form
				}
				return !form
			})
			return len(u.idx) == 0
		})
		if len(uses) < 2 {
			continue
		}
		// Merge terms one of which contains the other (a name and its
		// full form): they are not an inconsistency.
		words := func(s string) []string { return strings.Fields(f.FoldPhrase(s)) }
		var groups [][]*use
	outer:
		for _, u := range uses {
			for g, grp := range groups {
				for _, v := range grp {
					if containsSeq(words(u.term), words(v.term)) || containsSeq(words(v.term), words(u.term)) ||
						isAcronym(u.term) || isAcronym(v.term) {
						groups[g] = append(groups[g], u)
						continue outer
					}
				}
			}
			groups = append(groups, []*use{u})
		}
		if len(groups) < 2 {
			continue
		}
		count := func(grp []*use) int {
			n := 0
			for _, u := range grp {
				n += len(u.idx)
			}
			return n
		}
		slices.SortStableFunc(groups, func(a, b []*use) int { return count(b) - count(a) })
		total := 0
		for _, g := range groups {
			total += count(g)
		}
		var parts []string
		for _, g := range groups {
			parts = append(parts, fmt.Sprintf("%s %d%% (%d)", g[0].term, 100*count(g)/total, count(g)))
		}
		counts := c.ID + " → " + strings.Join(parts, " / ")
		majority := groups[0][0].term
		for _, g := range groups[1:] {
			for _, u := range g {
				for _, k := range u.idx {
					m := p.Matches[k]
					p.Report(m.Start, m.End, Finding{MessageID: "RuleTermInconsistent", Concept: c.ID,
						Expected: []string{majority}, Data: map[string]any{"Text": m.Text, "Counts": counts}})
				}
			}
		}
	}
}

// containsSeq reports whether words contains sub as consecutive words.
func containsSeq(words, sub []string) bool {
	for i := 0; i+len(sub) <= len(words); i++ {
		if slices.Equal(words[i:i+len(sub)], sub) {
			return true
		}
	}
	return false
}

// isAcronym reports a term written in capitals (URSS, КПСС).
func isAcronym(term string) bool {
	letters := 0
	for _, r := range term {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// isFormOf reports whether text, found as term, looks like an inflected
// form of it rather than another word sharing its stem. A Russian word must
// be the term's stem with a noun or adjective ending (разрешения for
// разрешение, Хрущёвым for Хрущёв, потолка for потолок; not разрешить,
// разрешено, правил for право); another word keeps all of the term's word
// but its last letter (a vowel) or two, and adds at most four (ficheros,
// lápices, directories). Counting uses by term is where a stem shared
// by a noun and a verb does harm.
func isFormOf(f *textnorm.Folder, text, term string) bool {
	return wordsAgree(f, text, term, isFormOfWord)
}

// isFormOfWord is isFormOf for one folded word.
func isFormOfWord(term, word string) bool {
	t, w := []rune(term), []rune(word)
	if isCyrillicWord(t) {
		return russianEnding(t, w) // правил is not a form of право, разрешено of разрешение
	}
	n := 0
	for n < len(t) && n < len(w) && t[n] == w[n] {
		n++
	}
	drop := 2 // a fleeting vowel: lápiz, lápices
	if strings.ContainsRune("aeiouyáéíóú", t[len(t)-1]) {
		drop = 1 // fichero, ficheros
	}
	return n >= len(t)-drop && len(w)-n <= 4
}

// russianEndings are the endings of Russian nouns and adjectives.
var russianEndings = func() map[string]bool {
	m := map[string]bool{}
	for _, e := range strings.Fields(`- а я о е ё ы и у ю ь й ом ем ём ой ей ою ею ам ям ами ями ах ях ов ев ёв
		ий ый ая яя ое ее ые ие ого его ому ему ым им ую юю ых их ыми ими ия ию ии ием иям иями иях
		ья ью ье ьи ьё ьям ьями ьях ьей ьев`) {
		m[strings.TrimPrefix(e, "-")] = true
	}
	return m
}()

// adjectiveEndings are the endings of a Russian adjective's base form.
var adjectiveEndings = map[string]bool{"ый": true, "ий": true, "ой": true, "ая": true, "яя": true, "ое": true, "ее": true}

// russianEnding reports whether w is the Russian word t with an ending:
// what follows t's stem must be a noun or adjective ending, the stem being
// t without its own ending, or without a fleeting vowel (потолок, потолка).
func russianEnding(t, w []rune) bool {
	// The stem: the term without its last letter if that is an ending
	// (партия, оттепель, разрешение: one letter), or without an adjective's
	// two-letter ending (хрущёвская), or the whole term (Хрущёв).
	stems := []int{len(t)}
	if russianEndings[string(t[len(t)-1:])] {
		stems = append(stems, len(t)-1)
	}
	if l := len(t); l > 3 && adjectiveEndings[string(t[l-2:])] {
		stems = append(stems, l-2)
	}
	for _, k := range stems {
		if k <= len(w) && string(w[:k]) == string(t[:k]) && russianEndings[string(w[k:])] {
			return true
		}
	}
	// A fleeting vowel: потолок → потолк-а, день → дн-я.
	if l := len(t); l >= 3 && strings.ContainsRune("оеё", t[l-2]) {
		stem := string(t[:l-2]) + string(t[l-1])
		if ws := string(w); strings.HasPrefix(ws, stem) && russianEndings[ws[len(stem):]] {
			return true
		}
	}
	return false
}

func isCyrillicWord(w []rune) bool {
	for _, r := range w {
		if unicode.Is(unicode.Cyrillic, r) {
			return true
		}
	}
	return false
}

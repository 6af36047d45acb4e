package extract

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
)

// Version is the version of the JSON contract.
const Version = 1

type jsonResult struct {
	Version    int             `json:"version"`
	Languages  []string        `json:"languages"`
	Candidates []jsonCandidate `json:"candidates"`
}

type jsonCandidate struct {
	Terms    map[string]string        `json:"terms"`
	Counts   map[string]int           `json:"counts"`
	Variants map[string][]jsonVariant `json:"variants"`
	Count    int                      `json:"count"`
	Score    float64                  `json:"score"`
	Examples []jsonExample            `json:"examples"`
	Concept  string                   `json:"concept,omitempty"`
}

type jsonVariant struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

type jsonExample struct {
	File string `json:"file"`
	Line int    `json:"line"`
}

// WriteJSON writes the result as the JSON contract (version 1), one
// document:
//
//	{"version":1,"languages":["en","es","ru"],"candidates":[{"terms":{"en":"file","es":"fichero","ru":"файл"},
//	 "counts":{"en":1040,"es":245,"ru":300},"variants":{"es":[{"term":"archivo","count":63}]},
//	 "count":1040,"score":812.5,"examples":[{"file":"bash.tsv","line":12}]}]}
func WriteJSON(w io.Writer, r *Result) error {
	out := jsonResult{Version: Version, Languages: r.Languages, Candidates: []jsonCandidate{}}
	if out.Languages == nil {
		out.Languages = []string{}
	}
	for _, c := range r.Candidates {
		jc := jsonCandidate{Terms: c.Terms, Counts: c.Counts, Variants: map[string][]jsonVariant{},
			Count: c.Count, Score: c.Score, Examples: []jsonExample{}, Concept: c.Concept}
		for l, vs := range c.Variants {
			for _, v := range vs {
				jc.Variants[l] = append(jc.Variants[l], jsonVariant(v))
			}
		}
		for _, e := range c.Examples {
			jc.Examples = append(jc.Examples, jsonExample(e))
		}
		out.Candidates = append(out.Candidates, jc)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

// IDs returns an id for each candidate: its source term in small letters,
// words joined by hyphens, made unique with a number; a variant in use
// keeps its concept's id.
func (r *Result) IDs() []string {
	seen := map[string]bool{}
	out := make([]string, len(r.Candidates))
	for i, c := range r.Candidates {
		id := c.Concept
		if id == "" {
			id = slug(c.Terms[r.Languages[0]])
			base := id
			for n := 2; seen[id]; n++ {
				id = base + "-" + strconv.Itoa(n)
			}
		}
		seen[id] = true
		out[i] = id
	}
	return out
}

func slug(s string) string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	if len(f) == 0 {
		return "concept"
	}
	return strings.Join(f, "-")
}

// Glossary returns the candidates as a glossary: a concept each, its terms
// preferred, its variants admitted, its counts and example in the note.
func (r *Result) Glossary() (*glossary.Glossary, diag.List) {
	b := glossary.NewBuilder()
	for _, l := range r.Languages {
		b.Language("", glossary.Pos{}, l)
	}
	if len(r.Languages) > 0 {
		b.Source("", glossary.Pos{}, r.Languages[0])
	}
	ids := r.IDs()
	for i, c := range r.Candidates {
		in := glossary.ConceptInput{Index: i, ID: ids[i], HasID: true, Note: note(r, c)}
		for _, l := range r.Languages {
			if t, ok := c.Terms[l]; ok {
				in.Terms = append(in.Terms, glossary.TermInput{Lang: l, Text: t, Status: glossary.Preferred})
			}
			for _, v := range c.Variants[l] {
				in.Terms = append(in.Terms, glossary.TermInput{Lang: l, Text: v.Term, Status: glossary.Admitted})
			}
		}
		b.Add(in)
	}
	return b.Finish()
}

// note says how a candidate is used: its count, its translations' shares,
// an example.
func note(r *Result, c Candidate) string {
	parts := []string{fmt.Sprintf("%d×", c.Count)}
	for _, l := range r.Languages[1:] {
		if s := Shares(c, l); s != "" {
			parts = append(parts, l+": "+s)
		}
	}
	if len(c.Examples) > 0 {
		parts = append(parts, fmt.Sprintf("%s:%d", c.Examples[0].File, c.Examples[0].Line))
	}
	return strings.Join(parts, "; ")
}

// Shares returns a candidate's translations in a language with their
// shares and counts, most used first: "fichero 79% (245), archivo 20% (63)".
func Shares(c Candidate, l string) string {
	t, ok := c.Terms[l]
	if !ok {
		return ""
	}
	all := append([]Variant{{Term: t, Count: c.Counts[l]}}, c.Variants[l]...)
	total := 0
	for _, v := range all {
		total += v.Count
	}
	var parts []string
	for _, v := range all {
		pct := 0
		if total > 0 {
			pct = v.Count * 100 / total
		}
		parts = append(parts, fmt.Sprintf("%s %d%% (%d)", v.Term, pct, v.Count))
	}
	return strings.Join(parts, ", ")
}

// WriteTOML writes the candidates as glossary concepts in glosa's TOML
// format, each with its main translations as preferred terms and its
// count, its translations' shares and an example as comments, so that a
// reviewer can delete, edit and pass the file to --glossary as it is.
// Variants are comments too: a reviewer decides which are admitted.
func WriteTOML(w io.Writer, r *Result) error {
	var b strings.Builder
	b.WriteString("[glossary]\nlanguages = [")
	for i, l := range r.Languages {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Quote(l))
	}
	b.WriteString("]\n")
	if len(r.Languages) > 0 {
		fmt.Fprintf(&b, "source = %s\n", strconv.Quote(r.Languages[0]))
	}
	ids := r.IDs()
	for i, c := range r.Candidates {
		b.WriteString("\n")
		fmt.Fprintf(&b, "# %d segments, score %s", c.Count, strconv.FormatFloat(c.Score, 'f', -1, 64))
		if len(c.Examples) > 0 {
			fmt.Fprintf(&b, "; example %s:%d", oneLine(c.Examples[0].File), c.Examples[0].Line)
		}
		b.WriteString("\n")
		if c.Concept != "" {
			b.WriteString("# variant in use: the glossary has this concept\n")
		}
		for _, l := range r.Languages[1:] {
			if s := Shares(c, l); s != "" {
				fmt.Fprintf(&b, "# %s: %s\n", l, oneLine(s))
			}
		}
		fmt.Fprintf(&b, "[[concept]]\nid = %s\n", glossary.QuoteTOML(ids[i]))
		for _, l := range r.Languages {
			if t, ok := c.Terms[l]; ok {
				fmt.Fprintf(&b, "%s = %s\n", glossary.LangKeyTOML(l), glossary.QuoteTOML(t))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

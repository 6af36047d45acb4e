package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/locales"
)

// langStats is one element of glossary stats' "languages" (contract,
// version 1).
type langStats struct {
	Lang       string   `json:"lang"`
	Concepts   int      `json:"concepts"`
	Preferred  int      `json:"preferred"`
	Admitted   int      `json:"admitted"`
	Deprecated int      `json:"deprecated"`
	Forbidden  int      `json:"forbidden"`
	Forms      int      `json:"forms"`
	Missing    []string `json:"missing"`
}

// Stats counts a glossary's terms per language and status, and the
// concepts with no preferred term in each.
type Stats struct {
	g     *glossary.Glossary
	langs []langStats
}

// NewStats counts g's terms.
func NewStats(g *glossary.Glossary) *Stats {
	st := &Stats{g: g}
	for _, l := range g.Languages {
		s := langStats{Lang: l, Missing: []string{}}
		for _, c := range g.Concepts {
			has := false
			for _, t := range c.Terms {
				if t.Lang != l {
					continue
				}
				switch {
				case t.Form:
					s.Forms++
				case t.Status == glossary.Preferred:
					s.Preferred++
					has = true
				case t.Status == glossary.Admitted:
					s.Admitted++
				case t.Status == glossary.Deprecated:
					s.Deprecated++
				default:
					s.Forbidden++
				}
			}
			if has {
				s.Concepts++
			} else {
				s.Missing = append(s.Missing, c.ID)
			}
		}
		st.langs = append(st.langs, s)
	}
	return st
}

// WriteJSON writes glossary stats' JSON (contract, version 1), indented:
// {"version":1,"files":[…],"concepts":N,"languages":[{"lang","concepts","preferred","admitted","deprecated","forbidden","forms","missing"}]}.
func (st *Stats) WriteJSON(w io.Writer) error {
	return writeIndented(w, struct {
		Version   int         `json:"version"`
		Files     []string    `json:"files"`
		Concepts  int         `json:"concepts"`
		Languages []langStats `json:"languages"`
	}{1, st.g.Files, len(st.g.Concepts), st.langs})
}

// WriteText writes the glossary's name, its concept count, a table of the
// counts per language and the concepts missing in each, in the printer's
// language.
func (st *Stats) WriteText(w io.Writer, p *locales.Printer) error {
	bw := newJSONOut(w).bw
	if st.g.Name != "" {
		fmt.Fprintln(bw, st.g.Name)
	}
	fmt.Fprintln(bw, p.N("Concepts", len(st.g.Concepts), nil))
	fmt.Fprintln(bw, p.T("StatsHeader", nil))
	for _, s := range st.langs {
		fmt.Fprintf(bw, "%-6s %8d %9d %8d %10d %9d %5d\n", s.Lang, s.Concepts, s.Preferred, s.Admitted, s.Deprecated, s.Forbidden, s.Forms)
	}
	for _, s := range st.langs {
		if len(s.Missing) > 0 {
			fmt.Fprintln(bw, p.N("StatsMissing", len(s.Missing), map[string]any{"Lang": s.Lang,
				"IDs": strings.Join(s.Missing, ", ")}))
		}
	}
	return bw.Flush()
}

package handout

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// WriteMarkdown writes the handout as Markdown: a title and the files, a
// table per paragraph (a column per language, a row per bead), terms in
// bold with their concept's number as <sup>n</sup>, and the appendix as a
// table.
func WriteMarkdown(w io.Writer, h *Handout, l Labels) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# %s\n\n", mdEscape(h.Title))
	fmt.Fprintf(b, "**%s:** %s  \n", mdEscape(l.Languages), mdEscape(strings.Join(h.Langs, " · ")))
	fmt.Fprintf(b, "**%s:** %s\n", mdEscape(l.Files), mdEscape(strings.Join(h.Files, " · ")))
	if h.Date != "" {
		fmt.Fprintf(b, "  \n**%s:** %s\n", mdEscape(l.Date), mdEscape(h.Date))
	}
	if !h.AppendixOnly {
		if h.Cloze != "" {
			fmt.Fprintf(b, "\n_%s_\n", mdEscape(l.Exercise))
		}
		for _, para := range h.paragraphs() {
			b.WriteString("\n")
			if h.Layout == Interlinear {
				// A bead is a block of lines, one per language, the
				// source in italics; beads are separated by a blank line.
				for i, r := range para {
					if i > 0 {
						b.WriteString("\n")
					}
					for k, c := range r.Cells {
						text := mdSpans(c.Spans)
						if c.Empty() {
							text = "—"
						}
						if k == 0 {
							text = "_" + text + "_"
						}
						fmt.Fprintf(b, "%s: %s  \n", mdEscape(h.Langs[k]), text)
					}
				}
				continue
			}
			mdRow(b, h.Langs)
			mdRule(b, len(h.Langs))
			for _, r := range para {
				cells := make([]string, len(r.Cells))
				for k, c := range r.Cells {
					cells[k] = mdSpans(c.Spans)
				}
				mdCells(b, cells)
			}
		}
	}
	if len(h.Concepts) > 0 {
		fmt.Fprintf(b, "\n## %s\n\n", mdEscape(l.Glossary))
		head := append(append([]string{l.Number}, h.Langs...), l.Count, l.Note)
		mdRow(b, head)
		mdRule(b, len(head))
		for _, c := range h.Concepts {
			cells := []string{fmt.Sprint(c.Number)}
			for _, ts := range c.Terms {
				var parts []string
				for _, t := range ts {
					s := mdEscape(t.Text)
					if st := l.word(t.Status); st != "" {
						s += " _(" + mdEscape(st) + ")_"
					} else {
						s = "**" + s + "**"
					}
					parts = append(parts, s)
				}
				cells = append(cells, strings.Join(parts, "<br>"))
			}
			cells = append(cells, numbers(c.Count, " · "), mdEscape(c.Note))
			mdCells(b, cells)
		}
	}
	for _, ix := range h.Index {
		if len(ix.Entries) == 0 {
			continue
		}
		fmt.Fprintf(b, "\n### %s: %s\n\n", mdEscape(l.Index), mdEscape(ix.Lang))
		for _, e := range ix.Entries {
			s := mdEscape(e.Text)
			if st := l.word(e.Status); st != "" {
				s += " _(" + mdEscape(st) + ")_"
			}
			fmt.Fprintf(b, "- %s — %d\n", s, e.Concept)
		}
	}
	if len(h.Key) > 0 {
		fmt.Fprintf(b, "\n## %s\n\n", mdEscape(l.Key))
		for _, a := range h.Key {
			fmt.Fprintf(b, "%d. %s\n", a.Gap, mdEscape(a.Text))
		}
	}
	return b.Flush()
}

// mdSpans writes a cell's spans: terms in bold with their concepts'
// numbers, gaps as their number and a blank of escaped underscores.
func mdSpans(spans []Span) string {
	var s strings.Builder
	for _, sp := range spans {
		switch {
		case sp.Gap > 0:
			fmt.Fprintf(&s, "<sup>(%d)</sup>%s", sp.Gap, mdEscape(sp.Blank()))
		case sp.Concepts != nil:
			fmt.Fprintf(&s, "**%s**<sup>%s</sup>", mdEscape(sp.Text), numbers(sp.Concepts, ","))
		default:
			s.WriteString(mdEscape(sp.Text))
		}
	}
	return s.String()
}

func mdRow(b *bufio.Writer, texts []string) {
	cells := make([]string, len(texts))
	for i, t := range texts {
		cells[i] = mdEscape(t)
	}
	mdCells(b, cells)
}

func mdCells(b *bufio.Writer, cells []string) {
	b.WriteString("|")
	for _, c := range cells {
		if c == "" {
			c = " "
		}
		fmt.Fprintf(b, " %s |", c)
	}
	b.WriteString("\n")
}

func mdRule(b *bufio.Writer, n int) {
	b.WriteString("|" + strings.Repeat(" --- |", n) + "\n")
}

// mdEscape makes text literal in a Markdown table cell: line breaks
// become spaces, and the characters Markdown or HTML would read are
// escaped.
func mdEscape(s string) string {
	var out strings.Builder
	for _, r := range s {
		switch r {
		case '\n', '\r':
			out.WriteByte(' ')
		case '|', '*', '_', '`', '[', ']', '\\', '#', '~':
			out.WriteByte('\\')
			out.WriteRune(r)
		case '<':
			out.WriteString("&lt;")
		case '&':
			out.WriteString("&amp;")
		default:
			out.WriteRune(r)
		}
	}
	return out.String()
}

package align

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Segment is a segment of a document as written out: its text and where
// it starts (1-based line and column, columns in code points).
type Segment struct {
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Para   int    `json:"-"` // paragraph number (package segment), for AlignParagraphed
}

// Document is one side of an alignment.
type Document struct {
	File     string    `json:"file"`
	Lang     string    `json:"lang"`
	Segments []Segment `json:"segments"`
}

// Result is an alignment of a source with one or more targets.
type Result struct {
	Source  Document
	Targets []Document
	Beads   []MultiBead
}

// WriteJSON writes the alignment as JSON (version 1):
// {"version":1,"source":{…},"targets":[{…}],"beads":[{"source":[0],"targets":[[0,1]],"score":0.93}]}.
func WriteJSON(w io.Writer, r Result) error {
	type jbead struct {
		Source  []int   `json:"source"`
		Targets [][]int `json:"targets"`
		Score   float64 `json:"score"`
	}
	out := struct {
		Version int        `json:"version"`
		Source  Document   `json:"source"`
		Targets []Document `json:"targets"`
		Beads   []jbead    `json:"beads"`
	}{1, r.Source, r.Targets, make([]jbead, len(r.Beads))}
	for i, b := range r.Beads {
		out.Beads[i] = jbead{b.Source, b.Targets, roundScore(b.Score)}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func roundScore(s float64) float64 {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(s, 'f', 3, 64), 64)
	return v
}

// joined returns a bead side's text: its segments joined by spaces, with
// tabs and line breaks turned into spaces.
func joined(d Document, idx []int) string {
	parts := make([]string, len(idx))
	for i, k := range idx {
		parts[i] = strings.Join(strings.Fields(d.Segments[k].Text), " ")
	}
	return strings.Join(parts, " ")
}

// WriteTSV writes one bead per line: the source text, each target's text
// and the score, separated by tabs.
func WriteTSV(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	for _, b := range r.Beads {
		bw.WriteString(joined(r.Source, b.Source))
		for k, t := range b.Targets {
			bw.WriteByte('\t')
			bw.WriteString(joined(r.Targets[k], t))
		}
		fmt.Fprintf(bw, "\t%.3f\n", b.Score)
	}
	return bw.Flush()
}

// WriteVecalign writes "[i, …]:[j, …]:score" lines with 0-based indexes
// (vecalign and bertalign's format); bilingual alignments only.
func WriteVecalign(w io.Writer, r Result) error {
	if len(r.Targets) != 1 {
		return fmt.Errorf("vecalign output takes one target, not %d", len(r.Targets))
	}
	bw := bufio.NewWriter(w)
	for _, b := range r.Beads {
		fmt.Fprintf(bw, "%s:%s:%.3f\n", indexList(b.Source), indexList(b.Targets[0]), b.Score)
	}
	return bw.Flush()
}

func indexList(xs []int) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.Itoa(x)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// WriteTMX writes a TMX 1.4 document: one tu per bead, with a tuv for each
// language that has text in the bead.
func WriteTMX(w io.Writer, r Result) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	fmt.Fprintf(bw, "<tmx version=\"1.4\">\n  <header creationtool=\"glosa\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"glosa\" adminlang=\"en\" srclang=%q datatype=\"plaintext\"/>\n  <body>\n", r.Source.Lang)
	for n, b := range r.Beads {
		fmt.Fprintf(bw, "    <tu tuid=\"%d\">\n      <prop type=\"x-glosa-score\">%.3f</prop>\n", n+1, b.Score)
		tuv := func(d Document, idx []int) {
			if len(idx) == 0 {
				return
			}
			fmt.Fprintf(bw, "      <tuv xml:lang=%q><seg>", d.Lang)
			xml.EscapeText(bw, []byte(joined(d, idx)))
			bw.WriteString("</seg></tuv>\n")
		}
		tuv(r.Source, b.Source)
		for k, t := range b.Targets {
			tuv(r.Targets[k], t)
		}
		bw.WriteString("    </tu>\n")
	}
	bw.WriteString("  </body>\n</tmx>\n")
	return bw.Flush()
}

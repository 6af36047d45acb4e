package handout

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// writeSamplePDF writes the sample's handout as a PDF in a temporary
// directory and returns the handout and the file's name.
func writeSamplePDF(t *testing.T, opts Options) (*Handout, string) {
	t.Helper()
	set, _ := sample(t)
	h := Build(set, opts)
	return h, writePDF(t, h)
}

// writePDF writes a handout as a PDF in a temporary directory (and in
// $GLOSA_PDF_DIR, to look at) and returns the file's name.
func writePDF(t *testing.T, h *Handout) string {
	t.Helper()
	var b bytes.Buffer
	if err := WritePDF(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b.Bytes(), []byte("%PDF-")) {
		t.Fatalf("the PDF starts with %.10q", b.Bytes())
	}
	name := filepath.Join(t.TempDir(), "handout.pdf")
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("GLOSA_PDF_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, t.Name()+".pdf"), b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return name
}

// A bboxWord is a word as pdftotext -bbox finds it.
type bboxWord struct {
	page                   int
	xMin, yMin, xMax, yMax float64
	text                   string
}

// bboxPages runs pdftotext -bbox on a PDF: the pages' sizes and words.
func bboxPages(t *testing.T, name string) (sizes [][2]float64, words []bboxWord) {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed")
	}
	out, err := exec.Command("pdftotext", "-bbox", name, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	var doc struct {
		Pages []struct {
			Width  float64 `xml:"width,attr"`
			Height float64 `xml:"height,attr"`
			Words  []struct {
				XMin float64 `xml:"xMin,attr"`
				YMin float64 `xml:"yMin,attr"`
				XMax float64 `xml:"xMax,attr"`
				YMax float64 `xml:"yMax,attr"`
				Text string  `xml:",chardata"`
			} `xml:"word"`
		} `xml:"body>doc>page"`
	}
	d := xml.NewDecoder(bytes.NewReader(out))
	d.Strict = false
	if err := d.Decode(&doc); err != nil {
		t.Fatalf("pdftotext -bbox: %v", err)
	}
	for p, pg := range doc.Pages {
		sizes = append(sizes, [2]float64{pg.Width, pg.Height})
		for _, w := range pg.Words {
			words = append(words, bboxWord{p + 1, w.XMin, w.YMin, w.XMax, w.YMax, w.Text})
		}
	}
	return sizes, words
}

// textWords are the words of the text, below the header and the heads,
// superscripts left out, in reading order: by page, by column (col gives
// a word's), by line, by x. pdftotext cuts a word where a superscript
// sits ("Khrushchev", "15", ","): pieces that touch are one word.
//
// It also returns the superscripts' texts.
func textWords(ws []bboxWord, below func(page int) float64, col func(x float64) int) (words [][]string, sups []string) {
	var body []bboxWord
	var heights []float64
	for _, w := range ws {
		if w.yMin >= below(w.page) {
			body = append(body, w)
			heights = append(heights, w.yMax-w.yMin)
		}
	}
	if len(body) == 0 {
		return nil, nil
	}
	sort.Float64s(heights)
	small := 0.8 * heights[len(heights)/2]
	sort.SliceStable(body, func(i, j int) bool {
		a, b := body[i], body[j]
		if a.page != b.page {
			return a.page < b.page
		}
		if ca, cb := col(a.xMin), col(b.xMin); ca != cb {
			return ca < cb
		}
		if math.Abs(a.yMin-b.yMin) > 1 { // a superscript's top is its line's
			return a.yMin < b.yMin
		}
		return a.xMin < b.xMin
	})
	var out [][]string
	for i, w := range body {
		c := col(w.xMin)
		for len(out) <= c {
			out = append(out, nil)
		}
		text := w.text
		if w.yMax-w.yMin < small {
			sups = append(sups, text)
			text = ""
		}
		if i > 0 {
			p := body[i-1]
			if p.page == w.page && col(p.xMin) == c && math.Abs(p.yMin-w.yMin) <= 1 && w.xMin-p.xMax < 0.5 && len(out[c]) > 0 {
				out[c][len(out[c])-1] += text
				continue
			}
		}
		out[c] = append(out[c], text)
	}
	for c := range out {
		out[c] = slices.DeleteFunc(out[c], func(s string) bool { return s == "" })
	}
	return out, sups
}

// wantWords are the words of language k's cells, in row order.
func wantWords(h *Handout, k int) []string {
	var out []string
	for _, r := range h.Rows {
		out = append(out, strings.Fields(cellText(r.Cells[k]))...)
	}
	return out
}

func firstDiff(got, want []string) string {
	for i := range min(len(got), len(want)) {
		if got[i] != want[i] {
			return fmt.Sprintf("word %d: got %q, want %q (after %q)", i, got[i], want[i], strings.Join(want[max(0, i-5):i], " "))
		}
	}
	return fmt.Sprintf("got %d words, want %d", len(got), len(want))
}

// TestPDFText: pdftotext gives back every word of every sentence of the
// three texts, in order, in its language's column, with the accents and
// the Cyrillic right.
func TestPDFText(t *testing.T) {
	h, name := writeSamplePDF(t, Options{Title: "Destalinización", Date: "2026-12-07"})
	sizes, ws := bboxPages(t, name)
	if len(sizes) < 2 {
		t.Fatalf("%d pages", len(sizes))
	}
	if sizes[0] != [2]float64{595, 842} {
		t.Errorf("page size %v, want A4", sizes[0])
	}
	// Every page has its header: the title, and "n / m".
	for p := range sizes {
		var line []string
		for _, w := range ws {
			if w.page == p+1 && w.yMax < pdfMargin+pdfHeaderGap {
				line = append(line, w.text)
			}
		}
		if want := fmt.Sprintf("Destalinización %d / %d", p+1, len(sizes)); strings.Join(line, " ") != want {
			t.Errorf("page %d's header is %q, want %q", p+1, strings.Join(line, " "), want)
		}
	}
	// The text of a page starts below its heads, a line with the
	// languages at the columns' left edges; the appendix's pages have
	// none.
	n := len(h.Langs)
	total := sizes[0][0] - 2*pdfMargin
	col := func(x float64) int { return min(n-1, max(0, int((x-pdfMargin)/(total/float64(n))))) }
	heads := map[int]float64{}
	for _, w := range ws {
		if w.text != h.Langs[0] || math.Abs(w.xMin-(pdfMargin+pdfPad)) > 0.5 {
			continue
		}
		found := 1
		for _, v := range ws {
			if v.page == w.page && v.yMin == w.yMin && col(v.xMin) > 0 && v.text == h.Langs[col(v.xMin)] && math.Abs(v.xMin-(pdfMargin+pdfPad+total*float64(col(v.xMin))/float64(n))) < 0.5 {
				found++
			}
		}
		if found == n {
			heads[w.page] = w.yMax + 2
		}
	}
	if len(heads) == 0 {
		t.Fatal("no page has the columns' heads")
	}
	got, sups := textWords(ws, func(page int) float64 {
		if y, ok := heads[page]; ok {
			return y
		}
		return math.Inf(1)
	}, col)
	for k := range h.Langs {
		want := wantWords(h, k)
		if k >= len(got) || !slices.Equal(got[k], want) {
			var g []string
			if k < len(got) {
				g = got[k]
			}
			t.Errorf("%s column: %s", h.Langs[k], firstDiff(g, want))
		}
	}
	// Every mark's superscript is there, with its numbers.
	var marks []string
	for _, r := range h.Rows {
		for _, c := range r.Cells {
			for _, sp := range c.Spans {
				if sp.Concepts != nil {
					marks = append(marks, numbers(sp.Concepts, ","))
				}
			}
		}
	}
	slices.Sort(marks)
	slices.Sort(sups)
	if !slices.Equal(sups, marks) {
		t.Errorf("%d superscripts, %d marks", len(sups), len(marks))
	}
	// The appendix: every concept's preferred terms.
	var all []string
	for _, w := range ws {
		all = append(all, w.text)
	}
	text := " " + strings.Join(all, " ") + " "
	for _, c := range h.Concepts {
		for _, ts := range c.Terms {
			if len(ts) > 0 && !strings.Contains(text, " "+strings.Join(strings.Fields(ts[0].Text), " ")+" ") {
				t.Errorf("the appendix lacks %q", ts[0].Text)
			}
		}
	}
}

// TestPDFInterlinear: on Letter paper and interlinear, every bead's
// sentences follow each other, language by language, every word there.
func TestPDFInterlinear(t *testing.T) {
	h, name := writeSamplePDF(t, Options{Title: "T", Page: Letter, Layout: Interlinear})
	sizes, ws := bboxPages(t, name)
	if sizes[0] != [2]float64{612, 792} {
		t.Errorf("page size %v, want Letter", sizes[0])
	}
	// The text starts below the title block on page 1, below the header
	// on the others, and ends where the appendix begins.
	first, appendix := 0.0, len(sizes)+1
	for _, w := range ws {
		if w.page == 1 && w.text == "Date:" || w.page == 1 && w.text == testLabels.Files+":" {
			first = max(first, w.yMax+1)
		}
		if w.text == testLabels.Glossary && w.yMin < pdfMargin+pdfHeaderGap+20 {
			appendix = min(appendix, w.page)
		}
	}
	var body []bboxWord
	for _, w := range ws {
		if w.xMin > pdfMargin+20 || w.yMin < pdfMargin+pdfHeaderGap { // not the gutter's labels, not the header
			body = append(body, w)
		}
	}
	got, _ := textWords(body, func(page int) float64 {
		switch {
		case page == 1:
			return first
		case page >= appendix:
			return math.Inf(1)
		}
		return pdfMargin + pdfHeaderGap
	}, func(float64) int { return 0 })
	var want []string
	for _, r := range h.Rows {
		for _, c := range r.Cells {
			want = append(want, strings.Fields(cellText(c))...)
		}
	}
	if len(got) != 1 || !slices.Equal(got[0], want) {
		var g []string
		if len(got) > 0 {
			g = got[0]
		}
		t.Errorf("interlinear: %s", firstDiff(g, want))
	}
}

// TestPDFLayout: lines are no wider than their column and break at
// spaces; a word wider than the column is broken; nothing is lost.
func TestPDFLayout(t *testing.T) {
	d, err := newPDFDoc(&Handout{Title: "t", Langs: []string{"en"}}, testLabels)
	if err != nil {
		t.Fatal(err)
	}
	st := pdfStyle{font: fontRegular, size: 10}
	long := "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft"
	text := "Short words, then " + long + " and «оттепель» — №5."
	whole := strings.Fields(text)
	for _, width := range []float64{3, 40, 90, 200, 1000} {
		lines := d.layout([]piece{{text: text, st: st}, {text: "7", st: st, sup: true}}, width, st)
		var all strings.Builder
		for i, ln := range lines {
			w := 0.0
			for j, wd := range ln.words {
				if j > 0 {
					w += ln.space
				}
				var s strings.Builder
				sum := 0.0
				for _, f := range wd.frags {
					if math.Abs(d.width(f.text, f.st)-f.w) > 1e-6 {
						t.Errorf("%q measured %v, is %v", f.text, f.w, d.width(f.text, f.st))
					}
					s.WriteString(f.text)
					sum += f.w
				}
				if math.Abs(sum-wd.w) > 1e-6 {
					t.Errorf("word %q is %v wide, its pieces %v", s.String(), wd.w, sum)
				}
				w += wd.w
				all.WriteString(s.String())
				// A word is whole, or a piece of a word wider than the line.
				ws := strings.TrimSuffix(s.String(), "7")
				if !slices.Contains(whole, ws) && !slices.ContainsFunc(whole, func(v string) bool {
					return strings.Contains(v, ws) && d.width(v, st) > width
				}) {
					t.Errorf("width %v: %q is neither a word of the text nor a piece of one wider than the line", width, s.String())
				}
			}
			// A line is too wide only when it is one rune wider than the
			// column.
			if w > width+1e-6 && !(len(ln.words) == 1 && utf8.RuneCountInString(ln.words[0].frags[0].text) == 1) {
				t.Errorf("width %v: line %d is %v wide", width, i, w)
			}
		}
		if got, want := all.String(), strings.Join(whole, "")+"7"; got != want {
			t.Errorf("width %v: the lines hold %q, want %q", width, got, want)
		}
		if width == 1000 && len(lines) != 1 {
			t.Errorf("width 1000: %d lines", len(lines))
		}
		if width == 40 && len(lines) < 8 {
			t.Errorf("width 40: %d lines; is the long word broken?", len(lines))
		}
	}
}

// longHandout is the sample's handout with its rows repeated copies
// times, each copy its own paragraphs.
func longHandout(tb testing.TB, copies int) *Handout {
	set, _ := sample(tb)
	h := Build(set, Options{Title: "Destalinización"})
	long := *h
	long.Rows = nil
	paras := h.Rows[len(h.Rows)-1].Para + 1
	for c := range copies {
		for _, r := range h.Rows {
			r.Para += c * paras
			long.Rows = append(long.Rows, r)
		}
	}
	return &long
}

// BenchmarkPDFLong writes a handout of about 200 pages: the sample's
// rows 90 times over.
func BenchmarkPDFLong(b *testing.B) {
	h := longHandout(b, 90)
	var size int
	for b.Loop() {
		var out bytes.Buffer
		if err := WritePDF(&out, h, testLabels); err != nil {
			b.Fatal(err)
		}
		size = out.Len()
	}
	b.ReportMetric(float64(size)/1e6, "MB/pdf")
	var out bytes.Buffer
	WritePDF(&out, h, testLabels)
	b.ReportMetric(float64(bytes.Count(out.Bytes(), []byte("/Type /Page"))-bytes.Count(out.Bytes(), []byte("/Type /Pages"))), "pages")
}

// TestPDFTallRow: a row taller than a page breaks between lines, each
// cell carrying on at the top of the next page; an empty cell stays
// empty; every word is there, in its column.
func TestPDFTallRow(t *testing.T) {
	var long []string
	for i := range 1500 {
		long = append(long, fmt.Sprintf("palabra%d", i))
	}
	h := &Handout{Title: "Tall", Langs: []string{"es", "en", "ru"}, Files: []string{"a", "b", "c"}, Rows: []Row{
		{Para: 0, Cells: []Cell{{Spans: []Span{{Text: "Antes."}}}, {Spans: []Span{{Text: "Before."}}}, {Spans: []Span{{Text: "До."}}}}},
		{Para: 0, Cells: []Cell{{Spans: []Span{{Text: strings.Join(long[:700], " ")}, {Text: "término", Concepts: []int{1}}, {Text: " " + strings.Join(long[700:], " ")}}}, {Spans: []Span{{Text: "Short."}}}, {}}},
		{Para: 1, Cells: []Cell{{Spans: []Span{{Text: "Después."}}}, {}, {Spans: []Span{{Text: "После."}}}}},
	}}
	sizes, ws := bboxPages(t, writePDF(t, h))
	if len(sizes) < 3 {
		t.Fatalf("%d pages; 1500 words in a column take more than two", len(sizes))
	}
	n := 3
	total := sizes[0][0] - 2*pdfMargin
	col := func(x float64) int { return min(n-1, max(0, int((x-pdfMargin)/(total/float64(n))))) }
	below := func(page int) float64 { // below the heads, which every page of text has
		for _, w := range ws {
			if w.page == page && w.text == "es" && math.Abs(w.xMin-(pdfMargin+pdfPad)) < 0.5 {
				return w.yMax + 2
			}
		}
		return math.Inf(1)
	}
	got, sups := textWords(ws, below, col)
	for k := range h.Langs {
		want := wantWords(h, k)
		if k >= len(got) || !slices.Equal(got[k], want) {
			var g []string
			if k < len(got) {
				g = got[k]
			}
			t.Errorf("%s column: %s", h.Langs[k], firstDiff(g, want))
		}
	}
	if !slices.Equal(sups, []string{"1"}) {
		t.Errorf("superscripts %q, want [1]", sups)
	}
	// The tall row starts on page 1, below the first row, and fills the
	// pages it breaks across down to the bottom margin; the next row
	// starts on the last of them.
	for p := 1; p < len(sizes); p++ {
		last := 0.0
		for _, w := range ws {
			if w.page == p && col(w.xMin) == 0 {
				last = max(last, w.yMax)
			}
		}
		if bottom := sizes[0][1] - pdfMargin; last < bottom-30 || last > bottom {
			t.Errorf("page %d's text ends at %v, the page at %v", p, last, bottom)
		}
	}
	for _, w := range ws {
		if w.text == "Después." && w.page != len(sizes) {
			t.Errorf("the next row is on page %d of %d", w.page, len(sizes))
		}
	}
}

// FuzzPDF: any text makes a PDF (runes the fonts lack print as "?",
// control characters as spaces).
func FuzzPDF(f *testing.F) {
	f.Add("Hello «мир» — №5, ñandú", "x\x00y\tz\n\u200b😀\xff", "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft")
	f.Add("", "", "")
	f.Fuzz(func(t *testing.T, title, a, b string) {
		h := &Handout{Title: title, Langs: []string{a, "en"}, Files: []string{b, title}, Date: a,
			Rows: []Row{
				{Cells: []Cell{{Spans: []Span{{Text: a}, {Text: b, Concepts: []int{1, 2}}}}, {Spans: []Span{{Text: b}}}}},
				{Para: 1, Cells: []Cell{{Spans: []Span{{Text: b, Concepts: []int{}}, {Text: a, Concepts: []int{-9}}}}}}, // too few cells, odd numbers
			},
			Concepts: []Concept{{Number: 1, ID: "a", Note: b, Terms: [][]Term{{{Text: a}}, {{Text: b, Status: 3}}}, Count: []int{1, 0}},
				{Number: 2, ID: "b", Terms: [][]Term{{{Text: title}}, nil}, Count: []int{1, 1}}}}
		var out bytes.Buffer
		if err := WritePDF(&out, h, Labels{Glossary: a, Number: b, Count: title, PageOf: func(p, n int) string { return a }}); err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(out.Bytes(), []byte("%PDF-")) {
			t.Fatalf("output starts with %.10q", out.Bytes())
		}
	})
}

// pdfPages is pdftotext's text of each page.
func pdfPages(t *testing.T, name string) []string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Skip("no pdftotext (poppler-utils) in PATH")
	}
	out, err := exec.Command("pdftotext", "-enc", "UTF-8", name, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	return strings.Split(strings.TrimSuffix(string(out), "\f"), "\f")
}

// TestPDFCloze: the cloze PDF shows numbered blanks where the Russian
// terms were, never the terms, and its last page is the key with every
// blanked term; the index of each language follows the appendix.
func TestPDFCloze(t *testing.T) {
	h, name := writeSamplePDF(t, Options{Title: "T", Cloze: "ru"})
	pages := pdfPages(t, name)
	all := strings.Join(pages, "\n")
	text, _, ok := strings.Cut(all, "\nGlossary")
	if !ok {
		t.Fatal("no appendix")
	}
	if !strings.Contains(text, "Fill in the gaps.") {
		t.Error("no instruction")
	}
	for _, a := range h.Key {
		if !strings.Contains(text, fmt.Sprintf("(%d)_", a.Gap)) {
			t.Errorf("gap %d is not in the text", a.Gap)
		}
	}
	if strings.Contains(strings.ToLower(text), "оттепел") {
		t.Error("a blanked term shows in the text")
	}
	key := pages[len(pages)-1]
	if !strings.Contains(key, "Answer key") {
		t.Fatalf("the last page is not the key:\n%.300s", key)
	}
	flat := strings.Join(strings.Fields(key), " ")
	for _, a := range h.Key {
		if !strings.Contains(flat, fmt.Sprintf("%d. %s", a.Gap, strings.Join(strings.Fields(a.Text), " "))) {
			t.Errorf("the key lacks %d. %s", a.Gap, a.Text)
		}
	}
	for _, l := range h.Langs {
		if !strings.Contains(all, "Index: "+l) {
			t.Errorf("no index for %s", l)
		}
	}
}

// TestPDFAppendixOnly: a vocabulary sheet has the glossary and no text.
func TestPDFAppendixOnly(t *testing.T) {
	_, name := writeSamplePDF(t, Options{Title: "T", AppendixOnly: true})
	all := strings.Join(pdfPages(t, name), "\n")
	if strings.Contains(all, "proceso iniciado") || !strings.Contains(all, "deshielo") || !strings.Contains(all, "Index: ru") {
		t.Errorf("not a vocabulary sheet:\n%.500s", all)
	}
}

package handout

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/glosa-dev/glosa/glossary"
)

// WritePDF writes the handout as a PDF on A4 paper, or Letter when
// h.Page is Letter, with the Go fonts embedded (subset, with a ToUnicode
// map, so the text extracts with the right characters).
//
// Every page has a header with the title and "page N of M" (the pages are
// numbered once the document is laid out, before it is written). Page 1
// starts with the title block. The text is set in a column per language
// (or, when h.Layout is Interlinear, each bead's sentences one under
// the other, the original smaller and grey); a row's cells start at one
// height and the row is as tall as its tallest cell. A page breaks only
// between rows, unless a row is taller than a whole page: such a row
// starts where the page is (when a line of each cell fits) and breaks
// between lines, every cell carrying on at the top of the next page.
// Glossary terms are underlined in their concept's colour and line style
// (solid, dashed, dotted or double, thin or thick, so that the marks stay
// apart in grey) with the concept's number in superscript. The appendix
// starts on a new page.
//
// The document is built in memory (gopdf's model) and written to w at
// the end.
func WritePDF(w io.Writer, h *Handout, l Labels) error {
	d, err := newPDFDoc(h, l)
	if err != nil {
		return err
	}
	d.titleBlock()
	switch {
	case h.AppendixOnly:
	case h.Layout == Interlinear:
		d.exercise()
		d.interlinear()
	default:
		d.exercise()
		d.columns()
	}
	if len(h.Concepts) > 0 {
		d.appendix()
		d.index()
	}
	if len(h.Key) > 0 {
		d.key()
	}
	if err := d.numberPages(); err != nil {
		return err
	}
	if d.err != nil {
		return d.err
	}
	_, err = d.gp.WriteTo(w)
	return err
}

// The page's geometry and the type sizes, in points.
const (
	pdfMargin    = 42.5 // 15 mm
	pdfHeaderGap = 20   // from the top margin to the header's rule
	pdfPad       = 4    // a cell's padding
	pdfParaGap   = 7    // between paragraphs
	pdfLeading   = 1.3  // line height, times the type size
	pdfSupScale  = 0.62 // a superscript's size, times the text's
	pdfSupRise   = 0.38 // a superscript's rise, times the text's size
)

type pdfFont int

const (
	fontRegular pdfFont = iota
	fontBold
	fontItalic
	fontBoldItalic
)

var pdfFonts = [...]struct {
	style string
	ttf   []byte
}{
	fontRegular:    {"", goregular.TTF},
	fontBold:       {"B", gobold.TTF},
	fontItalic:     {"I", goitalic.TTF},
	fontBoldItalic: {"BI", gobolditalic.TTF},
}

const pdfFamily = "go"

// A pdfStyle is how a piece of text is set.
type pdfStyle struct {
	font   pdfFont
	size   float64
	grey   uint8 // text colour, 0 for black
	strike bool
}

// A frag is a piece of a word set in one style.
type frag struct {
	text string
	st   pdfStyle
	rise float64
	mark int // the concept whose underline the piece carries, 0 for none
	span int // the term span the piece belongs to (to underline a term's spaces), 0 for none
	w    float64
}

// A word is what a line never breaks (unless it is wider than the line).
type word struct {
	frags []frag
	w     float64
}

// A pdfLine is a line of a cell: words set a space apart.
type pdfLine struct {
	words []word
	space float64  // the space's width
	h     float64  // the line's height
	base  pdfStyle // the style the space is measured in
	x     float64  // the indent from the cell's text edge
	label string   // a small label in the gutter (interlinear's language), or ""
}

// A pdfCell is a cell laid out: its lines, and whether it is empty.
type pdfCell struct {
	lines []pdfLine
	empty bool
}

type pdfDoc struct {
	gp     *gopdf.GoPdf
	h      *Handout
	l      Labels
	pageW  float64
	pageH  float64
	top    float64 // where a page's content starts
	bottom float64 // where it must end
	y      float64
	start  float64 // where the current page's rows start, below the heads
	heads  func()  // draws the table heads at the top of a page, or nil
	headsH float64 // their height
	curPen pdfPen  // the pen lines are drawn with, if penSet
	penSet bool
	widths [len(pdfFonts)]map[rune]float64
	st     pdfStyle // the current font, for setFont
	spans  int      // term spans numbered so far
	err    error
}

func newPDFDoc(h *Handout, l Labels) (*pdfDoc, error) {
	size := *gopdf.PageSizeA4
	if h.Page == Letter {
		size = *gopdf.PageSizeLetter
	}
	d := &pdfDoc{gp: &gopdf.GoPdf{}, h: h, l: l, pageW: size.W, pageH: size.H}
	d.top = pdfMargin + pdfHeaderGap + 8
	d.bottom = size.H - pdfMargin
	d.gp.Start(gopdf.Config{PageSize: size, Unit: gopdf.UnitPT})
	d.gp.SetInfo(gopdf.PdfInfo{Title: h.Title, Creator: "glosa"})
	for f, ff := range pdfFonts {
		opt := gopdf.TtfOption{Style: fontStyle(ff.style), OnGlyphNotFoundSubstitute: func(rune) rune { return '?' }}
		if err := d.gp.AddTTFFontDataWithOption(pdfFamily, ff.ttf, opt); err != nil {
			return nil, err
		}
		d.widths[f] = map[rune]float64{}
	}
	d.st.size = -1
	d.newPage()
	return d, nil
}

func fontStyle(s string) int {
	st := gopdf.Regular
	if strings.Contains(s, "B") {
		st |= gopdf.Bold
	}
	if strings.Contains(s, "I") {
		st |= gopdf.Italic
	}
	return st
}

// setFont makes st the current font.
func (d *pdfDoc) setFont(st pdfStyle) {
	if st.font != d.st.font || st.size != d.st.size {
		if err := d.gp.SetFont(pdfFamily, pdfFonts[st.font].style, st.size); err != nil && d.err == nil {
			d.err = err
		}
	}
	d.st = st
}

// width measures text in a style: the sum of its runes' advances (gopdf
// sets no kerning), each measured once per font.
func (d *pdfDoc) width(text string, st pdfStyle) float64 {
	ws := d.widths[st.font]
	total := 0.0
	for _, r := range text {
		w, ok := ws[r]
		if !ok {
			var err error
			if err = d.gp.SetFont(pdfFamily, pdfFonts[st.font].style, 1000); err == nil {
				w, err = d.gp.MeasureTextWidth(string(r))
			}
			if err != nil && d.err == nil {
				d.err = err
			}
			w /= 1000
			ws[r] = w
			d.st.size = -1 // the current font is not d.st any more
		}
		total += w
	}
	return total * st.size
}

// newPage starts a page with its header (the page number comes later)
// and the table heads, if any.
func (d *pdfDoc) newPage() {
	d.gp.AddPage()
	d.st.size = -1 // gopdf forgets nothing, but a page's stream starts afresh
	y := pdfMargin + pdfHeaderGap
	st := pdfStyle{font: fontRegular, size: 8, grey: 90}
	title := d.fit(clean(d.h.Title), st, d.pageW-2*pdfMargin-80)
	d.text(pdfMargin, y-5, title, st)
	d.penSet = false // a page's stream starts with the default pen
	d.pen(pdfPen{grey(150), 0.5, solid})
	d.gp.Line(pdfMargin, y, d.pageW-pdfMargin, y)
	d.y = d.top
	if d.heads != nil {
		d.heads()
	}
	d.start = d.y
}

// fit cuts text to a width, with an ellipsis.
func (d *pdfDoc) fit(text string, st pdfStyle, w float64) string {
	if d.width(text, st) <= w {
		return text
	}
	rs := []rune(text)
	for len(rs) > 0 && d.width(string(rs)+"…", st) > w {
		rs = rs[:len(rs)-1]
	}
	return string(rs) + "…"
}

// text writes text with its baseline at y.
func (d *pdfDoc) text(x, y float64, text string, st pdfStyle) {
	if text == "" {
		return
	}
	d.setFont(st)
	d.gp.SetTextColor(st.grey, st.grey, st.grey)
	d.gp.SetXY(x, y)
	if err := d.gp.Text(text); err != nil && d.err == nil {
		d.err = err
	}
}

// numberPages writes "page N of M" in every page's header.
func (d *pdfDoc) numberPages() error {
	m := d.gp.GetNumberOfPages()
	st := pdfStyle{font: fontRegular, size: 8, grey: 90}
	for n := 1; n <= m; n++ {
		if err := d.gp.SetPage(n); err != nil {
			return err
		}
		d.st.size = -1
		s := fmt.Sprintf("%d / %d", n, m)
		if d.l.PageOf != nil {
			s = d.l.PageOf(n, m)
		}
		s = clean(s)
		d.text(d.pageW-pdfMargin-d.width(s, st), pdfMargin+pdfHeaderGap-5, s, st)
	}
	return nil
}

// clean makes text printable on one line: control characters and line
// breaks become spaces.
func clean(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) || r == utf8.RuneError }) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// A piece is text to lay out in one style; layout breaks it into words at
// its spaces.
type piece struct {
	text string
	st   pdfStyle
	mark int
	span int
	sup  bool // a superscript, glued to what comes before
}

// layout breaks pieces into lines no wider than width, at spaces; a word
// wider than the line is broken where it reaches the edge.
func (d *pdfDoc) layout(ps []piece, width float64, base pdfStyle) []pdfLine {
	var words []word
	var cur word
	flush := func() {
		if len(cur.frags) > 0 {
			words = append(words, cur)
		}
		cur = word{}
	}
	add := func(f frag) {
		f.w = d.width(f.text, f.st)
		cur.frags = append(cur.frags, f)
		cur.w += f.w
	}
	for _, p := range ps {
		text := clean(p.text)
		if p.sup {
			st := p.st
			st.size *= pdfSupScale
			add(frag{text: text, st: st, rise: p.st.size * pdfSupRise, span: p.span})
			continue
		}
		start := -1
		for i, r := range text {
			switch {
			case unicode.IsSpace(r):
				if start >= 0 {
					add(frag{text: text[start:i], st: p.st, mark: p.mark, span: p.span})
					start = -1
				}
				flush()
			case start < 0:
				start = i
			}
		}
		if start >= 0 {
			add(frag{text: text[start:], st: p.st, mark: p.mark, span: p.span})
		}
	}
	flush()
	space := d.width(" ", base)
	line := pdfLine{space: space, h: base.size * pdfLeading, base: base}
	var lines []pdfLine
	lw := 0.0
	for _, wd := range words {
		if len(line.words) > 0 && lw+space+wd.w > width {
			lines = append(lines, line)
			line.words, lw = nil, 0
		}
		for wd.w > width {
			head, tail := d.breakWord(wd, width)
			line.words = append(line.words, head)
			lines = append(lines, line)
			line.words = nil
			wd = tail
		}
		if len(line.words) > 0 {
			lw += space
		}
		line.words = append(line.words, wd)
		lw += wd.w
	}
	if len(line.words) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// breakWord cuts a word wider than width into a head that fits (at least
// one rune) and the tail.
func (d *pdfDoc) breakWord(wd word, width float64) (head, tail word) {
	for i, f := range wd.frags {
		if head.w+f.w <= width {
			head.frags = append(head.frags, f)
			head.w += f.w
			continue
		}
		// Cut this fragment.
		cut := 0
		w := 0.0
		for j, r := range f.text {
			rw := d.width(string(r), f.st)
			if head.w+w+rw > width && (j > 0 || len(head.frags) > 0) {
				break
			}
			w += rw
			cut = j + utf8.RuneLen(r)
		}
		if cut > 0 {
			h := f
			h.text, h.w = f.text[:cut], w
			head.frags = append(head.frags, h)
			head.w += w
		}
		rest := f
		rest.text = f.text[cut:]
		rest.w = f.w - w
		if rest.text != "" {
			tail.frags = append(tail.frags, rest)
		}
		tail.frags = append(tail.frags, wd.frags[i+1:]...)
		break
	}
	for _, f := range tail.frags {
		tail.w += f.w
	}
	return head, tail
}

// drawLine sets a line with its top at y. Pieces in one style, and the
// spaces between them when they are in the line's base style, go out as
// one text (fewer PDF objects, and spaces that extract as spaces).
func (d *pdfDoc) drawLine(x, y float64, ln pdfLine) {
	base := y + ln.base.size
	x += ln.x
	if ln.label != "" {
		st := pdfStyle{font: fontBold, size: 6.5, grey: 120}
		d.text(x-ln.x, base, ln.label, st)
	}
	var run strings.Builder
	var runX, runRise float64
	var runSt pdfStyle
	flush := func() {
		if run.Len() > 0 {
			d.text(runX, base-runRise, run.String(), runSt)
			run.Reset()
		}
	}
	for i, wd := range ln.words {
		if i > 0 {
			prev := ln.words[i-1].frags[len(ln.words[i-1].frags)-1]
			next := wd.frags[0]
			if prev.span != 0 && prev.span == next.span && prev.mark != 0 && next.mark != 0 {
				d.underline(x, x+ln.space, base, next.mark, next.st.size)
			}
			if run.Len() > 0 && runSt.font == ln.base.font && runSt.size == ln.base.size && runRise == 0 {
				run.WriteByte(' ')
			} else {
				flush()
			}
			x += ln.space
		}
		for _, f := range wd.frags {
			if run.Len() > 0 && (f.st != runSt || f.rise != runRise) {
				flush()
			}
			if run.Len() == 0 {
				runX, runSt, runRise = x, f.st, f.rise
			}
			run.WriteString(f.text)
			if f.mark != 0 {
				d.underline(x, x+f.w, base, f.mark, f.st.size)
			}
			if f.st.strike {
				d.pen(pdfPen{grey(f.st.grey), 0.6, solid})
				d.gp.Line(x, base-f.st.size*0.3, x+f.w, base-f.st.size*0.3)
			}
			x += f.w
		}
	}
	flush()
}

// pdfPalette are the underline colours, HTML's with the light ones
// (orange, pink, cyan) darkened for paper, cycled by concept number; the
// line style cycles with them (solid, dashed, dotted, double; thin for
// the first four, thick for the others) so that two concepts of one grey
// still differ.
var pdfPalette = [...][3]uint8{
	{0x1f, 0x77, 0xb4}, {0xd6, 0x27, 0x28}, {0x2c, 0xa0, 0x2c}, {0x94, 0x67, 0xbd},
	{0xe6, 0x6a, 0x00}, {0x8c, 0x56, 0x4b}, {0xc2, 0x3b, 0x9a}, {0x0e, 0x93, 0xa3},
}

// underline draws concept n's mark under x0..x1.
func (d *pdfDoc) underline(x0, x1, base float64, n int, size float64) {
	k := ((n-1)%len(pdfPalette) + len(pdfPalette)) % len(pdfPalette)
	c := pdfPalette[k]
	width := 0.8
	if k >= 4 {
		width = 1.5
	}
	y := base + size*0.16 + width/2
	switch k % 4 {
	case 0:
		d.pen(pdfPen{c, width, solid})
	case 1:
		d.pen(pdfPen{c, width, dashed})
	case 2:
		d.pen(pdfPen{c, width, dotted})
	case 3: // double
		width *= 0.6
		d.pen(pdfPen{c, width, solid})
		d.gp.Line(x0, y-width, x1, y-width)
		y += width * 1.5
	}
	d.gp.Line(x0, y, x1, y)
}

// A pdfPen is how lines are drawn.
type pdfPen struct {
	colour [3]uint8
	width  float64
	dash   int // solid, dashed or dotted
}

const (
	solid = iota
	dashed
	dotted
)

func grey(g uint8) [3]uint8 { return [3]uint8{g, g, g} }

// pen sets how lines are drawn, writing only what changes.
func (d *pdfDoc) pen(p pdfPen) {
	if d.penSet && p == d.curPen {
		return
	}
	if !d.penSet || p.colour != d.curPen.colour {
		d.gp.SetStrokeColor(p.colour[0], p.colour[1], p.colour[2])
	}
	if !d.penSet || p.width != d.curPen.width {
		d.gp.SetLineWidth(p.width)
	}
	if !d.penSet || p.dash != d.curPen.dash {
		switch p.dash {
		case dashed:
			d.gp.SetCustomLineType([]float64{3, 1.5}, 0)
		case dotted:
			d.gp.SetCustomLineType([]float64{1.2, 1}, 0)
		default:
			d.gp.SetLineType("solid")
		}
	}
	d.curPen, d.penSet = p, true
}

// cellPieces are a text cell's pieces: its spans, each term followed by
// its numbers in superscript.
func (d *pdfDoc) cellPieces(c Cell, st pdfStyle) []piece {
	var ps []piece
	for _, s := range c.Spans {
		if s.Gap > 0 {
			// A gap: its number, then a blank of the words' shape.
			num := st
			num.font, num.size = fontBold, st.size*0.8
			ps = append(ps, piece{text: "(" + fmt.Sprint(s.Gap) + ")", st: num}, piece{text: s.Blank(), st: st})
			continue
		}
		if len(s.Concepts) == 0 {
			ps = append(ps, piece{text: s.Text, st: st})
			continue
		}
		d.spans++
		ps = append(ps, piece{text: s.Text, st: st, mark: s.Concepts[0], span: d.spans})
		sup := st
		sup.font = fontBold
		ps = append(ps, piece{text: numbers(s.Concepts, ","), st: sup, span: d.spans, sup: true})
	}
	return ps
}

// height is the height of lines.
func height(lines []pdfLine) float64 {
	h := 0.0
	for _, l := range lines {
		h += l.h
	}
	return h
}

// A pdfColumn is a table column: its left edge and width.
type pdfColumn struct{ x, w float64 }

// row sets a row of cells in columns, starting a page first when it does
// not fit (a row taller than a page starts where it is and breaks
// between lines); an empty cell has a grey background.
func (d *pdfDoc) row(cols []pdfColumn, cells []pdfCell) {
	from := make([]int, len(cells)) // the first line of each cell not yet set
	for {
		avail := d.bottom - d.y - 2*pdfPad
		// The lines of each cell that fit, and whether all do.
		upto := make([]int, len(cells))
		all := true
		for k, c := range cells {
			h := 0.0
			n := from[k]
			for n < len(c.lines) && h+c.lines[n].h <= avail+0.01 {
				h += c.lines[n].h
				n++
			}
			upto[k] = n
			if n < len(c.lines) {
				all = false
			}
		}
		if !all && d.y > d.start+0.01 {
			// A row that fits on a page starts a new one; a taller one
			// starts here if a line of each cell fits, and breaks.
			tall, fits := false, true
			for k, c := range cells {
				tall = tall || height(c.lines) > d.bottom-d.top-d.headsH-2*pdfPad
				fits = fits && (upto[k] > 0 || len(c.lines) == 0)
			}
			if !tall || !fits {
				d.newPage()
				continue
			}
		}
		rh := 0.0
		for k, c := range cells {
			rh = math.Max(rh, height(c.lines[from[k]:upto[k]]))
		}
		rh += 2 * pdfPad
		for k, c := range cells {
			if c.empty {
				d.gp.SetFillColor(240, 240, 240)
				d.gp.RectFromUpperLeftWithStyle(cols[k].x, d.y, cols[k].w, rh, "F")
			}
			y := d.y + pdfPad
			for _, ln := range c.lines[from[k]:upto[k]] {
				d.drawLine(cols[k].x+pdfPad, y, ln)
				y += ln.h
			}
		}
		d.pen(pdfPen{grey(200), 0.4, solid})
		left, right := cols[0].x, cols[len(cols)-1].x+cols[len(cols)-1].w
		d.gp.Line(left, d.y+rh, right, d.y+rh)
		for _, c := range cols[1:] {
			d.gp.Line(c.x, d.y, c.x, d.y+rh)
		}
		d.y += rh
		copy(from, upto)
		if all {
			return
		}
		d.newPage()
	}
}

// titleBlock writes the title, languages, files and date.
func (d *pdfDoc) titleBlock() {
	w := d.pageW - 2*pdfMargin
	st := pdfStyle{font: fontBold, size: 17}
	for _, ln := range d.layout([]piece{{text: d.h.Title, st: st}}, w, st) {
		if d.y+ln.h > d.bottom {
			d.newPage()
		}
		d.drawLine(pdfMargin, d.y, ln)
		d.y += ln.h
	}
	d.y += 4
	meta := func(label string, values []string) {
		lst := pdfStyle{font: fontBold, size: 9.5}
		vst := pdfStyle{font: fontRegular, size: 9.5}
		ps := []piece{{text: label + ": ", st: lst}, {text: strings.Join(values, " · "), st: vst}}
		for _, ln := range d.layout(ps, w, vst) {
			if d.y+ln.h > d.bottom {
				d.newPage()
			}
			d.drawLine(pdfMargin, d.y, ln)
			d.y += ln.h
		}
	}
	meta(d.l.Languages, d.h.Langs)
	meta(d.l.Files, d.h.Files)
	if d.h.Date != "" {
		meta(d.l.Date, []string{d.h.Date})
	}
	d.y += 10
}

// textSize is the text's type size for n columns.
func textSize(n int) float64 {
	if n >= 3 {
		return 9
	}
	return 10
}

// columns sets the rows in a column per language.
func (d *pdfDoc) columns() {
	n := len(d.h.Langs)
	if n == 0 {
		return
	}
	total := d.pageW - 2*pdfMargin
	cols := make([]pdfColumn, n)
	for k := range cols {
		cols[k] = pdfColumn{x: pdfMargin + total*float64(k)/float64(n), w: total / float64(n)}
	}
	st := pdfStyle{font: fontRegular, size: textSize(n)}
	d.heads = func() {
		hst := pdfStyle{font: fontBold, size: 8.5, grey: 40}
		d.gp.SetFillColor(232, 232, 232)
		d.gp.RectFromUpperLeftWithStyle(pdfMargin, d.y, total, 14, "F")
		for k, l := range d.h.Langs {
			d.text(cols[k].x+pdfPad, d.y+10, clean(l), hst)
		}
		d.y += 14
		d.headsH = 14
	}
	if d.y+14+2*st.size*pdfLeading > d.bottom {
		d.newPage()
	} else {
		d.heads()
	}
	for i, r := range d.h.Rows {
		if i > 0 && r.Para != d.h.Rows[i-1].Para && d.y > d.start+0.01 {
			d.y += pdfParaGap
		}
		cells := make([]pdfCell, n)
		for k := range cells {
			if k < len(r.Cells) && !r.Cells[k].Empty() {
				cells[k].lines = d.layout(d.cellPieces(r.Cells[k], st), cols[k].w-2*pdfPad, st)
			}
			cells[k].empty = len(cells[k].lines) == 0
		}
		d.row(cols, cells)
	}
	d.heads, d.headsH = nil, 0
}

// interlinear sets each row's cells one under the other, a language
// label in the gutter; the original (the first language) smaller and
// grey.
func (d *pdfDoc) interlinear() {
	const gutter = 22
	total := d.pageW - 2*pdfMargin
	cols := []pdfColumn{{x: pdfMargin, w: total}}
	tw := total - 2*pdfPad - gutter
	for i, r := range d.h.Rows {
		if i > 0 && r.Para != d.h.Rows[i-1].Para && d.y > d.start+0.01 {
			d.y += pdfParaGap
		}
		var cell pdfCell
		for k, c := range r.Cells {
			if c.Empty() {
				continue
			}
			st := pdfStyle{font: fontRegular, size: 10.5}
			if k == 0 && len(r.Cells) > 1 {
				st = pdfStyle{font: fontRegular, size: 9, grey: 85}
			}
			lines := d.layout(d.cellPieces(c, st), tw, st)
			for j := range lines {
				lines[j].x = gutter
			}
			if len(lines) > 0 {
				if k < len(d.h.Langs) {
					lines[0].label = clean(d.h.Langs[k])
				}
				lines[len(lines)-1].h += 2
			}
			cell.lines = append(cell.lines, lines...)
		}
		d.row(cols, []pdfCell{cell})
	}
}

// appendix sets the glossary on a new page: a table of number, terms per
// language (preferred in bold; admitted, deprecated and forbidden ones
// labelled, deprecated and forbidden in grey, forbidden struck out),
// count and note.
func (d *pdfDoc) appendix() {
	d.heads, d.headsH = nil, 0
	d.heading(d.l.Glossary, 13, true)
	total := d.pageW - 2*pdfMargin
	st := pdfStyle{font: fontRegular, size: 9}
	hst := pdfStyle{font: fontBold, size: 8.5, grey: 40}
	// The number's and the count's columns are as wide as their widest
	// text, the rest share what is left.
	numW := math.Max(d.width(d.l.Number, hst), d.width(fmt.Sprint(len(d.h.Concepts)), st)) + 2*pdfPad + 2
	countW := d.width(d.l.Count, hst)
	for _, c := range d.h.Concepts {
		countW = math.Max(countW, d.width(numbers(c.Count, " · "), st))
	}
	countW = math.Min(countW+2*pdfPad+2, total/5)
	n := len(d.h.Langs)
	share := (total - numW - countW) / float64(n+1)
	cols := []pdfColumn{{pdfMargin, numW}}
	x := pdfMargin + numW
	for range n {
		cols = append(cols, pdfColumn{x, share})
		x += share
	}
	cols = append(cols, pdfColumn{x, countW}, pdfColumn{x + countW, share})
	heads := append(append([]string{d.l.Number}, d.h.Langs...), d.l.Count, d.l.Note)
	d.heads = func() {
		cells := make([]pdfCell, len(cols))
		hh := 0.0
		for k, t := range heads {
			cells[k].lines = d.layout([]piece{{text: t, st: hst}}, cols[k].w-2*pdfPad, hst)
			hh = math.Max(hh, height(cells[k].lines))
		}
		d.gp.SetFillColor(232, 232, 232)
		d.gp.RectFromUpperLeftWithStyle(pdfMargin, d.y, total, hh+2*pdfPad, "F")
		for k, c := range cells {
			y := d.y + pdfPad
			for _, ln := range c.lines {
				d.drawLine(cols[k].x+pdfPad, y, ln)
				y += ln.h
			}
		}
		d.y += hh + 2*pdfPad
		d.headsH = hh + 2*pdfPad
	}
	d.heads()
	for _, c := range d.h.Concepts {
		cells := make([]pdfCell, len(cols))
		num := st
		num.font = fontBold
		d.spans++
		cells[0].lines = d.layout([]piece{{text: fmt.Sprint(c.Number), st: num, mark: c.Number, span: d.spans}}, numW-2*pdfPad, st)
		for k, ts := range c.Terms {
			if k+1 >= len(cols)-2 {
				break
			}
			for _, t := range ts {
				cells[k+1].lines = append(cells[k+1].lines, d.layout(d.termPieces(t.Text, t.Status, st), cols[k+1].w-2*pdfPad, st)...)
			}
		}
		cells[len(cols)-2].lines = d.layout([]piece{{text: numbers(c.Count, " · "), st: st}}, countW-2*pdfPad, st)
		cells[len(cols)-1].lines = d.layout([]piece{{text: c.Note, st: st}}, share-2*pdfPad, st)
		d.row(cols, cells)
	}
	d.heads, d.headsH = nil, 0
}

// termPieces set a term of the appendix or an index as its status asks:
// preferred in bold; admitted, deprecated and forbidden labelled,
// deprecated and forbidden in grey, forbidden struck out.
func (d *pdfDoc) termPieces(text string, s glossary.Status, st pdfStyle) []piece {
	tst := st
	switch s {
	case glossary.Preferred:
		tst.font = fontBold
	case glossary.Deprecated:
		tst.grey = 100
	case glossary.Forbidden:
		tst.grey, tst.strike = 100, true
	}
	ps := []piece{{text: text, st: tst}}
	if w := d.l.word(s); w != "" {
		ps = append(ps, piece{text: " (" + w + ")", st: pdfStyle{font: fontItalic, size: st.size * 0.9, grey: tst.grey}})
	}
	return ps
}

// exercise writes the cloze exercise's instruction, when there is one.
func (d *pdfDoc) exercise() {
	if d.h.Cloze == "" {
		return
	}
	st := pdfStyle{font: fontItalic, size: 10}
	for _, ln := range d.layout([]piece{{text: d.l.Exercise, st: st}}, d.pageW-2*pdfMargin, st) {
		d.drawLine(pdfMargin, d.y, ln)
		d.y += ln.h
	}
	d.y += 8
}

// heading writes a section's heading, on a new page if the heading and a
// few lines after it do not fit.
func (d *pdfDoc) heading(text string, size float64, newPage bool) {
	if newPage || d.y+size*5 > d.bottom {
		d.newPage()
	}
	st := pdfStyle{font: fontBold, size: size}
	d.text(pdfMargin, d.y+size, d.fit(clean(text), st, d.pageW-2*pdfMargin), st)
	d.y += size * 1.7
}

// index writes the index of each language: its terms in its alphabetical
// order, each with its concept's number, down then across three columns.
func (d *pdfDoc) index() {
	st := pdfStyle{font: fontRegular, size: 8.5}
	for _, ix := range d.h.Index {
		if len(ix.Entries) == 0 {
			continue
		}
		d.y += 6
		d.heading(d.l.Index+": "+ix.Lang, 11, false)
		items := make([][]piece, len(ix.Entries))
		for i, e := range ix.Entries {
			items[i] = d.termPieces(e.Text, e.Status, st)
			items[i] = append(items[i], piece{text: " " + fmt.Sprint(e.Concept), st: pdfStyle{font: fontBold, size: st.size, grey: 90}})
		}
		d.list(items, st)
	}
}

// key writes the cloze exercise's answers on a page of their own.
func (d *pdfDoc) key() {
	d.heading(d.l.Key, 13, true)
	st := pdfStyle{font: fontRegular, size: 9.5}
	items := make([][]piece, len(d.h.Key))
	for i, a := range d.h.Key {
		items[i] = []piece{{text: fmt.Sprint(a.Gap) + ". ", st: pdfStyle{font: fontBold, size: st.size}}, {text: a.Text, st: st}}
	}
	d.list(items, st)
}

// list sets items in three columns, down then across: on the last page
// the columns are balanced, on the others they run to the bottom. An item
// is never split between columns or pages.
func (d *pdfDoc) list(items [][]piece, st pdfStyle) {
	const ncol = 3
	total := d.pageW - 2*pdfMargin
	cw := total / ncol
	laid := make([][]pdfLine, len(items))
	left := 0.0
	for i, it := range items {
		laid[i] = d.layout(it, cw-2*pdfPad, st)
		left += height(laid[i])
	}
	for i := 0; i < len(laid); {
		avail := d.bottom - d.y
		target := avail
		if h := left/ncol + 2*st.size*pdfLeading; h < avail {
			target = h // the rest fits: balance the columns
		}
		placed, bottom := i, d.y
		for c := 0; c < ncol && placed < len(laid); c++ {
			y := d.y
			for placed < len(laid) {
				h := height(laid[placed])
				if y+h > d.bottom+0.01 || y-d.y > 0 && y+h-d.y > target+0.01 {
					break
				}
				for _, ln := range laid[placed] {
					d.drawLine(pdfMargin+float64(c)*cw+pdfPad, y, ln)
					y += ln.h
				}
				left -= h
				placed++
			}
			bottom = math.Max(bottom, y)
		}
		if placed == i { // not even one item fits here
			d.newPage()
			continue
		}
		i = placed
		d.y = bottom
		if i < len(laid) {
			d.newPage()
		}
	}
}

package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
)

func init() {
	glossary.RegisterFormat(glossary.Format{
		Name: "csv", Extensions: []string{".csv"},
		Sniff: func(head []byte) bool { return sniff(head, ',') },
		Read:  func(b *glossary.Builder, name string, src []byte) { read(b, name, src, ',') },
		Write: func(w io.Writer, g *glossary.Glossary) error { return write(w, g, ',') },
	})
	glossary.RegisterFormat(glossary.Format{
		Name: "tsv", Extensions: []string{".tsv", ".tab"},
		Sniff: func(head []byte) bool { return sniff(head, '\t') },
		Read:  func(b *glossary.Builder, name string, src []byte) { read(b, name, src, '\t') },
		Write: func(w io.Writer, g *glossary.Glossary) error { return write(w, g, '\t') },
	})
}

// role is what a column holds.
type role uint8

const (
	unknown role = iota
	idCol
	domainCol
	noteCol
	caseCol
	matchCol
	termCol // terms of a language, with a status
)

// roleNames are the header names of the fields, lower case, with blanks,
// "_" and "-" removed.
var roleNames = map[string]role{
	"id": idCol, "concept": idCol, "conceptid": idCol, "code": idCol,
	"domain": domainCol, "subject": domainCol, "subjectfield": domainCol, "standard": domainCol,
	"note": noteCol, "notes": noteCol, "definition": noteCol, "comment": noteCol, "comments": noteCol, "description": noteCol,
	"case": caseCol, "match": matchCol,
}

// A kind of term column: plain (first preferred, the rest admitted), or
// every term of one status, or forms.
type kind uint8

const (
	plain kind = iota
	admitted
	deprecated
	forbidden
	forms
)

var kindNames = map[string]kind{
	"admitted": admitted, "allowed": admitted, "synonyms": admitted,
	"deprecated": deprecated, "obsolete": deprecated, "superseded": deprecated,
	"forbidden": forbidden, "prohibited": forbidden, "banned": forbidden,
	"forms": forms, "inflections": forms,
}

// kindWords are the names writers use.
var kindWords = [...]string{plain: "", admitted: "admitted", deprecated: "deprecated", forbidden: "forbidden", forms: "forms"}

// column is one column of a header.
type column struct {
	header string
	pos    glossary.Pos
	role   role
	lang   string // as written, for a term column
	kind   kind
	bad    bool // a status column whose language is no tag
}

// classify tells what a header cell names.
func classify(h string) column {
	h = strings.TrimSpace(h)
	c := column{header: h}
	key := strings.Map(func(r rune) rune {
		if r == ' ' || r == '_' || r == '-' {
			return -1
		}
		return unicode.ToLower(r)
	}, h)
	if r, ok := roleNames[key]; ok {
		c.role = r
		return c
	}
	if isTag(h) {
		c.role, c.lang = termCol, h
		return c
	}
	lang, word := splitStatus(h)
	if k, ok := kindNames[strings.ToLower(word)]; ok && lang != "" {
		c.role, c.lang, c.kind, c.bad = termCol, lang, k, !isTag(lang)
	}
	return c
}

// isTag reports whether s is a language tag (und is none).
func isTag(s string) bool {
	t, err := language.Parse(s)
	return err == nil && s != "" && t != language.Und
}

// splitStatus splits "es:deprecated", "es deprecated", "es_deprecated",
// "es-deprecated" or "es (deprecated)" into language and status word.
func splitStatus(h string) (lang, word string) {
	if strings.HasSuffix(h, ")") {
		if i := strings.LastIndexByte(h, '('); i > 0 {
			return strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+1 : len(h)-1])
		}
	}
	i := strings.LastIndexAny(h, ": _-")
	if i <= 0 {
		return "", ""
	}
	return strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+1:])
}

// sniff reports whether the first line of head is a header: two cells or
// more, each a field name, a language tag or a status column, one at
// least a language. A TOML file never is one: its first line is a table
// header, a comment or a key and "=", none of which is such a cell.
func sniff(head []byte, comma byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	cells := strings.Split(strings.TrimSuffix(string(line), "\r"), string(comma))
	if len(cells) < 2 {
		return false
	}
	langs := 0
	for _, cell := range cells {
		cell = strings.TrimSpace(cell)
		if len(cell) >= 2 && cell[0] == '"' && cell[len(cell)-1] == '"' {
			cell = cell[1 : len(cell)-1]
		}
		c := classify(cell)
		switch {
		case c.role == unknown || c.bad:
			return false
		case c.role == termCol && c.kind == plain:
			langs++
		}
	}
	return langs > 0
}

// reader is one file being read.
type reader struct {
	b     *glossary.Builder
	name  string
	src   []byte
	lines []int // byte offset of each line's start
	last  lastPos
	cols  []column
}

// lastPos is the last place offPos computed.
type lastPos struct{ line, off, col int }

// row is a data row, read.
type row struct {
	in     glossary.ConceptInput
	idCell bool // the row has a non-empty id cell
	// first is the row's first preferred term (firstPref), else its first
	// approved one, for a made id.
	first     string
	firstP    glossary.Pos
	firstPref bool
}

// maxSyntax bounds the syntax errors reported for one file.
const maxSyntax = 50

func read(b *glossary.Builder, name string, src []byte, comma rune) {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	r := &reader{b: b, name: name, src: src, lines: []int{0}}
	for i, c := range src {
		if c == '\n' {
			r.lines = append(r.lines, i+1)
		}
	}
	if !utf8.Valid(src) {
		off := 0
		for off < len(src) {
			ch, size := utf8.DecodeRune(src[off:])
			if ch == utf8.RuneError && size <= 1 {
				break
			}
			off += size
		}
		r.errorf(r.offPos(off), "SheetBadUTF8", nil)
		return
	}
	cr := csv.NewReader(bytes.NewReader(src))
	cr.Comma = comma
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	var rows []row
	syntax := 0
	header := false
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			if syntax++; syntax <= maxSyntax {
				r.syntaxError(pe)
			}
			continue
		}
		if err != nil { // no other error reading from memory
			r.errorf(glossary.Pos{Line: 1, Col: 1}, "SheetSyntax", map[string]any{"Err": err.Error()})
			return
		}
		if blank(rec) {
			continue
		}
		if !header {
			header = true
			if !r.header(cr, rec) {
				return
			}
			continue
		}
		rows = append(rows, r.row(cr, rec, len(rows)))
	}
	if !header {
		if syntax == 0 {
			r.errorf(glossary.Pos{Line: 1, Col: 1}, "SheetNoHeader", nil)
		}
		return
	}
	b.File(name)
	r.assignIDs(rows)
	for _, rw := range rows {
		b.Add(rw.in)
	}
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (r *reader) errorf(p glossary.Pos, id string, data map[string]any) {
	r.report(p, diag.Error, id, data)
}

func (r *reader) report(p glossary.Pos, sev diag.Severity, id string, data map[string]any) {
	r.b.Report(diag.Diagnostic{File: r.name, Line: p.Line, Col: p.Col, Severity: sev, ID: id, Data: data})
}

// offPos is the place of a byte offset: line and column in code points.
// Successive offsets on one line are counted from the last one, so that a
// long line costs its length once.
func (r *reader) offPos(off int) glossary.Pos {
	lo, hi := 0, len(r.lines)
	for lo < hi { // the last line starting at or before off
		m := (lo + hi) / 2
		if r.lines[m] <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	line := lo
	from, col := r.lines[line-1], 1
	if r.last.line == line && r.last.off <= off {
		from, col = r.last.off, r.last.col
	}
	col += utf8.RuneCount(r.src[from:off])
	r.last = lastPos{line, off, col}
	return glossary.Pos{Line: line, Col: col}
}

// offset is the byte offset of csv's line and byte column.
func (r *reader) offset(line, col int) int {
	if line < 1 {
		return 0
	}
	if line > len(r.lines) {
		return len(r.src)
	}
	return min(r.lines[line-1]+col-1, len(r.src))
}

func (r *reader) syntaxError(pe *csv.ParseError) {
	id := "SheetSyntax"
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		id = "SheetBareQuote"
	case errors.Is(pe.Err, csv.ErrQuote):
		id = "SheetQuote"
	}
	data := map[string]any{"Err": pe.Err.Error()}
	if pe.StartLine != pe.Line {
		data["Start"] = pe.StartLine
		if id == "SheetQuote" {
			id = "SheetQuoteFrom"
		}
	}
	r.errorf(r.offPos(r.offset(pe.Line, pe.Column)), id, data)
}

// cellPos is the place of byte k of field i of the record just read.
func (r *reader) cellPos(cr *csv.Reader, i int, value string, k int) glossary.Pos {
	c := r.cell(cr, i, value)
	return c.pos(k)
}

// A cellCursor finds the places of a cell's bytes, in increasing order.
type cellCursor struct {
	r      *reader
	value  string
	quoted bool
	start  int // the byte offset of the value's first byte
	v, j   int // a byte of the value and its offset in the file
}

func (r *reader) cell(cr *csv.Reader, i int, value string) cellCursor {
	line, col := cr.FieldPos(i)
	off := r.offset(line, col)
	c := cellCursor{r: r, value: value, start: off, j: off}
	if off < len(r.src) && r.src[off] == '"' {
		c.quoted, c.start, c.j = true, off+1, off+1
	}
	return c
}

// pos is the place of byte k of the value; k must not decrease from one
// call to the next.
func (c *cellCursor) pos(k int) glossary.Pos {
	src := c.r.src
	if !c.quoted {
		return c.r.offPos(min(c.start+k, len(src)))
	}
	// A quoted cell: "" is one quote, CRLF one line break.
	for ; c.v < k && c.j < len(src); c.v++ {
		switch {
		case src[c.j] == '"':
			c.j += 2
		case src[c.j] == '\r' && c.j+1 < len(src) && src[c.j+1] == '\n' && c.value[c.v] == '\n':
			c.j += 2
		default:
			c.j++
		}
	}
	return c.r.offPos(min(c.j, len(src)))
}

// header reads the header row; false means nothing more can be read.
func (r *reader) header(cr *csv.Reader, rec []string) bool {
	r.cols = make([]column, len(rec))
	seen := map[string]int{}
	langs := 0
	ok := true
	for i, h := range rec {
		c := classify(h)
		c.pos = r.cellPos(cr, i, h, len(h)-len(strings.TrimLeft(h, " \t")))
		data := map[string]any{"Column": i + 1, "Header": c.header}
		var key string
		switch c.role {
		case unknown:
			if c.header != "" {
				r.report(c.pos, diag.Warning, "SheetUnknownColumn", data)
			}
		case termCol:
			tag, good := r.b.Lang(r.name, c.pos, c.lang)
			if !good {
				ok = false
				c.role = unknown
				break
			}
			c.lang = tag
			key = tag + ":" + kindWords[c.kind]
			if c.kind == plain {
				langs++
			}
		case noteCol:
		default:
			key = strconv.Itoa(int(c.role))
		}
		if key != "" {
			if prev, dup := seen[key]; dup {
				data["Other"], data["OtherHeader"] = prev+1, r.cols[prev].header
				r.errorf(c.pos, "SheetDuplicateColumn", data)
				ok = false
			} else {
				seen[key] = i
			}
		}
		r.cols[i] = c
	}
	if ok && langs == 0 {
		r.errorf(r.cols[0].pos, "SheetNoLanguage", nil)
		return false
	}
	if !ok {
		return false
	}
	for i, c := range r.cols {
		data := map[string]any{"Column": i + 1, "Header": c.header}
		id := ""
		switch c.role {
		case idCol:
			id = "SheetColumnID"
		case domainCol:
			id = "SheetColumnDomain"
		case noteCol:
			id = "SheetColumnNote"
		case caseCol:
			id = "SheetColumnCase"
		case matchCol:
			id = "SheetColumnMatch"
		case termCol:
			data["Lang"] = c.lang
			id = [...]string{plain: "SheetColumnTerms", admitted: "SheetColumnAdmitted", deprecated: "SheetColumnDeprecated",
				forbidden: "SheetColumnForbidden", forms: "SheetColumnForms"}[c.kind]
			if c.kind == plain {
				r.b.Language(r.name, c.pos, c.lang)
			}
		}
		if id != "" {
			r.report(c.pos, diag.Info, id, data)
		}
	}
	return true
}

// row reads a data row; index is its place among the rows.
func (r *reader) row(cr *csv.Reader, rec []string, index int) row {
	line, _ := cr.FieldPos(0)
	rw := row{in: glossary.ConceptInput{File: r.name, Pos: glossary.Pos{Line: line, Col: 1}, Index: index}}
	in := &rw.in
	var notes []string
	for i, cell := range rec {
		v := strings.TrimSpace(cell)
		if i >= len(r.cols) {
			if v != "" {
				r.errorf(r.cellPos(cr, i, cell, 0), "SheetExtraCell", map[string]any{"Column": i + 1, "Columns": len(r.cols)})
				break
			}
			continue
		}
		if v == "" {
			continue
		}
		c := r.cols[i]
		at := func() glossary.Pos { return r.cellPos(cr, i, cell, len(cell)-len(strings.TrimLeft(cell, " \t\r\n"))) }
		switch c.role {
		case idCol:
			in.ID, in.IDPos, rw.idCell = v, at(), true
		case domainCol:
			in.Domain = v
		case noteCol:
			notes = append(notes, v)
		case caseCol:
			in.Case, in.CasePos = v, at()
		case matchCol:
			in.Match, in.MatchPos = v, at()
		case termCol:
			r.terms(cr, i, cell, c, in, &rw)
		}
	}
	in.Note = strings.Join(notes, "\n")
	return rw
}

// terms splits a cell of terms on ";" and "|".
func (r *reader) terms(cr *csv.Reader, i int, cell string, c column, in *glossary.ConceptInput, rw *row) {
	lpos := glossary.Pos{}
	cur := r.cell(cr, i, cell)
	n := 0
	start := 0
	for k := 0; k <= len(cell); k++ {
		if k < len(cell) && cell[k] != ';' && cell[k] != '|' {
			continue
		}
		piece := cell[start:k]
		lead := len(piece) - len(strings.TrimLeft(piece, " \t\r\n"))
		text := strings.TrimSpace(piece)
		off := start + lead
		start = k + 1
		if text == "" {
			continue
		}
		p := cur.pos(off)
		if lpos.Line == 0 {
			lpos = p
		}
		t := glossary.TermInput{Lang: c.lang, LangPos: lpos, Text: text, Pos: p}
		switch c.kind {
		case plain:
			t.Status = glossary.Admitted
			if n == 0 {
				t.Status = glossary.Preferred
				if !rw.firstPref {
					rw.first, rw.firstP, rw.firstPref = text, p, true
				}
			}
		case admitted:
			t.Status = glossary.Admitted
		case deprecated:
			t.Status = glossary.Deprecated
		case forbidden:
			t.Status = glossary.Forbidden
		case forms:
			t.Form = true
		}
		if rw.first == "" && c.kind != forms && t.Status.Approved() {
			rw.first, rw.firstP = text, p
		}
		n++
		in.Terms = append(in.Terms, t)
	}
}

// assignIDs gives ids to the rows: an id repeated in rows of different
// domains becomes DOMAIN-ID; a row without one gets one from its first
// term.
func (r *reader) assignIDs(rows []row) {
	byID := map[string][]int{}
	for i, rw := range rows {
		if rw.idCell {
			byID[rw.in.ID] = append(byID[rw.in.ID], i)
		}
	}
	taken := map[string]bool{}
	for id := range byID {
		taken[id] = true
	}
	for id, list := range byID {
		if len(list) < 2 {
			continue
		}
		domains := map[string]bool{}
		for _, i := range list {
			domains[rows[i].in.Domain] = true
		}
		if len(domains) != len(list) || domains[""] {
			continue // the builder reports the duplicates
		}
		for _, i := range list {
			q := rows[i].in.Domain + "-" + id
			if taken[q] {
				continue
			}
			taken[q] = true
			r.report(rows[i].in.IDPos, diag.Warning, "SheetQualifiedID", map[string]any{"ID": id, "Domain": rows[i].in.Domain, "Qualified": q})
			rows[i].in.ID = q
		}
	}
	told := false
	next := map[string]int{} // the last suffix tried for a base
	for i := range rows {
		in := &rows[i].in
		in.HasID = true
		if rows[i].idCell {
			continue
		}
		base := slug(rows[i].first) // "" without terms: the builder reports it
		if base == "" {
			base = "row-" + strconv.Itoa(in.Pos.Line)
		}
		id := base
		for taken[id] {
			next[base]++
			id = base + "-" + strconv.Itoa(next[base]+1)
		}
		taken[id] = true
		in.ID, in.IDPos = id, rows[i].firstP
		if !told && rows[i].first != "" {
			told = true
			r.report(rows[i].firstP, diag.Info, "SheetMadeID", map[string]any{"ID": id, "Term": rows[i].first})
		}
	}
}

// slug makes an id of a term: lower case, runs of anything but letters,
// digits and marks made "-".
func slug(s string) string {
	var sb strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsMark(c) {
			if dash && sb.Len() > 0 {
				sb.WriteByte('-')
			}
			dash = false
			sb.WriteRune(c)
			continue
		}
		dash = true
	}
	return sb.String()
}

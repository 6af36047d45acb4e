package po

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/placeholder"
	"github.com/glosa-dev/glosa/langid"
	"github.com/glosa-dev/glosa/segment"
)

func init() {
	format.Register(format.Format{Name: "po", Extensions: []string{".po", ".pot"}, Read: Read, Catalog: true, Keyed: true})
}

// Read reads a PO or POT file named name: see the package documentation.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	charset := opts.Encoding
	b, err := format.ReadAll(name, r, opts, func(b []byte) string {
		charset = headerCharset(b)
		return charset
	})
	if err != nil {
		return nil, err
	}
	p := newParser(name, opts)
	// ReadAll made b valid UTF-8; a string's bytes then are unless an
	// escape gave one that is not ASCII, or unless a decoder made b (one
	// that lets bytes through is checked rather than trusted).
	cs := strings.ToLower(strings.TrimSpace(charset))
	p.convert = cs != "" && cs != "utf-8" && cs != "utf8"
	// Each document holds about half of the file's text (a translation
	// into Russian up to two thirds: Cyrillic takes two bytes a letter), of
	// its entries and of its strings' origins (one per string, one per
	// escape); the translation has a unit per msgstr, the source one per
	// msgid and msgid_plural.
	p.src.Text, p.tgt.Text = make([]byte, 0, len(b)/2), make([]byte, 0, len(b)*2/3)
	entries := bytes.Count(b, []byte("msgid")) + 1
	origins := (bytes.Count(b, []byte{'"'})/2+bytes.Count(b, []byte{'\\'}))/2 + 1
	p.src.Units, p.tgt.Units = make([]format.Unit, 0, entries), make([]format.Unit, 0, bytes.Count(b, []byte("msgstr"))+1)
	p.src.Map, p.tgt.Map = make(segment.Map, 0, origins), make(segment.Map, 0, origins)
	p.rows, p.cells = make([][]int, 0, entries), make([]int, 0, 2*entries)
	p.seen = make(map[string]int, entries)
	p.parse(b)
	if len(p.errs) > 0 {
		return nil, p.errs
	}
	return p.result(), nil
}

// headerCharset finds the charset that the header entry's Content-Type
// declares, in the file's bytes before they are decoded ("" for none).
func headerCharset(b []byte) string {
	head := b[:min(len(b), 64<<10)]
	if i := bytes.Index(head, []byte("\n\n")); i >= 0 {
		head = head[:i]
	}
	if j := bytes.Index(head, []byte("\n\r\n")); j >= 0 {
		head = head[:j]
	}
	if !bytes.Contains(head, []byte(`msgid ""`)) {
		return ""
	}
	i := bytes.Index(head, []byte("charset="))
	if i < 0 {
		return ""
	}
	v := head[i+len("charset="):]
	n := 0
	for n < len(v) && (v[n] == '-' || v[n] == '_' || v[n] == '.' || v[n] == ':' || v[n] >= '0' && v[n] <= '9' || v[n]|0x20 >= 'a' && v[n]|0x20 <= 'z') {
		n++
	}
	return string(v[:n])
}

// A str is one string of an entry (its msgid, a msgstr…), unescaped, with
// the origins of its bytes (Off relative to the string).
type str struct {
	text      []byte
	origins   []segment.Origin
	line, col int // the keyword's position
	set       bool
	// raw says an escape gave a byte that is not ASCII (\xE9, \351): the
	// only way text can fail to be UTF-8, the file being UTF-8.
	raw bool
}

func (s *str) reset() {
	s.text, s.origins = s.text[:0], s.origins[:0]
	s.line, s.col, s.set, s.raw = 0, 0, false, false
}

// origin records that the string's next byte comes from line:col.
func (s *str) origin(line, col int) {
	o := segment.Origin{Off: len(s.text), Line: line, Col: col}
	if n := len(s.origins); n > 0 && s.origins[n-1].Off == o.Off {
		s.origins[n-1] = o
		return
	}
	s.origins = append(s.origins, o)
}

// An entry is one message of the catalog, as it is read.
type entry struct {
	first, last        int // its lines, comments included
	ctxt, id, idPlural str
	strs               []str // msgstr, or msgstr[0], msgstr[1]…
	nstrs              int
	plural             bool // msgstr[i] rather than msgstr
	flags              []string
	translator, extr   []string
	ignore             [][]string // the rules of its glosa-ignore comments
}

func (e *entry) reset() {
	e.first, e.last = 0, 0
	e.ctxt.reset()
	e.id.reset()
	e.idPlural.reset()
	for i := range e.nstrs {
		e.strs[i].reset()
	}
	e.nstrs, e.plural = 0, false
	e.flags, e.translator, e.extr, e.ignore = nil, nil, nil, nil
}

// newStr returns the entry's next msgstr.
func (e *entry) newStr() *str {
	if e.nstrs == len(e.strs) {
		e.strs = append(e.strs, str{})
	}
	e.nstrs++
	return &e.strs[e.nstrs-1]
}

func (e *entry) touch(line int) {
	if e.first == 0 {
		e.first = line
	}
	e.last = line
}

type parser struct {
	name string
	opts format.Options
	errs diag.List

	src, tgt *format.Document
	rows     [][]int
	cells    []int          // where rows are cut from
	seen     map[string]int // "ctxt\x04id" → line of its msgid

	header   bool     // the header entry was read
	lang     string   // the target's language, from the header
	cats     []string // the category of each msgstr[i]
	catsLang string   // the language cats were computed for ("" when by Plural-Forms)
	formula  bool     // cats come from Plural-Forms

	convert bool // b was converted from another charset: check every string's UTF-8

	open []format.Suppression // glosa-off not yet closed
	supp []format.Suppression
	line int // the last line read
}

func newParser(name string, opts format.Options) *parser {
	srcLang := opts.SourceLang
	if srcLang == "" {
		srcLang = "en"
	}
	return &parser{
		name: name, opts: opts,
		src:  &format.Document{File: name, Lang: srcLang},
		tgt:  &format.Document{File: name},
		seen: map[string]int{},
	}
}

func (p *parser) errorAt(line, col int, id string, data map[string]any) {
	p.errs.Add(diag.Diagnostic{File: p.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
}

// parse reads the decoded file b line by line.
func (p *parser) parse(b []byte) {
	var e entry
	var cur *str // the string a "…" line continues
	ln := 0
	for off := 0; off < len(b) && !p.errs.Full(); {
		end := bytes.IndexByte(b[off:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += off
		}
		line := b[off:end]
		off = end + 1
		ln++
		if n := len(line); n > 0 && line[n-1] == '\r' {
			line = line[:n-1]
		}
		i := 0
		for i < len(line) && (line[i] == ' ' || line[i] == '\t') {
			i++
		}
		rest := line[i:]
		switch {
		case len(rest) == 0:
			cur = nil
		case rest[0] == '#':
			cur = nil
			if e.id.set || e.ctxt.set {
				p.finish(&e)
			}
			p.comment(&e, rest, ln)
		case rest[0] == '"':
			if cur == nil {
				p.errorAt(ln, i+1, "POStrayString", nil)
				continue
			}
			e.touch(ln)
			p.readString(cur, line, i, ln)
		default:
			cur = p.keyword(&e, line, i, ln)
		}
	}
	p.line = ln
	if e.id.set || e.ctxt.set {
		p.finish(&e)
	}
}

// comment reads a comment line (rest starts with '#').
func (p *parser) comment(e *entry, rest []byte, ln int) {
	kind := byte(' ')
	if len(rest) > 1 {
		kind = rest[1]
	}
	text := strings.TrimSpace(string(rest[1:]))
	switch kind {
	case '~': // obsolete: what came before it was its own comments
		e.reset()
		return
	case '|', ':':
	case ',':
		for f := range strings.SplitSeq(text[1:], ",") {
			if f = strings.TrimSpace(f); f != "" {
				e.flags = append(e.flags, f)
			}
		}
	case '.':
		if t := strings.TrimSpace(text[1:]); t != "" {
			e.extr = append(e.extr, t)
		}
	default:
		if d, ok := format.ParseDirective(text); ok {
			switch d.Verb {
			case "ignore":
				e.ignore = append(e.ignore, d.Rules)
			case "off":
				p.open = append(p.open, format.Suppression{Line: ln, Rules: d.Rules})
			case "on":
				for _, s := range p.open {
					s.EndLine = ln
					p.supp = append(p.supp, s)
				}
				p.open = p.open[:0]
			}
		} else if text != "" {
			e.translator = append(e.translator, text)
		}
	}
	e.touch(ln)
}

// keyword reads a line that starts (at byte i) with a keyword and its
// string; it returns the string that later lines may continue.
func (p *parser) keyword(e *entry, line []byte, i, ln int) *str {
	j := i
	for j < len(line) && (line[j] == '_' || line[j] == '[' || line[j] == ']' || line[j] >= 'a' && line[j] <= 'z' || line[j] >= '0' && line[j] <= '9') {
		j++
	}
	kw := string(line[i:j])
	col := i + 1
	var s *str
	bad := func() *str {
		p.errorAt(ln, col, "POUnexpectedKeyword", map[string]any{"Keyword": kw})
		return nil
	}
	switch {
	case kw == "msgctxt":
		if e.id.set || e.ctxt.set {
			p.finish(e)
		}
		s = &e.ctxt
	case kw == "msgid":
		if e.id.set {
			p.finish(e)
		}
		s = &e.id
	case kw == "msgid_plural":
		if !e.id.set || e.idPlural.set || e.nstrs > 0 {
			return bad()
		}
		s = &e.idPlural
	case kw == "msgstr":
		if !e.id.set || e.nstrs > 0 {
			return bad()
		}
		if e.idPlural.set {
			p.errorAt(ln, col, "POMsgstrNeedsIndex", nil)
			return nil
		}
		s = e.newStr()
	case strings.HasPrefix(kw, "msgstr[") && strings.HasSuffix(kw, "]"):
		if !e.id.set || !e.idPlural.set || (e.nstrs > 0 && !e.plural) {
			return bad()
		}
		n, err := strconv.Atoi(kw[len("msgstr[") : len(kw)-1])
		if err != nil || n != e.nstrs {
			p.errorAt(ln, col, "POPluralIndexOrder", map[string]any{"Keyword": kw, "Want": e.nstrs})
			return nil
		}
		e.plural = true
		s = e.newStr()
	case kw == "":
		p.errorAt(ln, col, "POBadLine", nil)
		return nil
	default:
		return bad()
	}
	e.touch(ln)
	s.set, s.line, s.col = true, ln, col
	k := j
	for k < len(line) && (line[k] == ' ' || line[k] == '\t') {
		k++
	}
	if k == len(line) || line[k] != '"' {
		p.errorAt(ln, k+1, "POExpectedString", map[string]any{"Keyword": kw})
		return nil
	}
	p.readString(s, line, k, ln)
	return s
}

// readString appends to s the string that starts with the quote at
// line[q], on line ln.
func (p *parser) readString(s *str, line []byte, q, ln int) {
	// Before the quote there are only a keyword and blanks: ASCII.
	col := q + 2 // the column of line[i]
	i := q + 1
	s.origin(ln, col)
	start := i
	for i < len(line) {
		switch line[i] {
		case '"':
			s.text = append(s.text, line[start:i]...)
			col += utf8.RuneCount(line[start:i]) + 1
			for k := i + 1; k < len(line); k++ {
				if line[k] != ' ' && line[k] != '\t' {
					p.errorAt(ln, col+k-i-1, "POTrailingText", nil)
					break
				}
			}
			return
		case '\\':
			s.text = append(s.text, line[start:i]...)
			col += utf8.RuneCount(line[start:i])
			v, n, ok := unescape(line[i:])
			if n == 0 { // a backslash ending the line
				p.errorAt(ln, q+1, "POUnterminated", nil)
				return
			}
			if !ok {
				p.errorAt(ln, col, "POBadEscape", map[string]any{"Seq": string(line[i : i+n])})
			}
			s.text = append(s.text, v)
			s.raw = s.raw || v >= utf8.RuneSelf
			i += n
			col += n // escapes are ASCII
			start = i
			s.origin(ln, col)
		default:
			i++
		}
	}
	s.text = append(s.text, line[start:]...)
	p.errorAt(ln, q+1, "POUnterminated", nil)
}

// unescape reads the escape sequence at the start of b (b[0] is '\\'): the
// byte it stands for, its length in b (0 when b is only the backslash),
// and whether it is one of C's.
func unescape(b []byte) (byte, int, bool) {
	if len(b) < 2 {
		return 0, 0, false
	}
	switch c := b[1]; c {
	case 'n':
		return '\n', 2, true
	case 't':
		return '\t', 2, true
	case 'r':
		return '\r', 2, true
	case 'a':
		return 7, 2, true
	case 'b':
		return 8, 2, true
	case 'f':
		return 12, 2, true
	case 'v':
		return 11, 2, true
	case '\\', '"', '\'', '?':
		return c, 2, true
	case 'x':
		v, n := 0, 2
		for n < len(b) && n < 4 && isHex(b[n]) {
			v = v*16 + hexVal(b[n])
			n++
		}
		return byte(v), n, n > 2
	}
	if b[1] >= '0' && b[1] <= '7' {
		v, n := 0, 1
		for n < len(b) && n < 4 && b[n] >= '0' && b[n] <= '7' {
			v = v*8 + int(b[n]-'0')
			n++
		}
		return byte(v), n, v < 256
	}
	_, size := utf8.DecodeRune(b[1:])
	return b[1], 1 + size, false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'f'
}

func hexVal(c byte) int {
	if c <= '9' {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

// finish turns the entry read into units, then clears it.
func (p *parser) finish(e *entry) {
	defer e.reset()
	if !e.id.set {
		if e.ctxt.set {
			p.errorAt(e.ctxt.line, e.ctxt.col, "POMissingMsgid", nil)
		}
		return
	}
	if e.nstrs == 0 {
		p.errorAt(e.id.line, e.id.col, "POMissingMsgstr", nil)
		return
	}
	for _, s := range []*str{&e.ctxt, &e.id, &e.idPlural} {
		p.checkUTF8(s)
	}
	for i := range e.nstrs {
		p.checkUTF8(&e.strs[i])
	}
	key := string(e.id.text)
	dup := "0" + key
	if e.ctxt.set {
		dup = "1" + string(e.ctxt.text) + "\x04" + key
	}
	if prev, ok := p.seen[dup]; ok {
		p.errorAt(e.id.line, e.id.col, "PODuplicate", map[string]any{"ID": key, "Line": prev})
		return
	}
	p.seen[dup] = e.id.line
	if key == "" && !e.ctxt.set {
		if !p.header {
			p.header = true
			p.readHeader(&e.strs[0])
		}
		return
	}
	for _, rules := range e.ignore {
		p.supp = append(p.supp, format.Suppression{Line: e.first, EndLine: e.last, Rules: rules})
	}
	p.emit(e, key)
}

func (p *parser) checkUTF8(s *str) {
	if s.set && (s.raw || p.convert) && !utf8.Valid(s.text) {
		p.errorAt(s.line, s.col, "POEscapeUTF8", nil)
	}
}

// emit adds the units and rows of a message entry.
func (p *parser) emit(e *entry, key string) {
	u := format.Unit{Kind: format.Message, Key: key, Context: string(e.ctxt.text), Flags: e.flags, State: format.Translated}
	if len(e.translator) > 0 {
		u.Notes = append(u.Notes, strings.Join(e.translator, "\n"))
	}
	if len(e.extr) > 0 {
		u.Notes = append(u.Notes, strings.Join(e.extr, "\n"))
	}
	var syn placeholder.Syntax
	for _, f := range e.flags {
		switch f {
		case "fuzzy":
			u.State = format.NeedsReview
		case "c-format":
			syn |= placeholder.Printf
		case "python-format":
			syn |= placeholder.Printf | placeholder.Python
		case "python-brace-format":
			syn |= placeholder.Brace
		}
	}
	if len(e.strs[0].text) == 0 {
		u.State = format.NeedsTranslation
	}
	if !e.idPlural.set {
		src := add(p.src, &e.id, u, syn)
		tgt := -1
		if len(e.strs[0].text) > 0 {
			tgt = add(p.tgt, &e.strs[0], u, syn)
		}
		p.row(src, tgt)
		return
	}
	one, other := u, u
	one.Plural, other.Plural = "one", "other"
	srcOne := add(p.src, &e.id, one, syn)
	srcOther := add(p.src, &e.idPlural, other, syn)
	translated := false
	for i := range e.nstrs {
		translated = translated || len(e.strs[i].text) > 0
	}
	if !translated {
		p.row(srcOne, -1)
		p.row(srcOther, -1)
		return
	}
	cats := p.categories()
	for i := range e.nstrs {
		s := &e.strs[i]
		if i >= len(cats) {
			p.errorAt(s.line, s.col, "POPluralIndexRange", map[string]any{"Index": i, "Nplurals": len(cats)})
			continue
		}
		t := u
		t.Plural = cats[i]
		src := srcOther
		if t.Plural == "one" {
			src = srcOne
		}
		tgt := -1
		if len(s.text) > 0 {
			tgt = add(p.tgt, s, t, syn)
		}
		p.row(src, tgt)
	}
}

// row adds a row of units: source src, target tgt (-1 for none).
func (p *parser) row(src, tgt int) {
	p.cells = append(p.cells, src, tgt)
	n := len(p.cells)
	p.rows = append(p.rows, p.cells[n-2:n:n])
}

// add appends a unit of value s to d, and returns its index.
func add(d *format.Document, s *str, u format.Unit, syn placeholder.Syntax) int {
	if len(d.Units) > 0 {
		d.Text = append(d.Text, "\n\n"...)
	}
	base := len(d.Text)
	d.Text = append(d.Text, s.text...)
	for _, o := range s.origins {
		o.Off += base
		if n := len(d.Map); n > 0 && d.Map[n-1].Off == o.Off {
			d.Map[n-1] = o
			continue
		}
		d.Map = append(d.Map, o)
	}
	u.Start, u.Body, u.End, u.Para = base, base, len(d.Text), len(d.Units)
	if syn != 0 {
		u.Spans = placeholder.Find(string(s.text), base, syn)
	}
	d.Units = append(d.Units, u)
	return len(d.Units) - 1
}

// targetLang is the target's language: the header's, the file name's, or
// the caller's.
func (p *parser) targetLang() string {
	if p.lang != "" {
		return p.lang
	}
	known := map[string]bool{"es": true, "en": true, "ru": true}
	for _, l := range []string{p.opts.Lang, p.opts.SourceLang} {
		if t, err := language.Parse(l); err == nil {
			b, _ := t.Base()
			known[b.String()] = true
		}
	}
	if l, ok := langid.FromPath(p.name, known); ok {
		return l
	}
	return p.opts.Lang
}

// categories returns the category of each msgstr[i]: by the header's
// Plural-Forms, else CLDR's for the target language, else gettext's
// default (English: one, other).
func (p *parser) categories() []string {
	if p.formula {
		return p.cats
	}
	lang := p.targetLang()
	if p.cats != nil && p.catsLang == lang {
		return p.cats
	}
	p.catsLang = lang
	t, err := language.Parse(lang)
	if lang == "" || err != nil {
		t = language.English
	}
	p.cats = cldrCategories(t)
	return p.cats
}

// readHeader reads the header entry's fields: Language, Plural-Forms (the
// charset was read before decoding).
func (p *parser) readHeader(s *str) {
	m := segment.Map(s.origins)
	text := s.text
	forms, formsAt := "", -1
	for off := 0; off < len(text); {
		end := bytes.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += off
		}
		field := text[off:end]
		at := off
		off = end + 1
		name, value, ok := bytes.Cut(field, []byte(":"))
		if !ok {
			continue
		}
		at += len(name) + 1
		switch strings.ToLower(strings.TrimSpace(string(name))) {
		case "language":
			v := strings.TrimSpace(string(value))
			if t, err := language.Parse(strings.ReplaceAll(v, "_", "-")); err == nil && v != "" {
				p.lang = t.String()
			}
		case "plural-forms":
			forms, formsAt = string(value), at
		}
	}
	if formsAt >= 0 { // after Language, which it needs
		p.pluralForms(forms, formsAt, m, text)
	}
}

// pluralForms reads "nplurals=N; plural=EXPR;", value of the header text
// at byte at.
func (p *parser) pluralForms(value string, at int, m segment.Map, text []byte) {
	errAt := func(off int, id string, data map[string]any) {
		line, col := m.Position(text, at+off)
		p.errorAt(line, col, id, data)
	}
	if strings.Contains(value, "INTEGER") || strings.Contains(value, "EXPRESSION") {
		return // a template's placeholder
	}
	var nplurals = -1
	var formula *expr
	var formulaAt int
	for off := 0; off < len(value); {
		end := strings.IndexByte(value[off:], ';')
		if end < 0 {
			end = len(value)
		} else {
			end += off
		}
		part := value[off:end]
		partAt := off
		off = end + 1
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			if strings.TrimSpace(part) != "" {
				errAt(partAt+len(part)-len(strings.TrimLeft(part, " \t")), "POPluralFormsSyntax", nil)
			}
			continue
		}
		vAt := partAt + len(k) + 1
		switch strings.TrimSpace(k) {
		case "nplurals":
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < 1 || n > len(cldrOrder) {
				errAt(vAt+len(v)-len(strings.TrimLeft(v, " \t")), "POPluralFormsNplurals", map[string]any{"Value": strings.TrimSpace(v)})
				return
			}
			nplurals = n
		case "plural":
			e, err := parseExpr(v)
			if err != nil {
				errAt(vAt+err.pos, err.id, err.data)
				return
			}
			formula, formulaAt = e, vAt
		}
	}
	if nplurals < 0 || formula == nil {
		errAt(0, "POPluralFormsSyntax", nil)
		return
	}
	lang := p.targetLang()
	t, err := language.Parse(lang)
	if lang == "" || err != nil {
		t = language.English
	}
	cats, xerr := categories(formula, nplurals, t)
	if xerr != nil {
		errAt(formulaAt+xerr.pos, xerr.id, xerr.data)
		return
	}
	p.cats, p.formula = cats, true
}

// result is the file read.
func (p *parser) result() *format.File {
	p.tgt.Lang = p.targetLang()
	for _, s := range p.open {
		s.EndLine = p.line
		p.supp = append(p.supp, s)
	}
	if len(p.supp) > 0 {
		p.src.Suppress = p.supp
		p.tgt.Suppress = append([]format.Suppression(nil), p.supp...)
	}
	return &format.File{Name: p.name, Docs: []*format.Document{p.src, p.tgt}, Units: p.rows}
}

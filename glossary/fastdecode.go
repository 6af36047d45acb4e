package glossary

import (
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/internal/tomllex"
	"github.com/glosa-dev/glosa/internal/tomlpos"
)

// The direct decoder reads the subset of TOML that glossary files are
// written in, producing each value with its place: it spares the generic
// maps of a TOML decoder and the positions locator. It reads a file twice,
// once to check that all of it is in the subset, then giving each concept
// to the builder as it ends, so that it holds one concept at a time.
//
// The subset: the tables [glossary], [[concept]] and [concept.deprecated]
// (forbidden, forms; right after their concept); bare keys, and quoted
// ones without escapes; basic and literal one-line strings (the escapes of
// TOML 1.0); arrays of strings; inline tables of strings and arrays for
// deprecated, forbidden and forms; comments, blank lines, LF or CRLF. On
// anything else (another value type, a dotted key, a multi-line string, a
// syntax error, a key defined twice, a top-level key…) it gives up, and
// the file is decoded by the general path, which reports every problem:
// so a file in the subset gives the very glossary and diagnostics the
// general path gives (FuzzFastDecode compares them), and any other is
// decoded by the general path.

// fastString is a string value with its place.
type fastString struct {
	s   string
	pos Pos
}

// fastKV is a key of a table with its value: strings (one for a string
// value, array says it was an array) or, for a table, entries.
type fastKV struct {
	key    string
	pos    Pos  // the key's place; for a [concept.x] sub-table, the concept's
	table  bool // an inline table or a sub-table
	sub    bool // a [concept.x] sub-table
	array  bool
	vs     []fastString // the strings of a string or array value
	lo, hi int          // a table's entries: doc.entries[lo:hi]
}

// fastDoc is a glossary file as the direct decoder reads it: its
// [glossary] table, and one concept at a time.
type fastDoc struct {
	src      []byte
	concepts int // concepts read
	meta     []fastKV
	hasMeta  bool
	metaDone bool     // the [glossary] table given to the builder
	pos      Pos      // the place of the concept being read
	kvs      []fastKV // its keys
	entries  []fastKV // the entries of its tables
	// Buffers of concept, reused from one concept to the next (Builder.Add
	// keeps no slice of its input).
	order        []fastKV
	terms, forms []TermInput
}

// fastParser reads src; ok turns false at the first thing outside the
// subset, and the parse stops.
type fastParser struct {
	src       string
	i         int
	line      int // 1-based line of i
	lineStart int // offset of that line's start
	doc       *fastDoc
	// b receives the file (name) as it is read; nil: the file is only
	// checked to be in the subset.
	b    *Builder
	name string
}

// table kinds of the current header
const (
	inRoot = iota
	inMeta
	inConcept
	inSub
)

// parseFast checks that src is in the subset, reading it once without
// keeping it, and returns it for emit; nil when it is not in the subset.
func parseFast(src []byte) *fastDoc {
	if !utf8.Valid(src) {
		return nil
	}
	p := &fastParser{src: string(src), line: 1, doc: &fastDoc{}}
	if !p.parse() {
		return nil
	}
	return &fastDoc{src: src, concepts: p.doc.concepts}
}

// emit reads the file again, giving the builder what the general path
// would: the file, then the [glossary] table and the concepts, each as it
// ends, in the order of their first headers.
func (d *fastDoc) emit(b *Builder, name string) {
	b.File(name)
	b.reserve(d.concepts)
	p := &fastParser{src: string(d.src), line: 1, doc: &fastDoc{}, b: b, name: name}
	if !p.parse() {
		panic("glossary: a file in the subset is not on its second reading")
	}
}

func (p *fastParser) pos(off int) Pos {
	return Pos{p.line, utf8.RuneCountInString(p.src[p.lineStart:off]) + 1}
}

// newline passes a line end at i (LF or CRLF); false when there is none.
func (p *fastParser) newline() bool {
	if p.i < len(p.src) && p.src[p.i] == '\r' {
		p.i++
		if p.i >= len(p.src) || p.src[p.i] != '\n' {
			return false
		}
	}
	if p.i < len(p.src) && p.src[p.i] == '\n' {
		p.i++
		p.line++
		p.lineStart = p.i
		return true
	}
	return false
}

func (p *fastParser) blanks() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

// comment passes a comment at i, if any, up to its line end.
func (p *fastParser) comment() bool {
	if p.i >= len(p.src) || p.src[p.i] != '#' {
		return true
	}
	for p.i++; p.i < len(p.src); p.i++ {
		c := p.src[p.i]
		if c == '\n' || c == '\r' {
			return true
		}
		if c < 0x20 && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// endOfLine passes blanks, a comment and the line end (or the end of src).
func (p *fastParser) endOfLine() bool {
	p.blanks()
	if !p.comment() {
		return false
	}
	return p.i >= len(p.src) || p.newline()
}

// space passes blanks, comments and line ends (inside an array).
func (p *fastParser) space() bool {
	for {
		p.blanks()
		if !p.comment() {
			return false
		}
		if p.i >= len(p.src) || p.src[p.i] != '\n' && p.src[p.i] != '\r' {
			return true
		}
		if !p.newline() {
			return false
		}
	}
}

func (p *fastParser) parse() bool {
	d := p.doc
	state := inRoot
	for {
		p.blanks()
		if p.i >= len(p.src) {
			break
		}
		switch c := p.src[p.i]; {
		case c == '\n' || c == '\r':
			if !p.newline() {
				return false
			}
			continue
		case c == '#':
			if !p.endOfLine() {
				return false
			}
			continue
		case c == '[':
			start := p.i
			rest := p.src[p.i:]
			switch {
			case strings.HasPrefix(rest, "[[concept]]"):
				p.i += len("[[concept]]")
				p.endTable(state)
				d.pos = p.pos(start)
				d.concepts++
				state = inConcept
			case strings.HasPrefix(rest, "[glossary]"):
				if d.hasMeta {
					return false
				}
				p.i += len("[glossary]")
				p.endTable(state)
				d.hasMeta = true
				state = inMeta
			default:
				var key string
				for _, k := range [...]string{"deprecated", "forbidden", "forms"} {
					if strings.HasPrefix(rest, "[concept."+k+"]") {
						key = k
					}
				}
				// Right after its concept: a concept is complete at the
				// next [[concept]] or [glossary].
				if key == "" || state != inConcept && state != inSub {
					return false
				}
				p.i += len("[concept.]") + len(key)
				if p.defined(d.kvs, key) {
					return false
				}
				d.kvs = append(d.kvs, fastKV{key: key, pos: d.pos, table: true, sub: true, lo: len(d.entries), hi: len(d.entries)})
				state = inSub
			}
			if !p.endOfLine() {
				return false
			}
			continue
		}
		kv, ok := p.keyValue(state == inSub)
		if !ok || !p.endOfLine() {
			return false
		}
		switch state {
		case inRoot:
			return false // a top-level key: the general path says what it is
		case inMeta:
			if p.defined(d.meta, kv.key) || !validMeta(kv) {
				return false
			}
			d.meta = append(d.meta, kv)
		case inConcept:
			if p.defined(d.kvs, kv.key) || !validConceptKV(kv) {
				return false
			}
			d.kvs = append(d.kvs, kv)
		case inSub:
			t := &d.kvs[len(d.kvs)-1]
			if p.defined(d.entries[t.lo:t.hi], kv.key) {
				return false
			}
			d.entries = append(d.entries, kv)
			t.hi = len(d.entries)
		}
	}
	p.endTable(state)
	if p.b != nil && d.hasMeta && !d.metaDone {
		d.emitMeta(p.b, p.name) // after the concepts
	}
	return true
}

// endTable ends the table being read, at a [[concept]] or [glossary]
// header or at the end: a concept is complete, and given to the builder;
// the [glossary] table too when it comes before every concept (the
// general path takes the tables in the order of their first headers).
func (p *fastParser) endTable(state int) {
	d := p.doc
	switch state {
	case inConcept, inSub:
		if p.b != nil {
			d.concept(p.b, p.name, d.concepts-1)
		}
		d.kvs, d.entries = d.kvs[:0], d.entries[:0]
	case inMeta:
		if p.b != nil && d.concepts == 0 {
			d.emitMeta(p.b, p.name)
			d.metaDone = true
		}
	}
}

// defined reports whether key is among kvs (a key defined twice).
func (p *fastParser) defined(kvs []fastKV, key string) bool {
	for i := range kvs {
		if kvs[i].key == key {
			return true
		}
	}
	return false
}

// validMeta: the [glossary] keys the subset has, with their types.
func validMeta(kv fastKV) bool {
	switch kv.key {
	case "name", "description", "source":
		return !kv.table && !kv.array
	case "languages":
		return kv.array
	}
	return false
}

// validConceptKV: the field keys are strings, deprecated, forbidden and
// forms tables, any other key (a language) a string or an array.
func validConceptKV(kv fastKV) bool {
	switch kv.key {
	case "id", "domain", "note", "case", "match":
		return !kv.table && !kv.array
	case "deprecated", "forbidden", "forms":
		return kv.table
	}
	return !kv.table
}

// keyValue reads `key = value` (no inline table when inTable: a sub-table's
// entries are terms).
func (p *fastParser) keyValue(inTable bool) (fastKV, bool) {
	start := p.i
	var kv fastKV
	if p.i < len(p.src) && (p.src[p.i] == '"' || p.src[p.i] == '\'') {
		// A quoted key ("pt-BR"), without escapes.
		k, ok := p.str()
		if !ok || k.s == "" || k.s != p.src[start+1:p.i-1] {
			return fastKV{}, false
		}
		kv = fastKV{key: k.s, pos: k.pos}
	} else {
		for p.i < len(p.src) && tomllex.BareKeyByte(p.src[p.i]) {
			p.i++
		}
		if p.i == start {
			return fastKV{}, false
		}
		kv = fastKV{key: p.src[start:p.i], pos: p.pos(start)}
	}
	if tomlpos.IsIndex(kv.key) {
		// The locator's paths read such a key as an array index and place
		// its problems where the general path does, not here.
		return kv, false
	}
	p.blanks()
	if p.i >= len(p.src) || p.src[p.i] != '=' {
		return kv, false
	}
	p.i++
	p.blanks()
	if p.i >= len(p.src) {
		return kv, false
	}
	switch p.src[p.i] {
	case '[':
		kv.array = true
		return kv, p.array(&kv)
	case '{':
		if inTable {
			return kv, false
		}
		kv.table = true
		return kv, p.inlineTable(&kv)
	}
	s, ok := p.str()
	kv.vs = []fastString{s}
	return kv, ok
}

// array reads an array of strings into kv.vs.
func (p *fastParser) array(kv *fastKV) bool {
	p.i++ // [
	kv.vs = make([]fastString, 0, 2)
	for {
		if !p.space() || p.i >= len(p.src) {
			return false
		}
		if p.src[p.i] == ']' {
			p.i++
			return true
		}
		s, ok := p.str()
		if !ok {
			return false
		}
		kv.vs = append(kv.vs, s)
		if !p.space() {
			return false
		}
		if end, ok := p.separator(']'); !ok || end {
			return ok
		}
	}
}

// inlineTable reads { key = value, … } (strings and arrays) into
// doc.entries.
func (p *fastParser) inlineTable(kv *fastKV) bool {
	d := p.doc
	p.i++ // {
	kv.lo, kv.hi = len(d.entries), len(d.entries)
	p.blanks()
	if p.i < len(p.src) && p.src[p.i] == '}' {
		p.i++
		return true
	}
	for {
		p.blanks()
		e, ok := p.keyValue(true)
		if !ok || p.defined(d.entries[kv.lo:kv.hi], e.key) {
			return false
		}
		d.entries = append(d.entries, e)
		kv.hi = len(d.entries)
		p.blanks()
		if end, ok := p.separator('}'); !ok || end {
			return ok
		}
	}
}

// separator reads what follows an element of an array or inline table:
// a comma (another element follows) or close (the end); ok is false for
// anything else.
func (p *fastParser) separator(close byte) (end, ok bool) {
	if p.i >= len(p.src) {
		return false, false
	}
	switch p.src[p.i] {
	case ',':
		p.i++
		return false, true
	case close:
		p.i++
		return true, true
	}
	return false, false
}

// str reads a one-line basic or literal string.
func (p *fastParser) str() (fastString, bool) {
	start := p.i
	if p.i >= len(p.src) {
		return fastString{}, false
	}
	q := p.src[p.i]
	if q != '"' && q != '\'' {
		return fastString{}, false
	}
	if strings.HasPrefix(p.src[p.i:], string([]byte{q, q, q})) {
		return fastString{}, false // multi-line
	}
	p.i++
	escaped := false
	for ; p.i < len(p.src); p.i++ {
		c := p.src[p.i]
		if c == q {
			break
		}
		if c < 0x20 && c != '\t' || c == 0x7f {
			return fastString{}, false
		}
		if c == '\\' && q == '"' {
			escaped = true
			p.i++ // the escaped byte is checked by unescape
		}
	}
	if p.i >= len(p.src) {
		return fastString{}, false
	}
	body := p.src[start+1 : p.i]
	p.i++
	s := fastString{s: body, pos: p.pos(start)}
	if escaped {
		u, ok := unescape(body)
		if !ok {
			return fastString{}, false
		}
		s.s = u
	}
	return s, true
}

// unescape decodes the escapes of a TOML 1.0 basic string.
func unescape(body string) (string, bool) {
	var b strings.Builder
	b.Grow(len(body))
	for i := 0; i < len(body); {
		if body[i] != '\\' {
			b.WriteByte(body[i])
			i++
			continue
		}
		r, n, ok := tomllex.Escape(body[i:], false)
		if !ok {
			return "", false
		}
		b.WriteRune(r)
		i += n
	}
	return b.String(), true
}

// conceptKeyNames are the keys of conceptKeys, sorted.
var conceptKeyNames = slices.Sorted(maps.Keys(conceptKeys))

func (d *fastDoc) emitMeta(b *Builder, name string) {
	for _, kv := range d.meta {
		switch kv.key {
		case "name":
			b.Name(kv.vs[0].s)
		case "source":
			b.Source(name, kv.vs[0].pos, kv.vs[0].s)
		case "languages":
			for _, v := range kv.vs {
				b.Language(name, v.pos, v.s)
			}
		}
	}
}

// concept adds the concept read, the i-th, as fileCtx.concept does.
func (d *fastDoc) concept(b *Builder, name string, i int) {
	kvs := d.kvs
	cpos := d.pos
	in := ConceptInput{File: name, Pos: cpos, Index: i, IDPos: cpos, CasePos: cpos, MatchPos: cpos}
	var subs, own int // sub-tables, other keys
	for j := range kvs {
		kv := &kvs[j]
		if kv.sub {
			subs++
			continue
		}
		own++
		switch kv.key {
		case "id":
			in.ID, in.HasID, in.IDPos = kv.vs[0].s, true, kv.vs[0].pos
		case "domain":
			in.Domain = kv.vs[0].s
		case "note":
			in.Note = kv.vs[0].s
		case "case":
			in.Case, in.CasePos = kv.vs[0].s, kv.vs[0].pos
		case "match":
			in.Match, in.MatchPos = kv.vs[0].s, kv.vs[0].pos
		}
	}
	label := strings.TrimSpace(in.ID)
	if label == "" {
		label = "#" + strconv.Itoa(i+1)
	}
	// Keys in the general path's order: the sub-tables (placed at the
	// concept's header) by name, then the others in file order.
	order := kvs
	if subs > 0 {
		order = d.order[:0]
		for _, kv := range kvs {
			if kv.sub {
				order = append(order, kv)
			}
		}
		slices.SortFunc(order, func(x, y fastKV) int { return strings.Compare(x.key, y.key) })
		for _, kv := range kvs {
			if !kv.sub {
				order = append(order, kv)
			}
		}
	}
	in.Terms = d.terms[:0]
	forms := d.forms[:0]
	for j := range order {
		kv := &order[j]
		switch k := kv.key; {
		case k == "deprecated" || k == "forbidden" || k == "forms":
			st := Deprecated
			if k == "forbidden" {
				st = Forbidden
			}
			entries := d.entries[kv.lo:kv.hi]
			// In place: the entries are read again only for this concept.
			slices.SortFunc(entries, func(x, y fastKV) int { return strings.Compare(x.key, y.key) })
			for _, e := range entries {
				lpos := e.pos
				if kv.sub {
					lpos = cpos
				}
				if e.array && len(e.vs) == 0 {
					b.errorf(name, lpos, "GlossaryEmptyTerm", map[string]any{"Key": k + "." + e.key, "Concept": label})
					continue
				}
				for _, v := range e.vs {
					tpos := v.pos
					if kv.sub {
						tpos = cpos
					}
					t := TermInput{Lang: e.key, LangPos: lpos, Text: v.s, Pos: tpos, Status: st, Form: k == "forms"}
					if t.Form {
						forms = append(forms, t)
					} else {
						in.Terms = append(in.Terms, t)
					}
				}
			}
		case conceptKeys[k]:
		default:
			if _, known := b.tags[k]; !known {
				if _, err := language.Parse(k); err != nil {
					id, data := unknownKeyDiag(k, conceptKeyNames, map[string]any{"Key": k, "Concept": label})
					b.errorf(name, kv.pos, id, data)
					continue
				}
			}
			if kv.array && len(kv.vs) == 0 {
				b.errorf(name, kv.pos, "GlossaryEmptyTerm", map[string]any{"Key": k, "Concept": label})
				continue
			}
			for n, v := range kv.vs {
				st := Admitted
				if n == 0 {
					st = Preferred
				}
				in.Terms = append(in.Terms, TermInput{Lang: k, LangPos: kv.pos, Text: v.s, Pos: v.pos, Status: st})
			}
		}
	}
	in.Terms = append(in.Terms, forms...)
	b.Add(in)
	d.terms, d.forms = in.Terms[:0], forms[:0]
	if subs > 0 {
		d.order = order[:0]
	}
}

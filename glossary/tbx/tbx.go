package tbx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
)

func init() {
	glossary.RegisterFormat(glossary.Format{
		Name:       "tbx",
		Extensions: []string{".tbx"},
		Sniff:      sniff,
		Read:       Read,
		Write:      Write,
	})
}

// sniff reports whether head (a UTF-8 BOM and leading blanks removed) is
// XML, in UTF-8 or UTF-16 with a BOM, whose root element is tbx or martif.
func sniff(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		head, _ = toUTF8(head[:len(head)&^1]) // UTF-16, as MultiTerm writes it
		head = bytes.TrimLeft(head, " \t\r\n")
	}
	if len(head) == 0 || head[0] != '<' {
		return false
	}
	d := xml.NewDecoder(bytes.NewReader(head))
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	for {
		tok, err := d.RawToken()
		if err != nil {
			return false
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local == "tbx" || se.Name.Local == "martif"
		}
	}
}

// kind is what an open element is to the reader.
type kind uint8

const (
	kPass   kind = iota // a container read through (text, body, descripGrp…)
	kSkip               // a subtree not read (the header's other parts, back matter)
	kHeader             // martifHeader, tbxHeader
	kTitle              // the header's title: the glossary's name
	kEntry              // termEntry, conceptEntry
	kLang               // langSet, langSec
	kHolder             // tig, ntig, termSec
	kTerm               // term
	kLeaf               // a data category (descrip, termNote, admin, note, or a DCT element): its text
	kInline             // markup inside a term or a leaf: its text counts
)

type frame struct {
	kind     kind
	name     xml.Name          // as written, prefix in Space, to match the end tag
	off      int64             // where the start tag begins
	category string            // a leaf's data category, normalised
	label    string            // how an unread element is named in the info diagnostic
	ns       map[string]string // the namespace prefixes the start tag declares
	// A leaf or a group kept whole: the prefixes its subtree uses that an
	// enclosing element declares.
	need  map[string]string
	group bool
	known bool // a group with something the reader read
	mark  int  // a group's: len of its level's kept elements at its start
}

// holder is one term (tig, ntig, termSec) being read.
type holder struct {
	off      int64
	lang     string
	langPos  glossary.Pos
	text     string
	hasTerm  bool
	termPos  glossary.Pos
	status   glossary.Status
	explicit bool // the file gives the status
	forms    []glossary.TermInput
	notes    []string
	extra    []glossary.Foreign
}

// entry is one concept (termEntry, conceptEntry) being read.
type entry struct {
	in      glossary.ConceptInput
	notes   []string
	domains []string
	terms   []holder
}

type reader struct {
	b      *glossary.Builder
	name   string
	src    []byte
	lines  lineCursor
	stack  []frame
	text   strings.Builder // the text of the innermost term or leaf
	entry  *entry
	lang   string
	langOK bool
	langAt glossary.Pos
	hold   *holder
	index  int // entries read
	unread map[string]bool
	ids    map[string]bool
}

// Read reads a TBX file's contents into b: each termEntry or conceptEntry
// through b.Add, its own problems (XML syntax, a wrong root, a langSet
// without xml:lang, a tig without term, an unknown status) through
// b.Report, each at its line and column. It is glossary.Format's Read for
// the "tbx" format.
func Read(b *glossary.Builder, name string, src []byte) {
	src, err := toUTF8(src)
	r := &reader{b: b, name: name, src: src, unread: map[string]bool{}, ids: map[string]bool{}}
	r.lines = lineCursor{src: src, line: 1, col: 1}
	if err != nil {
		r.report(diag.Error, 0, "TBXEncoding", map[string]any{"Err": err.Error()})
		return
	}
	d := xml.NewDecoder(bytes.NewReader(src))
	// toUTF8 decoded the encodings glosa knows: the declaration names the
	// original one.
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		if _, ok := charsets[strings.ToLower(label)]; ok {
			return in, nil
		}
		return nil, errors.New("unsupported encoding " + strconv.Quote(label))
	}
	sawRoot := false
	for {
		off := d.InputOffset()
		// RawToken, not Token: no namespace bookkeeping (the reader goes by
		// local names), a third fewer allocations; end tags are matched here.
		tok, err := d.RawToken()
		if err == io.EOF {
			switch {
			case !sawRoot:
				r.report(diag.Error, 0, "TBXNoRoot", nil)
			case len(r.stack) > 0:
				r.report(diag.Error, off, "TBXSyntax", map[string]any{"Err": "unexpected EOF"})
			}
			break
		}
		if err != nil {
			msg := err.Error()
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				msg = se.Msg
			}
			r.report(diag.Error, d.InputOffset(), "TBXSyntax", map[string]any{"Err": msg})
			break
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !sawRoot {
				sawRoot = true
				if t.Name.Local != "tbx" && t.Name.Local != "martif" {
					r.report(diag.Error, off, "TBXWrongRoot", map[string]any{"Root": t.Name.Local})
					return
				}
				r.root(t, off)
				r.stack = append(r.stack, frame{kind: kPass, off: off, name: t.Name, ns: declared(t)})
				continue
			}
			if len(r.stack) == 0 {
				r.report(diag.Error, off, "TBXSyntax", map[string]any{"Err": "a second root element <" + t.Name.Local + ">"})
				return
			}
			r.start(t, off)
		case xml.EndElement:
			if n := len(r.stack); n == 0 || r.stack[n-1].name != t.Name {
				open := ""
				if n > 0 {
					open = qname(r.stack[n-1].name)
				}
				r.report(diag.Error, off, "TBXSyntax", map[string]any{"Err": "element <" + open + "> closed by </" + qname(t.Name) + ">"})
				return
			}
			r.end(d.InputOffset())
		case xml.CharData:
			if n := len(r.stack); n > 0 {
				switch r.stack[n-1].kind {
				case kTerm, kLeaf, kInline, kTitle:
					r.text.Write(t)
				}
			}
		}
	}
	b.File(name)
}

func qname(n xml.Name) string {
	if n.Space != "" {
		return n.Space + ":" + n.Local
	}
	return n.Local
}

// root reads the root's xml:lang: the glossary's source language.
func (r *reader) root(t xml.StartElement, off int64) {
	if lang, ok := xmlLang(t); ok {
		r.b.Source(r.name, r.pos(off), lang)
	}
}

func xmlLang(t xml.StartElement) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == "lang" && (a.Name.Space == "" || a.Name.Space == "http://www.w3.org/XML/1998/namespace" || a.Name.Space == "xml") {
			return strings.TrimSpace(a.Value), true
		}
	}
	return "", false
}

func attr(t xml.StartElement, name string) (string, bool) {
	for _, a := range t.Attr {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value, true
		}
	}
	return "", false
}

// parent is the kind of the innermost open element that is not a
// pass-through group.
func (r *reader) parent() kind {
	for i := len(r.stack) - 1; i >= 0; i-- {
		if k := r.stack[i].kind; k != kPass {
			return k
		}
	}
	return kPass
}

// leafElements are the elements whose type attribute names their data
// category (the DCA style); any other element inside an entry is its own
// category (the DCT style: <basic:subjectField>, <min:administrativeStatus>).
var leafElements = map[string]bool{"descrip": true, "termNote": true, "admin": true, "note": true, "ref": true, "xref": true}

// groups are read through: their descrip, termNote or admin counts as the
// parent's.
var groups = map[string]bool{"descripGrp": true, "termNoteGrp": true, "adminGrp": true, "termGrp": true}

func (r *reader) start(t xml.StartElement, off int64) {
	name := t.Name.Local
	in := r.parent()
	ns := declared(t)
	push := func(k kind) { r.stack = append(r.stack, frame{kind: k, off: off, name: t.Name, ns: ns}) }
	if in == kLeaf || in == kInline {
		r.uses(t, ns)
	}
	switch in {
	case kSkip:
		push(kSkip)
		return
	case kTerm, kLeaf, kInline:
		push(kInline)
		return
	case kHeader:
		if name == "title" {
			r.text.Reset()
			push(kTitle)
			return
		}
		if name == "fileDesc" || name == "titleStmt" {
			push(kHeader)
			return
		}
		push(kSkip)
		return
	case kTitle:
		push(kInline)
		return
	}
	switch {
	case in == kPass && r.entry == nil && (name == "martifHeader" || name == "tbxHeader"):
		push(kHeader)
	case in == kPass && r.entry == nil && (name == "termEntry" || name == "conceptEntry"):
		r.startEntry(t, off)
		push(kEntry)
	case in == kPass && r.entry == nil && name == "back":
		push(kSkip)
	case in == kPass && r.entry == nil:
		push(kPass) // text, body
	case in == kEntry && (name == "langSet" || name == "langSec"):
		r.lang, r.langOK = xmlLang(t)
		r.langAt = r.pos(off)
		if !r.langOK {
			r.report(diag.Error, off, "TBXMissingLang", map[string]any{"Element": name})
		}
		push(kLang)
	case in == kLang && (name == "tig" || name == "ntig" || name == "termSec"):
		r.hold = &holder{off: off, lang: r.lang, langPos: r.langAt}
		push(kHolder)
	case in == kHolder && name == "term" && !r.hold.hasTerm:
		r.text.Reset()
		r.hold.hasTerm = true
		r.hold.termPos = r.pos(off)
		push(kTerm)
	case groups[name] && in != kPass:
		push(kPass)
		f := &r.stack[len(r.stack)-1]
		f.group, f.mark = true, len(*r.kept(in))
		r.uses(t, ns)
	case in == kEntry || in == kLang || in == kHolder:
		f := frame{kind: kLeaf, off: off, name: t.Name, ns: ns}
		if leafElements[name] {
			typ, _ := attr(t, "type")
			f.category = normCategory(typ)
			f.label = name
			if typ != "" {
				f.label += " type=" + strconv.Quote(typ)
			}
			if name == "note" {
				f.category = "note"
			}
		} else {
			f.category = normCategory(name)
			f.label = name
		}
		r.text.Reset()
		r.stack = append(r.stack, f)
		r.uses(t, ns)
	default:
		r.unreadElement(name, off)
		push(kSkip)
	}
}

// normCategory folds a data category's name: "Usage note", "usageNote"
// and "usage-note" are one.
func normCategory(s string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '_', '\t', '\n', '\r':
			return -1
		}
		return unicode.ToLower(r)
	}, s)
}

// declared returns the namespace prefixes t declares, nil if none.
func declared(t xml.StartElement) map[string]string {
	var ns map[string]string
	for _, a := range t.Attr {
		if a.Name.Space == "xmlns" {
			if ns == nil {
				ns = map[string]string{}
			}
			ns[a.Name.Local] = a.Value
		}
	}
	return ns
}

// uses records, in the innermost leaf or group being read, the prefixes
// t uses (in its name and attributes) that an element enclosing that
// leaf or group declares: a kept element needs them declared where it is
// written back. (t's own frame, declaring ns, may not be pushed yet.)
func (r *reader) uses(t xml.StartElement, ns map[string]string) {
	owner := -1
	for i := len(r.stack) - 1; i >= 0; i-- {
		if f := &r.stack[i]; f.kind == kLeaf || f.group {
			owner = i
			break
		}
	}
	if owner < 0 {
		return
	}
	use := func(p string) {
		if p == "" || p == "xml" || p == "xmlns" || ns[p] != "" {
			return
		}
		for i := len(r.stack) - 1; i >= 0; i-- {
			uri, ok := r.stack[i].ns[p]
			if !ok {
				continue
			}
			if i < owner { // declared inside: nothing needed
				f := &r.stack[owner]
				if f.need == nil {
					f.need = map[string]string{}
				}
				f.need[p] = uri
			}
			return
		}
	}
	use(t.Name.Space)
	for _, a := range t.Attr {
		use(a.Name.Space)
	}
}

// kept is where an element of the level in (kEntry, kLang, kHolder) is
// kept: the concept's Extra (also for a language section's), the term's.
func (r *reader) kept(in kind) *[]glossary.Foreign {
	if in == kHolder && r.hold != nil {
		return &r.hold.extra
	}
	return &r.entry.in.Extra
}

// keep keeps the element f, which ends at end, at its level.
func (r *reader) keep(f frame, end int64) {
	in := r.parent()
	x := glossary.Foreign{Format: "tbx", Raw: string(r.src[f.off:end]), Namespaces: f.need}
	if in == kLang {
		if !r.langOK {
			return
		}
		x.Lang = r.lang
	}
	k := r.kept(in)
	*k = append(*k, x)
}

// endGroup keeps a group whose parts were all kept as one element, and
// tells the enclosing group that it has something read.
func (r *reader) endGroup(f frame, end int64) {
	if f.known {
		r.markKnown()
		return
	}
	k := r.kept(r.parent())
	if len(*k) <= f.mark {
		return
	}
	need := f.need
	for _, x := range (*k)[f.mark:] {
		for p, uri := range x.Namespaces {
			if need == nil {
				need = map[string]string{}
			}
			if _, ok := need[p]; !ok {
				need[p] = uri
			}
		}
	}
	*k = (*k)[:f.mark]
	f.need = need
	r.keep(f, end)
}

// markKnown tells the innermost open group that one of its parts was
// read.
func (r *reader) markKnown() {
	for i := len(r.stack) - 1; i >= 0; i-- {
		switch f := &r.stack[i]; {
		case f.group:
			f.known = true
			return
		case f.kind != kPass:
			return
		}
	}
}

func (r *reader) unreadElement(label string, off int64) {
	if r.unread[label] {
		return
	}
	r.unread[label] = true
	r.report(diag.Info, off, "TBXNotRead", map[string]any{"Element": label})
}

func (r *reader) startEntry(t xml.StartElement, off int64) {
	e := &entry{in: glossary.ConceptInput{File: r.name, Pos: r.pos(off), Index: r.index}}
	r.index++
	e.in.IDPos = e.in.Pos
	e.in.HasID = true
	if id, ok := attr(t, "id"); ok && strings.TrimSpace(id) != "" {
		e.in.ID = id
	} else {
		// An entry without id is named as the builder names it in
		// messages: its place in the file.
		e.in.ID = "#" + strconv.Itoa(r.index)
	}
	r.entry = e
}

func (r *reader) end(endOff int64) {
	n := len(r.stack)
	if n == 0 {
		return
	}
	f := r.stack[n-1]
	r.stack = r.stack[:n-1]
	switch f.kind {
	case kTitle:
		r.b.Name(strings.TrimSpace(r.text.String()))
	case kTerm:
		r.hold.text = strings.TrimSpace(r.text.String())
		r.markKnown()
	case kLeaf:
		if r.leaf(f, strings.TrimSpace(r.text.String())) {
			r.markKnown()
		} else {
			r.keep(f, endOff)
		}
	case kPass:
		if f.group {
			r.endGroup(f, endOff)
		}
	case kHolder:
		h := r.hold
		r.hold = nil
		if !h.hasTerm {
			r.report(diag.Error, h.off, "TBXNoTerm", nil)
			return
		}
		if r.langOK {
			r.entry.terms = append(r.entry.terms, *h)
		}
	case kLang:
		r.langOK = false
	case kEntry:
		r.finishEntry()
		r.entry = nil
	}
}

// statuses maps administrativeStatus and normativeAuthorization values
// (TBX's picklists, their short forms, and what Weblate writes) to glosa's.
var statuses = map[string]glossary.Status{
	"preferredterm-admn-sts":    glossary.Preferred,
	"preferred":                 glossary.Preferred,
	"standardizedterm-admn-sts": glossary.Preferred,
	"standardized":              glossary.Preferred,
	"admittedterm-admn-sts":     glossary.Admitted,
	"admitted":                  glossary.Admitted,
	"deprecatedterm-admn-sts":   glossary.Deprecated,
	"deprecated":                glossary.Deprecated,
	"supersededterm-admn-sts":   glossary.Deprecated,
	"superseded":                glossary.Deprecated,
	"forbidden":                 glossary.Forbidden,
	"forbiddenterm-admn-sts":    glossary.Forbidden,
	"obsolete":                  glossary.Forbidden,
}

// leaf acts on a data category's text; it reports whether it read it
// (false: an element glosa does not read, to keep).
func (r *reader) leaf(f frame, text string) bool {
	in := r.parent()
	e := r.entry
	switch f.category {
	case "subjectfield":
		if text != "" {
			e.domains = append(e.domains, text)
		}
		return true
	case "definition", "note", "usagenote", "explanation", "":
		if text == "" {
			return true
		}
		if in == kHolder {
			if f.category == "usagenote" && strings.EqualFold(text, "forbidden") {
				r.setStatus(glossary.Forbidden)
				return true
			}
			r.hold.notes = append(r.hold.notes, text)
			return true
		}
		if in == kLang && r.langOK {
			text = r.lang + ": " + text
		}
		e.notes = append(e.notes, text)
		return true
	}
	switch {
	case in == kHolder && (f.category == "administrativestatus" || f.category == "normativeauthorization"):
		st, ok := statuses[strings.ToLower(text)]
		if !ok {
			r.report(diag.Error, f.off, "TBXBadStatus", map[string]any{"Value": text})
			return true
		}
		// A glosa forbidden term is written deprecated plus x-glosa-status:
		// the stronger status stays.
		if !r.hold.explicit || st > r.hold.status {
			r.setStatus(st)
		}
	case in == kHolder && f.category == "xglosastatus":
		if text != "forbidden" {
			r.report(diag.Error, f.off, "TBXBadStatus", map[string]any{"Value": text})
			return true
		}
		r.setStatus(glossary.Forbidden)
	case in == kHolder && f.category == "xglosaform":
		r.hold.forms = append(r.hold.forms, glossary.TermInput{Lang: r.hold.lang, LangPos: r.hold.langPos,
			Text: text, Pos: r.pos(f.off), Form: true})
	case in == kEntry && f.category == "xglosacase":
		e.in.Case, e.in.CasePos = text, r.pos(f.off)
	case in == kEntry && f.category == "xglosamatch":
		e.in.Match, e.in.MatchPos = text, r.pos(f.off)
	case in == kEntry && f.category == "xglosaid":
		e.in.ID, e.in.IDPos = text, r.pos(f.off)
	default:
		r.unreadElement(f.label, f.off)
		return false
	}
	return true
}

func (r *reader) setStatus(st glossary.Status) {
	r.hold.status, r.hold.explicit = st, true
}

// finishEntry gives unmarked terms their status (in each language, the
// first is preferred unless one is marked preferred; the others admitted)
// and adds the concept.
func (r *reader) finishEntry() {
	e := r.entry
	in := &e.in
	if len(e.domains) > 0 {
		in.Domain = strings.Join(e.domains, "; ")
	}
	hasPreferred := map[string]bool{}
	for _, h := range e.terms {
		if h.explicit && h.status == glossary.Preferred {
			hasPreferred[h.lang] = true
		}
	}
	notes := e.notes
	var forms []glossary.TermInput
	for _, h := range e.terms {
		st := h.status
		if !h.explicit {
			st = glossary.Admitted
			if !hasPreferred[h.lang] {
				st = glossary.Preferred
				hasPreferred[h.lang] = true
			}
		}
		in.Terms = append(in.Terms, glossary.TermInput{Lang: h.lang, LangPos: h.langPos, Text: h.text, Pos: h.termPos, Status: st, Extra: h.extra})
		forms = append(forms, h.forms...)
		for _, n := range h.notes {
			notes = append(notes, h.text+": "+n)
		}
	}
	in.Terms = append(in.Terms, forms...)
	in.Note = strings.Join(notes, "\n")
	r.b.Add(*in)
}

func (r *reader) pos(off int64) glossary.Pos {
	line, col := r.lines.at(int(off))
	return glossary.Pos{Line: line, Col: col}
}

func (r *reader) report(sev diag.Severity, off int64, id string, data map[string]any) {
	p := r.pos(off)
	r.b.Report(diag.Diagnostic{File: r.name, Line: p.Line, Col: p.Col, Severity: sev, ID: id, Data: data})
}

// A lineCursor turns byte offsets into lines and columns (in code points)
// in one pass when offsets grow, as a reader asks for them.
type lineCursor struct {
	src       []byte
	off       int
	line, col int
}

func (c *lineCursor) at(off int) (int, int) {
	// A place past the end (an error at EOF) is the last character's.
	if off >= len(c.src) {
		off = len(c.src) - 1
		for off > 0 && !utf8.RuneStart(c.src[off]) {
			off--
		}
	}
	if off < 0 {
		off = 0
	}
	if off < c.off {
		c.off, c.line, c.col = 0, 1, 1
	}
	for i := c.off; i < off; i++ {
		switch b := c.src[i]; {
		case b == '\n':
			c.line, c.col = c.line+1, 1
		case utf8.RuneStart(b):
			c.col++
		}
	}
	c.off = off
	return c.line, c.col
}

// charsets are the encodings toUTF8 decodes, by the names an XML
// declaration gives them.
var charsets = map[string]encoding.Encoding{
	"utf-8":        nil,
	"utf8":         nil,
	"utf-16":       nil, // decoded by its BOM
	"utf-16le":     nil,
	"utf-16be":     nil,
	"iso-8859-1":   charmap.ISO8859_1,
	"latin1":       charmap.ISO8859_1,
	"iso-8859-15":  charmap.ISO8859_15,
	"windows-1252": charmap.Windows1252,
	"cp1252":       charmap.Windows1252,
	"windows-1251": charmap.Windows1251,
	"koi8-r":       charmap.KOI8R,
}

var encodingDecl = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']`)
})

// toUTF8 returns src in UTF-8: UTF-16 by its byte-order mark (as Trados
// MultiTerm writes it), the single-byte encodings an XML declaration may
// name, UTF-8 (its BOM dropped) as it is. Positions are then counted in
// the decoded text, which has the same lines and columns.
func toUTF8(src []byte) ([]byte, error) {
	switch {
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}):
		return xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM).NewDecoder().Bytes(src)
	case bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM).NewDecoder().Bytes(src)
	case bytes.HasPrefix(src, []byte("\xEF\xBB\xBF")):
		return src[3:], nil
	}
	m := encodingDecl().FindSubmatch(src)
	if m == nil {
		return src, nil
	}
	if enc := charsets[strings.ToLower(string(m[1]))]; enc != nil {
		return enc.NewDecoder().Bytes(src)
	}
	return src, nil
}

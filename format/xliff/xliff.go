package xliff

import (
	"encoding/xml"
	"io"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/xmlmsg"
	"github.com/glosa-dev/glosa/format/placeholder"
)

func init() {
	format.Register(format.Format{Name: "xliff", Extensions: []string{".xlf", ".xliff"}, Sniff: Sniff, Read: Read, Catalog: true, Keyed: true})
}

// Sniff reports whether a file's first bytes open an <xliff> root element.
func Sniff(head []byte) bool { return xmlmsg.Root(head) == "xliff" }

// Read reads an XLIFF 1.x or 2.x file: Docs[0] the sources, Docs[1] the
// targets, File.Units a row per message (per plural form).
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	src, err := format.ReadAll(name, r, opts, xmlmsg.Declared)
	if err != nil {
		return nil, err
	}
	rd := &reader{s: xmlmsg.NewScanner(name, src, "XLIFFBadXML"), opts: opts,
		src: &format.Document{File: name}, trg: &format.Document{File: name}}
	return rd.read()
}

type reader struct {
	s        *xmlmsg.Scanner
	opts     format.Options
	v2       bool
	src, trg *format.Document
	rows     [][]int
	errs     diag.List
	// the languages the first <file> (XLIFF 1) or the root (XLIFF 2)
	// declared, and whether they are known yet
	declSrc, declTrg string
	langs            bool
	// files counts <file> elements; fileOf names each unit's file, in
	// Docs[0] then Docs[1], for Context when there are several
	files        int
	file         string
	srcOf, trgOf []int
	fileNames    []string
	seen         map[string]int // key → line of its first unit, in this file
}

func (r *reader) read() (*format.File, error) {
	root := false
	for {
		tok, err := r.s.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			r.add(err)
			break
		}
		st, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root {
			if err := r.s.Skip(); err != nil {
				r.add(err)
				break
			}
			continue
		}
		root = true
		if st.Name.Local != "xliff" {
			r.errs.Add(r.s.Diag(r.s.Start, "XLIFFNotXLIFF", map[string]any{"Element": st.Name.Local}))
			break
		}
		if !r.version(st) {
			break
		}
		if r.v2 {
			r.setLangs(attr(st, "srcLang"), attr(st, "trgLang"), r.s.Start)
		}
		if err := r.walk(); err != nil {
			r.add(err)
			break
		}
	}
	if !root && len(r.errs) == 0 {
		r.errs.Add(r.s.Diag(0, "XLIFFNotXLIFF", map[string]any{"Element": ""}))
	}
	if len(r.errs) > 0 {
		return nil, r.errs
	}
	if !r.langs {
		r.setLangs("", "", 0)
	}
	if r.files > 1 { // ids are unique in a file: the file tells units apart
		for i, f := range r.srcOf {
			r.src.Units[i].Context = r.fileNames[f]
		}
		for i, f := range r.trgOf {
			r.trg.Units[i].Context = r.fileNames[f]
		}
	}
	return &format.File{Name: r.src.File, Docs: []*format.Document{r.src, r.trg}, Units: r.rows}, nil
}

func (r *reader) add(err error) {
	switch e := err.(type) {
	case diag.Diagnostic:
		r.errs.Add(e)
	case diag.List:
		for _, d := range e {
			r.errs.Add(d)
		}
	default:
		r.errs.Add(diag.Diagnostic{File: r.src.File, Severity: diag.Error, ID: "XLIFFBadXML", Data: map[string]any{"Error": err.Error()}})
	}
}

// version reads the root's version (or, without one, its namespace).
func (r *reader) version(st xml.StartElement) bool {
	v := attr(st, "version")
	switch {
	case v == "":
		r.v2 = strings.Contains(st.Name.Space, "xliff:document:2")
	case v == "1.0" || v == "1.1" || v == "1.2":
	case v == "2.0" || v == "2.1" || v == "2.2":
		r.v2 = true
	default:
		r.errs.Add(r.s.Diag(r.s.Start, "XLIFFBadVersion", map[string]any{"Version": v}))
		return false
	}
	return true
}

// setLangs decides the documents' languages from the first declaration;
// a later <file> must declare the same.
func (r *reader) setLangs(srcLang, trgLang string, off int) {
	srcLang, trgLang = xmlmsg.Lang(srcLang), xmlmsg.Lang(trgLang)
	if r.langs {
		if (srcLang != "" && srcLang != r.declSrc) || (trgLang != "" && trgLang != r.declTrg) {
			r.errs.Add(r.s.Diag(off, "XLIFFMixedLanguages", map[string]any{
				"Source": srcLang, "Target": trgLang, "FirstSource": r.declSrc, "FirstTarget": r.declTrg}))
		}
		return
	}
	r.langs, r.declSrc, r.declTrg = true, srcLang, trgLang
	r.src.Lang = first(srcLang, xmlmsg.Lang(r.opts.SourceLang), "en")
	r.trg.Lang = first(trgLang, xmlmsg.LangFromName(r.src.File), xmlmsg.Lang(r.opts.Lang))
}

func first(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}

// walk reads the children of a container element (xliff, file, body,
// group) up to its end.
func (r *reader) walk() error {
	for {
		tok, err := r.s.Next()
		if err != nil {
			return r.s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			switch l := t.Name.Local; {
			case l == "file":
				r.files++
				r.seen = map[string]int{}
				if r.v2 {
					r.file = attr(t, "id")
				} else {
					r.file = attr(t, "original")
					r.setLangs(attr(t, "source-language"), attr(t, "target-language"), r.s.Start)
				}
				r.fileNames = append(r.fileNames, r.file)
				err = r.walk()
			case l == "body" && !r.v2, l == "group":
				err = r.walk()
			case l == "trans-unit" && !r.v2, l == "unit" && r.v2:
				err = r.unit(t)
			default: // header, skeleton, notes of a file, bin-unit, …
				err = r.s.Skip()
			}
			if err != nil {
				return err
			}
		}
	}
}

// A seg is one source and its target: an XLIFF 1 trans-unit, an XLIFF 2
// segment.
type seg struct {
	id       string
	src, trg *xmlmsg.Value
	state    string
	off      int // where the element starts
}

func (r *reader) unit(st xml.StartElement) error {
	start := r.s.Start
	if r.files == 0 { // an XLIFF 1 trans-unit outside <file>
		r.files, r.seen = 1, map[string]int{}
		r.fileNames = append(r.fileNames, "")
		r.setLangs("", "", start)
	}
	id := attr(st, "id")
	key := first(attr(st, "resname"), attr(st, "name"), id)
	if !r.v2 {
		key = first(attr(st, "resname"), id)
	}
	var notes []string
	var segs []seg
	var cur *seg
	if !r.v2 {
		segs = []seg{{off: start, state: approved(attr(st, "approved"))}}
		cur = &segs[0]
	}
	for depth := 0; ; {
		tok, err := r.s.Next()
		if err != nil {
			return r.s.Unclosed(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			if depth == 0 {
				goto done
			}
			depth-- // the end of a segment
			cur = nil
		case xml.StartElement:
			var err error
			switch l := t.Name.Local; {
			case l == "segment" && r.v2:
				segs = append(segs, seg{id: attr(t, "id"), state: attr(t, "state"), off: r.s.Start})
				cur = &segs[len(segs)-1]
				depth++
			case l == "notes" && r.v2:
				depth++
			case l == "note":
				var n string
				if n, err = r.s.Text(); strings.TrimSpace(n) != "" {
					notes = append(notes, strings.TrimSpace(n))
				}
			case l == "source" && cur != nil && cur.src == nil:
				cur.src, err = r.s.Value(inline)
			case l == "target" && cur != nil && cur.trg == nil:
				if s := attr(t, "state"); s != "" {
					cur.state = s
				}
				cur.trg, err = r.s.Value(inline)
			default: // alt-trans, seg-source, context-group, originalData, ignorable, …
				err = r.s.Skip()
			}
			if err != nil {
				return err
			}
		}
	}
done:
	if key == "" {
		r.errs.Add(r.s.Diag(start, "XLIFFNoID", map[string]any{"Element": st.Name.Local}))
		return nil
	}
	if line, ok := r.seen[key]; ok {
		r.errs.Add(r.s.Diag(start, "XLIFFDuplicateID", map[string]any{"ID": key, "Line": line}))
		return nil
	}
	line, _ := r.s.Pos(start)
	r.seen[key] = line
	if attr(st, "translate") == "no" {
		return nil // not to translate: never checked
	}
	for n, sg := range segs {
		k := key
		if len(segs) > 1 {
			k = key + "#" + first(sg.id, strconv.Itoa(n+1))
		}
		if sg.src == nil {
			r.errs.Add(r.s.Diag(sg.off, "XLIFFNoSource", map[string]any{"ID": k}))
			continue
		}
		r.emit(k, notes, sg)
	}
	return nil
}

// approved is the state that XLIFF 1's approved="yes" gives a unit whose
// target says none.
func approved(a string) string {
	if a == "yes" {
		return "final"
	}
	return ""
}

// inline says what an element inside a source or target is.
func inline(local string) xmlmsg.Inline {
	switch local {
	case "x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "sm", "em":
		return xmlmsg.Whole
	case "cp":
		return xmlmsg.CodePoint
	}
	return xmlmsg.Paired // g, mrk, pc, and what XLIFF does not define
}

// states maps XLIFF 1's target states and XLIFF 2's segment states.
var states = map[string]format.State{
	"new": format.NeedsTranslation, "needs-translation": format.NeedsTranslation,
	"needs-adaptation": format.NeedsTranslation, "needs-l10n": format.NeedsTranslation,
	"needs-review-translation": format.NeedsReview, "needs-review-adaptation": format.NeedsReview,
	"needs-review-l10n": format.NeedsReview,
	"translated":        format.Translated, "signed-off": format.Final, "final": format.Final,
	// XLIFF 2
	"initial": format.NeedsTranslation, "reviewed": format.Final,
}

// emit adds a seg's source and target units and their rows.
func (r *reader) emit(key string, notes []string, sg seg) {
	srcParts := forms(sg.src)
	plural := len(srcParts) > 1 && !intervals(sg.src, srcParts)
	if !plural {
		srcParts = []part{{0, len(sg.src.Text)}}
	}
	var flags []string
	if sg.state != "" {
		flags = []string{sg.state}
	}
	srcIdx := r.add1(r.src, &r.srcOf, key, notes, nil, format.StateUnknown, sg.src, srcParts, plural)
	if sg.trg == nil {
		for _, s := range srcIdx {
			r.rows = append(r.rows, []int{s, -1})
		}
		return
	}
	trgParts := []part{{0, len(sg.trg.Text)}}
	if plural {
		trgParts = forms(sg.trg)
	}
	trgIdx := r.add1(r.trg, &r.trgOf, key, notes, flags, states[sg.state], sg.trg, trgParts, plural)
	// A target form pairs with the source form of its category, else the
	// source's "other", else its last form.
	bySrc := map[string]int{}
	for _, s := range srcIdx {
		bySrc[r.src.Units[s].Plural] = s
	}
	used := map[int]bool{}
	for _, t := range trgIdx {
		s, ok := bySrc[r.trg.Units[t].Plural]
		if !ok {
			if s, ok = bySrc["other"]; !ok {
				s = srcIdx[len(srcIdx)-1]
			}
		}
		used[s] = true
		r.rows = append(r.rows, []int{s, t})
	}
	for _, s := range srcIdx {
		if !used[s] {
			r.rows = append(r.rows, []int{s, -1})
		}
	}
}

// add1 appends a value's forms to d as units and returns their indices.
func (r *reader) add1(d *format.Document, of *[]int, key string, notes, flags []string, state format.State, v *xmlmsg.Value, parts []part, plural bool) []int {
	var cats []string
	if plural {
		cats = categories(d.Lang)
	}
	var out []int
	for i, p := range parts {
		start, end, tags := v.Append(d, p.from, p.to)
		u := format.Unit{Kind: format.Message, Start: start, Body: start, End: end, Para: len(d.Units),
			Key: key, Notes: notes, Flags: flags, State: state,
			Spans: xmlmsg.Spans(d.Text, start, end, tags, find)}
		if plural {
			u.Plural = category(cats, i)
		}
		out = append(out, len(d.Units))
		d.Units = append(d.Units, u)
		*of = append(*of, r.files-1)
	}
	return out
}

// find returns the placeholders of a piece of text outside inline
// elements: Symfony's %name%, then printf, {name}, {{ name }} and HTML or
// XML tags written as text (&lt;b&gt;).
func find(s string, base int) []format.Span {
	var out []format.Span
	at := 0
	for _, m := range percentName().FindAllStringIndex(s, -1) {
		out = append(out, placeholder.Find(s[at:m[0]], base+at, syntaxes)...)
		out = append(out, format.Span{Start: base + m[0], End: base + m[1], Kind: format.Placeholder})
		at = m[1]
	}
	return append(out, placeholder.Find(s[at:], base+at, syntaxes)...)
}

const syntaxes = placeholder.Printf | placeholder.Brace | placeholder.DoubleBrace | placeholder.Tag

// percentName is Symfony's placeholder: %count%, %limit%.
var percentName = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`%[A-Za-z_][A-Za-z0-9_.-]*%`) })

func attr(st xml.StartElement, local string) string {
	for _, a := range st.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

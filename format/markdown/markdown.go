package markdown

import (
	"bytes"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/segment"
)

func init() {
	format.Register(format.Format{Name: "markdown", Extensions: []string{".md", ".markdown", ".mdx"}, NeedsLang: true, Read: Read})
}

// Read reads a Markdown file named name (MDX when the name ends in .mdx)
// as one document in opts.Lang.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	d, err := Document(name, b, opts)
	if err != nil {
		return nil, err
	}
	return &format.File{Name: name, Docs: []*format.Document{d}, LintSource: true}, nil
}

// Document returns the document of src, the decoded text of a Markdown
// file named name; it is MDX when name ends in .mdx. The error is a
// diag.List (front matter that is not closed, a quoted value that is not).
func Document(name string, src []byte, opts format.Options) (*format.Document, error) {
	mdx := strings.EqualFold(filepath.Ext(name), ".mdx")
	b := &builder{file: src, src: src, lines: format.LineStarts(src), fileAt: -1}
	b.text = make([]byte, 0, len(src))
	var errs diag.List
	fmEnd := b.frontMatter(name, &errs)
	if len(errs) > 0 {
		return nil, errs
	}
	parse := src
	if fmEnd > 0 || mdx {
		parse = slices.Clone(src)
		blank(parse[:fmEnd])
		if mdx {
			blankMDX(parse[fmEnd:])
			var removed []int
			parse, removed = dedent(parse, fmEnd)
			b.lines = format.LineStarts(parse)
			b.delta = make([]int, len(b.lines))
			orig := format.LineStarts(src)
			for i := range b.lines {
				b.delta[i] = orig[i] + removed[i] - b.lines[i]
			}
			b.orig = orig
		}
	}
	b.src = parse
	doc := parserFor(mdx).Parse(text.NewReader(parse))
	b.block(doc)
	return &format.Document{File: name, Lang: opts.Lang, Text: b.text, Map: b.m, Units: b.units, Suppress: format.TextSuppressions(src)}, nil
}

var parsers = [2]func() parser.Parser{
	sync.OnceValue(func() parser.Parser { return newParser(false) }),
	sync.OnceValue(func() parser.Parser { return newParser(true) }),
}

func parserFor(mdx bool) parser.Parser {
	if mdx {
		return parsers[1]()
	}
	return parsers[0]()
}

// newParser returns goldmark's CommonMark parser with the GFM tables,
// strikethrough, task lists and bare URLs; MDX has no indented code (its
// JSX children are indented).
func newParser(mdx bool) parser.Parser {
	blocks := parser.DefaultBlockParsers()
	if mdx {
		code := parser.NewCodeBlockParser()
		blocks = slices.DeleteFunc(blocks, func(v util.PrioritizedValue) bool { return v.Value == code })
		for i, v := range blocks {
			blocks[i].Value = indented{v.Value.(parser.BlockParser)}
		}
	}
	p := parser.NewParser(parser.WithBlockParsers(blocks...), parser.WithInlineParsers(parser.DefaultInlineParsers()...),
		parser.WithParagraphTransformers(parser.DefaultParagraphTransformers()...))
	md := goldmark.New(goldmark.WithParser(p), goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList, extension.Linkify))
	return md.Parser()
}

// indented is a block parser that opens its blocks however indented the
// line is: MDX has no indented code.
type indented struct{ parser.BlockParser }

func (indented) CanAcceptIndentedLine() bool { return true }

// A builder makes a document's Text and Map from a file's bytes.
type builder struct {
	file  []byte // the file's bytes
	src   []byte // the bytes goldmark reads: file's, front matter and JSX blanked
	lines []int  // offsets of src's line starts
	// delta, when src is not the file's bytes shifted (MDX dedented),
	// gives for each line what to add to an offset of src to make it the
	// file's; orig are then the file's line starts.
	delta, orig []int
	text        []byte
	m           segment.Map
	units       []format.Unit
	spans       []format.Span
	// fileAt is the file offset the end of text corresponds to, -1 when
	// none does (after a separator or a replaced escape): the next piece
	// of the file then needs an origin.
	fileAt int
	// lastEnd is the file offset after the last piece of the file.
	lastEnd int
	// last position asked (a cache: origins come in file order).
	lastOff, lastLine, lastCol int
}

// pos returns the line and column (1-based, columns in code points) of
// file offset off.
func (b *builder) pos(off int) (int, int) {
	line := sort.Search(len(b.lines), func(i int) bool { return b.lines[i] > off }) // 1-based
	ls := b.lines[line-1]
	if b.delta != nil {
		off += b.delta[line-1]
		ls = b.orig[line-1]
	}
	if b.lastLine == line && b.lastOff <= off {
		b.lastCol += utf8.RuneCount(b.file[b.lastOff:off])
	} else {
		b.lastCol = 1 + utf8.RuneCount(b.file[ls:off])
	}
	b.lastOff, b.lastLine = off, line
	return line, b.lastCol
}

// origin places the end of text at file offset off, unless text and file
// already advance together there.
func (b *builder) origin(off int) {
	if b.fileAt == off {
		return
	}
	line, col := b.pos(off)
	o := segment.Origin{Off: len(b.text), Line: line, Col: col}
	if n := len(b.m); n > 0 && b.m[n-1].Off == o.Off {
		b.m[n-1] = o
	} else {
		b.m = append(b.m, o)
	}
	b.fileAt = off
}

// piece appends the file's bytes [s, e) as they are.
func (b *builder) piece(s, e int) {
	if s >= e {
		return
	}
	b.origin(s)
	b.text = append(b.text, b.src[s:e]...)
	b.fileAt, b.lastEnd = e, e
}

// replace appends repl for the file's bytes [s, e) (an escape, an
// entity).
func (b *builder) replace(s, e int, repl []byte) {
	b.origin(s)
	b.text = append(b.text, repl...)
	b.fileAt = -1
	if utf8.RuneCount(repl) == utf8.RuneCount(b.src[s:e]) && !bytes.ContainsRune(repl, '\n') {
		b.fileAt = e
	}
}

// newline appends a line break; after the file's own "\n", text and file
// still advance together.
func (b *builder) newline() {
	b.text = append(b.text, '\n')
	if b.fileAt >= 0 && b.fileAt < len(b.src) && b.src[b.fileAt] == '\n' {
		b.fileAt++
	} else {
		b.fileAt = -1
	}
}

// escaped appends the file's text [s, e) with its backslash escapes and
// character references resolved.
func (b *builder) escaped(s, e int) {
	src := b.src
	from := s
	for i := s; i < e; i++ {
		switch src[i] {
		case '\\':
			if i+1 < e && util.IsPunct(src[i+1]) {
				b.piece(from, i)
				b.fileAt = -1
				from = i + 1
				i++
			}
		case '&':
			if n, repl := reference(src[i:e]); n > 0 {
				b.piece(from, i)
				b.replace(i, i+n, repl)
				from = i + n
				i += n - 1
			}
		}
	}
	b.piece(from, e)
}

// reference reads the character reference at the start of p (&amp;,
// &#1046;, &#x416;) and returns its length and its text, or 0.
func reference(p []byte) (int, []byte) {
	end := bytes.IndexByte(p[:min(len(p), 40)], ';')
	if end < 2 {
		return 0, nil
	}
	name := p[1:end]
	if name[0] == '#' {
		v, base, digits := 0, 10, name[1:]
		if len(digits) > 0 && digits[0]|0x20 == 'x' {
			base, digits = 16, digits[1:]
		}
		if len(digits) == 0 || len(digits) > 7 {
			return 0, nil
		}
		for _, c := range digits {
			d := hexDigit(c)
			if d < 0 || d >= base {
				return 0, nil
			}
			v = v*base + d
		}
		if v == 0 || v > utf8.MaxRune || !utf8.ValidRune(rune(v)) {
			v = utf8.RuneError
		}
		return end + 1, utf8.AppendRune(nil, rune(v))
	}
	if e, ok := util.LookUpHTML5EntityByName(string(name)); ok {
		return end + 1, e.Characters
	}
	return 0, nil
}

func hexDigit(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c|0x20 >= 'a' && c|0x20 <= 'f':
		return int(c|0x20-'a') + 10
	}
	return -1
}

// begin starts a unit: the separator from the previous one.
func (b *builder) begin() {
	if len(b.units) > 0 || len(b.text) > 0 {
		b.text = append(b.text, '\n', '\n')
		b.fileAt = -1
	}
	b.spans = nil
}

// end adds the unit started at start, whose text starts at body, placed at
// file offset at if it is empty.
func (b *builder) end(kind format.Kind, start, body, at int, key string) {
	if len(b.text) == start {
		if at < 0 || at > len(b.src) { // a table's missing cell: where the last text ended
			at = b.lastEnd
		}
		b.fileAt = -1
		b.origin(at)
	}
	b.units = append(b.units, format.Unit{Kind: kind, Start: start, Body: body, End: len(b.text), Para: len(b.units), Key: key, Spans: b.spans})
	b.spans = nil
}

// block adds the units of a block and of the blocks it holds.
func (b *builder) block(n ast.Node) {
	switch n := n.(type) {
	case *ast.Heading:
		b.inlineUnit(format.Heading, n, -1)
	case *ast.Paragraph, *ast.TextBlock:
		b.inlineUnit(format.Prose, n, -1)
	case *ast.ListItem:
		c := n.FirstChild()
		if c == nil {
			b.begin()
			start := len(b.text)
			b.piece(n.Pos(), markerEnd(b.src, n.Pos()))
			b.end(format.ListItem, start, len(b.text), n.Pos(), "")
			return
		}
		if c.Kind() == ast.KindParagraph || c.Kind() == ast.KindTextBlock {
			b.inlineUnit(format.ListItem, c, n.Pos())
			c = c.NextSibling()
		}
		for ; c != nil; c = c.NextSibling() {
			b.block(c)
		}
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		b.code(n.Pos())
	case *ast.HTMLBlock, *ast.ThematicBreak:
	case *east.TableCell:
		b.inlineUnit(format.Prose, n, -1)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			b.block(c)
		}
	}
}

// code adds an empty Code unit at file offset at: rules never read code,
// its place in the document is kept.
func (b *builder) code(at int) {
	b.begin()
	start := len(b.text)
	b.end(format.Code, start, start, max(at, 0), "")
}

// markerEnd returns where the list marker at off ends, with the spaces
// after it, within its line.
func markerEnd(src []byte, off int) int {
	i := off
	for i < len(src) && src[i] != ' ' && src[i] != '\t' && src[i] != '\n' && src[i] != '\r' {
		i++
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// inlineUnit adds a unit of the inline text of n; marker, when not -1,
// is the file offset of a list item's marker.
func (b *builder) inlineUnit(kind format.Kind, n ast.Node, marker int) {
	at := n.Pos()
	if l := n.Lines(); l != nil && l.Len() > 0 {
		at = l.At(0).Start
	}
	if kind == format.Prose && codeOnly(n, b.src) {
		b.code(at)
		return
	}
	b.begin()
	start := len(b.text)
	if marker >= 0 && at > marker && !bytes.ContainsAny(b.src[marker:at], "\n\r") {
		b.piece(marker, at)
	}
	body := len(b.text)
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		b.inline(c)
	}
	for len(b.text) > body && (b.text[len(b.text)-1] == '\n' || b.text[len(b.text)-1] == ' ') {
		b.text = b.text[:len(b.text)-1]
	}
	if at < 0 {
		at = marker
	}
	b.end(kind, start, body, at, "")
}

// codeOnly reports whether a paragraph holds nothing but code spans (a
// command line written `so`, as tldr-pages does): code, not prose. A
// heading or a list item of code stays one (### `src/`).
func codeOnly(n ast.Node, src []byte) bool {
	code := false
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.CodeSpan:
			code = true
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return false
			}
		default:
			return false
		}
	}
	return code
}

// inline appends the visible text of an inline node.
func (b *builder) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		if n.IsRaw() {
			b.piece(n.Segment.Start, n.Segment.Stop)
		} else {
			b.escaped(n.Segment.Start, n.Segment.Stop)
		}
		if n.SoftLineBreak() || n.HardLineBreak() {
			b.newline()
		}
	case *ast.String:
		b.text = append(b.text, n.Value...)
		b.fileAt = -1
	case *ast.CodeSpan:
		b.codeSpan(n)
	case *ast.AutoLink:
		// The label is the file's bytes: its place is where the link is
		// (Pos may be the space before a bare URL).
		lab := n.Label(b.src)
		s, e := n.Pos(), n.Pos()+len(lab)
		if off := cap(b.src) - cap(lab); len(lab) > 0 && off >= 0 && off+len(lab) <= len(b.src) && &b.src[off] == &lab[0] {
			s, e = off, off+len(lab)
		}
		if s > 0 && e < len(b.src) && b.src[s-1] == '<' && b.src[e] == '>' {
			s, e = s-1, e+1
		}
		b.tag(s, e)
	case *ast.RawHTML:
		start := len(b.text)
		for i := 0; i < n.Segments.Len(); i++ {
			if i > 0 {
				b.newline()
			}
			s := n.Segments.At(i)
			b.piece(s.Start, s.Stop)
		}
		b.spans = append(b.spans, format.Span{Start: start, End: len(b.text), Kind: format.Tag})
	case *ast.Image, *east.TaskCheckBox:
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			b.inline(c)
		}
	}
}

// tag appends the file's bytes [s, e) as a Tag span.
func (b *builder) tag(s, e int) {
	if s < 0 || e <= s || e > len(b.src) {
		return
	}
	start := len(b.text)
	b.piece(s, e)
	b.spans = append(b.spans, format.Span{Start: start, End: len(b.text), Kind: format.Tag})
}

// codeSpan appends a code span, backticks included, as a Tag span.
func (b *builder) codeSpan(n *ast.CodeSpan) {
	s := n.Pos()
	if s < 0 || s >= len(b.src) || b.src[s] != '`' {
		return
	}
	k := s
	for k < len(b.src) && b.src[k] == '`' {
		k++
	}
	ticks := b.src[s:k]
	from := k
	if l, ok := n.LastChild().(*ast.Text); ok {
		from = l.Segment.Stop
	}
	e := len(b.src)
	if j := bytes.Index(b.src[from:], ticks); j >= 0 {
		e = from + j + len(ticks)
	}
	start := len(b.text)
	if !bytes.ContainsAny(b.src[s:e], "\n\r") {
		b.piece(s, e)
	} else {
		at := s
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			t := c.(*ast.Text)
			if c == n.FirstChild() {
				b.piece(at, t.Segment.Start)
			} else {
				b.text = append(b.text, ' ')
				b.fileAt = -1
			}
			stop := t.Segment.Stop
			for stop > t.Segment.Start && (b.src[stop-1] == '\n' || b.src[stop-1] == '\r') {
				stop--
			}
			b.piece(t.Segment.Start, stop)
			at = t.Segment.Stop
		}
		b.piece(max(at, from), e)
	}
	b.spans = append(b.spans, format.Span{Start: start, End: len(b.text), Kind: format.Tag})
}

// blank turns bytes into spaces, keeping the line breaks, so that
// goldmark skips them and every offset stays the file's.
func blank(p []byte) {
	for i, c := range p {
		if c != '\n' && c != '\r' {
			p[i] = ' '
		}
	}
}

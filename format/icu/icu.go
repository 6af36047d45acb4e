// Package icu parses ICU MessageFormat messages, as FormatJS, Flutter's
// ARB files and many web catalogs write them, and turns a message into the
// variants a reader makes units of.
//
// # Syntax
//
// Parse reads literal text; simple arguments {name}, {0}, {n, number},
// {d, date, short}, {n, number, ::currency/EUR}; complex arguments
// {n, plural, offset:1 =0 {…} one {…} other {…}}, {g, select, …} and
// {n, selectordinal, …}, nested to any depth; '#' inside a plural
// branch; FormatJS's rich-text tags <b>…</b> and <br/>; and ICU's
// apostrophe quoting: ” is one apostrophe, and an apostrophe before
// '{', '}', '#' (in a plural branch), '|' or '<' quotes text up to the
// next lone apostrophe. Any other apostrophe is literal ("What's new").
//
// # Variants
//
// Variants turns a message into one Variant per branch of its first
// plural or selectordinal argument (in the order of the text, looking
// into the "other" branch of a select): the text outside the argument
// belongs to every variant, so "You have {n, plural, one {# file} other
// {# files}} left" gives "You have # file left" (one) and "You have #
// files left" (other). Explicit branches (=0, =1) are variants of their
// own whose Plural is the selector as written ("=0"), so that a rule can
// tell "=1" from CLDR's "one". A select argument gives the text of its
// "other" branch (else its first); a plural nested in a variant takes
// the branch of the variant's category, else "other". Arguments, '#' and
// tags are spans of the variant.
package icu

import (
	"strings"
)

// ElemKind is the kind of an element of a message.
type ElemKind uint8

const (
	Literal       ElemKind = iota // text; Pieces are its bytes once quotes are removed
	Arg                           // a simple argument {name} or {name, type, style}
	Pound                         // '#' in a plural branch
	Tag                           // <b>, </b>, <br/>
	Plural                        // {n, plural, …}
	SelectOrdinal                 // {n, selectordinal, …}
	Select                        // {g, select, …}
)

// An Elem is an element of a message, at bytes [Start, End) of it.
type Elem struct {
	Kind       ElemKind
	Start, End int
	Name       string   // an argument's name; a tag's name
	Type       string   // a simple argument's type ("number"), "" for none
	Pieces     [][2]int // a Literal's text: byte ranges of the message
	Branches   []Branch // a complex argument's branches, in order
	Offset     int      // a plural's offset:
}

// A Branch is a branch of a complex argument.
type Branch struct {
	Selector string // "one", "=0", "male", "other"
	Elems    []Elem
}

// An Error is a syntax error at byte Off of the message; ID is a locales
// message ID.
type Error struct {
	Off int
	ID  string
}

func (e *Error) Error() string { return "icu: " + e.ID }

// Parse parses an ICU message.
func Parse(s string) ([]Elem, error) {
	p := &parser{s: s}
	elems := p.message(0, false)
	if p.err == nil && p.i < len(s) {
		p.fail("ICUUnmatchedBrace") // a '}' with no '{'
	}
	if p.err != nil {
		return nil, p.err
	}
	return elems, nil
}

// maxDepth bounds the nesting of arguments.
const maxDepth = 100

type parser struct {
	s     string
	i     int
	depth int
	err   *Error
}

func (p *parser) fail(id string) {
	if p.err == nil {
		p.err = &Error{Off: p.i, ID: id}
	}
}

// message reads elements up to an unquoted '}' (not consumed) or the end.
func (p *parser) message(depth int, inPlural bool) []Elem {
	var out []Elem
	lit := Elem{Kind: Literal, Start: p.i}
	piece := p.i
	flush := func() {
		if piece < p.i {
			lit.Pieces = append(lit.Pieces, [2]int{piece, p.i})
		}
		if len(lit.Pieces) > 0 {
			lit.End = p.i
			out = append(out, lit)
		}
		lit = Elem{Kind: Literal}
	}
	for p.i < len(p.s) && p.err == nil {
		c := p.s[p.i]
		switch {
		case c == '}':
			flush()
			return out
		case c == '{':
			flush()
			e := p.argument(depth)
			if p.err != nil {
				return out
			}
			out = append(out, e)
			lit.Start, piece = p.i, p.i
		case c == '#' && inPlural:
			flush()
			out = append(out, Elem{Kind: Pound, Start: p.i, End: p.i + 1})
			p.i++
			lit.Start, piece = p.i, p.i
		case c == '<' && isTagStart(p.s[p.i:]):
			flush()
			n := tagLen(p.s[p.i:])
			name := strings.Trim(p.s[p.i+1:p.i+n-1], "/ ")
			out = append(out, Elem{Kind: Tag, Start: p.i, End: p.i + n, Name: name})
			p.i += n
			lit.Start, piece = p.i, p.i
		case c == '\'':
			if len(lit.Pieces) == 0 && piece == p.i {
				lit.Start = p.i
			}
			next := byte(0)
			if p.i+1 < len(p.s) {
				next = p.s[p.i+1]
			}
			switch {
			case next == '\'':
				// '' is one apostrophe: keep the first, drop the second.
				lit.Pieces = append(lit.Pieces, [2]int{piece, p.i + 1})
				p.i += 2
				piece = p.i
			case next == '{' || next == '}' || next == '|' || next == '<' || next == '#' && inPlural:
				lit.Pieces = append(lit.Pieces, [2]int{piece, p.i})
				p.i++
				piece = p.i
				for p.i < len(p.s) {
					if p.s[p.i] == '\'' {
						if p.i+1 < len(p.s) && p.s[p.i+1] == '\'' {
							lit.Pieces = append(lit.Pieces, [2]int{piece, p.i + 1})
							p.i += 2
							piece = p.i
							continue
						}
						break
					}
					p.i++
				}
				lit.Pieces = append(lit.Pieces, [2]int{piece, p.i})
				if p.i < len(p.s) {
					p.i++ // the closing apostrophe
				}
				piece = p.i
			default:
				p.i++
			}
		default:
			p.i++
		}
	}
	flush()
	return out
}

func isTagStart(s string) bool { return tagLen(s) > 0 }

// tagLen is the length of a FormatJS tag at the start of s: <name>,
// </name>, <name/>, with a name of letters, digits, '_', '-' or '.'.
func tagLen(s string) int {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	start := i
	for i < len(s) && (isIdent(s[i]) || s[i] == '-' || s[i] == '.') {
		i++
	}
	if i == start || !isLetter(s[start]) {
		return 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i < len(s) && s[i] == '/' && s[1] != '/' {
		i++
	}
	if i < len(s) && s[i] == '>' {
		return i + 1
	}
	return 0
}

func (p *parser) space() {
	for p.i < len(p.s) && isSpace(p.s[p.i]) {
		p.i++
	}
}

func (p *parser) ident() string {
	start := p.i
	for p.i < len(p.s) && (isIdent(p.s[p.i]) || p.s[p.i] >= 0x80) {
		p.i++
	}
	return p.s[start:p.i]
}

// argument reads {…} at its '{'.
func (p *parser) argument(depth int) Elem {
	e := Elem{Start: p.i}
	if depth >= maxDepth {
		p.fail("ICUTooDeep")
		return e
	}
	p.i++
	p.space()
	e.Name = p.ident()
	if e.Name == "" {
		p.fail("ICUBadArgument")
		return e
	}
	p.space()
	if p.i >= len(p.s) {
		p.fail("ICUUnclosed")
		return e
	}
	if p.s[p.i] == '}' {
		p.i++
		e.Kind, e.End = Arg, p.i
		return e
	}
	if p.s[p.i] != ',' {
		p.fail("ICUBadArgument")
		return e
	}
	p.i++
	p.space()
	typ := p.ident()
	p.space()
	switch typ {
	case "plural", "selectordinal", "select":
		e.Kind = map[string]ElemKind{"plural": Plural, "selectordinal": SelectOrdinal, "select": Select}[typ]
		if p.i >= len(p.s) || p.s[p.i] != ',' {
			p.fail("ICUBadArgument")
			return e
		}
		p.i++
		p.branches(&e, depth)
		return e
	case "number", "date", "time", "spellout", "ordinal", "duration":
		e.Kind, e.Type = Arg, typ
		if p.i < len(p.s) && p.s[p.i] == ',' {
			p.style()
		}
		if p.err == nil && (p.i >= len(p.s) || p.s[p.i] != '}') {
			p.fail("ICUUnclosed")
			return e
		}
		p.i++
		e.End = p.i
		return e
	default:
		p.fail("ICUBadType")
		return e
	}
}

// style skips a simple argument's style up to its closing '}', over
// quoted text and balanced braces.
func (p *parser) style() {
	depth := 0
	for p.i < len(p.s) {
		switch p.s[p.i] {
		case '\'':
			if j := strings.IndexByte(p.s[p.i+1:], '\''); j >= 0 {
				p.i += j + 1
			}
		case '{':
			depth++
		case '}':
			if depth == 0 {
				return
			}
			depth--
		}
		p.i++
	}
	p.fail("ICUUnclosed")
}

func (p *parser) branches(e *Elem, depth int) {
	plural := e.Kind != Select
	p.space()
	if plural && strings.HasPrefix(p.s[p.i:], "offset:") {
		p.i += len("offset:")
		p.space()
		start := p.i
		for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
			if e.Offset < 1e6 {
				e.Offset = e.Offset*10 + int(p.s[p.i]-'0')
			}
			p.i++
		}
		if p.i == start {
			p.fail("ICUBadOffset")
			return
		}
	}
	for p.err == nil {
		p.space()
		if p.i >= len(p.s) {
			p.fail("ICUUnclosed")
			return
		}
		if p.s[p.i] == '}' {
			p.i++
			e.End = p.i
			if !hasOther(e.Branches) {
				p.i = e.Start
				p.fail("ICUNoOther")
			}
			return
		}
		start := p.i
		if plural && p.s[p.i] == '=' {
			p.i++
			for p.i < len(p.s) && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
				p.i++
			}
			if p.i == start+1 {
				p.fail("ICUBadSelector")
				return
			}
		} else if p.ident() == "" {
			p.fail("ICUBadSelector")
			return
		}
		sel := p.s[start:p.i]
		if plural && sel[0] != '=' && !isCategory(sel) {
			p.i = start
			p.fail("ICUBadSelector")
			return
		}
		p.space()
		if p.i >= len(p.s) || p.s[p.i] != '{' {
			p.fail("ICUBadSelector")
			return
		}
		p.i++
		elems := p.message(depth+1, plural)
		if p.err != nil {
			return
		}
		if p.i >= len(p.s) {
			p.fail("ICUUnclosed")
			return
		}
		p.i++ // '}'
		for _, b := range e.Branches {
			if b.Selector == sel {
				p.i = start
				p.fail("ICUDuplicateSelector")
				return
			}
		}
		e.Branches = append(e.Branches, Branch{Selector: sel, Elems: elems})
	}
}

func hasOther(bs []Branch) bool {
	for _, b := range bs {
		if b.Selector == "other" {
			return true
		}
	}
	return false
}

// Categories are CLDR's plural categories, in CLDR's order.
var categories = [...]string{"zero", "one", "two", "few", "many", "other"}

func isCategory(s string) bool {
	for _, c := range categories {
		if c == s {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isIdent(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c == '_' }

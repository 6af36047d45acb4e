package icu

import "github.com/glosa-dev/glosa/format"

// A Variant is the text of a message for one plural category.
type Variant struct {
	// Plural is the branch's selector: a CLDR category, "=0" for an
	// explicit branch, "" for a message without plural.
	Plural  string
	Ordinal bool // the branch is selectordinal's
	Pieces  []Piece
}

// A Piece is bytes [Start, End) of the message in a variant's text; Span
// says it is an argument, '#' or a tag rather than words.
type Piece struct {
	Start, End int
	Span       bool
	Kind       format.SpanKind
}

// Variants returns the variants of a parsed message (see the package doc).
func Variants(elems []Elem) []Variant {
	split := findPlural(elems)
	if split == nil {
		return []Variant{{Pieces: render(nil, elems, nil, "")}}
	}
	out := make([]Variant, 0, len(split.Branches))
	for _, b := range split.Branches {
		out = append(out, Variant{Plural: b.Selector, Ordinal: split.Kind == SelectOrdinal, Pieces: render(nil, elems, split, b.Selector)})
	}
	return out
}

// findPlural returns the first plural or selectordinal argument, looking
// into the branches that render takes.
func findPlural(elems []Elem) *Elem {
	for i := range elems {
		e := &elems[i]
		switch e.Kind {
		case Plural, SelectOrdinal:
			return e
		case Select:
			if p := findPlural(pick(e, "").Elems); p != nil {
				return p
			}
		}
	}
	return nil
}

// pick returns the branch of e for selector sel, else "other", else the
// first.
func pick(e *Elem, sel string) *Branch {
	var other *Branch
	for i := range e.Branches {
		b := &e.Branches[i]
		if sel != "" && b.Selector == sel {
			return b
		}
		if b.Selector == "other" {
			other = b
		}
	}
	if other == nil && len(e.Branches) > 0 {
		other = &e.Branches[0]
	}
	if other == nil {
		return &Branch{}
	}
	return other
}

func render(out []Piece, elems []Elem, split *Elem, sel string) []Piece {
	for i := range elems {
		e := &elems[i]
		switch e.Kind {
		case Literal:
			for _, r := range e.Pieces {
				out = append(out, Piece{Start: r[0], End: r[1]})
			}
		case Arg, Pound:
			out = append(out, Piece{Start: e.Start, End: e.End, Span: true, Kind: format.Placeholder})
		case Tag:
			out = append(out, Piece{Start: e.Start, End: e.End, Span: true, Kind: format.Tag})
		case Select:
			out = render(out, pick(e, "").Elems, split, sel)
		case Plural, SelectOrdinal:
			s := ""
			if e == split || sel != "" && sel[0] != '=' {
				s = sel
			}
			out = render(out, pick(e, s).Elems, split, sel)
		}
	}
	return out
}

package icu_test

import (
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format/icu"
)

// show renders a variant's text, spans in [brackets].
func show(s string, v icu.Variant) string {
	var b strings.Builder
	for _, p := range v.Pieces {
		if p.Span {
			b.WriteString("[" + s[p.Start:p.End] + "]")
		} else {
			b.WriteString(s[p.Start:p.End])
		}
	}
	return b.String()
}

func TestVariants(t *testing.T) {
	for _, tc := range []struct {
		msg  string
		want []string // "plural:text"
	}{
		{"Hello, {name}!", []string{":Hello, [{name}]!"}},
		{"What's new", []string{":What's new"}},
		{"It''s '{literal}' here", []string{":It's {literal} here"}},
		{"{n, number} km", []string{":[{n, number}] km"}},
		{"You have {count, plural, one {# file} other {# files}} left",
			[]string{"one:You have [#] file left", "other:You have [#] files left"}},
		{"{n,plural,offset:1 =0{none}=1{one {x}}other{# more}}",
			[]string{"=0:none", "=1:one [{x}]", "other:[#] more"}},
		{"{g, select, male {He has {n, plural, one {# cat} other {# cats}}} other {They have {n, plural, one {# cat} other {# cats}}}}",
			[]string{"one:They have [#] cat", "other:They have [#] cats"}},
		{"{p, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
			[]string{"one:[#]st", "two:[#]nd", "few:[#]rd", "other:[#]th"}},
		{"Read <b>the docs</b><br/>", []string{":Read [<b>]the docs[</b>][<br/>]"}},
		{"'#' and # outside", []string{":'#' and # outside"}},
		{"{n, plural, other {'#' is #}}", []string{"other:# is [#]"}},
		{"{d, date, ::yyyyMMdd}", []string{":[{d, date, ::yyyyMMdd}]"}},
	} {
		elems, err := icu.Parse(tc.msg)
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.msg, err)
			continue
		}
		var got []string
		for _, v := range icu.Variants(elems) {
			got = append(got, v.Plural+":"+show(tc.msg, v))
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("Variants(%q)\n got %q\nwant %q", tc.msg, got, tc.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		msg string
		id  string
		off int
	}{
		{"{count, plugarl, one {x} other {y}}", "ICUBadType", 15},
		{"{name", "ICUUnclosed", 5},
		{"a } b", "ICUUnmatchedBrace", 2},
		{"{n, plural, one {x}}", "ICUNoOther", 0},
		{"{n, plural, uno {x} other {y}}", "ICUBadSelector", 12},
		{"{n, plural, one {x} one {y} other {z}}", "ICUDuplicateSelector", 20},
		{"{, number}", "ICUBadArgument", 1},
		{"{n, plural, offset:x other {y}}", "ICUBadOffset", 19},
	} {
		_, err := icu.Parse(tc.msg)
		e, ok := err.(*icu.Error)
		if !ok || e.ID != tc.id || e.Off != tc.off {
			t.Errorf("Parse(%q) = %v, want %s at %d", tc.msg, err, tc.id, tc.off)
		}
	}
}

// FuzzParse: any message parses or fails without panic; variants' pieces
// lie inside the message, in order.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"a {b} c", "{n, plural, =0 {x} one {# y} other {z}}", "'{'", "<b>x</b>", "{g,select,a{{n,plural,other{#}}}other{}}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		elems, err := icu.Parse(s)
		if err != nil {
			if e := err.(*icu.Error); e.Off < 0 || e.Off > len(s) {
				t.Fatalf("error offset %d out of %d", e.Off, len(s))
			}
			return
		}
		for _, v := range icu.Variants(elems) {
			last := 0
			for _, p := range v.Pieces {
				if p.Start < last || p.End < p.Start || p.End > len(s) {
					t.Fatalf("%q: piece %v after %d", s, p, last)
				}
				last = p.End
			}
		}
	})
}

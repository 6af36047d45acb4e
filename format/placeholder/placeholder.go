// Package placeholder finds the placeholders of a message in the syntaxes
// that localization formats use: printf (C, Java, Android, Apple, Go),
// Python's %(name)s, Ruby's %{name}, ICU and brace arguments ({name},
// {0}), double braces (i18next's {{name}}, Go templates' {{.Count}}), and
// inline XML or HTML tags. A reader chooses the syntaxes a unit uses (by
// its flags or its format) and records what Find returns as the unit's
// spans; rules never guess.
package placeholder

import (
	"github.com/glosa-dev/glosa/format"
)

// Syntax is a set of placeholder syntaxes.
type Syntax uint16

const (
	// Printf: %s, %d, %1$s, %lld, %@, %.2f, %-5d, and Qt's %1; "%%" is a
	// literal percent sign. A space is not taken for a flag ("100% de" is
	// no placeholder).
	Printf Syntax = 1 << iota
	// Python: %(name)s, %(count)d.
	Python
	// Ruby: %{name} and %<name>s (Rails, i18n gems).
	Ruby
	// Brace: {name}, {0}, {count, number}, {0:.2f}: one level of braces.
	Brace
	// DoubleBrace: {{name}}, {{ .Count }}, {{- if .X }}: up to "}}".
	DoubleBrace
	// Tag: <b>, </b>, <br/>, <a href="…">, <xliff:g id="x">.
	Tag
)

// Find returns the placeholders of text in the syntaxes syn, in order, as
// spans at base+offset (base is where text starts in its document).
func Find(text string, base int, syn Syntax) []format.Span {
	var out []format.Span
	for i := 0; i < len(text); {
		n, kind := match(text[i:], syn)
		if n == 0 {
			i++
			continue
		}
		if n > 0 {
			out = append(out, format.Span{Start: base + i, End: base + i + n, Kind: kind})
		} else {
			n = -n // a literal: skipped, not a placeholder
		}
		i += n
	}
	return out
}

// match returns the length of the placeholder at the start of s (negative
// for an escape such as "%%" that is skipped), or 0.
func match(s string, syn Syntax) (int, format.SpanKind) {
	switch s[0] {
	case '%':
		if len(s) > 1 && s[1] == '%' && syn&(Printf|Python|Ruby) != 0 {
			return -2, format.Placeholder
		}
		if syn&Python != 0 {
			if n := python(s); n > 0 {
				return n, format.Placeholder
			}
		}
		if syn&Ruby != 0 {
			if n := ruby(s); n > 0 {
				return n, format.Placeholder
			}
		}
		if syn&(Printf|Python) != 0 {
			if n := printf(s); n > 0 {
				return n, format.Placeholder
			}
			if n := digits(s, 1); n > 1 { // Qt's %1, and %0 as some Apple projects write it
				return n, format.Placeholder
			}
		}
	case '{':
		if syn&DoubleBrace != 0 && len(s) > 1 && s[1] == '{' {
			if n := closing(s, 2, "}}"); n > 0 {
				return n, format.Placeholder
			}
		}
		if syn&Brace != 0 {
			if n := brace(s); n > 0 {
				return n, format.Placeholder
			}
		}
	case '<':
		if syn&Tag != 0 {
			if n := tag(s); n > 0 {
				return n, format.Tag
			}
		}
	}
	return 0, 0
}

// printf matches %[n$][flags][width][.prec][length]verb.
func printf(s string) int {
	i := 1
	// An argument index: digits then '$'.
	if j := digits(s, i); j > i && j < len(s) && s[j] == '$' {
		i = j + 1
	}
	for i < len(s) && (s[i] == '-' || s[i] == '+' || s[i] == '#' || s[i] == '0' || s[i] == '\'') {
		i++
	}
	if i < len(s) && s[i] == '*' {
		i++
	} else {
		i = digits(s, i)
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i < len(s) && s[i] == '*' {
			i++
		} else {
			i = digits(s, i)
		}
	}
	for _, l := range []string{"hh", "ll", "h", "l", "L", "q", "j", "z", "t", "I64", "I32"} {
		if len(s)-i >= len(l) && s[i:i+len(l)] == l {
			i += len(l)
			break
		}
	}
	if i < len(s) && isVerb(s[i]) {
		return i + 1
	}
	return 0
}

func isVerb(c byte) bool {
	switch c {
	case 'd', 'i', 'o', 'u', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G', 'a', 'A', 'c', 's', 'S', 'p', 'n', '@', 'v', 'q', 'T', 'b', 'U', 'C':
		return true
	}
	return false
}

// python matches %(name)[flags][width][.prec]verb.
func python(s string) int {
	if len(s) < 4 || s[1] != '(' {
		return 0
	}
	j := closing(s, 2, ")")
	if j <= 3 {
		return 0
	}
	n := printf("%" + s[j:])
	if n == 0 {
		return 0
	}
	return j + n - 1
}

// ruby matches %{name} and %<name>verb.
func ruby(s string) int {
	if len(s) < 4 {
		return 0
	}
	switch s[1] {
	case '{':
		if j := closing(s, 2, "}"); j > 3 && ident(s[2:j-1]) {
			return j
		}
	case '<':
		if j := closing(s, 2, ">"); j > 3 && ident(s[2:j-1]) {
			if n := printf("%" + s[j:]); n > 0 {
				return j + n - 1
			}
		}
	}
	return 0
}

// brace matches {arg} and {arg, type, style} without nested braces: an
// argument name or number first.
func brace(s string) int {
	i := 1
	for i < len(s) && s[i] == ' ' {
		i++
	}
	start := i
	for i < len(s) && (isWord(s[i]) || s[i] == '.' || s[i] == '-') {
		i++
	}
	if i == start {
		return 0
	}
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '}':
			return j + 1
		case '{', '\n':
			return 0
		}
	}
	return 0
}

// tag matches <name …>, </name>, <name/>: a letter after '<' or "</", no
// '<' inside.
func tag(s string) int {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	if i >= len(s) || !isLetter(s[i]) {
		return 0
	}
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '>':
			return j + 1
		case '<', '\n':
			return 0
		}
	}
	return 0
}

// closing returns the offset after the first end at or after from on one
// line, or 0.
func closing(s string, from int, end string) int {
	for j := from; j+len(end) <= len(s); j++ {
		if s[j] == '\n' {
			return 0
		}
		if s[j:j+len(end)] == end {
			return j + len(end)
		}
	}
	return 0
}

func digits(s string, i int) int {
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i
}

func ident(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isWord(s[i]) {
			return false
		}
	}
	return s != ""
}

func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isWord(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' || c == '_' || c >= 0x80 }

package edit

import (
	"strings"
	"unicode/utf8"
)

// style is how a file writes its concepts, so that what an edit adds looks
// like what is there.
type style struct {
	nl          string // "\n" or "\r\n"
	eq          string // between a key and its value: " = "
	indent      string // before a concept's keys
	literal     bool   // strings in single quotes
	arrays      bool   // a single term as a one-element array
	innerArrays bool   // the same inside deprecated = { … }
	braceSpace  bool   // "{ ru = … }" rather than "{ru = …}"
	blankLine   bool   // a blank line before each [[concept]]
}

// styleOf reads d's style; a file with no concepts gets glosa's own
// (that of README's example). The tables of the concept at index focus
// (-1: none) outweigh all others: a key added to a concept looks like the
// concept's other keys first.
func styleOf(d *doc, focus int) style {
	st := style{nl: "\n", eq: " = ", braceSpace: true, blankLine: true}
	if strings.Count(d.src, "\r\n")*2 > strings.Count(d.src, "\n") {
		st.nl = "\r\n"
	}
	eqs := map[string]int{}
	var strs, arrs, innerStrs, innerArrs, lits, basics, headers, blanks int
	indentSet, braceSet := false, false
	n := -1
	for _, t := range d.tables {
		sub := isSub(t)
		if !isConcept(t) && !sub {
			continue
		}
		if !sub {
			n++
			if strings.LastIndexByte(d.src[:t.start], '\n') >= 0 {
				headers++ // a header with a line before it
				if prevLineBlank(d.src, t.start) {
					blanks++
				}
			}
		}
		w := 1
		if n == focus {
			w = 1000
		}
		for _, kv := range t.kvs {
			eqs[d.src[kv.keyEnd:kv.vstart]] += w
			if !indentSet {
				indentSet = true
				ls := strings.LastIndexByte(d.src[:kv.start], '\n') + 1
				st.indent = d.src[ls:kv.start]
			}
			if kv.kind == stringValue || kv.kind == arrayValue && kv.elems > 0 {
				if kv.literal {
					lits += w
				} else {
					basics += w
				}
			}
			switch {
			case sub || len(kv.key) == 2 && (kv.key[0] == "deprecated" || kv.key[0] == "forbidden"):
				innerStrs, innerArrs = count(kv, w, innerStrs, innerArrs)
			case len(kv.key) != 1 || fields[kv.key[0]]:
				if kv.kind == inlineValue {
					if !braceSet && len(kv.inner) > 0 {
						braceSet = true
						st.braceSpace = d.src[kv.vstart+1] == ' '
					}
					for _, in := range kv.inner {
						innerStrs, innerArrs = count(in, w, innerStrs, innerArrs)
					}
				}
			default:
				strs, arrs = count(kv, w, strs, arrs)
			}
		}
	}
	best := 0
	for s, n := range eqs {
		if n > best || n == best && s < st.eq {
			st.eq, best = s, n
		}
	}
	if !strings.Contains(st.eq, "=") || strings.ContainsAny(st.eq, "\n#") {
		st.eq = " = "
	}
	if strings.TrimLeft(st.indent, " \t") != "" {
		st.indent = ""
	}
	st.literal = lits > basics
	st.arrays = arrs > strs
	st.innerArrays = innerArrs > innerStrs || innerArrs == innerStrs && st.arrays
	st.blankLine = headers == 0 || blanks*2 >= headers
	return st
}

// count adds a term value, of weight w, to the count of single strings
// or of one-element arrays.
func count(kv keyVal, w, strs, arrs int) (int, int) {
	switch {
	case kv.kind == stringValue:
		strs += w
	case kv.kind == arrayValue && kv.elems == 1:
		arrs += w
	}
	return strs, arrs
}

// quote writes s as a TOML string: in single quotes when the file prefers
// them and s can be, else in double quotes with TOML's escapes.
func quote(s string, literal bool) string {
	if literal && !strings.ContainsAny(s, "'\n\r") && printable(s) {
		return "'" + s + "'"
	}
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f {
				b.WriteString(`\u00`)
				b.WriteByte("0123456789abcdef"[r>>4])
				b.WriteByte("0123456789abcdef"[r&15])
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// printable reports whether s has no control characters and is UTF-8.
func printable(s string) bool {
	if !utf8.ValidString(s) {
		return false
	}
	for _, r := range s {
		if r < 0x20 && r != '\t' || r == 0x7f {
			return false
		}
	}
	return true
}

// terms writes a list of terms: a string for one (unless asArray), else an
// array.
func terms(texts []string, asArray, literal bool) string {
	if len(texts) == 1 && !asArray {
		return quote(texts[0], literal)
	}
	q := make([]string, len(texts))
	for i, t := range texts {
		q[i] = quote(t, literal)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// bareKey writes a key, quoted when it must be.
func bareKey(k string) string {
	if k == "" {
		return `""`
	}
	for i := 0; i < len(k); i++ {
		if !bareKeyByte(k[i]) {
			return quote(k, false)
		}
	}
	return k
}

// prevLineBlank reports whether the line before the one holding off is
// blank.
func prevLineBlank(src string, off int) bool {
	ls := strings.LastIndexByte(src[:off], '\n')
	if ls < 0 {
		return false
	}
	prev := src[:ls]
	return strings.TrimSpace(prev[strings.LastIndexByte(prev, '\n')+1:]) == ""
}

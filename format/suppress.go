package format

import (
	"bytes"
	"strings"
)

// A Suppression turns rules off on lines Line to EndLine (inclusive) of a
// file; with no Rules, every rule.
type Suppression struct {
	Line, EndLine int
	Rules         []string
}

// A Directive is a comment that speaks to glosa:
//
//	glosa-ignore [RULE…]   this line, or the next one when the comment stands alone on its line
//	glosa-off [RULE…]      from here…
//	glosa-on               …to here (or the end of the file)
//
// Rules are separated by spaces or commas.
type Directive struct {
	Verb  string // "ignore", "off" or "on"
	Rules []string
}

// ParseDirective reads a comment's text (without its delimiters).
func ParseDirective(comment string) (Directive, bool) {
	fields := strings.FieldsFunc(comment, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' || r == '\n' || r == '\r' })
	if len(fields) == 0 {
		return Directive{}, false
	}
	verb, ok := strings.CutPrefix(fields[0], "glosa-")
	if !ok || (verb != "ignore" && verb != "off" && verb != "on") {
		return Directive{}, false
	}
	return Directive{Verb: verb, Rules: fields[1:]}, true
}

// TextSuppressions finds the directives of a plain text or Markdown file,
// written as HTML comments (<!-- glosa-ignore term-missing -->), and the
// lines they cover.
func TextSuppressions(text []byte) []Suppression {
	var out []Suppression
	var open []Suppression // glosa-off not yet closed
	line := 1
	for off := 0; ; {
		i := bytes.Index(text[off:], []byte("<!--"))
		if i < 0 {
			break
		}
		start := off + i
		line += bytes.Count(text[off:start], []byte("\n"))
		j := bytes.Index(text[start+4:], []byte("-->"))
		if j < 0 {
			break
		}
		end := start + 4 + j + 3
		d, ok := ParseDirective(string(text[start+4 : end-3]))
		endLine := line + bytes.Count(text[start:end], []byte("\n"))
		if ok {
			switch d.Verb {
			case "ignore":
				s := Suppression{Line: line, EndLine: endLine, Rules: d.Rules}
				if alone(text, start, end) {
					s.Line, s.EndLine = nextTextLine(text, end, endLine)
				}
				out = append(out, s)
			case "off":
				open = append(open, Suppression{Line: line, Rules: d.Rules})
			case "on":
				for _, s := range open {
					s.EndLine = endLine
					out = append(out, s)
				}
				open = open[:0]
			}
		}
		line, off = endLine, end
	}
	last := bytes.Count(text, []byte("\n")) + 1
	for _, s := range open {
		s.EndLine = last
		out = append(out, s)
	}
	return out
}

// alone reports whether text[start:end] is the only thing on its lines.
func alone(text []byte, start, end int) bool {
	ls := bytes.LastIndexByte(text[:start], '\n') + 1
	le := bytes.IndexByte(text[end:], '\n')
	if le < 0 {
		le = len(text) - end
	}
	return len(bytes.TrimSpace(text[ls:start])) == 0 && len(bytes.TrimSpace(text[end:end+le])) == 0
}

// nextTextLine returns the first non-blank line after offset end (on line
// line), as a one-line range.
func nextTextLine(text []byte, end, line int) (int, int) {
	rest := text[end:]
	for {
		k := bytes.IndexByte(rest, '\n')
		if k < 0 {
			return line + 1, line + 1
		}
		rest = rest[k+1:]
		line++
		next := rest
		if e := bytes.IndexByte(next, '\n'); e >= 0 {
			next = next[:e]
		}
		if len(bytes.TrimSpace(next)) > 0 || len(rest) == 0 {
			return line, line
		}
	}
}

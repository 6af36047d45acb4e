package main

import (
	"bufio"
	"io"
	"strings"
	"unicode"

	textfmt "github.com/glosa-dev/glosa/format/text"
)

// jsonSegment is one element of a file's "segments" array in the output
// of segment --format json (a documented contract).
type jsonSegment struct {
	Text   string `json:"text"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func (a *app) segment(args []string) int {
	fs := a.flags("segment")
	lang := fs.String("lang", "", "")
	format := fs.String("format", "text", "")
	files, code := a.parse(fs, args, "UsageSegment")
	if code >= 0 {
		return code
	}
	if !a.operands("segment", files, *format, textOrJSON, *lang) {
		return exitError
	}
	asJSON := *format == "json"
	out := bufio.NewWriterSize(a.stdout, 64<<10)
	defer out.Flush()
	if asJSON {
		out.WriteString(`{"version":1,"files":[`)
	}
	failed := false
	done := 0
	for _, file := range files {
		err := a.withDocument(file, *lang, nil, func(r io.Reader, docLang string) error {
			sc := textfmt.NewScanner(docLang, r)
			if asJSON {
				if done > 0 {
					out.WriteByte(',')
				}
				f, _ := marshal(file)
				l, _ := marshal(docLang)
				out.WriteString("\n{\"file\":")
				out.Write(f)
				out.WriteString(`,"lang":`)
				out.Write(l)
				out.WriteString(`,"segments":[`)
			}
			done++
			n := 0
			for sc.Scan() {
				s := sc.Segment()
				if asJSON {
					if n > 0 {
						out.WriteByte(',')
					}
					b, err := marshal(jsonSegment{Text: s.Text, Line: s.Line, Column: s.Col})
					if err != nil {
						return err
					}
					out.WriteByte('\n')
					out.Write(b)
				} else {
					out.WriteString(oneLine(s.Text))
					out.WriteByte('\n')
				}
				n++
			}
			if asJSON {
				if n > 0 {
					out.WriteByte('\n')
				}
				out.WriteString("]}")
			}
			return sc.Err()
		})
		if err != nil {
			out.Flush()
			a.fileError(file, err)
			failed = true
		}
	}
	if asJSON {
		if done > 0 {
			out.WriteByte('\n')
		}
		out.WriteString("]}\n")
	}
	if failed {
		return exitError
	}
	return exitOK
}

// oneLine replaces each line break in s, with the white space around it,
// by one space.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\n\r\u2028\u2029\u0085") {
		return s
	}
	var b strings.Builder
	fields := strings.FieldsFunc(s, func(r rune) bool {
		return r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085'
	})
	for i, f := range fields {
		if i > 0 {
			f = strings.TrimLeftFunc(f, unicode.IsSpace)
			b.WriteByte(' ')
		}
		if i < len(fields)-1 {
			f = strings.TrimRightFunc(f, unicode.IsSpace)
		}
		b.WriteString(f)
	}
	return b.String()
}

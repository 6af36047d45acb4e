package applestrings

import (
	"bytes"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/internal/textmap"
	"github.com/glosa-dev/glosa/langid"
)

func init() {
	format.Register(format.Format{Name: "apple-strings", Extensions: []string{".strings"}, Read: Read, Keyed: true})
	format.Register(format.Format{Name: "apple-stringsdict", Extensions: []string{".stringsdict"}, Read: ReadDict, Keyed: true})
}

// PathLang returns the language of an .lproj directory in a path
// ("…/es.lproj/Localizable.strings" → "es"), "" for Base.lproj or none.
func PathLang(name string) string {
	tag, _ := langid.Apple(filepath.Base(filepath.Dir(strings.ReplaceAll(name, "\\", "/"))))
	return tag
}

func lang(name string, opts format.Options) string {
	if l := PathLang(name); l != "" {
		return l
	}
	return opts.Lang
}

// Read is the format registry's reader of a .strings file.
func Read(name string, r io.Reader, opts format.Options) (*format.File, error) {
	b, err := format.ReadAll(name, r, opts, nil)
	if err != nil {
		return nil, err
	}
	s := &scanner{name: name, file: b, b: textmap.New(b), doc: &format.Document{File: name}}
	s.b.Text = make([]byte, 0, len(b))
	s.doc.Units = make([]format.Unit, 0, bytes.Count(b, []byte(";")))
	s.run()
	if err := s.errs.Err(); err != nil {
		return nil, err
	}
	s.doc.Text, s.doc.Map = s.b.Text, s.b.Map
	if s.doc.Text == nil {
		s.doc.Text = []byte{}
	}
	s.doc.Lang = lang(name, opts)
	return &format.File{Name: name, Docs: []*format.Document{s.doc}}, nil
}

type scanner struct {
	name  string
	file  []byte
	i     int
	b     *textmap.Builder
	doc   *format.Document
	errs  diag.List
	notes []string
}

func (s *scanner) errorAt(off int, id string, data map[string]any) {
	line, col := format.Position(s.file, off)
	s.errs.Add(diag.Diagnostic{File: s.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
}

// space skips white space and comments; the comments become notes, but
// for one that starts on line of afterEntry's (the previous ";").
func (s *scanner) space(afterEntry int) bool {
	for s.i < len(s.file) {
		c := s.file[s.i]
		switch {
		case c == ' ' || c == '\t' || c == '\r' || c == '\n':
			s.i++
		case bytes.HasPrefix(s.file[s.i:], []byte("/*")):
			end := bytes.Index(s.file[s.i+2:], []byte("*/"))
			if end < 0 {
				s.errorAt(s.i, "AppleStringsUnterminatedComment", nil)
				return false
			}
			s.note(afterEntry, string(s.file[s.i+2:s.i+2+end]))
			s.i += end + 4
		case bytes.HasPrefix(s.file[s.i:], []byte("//")):
			end := bytes.IndexByte(s.file[s.i:], '\n')
			if end < 0 {
				end = len(s.file) - s.i
			}
			s.note(afterEntry, string(s.file[s.i+2:s.i+end]))
			s.i += end
		default:
			return true
		}
	}
	return true
}

func (s *scanner) note(afterEntry int, text string) {
	if afterEntry >= 0 && bytes.IndexByte(s.file[afterEntry:s.i], '\n') < 0 {
		return // a remark on the previous entry's line
	}
	if text = strings.TrimSpace(text); text != "" {
		s.notes = append(s.notes, text)
	}
}

func isWord(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("_.$:/-", c) >= 0
}

// token reads a quoted string or a word at s.i; with emit, its text goes
// to the document. It returns the decoded text and false after an error.
func (s *scanner) token(emit bool) (string, bool) {
	start := s.i
	if s.i >= len(s.file) {
		s.errorAt(s.i, "AppleStringsExpectedString", nil)
		return "", false
	}
	if s.file[s.i] != '"' {
		for s.i < len(s.file) && isWord(s.file[s.i]) {
			s.i++
		}
		if s.i == start {
			s.errorAt(s.i, "AppleStringsExpectedString", nil)
			return "", false
		}
		if emit {
			s.b.Literal(start, s.i)
		}
		return string(s.file[start:s.i]), true
	}
	var out strings.Builder
	put := func(r rune, off int, literal bool) {
		out.WriteRune(r)
		if emit {
			s.b.Rune(r, off, literal)
		}
	}
	s.i++
	for s.i < len(s.file) {
		c := s.file[s.i]
		switch {
		case c == '"':
			s.i++
			return out.String(), true
		case c == '\\' && s.i+1 < len(s.file):
			at := s.i
			e := s.file[s.i+1]
			s.i += 2
			switch e {
			case 'n':
				put('\n', at, false)
			case 't':
				put('\t', at, false)
			case 'r':
				put('\r', at, false)
			case 'U', 'u':
				if s.i+4 <= len(s.file) {
					if n, err := strconv.ParseUint(string(s.file[s.i:s.i+4]), 16, 32); err == nil {
						put(rune(n), at, false)
						s.i += 4
						continue
					}
				}
				s.errorAt(at, "AppleStringsBadEscape", nil)
			case '0', '1', '2', '3', '4', '5', '6', '7':
				j := s.i - 1
				for j < len(s.file) && j < s.i+2 && s.file[j] >= '0' && s.file[j] <= '7' {
					j++
				}
				n, _ := strconv.ParseUint(string(s.file[s.i-1:j]), 8, 32)
				put(rune(n), at, false)
				s.i = j
			default:
				r, n := utf8.DecodeRune(s.file[s.i-1:])
				put(r, at, false)
				s.i += n - 1
			}
		default:
			r, n := utf8.DecodeRune(s.file[s.i:])
			put(r, s.i, true)
			s.i += n
		}
	}
	s.errorAt(start, "AppleStringsUnterminated", nil)
	return "", false
}

func (s *scanner) run() {
	after := -1
	for len(s.errs) == 0 {
		if !s.space(after) || s.i >= len(s.file) {
			return
		}
		keyAt := s.i
		key, ok := s.token(false)
		if !ok || !s.space(-1) {
			return
		}
		u := format.Unit{Kind: format.Message, Key: key, Notes: s.notes, Para: len(s.doc.Units)}
		s.notes = nil
		if len(s.doc.Units) > 0 {
			s.b.Break("\n\n")
		}
		u.Start = len(s.b.Text)
		if s.i < len(s.file) && s.file[s.i] == '=' {
			s.i++
			if !s.space(-1) {
				return
			}
			from := s.i
			if from < len(s.file) && s.file[from] == '"' {
				from++
			}
			s.b.Origin(from)
			if _, ok := s.token(true); !ok {
				return
			}
			if !s.space(-1) {
				return
			}
		} else { // "key"; is its own value
			s.b.Origin(keyAt)
			s.i = keyAt
			s.token(true)
			s.space(-1)
		}
		if s.i >= len(s.file) || s.file[s.i] != ';' {
			s.errorAt(s.i, "AppleStringsExpected", map[string]any{"Want": ";"})
			return
		}
		s.i++
		after = s.i
		u.End = len(s.b.Text)
		u.Body = u.Start
		u.Spans = spans(string(s.b.Text[u.Start:u.End]), u.Start)
		s.doc.Units = append(s.doc.Units, u)
	}
}

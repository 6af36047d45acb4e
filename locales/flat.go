package locales

import (
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/glosa-dev/glosa/internal/tomllex"
)

// unmarshal is toml.Unmarshal for the message files: what they use of
// TOML (comments, [ID] tables of plural forms, key = "basic" or """multi-
// line""" strings) is read directly into the map go-i18n asks for, and
// anything else by package toml. Parsing the UI language's file is most of
// a short run's start: the direct reader takes a tenth of the time.
func unmarshal(data []byte, v any) error {
	if p, ok := v.(*any); ok {
		if m, ok := parseFlat(string(data)); ok {
			*p = m
			return nil
		}
	}
	return toml.Unmarshal(data, v)
}

// parseFlat reads src when it is made only of blank lines, comments,
// [bare-key] table headers and bare-key = string lines (basic or multi-
// line basic strings with the usual escapes), each key once: the map that
// toml.Unmarshal gives, tables as nested maps. ok is false for anything
// else, which toml.Unmarshal then reads (or rejects) itself.
func parseFlat(src string) (m map[string]any, ok bool) {
	if !utf8.ValidString(src) {
		return nil, false
	}
	top := map[string]any{}
	cur := top
	for len(src) > 0 {
		line := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			line = src[:i]
		}
		rest := strings.TrimLeft(line, " \t")
		switch {
		case rest == "":
		case rest[0] == '#':
			if !commentOK(rest) {
				return nil, false
			}
		case rest[0] == '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 || !tomllex.BareKey(rest[1:end]) || !trailerOK(rest[end+1:]) {
				return nil, false
			}
			name := rest[1:end]
			if _, dup := top[name]; dup {
				return nil, false
			}
			cur = map[string]any{}
			top[name] = cur
		default:
			eq := strings.IndexByte(rest, '=')
			if eq < 0 {
				return nil, false
			}
			key := strings.TrimRight(rest[:eq], " \t")
			if !tomllex.BareKey(key) {
				return nil, false
			}
			if _, dup := cur[key]; dup {
				return nil, false
			}
			at := len(line) - len(rest) + eq + 1 // src[at:] follows the '='
			val := strings.TrimLeft(src[at:], " \t")
			s, n, ok := readString(val)
			if !ok {
				return nil, false
			}
			after := val[n:]
			line = after
			if i := strings.IndexByte(after, '\n'); i >= 0 {
				line = after[:i]
			}
			if !trailerOK(line) {
				return nil, false
			}
			cur[key] = s
			src = after
		}
		if len(line) == len(src) {
			break
		}
		src = src[len(line)+1:]
	}
	return top, true
}

// trailerOK reports whether what follows a value or a header on its line
// is blanks, perhaps then a comment.
func trailerOK(s string) bool {
	s = strings.TrimLeft(s, " \t")
	return s == "" || s[0] == '#' && commentOK(s)
}

// commentOK reports whether a comment holds no control character but tab.
func commentOK(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\t' || c == 0x7f {
			return false
		}
	}
	return true
}

// readString reads the basic or multi-line basic string at the start of s:
// its value, and how many bytes of s it took.
func readString(s string) (string, int, bool) {
	multi := strings.HasPrefix(s, `"""`)
	i := 1
	if multi {
		i = 3
		if strings.HasPrefix(s[i:], "\n") {
			i++ // a newline right after the opening quotes is not the string's
		}
	} else if !strings.HasPrefix(s, `"`) {
		return "", 0, false
	}
	var b strings.Builder
	for start := i; i < len(s); {
		c := s[i]
		switch {
		case c == '"':
			if !multi {
				b.WriteString(s[start:i])
				return b.String(), i + 1, true
			}
			if strings.HasPrefix(s[i:], `"""`) {
				if strings.HasPrefix(s[i+3:], `"`) {
					return "", 0, false // quotes just before the closing ones: left to package toml
				}
				b.WriteString(s[start:i])
				return b.String(), i + 3, true
			}
			i++
		case c == '\\':
			b.WriteString(s[start:i])
			r, n, ok := tomllex.Escape(s[i:], multi)
			if !ok {
				return "", 0, false
			}
			if r >= 0 {
				b.WriteRune(r)
			}
			i += n
			start = i
		case c == '\n' && multi, c == '\t':
			i++
		case c < 0x20 || c == 0x7f:
			return "", 0, false
		default:
			i++
		}
	}
	return "", 0, false
}

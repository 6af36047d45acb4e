// Package tomllex holds the lexical pieces of TOML 1.0 that glosa's direct
// readers of a TOML subset share (the glossary decoder, the message files
// of locales): bare keys and the escapes of basic strings. What the
// readers accept beyond these, and when they give up to package toml,
// stays with each reader.
package tomllex

import (
	"strconv"
	"unicode/utf8"
)

// BareKeyByte reports whether c may be in a bare key: A-Z a-z 0-9 _ -.
func BareKeyByte(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// BareKey reports whether k is a bare key.
func BareKey(k string) bool {
	if k == "" {
		return false
	}
	for i := 0; i < len(k); i++ {
		if !BareKeyByte(k[i]) {
			return false
		}
	}
	return true
}

// Escape reads the escape sequence at the start of s (s[0] is '\\') of a
// basic string, multi-line when multi: the rune it stands for (-1 for a
// line-ending backslash, which stands for nothing), its length, and false
// for anything TOML does not allow.
func Escape(s string, multi bool) (rune, int, bool) {
	if len(s) < 2 {
		return 0, 0, false
	}
	switch s[1] {
	case 'b':
		return '\b', 2, true
	case 't':
		return '\t', 2, true
	case 'n':
		return '\n', 2, true
	case 'f':
		return '\f', 2, true
	case 'r':
		return '\r', 2, true
	case '"':
		return '"', 2, true
	case '\\':
		return '\\', 2, true
	case 'u', 'U':
		n := 4
		if s[1] == 'U' {
			n = 8
		}
		if len(s) < 2+n {
			return 0, 0, false
		}
		for i := 2; i < 2+n; i++ {
			if !isHex(s[i]) {
				return 0, 0, false
			}
		}
		v, err := strconv.ParseUint(s[2:2+n], 16, 32)
		if err != nil || !utf8.ValidRune(rune(v)) {
			return 0, 0, false
		}
		return rune(v), 2 + n, true
	case ' ', '\t', '\n':
		// A line-ending backslash: it and every blank and line break after
		// it stand for nothing.
		if !multi {
			return 0, 0, false
		}
		j := 1
		for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
			j++
		}
		if j == len(s) || s[j] != '\n' {
			return 0, 0, false
		}
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n') {
			j++
		}
		return -1, j, true
	}
	return 0, 0, false
}

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

package format

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/ianaindex"
	"golang.org/x/text/encoding/unicode"
)

// Decode returns a file's bytes as UTF-8 for a reader: a UTF-8 byte order
// mark dropped, UTF-16 decoded when a byte order mark says so, and bytes in
// charset (as a PO header or an XML declaration names it: "windows-1251",
// "KOI8-R", "ISO-8859-1"; "" or "utf-8" for UTF-8) converted. Lines and
// columns of the result are those of the file (a code point is a column
// in either), except that a BOM is never counted. A file with NUL bytes
// is not a text file, and UTF-8 that is not valid is an error at its first
// bad byte: both are a diag.List.
func Decode(name string, b []byte, charset string) ([]byte, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
		charset = ""
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		out, err := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
		if err != nil {
			return nil, diag.List{{File: name, Severity: diag.Error, ID: "InputBadCharset", Data: map[string]any{"Charset": "UTF-16"}}}
		}
		return validUTF8(name, out)
	}
	if isUTF8(charset) {
		return validUTF8(name, b)
	}
	enc, err := Charset(charset)
	if err != nil {
		return nil, diag.List{{File: name, Severity: diag.Error, ID: "InputUnknownCharset", Data: map[string]any{"Charset": charset}}}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		return nil, binary(name, b, i)
	}
	out, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, diag.List{{File: name, Severity: diag.Error, ID: "InputBadCharset", Data: map[string]any{"Charset": charset}}}
	}
	return out, nil
}

// Charset returns the encoding of an IANA or common name ("CP1251" and
// "windows-1251" alike).
func Charset(name string) (encoding.Encoding, error) {
	n := strings.ToLower(strings.TrimSpace(name))
	if strings.HasPrefix(n, "cp") && len(n) > 2 && n[2] >= '0' && n[2] <= '9' {
		n = "windows-" + n[2:]
	}
	enc, err := ianaindex.IANA.Encoding(n)
	if err == nil && enc == nil {
		err = encoding.ErrInvalidUTF8
	}
	return enc, err
}

func isUTF8(charset string) bool {
	switch strings.ToLower(strings.TrimSpace(charset)) {
	case "", "utf-8", "utf8", "us-ascii", "ascii", "charset":
		return true // "CHARSET" is the placeholder of a template's header
	}
	return false
}

func validUTF8(name string, b []byte) ([]byte, error) {
	if utf8.Valid(b) && bytes.IndexByte(b, 0) < 0 {
		return b, nil
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == 0 {
			return nil, binary(name, b, i)
		}
		if r == utf8.RuneError && n == 1 {
			if j := bytes.IndexByte(b[i:], 0); j >= 0 {
				return nil, binary(name, b, i+j)
			}
			line, col := Position(b, i)
			return nil, diag.List{{File: name, Line: line, Col: col, Severity: diag.Error, ID: "InputBadUTF8"}}
		}
		i += n
	}
	return b, nil
}

func binary(name string, b []byte, i int) error {
	line, col := Position(b, i)
	return diag.List{{File: name, Line: line, Col: col, Severity: diag.Error, ID: "InputBinary"}}
}

// Position returns the 1-based line and column (in code points) of byte
// off of b.
func Position(b []byte, off int) (line, col int) {
	off = min(off, len(b))
	line = 1 + bytes.Count(b[:off], []byte("\n"))
	start := bytes.LastIndexByte(b[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(b[start:off])
}

// LineStarts returns the byte offset of each line's start in b, the first
// 0: where many positions are wanted, a search in it replaces Position's
// count from the start.
func LineStarts(b []byte) []int {
	out := make([]int, 1, bytes.Count(b, []byte("\n"))+1)
	for i := 0; ; {
		k := bytes.IndexByte(b[i:], '\n')
		if k < 0 {
			return out
		}
		i += k + 1
		out = append(out, i)
	}
}

// ReadAll reads a file for a reader and returns it as UTF-8 (Decode): in
// the encoding the user gave (opts.Encoding), else the one the file
// declares, which declared (nil: none) finds in its bytes (a PO header's
// charset, an XML declaration).
func ReadAll(name string, r io.Reader, opts Options, declared func([]byte) string) ([]byte, error) {
	b, err := readAll(r)
	if err != nil {
		return nil, err
	}
	charset := opts.Encoding
	if charset == "" && declared != nil {
		charset = declared(b)
	}
	return Decode(name, b, charset)
}

// Whole returns a reader of b that hands b itself, not a copy, to ReadAll
// when nothing of it has been read yet: for a caller that read a file whole
// and gives its bytes away (a format's reader may keep them as a
// document's text, or change them). Read as any io.Reader, it reads b.
func Whole(b []byte) io.Reader { return &whole{Reader: bytes.NewReader(b), b: b} }

// whole is the reader Whole returns.
type whole struct {
	*bytes.Reader
	b []byte
}

// readAll is io.ReadAll: b itself when r is Whole(b) and unread, else into
// one buffer of the right size when r says how much it holds (a
// bytes.Reader) instead of one that doubles from 512 bytes.
func readAll(r io.Reader) ([]byte, error) {
	if w, ok := r.(*whole); ok && w.Len() == len(w.b) {
		w.Reset(nil)
		return w.b, nil
	}
	l, ok := r.(interface{ Len() int })
	if !ok {
		return io.ReadAll(r)
	}
	return ReadSized(r, l.Len())
}

// ReadSized reads r to its end into one buffer made for size bytes, as
// os.ReadFile does with a file's size: it grows only if r holds more.
func ReadSized(r io.Reader, size int) ([]byte, error) {
	b := make([]byte, 0, size+1) // +1: Read reports io.EOF into room, not at cap
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

// CheckUTF8 reports text that is not UTF-8 or holds a NUL byte, as Decode
// does, for a reader that streams its input (it decodes nothing).
func CheckUTF8(name string, b []byte) error {
	_, err := validUTF8(name, b)
	return err
}

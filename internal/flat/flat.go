// Package flat is the byte layout of glosa's compiled glossary cache:
// unsigned varints, and strings as a length and their bytes. A Reader
// takes its strings from one string holding the whole input, so that
// decoding allocates no string of its own.
package flat

import (
	"encoding/binary"
	"errors"
)

// ErrCorrupt is the error of a Reader whose input ends early or holds a
// length beyond its end.
var ErrCorrupt = errors.New("corrupt data")

// A Writer appends to Buf.
type Writer struct {
	Buf []byte
}

// Uint appends an unsigned varint.
func (w *Writer) Uint(n uint64) { w.Buf = binary.AppendUvarint(w.Buf, n) }

// Int appends an int as a varint; negative values are allowed.
func (w *Writer) Int(n int) { w.Buf = binary.AppendVarint(w.Buf, int64(n)) }

// Bool appends a byte, 1 for true.
func (w *Writer) Bool(b bool) {
	if b {
		w.Buf = append(w.Buf, 1)
	} else {
		w.Buf = append(w.Buf, 0)
	}
}

// String appends a length and the bytes of s.
func (w *Writer) String(s string) {
	w.Uint(uint64(len(s)))
	w.Buf = append(w.Buf, s...)
}

// Bytes appends b as String appends a string of the same bytes, without
// the copy a conversion to a string would make.
func (w *Writer) Bytes(b []byte) {
	w.Uint(uint64(len(b)))
	w.Buf = append(w.Buf, b...)
}

// Strings appends the strings, keeping a nil slice apart from an empty one.
func (w *Writer) Strings(l []string) {
	w.Count(len(l), l == nil)
	for _, s := range l {
		w.String(s)
	}
}

// Count appends a slice's length, or that it is nil, as Reader.Count
// reads it.
func (w *Writer) Count(n int, isNil bool) {
	if isNil {
		w.Uint(0)
	} else {
		w.Uint(uint64(n) + 1)
	}
}

// A Reader reads what a Writer wrote. After the first error every read
// returns zero values and Err reports it.
type Reader struct {
	s   string
	off int
	err error
}

// NewReader reads s.
func NewReader(s string) *Reader { return &Reader{s: s} }

// Err is the first error met, or nil.
func (r *Reader) Err() error { return r.err }

// Done reports whether the whole input was read without error.
func (r *Reader) Done() bool { return r.err == nil && r.off == len(r.s) }

func (r *Reader) fail() {
	if r.err == nil {
		r.err = ErrCorrupt
	}
	r.off = len(r.s)
}

// Uint reads an unsigned varint.
func (r *Reader) Uint() uint64 {
	var n uint64
	var shift uint
	for i := r.off; i < len(r.s) && shift < 64; i++ {
		b := r.s[i]
		n |= uint64(b&0x7f) << shift
		if b < 0x80 {
			r.off = i + 1
			return n
		}
		shift += 7
	}
	r.fail()
	return 0
}

// Int reads a varint written by Writer.Int.
func (r *Reader) Int() int {
	u := r.Uint()
	n := int64(u >> 1)
	if u&1 != 0 {
		n = ^n
	}
	return int(n)
}

// Bool reads a byte written by Writer.Bool.
func (r *Reader) Bool() bool {
	if r.off >= len(r.s) || r.s[r.off] > 1 {
		r.fail()
		return false
	}
	r.off++
	return r.s[r.off-1] == 1
}

// String reads a string, a substring of the input.
func (r *Reader) String() string {
	n := r.Uint()
	if n > uint64(len(r.s)-r.off) {
		r.fail()
		return ""
	}
	s := r.s[r.off : r.off+int(n)]
	r.off += int(n)
	return s
}

// Count reads what Writer.Count wrote, with items at least min bytes
// long: the length, and whether the slice was nil.
func (r *Reader) Count(min int) (n int, isNil bool) {
	u := r.Uint()
	if u == 0 {
		return 0, true
	}
	if min < 1 {
		min = 1
	}
	if u-1 > uint64(len(r.s)-r.off)/uint64(min) {
		r.fail()
		return 0, true
	}
	return int(u - 1), false
}

// Strings reads what Writer.Strings wrote.
func (r *Reader) Strings() []string {
	n, isNil := r.Count(1)
	if isNil {
		return nil
	}
	l := make([]string, n)
	for i := range l {
		l[i] = r.String()
	}
	return l
}

package text

import (
	"bytes"
	"errors"
	"io"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/segment"
)

// A Scanner reads the segments of a plain text stream, one paragraph at a
// time: it gives the same segments as [format.Segments] of what [Read]
// reads from the whole stream, and keeps in memory no more than the
// longest paragraph (text between blank lines) and one read. A Scanner is
// not safe for concurrent use.
type Scanner struct {
	// Name is the file's name, for the position of an error in it (text
	// that is not UTF-8, a NUL byte).
	Name string
	lang string
	r    io.Reader
	buf  []byte // unsplit input, from a line start
	// searched is how far buf has been looked through for a blank line;
	// cut is the end of the last blank line found (0: none).
	searched, cut int
	base          int // offset of buf[0] in the input
	line, para    int // line of buf[0]; the next paragraph's number
	units         []format.Unit
	out           []segment.Segment
	next          int // index in out of the next segment to return
	seg           segment.Segment
	eof           bool
	err           error
}

// readSize is the size of one read.
const readSize = 64 << 10

// NewScanner returns a Scanner of r in language lang (a BCP 47 tag, see
// [segment.New]).
func NewScanner(lang string, r io.Reader) *Scanner {
	return &Scanner{lang: lang, r: r, line: 1}
}

// Scan advances to the next segment, which Segment then returns. It
// returns false at the end of the input or on a read error, which Err
// then returns.
func (sc *Scanner) Scan() bool {
	for sc.next == len(sc.out) {
		if sc.err != nil {
			return false
		}
		if sc.eof {
			if len(sc.buf) == 0 {
				return false
			}
			sc.split(len(sc.buf))
			continue
		}
		if len(sc.buf) == cap(sc.buf) {
			nb := make([]byte, len(sc.buf), max(2*cap(sc.buf), readSize))
			copy(nb, sc.buf)
			sc.buf = nb
		}
		n, err := sc.r.Read(sc.buf[len(sc.buf):cap(sc.buf)])
		sc.buf = sc.buf[:len(sc.buf)+n]
		switch {
		case errors.Is(err, io.EOF):
			sc.eof = true
		case err != nil:
			sc.err = err
			continue
		}
		sc.findCut()
		if sc.cut > 0 {
			sc.split(sc.cut)
		}
	}
	sc.seg = sc.out[sc.next]
	sc.next++
	return true
}

// Segment returns the segment found by the last call to Scan.
func (sc *Scanner) Segment() segment.Segment { return sc.seg }

// Err returns the first error other than io.EOF met while reading.
func (sc *Scanner) Err() error { return sc.err }

// findCut looks through the complete lines of buf not yet looked at for a
// blank line, and sets cut after the last one.
func (sc *Scanner) findCut() {
	b := sc.buf
	for i := sc.searched; i < len(b); {
		k := bytes.IndexByte(b[i:], '\n')
		if k < 0 {
			break // an incomplete line
		}
		e := i + k
		if isBlank(b[i:e]) {
			sc.cut = e + 1
		}
		i = e + 1
		sc.searched = i
	}
}

// split segments buf[:n], which ends a paragraph, and keeps the rest.
func (sc *Scanner) split(n int) {
	chunk := sc.buf[:n]
	if sc.base == 0 && bytes.HasPrefix(chunk, []byte("\xEF\xBB\xBF")) {
		chunk = chunk[3:] // a BOM is no text and no column
		sc.buf, sc.base, n = sc.buf[3:], 3, n-3
	}
	if err := format.CheckUTF8(sc.Name, chunk); err != nil {
		var l diag.List
		if errors.As(err, &l) && len(l) > 0 && l[0].Line > 0 {
			l[0].Line += sc.line - 1 // the chunk starts at line sc.line
		}
		sc.err, sc.out, sc.next = err, nil, 0
		return
	}
	sc.units = appendBlocks(sc.units[:0], chunk, sc.para)
	sc.para += len(sc.units)
	sc.out, sc.next = format.Segments(&format.Document{Lang: sc.lang, Text: chunk, Units: sc.units}), 0
	for i := range sc.out {
		s := &sc.out[i]
		s.Start += sc.base
		s.End += sc.base
		s.Line += sc.line - 1
	}
	sc.line += bytes.Count(chunk, []byte("\n"))
	rest := copy(sc.buf, sc.buf[n:])
	sc.buf = sc.buf[:rest]
	sc.base += n
	sc.searched = max(0, sc.searched-n)
	sc.cut = 0
}

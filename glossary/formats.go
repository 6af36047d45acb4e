package glossary

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/glosa-dev/glosa/diag"
)

// A Format is a termbase format glosa reads: TOML (its own), and the
// interchange formats registered by their packages (TBX, spreadsheets).
type Format struct {
	Name       string   // "toml", "tbx", "csv", "tsv"
	Extensions []string // lower case, with the dot: ".tbx"
	// Sniff reports whether a file's first bytes are in this format, for
	// a file whose extension names none.
	Sniff func(head []byte) bool
	// Read reads one file's contents into b: its concepts through b.Add,
	// its own problems (syntax) through b.Report, each with its place.
	Read func(b *Builder, name string, src []byte)
	// Write writes a glossary in this format (nil: glosa reads the
	// format but does not write it).
	Write func(w io.Writer, g *Glossary) error
}

var (
	formatsMu sync.RWMutex
	formats   = []Format{{Name: "toml", Extensions: []string{".toml"}, Read: (*Builder).add, Write: writeTOML}}
)

// RegisterFormat makes a termbase format known to Load; the interchange
// packages call it from init (import glossary/all for every one).
func RegisterFormat(f Format) {
	formatsMu.Lock()
	defer formatsMu.Unlock()
	formats = append(formats, f)
}

// Formats lists the registered formats, TOML first.
func Formats() []Format {
	formatsMu.RLock()
	defer formatsMu.RUnlock()
	return append([]Format(nil), formats...)
}

// FormatOf picks the format of a glossary file: by its extension, else
// by its content (a BOM and leading blanks skipped), else TOML.
func FormatOf(name string, src []byte) Format {
	fs := Formats()
	ext := strings.ToLower(filepath.Ext(name))
	for _, f := range fs {
		for _, e := range f.Extensions {
			if e == ext {
				return f
			}
		}
	}
	head := bytes.TrimLeft(bytes.TrimPrefix(src, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) > 4096 {
		head = head[:4096]
	}
	for _, f := range fs {
		if f.Sniff != nil && f.Sniff(head) {
			return f
		}
	}
	return fs[0]
}

// Load reads and validates glossary files, each in its format (FormatOf).
// Concept ids must be unique across all of them. The returned list holds
// every problem found, errors and warnings, sorted by file and position;
// the glossary is nil when there is at least one error.
func Load(paths ...string) (*Glossary, diag.List) {
	b := NewBuilder()
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Report(diag.Diagnostic{File: p, Line: 1, Col: 1, Severity: diag.Error, ID: "GlossaryRead",
				Data: map[string]any{"Err": unwrapPathError(err)}})
			continue
		}
		FormatOf(p, src).Read(b, p, src)
	}
	return b.Finish()
}

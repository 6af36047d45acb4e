package pipeline

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/glosa-dev/glosa/format"
	_ "github.com/glosa-dev/glosa/format/all" // every reader
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/langid"
)

// ReadOptions say what a file does not.
type ReadOptions struct {
	// Format is a registered format's name; "" chooses by name and
	// content.
	Format string
	// Lang is the document's language, or a catalog's target language
	// where the file does not name it; "" decides it.
	Lang string
	// SourceLang is a catalog's source language where the file does not
	// name it; "" is English.
	SourceLang string
	// Known are the languages a file name may name (the glossary's); es,
	// en and ru always count.
	Known []string
	// Presegmented reads plain text as one segment per line.
	Presegmented bool
	// Encoding is the file's character encoding as the user gave it
	// (--encoding); "" lets the file say (UTF-8 unless it declares
	// another).
	Encoding string
	// Detected, when not nil, is told of a language detected from the
	// text, and how.
	Detected func(lang string, how langid.Reason)
}

// detectSize is how much of a file language detection reads.
const detectSize = 64 << 10

// Read reads the file name from r with the reader of its format.
func Read(name string, r io.Reader, opts ReadOptions) (*format.File, error) {
	enc := opts.Encoding
	if enc != "" {
		b, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		if b, err = format.Decode(name, b, enc); err != nil {
			return nil, err
		}
		r, enc = format.Whole(b), "utf-8"
	}
	var head []byte
	if b, ok, err := wholeFile(r); err != nil {
		return nil, err
	} else if ok {
		// A file is read at its size, once: its reader then reads it from
		// memory, and format.ReadAll hands it these bytes, not a copy.
		head, r = b[:min(len(b), detectSize)], format.Whole(b)
	} else {
		br := bufio.NewReaderSize(r, detectSize)
		head, err = br.Peek(detectSize)
		if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
			return nil, err
		}
		r = br
	}
	fm, err := formatOf(name, head, opts.Format)
	if err != nil {
		return nil, err
	}
	lang := opts.Lang
	if fm.NeedsLang {
		lang = Language(name, head, opts)
	}
	return fm.Read(name, r, format.Options{Lang: lang, SourceLang: opts.SourceLang, Presegmented: opts.Presegmented, Encoding: enc})
}

// wholeFile reads r whole when it is a regular file, as os.ReadFile does
// (at the size the file has, growing if it grows meanwhile); ok is false,
// and nothing read, for any other reader.
func wholeFile(r io.Reader) (b []byte, ok bool, err error) {
	f, isFile := r.(*os.File)
	if !isFile {
		return nil, false, nil
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return nil, false, nil
	}
	if b, err = format.ReadSized(f, int(st.Size())); err != nil {
		return nil, true, err
	}
	return b, true, nil
}

// Language decides the language of a document that does not name it:
// opts.Lang if given, else the one its name names (x.es.txt, es/x.md,
// x_ru.po: es, en, ru or one of opts.Known), else the one detected from its
// first bytes (head, 64 KiB is plenty), of which opts.Detected is told.
func Language(name string, head []byte, opts ReadOptions) string {
	if opts.Lang != "" {
		return opts.Lang
	}
	if lang, ok := langid.FromPath(name, knownBases(opts.Known)); ok {
		return lang
	}
	lang, how := langid.Detect(head)
	if opts.Detected != nil {
		opts.Detected(lang, how)
	}
	return lang
}

// IsCatalog reports whether a file, by its name and first bytes (or the
// format asked for), holds a source and its translations.
func IsCatalog(name, formatName string) bool {
	fm, err := formatOf(name, head(name), formatName)
	return err == nil && fm.Catalog
}

// head returns the first 4 KiB of a file, for sniffing its format (nil
// when it cannot be read: the name alone decides).
func head(name string) []byte {
	f, err := os.Open(name)
	if err != nil {
		return nil
	}
	defer f.Close()
	b := make([]byte, 4096)
	n, _ := io.ReadFull(f, b)
	return b[:n]
}

// IsText reports whether a file is plain text (no other format claims it
// by its name and first bytes): what the streaming commands read as they
// go. Standard input ("-") is text.
func IsText(name, formatName string) bool {
	if name == "-" && formatName == "" {
		return true
	}
	fm, err := formatOf(name, head(name), formatName)
	return err == nil && fm.Name == format.Fallback
}

// FillLanguages gives a language to the documents of a file that do not
// name one (a message file whose path and text say nothing): source when
// it is not "" (the source file of a set), else the one detected from
// the document's text.
func FillLanguages(f *format.File, source string, opts ReadOptions) {
	for _, d := range f.Docs {
		switch {
		case d.Lang != "":
		case source != "":
			d.Lang = source
		default:
			d.Lang = Language(d.File, d.Text, opts)
		}
	}
}

// FormatOf returns the format of a file by its name and first bytes (or
// the format asked for), reading the file's head once: what a caller
// asks several questions of (catalog? keyed?) should ask it of this.
func FormatOf(name, formatName string) (*format.Format, error) {
	return formatOf(name, head(name), formatName)
}

// IsKeyed reports whether a file's units carry keys that pair them with
// the other files of its set (format.Format.Keyed).
func IsKeyed(name, formatName string) bool {
	fm, err := formatOf(name, head(name), formatName)
	return err == nil && fm.Keyed
}

func formatOf(name string, head []byte, formatName string) (*format.Format, error) {
	if formatName == "" {
		return format.Detect(name, head), nil
	}
	fm, ok := format.Lookup(formatName)
	if !ok {
		return nil, fmt.Errorf("unknown input format %q", formatName)
	}
	return fm, nil
}

// knownBases are the base languages a file name may name.
func knownBases(known []string) map[string]bool {
	bases := map[string]bool{"es": true, "en": true, "ru": true}
	for _, l := range known {
		bases[lang.Base(l)] = true
	}
	return bases
}

package format

import (
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/glosa-dev/glosa/segment"
)

// Kind is what a unit is.
type Kind uint8

const (
	Prose    Kind = iota // a paragraph of running text, split into sentences
	Heading              // a title: one segment
	ListItem             // an item of a list, split into sentences after its marker
	Code                 // a code block: not checked
	Message              // a string of a catalog or program: one segment
	Line                 // one segment given as is (presegmented text)
)

var kindNames = [...]string{"prose", "heading", "list-item", "code", "message", "line"}

func (k Kind) String() string { return kindNames[k] }

// Whole reports whether a unit of this kind is one segment, not split into
// sentences.
func (k Kind) Whole() bool { return k == Heading || k == Message || k == Line }

// State is how far a translation unit has come.
type State uint8

const (
	StateUnknown State = iota // the format does not say
	NeedsTranslation
	NeedsReview // gettext's fuzzy, XLIFF's needs-review-translation
	Translated
	Final // reviewed, signed off
)

// SpanKind is what an inline span is.
type SpanKind uint8

const (
	Placeholder SpanKind = iota // %s, {name}, {{count}}, %1$d
	Tag                         // an inline tag: <b>, XLIFF <ph/>, Markdown `code`
)

// A Span is a part of a unit's text that is not words to translate, at
// bytes [Start, End) of the document's Text.
type Span struct {
	Start, End int
	Kind       SpanKind
}

// A Unit is one block of a document.
type Unit struct {
	Kind Kind
	// Start and End are the unit's bytes in the document's Text, End
	// exclusive; Body is where its text starts after a marker (a list
	// item's "- "), Start otherwise.
	Start, Body, End int
	// Para numbers the document's paragraphs (0-based): a heading, a list
	// item and a catalog message are paragraphs of their own.
	Para int
	// What a catalog knows of its messages.
	Key     string   // the message id or key
	Context string   // gettext msgctxt, Android/iOS comment-free context
	Notes   []string // translator and developer comments
	Flags   []string // c-format, fuzzy, …
	State   State
	// Plural is the unit's plural category in CLDR's words ("one", "few",
	// "many", "other"; a reader of gettext turns msgstr[i] into the
	// category its Plural-Forms gives i); "" for a message without plurals.
	Plural string
	Spans  []Span // placeholders and inline tags, in order
}

// Document is a file's text in one language.
type Document struct {
	File, Lang string
	// Text is what the rules read: the file's bytes, or the text a reader
	// built from them.
	Text []byte
	// Map places Text in the file when Text is not the file's own bytes
	// (nil: the identity).
	Map segment.Map
	// Units are the document's blocks, in order, not overlapping.
	Units []Unit
	// Suppress lists the lines where the file's comments turn rules off.
	Suppress []Suppression
	// Guess says the reader knows nothing of the units but their text
	// (plain text): rules may guess from the bytes what is code.
	Guess bool
}

// A File is what a reader made of one file.
type File struct {
	Name string
	// Docs holds one document per language; Docs[0] is the source.
	Docs []*Document
	// Units, when the file pairs its documents (a catalog), lists for each
	// unit of the file the index of its Unit in each of Docs (-1: not in
	// that language); Units[r][k] is in Docs[k]. Nil when the file holds
	// one document.
	Units [][]int
	// LintSource says the source is prose to check, not a program's
	// strings: true for documents, false for catalogs.
	LintSource bool
}

// Options tell a reader what the file does not.
type Options struct {
	// Lang is the document's language (a BCP 47 tag) when the user gave it
	// (--lang) or the caller decided it (NeedsLang); for a catalog, the
	// target's language where the file does not say it.
	Lang string
	// SourceLang is a catalog's source language where the file does not
	// say it (--source-lang, the config); "" is English.
	SourceLang string
	// Presegmented reads plain text as one segment per line.
	Presegmented bool
	// Encoding, when not "", is the file's character encoding as the user
	// gave it (--encoding): it wins over what the file declares (a PO
	// header's charset, an XML declaration). The pipeline decodes such a
	// file before its reader sees it and passes "utf-8".
	Encoding string
}

// A Reader reads a file named name from r. It returns a File, or an
// diag.List of every problem found with their positions, or another error
// when r cannot be read.
type Reader func(name string, r io.Reader, opts Options) (*File, error)

// A Format is a registered reader.
type Format struct {
	Name       string
	Extensions []string // with the dot, lower case: ".po"
	// Sniff, when not nil, reports whether a file's first bytes are in
	// this format, for extensions that several formats share.
	Sniff func(head []byte) bool
	Read  Reader
	// NeedsLang says the file does not name its language (plain text):
	// the caller decides it (name, then detection) before reading.
	NeedsLang bool
	// Catalog says a file holds a source and its translations, paired
	// (TSV, PO with its msgids, XLIFF): it is a set of its own, never
	// aligned with other files.
	Catalog bool
	// Keyed says the units carry keys (Unit.Key, Unit.Context) that pair
	// them with the units of the same set's other files, one language per
	// file (active.es.toml, values-ru/strings.xml, es.lproj/x.strings):
	// such files are paired by key, never aligned.
	Keyed bool
}

var (
	mu      sync.RWMutex
	formats []*Format
)

// Register adds a format. It panics if the name is taken.
func Register(f Format) {
	mu.Lock()
	defer mu.Unlock()
	for _, g := range formats {
		if g.Name == f.Name {
			panic("format: " + f.Name + " registered twice")
		}
	}
	formats = append(formats, &f)
}

// Lookup returns the format registered under name.
func Lookup(name string) (*Format, bool) {
	mu.RLock()
	defer mu.RUnlock()
	for _, f := range formats {
		if f.Name == name {
			return f, true
		}
	}
	return nil, false
}

// Names lists the registered formats' names, sorted.
func Names() []string {
	mu.RLock()
	defer mu.RUnlock()
	var out []string
	for _, f := range formats {
		out = append(out, f.Name)
	}
	slices.Sort(out)
	return out
}

// ForExtension returns the first format registered for the extension of
// name, or nil: what a directory walk reads.
func ForExtension(name string) *Format {
	ext := strings.ToLower(filepath.Ext(name))
	mu.RLock()
	defer mu.RUnlock()
	for _, f := range formats {
		if ext != "" && slices.Contains(f.Extensions, ext) {
			return f
		}
	}
	return nil
}

// Fallback is the format of a file no other claims: plain text.
const Fallback = "text"

// Detect chooses the format of a file from its name and its first bytes
// (head, up to 4 KiB is enough): a format whose extensions include the
// name's and whose Sniff, if any, accepts head; when several share the
// extension, the first registered that sniffs it; else a format without
// that extension whose Sniff accepts head; else plain text.
func Detect(name string, head []byte) *Format {
	ext := strings.ToLower(filepath.Ext(name))
	mu.RLock()
	var byExt, bySniff *Format
	for _, f := range formats {
		if ext != "" && slices.Contains(f.Extensions, ext) && (f.Sniff == nil || f.Sniff(head)) {
			byExt = f
			break
		}
	}
	// Only a file no format claims by its extension is sniffed by the
	// others (a sniffer reads the head: a JSON or YAML one parses it).
	for _, f := range formats {
		if byExt != nil {
			break
		}
		has := ext != "" && slices.Contains(f.Extensions, ext)
		if !has && f.Sniff != nil && f.Sniff(head) {
			bySniff = f
			break
		}
	}
	mu.RUnlock()
	if byExt != nil {
		return byExt
	}
	if bySniff != nil {
		return bySniff
	}
	f, _ := Lookup(Fallback)
	return f
}

// Package format is glosa's document model and the registry of readers of
// localized content. Each reader is a package under it (format/text,
// format/tsv, and PO, XLIFF, go-i18n and Markdown to come) that registers
// itself with [Register] from an init function; a program that links the
// reader packages (cmd/glosa imports them all through format/all) can read
// every format by name, by extension or by sniffing the content.
//
// # Documents and units
//
// A [Document] is the text of one file in one language, cut into [Unit]s:
// the paragraphs, headings, list items and code blocks of prose, or the
// messages of a catalog. A unit knows what its format knows and a rule
// needs: its key (message id), gettext context, notes, flags, state, plural
// form, the spans of its placeholders and inline tags, and its kind. What a
// block is, is the reader's business; package segment only splits a unit
// of prose into sentences.
//
// A Document's Text is what the rules read: the file's own bytes, or the
// text a reader built from it (a catalog's strings, unescaped, a blank line
// between two units), in which case its Map places every byte back in the
// file, so that every position reported is a true one in the file.
//
// # Files
//
// A reader turns one file into a [File]: one document (plain text,
// Markdown), or one document per language of a catalog whose units are
// paired by key ([File.Units]); such pairs are never aligned again.
//
// # Registry
//
// [Register] adds a reader under a name with its extensions and, where
// extensions lie (.txt holding TSV, .json holding go-i18n or i18next), a
// sniffing function. [Lookup] finds a reader by name (--input-format),
// [Detect] by file name and first bytes. Readers are safe for concurrent
// use; a File is not shared once returned.
package format

// Package edit changes glosa's TOML glossaries without damage: it works on
// a file's bytes, finds a concept's [[concept]] table and the byte ranges
// of its keys and values, and replaces or inserts only what the edit
// needs. Comments, blank lines, key order, quoting and every byte outside
// the edited concept stay as they were; the whole file is never
// re-encoded.
//
// # Editing
//
// [Add] appends a concept at the end of the file, written in the file's
// own style (a single term as a string or as a one-element array, single
// or double quotes, the spacing around "=", CRLF line ends, a blank line
// between concepts). [Set] changes one concept in place: the value of an
// existing key is replaced, a missing key is added at the end of the
// concept's table, before its sub-tables. deprecated and forbidden are
// found however they are written: an inline table, dotted keys
// (deprecated.ru = …) or a [concept.deprecated] sub-table.
//
// # Validation
//
// Both parse the result with [glossary.Parse] before returning it: an
// edit the glossary builder would reject (a duplicate id, an empty term, a
// term both approved and deprecated) returns no bytes and the errors, so
// that a caller writes nothing. Both functions are pure and safe for
// concurrent use.
package edit

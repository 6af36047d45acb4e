// Package pipeline is what every command runs on: files read into
// documents by the reader of their format, in their language.
//
// # Reading
//
// [Read] chooses a file's format (by name, by its first bytes, or as
// asked) from the registry of package format (every reader is linked,
// through format/all) and, for formats that do not name their language,
// decides it: as given, else from the file name (x.es.txt, es/x.md,
// x_ru.po), else by detection from the text (package langid), which the
// caller is told of. A catalog (TSV, and PO, XLIFF to come) names its
// languages itself and pairs its units by key.
//
// The next steps (segmenting, pairing by alignment or by key, matching
// each document once, with the concept of a term several concepts share
// decided by the aligned source) live in package check for now; they move
// here so that handouts and extraction reuse them.
package pipeline

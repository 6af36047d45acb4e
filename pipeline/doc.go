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
// # Sets
//
// [New] makes a [Set] of a file and its translations (or of a catalog,
// which holds them): a source [Doc] and its targets. Each step is computed
// when first asked for and once, as go/analysis computes a pass's
// requirements: a document's segments ([Doc.Segments], format.Segments),
// its matches ([Doc.Matches]: every occurrence of a glossary term, found in
// one pass, those a longer term covers marked Nested; [Doc.Outer] leaves
// them out), how a target's segments pair with the source's ([Set.Beads]:
// by a catalog's keys, else by alignment, paragraphs first), and which
// concept a term that several concepts share stands for ([Set.Resolved]:
// the one the paired source segment names). check runs its rules on a
// Set; handouts and extraction will.
//
// A Set and its Docs are not safe for concurrent use; sets are
// independent of one another.
package pipeline

// Package check holds glosa's terminology QA rules and runs them on
// documents.
//
// # Rules
//
// A [Rule] is a value: an ID (a contract: users configure and suppress
// rules by it), a default [Severity], the locales message ID of its one-line
// documentation, the [Scope] it reads, and a Run function that reports
// [Finding]s through a [Pass]. Rules work on documents, their segments and
// their term matches, never on a file format. A document rule reads one
// document ([Rules]: forbidden, deprecated, inconsistent and untranslated
// terms, punctuation, mixed scripts); a pair rule a translation with its
// source, their segments paired (missing terms, numbers, untranslated and
// inconsistent segments, suspect alignments); a set rule the source with
// all its translations (term-missing across three languages). The last two
// are [BilingualRules]. [AllRules] describes every rule once per ID, for
// SARIF and configuration.
//
// # Catalogs
//
// The rules of catalogs read what the reader knew of each unit, never the
// bytes: plural categories (plural-forms, a document rule), states
// (unit-state), and, in a set paired by its file or by keys, the rows of
// units (placeholder-mismatch on the units' spans, key-missing, key-extra,
// untranslated). Units that need review (fuzzy) are left out of the term
// rules of their pair. A finding in a keyed unit carries its Key and
// Context.
//
// # Sets
//
// [RunSet] checks a set of package pipeline: a source and its
// translations, read by the reader of their format, segmented, paired (by
// a catalog's keys, or by alignment) and matched once. The document rules
// run on the source when it is linted (documents, not catalogs) and on
// each translation, the pair rules on each translation with the source,
// the set rules once; RunSet knows no rule by name.
// [Options] choose the rules ([Configure] sets their levels) and what to
// [Ignore]; a [Document]'s Suppress lines, read from its comments
// (format.TextSuppressions, format.ParseDirective), silence rules there.
//
// A Document's Text is what the rules read: the file itself, or the text a
// reader built from it (a catalog's strings, unescaped), in which case its
// Map places every byte back in the file, so that findings carry true
// positions whatever the format.
//
// # Programs' messages
//
// Catalogs are full of code: options (--input-file), placeholders (%s),
// identifiers, metavariables (FILE), cited marks («)»). The rules leave
// them alone (codeLike): a term inside code need not be translated, an
// identical segment of names and code is not untranslated, a bracket that
// is named is not unpaired.
package check

// Package check holds glosa's terminology QA rules and runs them on
// documents.
//
// # Rules
//
// A [Rule] is a value: an ID (a contract: users configure and suppress
// rules by it), a default [Severity], the locales message ID of its one-line
// documentation, and a Run function that reports [Finding]s through a
// [Pass]. Rules work on a document's text, its segments and its term
// matches, never on a file format. [Rules] are monolingual (forbidden,
// deprecated, inconsistent and untranslated terms, punctuation, mixed
// scripts); [BilingualRules] are [BiRule] values that compare a translation
// with its source through a [BiPass] of aligned segments (missing terms,
// numbers, untranslated and inconsistent segments, suspect alignments).
// [AllRules] describes both, for SARIF and configuration.
//
// # Sets
//
// [RunSet] checks a [Set]: a source and up to two translations. Each
// translation is aligned with the source (package align), unless the set's
// Beads say already how their segments pair: readers of catalogs build such
// sets with [UnitSet], one bead per unit. With two translations of a linted
// source, term-missing also looks across the three languages at once.
// [Options] choose the rules ([Configure] sets their levels) and what to
// [Ignore]; a [Document]'s Suppress lines, read from its comments
// ([TextSuppressions], [ParseDirective]), silence rules there.
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

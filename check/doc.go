// Package check holds glosa's terminology QA rules and runs them on
// documents.
//
// # Rules
//
// A [Rule] is a value: an ID (a contract: users configure and suppress
// rules by it), a default [Severity], the locales message ID of its one-line
// documentation, and a Run function that reports [Finding]s through a
// [Pass]. Rules work on a document's text, its segments and its term
// matches, never on a file format. This first set checks one document at a
// time (monolingual lint): forbidden and deprecated terms, terms of another
// language left untranslated, and punctuation. Rules that compare a source
// with its translations come with the bilingual mode.
package check

// Package diag holds the one diagnostic type of glosa: a problem in a user's
// input (a glossary, a configuration file, a TSV file…) at a position, with a
// severity and a message that the command line prints in the user's
// language.
//
// # Diagnostics
//
// A [Diagnostic] carries its file, line and column (1-based, columns in code
// points), an optional end column, a [Severity] and a locales message ID with
// its template data. [Diagnostic.Format] prints it the way compilers do,
// "file:line:col: severity: message" ("file: severity: message" when it has
// no position, such as an unreadable file); [Diagnostic.FormatWithLine] adds
// the source line and a caret under the column, for a terminal.
//
// # Lists
//
// Readers collect every problem rather than stop at the first: a [List]
// holds them, sorted by file and position with [List.Sort], up to [Max]
// ([List.Add] stops there: the file is not what it claims to be).
// [List.Err] is nil unless the list holds an error.
//
// # Suggestions
//
// [Suggest] finds the known word nearest to a misspelt one, for "did you
// mean" messages.
//
// Values of this package are plain data, safe for concurrent reading.
package diag

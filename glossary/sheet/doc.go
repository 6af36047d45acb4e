// Package sheet reads and writes termbases kept in a spreadsheet: CSV and
// TSV files as spreadsheets export them. It registers the glossary
// formats "csv" (.csv) and "tsv" (.tsv, .tab); import glossary/all to have
// glossary.Load read them.
//
// # Columns
//
// The first non-blank row is a header naming each column, case and
// surrounding blanks ignored:
//
//   - a BCP 47 language tag (es, en, ru, es-MX, en_US): terms in that
//     language, the first of a cell preferred, the others admitted;
//   - a language with a status, as LANG:STATUS (also "LANG STATUS",
//     LANG_STATUS, LANG-STATUS or "LANG (STATUS)"): every term of the cell
//     has that status. STATUS is admitted (allowed, synonyms), deprecated
//     (obsolete, superseded), forbidden (prohibited, banned) or forms
//     (inflections), the extra forms of the language's preferred term;
//   - id (concept, concept id, code): the concept's id. As a field name it
//     wins over the tag of Indonesian, which is written ind or id-ID;
//   - domain (subject, subject field, standard);
//   - note (notes, definition, comment, comments, description); several
//     note columns are joined, one per line;
//   - case (auto, sensitive, insensitive) and match (stem, exact).
//
// Any other column is reported with a warning naming it and is ignored;
// so are "es_translated" and the like of iso-codes. Every column's use is
// reported as an info (what `glosa glossary import` prints).
//
// # Cells
//
// Cells follow RFC 4180 as encoding/csv reads it (LazyQuotes off): a cell
// in double quotes may hold the delimiter, line breaks and doubled quotes.
// A UTF-8 byte order mark and CRLF line ends are accepted, blank rows
// skipped; a row may have fewer cells than the header, but not more
// non-empty ones. Several terms in one cell are separated by ";" or "|",
// each trimmed. A row with an empty id cell, or every row when there is no
// id column, gets an id made from its first term (the preferred term of
// the first language column that has one): lower case, runs of anything
// but letters and digits made "-", and "-2", "-3"… added to keep ids
// unique in the file. An id given twice in one file, in rows of different
// domains, is read as DOMAIN-ID in each of them, with a warning: this is
// how iso-codes' TSV gives the same code in two standards.
//
// # Writing
//
// A written sheet has the columns id, domain (when a concept has one),
// one per language (the glossary's order), then LANG:admitted (for a
// language whose approved terms are all admitted), LANG:deprecated,
// LANG:forbidden and LANG:forms where a concept has such terms, then
// note, case and match when a concept sets them. Terms are joined with
// "; "; a term holding ";" or "|" cannot be written, nor, in TSV, a cell
// holding a tab or a line break (write CSV then): both are errors at the
// term's or concept's place, and nothing is written. Cells are quoted
// where needed, as spreadsheets quote them.
//
// The reader and writer are safe for concurrent use.
package sheet

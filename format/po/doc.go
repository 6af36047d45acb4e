// Package po reads gettext catalogs (.po, and .pot templates) as a
// format.File of two documents: Docs[0] the msgids (the source), Docs[1]
// the msgstrs (the translation), paired entry by entry.
//
// # Entries
//
// Each entry but the header (msgid "") is a Message unit in each document,
// its Key the msgid and its Context the msgctxt, as the file spells them
// once unescaped; entries with the same msgid and different msgctxt are
// different units. Obsolete entries (#~) are not read. An entry whose
// msgstr is empty is untranslated: its row has -1 for the target. Every
// unit of an entry carries the entry's flags ("#,"), notes (translator "#"
// and extracted "#." comments, each kind's lines joined) and state:
// format.NeedsReview for a fuzzy entry, format.NeedsTranslation for an
// empty msgstr (msgstr[0] for plurals), format.Translated otherwise; these
// are the counts of msgfmt --statistics.
//
// A translator comment "# glosa-ignore RULE…" turns the rules off on the
// lines of its entry; "# glosa-off" and "# glosa-on" from line to line.
//
// # Plurals
//
// For an entry with msgid_plural, the msgid is the source unit of plural
// category "one" and msgid_plural that of "other". Each msgstr[i] is a
// target unit whose category is the one the header's Plural-Forms gives
// index i: the formula is evaluated on the integers 0…1099 and CLDR
// (golang.org/x/text/feature/plural) names the category of each. An index
// that several categories reach is named for the category most of its
// numbers have that no earlier index took: a Russian catalog with
// "nplurals=2; plural=(n != 1);" records msgstr[0] as "one" and msgstr[1]
// as "many" (it also serves 2, few, and 21, one), so a rule sees that
// "few" is missing. Without Plural-Forms, msgstr[i] is the i-th of the
// categories CLDR gives the integers of the language (Russian: one, few,
// many). msgstr[i] is paired with the msgid when its category is "one",
// with msgid_plural otherwise.
//
// # Text and positions
//
// A document's Text is its units' unescaped values separated by "\n\n";
// its Map places each byte in the file, through string continuations and
// escapes (\n, \t, \", \\, \NNN, \xHH). The file's charset is the one its
// header's Content-Type declares (UTF-8 when none).
//
// # Languages
//
// The source's language is opts.SourceLang, else English. The target's is
// the header's Language, else the one the file name names (es.po,
// x.es.po, x_es.po, po/es/x.po), else opts.Lang.
//
// # Errors
//
// Every problem of a broken file is a diag.Diagnostic with its line and
// column, all of them returned as a diag.List.
package po

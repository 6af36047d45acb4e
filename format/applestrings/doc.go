// Package applestrings reads Apple's localized strings: .strings files
// ("key" = "value"; with comments) and .stringsdict files (plists of plural
// variants), each as one keyed document whose units pair with the same
// project's other .lproj directories by key.
//
// # .strings
//
// Each entry "key" = "value"; is a format.Message unit with that Key; an
// entry "key"; is its own value. Keys and values are quoted (with the
// escapes \" \\ \n \t \r, \Uxxxx and \uxxxx, octal \NNN) or unquoted
// words. The comment (/* */ or //) just before an entry is its Notes; a
// comment on the line of the previous entry's ";" is that entry's remark
// and no note. Files are UTF-8 or UTF-16 with a byte order mark. Printf
// placeholders (%@, %lld, %1$@) are the units' spans.
//
// # .stringsdict
//
// Each key of the top dictionary gives a unit with that Key holding its
// NSStringLocalizedFormatKey (such as "%#@files@ left": its %#@var@
// references are placeholder spans; it is text to translate around
// them), and each variable of NSStringPluralRuleType gives one unit per
// category it lists (zero, one, two, few, many, other), with the outer Key,
// the variable's name as Context, the category as Plural, and its
// NSStringFormatValueTypeKey as a flag ("value-type=d"). A key whose value
// is a plain string is a unit too.
//
// # Language
//
// From the path: es.lproj → es, pt-BR.lproj or pt_BR.lproj → pt-BR,
// en.lproj → en; Base.lproj (the development language) and other
// directories give opts.Lang, else "".
package applestrings

// Package android reads Android string resources (res/values*/strings.xml)
// as one keyed document: each string, each plural form and each item of a
// string array is a format.Message unit, and the units of the same project's
// values-es/ and values-ru/ files pair with them by key.
//
// # Units
//
//   - <string name="k"> is a unit with Key "k".
//   - <plurals name="k"> gives one unit per <item quantity="q">, with Key "k"
//     and Plural "q" (a CLDR category: zero, one, two, few, many, other).
//   - <string-array name="k"> gives one unit per <item>, with Key "k[i]",
//     i counted from 0 as Resources.getStringArray indexes it.
//   - A resource with translatable="false" is not translated: it gives no
//     unit (the reader counts them, for its tests). Resources of other types (integer,
//     color, dimen, bool, array…) are not read.
//   - The comments before a resource are its Notes; a product="…" attribute
//     is its Context ("product=tablet"), so that its variants pair apart.
//   - An empty value is a unit with Start == End.
//
// # Values
//
// A value is decoded as aapt2 does: XML entities and CDATA sections are
// text; \' \" \\ \@ \? \# stand for the character, \n and \t for a line
// break and a tab, \uXXXX for a code point; a double-quoted part keeps its
// white space (the quotes are dropped); elsewhere a run of white space is
// one space and the value's leading and trailing white space goes.
//
// Inline elements (<b>, <i>, <u>, <a href>, <xliff:g>, …) stay in the text
// as they are written and are format.Tag spans; HTML written inside CDATA or
// with entities (&lt;b>) is found as tags too. The content of <xliff:g> is
// what the code inserts or what must not be translated: it is one
// format.Placeholder span (a printf placeholder inside it is not listed
// apart). Printf placeholders (%s, %1$d, %%) are found by
// placeholder.Printf. A value that is a reference (@string/other,
// ?attr/x) is one Placeholder span.
//
// Every byte of a document's Text is placed back in the file by its Map,
// escapes and entities included.
//
// # Language
//
// The language is the file's tools:locale attribute, else its directory's
// qualifiers: values-es → es, values-es-rES → es-ES, values-b+es+419 →
// es-419, values-mcc310-ru → ru; values/ (the default resources, usually the
// project's source language) and qualifiers that are not languages
// (values-night, values-v21, values-land) give opts.Lang, else "".
package android

// Package morph reduces normalised words to matching keys for Spanish,
// English and Russian.
//
// # Keys
//
// A key is what two word forms share when they are forms of one word: the
// Snowball stem (github.com/kljensen/snowball) of the folded word (see
// package textnorm: folding removes stress marks and turns ё into е, which
// Snowball's Russian stemmer does not do itself), followed by a few
// corrections for what Snowball leaves apart:
//
//   - Russian: a final -ов/-ев is removed, because Snowball strips it from
//     Хрущёв (хрущ) but keeps it in Хрущёва (хрущев), Жуков/Жукова likewise;
//     then a fleeting vowel in a final consonant+о/е+consonant is dropped,
//     so that чисток, папок, потолок, сестёр, окон meet чистка, папка,
//     потолка, сестра, окно.
//   - Spanish: a final -s after a consonant is removed (gulags, soviets,
//     clubs), which Snowball keeps.
//   - All languages: a possessive 's (or a bare final apostrophe) is removed.
//
// The corrections are applied to both sides, the glossary term and the text,
// so they need only be consistent, not linguistically exact. What no rule
// can derive (день/дня, человек/люди) belongs in a glossary's forms.
//
// Keys for other languages are the folded words themselves.
package morph

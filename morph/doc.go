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
//   - Russian: a verb ending that Snowball strips from the base form of a
//     noun but not from its other forms is removed from those too (канал →
//     кана but каналу → канал; режим → реж but режима → режим): -ил, -ыл,
//     -им, -ым, -ит, -ыт, -ен, and the -л of -ал/-ял, on stems of five
//     letters or more.
//   - Russian: a final -ов/-ев is removed, because Snowball strips it from
//     Хрущёв (хрущ) but keeps it in Хрущёва (хрущев), Жуков/Жукова likewise;
//     then a fleeting vowel in a final consonant+о/е+consonant is dropped,
//     so that чисток, папок, потолок, сестёр, окон meet чистка, папка,
//     потолка, сестра, окно.
//   - Spanish: a final -s after a consonant, which only loanword plurals
//     have (gulags, soviets, clubs, másters), is removed before stemming,
//     since Snowball keeps it; a final -z of a stem becomes -c, so that
//     lápiz and voz meet lápices and voces. A plural in -ares, -eres, -enes
//     or -ades, whose Snowball stem is its singular, is stemmed again,
//     because Snowball takes -ar, -er, -en or -ad off the singular itself
//     but not off the plural's stem: líder gives lid but líderes lider,
//     ciudad ciud but ciudades ciudad, imagen imag but imágenes imagen.
//     A word ending like a gerund (-ando, -iendo, -yendo) is keyed as its
//     plural, as the noun it is in a glossary (comando, comandos; mando,
//     dividendo), so that Snowball's gerund stem (com-) does not meet coma
//     and como; real gerunds then no longer meet their verb's other forms.
//     Verb forms in -ieres and -ienes (quieres, obtienes) are not touched;
//     the price is that a few rare verb forms (declares, consideres) no
//     longer meet their infinitive.
//   - All languages: a possessive 's (or a bare final apostrophe) is removed.
//   - All languages: Snowball's stop words (como, para, the, все) are their
//     own keys, not stemmed: Snowball reads comando as a gerund (com-ando),
//     whose stem would meet como.
//
// The corrections are applied to both sides, the glossary term and the text,
// so they need only be consistent, not linguistically exact. What no rule
// can derive (день/дня, человек/люди) belongs in a glossary's forms.
//
// Keys for other languages are the folded words themselves.
package morph

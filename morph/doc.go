// Package morph reduces normalised words to matching keys for Spanish,
// English and Russian.
//
// # Keys
//
// A key is what two word forms share when they are forms of one word: the
// Snowball stem (github.com/blevesearch/snowballstem, the Snowball
// compiler's own Go output; stop words as github.com/kljensen/snowball
// lists them) of the folded word (see
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
//     потолка, сестра, окно. Before the ц or к of -ец, -ек, after л a
//     fleeting е leaves ь (палец, пальца), after a vowel е or я leaves й
//     (боец, бойца; заяц, зайца; паёк, пайка); only there, since военный
//     must not meet война.
//   - Russian: a word of two or more consonants and a soft case ending
//     (-я, -ю, -и, -ем, -ям, -ями, -ях: дня, дню, дни, днём, дням), whose
//     only vowel Snowball cannot strip, is keyed as those consonants + е,
//     which is what Snowball leaves of дне and дней. After к, г, х, ж, ш,
//     ч, щ, ц an и is not soft (мхи, вши). The price: a monosyllable in
//     -ем (шлем, крем) no longer shares its text key with шлема; as a term
//     it still meets it by its second key (see LemmaKey). дне is a form of
//     both день and дно and meets день.
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
//   - English (second key only, see LemmaKey): a term word ending in s, x,
//     z, sh or ch also gets the key of its plural in -es (quiz: quizzes),
//     because Snowball keeps gas, bus, quiz, lens, canvas but stems gases,
//     buses, quizzes, lenses, canvases to gase, buse, quizz, lens, canvas.
//     The Key itself cannot be corrected: gases and cases, buses and uses
//     have the same shape. Words under three letters (us) and stop words
//     (this, his) get none; a lower-case three-letter term (dos) meets the
//     -e word (dose), so write acronyms in capitals. Snowball's own choices
//     stand for the rest: axes is axe, not axis; crisis/crises and
//     analysis/analyses belong in a glossary's forms.
//   - Russian (second key only): a term word in -ь with a fleeting vowel
//     before its last consonant (уровень, камень, ремень, день) also gets
//     the key of its other forms (уровн, камн, ремн; дне as above).
//   - All languages: a possessive 's (or a bare final apostrophe) is removed.
//   - All languages: Snowball's stop words (como, para, the, все) are their
//     own keys, not stemmed: Snowball reads comando as a gerund (com-ando),
//     whose stem would meet como.
//
// The corrections are applied to both sides, the glossary term and the text,
// so they need only be consistent, not linguistically exact. What no rule
// can derive (человек/люди, ребёнок/дети) belongs in a glossary's forms.
//
// Keys for other languages are the folded words themselves.
package morph

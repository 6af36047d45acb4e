// Package segment splits text in Spanish, English and Russian into
// sentences, for alignment, checks and handouts.
//
// # Segments
//
// [Split] (or [Segmenter.Split]) returns the [Segment]s of a text in order:
// sentences, and headings and list items, each with its text, its byte
// offsets and its line and column. Every character of the input that is
// not white space lies in exactly one segment; a segment's text is the
// input's bytes without the white space around it, with any line breaks
// inside it kept as they are (the caller decides what to do with them).
// White space is what [unicode.IsSpace] says it is, and U+FEFF (a byte
// order mark).
//
// # Sentence boundaries
//
// Candidate breaks come from the Unicode sentence boundary rules (UAX #29):
// after a run of sentence punctuation (. ! ? … ‼ ⁇ ⁈ ⁉) and the closing
// quotes and brackets after it ("?»", ".”", "!)"), before white space. What
// follows the white space, after any opening quotes, brackets, dashes and
// Spanish ¿ and ¡, decides:
//
//   - after ? or ! (also ?! and ?..), a break unless a lowercase letter
//     follows: «Кто виноват?» — спросил он; ¿Quién era? ¿de dónde venía?
//   - after an ellipsis (…, ..., . . .), a break before a capital only; an
//     ellipsis in brackets, "(…)" or "[...]", marks an omission: no break;
//   - after a single period, a break before a capital, a digit or a symbol,
//     not before a lowercase letter ("approx. ten"), except that an opening
//     quote or ¿ ¡ before it starts a new sentence ("…consecuencias". 'en
//     el que…"); two periods ("miedo..") are a full stop of this kind;
//   - no break without white space after the punctuation ("3.14", "U.S",
//     "¡Hola!, dijo"), and none while the segment has no letter or digit.
//
// A single period is then looked at more closely, with per-language rules
// kept as data (data/es.txt, data/en.txt, data/ru.txt, embedded):
//
//   - abbreviations, matched with their periods and with or without the
//     spaces between their parts ("EE. UU." and "EE.UU.", "т. е."), and in
//     their capitalised form at the start of a sentence ("P. ej."). A title
//     or "for example" never ends a sentence (Sr., Dr., e.g., т. е.);
//     "etc." may, before a capital; an ambiguous one (EE. UU., U.S., a. C.,
//     им.) ends a sentence only before a word that often starts one ("El",
//     "The", "В", listed as starters); "pág.", "No." and the like never
//     end one before a number; and "г.", "гг.", "в.", "см." are ambiguous
//     after a number ("в 1956 г. Хрущёв", "в XX в. Тогда") and never end a
//     sentence otherwise ("г. Москва");
//   - initials: one capital letter and a period before a capital is an
//     initial (N. S. Khrushchev, Н. С. Хрущёв), unless the next word is a
//     starter (plan B. The…); a capital letter listed as a word (English
//     "I") is an initial only before another initial ("than I. Stay", but
//     "I. M. Pei");
//   - numbers: list numbers (one to three digits, or one lowercase letter)
//     at the start of a segment or after a colon or a semicolon ("1. la
//     paz; 2. el pan", "a. Servicios"), and Roman numerals at the start of
//     a segment ("II. La guerra"), do not end a sentence; other numbers
//     are words (1.000,5. and 1956. end a sentence before a capital).
//
// A language without a data file (any tag other than es, en and ru, by
// base language) gets every rule but abbreviations and starters.
//
// # Paragraphs, headings and lists
//
// A blank line (white space only) and the paragraph separator U+2029 are
// hard boundaries; a single line break is not. A Markdown heading line
// ("# Title") is one segment. A list item starts a new segment: a line
// that starts with "- ", "* ", "+ " or "• ", or with "1. ", "2) ", "a) ",
// "b. " or "IV. " when it starts a paragraph or follows a heading, a list
// item or a line that ends a sentence (or, for one to three digits, when a
// capital follows: a numbered paragraph after a title line). The item ends
// with its line, unless the next lines continue it: indented lines, and
// "lazy" lines as in Markdown (after a line that does not end a sentence,
// a line that starts with a lowercase letter or follows a line as long as
// wrapped prose). The sentences inside an item are split as usual.
// [Segment.Para] numbers the paragraphs, counting each heading and list
// item as one.
//
// # Streaming and concurrency
//
// A [Segmenter] and the package-level functions are safe for concurrent
// use. A [Scanner] reads segments from an [io.Reader] one paragraph at a
// time and gives the same segments as Split on the whole text, holding no
// more than the longest paragraph in memory; it is not safe for concurrent
// use. Split makes one copy of its input, which the segments' texts share.
//
// # Speed
//
// Split runs at several hundred megabytes per second on one core: the
// text is searched for sentence punctuation with [bytes.IndexByte], and
// only the few bytes around each candidate are looked at.
package segment

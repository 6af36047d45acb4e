// Package segment splits text in Spanish, English and Russian into
// sentences, for alignment, checks and handouts.
//
// # Segments
//
// [Segmenter.AppendBlock] returns the [Segment]s of a block in order:
// its sentences, each with its text, its byte
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
// # Blocks
//
// What a block is (a paragraph, a heading, a list item, code) is the
// reader's business (package format and its readers; format/text for
// plain text). [Segmenter.AppendBlock] splits one block of prose into
// sentences, starting with the given line and column ([Cursor]);
// U+2029, the paragraph separator, is a hard break inside it.
// [Segmenter.AppendWhole] makes one segment of a heading or a message.
//
// # Streaming and concurrency
//
// A [Segmenter] is safe for concurrent use; a [Cursor] is not. AppendBlock
// makes one copy of its block, which the segments' texts share. Streaming
// is the reader's (format/text's Scanner).
//
// # Speed
//
// AppendBlock runs at several hundred megabytes per second on one core: the
// text is searched for sentence punctuation with [bytes.IndexByte], and
// only the few bytes around each candidate are looked at.
package segment

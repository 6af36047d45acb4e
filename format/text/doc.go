// Package text reads plain text files: a document whose units are its
// paragraphs, headings and list items, in the language the caller gives.
// It registers itself as the format "text" (.txt, .text).
//
// # Paragraphs, headings and lists
//
// A blank line (white space only) and the paragraph separator U+2029 are
// hard boundaries; a single line break is not. A Markdown heading line
// ("# Title") is a heading: one segment. A list item starts a new unit: a
// line that starts with "- ", "* ", "+ " or "• ", or with "1. ", "2) ",
// "a) ", "b. " or "IV. " when it starts a paragraph or follows a heading, a
// list item or a line that ends a sentence (or, for one to three digits,
// when a capital follows: a numbered paragraph after a title line). The
// item ends with its line, unless the next lines continue it: indented
// lines, and "lazy" lines as in Markdown (after a line that does not end a
// sentence, a line that starts with a lowercase letter or follows a line
// as long as wrapped prose). The sentences inside an item are split as
// usual (package segment). [format.Unit.Para] numbers the paragraphs,
// counting each heading and list item as one.
//
// With [format.Options.Presegmented], each line is a unit of kind Line,
// one segment as it is, even an empty line; a final line break does not
// start a line, and a "\r" before a line break is dropped.
//
// # Streaming
//
// A [Scanner] reads segments from an [io.Reader] one paragraph at a time
// and gives the same segments as [Read] and [format.Segments] on the whole
// text, holding no more than the longest paragraph in memory; it is not
// safe for concurrent use. Read is.
package text

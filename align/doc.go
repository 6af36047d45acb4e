// Package align pairs the sentences of a text with those of its
// translation: one sentence with one, with none (an omission or an
// addition), or two and three with one, and two with two.
//
// # Method
//
// Alignment is a dynamic program over beads 1-1, 1-0, 0-1, 2-1, 1-2, 2-2,
// 1-3 and 3-1, in two passes, after Moore (2002):
//
//  1. Length and anchors. A bead's cost is minus the log of its prior, of
//     the Gale-Church probability of its lengths in characters (the length
//     ratio is estimated from the document pair itself, not a constant), and
//     of lexical evidence shared by its two sides: numbers, identical or
//     cognate words (names across scripts through package translit),
//     glossary concepts (package termmatch), and the rarer punctuation
//     (? ! : ; and brackets).
//  2. Word model. The confident 1-1 beads of the first pass, over the whole
//     batch of documents, train IBM Model 1 word translation probabilities in
//     both directions; the bead priors are re-estimated from the first pass;
//     then every document is aligned again with the word model added to the
//     cost, in a band around the first pass's path.
//
// The search is banded around the diagonal (first pass) or the first path
// (second pass); when the best path touches the edge of the band, the band
// is doubled and the search repeated, so time and memory grow linearly with
// the length of the documents while large omissions are still found.
//
// Every bead has a score in [0, 1]: how much better the bead explains its
// sentences than the next best choice (for a bead with both sides, leaving
// its sentences unaligned; for a 1-0 or 0-1 bead, joining the sentence to a
// neighbour).
package align

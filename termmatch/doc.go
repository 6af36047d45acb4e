// Package termmatch finds a glossary's terms in text, inflected forms
// included.
//
// # How matching works
//
// An [Index] holds, for each language of a glossary, a trie whose edges are
// the matching keys of a term's tokens (package morph: normalised Snowball
// stems with corrections for Russian surnames, fleeting vowels and Spanish
// loanword plurals). Text is tokenised (package textnorm), each token is
// folded and keyed once, and the trie is walked token by token, so the cost
// per token does not depend on the size of the glossary. Keys are cached per
// [Matcher], so repeated words are stemmed once, and shared by the Matchers
// of an Index, so a word seen in one document is not stemmed again in the
// next; a word whose first two letters begin no key of the glossary is not
// keyed at all (a key begins as its word does).
//
// A multiword term matches across white space and line breaks, never across
// punctuation or a blank line. A hyphenated word matches the same word
// written as one ("e-mail", "email") or as two ("e mail"). A leading article
// of a term (es: el, la, los, las, lo; en: the, a, an) may be absent from the
// text. Terms with match = "exact" compare folded tokens instead of keys;
// case-sensitive terms (see glossary.Term.Sensitive) also require the case
// of the text to agree with the term's, allowing a capital at the start of
// the match and text written all in capitals.
//
// Overlapping matches are resolved longest first (most tokens, then most
// bytes, then leftmost); when one span matches several concepts, each is
// reported, and within one concept the best status wins (preferred,
// admitted, deprecated, forbidden), except among terms that share their
// keys (Горбачёв and the deprecated Горбачов, email and e-mail): there the
// one spelled closest to the text wins (case-folded, ё, accents and
// hyphens kept; edit distance), then the best status.
//
// # Concurrency
//
// An Index is immutable and safe for concurrent use. A Matcher holds caches
// and buffers and is not: create one per goroutine with [Index.Matcher].
package termmatch

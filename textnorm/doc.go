// Package textnorm splits text into word tokens and normalises them for
// matching.
//
// # Tokens
//
// [Tokenize] finds words the way Unicode word boundaries (UAX #29) do for
// the scripts glosa works with: a word is a run of letters, combining marks
// and digits, which may contain an apostrophe between letters
// ("Khrushchev's", "l'homme"), a soft hyphen, or a period or comma between
// digits ("1.000,5"). Every other character separates words. Each token
// records what separated it from the token before: only white space (line
// breaks included), a single hyphen ("de-Stalinization"), a blank line
// (a paragraph break) or anything else (punctuation). Multiword terms match
// only across the first two kinds of gap.
//
// # Normalisation
//
// [Folder] turns a token into its matching form: Unicode NFC, the stress
// mark U+0301 and soft hyphens removed, typographic apostrophes unified to
// U+0027, full case folding (x/text/cases), and ё folded to е. A Folder is
// not safe for concurrent use; give each goroutine its own.
//
// [Text] applies the same character unification to running text (quotes,
// dashes, no-break spaces), for display and comparison of whole strings.
package textnorm

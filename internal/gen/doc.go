// Package gen generates the synthetic data of the benchmarks and of the
// memory test: glossaries and running text in Spanish, English and Russian.
//
// A glossary ([NewGlossary], [GlossaryTOML]) has n concepts, each with
// es, en and ru terms of one to three words built from random syllables:
// one preferred term, sometimes one or two admitted ones, sometimes a
// deprecated one; 30% of the concepts have a domain and 10% a note. Every
// term is unique within its language, so the TOML loads without warnings.
//
// Running text in one of the glossary's languages ([NewText]) is a
// sequence of paragraphs of function words, filler words and, in about 6%
// of the word slots, one of the glossary's terms in an inflected form
// (Russian case endings, Spanish and English plurals), so that a matcher
// has something to find. [Text.Generate] returns a text of a given size;
// [NewTextReader] streams one of any length without keeping it in memory.
//
// Everything comes from math/rand/v2 PCG sources: the same arguments and
// seed give the same bytes on every run. The output depends on nothing but
// the seed, this package and the morph package, whose stemmers decide
// which generated words are rejected because they would share a key with
// a common word of the running text; a change to either can change the
// data, as a change to math/rand/v2's algorithms would.
package gen

// Package extract proposes the concepts of a glossary from translations
// people already made: the terms a source uses and how each target
// language translates them, with the variants in use and their shares.
//
// # Candidates
//
// A candidate is a sequence of one to four words of a source segment
// that crosses no punctuation, paragraph break, placeholder or inline
// tag (the readers' unit spans), no number and nothing code-like (an
// option --file, a variable $HOME, FILE=, a path), and neither starts nor
// ends with a stop word of its language (a short list per language in
// this package; es, en and ru have theirs). Candidates are counted by
// their matching keys (package morph, as termmatch keys terms), so
// inflected forms count together, and by segment: Count is the number of
// source segments a candidate occurs in.
//
// # Termhood
//
// Candidates are ranked by termhood, not frequency: a C-value over the
// segments (log2(words+1) times the count, less the mean count of the
// longer candidates it is part of; a candidate found inside one longer
// candidate in 90% of its segments or more is a fragment and left out),
// times 0.1 for each of its words that is a word of ordinary language. The
// general-language reference is a compact list of frequent words of
// ordinary text (verbs such as use, make, try, fail; courtesy such as
// please and cannot; general adjectives and nouns such as new, invalid,
// thing, time) written for this package for es, en and ru, not derived
// from a corpus, so that glosa ships no third-party text. An English
// one-word candidate most often written as a past participle (required,
// supported, expected) is weighed as a word of ordinary language too: it
// is an adjective or a verb form, not a term of its own.
//
// # Translations
//
// Each candidate's translation in each target language is found by
// association over the pairs of segments (pipeline.Set.Beads: a
// catalog's keys, else the aligner's beads): target word sequences are
// taken as the source's are, the Dice coefficient of the segments having
// both is computed for every co-occurring pair, and competitive linking
// gives each candidate its best translation, one target term to one source
// candidate at most. Target sequences left over go, each to the candidate
// it is most associated with, as a variant when they share no word with
// its main translation, are used in 5% of its segments or more and, with
// the main translation, not in more segments than the candidate (variants
// replace each other). Counts are segments, so shares are comparable:
// file → fichero 79% (245), archivo 20% (63).
//
// # Forms shown
//
// A candidate and its translations are shown in their most base-like
// surface form, then their most frequent: in Spanish and English a form
// whose words do not end in -s (singular); in Russian a form whose words
// end in a consonant where that form is the strictly shortest one of the
// position (файл among файла, файлов: a zero ending, the nominative of
// masculine nouns) or else in a nominative ending (-а, -я, -о, -е, -ь,
// -ый, -ий, -ая, -ое…; not -ой, more often an instrumental than an adjective), so that «файловая система» wins over
// «файловой системы». Forms that differ in case count together; the one
// in small letters is shown when it is a quarter of them or more (a
// capital that starts sentences is not the term's; a name keeps its).
//
// # Glossary
//
// When the sets were made with a glossary (pipeline.New's index), a
// candidate whose occurrence is exactly a glossary term is that concept's:
// it is left out, unless a translation other than the glossary's term in
// a target language is used in more of its segments than the glossary's
// term: a variant in use (Candidate.Concept is set). The glossary's term
// is then among the translations with its count.
//
// # Memory and concurrency
//
// An [Extractor] takes sets one at a time and keeps counts of word
// sequences and of pairs of them, not segments: memory grows with the
// vocabulary. Sequences are counted by length (Apriori: one of n words
// only when its two sequences of n-1 words are frequent), and each
// source sequence keeps the 24 target sequences it occurs with most
// (space-saving counters), enough for every translation used in more
// than 1/64 of its pairs.
// An Extractor is not safe for concurrent use.
package extract

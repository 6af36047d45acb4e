package morph

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/blevesearch/snowballstem"
	sbenglish "github.com/blevesearch/snowballstem/english"
	sbrussian "github.com/blevesearch/snowballstem/russian"
	sbspanish "github.com/blevesearch/snowballstem/spanish"
	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/russian"
	"github.com/kljensen/snowball/spanish"
	"golang.org/x/text/language"
)

// Stemmer computes keys for one language. It is safe for concurrent use.
type Stemmer struct {
	lang     string                       // base language: "es", "en", "ru" or other
	snowball func(*snowballstem.Env) bool // nil for languages without a stemmer
	isStop   func(string) bool
}

// ForLanguage returns the stemmer for tag's base language. Languages without
// a Snowball stemmer get one that returns the folded word.
func ForLanguage(tag language.Tag) *Stemmer {
	base, _ := tag.Base()
	s := &Stemmer{lang: base.String()}
	switch s.lang {
	case "es":
		s.snowball, s.isStop = sbspanish.Stem, spanish.IsStopWord
	case "en":
		s.snowball, s.isStop = sbenglish.Stem, english.IsStopWord
	case "ru":
		s.snowball, s.isStop = sbrussian.Stem, russian.IsStopWord
	}
	return s
}

// stem returns the Snowball stem of w. Words of two letters or fewer (two
// bytes in Spanish and English, two letters in Russian) and, unless
// stemStop, stop words are returned as they are, lower-cased.
func (s *Stemmer) stem(w string, stemStop bool) string {
	w = strings.ToLower(strings.TrimSpace(w))
	n := len(w)
	if s.lang == "ru" {
		n = utf8.RuneCountInString(w)
	}
	if n <= 2 || !stemStop && s.isStop(w) {
		return w
	}
	env := snowballstem.NewEnv(w)
	s.snowball(env)
	return env.Current()
}

// Language returns the base language the stemmer was made for.
func (s *Stemmer) Language() string { return s.lang }

// Stem returns the Snowball stem of a folded word (the folded word itself
// for languages without a stemmer).
func (s *Stemmer) Stem(folded string) string {
	folded = trimPossessive(folded)
	if s.snowball == nil || folded == "" {
		return folded
	}
	return s.stem(folded, false) // stop words (como, the, все) stay as they are
}

// Key returns the matching key of a folded word: its stem, corrected as the
// package documentation describes.
func (s *Stemmer) Key(folded string) string {
	if s.lang == "es" {
		folded = trimSpanishPlural(folded)
		if isSpanishGerundLike(folded) {
			// comando, mando, dividendo are nouns: key them as their
			// plural, not as a gerund (com-ando would meet coma, como).
			return s.Key(folded + "s")
		}
	}
	st := s.Stem(folded)
	switch s.lang {
	case "ru":
		if k, ok := russianShortSoft(trimPossessive(folded)); ok {
			return k
		}
		return reduceRussian(st)
	case "es":
		return reduceSpanish(s.restemSpanishPlural(folded, st))
	}
	return st
}

// LemmaKey returns a second key for a word known to be a base form, as a
// glossary term's words are: the word itself taken as a stem, with the same
// corrections as Key. Snowball strips from some base forms what only looks
// like an ending (альбом → альб, экран → экра, pared → par, comando → com)
// but keeps it in the other forms (альбома → альбом, экранов → экран,
// paredes → pared, comandos → comand), so a term has both keys and meets
// all its forms. For Russian the second key is the word taken as a stem; for
// Spanish, the key of its plural; for English, the key of its plural in -es
// (gas → gase, the key of gases). ok is false when the word needs no second
// key: other languages, Russian words that end in a vowel, English words
// that do not end in s, x, z, sh or ch, and words whose second key is their
// key. A Russian word in -ь is taken as a stem without it (память → памят,
// to meet памяти), and without its fleeting vowel if it has one (уровень →
// уровн, день → дне, to meet уровня and дня).
func (s *Stemmer) LemmaKey(folded string) (key string, ok bool) {
	return s.LemmaKeyOf(folded, s.Key(folded))
}

// LemmaKeyOf is LemmaKey for a word whose key is known already.
func (s *Stemmer) LemmaKeyOf(folded, wordKey string) (key string, ok bool) {
	w := trimPossessive(folded)
	last, _ := utf8.DecodeLastRuneInString(w)
	var alt string
	switch s.lang {
	case "ru":
		switch {
		case isRussianConsonant(last):
			alt = reduceRussian(w)
		case last == 'ь':
			// память → памя (Snowball's infinitive -ть) but памяти → памят;
			// уровень, день with their fleeting vowel dropped meet уровня
			// and дня (see russianShortSoft).
			alt = reduceRussian(strings.TrimSuffix(w, "ь"))
			if st, ok := dropFleeting(strings.TrimSuffix(w, "ь")); ok {
				if strings.IndexFunc(st, isRussianVowel) < 0 {
					alt = st + "е"
				} else {
					alt = reduceRussian(st)
				}
			}
		default:
			return "", false
		}
	case "es":
		// The key of its plural: Snowball takes comando for a gerund
		// (com-ando) but not comandos (comand), and pared for a verb
		// (par) but not paredes (pared).
		switch {
		case strings.ContainsRune("aeiouáéíóú", last):
			alt = s.Key(w + "s")
		case last == 'z':
			alt = s.Key(w[:len(w)-1] + "ces")
		case last >= 'a' && last <= 'z':
			alt = s.Key(w + "es")
		default:
			return "", false
		}
	case "en":
		// The key of its plural in -es: Snowball keeps gas and bus but
		// stems gases, buses to gase, buse; quiz, quizzes to quiz, quizz.
		p, ok := englishEsPlural(w)
		if !ok {
			return "", false
		}
		alt = s.Key(p)
	default:
		return "", false
	}
	if alt == wordKey {
		return "", false
	}
	return alt, true
}

// englishEsPlural returns the plural in -es of a word of three letters or
// more ending in s, x, z, sh or ch (quiz doubles its z: quizzes). Snowball's
// stop words (this, his, was) have none.
func englishEsPlural(w string) (string, bool) {
	if len(w) < 3 || english.IsStopWord(w) {
		return "", false
	}
	switch {
	case strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch"):
		return w + "es", true
	case w[len(w)-1] == 'z' && englishVowelGroups(w) == 1 && strings.ContainsRune("aeiou", rune(w[len(w)-2])) &&
		(!strings.ContainsRune("aeiou", rune(w[len(w)-3])) || strings.HasSuffix(w, "quiz")):
		return w + "zes", true // quiz, fez, whiz
	case strings.ContainsRune("sxz", rune(w[len(w)-1])):
		return w + "es", true
	}
	return "", false
}

// englishVowelGroups counts the runs of vowels in w, the u of qu aside.
func englishVowelGroups(w string) int {
	n, in := 0, false
	for i := range len(w) {
		v := strings.IndexByte("aeiouy", w[i]) >= 0 && !(w[i] == 'u' && i > 0 && w[i-1] == 'q')
		if v && !in {
			n++
		}
		in = v
	}
	return n
}

// russianSoftEndings are the case endings of a soft noun that Snowball cannot
// take off a word whose only vowel is the ending's (дня, дню, днём, дни,
// дням, днями, днях): its RV region, after the first vowel, is empty.
var russianSoftEndings = []string{"ями", "ям", "ях", "ем", "я", "ю", "и"}

// russianShortSoft keys a word made of two or more consonants and a soft
// case ending as those consonants + е, which is what Snowball leaves of its
// -е and -ей forms (дне, дней → дне). After к, г, х, ж, ш, ч, щ and ц an и
// is not soft (мхи, вши) and the word is left to Snowball, as are stop words.
func russianShortSoft(w string) (string, bool) {
	i := strings.IndexFunc(w, isRussianVowel)
	if i < 0 || utf8.RuneCountInString(w[:i]) < 2 || russian.IsStopWord(w) {
		return "", false
	}
	p, e := w[:i], w[i:]
	if !slices.Contains(russianSoftEndings, e) {
		return "", false
	}
	if c, _ := utf8.DecodeLastRuneInString(p); !isRussianConsonant(c) || e == "и" && strings.ContainsRune("кгхжшчщц", c) {
		return "", false
	}
	return p + "е", true
}

// dropFleeting drops the fleeting vowel of a final consonant + е/о +
// consonant (уровен → уровн, ден → дн).
func dropFleeting(st string) (string, bool) {
	last, l1 := utf8.DecodeLastRuneInString(st)
	vowel, l2 := utf8.DecodeLastRuneInString(st[:len(st)-l1])
	before, _ := utf8.DecodeLastRuneInString(st[:len(st)-l1-l2])
	if (vowel == 'о' || vowel == 'е') && isRussianConsonant(last) && isRussianConsonant(before) {
		return st[:len(st)-l1-l2] + st[len(st)-l1:], true
	}
	return st, false
}

// isSpanishGerundLike reports whether a folded Spanish word ends like a
// gerund (-ando, -iendo, -yendo) after at least three letters.
func isSpanishGerundLike(w string) bool {
	for _, e := range []string{"ando", "iendo", "yendo"} {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w) >= len(e)+3 {
			return true
		}
	}
	return false
}

// spanishRestem lists plural endings after which Snowball's stem is the
// singular (líderes → lider, ciudades → ciudad, imágenes → imagen), with the
// ending that stem then has. Snowball strips that ending from the singular
// itself (líder → lid), so such stems are stemmed again.
var spanishRestem = [...]struct{ plural, stem string }{
	{"ares", "ar"}, {"eres", "er"}, {"enes", "en"}, {"ades", "ad"},
}

// restemSpanishPlural stems again a plural whose Snowball stem is its
// singular; see spanishRestem. Verb forms in -ieres and -ienes (quieres,
// obtienes) are left alone.
func (s *Stemmer) restemSpanishPlural(folded, st string) string {
	w := trimPossessive(folded)
	if strings.HasSuffix(w, "ieres") || strings.HasSuffix(w, "ienes") {
		return st
	}
	for _, e := range spanishRestem {
		if strings.HasSuffix(w, e.plural) && strings.HasSuffix(st, e.stem) {
			return s.stem(st, true)
		}
	}
	return st
}

func trimPossessive(w string) string {
	if strings.HasSuffix(w, "'s") && len(w) > 2 {
		return w[:len(w)-2]
	}
	return strings.TrimRight(w, "'")
}

func isRussianVowel(r rune) bool {
	switch r {
	case 'а', 'е', 'и', 'о', 'у', 'ы', 'э', 'ю', 'я', 'ё':
		return true
	}
	return false
}

func isRussianConsonant(r rune) bool {
	return r >= 'а' && r <= 'я' && !isRussianVowel(r) && r != 'й' && r != 'ь' && r != 'ъ'
}

// russianVerbEndings are Snowball's verb endings that it also strips from
// the base form of nouns that merely end like a verb (канал → кана but
// каналу → канал; режим → реж but режима → режим). "л" counts only after
// а or я, as in Snowball.
var russianVerbEndings = []string{"ил", "ыл", "им", "ым", "ит", "ыт", "ен", "ал", "ял"}

func reduceRussian(st string) string {
	n := utf8.RuneCountInString(st)
	// A verb ending that Snowball left on a noun's oblique-case stem.
	if n >= 5 {
		for _, e := range russianVerbEndings {
			if strings.HasSuffix(st, e) {
				if e == "ал" || e == "ял" {
					st = st[:len(st)-len("л")]
					n--
				} else {
					st = st[:len(st)-len(e)]
					n -= 2
				}
				break
			}
		}
	}
	// -ов/-ев: surnames and possessive nouns.
	if n >= 5 && (strings.HasSuffix(st, "ов") || strings.HasSuffix(st, "ев")) {
		st = st[:len(st)-len("ов")]
		n -= 2
	}
	// Fleeting vowel: consonant + о/е + consonant at the end. Before the ц
	// or к of -ец, -ек, after л a fleeting е leaves ь (палец, пальца), after
	// a vowel е or я leaves й (боец, бойца; заяц, зайца; паёк, пайка); not
	// before other consonants, where the vowel stays (военный, not война).
	if n >= 4 {
		last, l1 := utf8.DecodeLastRuneInString(st)
		vowel, l2 := utf8.DecodeLastRuneInString(st[:len(st)-l1])
		before, _ := utf8.DecodeLastRuneInString(st[:len(st)-l1-l2])
		head, tail := st[:len(st)-l1-l2], st[len(st)-l1:]
		switch {
		case !isRussianConsonant(last):
		case vowel == 'е' && before == 'л' && (last == 'ц' || last == 'к'):
			return head + "ь" + tail
		case (vowel == 'о' || vowel == 'е') && isRussianConsonant(before):
			return head + tail
		case (vowel == 'е' || vowel == 'я') && isRussianVowel(before) && (last == 'ц' || last == 'к'):
			return head + "й" + tail
		}
	}
	return st
}

// trimSpanishPlural removes the -s of a plural formed on a consonant, which
// only loanwords have (gulags, soviets, clubs, másters), so that the word is
// stemmed as its singular. Snowball keeps that -s, and stemming the
// singular may take off more than the -s (máster → mast).
func trimSpanishPlural(w string) string {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return w
	}
	c, _ := utf8.DecodeLastRuneInString(w[:len(w)-1])
	if c == 'ñ' || c >= 'a' && c <= 'z' && !strings.ContainsRune("aeiou", c) {
		return w[:len(w)-1]
	}
	return w
}

// reduceSpanish turns a final -z into -c: lápiz, lápices.
func reduceSpanish(st string) string {
	if n := len(st); n >= 3 && st[n-1] == 'z' {
		return st[:n-1] + "c"
	}
	return st
}

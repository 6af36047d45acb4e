package gen

import (
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/morph"
)

// kind says how a generated word inflects.
type kind uint8

const (
	kindFixed kind = iota // never inflected (acronyms, "de", genitive complements)
	kindNoun              // es/en: plural -s/-es; ru: case endings
	kindAdj               // es: agrees in number; en: invariant; ru: -ый adjective
	kindAdjSk             // ru: -ский adjective
	kindVerb              // ru running text only
)

// lemma is a generated word: for Russian adjectives the stem without
// -ый/-ий.
type lemma struct {
	stem string
	kind kind
}

func (w lemma) base() string {
	switch w.kind {
	case kindAdj:
		if w.isRu() {
			return w.stem + "ый"
		}
	case kindAdjSk:
		return w.stem + "ий"
	}
	return w.stem
}

func (w lemma) isRu() bool {
	r, _ := utf8.DecodeRuneInString(w.stem)
	return unicode.Is(unicode.Cyrillic, r)
}

// term is a glossary term: one to three lemmas.
type term []lemma

func (t term) String() string {
	parts := make([]string, len(t))
	for i, w := range t {
		parts[i] = w.base()
	}
	return strings.Join(parts, " ")
}

// Russian case endings: nominative, then -а -у -ом -е -ы -ов -ами, with
// the agreeing adjective endings.
var (
	ruNoun  = [...]string{"", "а", "у", "ом", "е", "ы", "ов", "ами"}
	ruAdj   = [...]string{"ый", "ого", "ому", "ым", "ом", "ые", "ых", "ыми"}
	ruAdjSk = [...]string{"ий", "ого", "ому", "им", "ом", "ие", "их", "ими"}
	ruVerb  = [...]string{"ать", "ает", "ают", "ал", "ала", "али", "ается"}
)

// syllables builds words of one language from syllables: Latin ones for
// Spanish and English, Cyrillic ones for Russian, so that words and their
// stems vary as in real vocabularies.
type syllables struct {
	onsets, nuclei, codas, finals []string
	minSyl, maxSyl                int
}

var syllablesOf = map[string]syllables{
	"es": {
		onsets: []string{"", "", "b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t", "v", "b", "c", "d", "m", "p", "r", "t", "br", "cr", "pl", "pr", "tr", "ch", "ll", "ñ", "j"},
		nuclei: []string{"a", "a", "e", "e", "i", "o", "o", "u", "a", "e", "o", "ia", "ie", "ue", "io"},
		codas:  []string{"", "", "", "", "", "", "n", "r", "s", "l"},
		finals: []string{"", "", "", "", "", "n", "r", "l", "d"},
		minSyl: 2, maxSyl: 4,
	},
	"en": {
		onsets: []string{"", "b", "c", "d", "f", "g", "h", "j", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "b", "c", "d", "l", "m", "p", "r", "s", "t", "st", "tr", "pr", "pl", "br", "cl", "sh", "th", "ch", "sp"},
		nuclei: []string{"a", "a", "e", "e", "i", "i", "o", "u", "a", "e", "o", "ea", "ee", "oo", "ai", "ou"},
		codas:  []string{"", "", "", "", "", "n", "r", "l", "s", "m", "t"},
		finals: []string{"", "n", "r", "l", "t", "nd", "ng", "ck", "rt", "st", "x", "sh", "ch", "m", "d", "k", "ft"},
		minSyl: 1, maxSyl: 3,
	},
	"ru": {
		onsets: []string{"", "б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ц", "ч", "ш", "щ", "в", "д", "к", "л", "м", "н", "п", "р", "с", "т", "ст", "пр", "кр", "тр", "бл", "гр", "сл", "пл"},
		nuclei: []string{"а", "а", "о", "о", "е", "е", "и", "у", "ы", "я", "ю", "а", "о", "е", "и"},
		codas:  []string{"", "", "", "", "", "", "н", "р", "л", "с", "т"},
		finals: []string{"н", "р", "л", "т", "к", "м", "д", "с", "ст", "нт", "рт", "в", "б", "п"},
		minSyl: 2, maxSyl: 3,
	},
}

func pick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// word returns a lemma; final overrides the syllables' final codas. Short
// words, for running text, have one syllable fewer at most.
func (s syllables) word(rng *rand.Rand, final []string, short bool) string {
	if final == nil {
		final = s.finals
	}
	n := s.minSyl + rng.IntN(s.maxSyl-s.minSyl+1)
	if short {
		n = 1 + rng.IntN(s.maxSyl-1)
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pick(rng, s.onsets))
		b.WriteString(pick(rng, s.nuclei))
		if i < n-1 {
			b.WriteString(pick(rng, s.codas))
		} else {
			b.WriteString(pick(rng, final))
		}
	}
	return b.String()
}

// vocab is one language's generated vocabulary.
type vocab struct {
	lang     string
	nouns    []lemma  // term heads; as many as needed for unique one-word terms
	adjs     []lemma  // modifiers in multiword terms
	filler   []lemma  // running-text words, Zipf-distributed
	function []string // function words of running text
	seen     map[string]bool
}

var functionWords = map[string][]string{
	"es": {"de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con", "no", "una", "su", "para", "es", "al", "lo", "como", "más", "o", "pero", "sus", "le", "ha", "me", "si", "sin", "sobre", "este", "ya", "entre", "cuando", "todo", "esta", "ser", "son"},
	"en": {"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "by", "this", "are", "or", "from", "at", "which", "an", "but", "not", "have", "has", "its", "can", "will", "if", "all", "when", "each", "into", "more", "other", "than", "then", "these"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "для", "это", "как", "к", "из", "или", "от", "но", "при", "о", "же", "все", "так", "его", "только", "если", "уже", "бы", "был", "она", "они", "до", "вы", "за", "без", "также", "может", "можно", "нет", "когда", "после", "через", "где"},
}

func newVocab(rng *rand.Rand, lang string, nNouns, nAdjs, nFiller int) *vocab {
	v := &vocab{lang: lang, function: functionWords[lang], seen: map[string]bool{}}
	stem := morph.ForLanguage(language.Make(lang))
	// Keys of every form of running text's words: terms avoid them, as a
	// real glossary has no term that is a form of "in", "как" or "como".
	common := map[string]bool{}
	for _, w := range v.function {
		v.seen[w] = true
		common[stem.Key(w)] = true
	}
	syl := syllablesOf[lang]
	fresh := func(final []string, short bool, suffix string) string {
		for {
			w := syl.word(rng, final, short)
			if lang == "es" && rng.IntN(10) == 0 {
				w = accent(rng, w)
			}
			if !v.seen[w] && !common[stem.Key(fold(w+suffix))] {
				v.seen[w] = true
				return w
			}
		}
	}
	for range nFiller {
		k := kindNoun
		var final []string
		if lang == "ru" {
			switch rng.IntN(4) {
			case 0:
				k, final = kindAdj, []string{"н", "льн", "тн", "в"}
			case 1:
				k, final = kindVerb, []string{"", "в", "р", "л"}
			}
		}
		w := lemma{fresh(final, true, ""), k}
		v.filler = append(v.filler, w)
		for _, f := range forms(lang, w) {
			common[stem.Key(fold(f))] = true
		}
	}
	for range nNouns {
		v.nouns = append(v.nouns, lemma{fresh(nil, false, ""), kindNoun})
	}
	for range nAdjs {
		switch lang {
		case "ru":
			if rng.IntN(3) == 0 {
				v.adjs = append(v.adjs, lemma{fresh([]string{"ск"}, false, "ий"), kindAdjSk})
			} else {
				v.adjs = append(v.adjs, lemma{fresh([]string{"н", "льн", "тн", "в"}, false, "ый"), kindAdj})
			}
		case "es":
			v.adjs = append(v.adjs, lemma{fresh([]string{"", "", "al", "ar", "ico", "ivo", "ado", "ente"}, false, ""), kindAdj})
		default:
			v.adjs = append(v.adjs, lemma{fresh([]string{"", "al", "ic", "ive", "ed", "ing", "ent"}, false, ""), kindAdj})
		}
	}
	return v
}

// fold lower-cases a generated word (they are NFC and have no apostrophes,
// so this is what textnorm.Folder does to them).
func fold(w string) string { return strings.ToLower(w) }

// forms lists the forms running text may give a word.
func forms(lang string, w lemma) []string {
	var out []string
	switch {
	case lang != "ru":
		out = append(out, w.stem, plural(lang, w.stem))
	case w.kind == kindNoun:
		for _, e := range ruNoun {
			out = append(out, w.stem+e)
		}
	case w.kind == kindAdj:
		for _, e := range ruAdj {
			out = append(out, w.stem+e)
		}
	case w.kind == kindVerb:
		for _, e := range ruVerb {
			out = append(out, w.stem+e)
		}
	}
	return out
}

// plural returns the plural of a Spanish or English word; Russian words
// are returned unchanged.
func plural(lang, w string) string {
	switch lang {
	case "es":
		last, _ := utf8.DecodeLastRuneInString(w)
		if strings.ContainsRune("aeiouáéíóú", last) {
			return w + "s"
		}
		return w + "es"
	case "en":
		for _, s := range []string{"s", "x", "sh", "ch"} {
			if strings.HasSuffix(w, s) {
				return w + "es"
			}
		}
		return w + "s"
	}
	return w
}

// accent puts an acute accent on one vowel of a Spanish word.
func accent(rng *rand.Rand, w string) string {
	var idx []int
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("aeiou", w[i]) >= 0 {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return w
	}
	i := idx[rng.IntN(len(idx))]
	acc := map[byte]string{'a': "á", 'e': "é", 'i': "í", 'o': "ó", 'u': "ú"}[w[i]]
	return w[:i] + acc + w[i+1:]
}

func acronym(rng *rand.Rand) string {
	n := 2 + rng.IntN(3)
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('A' + rng.IntN(26))
	}
	return string(b)
}

// term returns a term of one to three words: 45% one word, 40% two, 15%
// three; about 1% acronyms in capitals (case-sensitive under case = auto).
// heads draws the heads of multiword terms, so that common heads recur.
func (v *vocab) term(rng *rand.Rand, heads *rand.Zipf) term {
	head := func() lemma { return v.nouns[heads.Uint64()] }
	adj := func() lemma { return v.adjs[rng.IntN(len(v.adjs))] }
	r := rng.Float64()
	switch {
	case r < 0.01:
		return term{{acronym(rng), kindFixed}}
	case r < 0.45:
		return term{v.nouns[rng.IntN(len(v.nouns))]}
	case r < 0.85:
		switch v.lang {
		case "es":
			return term{head(), adj()}
		case "en":
			if rng.IntN(2) == 0 {
				return term{adj(), head()}
			}
			return term{v.nouns[rng.IntN(len(v.nouns))], head()}
		default:
			if rng.IntN(10) < 7 {
				return term{adj(), head()}
			}
			return term{head(), ruGenitive(rng, head())}
		}
	default:
		switch v.lang {
		case "es":
			return term{head(), {"de", kindFixed}, head()}
		case "en":
			return term{adj(), v.nouns[rng.IntN(len(v.nouns))], head()}
		default:
			if rng.IntN(2) == 0 {
				return term{adj(), adj(), head()}
			}
			return term{adj(), head(), ruGenitive(rng, head())}
		}
	}
}

// ruGenitive is a fixed genitive complement: "система файлов".
func ruGenitive(rng *rand.Rand, w lemma) lemma {
	return lemma{w.stem + pick(rng, []string{"а", "ов"}), kindFixed}
}

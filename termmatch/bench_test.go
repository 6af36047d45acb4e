package termmatch_test

// Benchmarks and a memory test on generated data: a glossary of up to 100k
// concepts with es, en and ru terms, and running text in the three
// languages with the glossary's terms planted in inflected forms. All data
// comes from math/rand/v2 PCG sources with fixed seeds, so every run sees the
// same glossary and the same text.
//
//	go test -run '^$' -bench . -benchmem ./termmatch/

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/termmatch"
)

const (
	benchSeed1 = 0x676c6f7361 // "glosa"
	benchSeed2 = 20240917

	benchConcepts  = 100_000
	benchTextBytes = 8 << 20 // generated text per language
	// benchPlantRate is the chance that a word slot of running text holds a
	// glossary term (of one to three words) instead of an ordinary word:
	// about one token in ten belongs to a term, as in dense technical prose.
	benchPlantRate = 0.06
)

var benchLangs = [...]string{"es", "en", "ru"}

// benchKind says how a generated word inflects.
type benchKind uint8

const (
	benchFixed benchKind = iota // never inflected (acronyms, "de", genitive complements)
	benchNoun                   // es/en: plural -s/-es; ru: case endings
	benchAdj                    // es: agrees in number; en: invariant; ru: -ый adjective
	benchAdjSk                  // ru: -ский adjective
	benchVerb                   // ru running text only
)

// benchWord is a lemma: for Russian adjectives the stem without -ый/-ий.
type benchWord struct {
	stem string
	kind benchKind
}

func (w benchWord) base() string {
	switch w.kind {
	case benchAdj:
		if w.isRu() {
			return w.stem + "ый"
		}
	case benchAdjSk:
		return w.stem + "ий"
	}
	return w.stem
}

func (w benchWord) isRu() bool {
	r, _ := utf8.DecodeRuneInString(w.stem)
	return unicode.Is(unicode.Cyrillic, r)
}

type benchTerm []benchWord

func (t benchTerm) String() string {
	parts := make([]string, len(t))
	for i, w := range t {
		parts[i] = w.base()
	}
	return strings.Join(parts, " ")
}

// Russian case endings: nominative, then the forms the issue lists
// (-а -у -ом -е -ы -ов -ами), with the agreeing adjective endings.
var (
	benchRuNoun  = [...]string{"", "а", "у", "ом", "е", "ы", "ов", "ами"}
	benchRuAdj   = [...]string{"ый", "ого", "ому", "ым", "ом", "ые", "ых", "ыми"}
	benchRuAdjSk = [...]string{"ий", "ого", "ому", "им", "ом", "ие", "их", "ими"}
	benchRuVerb  = [...]string{"ать", "ает", "ают", "ал", "ала", "али", "ается"}
)

// benchSyllables builds words of one language from syllables.
type benchSyllables struct {
	onsets, nuclei, codas, finals []string
	minSyl, maxSyl                int
}

var benchSyl = map[string]benchSyllables{
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

func benchPick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

// word returns a lemma; final overrides the syllables' final codas. Short
// words, for running text, have one syllable fewer at most.
func (s benchSyllables) word(rng *rand.Rand, final []string, short bool) string {
	if final == nil {
		final = s.finals
	}
	n := s.minSyl + rng.IntN(s.maxSyl-s.minSyl+1)
	if short {
		n = 1 + rng.IntN(s.maxSyl-1)
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(benchPick(rng, s.onsets))
		b.WriteString(benchPick(rng, s.nuclei))
		if i < n-1 {
			b.WriteString(benchPick(rng, s.codas))
		} else {
			b.WriteString(benchPick(rng, final))
		}
	}
	return b.String()
}

// benchVocab is one language's generated vocabulary.
type benchVocab struct {
	lang     string
	nouns    []benchWord // term heads; as many as needed for unique one-word terms
	adjs     []benchWord // modifiers in multiword terms
	filler   []benchWord // running-text words, Zipf-distributed
	function []string    // function words of running text
	seen     map[string]bool
}

var benchFunction = map[string][]string{
	"es": {"de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con", "no", "una", "su", "para", "es", "al", "lo", "como", "más", "o", "pero", "sus", "le", "ha", "me", "si", "sin", "sobre", "este", "ya", "entre", "cuando", "todo", "esta", "ser", "son"},
	"en": {"the", "of", "and", "to", "a", "in", "is", "that", "for", "it", "with", "as", "was", "on", "be", "by", "this", "are", "or", "from", "at", "which", "an", "but", "not", "have", "has", "its", "can", "will", "if", "all", "when", "each", "into", "more", "other", "than", "then", "these"},
	"ru": {"и", "в", "не", "на", "что", "с", "по", "для", "это", "как", "к", "из", "или", "от", "но", "при", "о", "же", "все", "так", "его", "только", "если", "уже", "бы", "был", "она", "они", "до", "вы", "за", "без", "также", "может", "можно", "нет", "когда", "после", "через", "где"},
}

func newBenchVocab(rng *rand.Rand, lang string, nNouns, nAdjs, nFiller int) *benchVocab {
	v := &benchVocab{lang: lang, function: benchFunction[lang], seen: map[string]bool{}}
	stem := morph.ForLanguage(language.Make(lang))
	// Keys of every form of running text's words: terms avoid them, as a
	// real glossary has no term that is a form of "in", "как" or "como".
	common := map[string]bool{}
	for _, w := range v.function {
		v.seen[w] = true
		common[stem.Key(w)] = true
	}
	syl := benchSyl[lang]
	fresh := func(final []string, short bool, suffix string) string {
		for {
			w := syl.word(rng, final, short)
			if lang == "es" && rng.IntN(10) == 0 {
				w = benchAccent(rng, w)
			}
			if !v.seen[w] && !common[stem.Key(benchFold(w+suffix))] {
				v.seen[w] = true
				return w
			}
		}
	}
	for range nFiller {
		k := benchNoun
		var final []string
		if lang == "ru" {
			switch rng.IntN(4) {
			case 0:
				k, final = benchAdj, []string{"н", "льн", "тн", "в"}
			case 1:
				k, final = benchVerb, []string{"", "в", "р", "л"}
			}
		}
		w := benchWord{fresh(final, true, ""), k}
		v.filler = append(v.filler, w)
		for _, f := range benchForms(lang, w) {
			common[stem.Key(benchFold(f))] = true
		}
	}
	for range nNouns {
		v.nouns = append(v.nouns, benchWord{fresh(nil, false, ""), benchNoun})
	}
	for range nAdjs {
		switch lang {
		case "ru":
			if rng.IntN(3) == 0 {
				v.adjs = append(v.adjs, benchWord{fresh([]string{"ск"}, false, "ий"), benchAdjSk})
			} else {
				v.adjs = append(v.adjs, benchWord{fresh([]string{"н", "льн", "тн", "в"}, false, "ый"), benchAdj})
			}
		case "es":
			v.adjs = append(v.adjs, benchWord{fresh([]string{"", "", "al", "ar", "ico", "ivo", "ado", "ente"}, false, ""), benchAdj})
		default:
			v.adjs = append(v.adjs, benchWord{fresh([]string{"", "al", "ic", "ive", "ed", "ing", "ent"}, false, ""), benchAdj})
		}
	}
	return v
}

// benchFold lower-cases a generated word (they are NFC and have no
// apostrophes, so this is what textnorm.Folder does to them).
func benchFold(w string) string { return strings.ToLower(w) }

// benchForms lists the forms running text may give a word.
func benchForms(lang string, w benchWord) []string {
	var out []string
	switch {
	case lang != "ru":
		out = append(out, w.stem, benchPlural(lang, w.stem))
	case w.kind == benchNoun:
		for _, e := range benchRuNoun {
			out = append(out, w.stem+e)
		}
	case w.kind == benchAdj:
		for _, e := range benchRuAdj {
			out = append(out, w.stem+e)
		}
	case w.kind == benchVerb:
		for _, e := range benchRuVerb {
			out = append(out, w.stem+e)
		}
	}
	return out
}

// benchAccent puts an acute accent on one vowel of a Spanish word.
func benchAccent(rng *rand.Rand, w string) string {
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

func benchAcronym(rng *rand.Rand) string {
	n := 2 + rng.IntN(3)
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('A' + rng.IntN(26))
	}
	return string(b)
}

// term returns a term of one to three words: 45% one word, 40% two, 15%
// three; about 1% acronyms in capitals (case-sensitive under case = auto).
func (v *benchVocab) term(rng *rand.Rand, heads *rand.Zipf) benchTerm {
	head := func() benchWord { return v.nouns[heads.Uint64()] }
	adj := func() benchWord { return v.adjs[rng.IntN(len(v.adjs))] }
	r := rng.Float64()
	switch {
	case r < 0.01:
		return benchTerm{{benchAcronym(rng), benchFixed}}
	case r < 0.45:
		return benchTerm{v.nouns[rng.IntN(len(v.nouns))]}
	case r < 0.85:
		switch v.lang {
		case "es":
			return benchTerm{head(), adj()}
		case "en":
			if rng.IntN(2) == 0 {
				return benchTerm{adj(), head()}
			}
			return benchTerm{v.nouns[rng.IntN(len(v.nouns))], head()}
		default:
			if rng.IntN(10) < 7 {
				return benchTerm{adj(), head()}
			}
			return benchTerm{head(), benchRuGenitive(rng, head())}
		}
	default:
		switch v.lang {
		case "es":
			return benchTerm{head(), {"de", benchFixed}, head()}
		case "en":
			return benchTerm{adj(), v.nouns[rng.IntN(len(v.nouns))], head()}
		default:
			if rng.IntN(2) == 0 {
				return benchTerm{adj(), adj(), head()}
			}
			return benchTerm{adj(), head(), benchRuGenitive(rng, head())}
		}
	}
}

// benchRuGenitive is a fixed genitive complement: "система файлов".
func benchRuGenitive(rng *rand.Rand, w benchWord) benchWord {
	return benchWord{w.stem + benchPick(rng, []string{"а", "ов"}), benchFixed}
}

// benchConcept is one generated concept: terms by language (preferred
// first, then admitted) and deprecated terms by language.
type benchConcept struct {
	id, domain, note string
	exact            bool
	terms            [3][]benchTerm
	deprecated       [3][]benchTerm
}

type benchGlossary struct {
	concepts []benchConcept
	vocab    [3]*benchVocab
	toml     []byte
}

var benchDomains = []string{"net", "fs", "ui", "security", "print", "db", "history", "law"}

// newBenchGlossary generates n concepts. Every term is unique within its
// language, so the glossary loads without warnings.
func newBenchGlossary(n int, seed uint64) *benchGlossary {
	rng := rand.New(rand.NewPCG(benchSeed1, seed))
	g := &benchGlossary{concepts: make([]benchConcept, n)}
	var heads [3]*rand.Zipf
	used := [3]map[string]bool{}
	for li, lang := range benchLangs {
		nNouns := max(2000, n*3/2)
		g.vocab[li] = newBenchVocab(rng, lang, nNouns, max(500, n/2), 20_000)
		heads[li] = rand.NewZipf(rng, 1.3, 8, uint64(nNouns-1))
		used[li] = map[string]bool{}
	}
	unique := func(li int) benchTerm {
		for {
			t := g.vocab[li].term(rng, heads[li])
			k := strings.ToLower(t.String())
			if !used[li][k] {
				used[li][k] = true
				return t
			}
		}
	}
	for i := range g.concepts {
		c := &g.concepts[i]
		c.id = fmt.Sprintf("c%06d", i+1)
		if rng.IntN(10) < 3 {
			c.domain = benchPick(rng, benchDomains)
		}
		if rng.IntN(10) == 0 {
			c.note = "Generated concept " + c.id + "."
		}
		c.exact = rng.IntN(500) == 0
		for li := range benchLangs {
			nt := 1
			switch r := rng.IntN(100); {
			case r < 5:
				nt = 3
			case r < 25:
				nt = 2
			}
			for range nt {
				c.terms[li] = append(c.terms[li], unique(li))
			}
			if rng.IntN(100) < 12 {
				c.deprecated[li] = append(c.deprecated[li], unique(li))
			}
		}
	}
	g.toml = g.render()
	return g
}

func (g *benchGlossary) render() []byte {
	var b bytes.Buffer
	b.WriteString("[glossary]\nname = \"bench\"\nlanguages = [\"es\", \"en\", \"ru\"]\n")
	list := func(ts []benchTerm) {
		if len(ts) == 1 {
			fmt.Fprintf(&b, "%q\n", ts[0].String())
			return
		}
		b.WriteByte('[')
		for i, t := range ts {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", t.String())
		}
		b.WriteString("]\n")
	}
	for i := range g.concepts {
		c := &g.concepts[i]
		fmt.Fprintf(&b, "\n[[concept]]\nid = %q\n", c.id)
		if c.domain != "" {
			fmt.Fprintf(&b, "domain = %q\n", c.domain)
		}
		if c.note != "" {
			fmt.Fprintf(&b, "note = %q\n", c.note)
		}
		if c.exact {
			b.WriteString("match = \"exact\"\n")
		}
		for li, lang := range benchLangs {
			b.WriteString(lang + " = ")
			list(c.terms[li])
		}
		dep := false
		for li, lang := range benchLangs {
			if len(c.deprecated[li]) == 0 {
				continue
			}
			if !dep {
				b.WriteString("[concept.deprecated]\n")
				dep = true
			}
			b.WriteString(lang + " = ")
			list(c.deprecated[li])
		}
	}
	return b.Bytes()
}

// benchText generates running text in one language.
type benchText struct {
	rng     *rand.Rand
	li      int
	v       *benchVocab
	terms   []benchTerm
	termZ   *rand.Zipf
	fillerZ *rand.Zipf
	funcZ   *rand.Zipf
	col     int // code points since the last line break
	planted int // glossary terms written
}

func newBenchText(g *benchGlossary, li int, seed uint64) *benchText {
	rng := rand.New(rand.NewPCG(benchSeed1^0x7e57, seed))
	t := &benchText{rng: rng, li: li, v: g.vocab[li]}
	for i := range g.concepts {
		c := &g.concepts[i]
		t.terms = append(t.terms, c.terms[li]...)
		t.terms = append(t.terms, c.deprecated[li]...)
	}
	rng.Shuffle(len(t.terms), func(i, j int) { t.terms[i], t.terms[j] = t.terms[j], t.terms[i] })
	t.termZ = rand.NewZipf(rng, 1.1, 2, uint64(len(t.terms)-1))
	t.fillerZ = rand.NewZipf(rng, 1.2, 4, uint64(len(t.v.filler)-1))
	t.funcZ = rand.NewZipf(rng, 1.3, 2, uint64(len(t.v.function)-1))
	return t
}

func benchPlural(lang, w string) string {
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

// inflect gives a form of w: ru case ci (0-7), es/en plural.
func (t *benchText) inflect(w benchWord, ci int, plural bool) string {
	switch w.kind {
	case benchNoun:
		if t.v.lang == "ru" {
			return w.stem + benchRuNoun[ci]
		}
		if plural {
			return benchPlural(t.v.lang, w.stem)
		}
	case benchAdj:
		switch t.v.lang {
		case "ru":
			return w.stem + benchRuAdj[ci]
		case "es":
			if plural {
				return benchPlural("es", w.stem)
			}
		}
	case benchAdjSk:
		return w.stem + benchRuAdjSk[ci]
	case benchVerb:
		return w.stem + benchRuVerb[t.rng.IntN(len(benchRuVerb))]
	}
	return w.stem
}

// plant appends the words of a glossary term in a random inflected form.
func (t *benchText) plant(words []string) []string {
	term := t.terms[t.termZ.Uint64()]
	t.planted++
	ci := t.rng.IntN(len(benchRuNoun))
	plural := t.rng.IntN(10) < 3
	for i, w := range term {
		pl := plural
		switch t.v.lang {
		case "es": // the head noun and its adjective; not the complement of "de"
			pl = plural && (i == 0 || term[0].kind != benchNoun || len(term) == 2)
		case "en": // the last word
			pl = plural && i == len(term)-1
		}
		words = append(words, t.inflect(w, ci, pl))
	}
	return words
}

func (t *benchText) word(dst []byte, w string, capital bool) []byte {
	if t.col > 0 {
		if t.col+1+utf8.RuneCountInString(w) > 78 {
			dst = append(dst, '\n')
			t.col = 0
		} else {
			dst = append(dst, ' ')
			t.col++
		}
	}
	if capital {
		r, size := utf8.DecodeRuneInString(w)
		dst = utf8.AppendRune(dst, unicode.ToUpper(r))
		w = w[size:]
	}
	dst = append(dst, w...)
	t.col += utf8.RuneCountInString(w) + 1
	return dst
}

// paragraph appends a paragraph of 3 to 8 sentences and a blank line.
func (t *benchText) paragraph(dst []byte) []byte {
	var words []string
	for range 3 + t.rng.IntN(6) {
		n := 6 + t.rng.IntN(15)
		first := true
		for k := 0; k < n; {
			words = words[:0]
			switch r := t.rng.Float64(); {
			case r < benchPlantRate:
				words = t.plant(words)
			case r < benchPlantRate+0.45:
				words = append(words, t.v.function[t.funcZ.Uint64()])
			default:
				w := t.v.filler[t.fillerZ.Uint64()]
				words = append(words, t.inflect(w, t.rng.IntN(len(benchRuNoun)), t.rng.IntN(4) == 0))
			}
			for _, w := range words {
				dst = t.word(dst, w, first)
				first = false
			}
			k += len(words)
			if k < n && t.rng.IntN(16) == 0 {
				dst = append(dst, ',')
				t.col++
			}
		}
		switch t.rng.IntN(12) {
		case 0:
			dst = append(dst, '?')
		case 1:
			dst = append(dst, ':')
		default:
			dst = append(dst, '.')
		}
		t.col++
	}
	t.col = 0
	return append(dst, "\n\n"...)
}

// generate returns at least size bytes of text, whole paragraphs.
func (t *benchText) generate(size int) []byte {
	buf := make([]byte, 0, size+4096)
	for len(buf) < size {
		buf = t.paragraph(buf)
	}
	return buf
}

// benchReader streams generated text without keeping it: up to limit bytes
// (whole paragraphs, so a little more), calling checkpoint every `every`
// bytes read.
type benchReader struct {
	gen        *benchText
	limit      int64
	produced   int64
	buf        []byte
	off        int
	every      int64
	next       int64
	checkpoint func(read int64)
}

func (r *benchReader) Read(p []byte) (int, error) {
	if r.off == len(r.buf) {
		if r.produced >= r.limit {
			return 0, io.EOF
		}
		r.buf = r.gen.paragraph(r.buf[:0])
		r.off = 0
	}
	n := copy(p, r.buf[r.off:])
	r.off += n
	r.produced += int64(n)
	if r.checkpoint != nil && r.produced >= r.next {
		r.checkpoint(r.produced)
		r.next += r.every
	}
	return n, nil
}

// Shared data, generated once per test binary.
var (
	benchOnce    sync.Once
	benchG       *benchGlossary
	benchGloss   *glossary.Glossary
	benchIx      *termmatch.Index
	benchTexts   [3][]byte
	benchPlanted [3]int // terms planted in benchTexts

	benchTextOnce sync.Once
)

func benchSetup(tb testing.TB) {
	tb.Helper()
	benchOnce.Do(func() {
		t0 := time.Now()
		benchG = newBenchGlossary(benchConcepts, benchSeed2)
		t1 := time.Now()
		var errs glossary.ErrorList
		benchGloss, errs = glossary.Parse("bench.toml", benchG.toml)
		if benchGloss == nil {
			panic("generated glossary does not load: " + errs.Error())
		}
		if len(errs) > 0 {
			tb.Logf("generated glossary: %d warnings, first: %v", len(errs), errs[0])
		}
		t2 := time.Now()
		benchIx = termmatch.NewIndex(benchGloss)
		tb.Logf("generated %d concepts (%d bytes of TOML) in %v; parse %v, index %v",
			benchConcepts, len(benchG.toml), t1.Sub(t0).Round(time.Millisecond),
			t2.Sub(t1).Round(time.Millisecond), time.Since(t2).Round(time.Millisecond))
	})
}

func benchSetupText(tb testing.TB) {
	benchSetup(tb)
	benchTextOnce.Do(func() {
		for li := range benchLangs {
			gen := newBenchText(benchG, li, uint64(li+1))
			benchTexts[li] = gen.generate(benchTextBytes)
			benchPlanted[li] = gen.planted
		}
	})
}

func BenchmarkNewIndex(b *testing.B) {
	benchSetup(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		termmatch.NewIndex(benchGloss)
	}
	b.ReportMetric(float64(benchConcepts)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
}

// BenchmarkLoadAndIndex is what a check pays before reading any text:
// glossary.Parse of 100k concepts and termmatch.NewIndex.
func BenchmarkLoadAndIndex(b *testing.B) {
	benchSetup(b)
	src := benchG.toml
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		g, errs := glossary.Parse("bench.toml", src)
		if g == nil {
			b.Fatal(errs)
		}
		termmatch.NewIndex(g)
	}
	b.ReportMetric(float64(benchConcepts)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
}

// benchScan scans texts[li] with m, a matcher for benchLangs[li], and
// returns the number of matches.
func benchScan(b *testing.B, m *termmatch.Matcher, li int) int {
	matches := 0
	err := m.Scan(bytes.NewReader(benchTexts[li]), func(termmatch.Match) error {
		matches++
		return nil
	})
	if err != nil {
		b.Error(err) // not Fatal: RunParallel goroutines call this too
	}
	return matches
}

// BenchmarkScan streams 8 MB of text per language through Matcher.Scan with
// the 100k-concept glossary. Each iteration starts a new Matcher, so the
// word cache starts cold every 8 MB. "all" scans the three texts in turn.
func BenchmarkScan(b *testing.B) {
	benchSetupText(b)
	cases := []struct {
		name string
		lis  []int
	}{{"es", []int{0}}, {"en", []int{1}}, {"ru", []int{2}}, {"all", []int{0, 1, 2}}}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			size, planted := 0, 0
			for _, li := range c.lis {
				size += len(benchTexts[li])
				planted += benchPlanted[li]
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			matches := 0
			for b.Loop() {
				matches = 0
				for _, li := range c.lis {
					matches += benchScan(b, benchIx.Matcher(benchLangs[li]), li)
				}
			}
			// Matches and planted terms per MiB: a match can also be a
			// chance hit, and a planted term can be missed (a form the
			// stemmer does not bring back to the term's key).
			b.ReportMetric(float64(matches)/(float64(size)/(1<<20)), "matches/MB")
			b.ReportMetric(float64(planted)/(float64(size)/(1<<20)), "planted/MB")
		})
	}
}

// BenchmarkScanWarm is BenchmarkScan/es, en and ru with one Matcher for all
// iterations, so its word cache is warm: the steady state of a long run.
func BenchmarkScanWarm(b *testing.B) {
	benchSetupText(b)
	for li, lang := range benchLangs {
		b.Run(lang, func(b *testing.B) {
			m := benchIx.Matcher(lang)
			benchScan(b, m, li)
			b.SetBytes(int64(len(benchTexts[li])))
			b.ReportAllocs()
			for b.Loop() {
				benchScan(b, m, li)
			}
		})
	}
}

// BenchmarkScanParallel scans the Russian text on every core at once, one
// Matcher per goroutine; MB/s is the total.
func BenchmarkScanParallel(b *testing.B) {
	benchSetupText(b)
	b.SetBytes(int64(len(benchTexts[2])))
	b.ReportAllocs()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			benchScan(b, benchIx.Matcher("ru"), 2)
		}
	})
}

// TestScanMemoryIndependentOfTextSize streams 100 MiB of Russian text,
// generated as it is read, through Matcher.Scan and checks that the heap in
// use after 100 MiB is not meaningfully larger than after 10 MiB.
func TestScanMemoryIndependentOfTextSize(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 100 MiB of text; skipped with -short")
	}
	benchSetup(t)
	const (
		total = 100 << 20
		step  = 10 << 20
	)
	heap := func() (inuse, sys uint64) {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapInuse, ms.Sys
	}
	base, baseSys := heap()
	t.Logf("before scanning: HeapInuse %.1f MiB, Sys %.1f MiB; %s", benchMiB(base), benchMiB(baseSys), benchRSS())
	type point struct {
		read       int64
		inuse, sys uint64
		rss        string
	}
	var points []point
	r := &benchReader{gen: newBenchText(benchG, 2, 99), limit: total, every: step, next: step,
		checkpoint: func(read int64) {
			inuse, sys := heap()
			points = append(points, point{read, inuse, sys, benchRSS()})
		}}
	matches := 0
	start := time.Now()
	err := benchIx.Matcher("ru").Scan(r, func(termmatch.Match) error {
		matches++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	elapsed := time.Since(start)
	for _, p := range points {
		t.Logf("after %5.1f MiB: HeapInuse %6.1f MiB (+%5.1f over the glossary), Sys %6.1f MiB; %s",
			benchMiB(uint64(p.read)), benchMiB(p.inuse), benchMiB(p.inuse)-benchMiB(base), benchMiB(p.sys), p.rss)
	}
	t.Logf("scanned %.1f MiB in %v (%.1f MB/s with generation and %d GCs), %d matches",
		benchMiB(uint64(r.produced)), elapsed.Round(time.Millisecond), float64(r.produced)/1e6/elapsed.Seconds(), len(points), matches)
	if len(points) < 2 {
		t.Fatalf("only %d checkpoints", len(points))
	}
	first, last := points[0], points[len(points)-1]
	if last.inuse > 2*first.inuse+16<<20 {
		t.Errorf("HeapInuse after %.0f MiB is %.1f MiB, after %.0f MiB %.1f MiB: memory grows with the text",
			benchMiB(uint64(last.read)), benchMiB(last.inuse), benchMiB(uint64(first.read)), benchMiB(first.inuse))
	}
	// The same on the growth over the heap before scanning, which holds the
	// glossary and the index and would hide a leak in the ratio above. The
	// growth is the matcher's word cache (at most 1<<18 words, cleared when
	// full but keeping its buckets) and the chunk buffers: it levels off
	// once the cache has filled, at about 40 MiB with this text.
	g1, g2 := int64(first.inuse)-int64(base), int64(last.inuse)-int64(base)
	if g2 > 2*max(g1, 0)+32<<20 {
		t.Errorf("heap growth over the glossary: %.1f MiB after %.0f MiB, %.1f MiB after %.0f MiB",
			float64(g1)/(1<<20), benchMiB(uint64(first.read)), float64(g2)/(1<<20), benchMiB(uint64(last.read)))
	}
}

// benchRSS returns the resident set size and its peak from /proc, when
// there is one.
func benchRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return ""
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "VmRSS:") || strings.HasPrefix(line, "VmHWM:") {
			out = append(out, strings.Join(strings.Fields(line), " "))
		}
	}
	return strings.Join(out, ", ")
}

func benchMiB(n uint64) float64 { return float64(n) / (1 << 20) }

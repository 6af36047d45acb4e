package glossary_test

// Benchmarks of glossary.Parse on generated glossaries of 1k, 10k and 100k
// concepts. The data comes from a math/rand/v2 PCG source with a fixed seed,
// so every run parses the same files.
//
//	go test -run '^$' -bench . -benchmem ./glossary/

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
)

const (
	benchSeed1 = 0x676c6f7361 // "glosa"
	benchSeed2 = 20240917
)

var benchLangs = [...]string{"es", "en", "ru"}

// benchSyllables builds words of one language from syllables: Latin ones
// for Spanish and English, Cyrillic ones for Russian, so that words and
// their stems vary as in real vocabularies.
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

// benchAdjEndings make the modifiers of multiword terms look like adjectives.
var benchAdjEndings = map[string][]string{
	"es": {"", "", "al", "ar", "ico", "ivo", "ado", "ente"},
	"en": {"", "al", "ic", "ive", "ed", "ing", "ent"},
	"ru": {"ный", "ный", "льный", "тный", "вый", "ский"},
}

func benchPick(rng *rand.Rand, list []string) string { return list[rng.IntN(len(list))] }

func (s benchSyllables) word(rng *rand.Rand, final []string) string {
	if final == nil {
		final = s.finals
	}
	n := s.minSyl + rng.IntN(s.maxSyl-s.minSyl+1)
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
	lang        string
	nouns, adjs []string
	heads       *rand.Zipf // common heads recur in many multiword terms
}

func newBenchVocab(rng *rand.Rand, lang string, nNouns, nAdjs int) *benchVocab {
	v := &benchVocab{lang: lang}
	seen := map[string]bool{}
	syl := benchSyl[lang]
	fresh := func(final []string) string {
		for {
			w := syl.word(rng, final)
			if lang == "es" && rng.IntN(10) == 0 {
				w = benchAccent(rng, w)
			}
			if !seen[w] {
				seen[w] = true
				return w
			}
		}
	}
	for range nNouns {
		v.nouns = append(v.nouns, fresh(nil))
	}
	for range nAdjs {
		if lang == "ru" {
			// Adjective stems end in a consonant; the ending follows.
			v.adjs = append(v.adjs, fresh([]string{"н", "т", "к", "р"})+benchPick(rng, benchAdjEndings[lang]))
			continue
		}
		v.adjs = append(v.adjs, fresh(benchAdjEndings[lang]))
	}
	v.heads = rand.NewZipf(rng, 1.3, 8, uint64(nNouns-1))
	return v
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

// term returns a term of one to three words: 45% one word, 40% two, 15%
// three; about 1% acronyms in capitals.
func (v *benchVocab) term(rng *rand.Rand) string {
	head := func() string { return v.nouns[v.heads.Uint64()] }
	noun := func() string { return v.nouns[rng.IntN(len(v.nouns))] }
	adj := func() string { return v.adjs[rng.IntN(len(v.adjs))] }
	r := rng.Float64()
	switch {
	case r < 0.01:
		b := make([]byte, 2+rng.IntN(3))
		for i := range b {
			b[i] = byte('A' + rng.IntN(26))
		}
		return string(b)
	case r < 0.45:
		return noun()
	case r < 0.85:
		switch v.lang {
		case "es":
			return head() + " " + adj()
		case "ru":
			if rng.IntN(10) < 7 {
				return adj() + " " + head()
			}
			return head() + " " + head() + benchPick(rng, []string{"а", "ов"})
		}
		return adj() + " " + head()
	default:
		switch v.lang {
		case "es":
			return head() + " de " + head()
		case "ru":
			return adj() + " " + adj() + " " + head()
		}
		return adj() + " " + noun() + " " + head()
	}
}

var benchDomains = []string{"net", "fs", "ui", "security", "print", "db", "history", "law"}

// benchGlossaryTOML generates a glossary of n concepts, each with es, en
// and ru terms: one preferred term, sometimes one or two admitted terms
// (an array), sometimes a deprecated one; 30% have a domain, 10% a note.
// Terms are unique within a language, so the file loads without warnings.
func benchGlossaryTOML(n int) []byte {
	rng := rand.New(rand.NewPCG(benchSeed1, benchSeed2+uint64(n)))
	var vocab [3]*benchVocab
	used := [3]map[string]bool{}
	for li, lang := range benchLangs {
		vocab[li] = newBenchVocab(rng, lang, max(2000, n*3/2), max(500, n/2))
		used[li] = map[string]bool{}
	}
	unique := func(li int) string {
		for {
			t := vocab[li].term(rng)
			if k := strings.ToLower(t); !used[li][k] {
				used[li][k] = true
				return t
			}
		}
	}
	var b bytes.Buffer
	b.WriteString("[glossary]\nname = \"bench\"\nlanguages = [\"es\", \"en\", \"ru\"]\n")
	list := func(ts []string) {
		if len(ts) == 1 {
			fmt.Fprintf(&b, "%q\n", ts[0])
			return
		}
		b.WriteByte('[')
		for i, t := range ts {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%q", t)
		}
		b.WriteString("]\n")
	}
	var deprecated [3][]string
	for i := range n {
		fmt.Fprintf(&b, "\n[[concept]]\nid = \"c%06d\"\n", i+1)
		if rng.IntN(10) < 3 {
			fmt.Fprintf(&b, "domain = %q\n", benchPick(rng, benchDomains))
		}
		if rng.IntN(10) == 0 {
			fmt.Fprintf(&b, "note = \"Generated concept c%06d.\"\n", i+1)
		}
		if rng.IntN(500) == 0 {
			b.WriteString("match = \"exact\"\n")
		}
		for li, lang := range benchLangs {
			nt := 1
			switch r := rng.IntN(100); {
			case r < 5:
				nt = 3
			case r < 25:
				nt = 2
			}
			terms := make([]string, nt)
			for j := range terms {
				terms[j] = unique(li)
			}
			b.WriteString(lang + " = ")
			list(terms)
			deprecated[li] = deprecated[li][:0]
			if rng.IntN(100) < 12 {
				deprecated[li] = append(deprecated[li], unique(li))
			}
		}
		header := false
		for li, lang := range benchLangs {
			if len(deprecated[li]) == 0 {
				continue
			}
			if !header {
				b.WriteString("[concept.deprecated]\n")
				header = true
			}
			b.WriteString(lang + " = ")
			list(deprecated[li])
		}
	}
	return b.Bytes()
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprintf("%dk", n/1000), func(b *testing.B) {
			src := benchGlossaryTOML(n)
			g, errs := glossary.Parse("bench.toml", src)
			if g == nil {
				b.Fatal(errs)
			}
			if len(errs) > 0 {
				b.Logf("%d warnings, first: %v", len(errs), errs[0])
			}
			if len(g.Concepts) != n {
				b.Fatalf("parsed %d concepts, want %d", len(g.Concepts), n)
			}
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				glossary.Parse("bench.toml", src)
			}
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "concepts/s")
		})
	}
}

package align

import (
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// BenchmarkUN aligns the UN subset (en-ru), a batch of 203 short documents.
func BenchmarkUN(b *testing.B) {
	needCorpus(b)
	files, _ := filepath.Glob(filepath.Join(alignDir, "gold", "un", "en-ru", "*.vecalign"))
	sort.Strings(files)
	var pairs []Pair
	n := 0
	for _, g := range files {
		name := strings.TrimSuffix(filepath.Base(g), ".vecalign")
		p := Pair{Source: readLines(b, filepath.Join(alignDir, "data", "un", name+".en")), Target: readLines(b, filepath.Join(alignDir, "data", "un", name+".ru"))}
		n += len(p.Source) + len(p.Target)
		pairs = append(pairs, p)
	}
	for b.Loop() {
		Align(Config{SourceLang: "en", TargetLang: "ru"}, pairs)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// synthPair generates a document pair of n source sentences: target
// sentences are word-for-word "translations" through a fixed random
// dictionary, with 5% of source sentence pairs merged into one target
// sentence, 1% of source sentences dropped and 1% of target sentences added.
func synthPair(n int, seed uint64) Pair {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	const vocab = 20000
	word := func(prefix string, i int) string { return prefix + strconv.Itoa(i) }
	var p Pair
	for i := 0; i < n; i++ {
		l := 5 + r.IntN(25)
		var s, t []string
		for range l {
			w := r.IntN(vocab)
			if r.IntN(5) == 0 {
				w = r.IntN(200) // frequent words
			}
			s = append(s, word("s", w))
			t = append(t, word("t", (w*7919)%vocab))
		}
		p.Source = append(p.Source, strings.Join(s, " ")+".")
		switch k := r.IntN(100); {
		case k == 0: // dropped
		case k < 6 && len(p.Target) > 0 && i > 0:
			p.Target[len(p.Target)-1] += " " + strings.Join(t, " ") + "."
		default:
			p.Target = append(p.Target, strings.Join(t, " ")+".")
		}
		if r.IntN(100) == 0 {
			p.Target = append(p.Target, "added "+word("t", r.IntN(vocab))+" "+word("t", r.IntN(vocab))+".")
		}
	}
	return p
}

// BenchmarkLarge aligns one generated pair of 100,000 source sentences.
func BenchmarkLarge(b *testing.B) {
	p := synthPair(100000, 1)
	n := len(p.Source) + len(p.Target)
	for b.Loop() {
		Align(Config{SourceLang: "en", TargetLang: "es"}, []Pair{p})
	}
	b.ReportMetric(float64(len(p.Source))*float64(b.N)/b.Elapsed().Seconds(), "source-sentences/s")
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// synthBatch generates n document pairs of about m source sentences each
// (m/2 to 3m/2), the shape of a batch of chapters.
func synthBatch(n, m int, seed uint64) []Pair {
	r := rand.New(rand.NewPCG(seed, seed+1))
	pairs := make([]Pair, n)
	for k := range pairs {
		pairs[k] = synthPair(m/2+r.IntN(m+1), seed+uint64(k)+1)
	}
	return pairs
}

// BenchmarkBatch aligns a generated batch shaped like the whole Bible:
// 1,200 document pairs of about 25 sentences each.
func BenchmarkBatch(b *testing.B) {
	pairs := synthBatch(1200, 25, 1)
	n := 0
	for _, p := range pairs {
		n += len(p.Source) + len(p.Target)
	}
	for b.Loop() {
		Align(Config{SourceLang: "en", TargetLang: "es"}, pairs)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

// BenchmarkBible aligns the bible set (en-es, 44 chapters) repeated 27
// times as one batch: 1,188 chapters, about the whole Bible's count.
func BenchmarkBible(b *testing.B) {
	needCorpus(b)
	files, _ := filepath.Glob(filepath.Join(alignDir, "gold", "bible", "en-es", "*.vecalign"))
	sort.Strings(files)
	var chapters []Pair
	for _, g := range files {
		name := strings.TrimSuffix(filepath.Base(g), ".vecalign")
		chapters = append(chapters, Pair{Source: readLines(b, filepath.Join(alignDir, "data", "bible", name+".en")), Target: readLines(b, filepath.Join(alignDir, "data", "bible", name+".es"))})
	}
	var pairs []Pair
	n := 0
	for range 27 {
		for _, p := range chapters {
			pairs = append(pairs, p)
			n += len(p.Source) + len(p.Target)
		}
	}
	for b.Loop() {
		Align(Config{SourceLang: "en", TargetLang: "es"}, pairs)
	}
	b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "sentences/s")
}

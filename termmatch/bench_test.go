package termmatch_test

// Benchmarks and a memory test on generated data (see internal/gen): a
// glossary of 100k concepts with es, en and ru terms, and running text in
// the three languages with the glossary's terms planted in inflected
// forms. The generator is deterministic for a seed, so every run sees the
// same glossary and the same text.
//
//	go test -run '^$' -bench . -benchmem ./termmatch/

import (
	"bytes"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
	"github.com/glosa-dev/glosa/termmatch"
)

const (
	benchConcepts  = 100_000
	benchTextBytes = 8 << 20 // generated text per language
)

var benchLangs = gen.Languages()

// Shared data, generated once per test binary.
var (
	benchOnce    sync.Once
	benchG       *gen.Glossary
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
		benchG = gen.NewGlossary(benchConcepts, gen.DefaultSeed)
		t1 := time.Now()
		var errs diag.List
		benchGloss, errs = glossary.Parse("bench.toml", benchG.TOML())
		if benchGloss == nil {
			panic("generated glossary does not load: " + errs.Error())
		}
		if len(errs) > 0 {
			tb.Logf("generated glossary: %d warnings, first: %v", len(errs), errs[0])
		}
		t2 := time.Now()
		benchIx = termmatch.NewIndex(benchGloss)
		tb.Logf("generated %d concepts (%d bytes of TOML) in %v; parse %v, index %v",
			benchConcepts, len(benchG.TOML()), t1.Sub(t0).Round(time.Millisecond),
			t2.Sub(t1).Round(time.Millisecond), time.Since(t2).Round(time.Millisecond))
	})
}

func benchSetupText(tb testing.TB) {
	benchSetup(tb)
	benchTextOnce.Do(func() {
		for li, lang := range benchLangs {
			text := gen.NewText(benchG, lang, uint64(li+1))
			benchTexts[li] = text.Generate(benchTextBytes)
			benchPlanted[li] = text.Planted()
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
	src := benchG.TOML()
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
	r := &benchCheckpointReader{r: gen.NewTextReader(gen.NewText(benchG, "ru", 99), total), every: step, next: step,
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
		benchMiB(uint64(r.read)), elapsed.Round(time.Millisecond), float64(r.read)/1e6/elapsed.Seconds(), len(points), matches)
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

// benchCheckpointReader passes on what r reads, counting the bytes, and
// calls checkpoint each time the count reaches next, then moves next on by
// every.
type benchCheckpointReader struct {
	r                 io.Reader
	read, every, next int64
	checkpoint        func(read int64)
}

func (c *benchCheckpointReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.read += int64(n)
	if err == nil && c.read >= c.next {
		c.checkpoint(c.read)
		c.next += c.every
	}
	return n, err
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

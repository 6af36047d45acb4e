package extract

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

// A planted term: its English form and its translations, each with the
// share of units that use it; Russian in several inflected forms.
type planted struct {
	en     string
	es, ru []string // variants, chosen by weight
	esW    []float64
	ruForm [][]string // per Russian variant, its forms
}

var plants = []planted{
	{en: "signature", es: []string{"firma"}, esW: []float64{1}, ru: []string{"подпись"}, ruForm: [][]string{{"подпись", "подписи", "подписью"}}},
	{en: "folder", es: []string{"carpeta", "directorio"}, esW: []float64{0.75, 0.25}, ru: []string{"папка"}, ruForm: [][]string{{"папка", "папки", "папку", "папкой"}}},
	{en: "hard link", es: []string{"enlace duro"}, esW: []float64{1}, ru: []string{"жёсткая ссылка"}, ruForm: [][]string{{"жёсткая ссылка", "жёсткой ссылки", "жёсткую ссылку"}}},
}

// genTSV makes n paired units (msgid, es, ru) with a fixed seed: filler
// words, translated word by word from made-up vocabularies, and the
// planted terms in some units.
func genTSV(n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, 1))
	const vocab = 5000
	zipf := rand.NewZipf(rng, 1.1, 2, vocab-1) // a vocabulary as skewed as a language's
	syl := []string{"ka", "lo", "mi", "ne", "ru", "ta", "vo", "zi", "pe", "sa"}
	cyr := []string{"ка", "ло", "ми", "не", "ру", "та", "во", "зи", "пе", "са"}
	word := func(s []string, i int) string {
		return s[i%10] + s[(i/10)%10] + s[(i/100)%10] + s[(i/1000)%10]
	}
	var b bytes.Buffer
	b.WriteString("msgid\tes\tru\n")
	for u := 0; u < n; u++ {
		k := 4 + rng.IntN(8)
		var en, es, ru []string
		for i := 0; i < k; i++ {
			w := int(zipf.Uint64())
			en = append(en, "e"+word(syl, w))
			es = append(es, "s"+word(syl, w))
			ru = append(ru, "р"+word(cyr, w))
		}
		if rng.IntN(4) == 0 {
			p := plants[rng.IntN(len(plants))]
			at := rng.IntN(k)
			v := 0
			if x := rng.Float64(); len(p.esW) > 1 && x >= p.esW[0] {
				v = 1
			}
			forms := p.ruForm[0]
			en[at] += " " + p.en
			es[at] += " " + p.es[v]
			ru[at] += " " + forms[rng.IntN(len(forms))]
		}
		fmt.Fprintf(&b, "%s.\t%s.\t%s.\n", strings.Join(en, " "), strings.Join(es, " "), strings.Join(ru, " "))
	}
	return b.Bytes()
}

func readTSV(t testing.TB, name string, data []byte) *pipeline.Set {
	f, err := pipeline.Read(name, bytes.NewReader(data), pipeline.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return pipeline.New(nil, f)
}

func find(r *Result, en string) *Candidate {
	for i := range r.Candidates {
		if r.Candidates[i].Terms["en"] == en {
			return &r.Candidates[i]
		}
	}
	return nil
}

// TestPlanted: the planted terms are found with their translations, the
// Russian one in its nominative, and the Spanish variant with its share.
func TestPlanted(t *testing.T) {
	r := Extract([]*pipeline.Set{readTSV(t, "gen.tsv", genTSV(4000, 7))}, Options{})
	want := map[string]struct{ es, ru, variant string }{
		"signature": {"firma", "подпись", ""},
		"folder":    {"carpeta", "папка", "directorio"},
		"hard link": {"enlace duro", "жёсткая ссылка", ""},
	}
	for en, w := range want {
		c := find(r, en)
		if c == nil {
			t.Errorf("%q not found", en)
			continue
		}
		if c.Terms["es"] != w.es || c.Terms["ru"] != w.ru {
			t.Errorf("%q → %q, %q; want %q, %q", en, c.Terms["es"], c.Terms["ru"], w.es, w.ru)
		}
		if c.Counts["ru"] < c.Count*9/10 {
			t.Errorf("%q: ru %q in %d of %d units; the inflected forms count together", en, c.Terms["ru"], c.Counts["ru"], c.Count)
		}
		if w.variant == "" {
			if len(c.Variants["es"]) > 0 {
				t.Errorf("%q: variants %v, want none", en, c.Variants["es"])
			}
			continue
		}
		if len(c.Variants["es"]) != 1 || c.Variants["es"][0].Term != w.variant {
			t.Errorf("%q: variants %v, want %q", en, c.Variants["es"], w.variant)
			continue
		}
		share := float64(c.Variants["es"][0].Count) / float64(c.Counts["es"]+c.Variants["es"][0].Count)
		if share < 0.2 || share > 0.3 {
			t.Errorf("%q: %q in %.0f%% of units, planted 25%% (%s)", en, w.variant, share*100, Shares(*c, "es"))
		}
	}
}

// TestGlossaryVariantInUse: a concept of the glossary is left out when
// the corpus uses its term, and reported when another term is used more.
func TestGlossaryVariantInUse(t *testing.T) {
	g, diags := glossary.Parse("g.toml", []byte(`
[[concept]]
id = "signature"
en = "signature"
es = "firma"
[[concept]]
id = "folder"
en = "folder"
es = "directorio"
`))
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	f, err := pipeline.Read("gen.tsv", bytes.NewReader(genTSV(4000, 7)), pipeline.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ix := newIndex(g)
	r := Extract([]*pipeline.Set{pipeline.New(ix, f)}, Options{})
	if c := find(r, "signature"); c != nil {
		t.Errorf("signature reported, the glossary has it and the corpus uses firma: %+v", c)
	}
	c := find(r, "folder")
	if c == nil || c.Concept != "folder" {
		t.Fatalf("folder: %+v, want a variant in use of concept folder", c)
	}
	if c.Terms["es"] != "carpeta" || len(c.Variants["es"]) == 0 || c.Variants["es"][0].Term != "directorio" {
		t.Errorf("folder: %s, want carpeta then the glossary's directorio", Shares(*c, "es"))
	}
}

// TestJSONContract pins the JSON output.
func TestJSONContract(t *testing.T) {
	r := &Result{Languages: []string{"en", "es", "ru"}, Candidates: []Candidate{{
		Terms:    map[string]string{"en": "file", "es": "fichero", "ru": "файл"},
		Counts:   map[string]int{"en": 320, "es": 245, "ru": 300},
		Variants: map[string][]Variant{"es": {{Term: "archivo", Count: 63}}},
		Count:    320, Score: 310.5, Examples: []Example{{File: "bash.tsv", Line: 12}},
	}, {
		Terms: map[string]string{"en": "folder", "es": "carpeta"}, Counts: map[string]int{"en": 9, "es": 6},
		Variants: map[string][]Variant{"es": {{Term: "directorio", Count: 3}}},
		Count:    9, Score: 9, Examples: []Example{{File: "glib.tsv", Line: 3}}, Concept: "folder",
	}}}
	var b bytes.Buffer
	if err := WriteJSON(&b, r); err != nil {
		t.Fatal(err)
	}
	want := `{"version":1,"languages":["en","es","ru"],"candidates":[` +
		`{"terms":{"en":"file","es":"fichero","ru":"файл"},"counts":{"en":320,"es":245,"ru":300},"variants":{"es":[{"term":"archivo","count":63}]},"count":320,"score":310.5,"examples":[{"file":"bash.tsv","line":12}]},` +
		`{"terms":{"en":"folder","es":"carpeta"},"counts":{"en":9,"es":6},"variants":{"es":[{"term":"directorio","count":3}]},"count":9,"score":9,"examples":[{"file":"glib.tsv","line":3}],"concept":"folder"}]}` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	if err := WriteJSON(&b, &Result{}); err != nil || b.String() != `{"version":1,"languages":[],"candidates":[]}`+"\n" {
		t.Errorf("empty result: %s, %v", b.String(), err)
	}
}

// TestTOMLReadBack: the TOML output is a glossary glosa reads without a
// problem, with the candidates' terms.
func TestTOMLReadBack(t *testing.T) {
	r := Extract([]*pipeline.Set{readTSV(t, "gen.tsv", genTSV(2000, 3))}, Options{Top: 30})
	if len(r.Candidates) < 10 {
		t.Fatalf("%d candidates", len(r.Candidates))
	}
	var b bytes.Buffer
	if err := WriteTOML(&b, r); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "candidates.toml")
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	g, diags := glossary.Load(name)
	if g == nil || diags.Errors() > 0 {
		t.Fatalf("%v\n%s", diags, b.String())
	}
	if len(g.Concepts) != len(r.Candidates) {
		t.Errorf("%d concepts, %d candidates", len(g.Concepts), len(r.Candidates))
	}
	c, ok := g.Concept(r.IDs()[0])
	if !ok {
		t.Fatalf("no concept %q", r.IDs()[0])
	}
	if p, _ := c.Preferred("ru"); p.Text != r.Candidates[0].Terms["ru"] {
		t.Errorf("ru %q, want %q", p.Text, r.Candidates[0].Terms["ru"])
	}
	if _, diags := r.Glossary(); diags.Errors() > 0 {
		t.Errorf("Glossary: %v", diags)
	}
}

// FuzzExtract: any catalog text extracts without panicking, and every
// candidate has a count of at least the minimum.
func FuzzExtract(f *testing.F) {
	f.Add([]byte("msgid\tes\tru\nOpen the file.\tAbra el fichero.\tОткройте файл.\n"))
	f.Add(genTSV(20, 1))
	f.Fuzz(func(t *testing.T, data []byte) {
		fl, err := pipeline.Read("f.tsv", bytes.NewReader(data), pipeline.ReadOptions{})
		if err != nil {
			return
		}
		r := Extract([]*pipeline.Set{pipeline.New(nil, fl)}, Options{MinCount: 1})
		for _, c := range r.Candidates {
			if c.Count < 1 {
				t.Errorf("%+v", c)
			}
		}
	})
}

// BenchmarkExtract100k: 100,000 paired units (en, es, ru), read, paired
// and extracted.
func BenchmarkExtract100k(b *testing.B) {
	data := genTSV(100000, 11)
	b.ResetTimer()
	for range b.N {
		Extract([]*pipeline.Set{readTSV(b, "gen.tsv", data)}, Options{})
	}
}

func newIndex(g *glossary.Glossary) *termmatch.Index { return termmatch.NewIndex(g) }

package handout

import (
	"bytes"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

// longSet is the sample made about 200 printed pages long: its paragraphs
// repeated n times in an order shuffled with a fixed seed, the same order
// in every language.
func longSet(b *testing.B, n int) *pipeline.Set {
	g, errs := glossary.Load(filepath.Join("..", "testdata", "glossary.toml"))
	if len(errs) > 0 {
		b.Fatal(errs)
	}
	var paras [][]string
	for _, l := range []string{"es", "en", "ru"} {
		data, err := os.ReadFile(filepath.Join("..", "testdata", "destalinizacion."+l+".txt"))
		if err != nil {
			b.Fatal(err)
		}
		paras = append(paras, strings.Split(strings.TrimSpace(string(data)), "\n\n"))
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var order []int
	for range n {
		order = append(order, rng.Perm(len(paras[0]))...)
	}
	var files []*format.File
	for k, l := range []string{"es", "en", "ru"} {
		var text strings.Builder
		for _, i := range order {
			text.WriteString(paras[k][i])
			text.WriteString("\n\n")
		}
		f, err := pipeline.Read("long."+l+".txt", strings.NewReader(text.String()), pipeline.ReadOptions{Lang: l})
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, f)
	}
	return pipeline.New(termmatch.NewIndex(g), files[0], files[1:]...)
}

// BenchmarkHandout200Pages builds and writes the handout of a text 60
// times the sample's length, alignment and matching included: 216 A4
// pages in three columns when Chromium prints the HTML.
func BenchmarkHandout200Pages(b *testing.B) {
	for _, w := range []struct {
		name  string
		write func(io.Writer, *Handout, Labels) error
	}{{"html", WriteHTML}, {"md", WriteMarkdown}} {
		b.Run(w.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				set := longSet(b, 60)
				h := Build(set, Options{Title: "long"})
				var out bytes.Buffer
				if err := w.write(&out, h, testLabels); err != nil {
					b.Fatal(err)
				}
				size = out.Len()
			}
			b.ReportMetric(float64(size)/1e6, "MB-out")
		})
	}
}

package gen_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/gen"
)

func TestDeterministic(t *testing.T) {
	a, b := gen.NewGlossary(1000, 1), gen.NewGlossary(1000, 1)
	if !bytes.Equal(a.TOML(), b.TOML()) {
		t.Error("same seed, different glossaries")
	}
	if bytes.Equal(a.TOML(), gen.GlossaryTOML(1000, 2)) {
		t.Error("different seeds, same glossary")
	}
	for _, lang := range gen.Languages() {
		ta, tb := gen.NewText(a, lang, 1).Generate(64<<10), gen.NewText(b, lang, 1).Generate(64<<10)
		if !bytes.Equal(ta, tb) {
			t.Errorf("%s: same seed, different texts", lang)
		}
		if bytes.Equal(ta, gen.NewText(a, lang, 2).Generate(64<<10)) {
			t.Errorf("%s: different seeds, same text", lang)
		}
		r, err := io.ReadAll(gen.NewTextReader(gen.NewText(a, lang, 1), 64<<10))
		if err != nil || !bytes.Equal(r, ta) {
			t.Errorf("%s: the reader does not give Generate's text (err %v)", lang, err)
		}
	}
}

func TestGlossaryParses(t *testing.T) {
	g, errs := glossary.Parse("gen.toml", gen.GlossaryTOML(1000, gen.DefaultSeed))
	if g == nil || len(errs) > 0 {
		t.Fatalf("generated glossary: %v", errs)
	}
	if len(g.Concepts) != 1000 {
		t.Errorf("parsed %d concepts, want 1000", len(g.Concepts))
	}
}

package glossary

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/internal/gen"
)

// outsideSeeds are just outside the direct decoder's subset.
var outsideSeeds = []string{
	"[[concept]]\nid = \"a\"\nen = \"x\"\nid = \"b\"\n",
	"[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecated = {en = \"y\"}\n[concept.deprecated]\nes = \"z\"\n",
	"[glossary]\n[glossary]\n",
	"[[concept]]\nid = \"a\"\nen = \"bad \\q escape\"\n",
	"[[concept]]\nid = \"a\"\nen = \"x\"\nes = \"unterminated\n",
	"[[concept]]\nid = \"a\"\nen = \"x\" trailing\n",
	"[[concept]]\nid = 7\nen = \"x\"\n",
	"[[concept]]\nid = \"a\"\nen = \"\"\"x\"\"\"\n",
	"[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecatd = { en = \"y\" }\n",
	"[[concept]]\nid = \"a\"\nes = { }\n",
	"top = 1\n[[concept]]\nid = \"a\"\nen = \"x\"\n",
	"[[concept]]\nid = \"a\"\nen = \"x\"\ndeprecated.ru = \"y\"\n",
	"[[concept]]\nid = \"a\"\nen = \"x\"\n[glossary]\nname = \"n\"\n[concept.deprecated]\nen = \"y\"\n",
}

// fastSeeds are glossaries in the direct decoder's subset, written in
// several ways, then outsideSeeds.
func fastSeeds(t testing.TB) []string {
	seeds := []string{
		good,
		strings.ReplaceAll(good, "\n", "\r\n"),
		strings.Replace(good, `"pt-BR" = "PCUS"`, `'pt-BR' = 'PCUS' # literal`, 1),
		"[[concept]]\nid = \"a\"\nen = [\"x\", \"\"]\n",
		"[[concept]]\nid = \"a\"\nen = []\nes = \"x\"\n",
		"[[concept]]\nid = \"a\"\nen = \"x\"\n[concept.deprecated]\nen = [\"y\", \"z\"]\nes = []\n[concept.forbidden]\nru = \"w\"\n",
		"[[concept]]\nid = \"a\"\nen = \"x\"\n[concept.forms]\nru = \"люди\"\n[concept.deprecated]\nen = \"x\"\n",
		"[[concept]]\nen = \"x\"\n[[concept]]\nid = \" \"\nen = \"y\"\n[[concept]]\nid = \"b\"\nen = \"X\"\ncase = \"upper\"\nmatch = \"fuzzy\"\n",
		"[[concept]]\nid = \"a\"\nen = \"x\"\n\n[glossary]\nname = \"late\"\nlanguages = [\"ru\", \"es\"]\nsource = \"ru\"\n",
		"# comment\n\n[glossary] # meta\nname = \"n\"\ndescription = 'd'\nlanguages = [\n  \"es\", # Spanish\n  \"españa\",\n]\nsource = \"zz-zz-zz-zz\"\n",
		"[[concept]]\nid = \"a\"\nen = \"file\"\nstauts = \"x\"\ndeprecatd = \"y\"\n[[concept]]\nid = \"a\"\nen = \"File\"\n",
		"[[concept]]\nid=\"esc\"\nen=\"tab\\there \\\"q\\\" \\u00e9\\U0001F600 \\\\\"\nforms = { }\ndeprecated = {en=\"x\",es=['y', \"z\"]}\n",
		"[[concept]]\nid = \"a\"\nen = \"--\"\nes = \"x\"\nforbidden = { es = \"X\" }\n",
		"[[concept]]\nid = \"a\"\nru = [\"оттепель\", \"потепление\"]\ndeprecated = { ru = \"Потепление\" }\n",
		"[[concept]]\nid = \"a\"\ndeprecated = { en = \"x\" }\n",
		"[[concept]]\nid = \"a\"\nen = \"x\"\nforms = { ru = \"люди\", english = [] }\n",
		"[[concept]]\nid = \"a\"\nen = \"x\"\n[glossary]\nname = \"n\"\n[[concept]]\nid = \"b\"\nen = \"y\"\n[concept.forms]\nen = \"ys\"\n",
		"[glossary]\nlanguages = [\"ru\"]\n[[concept]]\nid = \"a\"\nen = \"x\"\n[concept.forbidden]\nen = \"z\"\n[concept.deprecated]\nen = \"y\"\nes = \"w\"\n",
		"",
		"\n# only a comment",
	}
	files, _ := filepath.Glob("../testdata/*.toml")
	for _, name := range files {
		src, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		seeds = append(seeds, string(src))
	}
	// Small: the fuzzer minimizes what it finds interesting in a seed.
	seeds = append(seeds, string(gen.GlossaryTOML(12, gen.DefaultSeed)))
	return append(seeds, outsideSeeds...)
}

// sameAsGeneral decodes src by the direct decoder and by the general path
// and fails unless both give the same glossary and diagnostics; it reports
// whether src is in the direct decoder's subset.
func sameAsGeneral(t *testing.T, src string) bool {
	t.Helper()
	d := parseFast([]byte(src))
	if d == nil {
		return false
	}
	fast, general := NewBuilder(), NewBuilder()
	d.emit(fast, "f.toml")
	general.addGeneral("f.toml", []byte(src))
	g1, l1 := fast.Finish()
	g2, l2 := general.Finish()
	if !reflect.DeepEqual(l1, l2) {
		t.Fatalf("diagnostics differ on %q:\ndirect:  %v\ngeneral: %v", src, l1, l2)
	}
	if !reflect.DeepEqual(g1, g2) {
		t.Fatalf("glossaries differ on %q:\ndirect:  %+v\ngeneral: %+v", src, g1, g2)
	}
	return true
}

// The seeds in the subset are decoded directly and give what the general
// path gives; those outside it are left to the general path.
func TestFastDecodeSameAsGeneral(t *testing.T) {
	seeds := fastSeeds(t)
	inside := len(seeds) - len(outsideSeeds)
	for i, src := range seeds {
		if got := sameAsGeneral(t, src); got != (i < inside) {
			t.Errorf("seed %q: in the subset: %v, want %v", src, got, i < inside)
		}
	}
	if !sameAsGeneral(t, string(gen.GlossaryTOML(3000, gen.DefaultSeed))) {
		t.Error("a generated glossary is not in the subset")
	}
}

// FuzzFastDecode: on any input the direct decoder accepts, the glossary
// and the diagnostics are those of the general path.
func FuzzFastDecode(f *testing.F) {
	for _, s := range fastSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { sameAsGeneral(t, src) })
}

package sheet_test

import (
	"encoding/xml"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/glossarytest"
)

// termbase finds a file of ../shared/corpora/termbases (next to the
// module's directory), or skips the test.
func termbase(t *testing.T, name string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("no go.mod above the test's directory")
		}
		dir = parent
	}
	p := filepath.Join(dir, "..", "shared", "corpora", "termbases", name)
	if _, err := os.Stat(p); err != nil {
		t.Skipf("%s is absent", p)
	}
	return p
}

// load reads a termbase through glossary.Load and checks that it has n
// concepts, each with a preferred term in es, en and ru.
func load(t *testing.T, path string, n int) *glossary.Glossary {
	t.Helper()
	start := time.Now()
	g, diags := glossary.Load(path)
	elapsed := time.Since(start)
	if g == nil {
		t.Fatal(errorsOf(diags))
	}
	t.Logf("%s: %d concepts in %v", filepath.Base(path), len(g.Concepts), elapsed)
	if len(g.Concepts) != n {
		t.Fatalf("%d concepts, want %d", len(g.Concepts), n)
	}
	for _, c := range g.Concepts {
		for _, l := range []string{"es", "en", "ru"} {
			if _, ok := c.Preferred(l); !ok {
				t.Errorf("concept %q has no preferred %s term", c.ID, l)
			}
		}
	}
	if !slices.Equal(g.Languages, []string{"en", "es", "ru"}) {
		t.Errorf("languages %v", g.Languages)
	}
	return g
}

func TestCLDR(t *testing.T) {
	g := load(t, termbase(t, "cldr.en-es-ru.tsv"), 1151)
	c, ok := g.Concept("day")
	if !ok || c.Domain != "datefield" {
		t.Fatalf("concept day: %v %+v", ok, c)
	}
	if got := glossarytest.Terms(c); got["es preferred"] != "día" || got["ru preferred"] != "день" {
		t.Errorf("day: %v", got)
	}
}

// The CLDR TSV is the CLDR TBX's twin: the TBX's termEntry ids are
// DOMAIN-ID, its subjectField the domain; every concept has the same
// terms. The TBX is read here with encoding/xml, not glosa's TBX reader.
func TestCLDRTwinOfTBX(t *testing.T) {
	g := load(t, termbase(t, "cldr.en-es-ru.tsv"), 1151)
	src, err := os.ReadFile(termbase(t, "cldr.en-es-ru.tbx"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Entries []struct {
			ID      string `xml:"id,attr"`
			Subject string `xml:"descrip"`
			LangSet []struct {
				Lang  string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Terms []string `xml:"tig>term"`
			} `xml:"langSet"`
		} `xml:"text>body>termEntry"`
	}
	if err := xml.Unmarshal(src, &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Entries) != len(g.Concepts) {
		t.Fatalf("TBX: %d entries, TSV: %d concepts", len(doc.Entries), len(g.Concepts))
	}
	for i, e := range doc.Entries {
		c := g.Concepts[i]
		if id := c.Domain + "-" + c.ID; id != e.ID || c.Domain != e.Subject {
			t.Errorf("entry %d: TBX %s (%s), TSV %s (%s)", i, e.ID, e.Subject, id, c.Domain)
			continue
		}
		want := map[string]string{}
		for _, ls := range e.LangSet {
			want[ls.Lang+" preferred"] = strings.Join(ls.Terms, " | ")
		}
		got := glossarytest.Terms(c)
		for k, v := range want {
			if got[k] != v {
				t.Errorf("%s: %s %q in the TSV, %q in the TBX", e.ID, k, got[k], v)
			}
		}
		if len(got) != len(want) {
			t.Errorf("%s: TSV %v, TBX %v", e.ID, got, want)
		}
	}
}

// iso-codes: code is the id, standard the domain, the *_translated flags
// ignored (a warning each); the four codes in two standards are
// STANDARD-CODE; "a; b" cells are a preferred and admitted terms.
func TestISOCodes(t *testing.T) {
	path := termbase(t, "iso-codes.en-es-ru.tsv")
	g := load(t, path, 1099)
	for _, id := range []string{"3166-1-BTN", "4217-BTN", "3166-1-CHE", "4217-CHE", "3166-1-MKD", "4217-MKD", "3166-1-SLE", "4217-SLE"} {
		if _, ok := g.Concept(id); !ok {
			t.Errorf("no concept %s", id)
		}
	}
	c, ok := g.Concept("cat")
	if !ok || c.Domain != "639-2" {
		t.Fatalf("concept cat: %v %+v", ok, c)
	}
	got := glossarytest.Terms(c)
	if got["en preferred"] != "Catalan" || got["en admitted"] != "Valencian" || got["es preferred"] != "Catalán, Valenciano" {
		t.Errorf("cat: %v", got)
	}
	_, diags := glossary.Load(path)
	var unknown []string
	for _, d := range diags {
		if d.ID == "SheetUnknownColumn" {
			unknown = append(unknown, d.Data["Header"].(string))
		}
	}
	if strings.Join(unknown, ",") != "es_translated,ru_translated" {
		t.Errorf("unknown columns %v", unknown)
	}
}

package tbx_test

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/tbx"
)

// keptElements lists g's kept TBX elements, each as where it is kept
// (concept id; "/lang" for a language section's; ":term" for a term's)
// and its raw text.
func keptElements(g *glossary.Glossary) []string {
	var out []string
	for _, c := range g.Concepts {
		for _, x := range c.Extra {
			where := c.ID
			if x.Lang != "" {
				where += "/" + x.Lang
			}
			out = append(out, fmt.Sprintf("%s %s %s %v", x.Format, where, x.Raw, x.Namespaces))
		}
		for _, t := range c.Terms {
			for _, x := range t.Extra {
				out = append(out, fmt.Sprintf("%s %s:%s %s %v", x.Format, c.ID, t.Text, x.Raw, x.Namespaces))
			}
		}
	}
	return out
}

// TestKept: elements glosa does not read are kept where they were, byte
// for byte, and come back there when the glossary is written as TBX and
// read again; the output keeps TBX's structure.
func TestKept(t *testing.T) {
	src, err := os.ReadFile("testdata/kept.tbx")
	if err != nil {
		t.Fatal(err)
	}
	g, diags := read("kept.tbx", src)
	if g == nil {
		t.Fatal(diags)
	}
	acme := "map[acme:http://example.com/acme]"
	want := []string{
		`tbx thaw <descrip type="context">Khrushchev's &quot;Thaw&quot;, 1953&#8211;1964</descrip> map[]`,
		"tbx thaw <transacGrp>\n          <transac type=\"transactionType\">origination</transac>\n          <date>2026-12-07</date>\n        </transacGrp> map[]",
		`tbx thaw <acme:review acme:by="ana" status='ok'><acme:who>Ana</acme:who></acme:review> ` + acme,
		`tbx thaw/en <admin type="source">Britannica</admin> map[]`,
		// a group with nothing glosa reads is kept whole
		`tbx thaw/en <descripGrp><descrip type="context">the Thaw</descrip><admin type="source">OED</admin></descripGrp> map[]`,
		`tbx thaw:Thaw <termNote type="partOfSpeech">noun</termNote> map[]`,
		`tbx thaw:Thaw <admin type="source">Ehrenburg</admin> map[]`,
		`tbx thaw:Thaw <acme:flag/> ` + acme,
		// a group with a definition: its other part is kept alone
		`tbx thaw:оттепель <admin type="source">БСЭ</admin> map[]`,
	}
	got := keptElements(g)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("kept\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, c := range g.Concepts {
		for _, x := range c.Extra {
			if !bytes.Contains(src, []byte(x.Raw)) {
				t.Errorf("%q is not in the file as written", x.Raw)
			}
		}
	}
	if got, want := g.Concepts[0].Note, "оттепель: период"; got != want {
		t.Errorf("note %q, want %q", got, want)
	}

	var out bytes.Buffer
	if err := tbx.Write(&out, g); err != nil {
		t.Fatal(err)
	}
	for _, w := range want {
		raw := strings.TrimSuffix(strings.SplitN(w, " ", 3)[2], " map[]")
		raw = strings.TrimSuffix(raw, " "+acme)
		if !bytes.Contains(out.Bytes(), []byte(raw)) {
			t.Errorf("output lacks %q", raw)
		}
	}
	if !bytes.Contains(out.Bytes(), []byte(`<conceptEntry id="thaw" xmlns:acme="http://example.com/acme">`)) {
		t.Error("the acme prefix is not declared on the conceptEntry")
	}
	root, _ := parseTree(t, out.Bytes()) // checks the prefixes are declared
	if ids := checkTree(t, root, true); ids != 1 {
		t.Errorf("%d ids", ids)
	}
	g2, diags := read("out.tbx", out.Bytes())
	if g2 == nil {
		t.Fatal(diags)
	}
	if got := keptElements(g2); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read again, kept\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	compare(t, g, g2)
	var again bytes.Buffer
	if err := tbx.Write(&again, g2); err != nil {
		t.Fatal(err)
	}
	if again.String() != out.String() {
		t.Errorf("written again:\n%s\nfirst:\n%s", again.String(), out.String())
	}
}

// TestKeptMartif: a martif file's unread elements are written back inside
// the TBX v3 elements that replace theirs (termSec for tig and ntig).
func TestKeptMartif(t *testing.T) {
	src := `<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="c"><langSet xml:lang="en"><ntig><termGrp><term>snow</term><termNote type="partOfSpeech">noun</termNote></termGrp><admin type="source">me</admin></ntig>
<tig><term>sleet</term><admin type="source">you</admin><termNote type="grammaticalGender">n</termNote></tig></langSet></termEntry>
</body></text></martif>`
	g, diags := read("m.tbx", []byte(src))
	if g == nil {
		t.Fatal(diags)
	}
	var out bytes.Buffer
	if err := tbx.Write(&out, g); err != nil {
		t.Fatal(err)
	}
	want := "<termNote type=\"administrativeStatus\">preferredTerm-admn-sts</termNote>\n" +
		"            <termNote type=\"partOfSpeech\">noun</termNote>\n" +
		"            <admin type=\"source\">me</admin>\n          </termSec>"
	// A termSec has its termNotes first: a kept one moves before the
	// other kept elements.
	want2 := "<termNote type=\"administrativeStatus\">admittedTerm-admn-sts</termNote>\n" +
		"            <termNote type=\"grammaticalGender\">n</termNote>\n" +
		"            <admin type=\"source\">you</admin>\n          </termSec>"
	for _, w := range []string{want, want2} {
		if !strings.Contains(out.String(), w) {
			t.Errorf("output\n%s\nlacks\n%s", out.String(), w)
		}
	}
	root, _ := parseTree(t, out.Bytes())
	checkTree(t, root, true)
}

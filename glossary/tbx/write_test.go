package tbx_test

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/tbx"
)

var roundTripFiles = []string{
	"../../testdata/glossary.toml",
	"../../testdata/software.toml",
	"../../testdata/homonyms.toml",
	"testdata/all.toml",
}

// TestRoundTrip: TOML → TBX → Glossary gives the glossary back, field by
// field.
func TestRoundTrip(t *testing.T) {
	for _, p := range roundTripFiles {
		t.Run(filepath.Base(p), func(t *testing.T) {
			want, diags := glossary.Load(p)
			if want == nil {
				t.Fatal(diags)
			}
			var buf bytes.Buffer
			if err := tbx.Write(&buf, want); err != nil {
				t.Fatal(err)
			}
			got, diags := read("out.tbx", buf.Bytes())
			if got == nil {
				t.Fatalf("%v\n%s", diags, buf.Bytes())
			}
			for _, d := range diags {
				if d.ID != "GlossaryTermInTwoConcepts" && d.ID != "GlossarySameStemKey" {
					t.Errorf("reading the export: %v", d)
				}
			}
			compare(t, want, got)
			// The output depends only on the glossary.
			var again bytes.Buffer
			tbx.Write(&again, got)
			if !bytes.Equal(again.Bytes(), buf.Bytes()) {
				t.Error("writing the glossary read back gives other bytes")
			}
		})
	}
}

func compare(t *testing.T, want, got *glossary.Glossary) {
	t.Helper()
	if got.Name != want.Name {
		t.Errorf("name %q, want %q", got.Name, want.Name)
	}
	wantSource := want.Source
	if wantSource == "" {
		wantSource = want.Languages[0]
	}
	if got.Source != wantSource {
		t.Errorf("source %q, want %q", got.Source, wantSource)
	}
	if len(got.Concepts) != len(want.Concepts) {
		t.Fatalf("%d concepts, want %d", len(got.Concepts), len(want.Concepts))
	}
	for i, w := range want.Concepts {
		g := got.Concepts[i]
		if g.ID != w.ID || g.Domain != w.Domain || g.Note != w.Note || g.Case != w.Case || g.Match != w.Match {
			t.Errorf("concept %d: got id %q domain %q note %q case %d match %d\nwant id %q domain %q note %q case %d match %d",
				i, g.ID, g.Domain, g.Note, g.Case, g.Match, w.ID, w.Domain, w.Note, w.Case, w.Match)
		}
		// Terms, language by language, in order (TBX groups them by
		// language: a TOML file's key order across languages is not kept).
		if gt, wt := termsByLang(g), termsByLang(w); gt != wt {
			t.Errorf("concept %s terms:\ngot  %s\nwant %s", w.ID, gt, wt)
		}
	}
	gl, wl := slices.Clone(got.Languages), slices.Clone(want.Languages)
	slices.Sort(gl)
	slices.Sort(wl)
	// A declared language without terms has no place in TBX.
	wl = slices.DeleteFunc(wl, func(l string) bool { return !slices.Contains(gl, l) && !hasTerms(want, l) })
	if !slices.Equal(gl, wl) {
		t.Errorf("languages %v, want %v", gl, wl)
	}
}

func hasTerms(g *glossary.Glossary, lang string) bool {
	for _, c := range g.Concepts {
		for _, t := range c.Terms {
			if t.Lang == lang {
				return true
			}
		}
	}
	return false
}

func termsByLang(c *glossary.Concept) string {
	by := map[string][]string{}
	for _, t := range c.Terms {
		by[t.Lang] = append(by[t.Lang], fmt.Sprintf("%q %s form=%v canonical=%q sensitive=%v", t.Text, t.Status, t.Form, t.Canonical, t.Sensitive))
	}
	var out []string
	for _, l := range slices.Sorted(func(yield func(string) bool) {
		for l := range by {
			if !yield(l) {
				return
			}
		}
	}) {
		out = append(out, l+": "+strings.Join(by[l], ", "))
	}
	return strings.Join(out, "; ")
}

// node is an element of a parsed TBX file, for TestStructure.
type node struct {
	name     xml.Name
	attr     map[string]string
	children []*node
	text     string
}

func parseTree(t *testing.T, src []byte) (*node, []xml.ProcInst) {
	t.Helper()
	d := xml.NewDecoder(bytes.NewReader(src))
	var stack []*node
	var root *node
	var procs []xml.ProcInst
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		switch tok := tok.(type) {
		case xml.ProcInst:
			procs = append(procs, tok.Copy())
		case xml.StartElement:
			n := &node{name: tok.Name, attr: map[string]string{}}
			for _, a := range tok.Attr {
				k := a.Name.Local
				if a.Name.Space == "http://www.w3.org/XML/1998/namespace" {
					k = "xml:" + k
				}
				if a.Name.Space == "xmlns" || k == "xmlns" {
					continue
				}
				n.attr[k] = a.Value
			}
			if len(stack) == 0 {
				root = n
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(tok)
			}
		}
	}
	return root, procs
}

// content is the core structure of TBX v3 (ISO 30042:2019, as its
// TBXcoreStructV03 RELAX NG schema gives it) for the elements glosa
// writes: each element's children as a sequence of groups, each group a
// set of names with how many may come (min, max; -1 unbounded).
type group struct {
	names    []string
	min, max int
}

var auxInfo = group{[]string{"descrip", "descripGrp", "admin", "adminGrp", "transacGrp", "note", "ref", "xref"}, 0, -1}

var content = map[string][]group{
	"tbx":          {{[]string{"tbxHeader"}, 1, 1}, {[]string{"text"}, 1, 1}},
	"tbxHeader":    {{[]string{"fileDesc"}, 1, 1}, {[]string{"encodingDesc"}, 0, 1}, {[]string{"revisionDesc"}, 0, 1}},
	"fileDesc":     {{[]string{"titleStmt"}, 0, 1}, {[]string{"publicationStmt"}, 0, 1}, {[]string{"sourceDesc"}, 1, -1}},
	"titleStmt":    {{[]string{"title"}, 1, 1}, {[]string{"note"}, 0, -1}},
	"title":        {},
	"sourceDesc":   {{[]string{"p"}, 1, -1}},
	"p":            {},
	"text":         {{[]string{"body"}, 1, 1}, {[]string{"back"}, 0, 1}},
	"body":         {{[]string{"conceptEntry"}, 1, -1}},
	"conceptEntry": {auxInfo, {[]string{"langSec"}, 1, -1}},
	"langSec":      {auxInfo, {[]string{"termSec"}, 1, -1}},
	"termSec":      {{[]string{"term"}, 1, 1}, {[]string{"termNote", "termNoteGrp"}, 0, -1}, auxInfo},
	"term":         {},
	"termNote":     {},
	"descrip":      {},
	"admin":        {},
	"note":         {},
}

// required attributes of each element, and the values they may take
// (nil: any non-empty value).
var attrs = map[string]map[string][]string{
	"tbx":      {"style": {"dca"}, "type": {"TBX-Basic"}, "xml:lang": nil},
	"langSec":  {"xml:lang": nil},
	"termNote": {"type": nil},
	"descrip":  {"type": nil},
	"admin":    {"type": nil},
}

// types are the data categories glosa writes: TBX-Basic's, then its own.
var types = map[string][]string{
	"termNote": {"administrativeStatus", "x-glosa-status", "x-glosa-form"},
	"descrip":  {"subjectField", "x-glosa-case", "x-glosa-match"},
	"admin":    {"x-glosa-id"},
}

var adminStatuses = []string{"preferredTerm-admn-sts", "admittedTerm-admn-sts", "deprecatedTerm-admn-sts", "supersededTerm-admn-sts"}

// TestStructure checks glosa's TBX against the structure TBX v3 gives:
// root, namespace, header, nesting and order, required attributes, unique
// XML ids, the data categories and the administrativeStatus picklist.
// (No TBX schema validator is available offline.)
func TestStructure(t *testing.T) {
	for _, p := range roundTripFiles {
		t.Run(filepath.Base(p), func(t *testing.T) {
			g, diags := glossary.Load(p)
			if g == nil {
				t.Fatal(diags)
			}
			var buf bytes.Buffer
			if err := tbx.Write(&buf, g); err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(buf.Bytes(), []byte("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")) {
				t.Error("no XML declaration")
			}
			root, procs := parseTree(t, buf.Bytes())
			if len(procs) < 2 || procs[1].Target != "xml-model" || !strings.Contains(string(procs[1].Inst), "TBX-Basic") {
				t.Errorf("no xml-model instruction naming the TBX-Basic schema: %v", procs)
			}
			if root.name.Local != "tbx" {
				t.Fatalf("root %s", root.name.Local)
			}
			if ids := checkTree(t, root, false); ids != len(g.Concepts) {
				t.Errorf("%d ids for %d concepts", ids, len(g.Concepts))
			}
		})
	}
}

// checkTree checks the elements under root against content, attrs and
// types, and returns how many ids it saw. With kept, an element glosa
// does not write (another name, namespace or data category) is an
// element a read file had, written back: it must be a child of a
// conceptEntry, langSec or termSec, where a foreign element counts as
// auxiliary information, and is not checked further.
func checkTree(t *testing.T, root *node, kept bool) int {
	t.Helper()
	own := func(n *node) bool {
		_, ok := content[n.name.Local]
		allowed, typed := types[n.name.Local]
		return ok && n.name.Space == "urn:iso:std:iso:30042:ed-2" && (!typed || slices.Contains(allowed, n.attr["type"]))
	}
	ids := map[string]bool{}
	var walk func(n *node)
	walk = func(n *node) {
		name := n.name.Local
		if n.name.Space != "urn:iso:std:iso:30042:ed-2" {
			t.Errorf("<%s> in namespace %q", name, n.name.Space)
		}
		model, ok := content[name]
		if !ok {
			t.Errorf("<%s> is not an element glosa should write", name)
			return
		}
		children := n.children
		if kept && (name == "conceptEntry" || name == "langSec" || name == "termSec") {
			children = nil
			for _, c := range n.children {
				if !own(c) {
					if _, ok := content[c.name.Local]; !ok || c.name.Space != "urn:iso:std:iso:30042:ed-2" {
						c = &node{name: xml.Name{Local: "admin"}}
					}
				}
				children = append(children, c)
			}
		}
		checkSequence(t, name, children, model)
		for a, values := range attrs[name] {
			v, ok := n.attr[a]
			if !ok || v == "" {
				t.Errorf("<%s> without %s", name, a)
			} else if values != nil && !slices.Contains(values, v) {
				t.Errorf("<%s %s=%q>: not one of %v", name, a, v, values)
			}
		}
		if allowed, ok := types[name]; ok && !slices.Contains(allowed, n.attr["type"]) {
			t.Errorf("<%s type=%q>: not a data category glosa writes", name, n.attr["type"])
		}
		if name == "termNote" && n.attr["type"] == "administrativeStatus" && !slices.Contains(adminStatuses, n.text) {
			t.Errorf("administrativeStatus %q is not in TBX-Basic's picklist", n.text)
		}
		if id, ok := n.attr["id"]; ok {
			if ids[id] {
				t.Errorf("id %q twice", id)
			}
			ids[id] = true
			if !isXMLName(id) {
				t.Errorf("id %q is not an XML name", id)
			}
		}
		if len(content[name]) == 0 && len(n.children) > 0 {
			t.Errorf("<%s> has child elements", name)
		}
		for _, c := range n.children {
			if kept && !own(c) && (name == "conceptEntry" || name == "langSec" || name == "termSec") {
				continue
			}
			walk(c)
		}
	}
	walk(root)
	return len(ids)
}

// checkSequence checks children against a sequence of groups.
func checkSequence(t *testing.T, parent string, children []*node, model []group) {
	t.Helper()
	i := 0
	for _, g := range model {
		n := 0
		for i < len(children) && slices.Contains(g.names, children[i].name.Local) && (g.max < 0 || n < g.max) {
			i++
			n++
		}
		if n < g.min {
			t.Errorf("<%s>: %d of %v, want at least %d", parent, n, g.names, g.min)
		}
	}
	if i < len(children) {
		t.Errorf("<%s>: <%s> out of place", parent, children[i].name.Local)
	}
}

// isXMLName reports whether s is an NCName, written independently of the
// writer's check: letters, digits, '_', '-', '.', not starting with a
// digit, '-' or '.'.
func isXMLName(s string) bool {
	for i, r := range s {
		ok := r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f && r != 0xd7 && r != 0xf7
		if i > 0 {
			ok = ok || r >= '0' && r <= '9' || r == '-' || r == '.'
		}
		if !ok {
			return false
		}
	}
	return s != ""
}

// TestForbiddenForOtherTools: a forbidden term is deprecated for a tool
// that reads only TBX-Basic's administrativeStatus.
func TestForbiddenForOtherTools(t *testing.T) {
	g, diags := glossary.Load("testdata/all.toml")
	if g == nil {
		t.Fatal(diags)
	}
	var buf bytes.Buffer
	tbx.Write(&buf, g)
	want := "<term>snoww</term>\n            <termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>\n            <termNote type=\"x-glosa-status\">forbidden</termNote>"
	if !strings.Contains(buf.String(), want) {
		t.Errorf("output lacks\n%s\n%s", want, buf.String())
	}
	for _, want := range []string{
		`<conceptEntry id="x-glosa-2">`,
		`<admin type="x-glosa-id">2 words/with:colon</admin>`,
		`<note>a note with &lt;&amp;&gt; and &#34;quotes&#34;&#xA;and a second line&#x9;and a tab</note>`,
		`<title>TBX &lt;round&gt; &amp; trip</title>`,
	} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("output lacks %s", want)
		}
	}
}

// TestCLDRRoundTrip: the CLDR termbase (martif), written as TBX v3 and
// read again, is the same glossary.
func TestCLDRRoundTrip(t *testing.T) {
	want, diags := glossary.Load(shared(t, "termbases/cldr.en-es-ru.tbx"))
	if want == nil {
		t.Fatal(diags)
	}
	var buf bytes.Buffer
	if err := tbx.Write(&buf, want); err != nil {
		t.Fatal(err)
	}
	got, diags := read("cldr.tbx", buf.Bytes())
	if got == nil {
		t.Fatal(diags)
	}
	compare(t, want, got)
}

package handout

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

var testLabels = Labels{Languages: "languages", Files: "Files", Date: "Date", Glossary: "Glossary",
	Number: "No.", Note: "Note", Count: "Occurrences", Admitted: "admitted", Deprecated: "deprecated", Forbidden: "forbidden",
	Index: "Index", Key: "Answer key", Exercise: "Fill in the gaps."}

// sample builds the set of the project's sample: the Spanish text with its
// English and Russian translations and the sample glossary.
func sample(t testing.TB) (*pipeline.Set, *glossary.Glossary) {
	t.Helper()
	g, errs := glossary.Load(filepath.Join("..", "testdata", "glossary.toml"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	var files []*format.File
	for _, l := range []string{"es", "en", "ru"} {
		name := filepath.Join("..", "testdata", "destalinizacion."+l+".txt")
		r, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		f, err := pipeline.Read(name, r, pipeline.ReadOptions{Lang: l})
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	return pipeline.New(termmatch.NewIndex(g), files[0], files[1:]...), g
}

func cellText(c Cell) string {
	var b strings.Builder
	for _, s := range c.Spans {
		b.WriteString(s.Text)
	}
	return b.String()
}

// TestSample checks what a teacher checks on the sample handout.
func TestSample(t *testing.T) {
	set, g := sample(t)
	h := Build(set, Options{Title: "Destalinización"})
	docs := set.Docs()
	if !slices.Equal(h.Langs, []string{"es", "en", "ru"}) {
		t.Fatalf("Langs = %v", h.Langs)
	}
	// Every sentence of every text is in exactly one row, in its column,
	// and a row holds the sentences of one bead: each cell is its
	// sentences, in order, and no row is shifted (every row's cells are
	// in the column of their language).
	for k, d := range docs {
		var got []string
		for _, r := range h.Rows {
			if len(r.Cells) != len(docs) {
				t.Fatalf("row has %d cells, want %d", len(r.Cells), len(docs))
			}
			if !r.Cells[k].Empty() {
				got = append(got, cellText(r.Cells[k]))
			}
		}
		var want []string
		for _, s := range d.Segments() {
			want = append(want, s.Text)
		}
		if strings.Join(got, " ") != strings.Join(want, " ") {
			t.Errorf("%s: the rows do not hold the text's sentences in order", d.Lang)
		}
	}
	// The rows follow the beads of every target: the sentences that a bead
	// of set.Beads(k) pairs are in one row.
	for k := range set.Targets {
		rowOf := func(doc int, text string) int {
			for i, r := range h.Rows {
				if strings.Contains(cellText(r.Cells[doc]), text) {
					return i
				}
			}
			return -1
		}
		for _, b := range set.Beads(k) {
			if len(b.Source) == 0 || len(b.Target) == 0 {
				continue
			}
			src := rowOf(0, docs[0].Segments()[b.Source[0]].Text)
			for _, j := range b.Target {
				if tr := rowOf(k+1, docs[k+1].Segments()[j].Text); tr != src {
					t.Errorf("%s sentence %d is in row %d, its source in row %d", docs[k+1].Lang, j, tr, src)
				}
			}
		}
	}
	// оттепель, deshielo and Thaw carry the same number, the thaw's.
	thaw, _ := g.Concept("thaw")
	num := 0
	for _, c := range h.Concepts {
		if c.ID == thaw.ID {
			num = c.Number
		}
	}
	if num == 0 {
		t.Fatal("the thaw is not in the appendix")
	}
	marked := map[string][]int{}
	for _, r := range h.Rows {
		for k, c := range r.Cells {
			for _, s := range c.Spans {
				if s.Concepts != nil {
					marked[h.Langs[k]+":"+strings.ToLower(s.Text)] = s.Concepts
				}
			}
		}
	}
	for _, w := range []string{"es:deshielo", "en:thaw", "ru:оттепель"} {
		if !slices.Equal(marked[w], []int{num}) {
			t.Errorf("%s carries %v, want [%d]", w, marked[w], num)
		}
	}
	// The appendix lists exactly the concepts that occur, with right
	// counts, sorted by collation of the Spanish preferred term.
	counts := map[string][]int{}
	for k, d := range docs {
		outer := d.Outer()
		keep := make([]bool, len(outer))
		if k > 0 {
			keep = set.Resolved(k-1, outer)
		} else {
			for i := range keep {
				keep[i] = true
			}
		}
		for i, m := range outer {
			if keep[i] {
				if counts[m.Concept.ID] == nil {
					counts[m.Concept.ID] = make([]int, len(docs))
				}
				counts[m.Concept.ID][k]++
			}
		}
	}
	if len(h.Concepts) != len(counts) {
		t.Errorf("appendix has %d concepts, %d occur", len(h.Concepts), len(counts))
	}
	if len(h.Concepts) >= len(g.Concepts) {
		t.Errorf("appendix has all %d concepts of the glossary; the sample does not use them all", len(g.Concepts))
	}
	col := collate.New(language.Spanish, collate.IgnoreCase)
	for i, c := range h.Concepts {
		if c.Number != i+1 {
			t.Errorf("concept %s numbered %d at place %d", c.ID, c.Number, i+1)
		}
		if !slices.Equal(c.Count, counts[c.ID]) {
			t.Errorf("%s counted %v, want %v", c.ID, c.Count, counts[c.ID])
		}
		if i > 0 && col.CompareString(h.Concepts[i-1].Terms[0][0].Text, c.Terms[0][0].Text) > 0 {
			t.Errorf("%q sorted before %q", h.Concepts[i-1].Terms[0][0].Text, c.Terms[0][0].Text)
		}
	}
	// The marks in the text count what the appendix counts.
	seen := map[int][]int{}
	for _, r := range h.Rows {
		for k, c := range r.Cells {
			for _, s := range c.Spans {
				for _, n := range s.Concepts {
					if seen[n] == nil {
						seen[n] = make([]int, len(docs))
					}
					seen[n][k]++
				}
			}
		}
	}
	for _, c := range h.Concepts {
		if !slices.Equal(seen[c.Number], c.Count) {
			t.Errorf("%s: %v marks in the text, appendix says %v", c.ID, seen[c.Number], c.Count)
		}
	}
}

// TestCollation: Spanish ñ sorts after n, Russian ё with е.
func TestCollation(t *testing.T) {
	src := `[glossary]
languages = ["es", "ru"]
[[concept]]
id = "a"
es = "ñandú"
ru = "ёж"
[[concept]]
id = "b"
es = "nube"
ru = "еда"
[[concept]]
id = "c"
es = "oro"
ru = "ель"
`
	g, errs := glossary.Parse("g.toml", []byte(src))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ix := termmatch.NewIndex(g)
	read := func(name, text string) *format.File {
		f, err := pipeline.Read(name, strings.NewReader(text), pipeline.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	for _, tc := range []struct {
		src, text, tr, trText string
		want                  []string
	}{
		{"x.es.txt", "Oro. Ñandú. Nube.", "x.ru.txt", "Ель. Ёж. Еда.", []string{"b", "a", "c"}}, // nube, ñandú, oro; code points put ñandú last
		{"x.ru.txt", "Ель. Ёж. Еда.", "x.es.txt", "Oro. Ñandú. Nube.", []string{"b", "a", "c"}}, // еда, ёж (as еж), ель; code points put ёж last
	} {
		h := Build(pipeline.New(ix, read(tc.src, tc.text), read(tc.tr, tc.trText)), Options{})
		var got []string
		for _, c := range h.Concepts {
			got = append(got, c.ID)
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: order %v, want %v", tc.src, got, tc.want)
		}
	}
}

// TestHTML: the HTML is well-formed, self-contained, escapes text, and
// marks every term with its number.
func TestHTML(t *testing.T) {
	set, _ := sample(t)
	h := Build(set, Options{Title: "<script>alert(1)</script> & co"})
	var b bytes.Buffer
	if err := WriteHTML(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	d := xml.NewDecoder(strings.NewReader(out))
	d.Strict = true
	d.Entity = xml.HTMLEntity
	marks, rows := 0, 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("HTML does not parse: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "class" && strings.HasPrefix(a.Value, "t k") {
					marks++
				}
			}
			if se.Name.Local == "tr" {
				rows++
			}
		}
	}
	if strings.Contains(out, "http://") || strings.Contains(out, "https://") {
		t.Error("HTML refers to the network")
	}
	if strings.Contains(out, "<script>alert") {
		t.Error("the title is not escaped")
	}
	want := 0
	for _, c := range h.Concepts {
		for _, n := range c.Count {
			want += n
		}
	}
	if marks != want {
		t.Errorf("%d marks, the appendix counts %d", marks, want)
	}
	if rows < len(h.Rows)+len(h.Concepts) {
		t.Errorf("%d rows, want at least %d", rows, len(h.Rows)+len(h.Concepts))
	}
	for _, s := range []string{"page-break-inside:avoid", "size:A4", "<sup>"} {
		if !strings.Contains(out, s) {
			t.Errorf("HTML lacks %q", s)
		}
	}
}

// TestMarkdown: a table per paragraph, terms in bold with their numbers,
// the appendix as a table.
func TestMarkdown(t *testing.T) {
	set, _ := sample(t)
	h := Build(set, Options{Title: "T"})
	var b bytes.Buffer
	if err := WriteMarkdown(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	lines := strings.Split(out, "\n")
	if n, want := strings.Count(out, "\n| es | en | ru |\n"), len(h.paragraphs()); n != want {
		t.Errorf("%d text tables, want one per paragraph (%d)", n, want)
	}
	if !slices.Contains(lines, "## Glossary") || !slices.Contains(lines, "| No. | es | en | ru | Occurrences | Note |") {
		t.Error("no appendix table")
	}
	for _, line := range lines {
		if !strings.HasPrefix(line, "|") {
			continue
		}
		// A text row has a cell per language, an appendix row three more.
		if n := strings.Count(strings.ReplaceAll(line, `\|`, ""), "|"); n != 4 && n != 7 {
			t.Errorf("row with %d bars: %.60s", n, line)
		}
	}
	if !strings.Contains(strings.ToLower(out), "**deshielo**<sup>") {
		t.Error("deshielo is not in bold with its number")
	}
}

func FuzzMarkdownEscape(f *testing.F) {
	f.Add("a | b *c* <x> & [y](z)\nw")
	f.Fuzz(func(t *testing.T, s string) {
		e := mdEscape(s)
		if strings.ContainsAny(e, "\n<") || strings.Count(e, "|") != strings.Count(e, `\|`) {
			t.Errorf("mdEscape(%q) = %q", s, e)
		}
	})
}

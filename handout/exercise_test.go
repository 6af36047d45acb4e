package handout

import (
	"bytes"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

// TestCloze: the cloze language's terms become numbered gaps, in reading
// order, each as long as its words; the key has every blanked term, and
// the other columns keep their marks.
func TestCloze(t *testing.T) {
	set, _ := sample(t)
	plain := Build(set, Options{})
	h := Build(set, Options{Cloze: "ru"})
	if h.Cloze != "ru" {
		t.Fatalf("Cloze = %q", h.Cloze)
	}
	var terms []string // the Russian terms the plain handout marks
	for _, r := range plain.Rows {
		for _, sp := range r.Cells[2].Spans {
			if sp.Concepts != nil {
				terms = append(terms, sp.Text)
			}
		}
	}
	var gaps []Span
	for i, r := range h.Rows {
		for k, c := range r.Cells {
			if cellText(c) != cellText(plain.Rows[i].Cells[k]) {
				t.Fatalf("row %d, %s: text changed", i, h.Langs[k])
			}
			for _, sp := range c.Spans {
				if k != 2 && sp.Gap != 0 {
					t.Errorf("a gap in %s: %q", h.Langs[k], sp.Text)
				}
				if k == 2 && sp.Concepts != nil && sp.Gap == 0 {
					t.Errorf("a Russian term not blanked: %q", sp.Text)
				}
				if sp.Gap != 0 {
					gaps = append(gaps, sp)
				}
			}
		}
	}
	if len(terms) < 40 || len(gaps) != len(terms) || len(h.Key) != len(gaps) {
		t.Fatalf("%d terms, %d gaps, %d answers", len(terms), len(gaps), len(h.Key))
	}
	for i, g := range gaps {
		a := h.Key[i]
		if g.Gap != i+1 || a.Gap != i+1 || a.Text != terms[i] || g.Text != terms[i] || !slices.Equal(a.Concepts, g.Concepts) {
			t.Errorf("gap %d: %d %q, answer %d %q, term %q", i+1, g.Gap, g.Text, a.Gap, a.Text, terms[i])
		}
		// The blank has a mark per letter and keeps spaces.
		blank := g.Blank()
		if utf8.RuneCountInString(blank) != utf8.RuneCountInString(g.Text) || strings.Count(blank, " ") != strings.Count(g.Text, " ") || strings.ContainsFunc(blank, func(r rune) bool { return r >= 'а' && r <= 'я' }) {
			t.Errorf("blank of %q is %q", g.Text, blank)
		}
	}
	// The HTML hides the answers in the text and gives them in the key,
	// on a page of its own.
	var b bytes.Buffer
	if err := WriteHTML(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	main, key, ok := strings.Cut(out, `<section class="key">`)
	if !ok {
		t.Fatal("no answer key")
	}
	if n := strings.Count(main, `class="gap"`); n != len(gaps) {
		t.Errorf("%d gaps in the HTML, want %d", n, len(gaps))
	}
	// Every оттепель of the Russian text is a term, so none is left.
	cells := regexp.MustCompile(`<td data-lang="ru"[^>]*>.*?</td>`).FindAllString(main, -1)
	if len(cells) != len(h.Rows) {
		t.Fatalf("%d Russian cells, want %d", len(cells), len(h.Rows))
	}
	for _, cell := range cells {
		if strings.Contains(strings.ToLower(cell), "оттепел") {
			t.Errorf("the text still shows a blanked term: %.200s", cell)
		}
	}
	for _, a := range h.Key {
		if !strings.Contains(key, ">"+a.Text+"</li>") {
			t.Errorf("the key lacks %q", a.Text)
		}
	}
	if !strings.Contains(out, ".key{page-break-before:always") && !strings.Contains(out, ".appendix,.key{page-break-before:always") {
		t.Error("the key does not start a page")
	}
}

// TestIndex: one index per language, every term of the concepts that
// occur, in that language's collation.
func TestIndex(t *testing.T) {
	set, _ := sample(t)
	h := Build(set, Options{})
	if len(h.Index) != len(h.Langs) {
		t.Fatalf("%d indexes", len(h.Index))
	}
	for k, ix := range h.Index {
		if ix.Lang != h.Langs[k] {
			t.Errorf("index %d is %s", k, ix.Lang)
		}
		want := 0
		for _, c := range h.Concepts {
			want += len(c.Terms[k])
		}
		if len(ix.Entries) != want {
			t.Errorf("%s: %d entries, want %d", ix.Lang, len(ix.Entries), want)
		}
		col := collator(ix.Lang)
		for i := 1; i < len(ix.Entries); i++ {
			if col.CompareString(ix.Entries[i-1].Text, ix.Entries[i].Text) > 0 {
				t.Errorf("%s: %q before %q", ix.Lang, ix.Entries[i-1].Text, ix.Entries[i].Text)
			}
		}
	}
}

// TestNoMarksAndAppendixOnly: --no-marks keeps the text and drops the
// marks; --appendix-only keeps the glossary and drops the text.
func TestNoMarksAndAppendixOnly(t *testing.T) {
	set, _ := sample(t)
	plain := Build(set, Options{})
	h := Build(set, Options{NoMarks: true})
	for i, r := range h.Rows {
		for k, c := range r.Cells {
			if cellText(c) != cellText(plain.Rows[i].Cells[k]) {
				t.Fatalf("row %d: text changed", i)
			}
			for _, sp := range c.Spans {
				if sp.Concepts != nil {
					t.Fatalf("a mark with --no-marks: %q", sp.Text)
				}
			}
			if len(c.Spans) > 1 {
				t.Errorf("row %d, %s: %d spans, want the text in one", i, h.Langs[k], len(c.Spans))
			}
		}
	}
	if len(h.Concepts) != len(plain.Concepts) {
		t.Error("the appendix changed")
	}
	v := Build(set, Options{AppendixOnly: true})
	if len(v.Rows) != 0 || len(v.Concepts) != len(plain.Concepts) || len(v.Index) != 3 {
		t.Errorf("appendix only: %d rows, %d concepts", len(v.Rows), len(v.Concepts))
	}
	for _, w := range []func(*bytes.Buffer, *Handout) error{
		func(b *bytes.Buffer, h *Handout) error { return WriteHTML(b, h, testLabels) },
		func(b *bytes.Buffer, h *Handout) error { return WriteMarkdown(b, h, testLabels) },
	} {
		var b bytes.Buffer
		if err := w(&b, v); err != nil {
			t.Fatal(err)
		}
		if strings.Contains(b.String(), "La destalinización fue") || !strings.Contains(b.String(), "deshielo") {
			t.Errorf("a vocabulary sheet with the text, or without the glossary:\n%.300s", b.String())
		}
	}
}

// TestInterlinear: a block per bead, a line per language in the columns'
// order, the same text as the columns.
func TestInterlinear(t *testing.T) {
	set, _ := sample(t)
	h := Build(set, Options{Layout: Interlinear})
	var b bytes.Buffer
	if err := WriteHTML(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if n := strings.Count(out, `<div class="bead">`); n != len(h.Rows) {
		t.Errorf("%d beads, want %d", n, len(h.Rows))
	}
	if strings.Contains(out, `<table class="text">`) {
		t.Error("interlinear has text tables")
	}
	beads := regexp.MustCompile(`<div class="bead">(.*?)</div>`).FindAllStringSubmatch(out, -1)
	for i, m := range beads {
		lines := regexp.MustCompile(`<p class="line l(\d)`).FindAllStringSubmatch(m[1], -1)
		if len(lines) != 3 || lines[0][1] != "0" || lines[1][1] != "1" || lines[2][1] != "2" {
			t.Errorf("bead %d: lines %v", i, lines)
		}
	}
	var md bytes.Buffer
	if err := WriteMarkdown(&md, h, testLabels); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(md.String(), "\nru: "); n != len(h.Rows) {
		t.Errorf("Markdown: %d Russian lines, want %d", n, len(h.Rows))
	}
}

// The page size reaches the print CSS.
func TestPage(t *testing.T) {
	set, _ := sample(t)
	var b bytes.Buffer
	if err := WriteHTML(&b, Build(set, Options{Page: Letter, AppendixOnly: true}), testLabels); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "@page{size:letter") {
		t.Error("no letter page size")
	}
}

// TestSharedTerm: a term two concepts share (Spanish "archivo": file and
// archive) carries the number of the concept its source names, and both
// numbers where the source names neither; every match is marked.
func TestSharedTerm(t *testing.T) {
	g, _ := glossary.Load(filepath.Join("..", "testdata", "homonyms.toml")) // its warning is the point
	if g == nil {
		t.Fatal("homonyms.toml does not load")
	}
	read := func(name, text string) *format.File {
		f, err := pipeline.Read(name, strings.NewReader(text), pipeline.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	set := pipeline.New(termmatch.NewIndex(g),
		read("t.en.txt", "Open the file now.\n\nThe archive is full.\n\nIt is stored there."),
		read("t.es.txt", "Abra el archivo ahora.\n\nEl archivo está lleno.\n\nSe guarda en el archivo."))
	h := Build(set, Options{})
	number := map[string]int{}
	for _, c := range h.Concepts {
		number[c.ID] = c.Number
	}
	var got [][]int
	for _, r := range h.Rows {
		for _, sp := range r.Cells[1].Spans {
			if sp.Concepts != nil {
				got = append(got, sp.Concepts)
			}
		}
	}
	both := []int{number["file"], number["archive"]}
	slices.Sort(both)
	want := [][]int{{number["file"]}, {number["archive"]}, both}
	if !slices.EqualFunc(got, want, slices.Equal[[]int]) {
		t.Errorf("archivo marked %v, want %v", got, want)
	}
}

// TestEveryScanMatchMarked: every occurrence glosa scan lists (a
// document's outer matches) is a marked span in its column, carrying its
// concept's number.
func TestEveryScanMatchMarked(t *testing.T) {
	set, _ := sample(t)
	h := Build(set, Options{})
	number := map[string]int{}
	for _, c := range h.Concepts {
		number[c.ID] = c.Number
	}
	for k, d := range set.Docs() {
		type mark struct {
			text string
			n    int
		}
		var marks []mark
		for _, r := range h.Rows {
			for _, sp := range r.Cells[k].Spans {
				for _, n := range sp.Concepts {
					marks = append(marks, mark{sp.Text, n})
				}
			}
		}
		outer := d.Outer()
		if len(outer) != len(marks) {
			t.Errorf("%s: scan finds %d, the handout marks %d", d.Lang, len(outer), len(marks))
			continue
		}
		src := d.Text
		for i, m := range outer {
			if want := (mark{string(src[m.Start:m.End]), number[m.Concept.ID]}); marks[i] != want {
				t.Errorf("%s: match %d is %v, marked %v", d.Lang, i, want, marks[i])
			}
		}
	}
}

// TestEscaping: a sentence or a term that holds markup is text in the
// HTML and in the Markdown.
func TestEscaping(t *testing.T) {
	g, errs := glossary.Parse("g.toml", []byte("[glossary]\nlanguages = [\"en\", \"es\"]\n[[concept]]\nid = \"a\"\nen = \"alert\"\nes = \"alerta\"\nnote = \"<img src=x onerror=alert(1)>\"\n"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	read := func(name, text string) *format.File {
		f, err := pipeline.Read(name, strings.NewReader(text), pipeline.ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	set := pipeline.New(termmatch.NewIndex(g),
		read("x.en.txt", "Run <script>alert(1)</script> now & then."),
		read("x.es.txt", "Ejecute <script>alerta(1)</script> ya."))
	h := Build(set, Options{Title: "</title><script>x()</script>"})
	var b bytes.Buffer
	if err := WriteHTML(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if strings.Count(out, "<script") != 1 || strings.Contains(out, "<img") {
		t.Errorf("markup from the input is live in the HTML:\n%s", out)
	}
	if !strings.Contains(out, "&lt;script&gt;") || !strings.Contains(out, `data-c="1">alert<sup>1</sup>`) {
		t.Errorf("the text is not kept as text, or the term is not marked:\n%.2000s", out)
	}
	b.Reset()
	if err := WriteMarkdown(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(b.String(), "<script") || strings.Contains(b.String(), "<img") {
		t.Errorf("markup from the input is live in the Markdown:\n%s", b.String())
	}
}

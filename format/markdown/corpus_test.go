package markdown

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
)

// corpusDir returns the real pages' directory: ../shared of the
// repository (or of the directory holding a worktree), "" when absent.
func corpusDir() string {
	for _, up := range []string{"../../..", "../../../.."} {
		d := filepath.Join(up, "shared/corpora/l10n/formats/markdown")
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return ""
}

// facts is what facts.json says of a page.
type facts struct {
	Pages map[string]struct {
		ByType    map[string]map[string]int `json:"po4a_segments_by_type"`
		Structure map[string]struct {
			Fenced   int            `json:"fenced_code_blocks"`
			Headings map[string]int `json:"headings_by_level"`
		} `json:"structure"`
	} `json:"pages"`
}

// counts are what the reader made of a file.
type counts struct {
	headings                         map[string]int // body headings by level
	fenced, codeParas                int            // fenced code blocks; paragraphs of code spans only
	frontMatter, items, prose, other int
}

func count(t *testing.T, path string) (counts, *format.Document) {
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	f, err := Read(path, bytes.NewReader(src), format.Options{})
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	d := f.Docs[0]
	lines := strings.Split(string(src), "\n")
	c := counts{headings: map[string]int{}}
	for _, u := range d.Units {
		l, _ := d.Map.Position(d.Text, u.Start)
		ln := strings.TrimLeft(lines[l-1], " \t")
		switch {
		case u.Key != "":
			c.frontMatter++
		case u.Kind == format.Heading:
			c.headings[fmt.Sprint(len(ln)-len(strings.TrimLeft(ln, "#")))]++
		case u.Kind == format.Code && (strings.HasPrefix(ln, "```") || strings.HasPrefix(ln, "~~~")):
			c.fenced++
		case u.Kind == format.Code && strings.HasPrefix(ln, "`"):
			c.codeParas++
		case u.Kind == format.ListItem:
			c.items++
		case u.Kind == format.Prose:
			c.prose++
		default:
			c.other++
		}
		// No code, markup or front matter in the text of a unit.
		text := string(d.Text[u.Start:u.End])
		for _, s := range []string{"```", "import {", "<Card", "</", "i18nReady", "](", "**"} {
			if strings.Contains(text, s) {
				t.Errorf("%s:%d: unit %q holds %q", path, l, text, s)
			}
		}
	}
	return c, d
}

// TestCorpus reads the real pages of tldr-pages and the Astro docs: the
// headings by level, fenced code blocks and front-matter values equal
// facts.json; for tldr-pages (plain Markdown), the list items equal po4a's
// bullets and the paragraphs (prose, and the code-only lines of the
// examples) its text segments. po4a reads MDX as text (JSX and imports
// are segments to it): there the items and paragraphs are pinned as read
// here, checked by hand against the files.
func TestCorpus(t *testing.T) {
	corpus := corpusDir()
	if corpus == "" {
		t.Skip("../shared/corpora/l10n/formats/markdown is absent")
	}
	mdx := map[string][2]int{ // page → list items, prose paragraphs (the same in en, es, ru unless listed)
		"en/getting-started.mdx": {8, 3}, "es/getting-started.mdx": {8, 3}, "ru/getting-started.mdx": {8, 3},
		// 12 items of prose, 30 of the <FileTree> list of files.
		"en/basics/project-structure.mdx": {42, 28}, "es/basics/project-structure.mdx": {42, 28}, "ru/basics/project-structure.mdx": {42, 28},
		// es and ru are an older version of the page (facts.json).
		"en/recipes/external-links.mdx": {6, 3}, "es/recipes/external-links.mdx": {4, 3}, "ru/recipes/external-links.mdx": {4, 3},
	}
	for _, project := range []string{"tldr-pages", "astro-docs"} {
		b, err := os.ReadFile(filepath.Join(corpus, project, "facts.json"))
		if err != nil {
			t.Fatal(err)
		}
		var fs facts
		if err := json.Unmarshal(b, &fs); err != nil {
			t.Fatal(err)
		}
		for page, p := range fs.Pages {
			for _, lang := range []string{"en", "es", "ru"} {
				rel := filepath.Join(lang, page)
				c, _ := count(t, filepath.Join(corpus, project, rel))
				s := p.Structure[lang]
				if fmt.Sprint(c.headings) != fmt.Sprint(s.Headings) {
					t.Errorf("%s %s: headings %v, want %v", project, rel, c.headings, s.Headings)
				}
				if c.fenced != s.Fenced {
					t.Errorf("%s %s: %d fenced code blocks, want %d", project, rel, c.fenced, s.Fenced)
				}
				ty := p.ByType[lang]
				if c.frontMatter != ty["front_matter"] {
					t.Errorf("%s %s: %d front-matter units, want %d", project, rel, c.frontMatter, ty["front_matter"])
				}
				if c.other != 0 {
					t.Errorf("%s %s: %d units of other kinds", project, rel, c.other)
				}
				if project == "tldr-pages" {
					if c.items != ty["bullet"] || c.prose+c.codeParas != ty["text"] {
						t.Errorf("%s %s: %d items, %d+%d paragraphs, want %d, %d", project, rel, c.items, c.prose, c.codeParas, ty["bullet"], ty["text"])
					}
					continue
				}
				t.Logf("%s %s: %d items, %d prose", project, rel, c.items, c.prose)
				if want, ok := mdx[rel]; ok && (c.items != want[0] || c.prose != want[1]) {
					t.Errorf("%s %s: %d items, %d prose, want %v", project, rel, c.items, c.prose, want)
				}
			}
		}
	}
}

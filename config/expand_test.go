package config

import (
	"errors"
	"fmt"
	"github.com/glosa-dev/glosa/diag"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	for _, c := range []struct {
		glob, name string
		want       bool
	}{
		{"*.md", "a.md", true},
		{"*.md", "docs/a.md", false},
		{"docs/*.md", "docs/a.md", true},
		{"docs/**/*.md", "docs/a.md", true},
		{"docs/**/*.md", "docs/es/guide/a.md", true},
		{"docs/**/*.md", "docs/es/guide/a.txt", false},
		{"docs/**/*.md", "other/docs/a.md", false},
		{"**/*.md", "a.md", true},
		{"**/*.md", "x/y/z/a.md", true},
		{"**", "x/y", true},
		{"vendor/**", "vendor", true},
		{"vendor/**", "vendor/a/b.txt", true},
		{"vendor/**", "vendors/a", false},
		{"a/**/**/b", "a/b", true},
		{"a/**/b/**/c", "a/x/b/y/z/c", true},
		{"a/**/b/**/c", "a/x/c", false},
		{"testdata/*.[ei][sn].txt", "testdata/x.es.txt", true},
		{"testdata/*.[ei][sn].txt", "testdata/x.ru.txt", false},
		{"x?.txt", "x1.txt", true},
		{"x?.txt", "x/.txt", false},
		{"*", ".hidden", true},
		{"**x", "ax", true}, // not a whole segment: two stars of path.Match
		{"**x", "a/x", false},
	} {
		if got := match(c.glob, c.name); got != c.want {
			t.Errorf("match(%q, %q) = %v", c.glob, c.name, got)
		}
	}
}

func TestIgnored(t *testing.T) {
	c := &Config{Dir: "proj", Ignore: []string{"vendor/**", "build", "testdata/broken/*.txt"}}
	for p, want := range map[string]bool{
		"proj/vendor/x/y.es.txt":        true,
		"proj/build/out/a.md":           true, // a directory ignores what is in it
		"proj/buildings/a.md":           false,
		"proj/testdata/broken/a.txt":    true,
		"proj/testdata/broken/sub/a.md": false,
		"proj/testdata/a.txt":           false,
		"vendor/x.txt":                  false, // outside Dir
		"proj/../vendor/x.txt":          false,
	} {
		if got := c.Ignored(p); got != want {
			t.Errorf("Ignored(%q) = %v", p, got)
		}
	}
	abs, _ := filepath.Abs("proj/vendor/a.txt")
	if !c.Ignored(abs) {
		t.Errorf("Ignored(%q): an absolute path is made relative to Dir", abs)
	}
}

func TestTranslationPath(t *testing.T) {
	for _, c := range []struct {
		src, from, to, want string
	}{
		{"x.es.txt", "es", "en", "x.en.txt"},
		{"testdata/destalinizacion.es.txt", "es", "ru", "testdata/destalinizacion.ru.txt"},
		{"docs/es/guide/x.md", "es", "en", "docs/en/guide/x.md"},
		{"es/x.md", "es", "ru", "ru/x.md"},
		{"po/app_es.po", "es", "ru", "po/app_ru.po"},
		{"locales/es.toml", "es", "en", "locales/en.toml"},
		{"data/bible/GEN.001.es", "es", "en", "data/bible/GEN.001.en"},
		{"i18n/es/messages.es.po", "es", "en", "i18n/en/messages.en.po"}, // every marker
		{"x.ES.txt", "es", "en", "x.EN.txt"},
		{"x.spa.txt", "es", "en", "x.en.txt"},
		{"locale/pt_BR/x.po", "pt-BR", "es", "locale/es/x.po"},
		{"locale/es/x.po", "es", "pt-BR", "locale/pt-BR/x.po"},
		{"locale/es_ES/x.po", "es-ES", "en-GB", "locale/en_GB/x.po"},
		{"x.es-419.md", "es-419", "en", "x.en.md"},
		{"en.x.md", "en", "es", ""}, // the first part of a longer name is the name
		{"x.es.txt", "ru", "en", ""},
		{"notes.txt", "es", "en", ""},
		{"x.es.txt", "es", "es", ""},
		{"x.es.txt", "es", "not a tag", ""},
		{"x..es..txt", "es", "en", "x..en..txt"},
	} {
		got, ok := TranslationPath(filepath.FromSlash(c.src), c.from, c.to)
		if filepath.ToSlash(got) != c.want || ok != (c.want != "") {
			t.Errorf("TranslationPath(%q, %s, %s) = %q, %v; want %q", c.src, c.from, c.to, got, ok, c.want)
		}
	}
}

// tree writes files (contents: their name) under a new temporary directory.
func tree(t *testing.T, files ...string) string {
	root := t.TempDir()
	for _, f := range files {
		writeFile(t, filepath.Join(root, filepath.FromSlash(f)), f)
	}
	return root
}

const expandConfig = `ignore = ["vendor/**", "testdata/broken/*.txt"]

[[check]]
files = ["docs/**/*.md", "testdata/*.txt"]
lang = "es"
translations = ["en", "ru"]

[[check]]
files = ["**/*.po", "testdata/*.es.txt", "**/*.es.txt"]
translations = "ru"

[[check]]
files = "notes.txt"
`

func TestExpand(t *testing.T) {
	root := tree(t,
		"docs/es/a.md", "docs/en/a.md", // ru missing
		"docs/es/guide/b.md", "docs/ru/guide/b.md", // en missing
		"testdata/x.es.txt", "testdata/x.en.txt", "testdata/x.ru.txt",
		"testdata/broken/y.es.txt", // ignored
		"vendor/lib/z.es.txt",      // ignored
		".git/objects/h.es.txt",    // hidden
		"po/app_es.po", "po/app_ru.po",
		"po/other_ru.po", // a translation of a missing source: checked as a source of its own
		"notes.txt",
		"README.md",
	)
	cfg, err := Parse(filepath.Join(root, FileName), []byte(expandConfig), ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := cfg.Expand()
	if err != nil {
		t.Fatal(err)
	}
	got := describe(root, jobs)
	want := strings.Join([]string{
		"docs/es/a.md es [docs/en/a.md:en] missing [docs/ru/a.md:ru]",
		"docs/es/guide/b.md es [docs/ru/guide/b.md:ru] missing [docs/en/guide/b.md:en]",
		"notes.txt  [] missing []",
		"po/app_es.po es [po/app_ru.po:ru] missing []",
		"po/other_ru.po ru [] missing []",
		"testdata/x.es.txt es [testdata/x.en.txt:en testdata/x.ru.txt:ru] missing []",
	}, "\n")
	if got != want {
		t.Errorf("jobs:\n%s\nwant:\n%s", got, want)
	}
	// The same again: the order does not depend on the walk.
	again, _ := cfg.Expand()
	if !reflect.DeepEqual(jobs, again) {
		t.Error("Expand is not deterministic")
	}
}

// A relative Dir gives relative paths, as the command line prints them.
func TestExpandRelative(t *testing.T) {
	root := tree(t, "sub/x.es.txt", "sub/x.ru.txt")
	t.Chdir(root)
	cfg, err := Parse(filepath.Join("sub", FileName), []byte("[[check]]\nfiles = \"*.es.txt\"\ntranslations = [\"ru\"]\n"), ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := cfg.Expand()
	if err != nil {
		t.Fatal(err)
	}
	want := []Job{{Source: filepath.Join("sub", "x.es.txt"), Lang: "es",
		Translations: []Translation{{Path: filepath.Join("sub", "x.ru.txt"), Lang: "ru"}}}}
	if !reflect.DeepEqual(jobs, want) {
		t.Errorf("got %+v\nwant %+v", jobs, want)
	}
}

// Sources whose translations cannot be named are errors at their check.
func TestExpandErrors(t *testing.T) {
	root := tree(t, "notes.txt", "docs/intro.md", "docs/x.es.md")
	src := "[[check]]\nfiles = \"notes.txt\"\ntranslations = \"en\"\n\n[[check]]\nfiles = \"docs/*.md\"\nlang = \"es\"\ntranslations = \"ru\"\n"
	cfg, err := Parse(filepath.Join(root, FileName), []byte(src), ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := cfg.Expand()
	var list diag.List
	if !errors.As(err, &list) {
		t.Fatalf("error %v", err)
	}
	got := strings.ReplaceAll(err.Error(), root+string(filepath.Separator), "")
	want := strings.Join([]string{
		`.glosa.toml:1:1: error: cannot name the translations of notes.txt: its path does not say its language (x.es.txt, es/x.md, x_es.po) and this [[check]] has no lang`,
		`.glosa.toml:5:1: error: cannot name the translations of docs/intro.md: its path has no es marker to replace (x.es.txt, es/x.md, x_es.po)`,
	}, "\n")
	if got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
	if d := describe(root, jobs); d != "docs/x.es.md es [] missing [docs/x.ru.md:ru]" {
		t.Errorf("jobs found despite the errors: %s", d)
	}
}

func TestExpandMissingDir(t *testing.T) {
	cfg := &Config{File: "nowhere/.glosa.toml", Dir: "nowhere", Checks: []Check{{Files: []string{"*"}}}}
	jobs, err := cfg.Expand()
	if len(jobs) != 0 || err == nil || err.Error() != "nowhere: error: cannot read the directory: no such file or directory" {
		t.Errorf("%v %v", jobs, err)
	}
}

// describe prints jobs one a line, paths relative to root and slashed.
func describe(root string, jobs []Job) string {
	rel := func(p string) string {
		r, _ := filepath.Rel(root, p)
		return filepath.ToSlash(r)
	}
	ts := func(list []Translation) string {
		var s []string
		for _, t := range list {
			s = append(s, rel(t.Path)+":"+t.Lang)
		}
		return "[" + strings.Join(s, " ") + "]"
	}
	var lines []string
	for _, j := range jobs {
		lines = append(lines, fmt.Sprintf("%s %s %s missing %s", rel(j.Source), j.Lang, ts(j.Translations), ts(j.Missing)))
	}
	return strings.Join(lines, "\n")
}

// A [[check]] glob that matches nothing is an error at its check, not a
// green run.
func TestExpandGlobNoMatch(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "docs", "a.es.txt"), "x")
	cfg, err := Parse(filepath.Join(dir, ".glosa.toml"), []byte("[[check]]\nfiles = [\"docs/*.txt\", \"po/*.po\"]\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := cfg.Expand()
	if len(jobs) != 1 || err == nil || !strings.HasSuffix(err.Error(), `.glosa.toml:1:1: error: files glob "po/*.po" matches no file`) {
		t.Errorf("%v %v", jobs, err)
	}
}

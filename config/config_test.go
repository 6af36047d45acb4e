package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/locales"
)

// ruleIDs are the ids of check.AllRules (config does not import check).
var ruleIDs = []string{
	"term-missing", "term-forbidden", "term-deprecated", "term-inconsistent", "term-untranslated",
	"segment-untranslated", "segment-inconsistent", "number-mismatch", "punctuation", "alignment-suspect",
}

const full = `# .glosa.toml
glossary = ["glossary.toml", "terms/software.toml", "/srv/glossaries/shared.toml"]
fail-on = "warning"
ignore = ["vendor/**", "./testdata/broken/*.txt", "build/"]
ignore-terms = ["Stalin", "gulag", "thaw"]
ignore-segments = ["""Copyright (C) 2024  Free Software
 Foundation, Inc."""]

[rules]
punctuation = "off"
term-inconsistent = "error"

[[check]]
files = ["docs/es/**/*.md", "testdata/*.es.txt"]
lang = "es"
translations = ["en", "ru"]

  [[check]]
  files = "po/*_es.po"
  translations = "RU"

[[check]]
files = "notes/*.txt"
lang = "es-419"
`

func TestParseGood(t *testing.T) {
	cfg, err := Parse("proj/.glosa.toml", []byte(full), ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		File:           "proj/.glosa.toml",
		Dir:            "proj",
		Glossaries:     []string{"proj/glossary.toml", "proj/terms/software.toml", "/srv/glossaries/shared.toml"},
		FailOn:         "warning",
		Ignore:         []string{"vendor/**", "testdata/broken/*.txt", "build"},
		IgnoreTerms:    []string{"Stalin", "gulag", "thaw"},
		IgnoreSegments: []string{"Copyright (C) 2024 Free Software Foundation, Inc."},
		Rules:          map[string]string{"punctuation": "off", "term-inconsistent": "error"},
		Checks: []Check{
			{Files: []string{"docs/es/**/*.md", "testdata/*.es.txt"}, Lang: "es", Translations: []string{"en", "ru"}, Line: 13, Col: 1},
			{Files: []string{"po/*_es.po"}, Translations: []string{"ru"}, Line: 18, Col: 3},
			{Files: []string{"notes/*.txt"}, Lang: "es-419", Line: 22, Col: 1},
		},
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("got  %+v\nwant %+v", cfg, want)
	}
}

// Small but valid files decode to the zero values they leave out.
func TestParseMinimal(t *testing.T) {
	for src, want := range map[string]*Config{
		"":                             {File: ".glosa.toml", Dir: "."},
		"# nothing\n":                  {File: ".glosa.toml", Dir: "."},
		"glossary = \"g.toml\"\n":      {File: ".glosa.toml", Dir: ".", Glossaries: []string{"g.toml"}},
		"[rules]\n":                    {File: ".glosa.toml", Dir: ".", Rules: map[string]string{}},
		"rules.punctuation = \"info\"": {File: ".glosa.toml", Dir: ".", Rules: map[string]string{"punctuation": "info"}},
		"check = [{ files = \"*.md\", lang = \"en\" }]": {File: ".glosa.toml", Dir: ".",
			Checks: []Check{{Files: []string{"*.md"}, Lang: "en", Line: 1, Col: 10}}},
		"ignore = []\nignore-terms = []\n": {File: ".glosa.toml", Dir: ".", Ignore: nil, IgnoreTerms: nil},
	} {
		cfg, err := Parse(".glosa.toml", []byte(src), ruleIDs)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if !reflect.DeepEqual(cfg, want) {
			t.Errorf("%q:\n got %+v\nwant %+v", src, cfg, want)
		}
	}
}

// Broken configurations: each gives exactly these errors, in this order.
func TestParseErrors(t *testing.T) {
	cases := []struct {
		name, src string
		want      []string
	}{
		{"syntax", "fail-on = \"warning\nignore = []\n",
			[]string{`.glosa.toml:1:19: error: TOML syntax: strings cannot contain newlines`}},
		{"duplicate key", "fail-on = \"error\"\nfail-on = \"info\"\n",
			[]string{`.glosa.toml:2:1: error: TOML syntax: Key 'fail-on' has already been defined.`}},
		{"typo", "fial-on = \"error\"\n",
			[]string{`.glosa.toml:1:1: error: unknown key "fial-on" (did you mean "fail-on"?)`}},
		{"plural", "glossaries = \"g.toml\"\n",
			[]string{`.glosa.toml:1:1: error: unknown key "glossaries" (did you mean "glossary"?)`}},
		{"unknown key", "colour = true\n",
			[]string{`.glosa.toml:1:1: error: unknown key "colour"`}},
		{"unknown key in check", "[[check]]\nfiles = \"*.md\"\nfilse = \"*.txt\"\n",
			[]string{`.glosa.toml:3:1: error: unknown key "filse" (did you mean "files"?)`}},
		{"glossary type", "glossary = 3\n",
			[]string{`.glosa.toml:1:1: error: glossary must be a string or an array of strings`}},
		{"glossary element", "glossary = [\"a.toml\", 2]\n",
			[]string{`.glosa.toml:1:23: error: glossary must be a string or an array of strings`}},
		{"glossary empty", "glossary = []\n",
			[]string{`.glosa.toml:1:1: error: glossary is empty`}},
		{"glossary empty string", "glossary = \"\"\n",
			[]string{`.glosa.toml:1:12: error: empty string in glossary`}},
		{"fail-on value", "fail-on = \"warn\"\n",
			[]string{`.glosa.toml:1:11: error: fail-on must be "error", "warning", "info" or "never", not "warn"`}},
		{"fail-on type", "fail-on = 1\n",
			[]string{`.glosa.toml:1:1: error: fail-on must be a string`}},
		{"rules not a table", "rules = \"off\"\n",
			[]string{`.glosa.toml:1:1: error: rules must be a table, written [rules]`}},
		{"severity", "[rules]\npunctuation = \"disabled\"\n",
			[]string{`.glosa.toml:2:15: error: the severity of rule punctuation must be "off", "info", "warning" or "error", not "disabled"`}},
		{"severity type", "[rules]\npunctuation = false\n",
			[]string{`.glosa.toml:2:1: error: rules.punctuation must be a string`}},
		{"dotted severity", "rules.term-missing = \"warn\"\n",
			[]string{`.glosa.toml:1:22: error: the severity of rule term-missing must be "off", "info", "warning" or "error", not "warn"`}},
		{"rule typo", "[rules]\npunctuaton = \"off\"\n",
			[]string{`.glosa.toml:2:1: error: unknown rule "punctuaton" (did you mean "punctuation"?)`}},
		{"unknown rule", "[rules]\nspelling = \"off\"\n",
			[]string{`.glosa.toml:2:1: error: unknown rule "spelling"`}},
		{"check not an array", "[check]\nfiles = \"*.md\"\n",
			[]string{`.glosa.toml:1:1: error: check must be an array of tables, written [[check]]`}},
		{"bad lang", "[[check]]\nfiles = \"*.txt\"\nlang = \"english\"\n",
			[]string{`.glosa.toml:3:8: error: "english" is not a valid BCP 47 language tag`}},
		{"lang type", "[[check]]\nfiles = \"*.txt\"\nlang = [\"es\"]\n",
			[]string{`.glosa.toml:3:1: error: lang must be a string`}},
		{"bad translation", "[[check]]\nfiles = \"*.txt\"\ntranslations = [\"en\", \"русский\"]\n",
			[]string{`.glosa.toml:3:23: error: "русский" is not a valid BCP 47 language tag`}},
		{"bad glob", "[[check]]\nfiles = [\"docs/*.md\", \"docs/[a-.md\"]\n",
			[]string{`.glosa.toml:2:23: error: "docs/[a-.md" is not a valid glob (an unclosed [ or a \ at the end?)`}},
		{"glob outside", "ignore = [\"../shared/*\"]\n",
			[]string{`.glosa.toml:1:11: error: "../shared/*" must be a path relative to the configuration's directory, without ".."`}},
		{"absolute glob", "[[check]]\nfiles = \"/etc/*.conf\"\n",
			[]string{`.glosa.toml:2:9: error: "/etc/*.conf" must be a path relative to the configuration's directory, without ".."`}},
		{"empty files", "[[check]]\nfiles = []\nlang = \"es\"\n",
			[]string{`.glosa.toml:2:1: error: files is empty`}},
		{"no files", "glossary = \"g.toml\"\n\n[[check]]\nlang = \"es\"\n",
			[]string{`.glosa.toml:3:1: error: [[check]] has no files`}},
		{"translation is the source", "[[check]]\nfiles = \"*.txt\"\nlang = \"es\"\ntranslations = [\"en\", \"es\"]\n",
			[]string{`.glosa.toml:4:23: error: translation language es is the lang of the check itself`}},
		{"translation twice", "[[check]]\nfiles = \"*.txt\"\ntranslations = [\"en\", \"EN\"]\n",
			[]string{`.glosa.toml:3:23: error: translation language en is listed twice`}},
		{"empty ignore-term", "ignore-terms = [\"Stalin\", \"  \"]\n",
			[]string{`.glosa.toml:1:27: error: empty string in ignore-terms`}},
		{"inline check", "check = [{ files = [] }]\n",
			[]string{`.glosa.toml:1:1: error: files is empty`}},
		{"every problem, in order", "[[check]]\nfilse = \"*.md\"\nlang = \"xx-yy-zz-12345\"\n\n[rules]\npunctuation = \"of\"\n\n[[check]]\nfiles = \"a[\"\n",
			[]string{
				`.glosa.toml:1:1: error: [[check]] has no files`,
				`.glosa.toml:2:1: error: unknown key "filse" (did you mean "files"?)`,
				`.glosa.toml:3:8: error: "xx-yy-zz-12345" is not a valid BCP 47 language tag`,
				`.glosa.toml:6:15: error: the severity of rule punctuation must be "off", "info", "warning" or "error", not "of"`,
				`.glosa.toml:9:9: error: "a[" is not a valid glob (an unclosed [ or a \ at the end?)`,
			}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := Parse(".glosa.toml", []byte(c.src), ruleIDs)
			if cfg != nil {
				t.Errorf("config returned with errors: %+v", cfg)
			}
			var list diag.List
			if !errors.As(err, &list) {
				t.Fatalf("error %v is not a diag.List", err)
			}
			if got := err.Error(); got != strings.Join(c.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", got, strings.Join(c.want, "\n"))
			}
		})
	}
}

// Without known rules, any rule id is accepted.
func TestParseAnyRule(t *testing.T) {
	cfg, err := Parse("c.toml", []byte("[rules]\nspelling = \"warning\"\n"), nil)
	if err != nil || cfg.Rules["spelling"] != "warning" {
		t.Fatalf("%+v %v", cfg, err)
	}
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, FileName)
	writeFile(t, p, "glossary = \"g.toml\"\n")
	cfg, err := Load(p, ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Dir != dir || !reflect.DeepEqual(cfg.Glossaries, []string{filepath.Join(dir, "g.toml")}) {
		t.Errorf("%+v", cfg)
	}
	_, err = Load(filepath.Join(dir, "missing.toml"), ruleIDs)
	if want := filepath.Join(dir, "missing.toml") + ": error: cannot read the configuration: no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	sub := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if p, ok := Find(sub); ok && strings.HasPrefix(p, root) {
		t.Fatalf("found %s before writing it", p)
	}
	writeFile(t, filepath.Join(root, FileName), "")
	// A directory named like the file is not the file.
	if err := os.Mkdir(filepath.Join(root, "a", FileName), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ dir, want string }{
		{sub, filepath.Join(root, FileName)},
		{root, filepath.Join(root, FileName)},
		{filepath.Join(sub, "..", "b"), filepath.Join(root, FileName)},
	} {
		if got, ok := Find(c.dir); !ok || got != c.want {
			t.Errorf("Find(%s) = %s, %v; want %s", c.dir, got, ok, c.want)
		}
	}
	t.Chdir(sub)
	if got, ok := Find("."); !ok || got != filepath.Join("..", "..", FileName) {
		t.Errorf("Find(.) = %s, %v", got, ok)
	}
	writeFile(t, filepath.Join(sub, FileName), "")
	if got, ok := Find("."); !ok || got != FileName {
		t.Errorf("Find(.) = %s, %v; the nearest wins", got, ok)
	}
}

// Every message ID the package uses exists in every locale.
func TestMessages(t *testing.T) {
	id := regexp.MustCompile(`"(Config[A-Z][A-Za-z]*)"`)
	files, _ := filepath.Glob("*.go")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range id.FindAllStringSubmatch(string(src), -1) {
			n++
			for _, lang := range []string{"en", "es", "ru"} {
				if locales.New(lang).T(m[1], nil) == m[1] {
					t.Errorf("%s: %s uses message %s, which %s.toml lacks", f, f, m[1], lang)
				}
			}
		}
	}
	if n < 20 {
		t.Errorf("found only %d message IDs; is the pattern stale?", n)
	}
}

func writeFile(t *testing.T, name, s string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// FuzzParse: any input gives a config or a diag.List, never a panic, and
// every error has a position inside the input and a message in locales.
func FuzzParse(f *testing.F) {
	f.Add(full)
	f.Add("check = [{ files = [] }, 3]\nrules = { a = 1 }\n")
	f.Add("[[check]]\nfiles = [\"**/**/x\", \"a/../b\", '[']\ntranslations = 'es'\nlang = \"es\"\n")
	f.Add("rules.x.y = \"off\"\nglossary = [[1], {}]\n")
	f.Add("[check.files]\n[[rules]]\n")
	f.Fuzz(func(t *testing.T, src string) {
		cfg, err := Parse("f.toml", []byte(src), ruleIDs)
		if (cfg == nil) == (err == nil) {
			t.Fatalf("config %v with error %v", cfg, err)
		}
		if err == nil {
			for _, ch := range cfg.Checks {
				if len(ch.Files) == 0 || ch.Line < 1 {
					t.Fatalf("check without files or position: %+v", ch)
				}
			}
			return
		}
		var list diag.List
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %v is not a non-empty diag.List", err)
		}
		lines := strings.Count(src, "\n") + 1
		for _, e := range list {
			if e.Line < 1 || e.Col < 1 || e.Line > lines {
				t.Fatalf("error outside the input: %v", e)
			}
			if e.Message(locales.English()) == e.ID {
				t.Fatalf("message %s is not in locales", e.ID)
			}
		}
	})
}

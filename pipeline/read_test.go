package pipeline

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/langid"
)

func TestRead(t *testing.T) {
	for _, c := range []struct {
		name, text, lang string
		source           string // a catalog's source language
		wantLangs        string // the documents' languages
		catalog, noted   bool
	}{
		{"a.es.txt", "El deshielo empezó.", "", "", "es", false, false},
		{"es/a.md.txt", "El deshielo.", "", "", "es", false, false},
		{"a.txt", "Оттепель началась в 1953 году.", "", "", "ru", false, true},
		{"a.txt", "The Thaw began.", "es", "", "es", false, false}, // as told
		{"units.tsv", "msgid\tes\tru\nFile\tFichero\tФайл\n", "", "", "en es ru", true, false},
		{"units.tsv", "msgid\tes\nFile\tFichero\n", "", "fr", "fr es", true, false},
	} {
		noted := false
		f, err := Read(c.name, strings.NewReader(c.text), ReadOptions{Lang: c.lang, SourceLang: c.source, Detected: func(string, langid.Reason) { noted = true }})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		var langs []string
		for _, d := range f.Docs {
			langs = append(langs, d.Lang)
		}
		if got := strings.Join(langs, " "); got != c.wantLangs || (f.Units != nil) != c.catalog || noted != c.noted {
			t.Errorf("%s: languages %q, catalog %v, detection noted %v; want %q, %v, %v", c.name, got, f.Units != nil, noted, c.wantLangs, c.catalog, c.noted)
		}
		if IsCatalog(c.name, "") != c.catalog {
			t.Errorf("IsCatalog(%s) = %v", c.name, !c.catalog)
		}
	}
	if _, err := Read("a.txt", strings.NewReader("x"), ReadOptions{Format: "nope"}); err == nil {
		t.Error("an unknown input format was accepted")
	}
	// Asked for, a format wins over the name.
	f, err := Read("units.txt", strings.NewReader("msgid\tes\nFile\tFichero\n"), ReadOptions{Format: "tsv"})
	if err != nil || f.Units == nil {
		t.Errorf("units.txt read as tsv: %v, units %v", err, f)
	}
}

// An encoding the user gives wins over the one a file declares, and is
// applied once: a Windows-1251 PO file reads the same with --encoding and
// by its header.
func TestReadEncoding(t *testing.T) {
	b, err := os.ReadFile("../format/po/testdata/legacy.ru.po")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, enc := range []string{"", "windows-1251"} {
		f, err := Read("legacy.ru.po", bytes.NewReader(b), ReadOptions{Encoding: enc})
		if err != nil {
			t.Fatalf("encoding %q: %v", enc, err)
		}
		texts = append(texts, string(f.Docs[1].Text))
	}
	if texts[0] != texts[1] || !strings.Contains(texts[0], "Январь") {
		t.Errorf("by header %q, by --encoding %q", texts[0], texts[1])
	}
	// A wrong encoding given is the user's word: KOI8-R makes other letters.
	f, err := Read("legacy.ru.po", bytes.NewReader(b), ReadOptions{Encoding: "koi8-r"})
	if err != nil || strings.Contains(string(f.Docs[1].Text), "Январь") {
		t.Errorf("koi8-r: %v", err)
	}
}

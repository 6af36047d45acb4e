package check

import (
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/pipeline"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format/tsv"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

func homonymIndex(t *testing.T) *termmatch.Index {
	t.Helper()
	g, diags := glossary.Load("../testdata/homonyms.toml")
	if diags.Err() != nil {
		t.Fatal(diags)
	}
	return termmatch.NewIndex(g)
}

// inconsistentRows runs the rules on a TSV catalog and returns the file
// lines term-inconsistent reports, by concept.
func inconsistentRows(t *testing.T, ix *termmatch.Index, name string, data []byte) map[string][]int {
	t.Helper()
	f, err := tsv.ReadFile(name, strings.NewReader(string(data)), format.Options{SourceLang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]int{}
	for _, fd := range RunSet(pipeline.New(ix, f), DefaultOptions()) {
		if fd.Rule == TermInconsistent.ID {
			out[fd.Concept] = append(out[fd.Concept], fd.Line)
		}
	}
	return out
}

// A term two concepts share counts for the one the source names: "archivo"
// renders "archive" six times and "file" once, "fichero" renders "file"
// four times. The odd one out is the archivo for a file, not the ficheros.
func TestHomonymsResolvedBySource(t *testing.T) {
	rows := []string{"msgid\tes",
		"Create a new archive\tCrear un nuevo archivo",         // 2
		"Cannot open file %s\tNo se puede abrir el fichero %s", // 3
		"Extract the archive\tExtraer el archivo",              // 4
		"File not found\tFichero no encontrado",                // 5
		"List the archive\tListar el archivo",                  // 6
		"Remove the file\tEliminar el archivo",                 // 7: the minority
		"Archive is corrupt\tEl archivo está dañado",           // 8
		"Write to file\tEscribir en el fichero",                // 9
		"Archive name\tNombre del archivo",                     // 10
		"Read the file\tLeer el fichero",                       // 11
		"Compress the archive\tComprimir el archivo",           // 12
	}
	got := inconsistentRows(t, homonymIndex(t), "tar.tsv", []byte(strings.Join(rows, "\n")+"\n"))
	want := map[string][]int{"file": {7}}
	if len(got) != len(want) || !slices.Equal(got["file"], want["file"]) {
		t.Errorf("term-inconsistent at lines %v, want %v", got, want)
	}
}

// With no source to tell, a shared term counts for no concept: a Spanish
// document alone that writes "fichero" twice and "archivo" once is not
// inconsistent about files (the archivo may be an archive).
func TestHomonymWithoutSource(t *testing.T) {
	doc := &Document{File: "d.es.txt", Lang: "es", Text: []byte("Abra el fichero. Guarde el fichero. Extraiga el archivo.")}
	for _, f := range Run(doc, homonymIndex(t), []*Rule{TermInconsistent}) {
		t.Errorf("unexpected %s at %d:%d %q", f.Rule, f.Line, f.Col, f.Text)
	}
}

// On the catalogs of ../shared, each Spanish catalog's rendering of "file"
// is counted by hand (regular expressions on the msgid and the
// translation, units whose msgid says file and not archive); term-
// inconsistent must report exactly the units in the minority, and none
// whose msgid says archive.
func TestHomonymsOnCatalogs(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpora/l10n/po/aligned/*.tsv")
	if len(files) == 0 {
		t.Skip("../shared/corpora/l10n/po/aligned not present")
	}
	ix := homonymIndex(t)
	word := func(w string) *regexp.Regexp { return regexp.MustCompile(`(?i)\b` + w + `\b`) }
	fileRe, archiveRe, ficheroRe, archivoRe := word("files?"), word("archives?"), word("ficheros?"), word("archivos?")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		// The hand count: lines by rendering, for units about files.
		by := map[string][]int{}
		var archiveLines []int
		for n, line := range strings.Split(string(data), "\n") {
			cells := strings.Split(line, "\t")
			if n == 0 || len(cells) < 2 {
				continue
			}
			src, es := cells[0], cells[1]
			if archiveRe.MatchString(src) {
				archiveLines = append(archiveLines, n+1)
				continue
			}
			fi, ar := ficheroRe.MatchString(es), archivoRe.MatchString(es)
			if fileRe.MatchString(src) && fi != ar {
				r := "fichero"
				if ar {
					r = "archivo"
				}
				by[r] = append(by[r], n+1)
			}
		}
		var minority []int
		if len(by["fichero"]) > 0 && len(by["archivo"]) > 0 {
			minority = by["fichero"]
			if len(by["fichero"]) > len(by["archivo"]) {
				minority = by["archivo"]
			}
		}
		got := inconsistentRows(t, ix, filepath.Base(name), data)
		t.Logf("%s: file → fichero %d, archivo %d; archive units %d; term-inconsistent %v",
			filepath.Base(name), len(by["fichero"]), len(by["archivo"]), len(archiveLines), got)
		for _, l := range got["file"] {
			if slices.Contains(archiveLines, l) {
				t.Errorf("%s:%d: term-inconsistent on a unit whose msgid says archive", name, l)
			}
		}
		if !slices.Equal(got["file"], minority) {
			t.Errorf("%s: term-inconsistent for file at lines %v, want the minority %v", name, got["file"], minority)
		}
	}
}

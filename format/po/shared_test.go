package po

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/tsv"
)

// shared is the directory of the real catalogs: ../shared beside the
// repository (a worktree of /work/wt or /work/main), "" when absent.
var shared = func() string {
	for _, d := range []string{"../../../shared/corpora/l10n/po", "../../../../shared/corpora/l10n/po"} {
		if _, err := os.Stat(d); err == nil {
			return d
		}
	}
	return ""
}()

// counts returns a file's translated, fuzzy and untranslated entries, as
// msgfmt --statistics counts them: by the state of each entry's msgid unit.
func counts(f *format.File) (tr, fz, un int) {
	for _, u := range f.Docs[0].Units {
		if u.Plural == "other" {
			continue // the msgid_plural of an entry counted by its msgid
		}
		switch u.State {
		case format.Translated:
			tr++
		case format.NeedsReview:
			fz++
		case format.NeedsTranslation:
			un++
		}
	}
	return tr, fz, un
}

// The real catalogs of ../shared read without error, with msgfmt's counts
// (msgfmt --statistics, GNU gettext 0.21; none has fuzzy or untranslated
// entries).
func TestReadShared(t *testing.T) {
	want := map[string][3]int{
		"bash.es.po": {597, 0, 0}, "bash.ru.po": {550, 0, 0},
		"glib20.es.po": {1211, 0, 0}, "glib20.ru.po": {1211, 0, 0},
		"grep.es.po": {101, 0, 0}, "grep.ru.po": {115, 0, 0},
		"make.es.po": {429, 0, 0}, "make.ru.po": {429, 0, 0},
		"sed.es.po": {146, 0, 0}, "sed.ru.po": {137, 0, 0},
		"shadow.es.po": {487, 0, 0}, "shadow.ru.po": {573, 0, 0},
		"systemd.es.po": {169, 0, 0}, "systemd.ru.po": {193, 0, 0},
		"wget.es.po": {594, 0, 0}, "wget.ru.po": {594, 0, 0},
		"xdg-user-dirs.es.po": {28, 0, 0}, "xdg-user-dirs.ru.po": {28, 0, 0},
	}
	files, _ := filepath.Glob(shared + "/*.po")
	if shared == "" || len(files) == 0 {
		t.Skip("../shared not present")
	}
	if len(files) != len(want) {
		t.Errorf("%d files, %d counts", len(files), len(want))
	}
	for _, name := range files {
		f := readFile(t, name, format.Options{})
		base := filepath.Base(name)
		tr, fz, un := counts(f)
		if w := want[base]; [3]int{tr, fz, un} != w {
			t.Errorf("%s: %d translated, %d fuzzy, %d untranslated; msgfmt: %v", base, tr, fz, un, w)
		}
		if lang := strings.Split(base, ".")[1]; !strings.HasPrefix(f.Docs[1].Lang, lang) {
			t.Errorf("%s: language %q", base, f.Docs[1].Lang)
		}
		// Russian plurals take one, few and many.
		if strings.Contains(base, ".ru.") {
			for _, u := range f.Docs[1].Units {
				if u.Plural != "" && u.Plural != "one" && u.Plural != "few" && u.Plural != "many" {
					t.Errorf("%s: %q has plural %q", base, u.Key, u.Plural)
				}
			}
		}
	}
	// glib: the months' msgctxt keep "January" apart.
	f := readFile(t, shared+"/glib20.ru.po", format.Options{})
	seen := map[string]string{}
	for _, row := range f.Units {
		s := f.Docs[0].Units[row[0]]
		if s.Key == "January" && row[1] >= 0 {
			u := f.Docs[1].Units[row[1]]
			seen[s.Context] = string(f.Docs[1].Text[u.Start:u.End])
		}
	}
	if len(seen) < 2 {
		t.Errorf("January: %v", seen)
	}
}

func FuzzRead(f *testing.F) {
	for _, name := range []string{"testdata/app.es.po", "testdata/app.ru.po", "testdata/legacy.ru.po"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("msgid \"a\\n\\x41\\101\"\nmsgid_plural \"b\"\nmsgstr[0] \"\"\n"))
	f.Add([]byte("msgid \"\"\nmsgstr \"Plural-Forms: nplurals=3; plural=n%10==1 ? 0 : n/0;\\n\"\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		file, err := Read("f.po", bytes.NewReader(b), format.Options{})
		if err != nil {
			return
		}
		for _, row := range file.Units {
			for k, i := range row {
				if i < -1 || i >= len(file.Docs[k].Units) {
					t.Fatalf("row %v out of range", row)
				}
			}
		}
		for _, d := range file.Docs {
			for _, u := range d.Units {
				if u.Start > u.End || u.End > len(d.Text) {
					t.Fatalf("unit %d-%d of %d bytes", u.Start, u.End, len(d.Text))
				}
				if l, c := d.Map.Position(d.Text, u.Start); l < 1 || c < 1 {
					t.Fatalf("position %d:%d", l, c)
				}
			}
		}
	})
}

// generated writes a catalog of about size bytes as PO and as TSV.
func generated(size int) (po, tsvText []byte) {
	var p, t bytes.Buffer
	p.WriteString("msgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n\n")
	t.WriteString("msgid\tes\n")
	for i := 0; p.Len() < size; i++ {
		fmt.Fprintf(&p, "#: src/file%d.c:%d\n#, c-format\nmsgid \"Cannot open the file %%s number %d:\\n\"\n\"the disk is full\"\nmsgstr \"No se puede abrir el archivo %%s número %d:\\n\"\n\"el disco está lleno\"\n\n", i, i, i, i)
		fmt.Fprintf(&t, "Cannot open the file %%s number %d:\\nthe disk is full\tNo se puede abrir el archivo %%s número %d:\\nel disco está lleno\n", i, i)
	}
	return p.Bytes(), t.Bytes()
}

func BenchmarkRead(b *testing.B) {
	po, tsvText := generated(5 << 20)
	b.Run("po", func(b *testing.B) {
		b.SetBytes(int64(len(po)))
		for b.Loop() {
			if _, err := Read("g.es.po", bytes.NewReader(po), format.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("tsv", func(b *testing.B) {
		b.SetBytes(int64(len(tsvText)))
		for b.Loop() {
			if _, err := tsv.ReadFile("g.tsv", bytes.NewReader(tsvText), format.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReadShared reads every real catalog of the shared corpora, as
// glosa check reads them (skipped when they are absent).
func BenchmarkReadShared(b *testing.B) {
	if shared == "" {
		b.Skip("no shared corpora")
	}
	names, _ := filepath.Glob(filepath.Join(shared, "*.po"))
	var files [][]byte
	size := 0
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			b.Fatal(err)
		}
		files = append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, data := range files {
			if _, err := Read(filepath.Base(names[i]), bytes.NewReader(data), format.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

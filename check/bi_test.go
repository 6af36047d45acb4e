package check

import (
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/termmatch"
	"os"
	"strings"
	"testing"
)

func readDoc(t *testing.T, name, lang string) *Document {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return &Document{File: name, Lang: lang, Text: b}
}

// The sample's own translations draw nothing: no false alarm on correct,
// inflected renderings (сталинская политика for "Stalin's policy").
func TestPairClean(t *testing.T) {
	ix := sampleIndex(t)
	src := readDoc(t, "destalinizacion.es.txt", "es")
	for _, tg := range []struct{ f, l string }{{"destalinizacion.en.txt", "en"}, {"destalinizacion.ru.txt", "ru"}} {
		if got := RunPair(Pair{Source: src, Target: readDoc(t, tg.f, tg.l)}, ix, Rules(), BilingualRules()); len(got) != 0 {
			t.Errorf("%s: %d findings:\n%s", tg.f, len(got), render(got))
		}
	}
}

// Planted faults in a Russian translation: each is found at its place, with
// its rule and concept, and nothing else is.
func TestPairPlanted(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s.es.txt", Lang: "es", Text: []byte("El deshielo empezó en 1953. " +
		"Jruschov habló ante el XX Congreso del PCUS. Los presos volvieron del Gulag. La censura se relajó un poco. " +
		"Stalin murió en marzo.")}
	tgt := &Document{File: "t.ru.txt", Lang: "ru", Text: []byte("Оттепель началась в 1953 году. " +
		"Хрущёв выступил на съезде. Заключённые вернулись из лагерей. " +
		"Сталин умер в марте.")}
	got := render(RunPair(Pair{Source: src, Target: tgt}, ix, Rules(), BilingualRules()))
	// The censorship sentence is dropped: the aligner joins it to the
	// sentence before, so its concept is reported missing there.
	want := `1:32 term-missing twentieth-congress "Хрущёв выступил на съезде." XX съезд\n` +
		`1:32 term-missing cpsu "Хрущёв выступил на съезде." КПСС|Коммунистическая партия Советского Союза\n` +
		`1:59 term-missing gulag "Заключённые вернулись из лагерей." ГУЛАГ\n` +
		`1:59 term-missing censorship "Заключённые вернулись из лагерей." цензура\n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", strings.ReplaceAll(got, "\\n", "\n"), strings.ReplaceAll(want, "\\n", "\n"))
	}
}

func TestPairNumbers(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s.es.txt", Lang: "es", Text: []byte("El deshielo empezó en 1953. Costó 1.000,5 rublos.")}
	tgt := &Document{File: "t.en.txt", Lang: "en", Text: []byte("The Thaw began in 1954. It cost 1,000.5 roubles.")}
	got := render(RunPair(Pair{Source: src, Target: tgt}, ix, Rules(), BilingualRules()))
	want := `1:1 number-mismatch  "The Thaw began in 1954." \n` +
		`1:19 number-mismatch  "1954" \n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestPairUntranslated(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s.es.txt", Lang: "es", Text: []byte("El deshielo empezó en 1953. Stalin había muerto en marzo. La censura se relajó.")}
	tgt := &Document{File: "t.ru.txt", Lang: "ru", Text: []byte("Оттепель началась в 1953 году. Stalin había muerto en marzo. Цензура ослабла.")}
	got := render(RunPair(Pair{Source: src, Target: tgt}, ix, Rules(), BilingualRules()))
	// The untranslated segment also leaves its terms untranslated, and the
	// concept missing: each rule says so.
	want := `1:32 segment-untranslated  "Stalin había muerto en marzo." \n` +
		`1:32 term-missing stalin "Stalin había muerto en marzo." Сталин|Иосиф Сталин\n` +
		`1:32 term-untranslated stalin "Stalin" Сталин|Иосиф Сталин\n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestPairSegmentInconsistent(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s.en.txt", Lang: "en", Text: []byte("The file could not be opened.\n\nThe disk is full now.\n\nThe file could not be opened.\n\nThe network is down now.\n")}
	tgt := &Document{File: "t.es.txt", Lang: "es", Text: []byte("No se pudo abrir el fichero.\n\nEl disco está lleno ahora.\n\nNo se pudo abrir el archivo.\n\nEl disco está lleno ahora.\n")}
	got := render(RunPair(Pair{Source: src, Target: tgt}, ix, Rules(), BilingualRules()))
	want := `5:1 segment-inconsistent  "No se pudo abrir el archivo." \n` +
		`7:1 segment-inconsistent  "El disco está lleno ahora." \n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Program messages keep names and code as they are: not untranslated.
func TestPairUntranslatedCode(t *testing.T) {
	ix := sampleIndex(t)
	for _, c := range []struct{ src, tgt, lang, want string }{
		{"Jim Meyering", "Jim Meyering", "es", ""},
		{"GPGME op_verify: %s", "GPGME op_verify: %s", "ru", ""},
		{"wait_for_job: job %d is stopped", "wait_for_job: el trabajo %d está detenido y no se puede seguir", "es", ""},
		{"Copyright (C) %s Free Software Foundation, Inc.", "Copyright (C) %s Free Software Foundation, Inc.", "ru", ""},
		{"The file could not be opened", "The file could not be opened", "es", `1:1 segment-untranslated  "The file could not be opened" \n`},
	} {
		src := &Document{File: "s", Lang: "en", Text: []byte(c.src)}
		tgt := &Document{File: "t", Lang: c.lang, Text: []byte(c.tgt)}
		if got := render(RunPair(Pair{Source: src, Target: tgt}, ix, nil, []*Rule{SegmentUntranslated})); got != c.want {
			t.Errorf("%q: got %s, want %s", c.tgt, got, c.want)
		}
	}
}

// One message in two gettext contexts may have one translation; a
// negation lost is reported.
func TestPairSegmentInconsistentContext(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s", Lang: "en", Text: []byte("full month name with day|May\n\nfull month name|May\n\n#  File has been updated.\n\n#  File has not been updated.")}
	tgt := &Document{File: "t", Lang: "es", Text: []byte("mayo\n\nmayo\n\n#  El archivo ha sido actualizado.\n\n#  El archivo ha sido actualizado.")}
	units := [][]int{{0, 0}, {1, 1}, {2, 2}, {3, 3}}
	got := render(RunSet(unitSet(ix, []*Document{src, tgt}, units), Options{Rules: []*Rule{SegmentInconsistent}}))
	want := `7:1 segment-inconsistent  "#  El archivo ha sido actualizado." \n`
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// A translation cut short, or padded with what the source does not say,
// is far from the length its source predicts; the document's own ratio of
// lengths is the prediction.
func TestPairLengthSuspect(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "s", Lang: "en", Text: []byte("Report bugs to the address given in the manual, with the version.\n\n" +
		"Could not open the file because the disk was already full at the time of writing.\n\n" +
		"The network connection was closed by the remote server unexpectedly.")}
	tgt := &Document{File: "t", Lang: "es", Text: []byte("Informe de los errores a la dirección del manual, con la versión.\n\n" +
		"No se pudo abrir.\n\n" +
		"El servidor remoto cerró la conexión de red de forma inesperada.")}
	units := [][]int{{0, 0}, {1, 1}, {2, 2}}
	got := render(RunSet(unitSet(ix, []*Document{src, tgt}, units), Options{Rules: []*Rule{AlignmentSuspect}}))
	want := `3:1 alignment-suspect  "No se pudo abrir." \n`
	if got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestVerbUse(t *testing.T) {
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"Failed to download %s.", "download", true},
		{"cannot redirect output", "redirect", true},
		{"Failed to change to directory “%s”", "directory", false},
		{"This is one way to redirect an entire set", "redirect", true},
		{"The download failed.", "download", false},
	} {
		at := strings.Index(c.text, c.word)
		if got := verbUse("en", []byte(c.text), at); got != c.want {
			t.Errorf("verbUse(%q, %s) = %v", c.text, c.word, got)
		}
	}
}

// Program messages: a source term inside code, an English derivation the
// stemmer brings along, or an English term used as a verb need not be in
// the translation; a plain noun use must.
func TestPairTermMissingInMessages(t *testing.T) {
	g, diags := glossary.Load("../testdata/software.toml")
	if g == nil {
		t.Fatal(diags)
	}
	ix := termmatch.NewIndex(g)
	for _, c := range []struct{ src, tgt, want string }{
		{"Launch the application with optional files", "Запустить приложение с необязательными файлами", ""},
		{"--input-file=FILE      read URLs from FILE", "--input-file=ФАЙЛ      читать адреса из ФАЙЛА", ""},
		{"Failed to download %s.", "Ошибка скачивания %s.", ""},
		{"The download of %s failed.", "Скачивание %s не удалось.", `1:1 term-missing download "Скачивание %s не удалось." загрузка\n`},
		{"Invalid option %s", "Неверный ключ %s", `1:1 term-missing option "Неверный ключ %s" параметр\n`},
	} {
		src := &Document{File: "s", Lang: "en", Text: []byte(c.src)}
		tgt := &Document{File: "t", Lang: "ru", Text: []byte(c.tgt)}
		if got := render(RunPair(Pair{Source: src, Target: tgt}, ix, nil, []*Rule{TermMissing})); got != c.want {
			t.Errorf("%q → %q:\ngot  %s\nwant %s", c.src, c.tgt, got, c.want)
		}
	}
}

// split gives the sentences of a plain text, as a document without
// segments of its own has them.
func split(lang string, b []byte) []segment.Segment {
	return pipeline.NewDoc(&Document{Lang: lang, Text: b}, nil).Segments()
}

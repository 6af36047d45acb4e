package check

import (
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"

	"github.com/glosa-dev/glosa/segment"
)

// Suppressions, ignored terms and ignored segments take findings away, and
// nothing else.
func TestIgnore(t *testing.T) {
	ix := sampleIndex(t)
	text := "Это потепление длилось недолго..\n" +
		"<!-- glosa-ignore term-deprecated -->\n" +
		"Снова потепление..\n" +
		"Copyright  , 1956\n"
	run := func(ig Ignore) string {
		d := &Document{File: "d.ru.txt", Lang: "ru", Text: []byte(text), Suppress: format.TextSuppressions([]byte(text))}
		opts := DefaultOptions()
		opts.Ignore = ig
		return render(RunSet(docSet(ix, false, d), opts))
	}
	all := `1:5 term-deprecated thaw "потепление" оттепель|хрущёвская оттепель\n` +
		`1:31 punctuation  ".." .\n` +
		`3:17 punctuation  ".." .\n` +
		`4:10 punctuation  "  ," ,\n`
	if got := run(Ignore{}); got != all {
		t.Errorf("no ignore list: got\n%s\nwant\n%s", got, all)
	}
	if got, want := run(Ignore{Terms: []string{"ПОТЕПЛЕНИЕ"}}), strings.Replace(all, `1:5 term-deprecated thaw "потепление" оттепель|хрущёвская оттепель\n`, "", 1); got != want {
		t.Errorf("ignored term: got\n%s\nwant\n%s", got, want)
	}
	want := `1:31 punctuation  ".." .\n` + `3:17 punctuation  ".." .\n`
	if got := run(Ignore{Terms: []string{"thaw"}, Segments: []string{"Copyright ,   1956"}}); got != want {
		t.Errorf("ignored concept and segment: got\n%s\nwant\n%s", got, want)
	}
}

func TestConfigure(t *testing.T) {
	opts, err := Configure(map[string]string{"punctuation": "off", "term-missing": "warning", "term-deprecated": "error"})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range opts.Rules {
		if r.ID == "punctuation" {
			t.Error("punctuation is off but still listed")
		}
		if r.ID == "term-deprecated" && r.Severity != Error {
			t.Errorf("term-deprecated at %s", r.Severity)
		}
	}
	if TermDeprecated.Severity != Warning {
		t.Error("Configure changed the shared rule")
	}
	for _, r := range opts.Rules {
		if r.ID == "term-missing" && r.Severity != Warning {
			t.Errorf("term-missing at %s", r.Severity)
		}
	}
	for _, bad := range []map[string]string{{"term-missin": "error"}, {"punctuation": "fatal"}} {
		if _, err := Configure(bad); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

// Units paired by their reader are not aligned: each pair is checked as it
// is, and a finding's position comes from the document's Map (here, text
// built from two cells on lines 7 and 9 of a file).
func TestUnitSet(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "c.tsv", Lang: "es", Text: []byte("El deshielo empezó en 1953.\n\nJruschov habló ante el XX Congreso.")}
	tgt := &Document{File: "c.tsv", Lang: "ru", Text: []byte("Оттепель началась в 1954 году.\n\nХрущёв выступил на съезде.")}
	cut := func(d *Document, line0, col0 int) {
		k := strings.Index(string(d.Text), "\n\n")
		d.Units = []format.Unit{
			{Kind: format.Message, Start: 0, Body: 0, End: k},
			{Kind: format.Message, Start: k + 2, Body: k + 2, End: len(d.Text), Para: 1},
		}
		d.Map = segment.Map{{Off: 0, Line: line0, Col: col0}, {Off: k + 2, Line: line0 + 2, Col: col0}}
	}
	cut(src, 7, 1)
	cut(tgt, 7, 30)
	got := render(RunSet(unitSet(ix, []*Document{src, tgt}, [][]int{{0, 0}, {1, 1}}), DefaultOptions()))
	want := `7:30 number-mismatch  "Оттепель началась в 1954 году." \n` +
		`7:50 number-mismatch  "1954" \n` +
		`9:30 term-missing twentieth-congress "Хрущёв выступил на съезде." XX съезд\n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// An untranslated unit (-1) is neither paired nor reported.
	got = render(RunSet(unitSet(ix, []*Document{src, tgt}, [][]int{{0, -1}, {1, 1}}), DefaultOptions()))
	if strings.Contains(got, "7:") {
		t.Errorf("unpaired unit reported:\n%s", got)
	}
}

// Three languages at once: a concept both translations express and the
// source lacks is reported in the source.
func TestThreeWay(t *testing.T) {
	ix := sampleIndex(t)
	es := &Document{File: "s.es.txt", Lang: "es", Text: []byte("La apertura empezó en 1953. Jruschov habló en 1956.")}
	en := &Document{File: "t.en.txt", Lang: "en", Text: []byte("The Thaw began in 1953. Khrushchev spoke in 1956.")}
	ru := &Document{File: "t.ru.txt", Lang: "ru", Text: []byte("Оттепель началась в 1953 году. Хрущёв выступил в 1956 году.")}
	got := render(RunSet(docSet(ix, true, es, en, ru), DefaultOptions()))
	want := `1:1 term-missing thaw "La apertura empezó en 1953." deshielo|deshielo de Jruschov\n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	// Pairwise, nothing: the source has no term for the translations to miss.
	if got := render(RunSet(docSet(ix, false, es, ru), DefaultOptions())); got != "" {
		t.Errorf("pairwise: %s", got)
	}
}

// What config's ignore-terms and ignore-segments mean (these rows came with
// package config, which now leaves the matching to check).
func TestIgnoreMatching(t *testing.T) {
	r := Ignore{Terms: []string{"Stalin", "ГУЛАГ", "Khrushchev’s Thaw", "world-war-ii"}}.ready()
	for _, c := range []struct {
		text, concept string
		want          bool
	}{
		{"Stalin", "", true},
		{"STALIN", "stalin", true},
		{"Stalins", "", false}, // folded, not stemmed
		{"гулаг", "gulag", true},
		{"khrushchev's  thaw", "", true},
		{"Second World War", "world-war-ii", true},
		{"Thaw", "thaw", false},
		{"", "", false},
	} {
		if got := r.term(c.text, c.concept); got != c.want {
			t.Errorf("term(%q, %q) = %v", c.text, c.concept, got)
		}
	}
	if (Ignore{}).ready().term("x", "x") {
		t.Error("nothing ignored by an empty list")
	}
	s := Ignore{Segments: []string{"Copyright (C) 2024 Free Software Foundation, Inc."}}.ready()
	if !s.segment("Copyright (C) 2024 Free\nSoftware   Foundation, Inc.  ") {
		t.Error("white space should be collapsed")
	}
	if s.segment("Copyright (C) 2024 Free Software Foundation") {
		t.Error("a part of an ignored segment is not ignored")
	}
}

// In a catalog every language has the same file name: an ignored segment
// of a translation is found in that translation, not in the source.
func TestIgnoreSegmentInCatalog(t *testing.T) {
	ix := sampleIndex(t)
	src := &Document{File: "c.tsv", Lang: "es", Text: []byte("El deshielo empezó en 1953.\n\nJruschov habló ante el XX Congreso.")}
	tgt := &Document{File: "c.tsv", Lang: "ru", Text: []byte("Оттепель началась в 1954 году.\n\nХрущёв выступил на съезде.")}
	opts := DefaultOptions()
	opts.Ignore = Ignore{Segments: []string{"Хрущёв выступил на съезде."}}
	got := render(RunSet(unitSet(ix, []*Document{src, tgt}, [][]int{{0, 0}, {1, 1}}), opts))
	want := `1:1 number-mismatch  "Оттепель началась в 1954 году." \n` +
		`1:21 number-mismatch  "1954" \n`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

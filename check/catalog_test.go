package check

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/placeholder"
	"github.com/glosa-dev/glosa/pipeline"
)

// msg is a message of a hand-built catalog document.
type msg struct {
	key, ctx, plural, text string
	state                  format.State
}

// catDoc builds a document of messages, separated by "\n\n", with their
// printf, brace, double-brace and tag spans.
func catDoc(file, lang string, msgs ...msg) *Document {
	d := &Document{File: file, Lang: lang}
	var b strings.Builder
	for i, m := range msgs {
		if i > 0 {
			b.WriteString("\n\n")
		}
		start := b.Len()
		b.WriteString(m.text)
		d.Units = append(d.Units, format.Unit{Kind: format.Message, Start: start, Body: start, End: b.Len(), Para: i,
			Key: m.key, Context: m.ctx, Plural: m.plural, State: m.state,
			Spans: placeholder.Find(m.text, start, placeholder.Printf|placeholder.Ruby|placeholder.Brace|placeholder.DoubleBrace|placeholder.Tag)})
	}
	d.Text = []byte(b.String())
	return d
}

// rowsByKey pairs the units of docs by (Context, Key, Plural), as the
// pipeline pairs keyed files.
func rowsByKey(docs ...*Document) [][]int {
	type k struct{ c, key, p string }
	index := map[k]int{}
	var rows [][]int
	for d, doc := range docs {
		for i, u := range doc.Units {
			kk := k{u.Context, u.Key, u.Plural}
			r, ok := index[kk]
			if !ok {
				r = len(rows)
				index[kk] = r
				row := make([]int, len(docs))
				for j := range row {
					row[j] = -1
				}
				rows = append(rows, row)
			}
			rows[r][d] = i
		}
	}
	return rows
}

// findingsOf runs rules on a paired set and lists "rule line:col key message-data".
func findingsOf(t *testing.T, docs []*Document, rules ...*Rule) []string {
	t.Helper()
	set := unitSet(nil, docs, rowsByKey(docs...))
	var out []string
	for _, f := range RunSet(set, Options{Rules: rules}) {
		out = append(out, fmt.Sprintf("%s %s %d:%d %s %v", f.Rule, f.Lang, f.Line, f.Col, f.Key, f.Data))
	}
	return out
}

func TestPlaceholderMismatch(t *testing.T) {
	for _, c := range []struct {
		src, tgt string
		want     []string
	}{
		{"%s of %d files", "%s de %d archivos", nil},
		{"%s of %d files", "%d de %s archivos", []string{
			`placeholder-mismatch es 1:1 k map[Placeholder:%d Source:%s]`,
			`placeholder-mismatch es 1:7 k map[Placeholder:%s Source:%d]`}},
		{"%1$s liked %2$d", "%2$d le gustó a %1$s", nil},
		{"%1$s liked %2$d", "%2$s le gustó a %1$s", []string{`placeholder-mismatch es 1:1 k map[Placeholder:%2$s Source:%2$d]`}},
		{"%lld items", "%d elementos", []string{`placeholder-mismatch es 1:1 k map[Placeholder:%d Source:%lld]`}},
		{"%5.2f%%", "%.1f%%", nil}, // width and precision are not compared
		{"Hello {name} and {{ count }}", "{{count}} y {name}, hola", nil},
		{"Hello {name}", "Hola {nombre}", []string{
			`placeholder-mismatch es 1:1 k map[Placeholder:{name}]`,
			`placeholder-mismatch es 1:6 k map[Placeholder:{nombre}]`}},
		{"<b>Bold</b> %{total}", "<b>Negrita %{total}", []string{`placeholder-mismatch es 1:1 k map[Placeholder:</b>]`}},
		{"Line<br/>two", "Línea<br>dos", []string{
			`placeholder-mismatch es 1:1 k map[Placeholder:<br/>]`,
			`placeholder-mismatch es 1:6 k map[Placeholder:<br>]`}},
		{"no placeholders", "", nil}, // empty: untranslated's business
	} {
		src := catDoc("en.json", "en", msg{key: "k", text: c.src})
		tgt := catDoc("es.json", "es", msg{key: "k", text: c.tgt})
		if got := findingsOf(t, []*Document{src, tgt}, PlaceholderMismatch); !slices.Equal(got, c.want) {
			t.Errorf("%q → %q:\ngot  %q\nwant %q", c.src, c.tgt, got, c.want)
		}
	}
}

func TestKeys(t *testing.T) {
	src := catDoc("en.json", "en",
		msg{key: "a", text: "One"}, msg{key: "b", text: "Two"}, msg{key: "c", ctx: "menu", text: "Three"},
		msg{key: "n", plural: "one", text: "%d file"}, msg{key: "n", plural: "other", text: "%d files"})
	ru := catDoc("ru.json", "ru",
		msg{key: "a", text: "Один"}, msg{key: "c", text: "Три"}, msg{key: "n", plural: "one", text: "%d файл"},
		msg{key: "n", plural: "few", text: "%d файла"}, msg{key: "n", plural: "many", text: "%d файлов"},
		msg{key: "n", plural: "other", text: "%d файла"}, msg{key: "z", text: ""})
	got := findingsOf(t, []*Document{src, ru}, KeyMissing, KeyExtra, Untranslated)
	want := []string{
		// b and c of the context menu are missing before n, the next
		// message both have (line 5 of the Russian text); c without
		// context and z are extra; n's other categories are plural-forms'
		// business.
		`key-extra ru 3:1 c map[Key:c Lang:en]`,
		`key-missing ru 5:1 b map[Key:b Lang:ru]`,
		`key-missing ru 5:1 c map[Key:menu | c Lang:ru]`,
		`key-extra ru 13:1 z map[Key:z Lang:en]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}

	// A catalog holding both languages in one file: a message without a
	// translation, or with an empty one, is untranslated, not missing.
	po := catDoc("es.po", "en", msg{key: "Open", text: "Open"}, msg{key: "Close", text: "Close"}, msg{key: "Quit", text: "Quit"})
	es := catDoc("es.po", "es", msg{key: "Open", text: "Abrir"}, msg{key: "Quit", text: ""})
	got = findingsOf(t, []*Document{po, es}, KeyMissing, KeyExtra, Untranslated)
	want = []string{
		`untranslated es 3:1 Close map[Key:Close Lang:es]`,
		`untranslated es 3:1 Quit map[Key:Quit Lang:es]`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("one file: got\n%q\nwant\n%q", got, want)
	}
}

func TestPluralForms(t *testing.T) {
	plurals := func(lang string, cats ...string) *Document {
		var ms []msg
		for _, c := range cats {
			ms = append(ms, msg{key: "n", plural: c, text: c + " %d"})
		}
		return catDoc("x."+lang+".json", lang, ms...)
	}
	for _, c := range []struct {
		doc  *Document
		want []string
	}{
		{plurals("ru", "one", "few", "many", "other"), nil},
		{plurals("ru", "one", "few", "many"), nil}, // gettext: no "other" anywhere
		{plurals("ru", "one", "other"), []string{`plural-forms ru 1:1 n map[Categories:few, many Key:n Lang:ru]`}},
		{plurals("ru", "=1", "few", "many", "other"), []string{`plural-forms ru 1:1 n map[Categories:one Key:n Lang:ru]`}},
		{plurals("es", "=1", "other"), nil}, // =1 is Spanish one
		{plurals("es", "=0", "other"), []string{`plural-forms es 1:1 n map[Categories:one Key:n Lang:es]`}},
		{plurals("es", "one", "few", "other"), []string{`plural-forms es 3:1 n map[Category:few Key:n Lang:es]`}},
		{plurals("en", "one"), []string{`plural-forms en 1:1 n map[Categories:other Key:n Lang:en]`}},
	} {
		var got []string
		for _, f := range RunSet(docSet(nil, false, c.doc), Options{Rules: []*Rule{PluralForms}}) {
			got = append(got, fmt.Sprintf("%s %s %d:%d %s %v", f.Rule, f.Lang, f.Line, f.Col, f.Key, f.Data))
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s %s:\ngot  %q\nwant %q", c.doc.Lang, c.doc.Text, got, c.want)
		}
	}
}

func TestUnitState(t *testing.T) {
	src := catDoc("es.po", "en", msg{key: "a", text: "Open the file"}, msg{key: "b", text: "Close the file"})
	es := catDoc("es.po", "es", msg{key: "a", text: "Abre el fichero", state: format.NeedsReview},
		msg{key: "b", text: "Cierra el archivo", state: format.NeedsTranslation})
	got := findingsOf(t, []*Document{src, es}, UnitState)
	want := []string{`unit-state es 1:1 a map[Key:a]`, `unit-state es 3:1 b map[Key:b]`}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
}

// Units that need review (fuzzy) are left out of the term rules: their
// forbidden terms, and the terms their source has and they lack.
func TestFuzzyLeftOutOfTermRules(t *testing.T) {
	ix := sampleIndex(t)
	for _, state := range []format.State{format.Translated, format.NeedsReview} {
		src := catDoc("es.po", "en", msg{key: "a", text: "The Thaw began in 1956."}, msg{key: "b", text: "The Thaw ended."})
		es := catDoc("es.po", "es", msg{key: "a", text: "The Thaw empezó en 1956.", state: state},
			msg{key: "b", text: "Terminó la primavera.", state: state})
		var got []string
		for _, f := range RunSet(unitSet(ix, []*Document{src, es}, rowsByKey(src, es)), DefaultOptions()) {
			got = append(got, fmt.Sprintf("%s %d:%d", f.Rule, f.Line, f.Col))
		}
		want := []string{"term-forbidden 1:1", "term-missing 3:1"}
		if state == format.NeedsReview {
			want = []string{"unit-state 1:1", "unit-state 3:1"}
		}
		if !slices.Equal(got, want) {
			t.Errorf("state %d: got %q, want %q", state, got, want)
		}
	}
}

// Every finding in a keyed unit carries its key and context, whatever the
// rule: here a punctuation finding in a PO message with a msgctxt.
func TestFindingKey(t *testing.T) {
	src := catDoc("es.po", "en", msg{key: "a", text: "Open."}, msg{key: "May", ctx: "month", text: "May"})
	es := catDoc("es.po", "es", msg{key: "a", text: "Abrir."}, msg{key: "May", ctx: "month", text: "Mayo.."})
	fs := RunSet(unitSet(nil, []*Document{src, es}, rowsByKey(src, es)), Options{Rules: []*Rule{Punctuation}})
	if len(fs) != 1 || fs[0].Rule != "punctuation" || fs[0].Key != "May" || fs[0].Context != "month" || fs[0].Line != 3 || fs[0].Col != 5 {
		t.Errorf("got %+v", fs)
	}
}

// The forms of one plural message are no inconsistency: Russian few and
// many both stand for the English other, and Russian one and other may be
// one text for two English forms. Two messages of one text translated
// two ways are.
func TestSegmentInconsistentPlurals(t *testing.T) {
	en := catDoc("en.json", "en",
		msg{key: "n", plural: "one", text: "one file was found here"},
		msg{key: "n", plural: "other", text: "many files were found here"},
		msg{key: "a", text: "the file was not found"},
		msg{key: "b", text: "the file was not found"})
	ru := catDoc("ru.json", "ru",
		msg{key: "n", plural: "one", text: "здесь найден %d файл"},
		msg{key: "n", plural: "few", text: "здесь найдено %d файла"},
		msg{key: "n", plural: "many", text: "здесь найдено %d файлов"},
		msg{key: "n", plural: "other", text: "здесь найден %d файл"},
		msg{key: "a", text: "файл не найден"},
		msg{key: "b", text: "не удалось найти файл"})
	rows := pipeline.Join(&format.File{Docs: []*format.Document{en}}, &format.File{Docs: []*format.Document{ru}}).Units
	var got []string
	for _, f := range RunSet(unitSet(nil, []*Document{en, ru}, rows), Options{Rules: []*Rule{SegmentInconsistent}}) {
		got = append(got, fmt.Sprintf("%s %s %d:%d %s", f.Rule, f.Lang, f.Line, f.Col, f.Key))
	}
	if want := []string{"segment-inconsistent ru 11:1 b"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

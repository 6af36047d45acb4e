package text_test

import (
	"slices"
	"strings"
	"testing"
	"testing/iotest"
	"unicode"
	"unicode/utf8"

	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/segment"
)

// FuzzSplit: any text, in any language, gives segments that are in order,
// do not overlap, lie within the text on character boundaries, are the
// input's bytes without surrounding white space, have positions that agree
// with their offsets, and together hold every character of the input that
// is not white space, each exactly once. The Scanner gives the same.
func FuzzSplit(f *testing.F) {
	for _, s := range []struct{ lang, text string }{
		{"es", "Sr. Pérez, de EE. UU., llegó por miedo.. El «¿qué?» —dijo— no.\n\n# Título\n1. Uno\n2) dos"},
		{"en", "Mr. N. S. Khrushchev (U.S.S.R.) spoke at 5 p.m. The end... \"Why?\" he asked.\r\n- item"},
		{"ru", "Н. С. Хрущёв в 1956 г. т. е. на XX съезде… «Кто?!» — Никто. II. Глава\u2029Дальше"},
		{"ru", "\ufeff . . . ¿¡ \xff\xfe. А.\u00a0Б. [...] (…) 1.000,5. 3.14. ..\n \n\t"},
		{"fr", "M. Dupont. Oui."},
	} {
		f.Add(s.lang, s.text)
	}
	f.Fuzz(func(t *testing.T, lang, text string) {
		switch lang {
		case "es", "en", "ru", "fr":
		default:
			lang = "es"
		}
		segs := split(lang, []byte(text))
		checkSegments(t, text, segs)
		var got []segment.Segment
		sc := textfmt.NewScanner(lang, iotest.HalfReader(strings.NewReader(text)))
		for sc.Scan() {
			got = append(got, sc.Segment())
		}
		if !utf8.ValidString(text) || strings.IndexByte(text, 0) >= 0 {
			// Not text: the Scanner refuses it, at its place.
			if sc.Err() == nil {
				t.Fatalf("Scanner read %q without an error", text)
			}
			return
		}
		if sc.Err() != nil {
			t.Fatal(sc.Err())
		}
		if strings.HasPrefix(text, "\ufeff") {
			// The Scanner drops a BOM, so that it is never a column.
			if len(got) != len(segs) {
				t.Fatalf("after a BOM, Scanner gives %d segments, Split %d", len(got), len(segs))
			}
			for i := range got {
				if got[i].Text != segs[i].Text || got[i].Start != segs[i].Start || got[i].Line != segs[i].Line {
					t.Fatalf("after a BOM, Scanner gives %+v, Split %+v", got[i], segs[i])
				}
			}
			return
		}
		if !slices.Equal(got, segs) {
			t.Fatalf("Scanner gives\n%+v\nSplit gives\n%+v", got, segs)
		}
	})
}

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }

// checkSegments checks the invariants of FuzzSplit.
func checkSegments(t *testing.T, text string, segs []segment.Segment) {
	t.Helper()
	boundary := make([]bool, len(text)+1)
	for i := range text {
		boundary[i] = true // range over a string steps as utf8.DecodeRune does
	}
	boundary[len(text)] = true
	prevEnd, prevPara := 0, 0
	for k, s := range segs {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("segment %d at %d:%d out of order or out of bounds (previous ends at %d, text has %d bytes)", k, s.Start, s.End, prevEnd, len(text))
		}
		if !boundary[s.Start] || !boundary[s.End] {
			t.Fatalf("segment %d at %d:%d is not on character boundaries", k, s.Start, s.End)
		}
		if s.Text != text[s.Start:s.End] {
			t.Fatalf("segment %d: text %q, input has %q", k, s.Text, text[s.Start:s.End])
		}
		first, _ := utf8.DecodeRuneInString(s.Text)
		last, _ := utf8.DecodeLastRuneInString(s.Text)
		if isSpace(first) || isSpace(last) {
			t.Fatalf("segment %d: %q starts or ends with white space", k, s.Text)
		}
		for _, r := range text[prevEnd:s.Start] {
			if !isSpace(r) {
				t.Fatalf("%q before segment %d (at %d) is in no segment", r, k, s.Start)
			}
		}
		before := text[:s.Start]
		line := strings.Count(before, "\n") + 1
		col := utf8.RuneCountInString(before[strings.LastIndexByte(before, '\n')+1:]) + 1
		if s.Line != line || s.Col != col {
			t.Fatalf("segment %d at byte %d: line:col %d:%d, want %d:%d", k, s.Start, s.Line, s.Col, line, col)
		}
		if s.Para < prevPara || s.Para > prevPara+1 || k == 0 && s.Para != 0 {
			t.Fatalf("segment %d: paragraph %d after %d", k, s.Para, prevPara)
		}
		prevEnd, prevPara = s.End, s.Para
	}
	for _, r := range text[prevEnd:] {
		if !isSpace(r) {
			t.Fatalf("%q after the last segment is in no segment", r)
		}
	}
}

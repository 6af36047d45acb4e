package check

import (
	"github.com/glosa-dev/glosa/format"
	"testing"
	"unicode/utf8"
)

// FuzzCheck: any document, alone or against any source, gives findings
// inside the text with consistent positions, never a panic.
func FuzzCheck(f *testing.F) {
	ix := sampleIndexF(f)
	f.Add("El deshielo (1953.. The Thaw", "Оттепель 1953 .. Хрущёв", "es", "ru")
	f.Add("", "x", "en", "es")
	f.Add("1.000,5 [[ ))", "1,000.5 (", "es", "en")
	f.Fuzz(func(t *testing.T, src, tgt, sl, tl string) {
		for _, l := range []*string{&sl, &tl} {
			if *l != "es" && *l != "en" && *l != "ru" {
				*l = "es"
			}
		}
		check := func(fs []Finding, text string) {
			for _, fd := range fs {
				if fd.Start < 0 || fd.End > len(text) || fd.Start > fd.End || fd.Line < 1 || fd.Col < 1 || fd.EndLine < fd.Line {
					t.Fatalf("finding out of bounds: %+v (text %d bytes)", fd, len(text))
				}
				if !utf8.ValidString(fd.Text) && utf8.ValidString(text) {
					t.Fatalf("finding text is not valid UTF-8: %q", fd.Text)
				}
			}
		}
		check(Run(&Document{File: "a", Lang: tl, Text: []byte(tgt)}, ix, Rules()), tgt)
		check(RunPair(Pair{Source: &Document{File: "s", Lang: sl, Text: []byte(src)}, Target: &Document{File: "t", Lang: tl, Text: []byte(tgt)}}, ix, Rules(), BilingualRules()), tgt)
		// Three languages, comments that silence rules, the source linted.
		third := map[string]string{"es": "en", "en": "ru", "ru": "es"}[tl]
		docs := map[string]string{"s": src, "t": tgt, "u": src + tgt}
		set := docSet(ix, true, &Document{File: "s", Lang: sl, Text: []byte(src), Suppress: format.TextSuppressions([]byte(src))},
			&Document{File: "t", Lang: tl, Text: []byte(tgt), Suppress: format.TextSuppressions([]byte(tgt))}, &Document{File: "u", Lang: third, Text: []byte(src + tgt)})
		for _, fd := range RunSet(set, DefaultOptions()) {
			check([]Finding{fd}, docs[fd.File])
		}
	})
}

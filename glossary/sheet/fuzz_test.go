package sheet_test

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
)

func fuzzRead(f *testing.F, name string) {
	for _, s := range []string{
		"id,es,en,ru\nthaw,deshielo; deshielo de Jruschov,Thaw,оттепель\n",
		"\ufeffdomain\tid\ten\tes:deprecated\r\nx\ty\t\"a\r\nb\"\tc|d\r\n",
		"en,es\n\"the \"\"Thaw\"\"\",deshielo\n",
		"en,es\nthe \"Thaw\",x\n\"open\n",
		"id,en,en:forms,case,match\na,one,ones,maybe,stems,extra\n",
		"es\n\xff\n",
		"",
	} {
		f.Add([]byte(s))
	}
	format := format(f, name)
	f.Fuzz(func(t *testing.T, src []byte) {
		b := glossary.NewBuilder()
		format.Read(b, "f."+name, src)
		g, diags := b.Finish()
		text := bytes.TrimPrefix(src, []byte("\ufeff"))
		lines := strings.Split(string(text), "\n")
		for _, d := range diags {
			if d.Line < 1 || d.Line > len(lines) || d.Col < 1 || d.Col > utf8.RuneCountInString(lines[d.Line-1])+1 {
				t.Errorf("%v is outside the input (%d lines)", d, len(lines))
			}
		}
		if g == nil {
			return
		}
		// What was read can be written and read back to the same concepts,
		// unless a term holds a separator the writer refuses.
		var out bytes.Buffer
		if format.Write(&out, g) != nil {
			return
		}
		back := glossary.NewBuilder()
		format.Read(back, "back."+name, out.Bytes())
		if g2, diags := back.Finish(); g2 == nil || len(g2.Concepts) != len(g.Concepts) {
			t.Errorf("written and read back: %v\n%q", diags, out.String())
		}
	})
}

func FuzzReadCSV(f *testing.F) { fuzzRead(f, "csv") }
func FuzzReadTSV(f *testing.F) { fuzzRead(f, "tsv") }

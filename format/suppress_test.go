package format

import (
	"fmt"
	"strings"
	"testing"
)

func TestTextSuppressions(t *testing.T) {
	cases := []struct{ text, want string }{
		{"a <!-- glosa-ignore --> b\nc", "[{1 1 []}]"},
		{"<!-- glosa-ignore term-missing, punctuation -->\n\nnext\n", "[{3 3 [term-missing punctuation]}]"},
		{"x\n<!-- glosa-off punctuation -->\na\nb\n<!-- glosa-on -->\nc", "[{2 5 [punctuation]}]"},
		{"<!-- glosa-off -->\na\nb", "[{1 3 []}]"},
		{"<!-- just a comment --> <!-- glosa-ignored -->", "[]"},
		{"<!-- glosa-ignore", "[]"},
		{"<!--\nglosa-ignore\n-->\ntext", "[{4 4 []}]"},
	}
	for _, c := range cases {
		if got := fmt.Sprint(TextSuppressions([]byte(c.text))); got != c.want {
			t.Errorf("%q: got %s, want %s", c.text, got, c.want)
		}
	}
}

// FuzzTextSuppressions: any text gives well-formed line ranges.
func FuzzTextSuppressions(f *testing.F) {
	f.Add("a <!-- glosa-ignore --> b\nc")
	f.Add("<!-- glosa-off punctuation -->\n\n<!-- glosa-on -->")
	f.Add("<!--<!-- glosa-ignore-->-->")
	f.Fuzz(func(t *testing.T, text string) {
		last := strings.Count(text, "\n") + 2
		for _, s := range TextSuppressions([]byte(text)) {
			if s.Line < 1 || s.EndLine < s.Line || s.EndLine > last {
				t.Fatalf("%q: bad range %+v", text, s)
			}
		}
	})
}

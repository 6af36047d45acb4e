package locales

import (
	"testing"

	"github.com/nicksnyder/go-i18n/v2/i18n"
)

// A Printer reads only its language's file and English's: every message,
// in every plural form, renders as it does from the bundle of all three.
func TestPrinterReadsItsLanguage(t *testing.T) {
	all, err := Bundle()
	if err != nil {
		t.Fatal(err)
	}
	ids := readLocale(t, "en.toml")
	ids["NoSuchMessage"] = nil // falls back the same way
	for _, tag := range Supported {
		p := New(tag.String())
		want := &Printer{tag: tag, loc: i18n.NewLocalizer(all, tag.String())}
		for id := range ids {
			data := map[string]any{"Count": 3, "File": "a.po", "Key": "k", "Lang": "ru", "Text": "x"}
			if got, exp := p.T(id, data), want.T(id, data); got != exp {
				t.Errorf("%s: T(%s) = %q, want %q", tag, id, got, exp)
			}
			for _, n := range []int{0, 1, 2, 5, 21, 1.5e3} {
				if got, exp := p.N(id, n, data), want.N(id, n, data); got != exp {
					t.Errorf("%s: N(%s, %d) = %q, want %q", tag, id, n, got, exp)
				}
			}
		}
	}
}

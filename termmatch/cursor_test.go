package termmatch

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRuneCount(t *testing.T) {
	for _, s := range []string{"", "abc", "оттепель", "a\xffб\xd0", "\x80\x80", "€𝄞x", strings.Repeat("Хрущёв ", 20)} {
		if got, want := runeCount([]byte(s)), utf8.RuneCount([]byte(s)); got != want {
			t.Errorf("runeCount(%q) = %d, want %d", s, got, want)
		}
	}
}

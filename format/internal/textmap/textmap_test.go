package textmap

import (
	"fmt"
	"testing"
)

func TestBuilder(t *testing.T) {
	file := []byte("k = \"a\\nb\u00e9&amp;c\";\nx = \"\";")
	b := New(file)
	b.Origin(5)
	b.Rune('a', 5, true)
	b.Rune('\n', 6, false) // \n: two bytes in the file
	b.Rune('b', 8, true)
	b.Rune('é', 9, true)
	b.Rune('&', 11, false) // &amp;
	b.Rune('c', 16, true)
	b.Break("\n\n")
	b.Origin(25) // an empty value
	for _, c := range []struct {
		off  int
		want string
	}{{0, "1:6"}, {1, "1:7"}, {2, "1:9"}, {3, "1:10"}, {5, "1:11"}, {6, "1:16"}, {9, "2:6"}} {
		l, col := b.Map.Position(b.Text, c.off)
		if got := fmt.Sprintf("%d:%d", l, col); got != c.want {
			t.Errorf("byte %d of %q at %s, want %s", c.off, b.Text, got, c.want)
		}
	}
	if len(b.Map) != 4 {
		t.Errorf("%d origins %v, want 4 (the value, after \\n, after &amp;, the empty value)", len(b.Map), b.Map)
	}
}

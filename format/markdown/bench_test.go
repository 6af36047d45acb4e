package markdown

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/yuin/goldmark/text"

	"github.com/glosa-dev/glosa/format"
)

// page returns a generated Markdown file of about n bytes.
func page(n int) []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "## Section %d\n\nThe **thaw** of %d began with [a speech](https://example.com/%d) and `code` &amp; more.\nA second line of the same paragraph, with _emphasis_ and an entity&nbsp;here.\n\n", i, i, i)
		b.WriteString("- First item of the list\n- Second item, *with* emphasis\n  - A nested item\n\n> A quoted paragraph.\n\n| Term | Meaning |\n|---|---|\n| thaw | deshielo |\n\n```sh\ntar cf a.tar b\n```\n\n")
	}
	return b.Bytes()
}

func BenchmarkRead(b *testing.B) {
	src := page(4 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := Read("x.md", bytes.NewReader(src), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkGoldmark is the floor: goldmark's parse of the same file.
func BenchmarkGoldmark(b *testing.B) {
	src := page(4 << 20)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		parserFor(false).Parse(text.NewReader(src))
	}
}

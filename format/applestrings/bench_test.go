package applestrings

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/glosa-dev/glosa/format"
)

// BenchmarkRead reads a generated Localizable.strings of about 4 MB.
func BenchmarkRead(b *testing.B) {
	var src bytes.Buffer
	for i := 0; src.Len() < 4<<20; i++ {
		fmt.Fprintf(&src, "/* Shown on screen %d */\n\"Scene.Item%d.Title\" = \"Pulsa \\\"%%@\\\" para guardar %%lld archivos\\nahora\";\n", i, i)
	}
	data := src.Bytes()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("es.lproj/Localizable.strings", bytes.NewReader(data), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

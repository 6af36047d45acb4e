package android

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/glosa-dev/glosa/format"
)

// BenchmarkRead reads a generated strings.xml of about 4 MB.
func BenchmarkRead(b *testing.B) {
	var src bytes.Buffer
	src.WriteString("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<resources xmlns:xliff=\"urn:oasis:names:tc:xliff:document:1.2\">\n")
	for i := 0; src.Len() < 4<<20; i++ {
		fmt.Fprintf(&src, "    <!-- Note %d -->\n    <string name=\"s%d\">Pulsa \\\"%%1$s\\\" para abrir &amp; guardar <b>%d</b> archivos de l\\'usuario</string>\n", i, i, i)
		fmt.Fprintf(&src, "    <plurals name=\"p%d\">\n        <item quantity=\"one\"><xliff:g id=\"n\">%%d</xliff:g> día</item>\n        <item quantity=\"other\">%%d días</item>\n    </plurals>\n", i)
	}
	src.WriteString("</resources>\n")
	data := src.Bytes()
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for range b.N {
		if _, err := Read("res/values-es/strings.xml", bytes.NewReader(data), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

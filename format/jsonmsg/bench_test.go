package jsonmsg_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/jsonmsg"
)

// i18nextFile generates a nested i18next file of about n bytes.
func i18nextFile(n int) []byte {
	var b bytes.Buffer
	b.WriteString("{\n")
	for i := 0; b.Len() < n; i++ {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, "  \"section%d\": {\n    \"title\": \"Sección número %d de la aplicación\",\n    \"greet\": \"Hola, {{name}}: tienes \\\"mensajes\\\"\\nnuevos\",\n    \"files_one\": \"{{count}} archivo\",\n    \"files_other\": \"{{count}} archivos en $t(section%d.title)\"\n  }", i, i, i)
	}
	b.WriteString("\n}\n")
	return b.Bytes()
}

func BenchmarkRead(b *testing.B) {
	data := i18nextFile(4 << 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := jsonmsg.Read("es.json", bytes.NewReader(data), format.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkUnmarshal is the floor: encoding/json into map[string]any.
func BenchmarkUnmarshal(b *testing.B) {
	data := i18nextFile(4 << 20)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		var m map[string]any
		if err := json.Unmarshal(data, &m); err != nil {
			b.Fatal(err)
		}
	}
}

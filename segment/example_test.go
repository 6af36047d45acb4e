package segment_test

import (
	"fmt"

	"github.com/glosa-dev/glosa/segment"
)

func Example() {
	text := []byte("El Sr. Jruschov habló ante el XX Congreso del PCUS el 25 de febrero de 1956.\n" +
		"Nadie lo esperaba.. «¿Quién manda aquí?» —preguntó— y calló.")
	var at segment.Cursor
	for _, s := range segment.New("es").AppendBlock(nil, text, 0, 0, len(text), 0, &at) {
		fmt.Printf("%d:%d %s\n", s.Line, s.Col, s.Text)
	}
	// Output:
	// 1:1 El Sr. Jruschov habló ante el XX Congreso del PCUS el 25 de febrero de 1956.
	// 2:1 Nadie lo esperaba..
	// 2:21 «¿Quién manda aquí?» —preguntó— y calló.
}

package segment_test

import (
	"fmt"
	"strings"

	"github.com/glosa-dev/glosa/segment"
)

func Example() {
	text := "El Sr. Jruschov habló ante el XX Congreso del PCUS el 25 de febrero de 1956.\n" +
		"Nadie lo esperaba.. «¿Quién manda aquí?» —preguntó— y calló."
	for _, s := range segment.Split("es", []byte(text)) {
		fmt.Printf("%d:%d %s\n", s.Line, s.Col, s.Text)
	}
	// Output:
	// 1:1 El Sr. Jruschov habló ante el XX Congreso del PCUS el 25 de febrero de 1956.
	// 2:1 Nadie lo esperaba..
	// 2:21 «¿Quién manda aquí?» —preguntó— y calló.
}

func ExampleScanner() {
	r := strings.NewReader("# Оттепель\n\nН. С. Хрущёв выступил в 1956 г. на XX съезде. Все молчали.\n")
	sc := segment.NewScanner("ru", r)
	for sc.Scan() {
		s := sc.Segment()
		fmt.Printf("%d %d:%d %q\n", s.Para, s.Line, s.Col, s.Text)
	}
	if err := sc.Err(); err != nil {
		fmt.Println(err)
	}
	// Output:
	// 0 1:1 "# Оттепель"
	// 1 3:1 "Н. С. Хрущёв выступил в 1956 г. на XX съезде."
	// 1 3:47 "Все молчали."
}

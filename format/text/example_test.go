package text_test

import (
	"fmt"
	"strings"

	textfmt "github.com/glosa-dev/glosa/format/text"
)

func ExampleScanner() {
	r := strings.NewReader("# Оттепель\n\nН. С. Хрущёв выступил в 1956 г. на XX съезде. Все молчали.\n")
	sc := textfmt.NewScanner("ru", r)
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

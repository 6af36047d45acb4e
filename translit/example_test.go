package translit_test

import (
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/glosa-dev/glosa/translit"
)

func Example() {
	for _, name := range translit.Names() {
		t, err := translit.ByName(name)
		if err != nil {
			panic(err)
		}
		s, _, err := transform.String(t, "Никита Хрущёв, ЦК КПСС")
		if err != nil {
			panic(err)
		}
		fmt.Printf("%-12s %s\n", name, s)
	}
	// Output:
	// bgn-pcgn     Nikita Khrushchëv, TSK KPSS
	// es-practical Nikita Jruschov, TSK KPSS
	// gost-7.79-b  Nikita Xrushhyov, CZK KPSS
	// icao-9303    Nikita Khrushchev, TSK KPSS
}

func ExampleSpanishPractical() {
	t := translit.SpanishPractical()
	for _, name := range []string{"Хрущёв", "Горбачёв", "Жуков", "Брежнев", "Ельцин", "Георгий", "Достоевский", "ЧАЙКОВСКИЙ"} {
		s, _, _ := transform.String(t, name)
		fmt.Println(s)
	}
	// Output:
	// Jruschov
	// Gorbachov
	// Zhukov
	// Brezhnev
	// Yeltsin
	// Gueorgui
	// Dostoievski
	// CHAIKOVSKI
}

// A Transformer streams: here through a transform.Reader.
func ExampleICAO9303() {
	text := "Юрий Гагарин, 12 апреля 1961 года.\n"
	r := transform.NewReader(strings.NewReader(text), translit.ICAO9303())
	if _, err := io.Copy(os.Stdout, r); err != nil {
		panic(err)
	}
	// Output:
	// Iurii Gagarin, 12 aprelia 1961 goda.
}

func ExampleSkeleton() {
	for _, w := range []string{"Хрущёв", "Khrushchev", "Jruschov", "Chruschtschow", "Москва", "Moscow", "Moscú"} {
		fmt.Println(w, translit.Skeleton(w))
	}
	// Output:
	// Хрущёв HRHV
	// Khrushchev HRHV
	// Jruschov HRHV
	// Chruschtschow HRHV
	// Москва MSKV
	// Moscow MSKV
	// Moscú MSK
}

func ExampleSimilar() {
	fmt.Printf("%.2f\n", translit.Similar("Горбачёвым", "Gorbachev"))
	fmt.Printf("%.2f\n", translit.Similar("Москва", "Moscú"))
	fmt.Printf("%.2f\n", translit.Similar("Сталин", "Lenin"))
	// Output:
	// 0.83
	// 0.75
	// 0.25
}

// Decomposed text needs composing first: here й is и followed by U+0306.
func ExampleBGNPCGN() {
	t := transform.Chain(norm.NFC, translit.BGNPCGN())
	s, _, _ := transform.String(t, "Андреи\u0306 Громыко, Ельцин")
	fmt.Println(s)
	// Output:
	// Andrey Gromyko, Yelʼtsin
}

package translit_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/translit"
)

// TestSkeletonTable runs testdata/skeleton.txt.
func TestSkeletonTable(t *testing.T) {
	for _, r := range readTable(t, filepath.Join("testdata", "skeleton.txt"), " ", -2) {
		t.Run(r.Name, func(t *testing.T) {
			switch words := r.Cells[1:]; r.Cells[0] {
			case "!=":
				seen := map[string]string{}
				for _, w := range words {
					sk := translit.Skeleton(w)
					if other, ok := seen[sk]; ok {
						t.Errorf("%s and %s share the skeleton %q", other, w, sk)
					}
					seen[sk] = w
				}
			case "~":
				first := words[0]
				for _, w := range words[1:] {
					if a, b := translit.Skeleton(first), translit.Skeleton(w); a == b {
						t.Errorf("%s and %s share the skeleton %q: move them to a row of equals", first, w, a)
					}
					if s := translit.Similar(first, w); s < 0.75 {
						t.Errorf("Similar(%s, %s) = %.2f, want at least 0.75 (skeletons %q, %q)",
							first, w, s, translit.Skeleton(first), translit.Skeleton(w))
					}
				}
			default:
				first, want := r.Cells[0], translit.Skeleton(r.Cells[0])
				if want == "" {
					t.Fatalf("Skeleton(%s) is empty", first)
				}
				for _, w := range words {
					if got := translit.Skeleton(w); got != want {
						t.Errorf("Skeleton(%s) = %q, Skeleton(%s) = %q", w, got, first, want)
					}
					if s := translit.Similar(first, w); s != 1 {
						t.Errorf("Similar(%s, %s) = %v, want 1", first, w, s)
					}
				}
			}
		})
	}
}

func TestSkeleton(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"", ""},
		{"1956", "1956"},
		{"«Хрущёв»", "HRHV"},
		{"Хрущё\u0301ва", "HRHV"},
		{"Gorbachev's", "GRBHVS"},
		{"Ivan", "AVN"},
		{"Xerxes", "HRKSS"},
		{"Ελλάδα", "ελλάδα"},
		{"Ъь'ʼ-", ""},
	} {
		if got := translit.Skeleton(tc.word); got != tc.want {
			t.Errorf("Skeleton(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
}

func TestSimilar(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"Хрущёв", "Jruschov", 1},
		{"Москва", "Moscú", 0.75}, // MSKV, MSK
		{"Сталин", "Ленин", 0.25}, // STLN, LNN
		{"Путин", "Putina", 1},    // PTN
		{"Брежнев", "Brezhnevs", 1 - 1.0/6},
		{"", "", 0},
		{"Хрущёв", "—", 0},
		{"Ленин", "Lenin", 1},
	} {
		if got := translit.Similar(tc.a, tc.b); got != tc.want {
			t.Errorf("Similar(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
		if got, back := translit.Similar(tc.a, tc.b), translit.Similar(tc.b, tc.a); got != back {
			t.Errorf("Similar(%q, %q) = %v but Similar(%q, %q) = %v", tc.a, tc.b, got, tc.b, tc.a, back)
		}
	}
}

// TestSkeletonLong checks words longer than the stack buffers.
func TestSkeletonLong(t *testing.T) {
	const word = "Достопримечательности" // DSTPRMHTLNST
	long := strings.Repeat(word, 6)
	if got, want := translit.Skeleton(long), strings.Repeat(translit.Skeleton(word), 6); got != want {
		t.Fatalf("Skeleton of %s ×6 = %q, want %q", word, got, want)
	}
	if s := translit.Similar(long, long+"ь"); s != 1 {
		t.Errorf("Similar of a long word and itself = %v", s)
	}
	if s := translit.Similar(long, "Дост"); s <= 0 || s >= 0.2 {
		t.Errorf("Similar of a long word and a short one = %v", s)
	}
}

func TestSkeletonAllocs(t *testing.T) {
	buf := make([]byte, 0, 64)
	if n := testing.AllocsPerRun(100, func() { buf = translit.AppendSkeleton(buf[:0], "Chruschtschow") }); n != 0 {
		t.Errorf("AppendSkeleton allocates %v times", n)
	}
	if n := testing.AllocsPerRun(100, func() { translit.Similar("Хрущёвым", "Khrushchev's") }); n != 0 {
		t.Errorf("Similar allocates %v times", n)
	}
}

// names is a sample of the capitalised words the aligner compares.
var names = []string{
	"Хрущёв", "Khrushchev", "Jruschov", "Chruschtschow", "Горбачёвым", "Gorbachev's",
	"Жуков", "Zhukov", "Dzerzhinsky", "Дзержинского", "Moscú", "Москве", "Conference", "Политбюро",
}

func BenchmarkSkeleton(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range names {
			translit.Skeleton(w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/word")
}

func BenchmarkAppendSkeleton(b *testing.B) {
	buf := make([]byte, 0, 64)
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range names {
			buf = translit.AppendSkeleton(buf[:0], w)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/word")
}

func BenchmarkSimilar(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for i, w := range names {
			translit.Similar(w, names[(i+1)%len(names)])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(names)), "ns/pair")
}

package check

import "testing"

// latinOnly is letterScripts' cyr == 0 && other > 0, stopping early.
func TestLatinOnly(t *testing.T) {
	for _, s := range []string{"", "123 %s", "Open file", "Открыть файл", "Open файл", "файл open", "Ωmega", "ñu", "Ё", "x\xffy", "\xd0", "-- 1.5", "Tag"} {
		cyr, other := letterScripts(s)
		if got, want := latinOnly(s), cyr == 0 && other > 0; got != want {
			t.Errorf("latinOnly(%q) = %v, letterScripts gives %d Cyrillic, %d other", s, got, cyr, other)
		}
	}
}

func FuzzLatinOnly(f *testing.F) {
	f.Add("Open файл")
	f.Fuzz(func(t *testing.T, s string) {
		cyr, other := letterScripts(s)
		if got, want := latinOnly(s), cyr == 0 && other > 0; got != want {
			t.Errorf("latinOnly(%q) = %v, letterScripts gives %d Cyrillic, %d other", s, got, cyr, other)
		}
	})
}

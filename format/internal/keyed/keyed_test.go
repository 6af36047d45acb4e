package keyed

import "testing"

func TestLangFromPath(t *testing.T) {
	for path, want := range map[string]string{
		"active.es.toml": "es", "i18n/es.toml": "es", "i18n_es.yaml": "es", "theme_i18n_ru.yaml": "ru",
		"config/locales/ru.yml": "ru", "es-ES.yaml": "es-ES", "messages_pt_BR.yml": "pt-BR",
		"locales/ru/app.toml": "ru", "active.toml": "", "i18n/strings.yaml": "",
	} {
		if got := LangFromPath(path); got != want {
			t.Errorf("%s: %q, want %q", path, got, want)
		}
	}
}

// Walk fails, keeping the first origin, where the file does not spell the
// value; it places each character after an escape.
func TestWalk(t *testing.T) {
	src := []byte(`x = "a\tb"`)
	o, ok := Walk("a\tb", src, 5, 1, 6, Backslash)
	if !ok || len(o) != 3 || o[1] != (struct{ Off, Line, Col int }{1, 1, 7}) || o[2].Col != 9 {
		t.Errorf("%v %v", o, ok)
	}
	if o, ok := Walk("zzz", src, 5, 1, 6, Backslash); ok || len(o) != 1 || o[0].Col != 6 {
		t.Errorf("%v %v", o, ok)
	}
}

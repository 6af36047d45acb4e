package langid

import "testing"

func TestFromPath(t *testing.T) {
	known := map[string]bool{"es": true, "en": true, "ru": true}
	cases := map[string]string{
		"x.es.txt":                     "es",
		"docs/es/x.md":                 "es",
		"po/x_ru.po":                   "ru",
		"data/bible/GEN.001.en":        "en",
		"ru.po":                        "ru",
		"es-MX/messages.toml":          "es-MX",
		"active.en.toml":               "en",
		"testdata/destalinizacion.txt": "",
		"go.mod":                       "",
		"it/readme.md":                 "", // Italian is not a language of this glossary
		"notes.txt":                    "",
		"x.de.txt":                     "",
		"locales/pt_BR/x.po":           "",
	}
	for path, want := range cases {
		got, ok := FromPath(path, known)
		if got != want || ok != (want != "") {
			t.Errorf("FromPath(%q) = %q, %v; want %q", path, got, ok, want)
		}
	}
}

func TestDetect(t *testing.T) {
	cases := []struct {
		text string
		lang string
		how  Reason
	}{
		{"Оттепель — период в истории СССР.", "ru", ByScript},
		{"La destalinización fue el proceso iniciado por Nikita Jruschov.", "es", ByWords},
		{"De-Stalinization was the process started by Nikita Khrushchev in the USSR.", "en", ByWords},
		{"XX 1956", "en", ByDefault},
		{"", "en", ByDefault},
		{"КПСС and the CPSU: то же самое, что и Коммунистическая партия", "ru", ByScript},
	}
	for _, c := range cases {
		lang, how := Detect([]byte(c.text))
		if lang != c.lang || how != c.how {
			t.Errorf("Detect(%q) = %s, %d; want %s, %d", c.text, lang, how, c.lang, c.how)
		}
	}
}

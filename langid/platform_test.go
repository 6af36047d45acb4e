package langid

import "testing"

func TestMessageFile(t *testing.T) {
	for _, c := range []struct{ path, want string }{
		{"locales/es.json", "es"},
		{"locales/es-ES.json", "es-ES"},
		{"i18n/messages.ru.json", "ru"},
		{"lib/l10n/intl_es.arb", "es"},
		{"lib/l10n/app_pt_BR.arb", "pt-BR"},
		{"config/locales/active.es.toml", "es"},
		{"public/locales/ru/translation.json", "ru"},
		{`public\locales\ru\translation.json`, "ru"},
		{"src/app.json", ""},      // "app" is a language, but not a file's
		{"src/package.json", ""},  // nothing names one
		{"locales/ES/x.json", ""}, // a code in capitals is not taken
		{"zh_Hant_TW.json", "zh-Hant-TW"},
	} {
		if got, ok := MessageFile(c.path); got != c.want || ok != (c.want != "") {
			t.Errorf("MessageFile(%q) = %q, %v; want %q", c.path, got, ok, c.want)
		}
	}
}

func TestPlatformDirs(t *testing.T) {
	for _, c := range []struct {
		dir  string
		read func(string) (string, bool)
		want string
	}{
		{"values-es-rMX", Android, "es-MX"},
		{"values-b+es+419", Android, "es-419"},
		{"values-mcc310-mnc004-en-rUS", Android, "en-US"},
		{"values-ru-land", Android, "ru"},
		{"values", Android, ""},
		{"values-car", Android, ""},
		{"drawable-es", Android, ""},
		{"es.lproj", Apple, "es"},
		{"zh_Hant.lproj", Apple, "zh-Hant"},
		{"Base.lproj", Apple, ""},
		{"es", Apple, ""},
	} {
		if got, ok := c.read(c.dir); got != c.want || ok != (c.want != "") {
			t.Errorf("%s: %q, %v; want %q", c.dir, got, ok, c.want)
		}
	}
}

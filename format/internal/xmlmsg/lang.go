package xmlmsg

import (
	"path/filepath"
	"strings"

	"golang.org/x/text/language"
)

// Lang returns the BCP 47 form of a language attribute ("EN-us" is
// "en-US"); what does not parse is returned trimmed, as the file has it.
func Lang(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return s
	}
	return t.String()
}

// LangFromName finds a language in a file name's dotted parts, last first
// (messages.ru.xlf, validators.pt_BR.xlf): a part that is a language tag
// whose base language has a two-letter code.
func LangFromName(name string) string {
	parts := strings.Split(filepath.Base(filepath.ToSlash(name)), ".")
	for i := len(parts) - 2; i >= 1; i-- {
		p := parts[i]
		if len(p) < 2 || len(p) > 12 {
			continue
		}
		t, err := language.Parse(strings.ReplaceAll(p, "_", "-"))
		if err != nil {
			continue
		}
		if b, conf := t.Base(); conf == language.Exact && len(b.String()) == 2 && strings.EqualFold(p[:2], b.String()) {
			return t.String()
		}
	}
	return ""
}

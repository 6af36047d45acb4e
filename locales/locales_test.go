package locales

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// readLocale returns message ID -> plural form ("" for a plain string) -> text.
func readLocale(t *testing.T, name string) map[string]map[string]string {
	t.Helper()
	data, err := files.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := toml.Unmarshal(data, &raw); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	out := map[string]map[string]string{}
	for id, v := range raw {
		switch v := v.(type) {
		case string:
			out[id] = map[string]string{"": v}
		case map[string]any:
			out[id] = map[string]string{}
			for form, s := range v {
				out[id][form] = s.(string)
			}
		default:
			t.Fatalf("%s: %s: unexpected %T", name, id, v)
		}
	}
	return out
}

var placeholder = regexp.MustCompile(`\{\{[^}]*?\.([A-Z][A-Za-z]*)`)

func placeholders(forms map[string]string) string {
	set := map[string]bool{}
	for _, s := range forms {
		for _, m := range placeholder.FindAllStringSubmatch(s, -1) {
			set[m[1]] = true
		}
	}
	var out []string
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return strings.Join(out, ",")
}

// Every locale has every English message, with the same placeholders, and
// the plural forms its language needs (CLDR: es one/other, ru one/few/many/other).
func TestLocalesComplete(t *testing.T) {
	en := readLocale(t, "en.toml")
	needForms := map[string][]string{"en": {"one", "other"}, "es": {"one", "other"}, "ru": {"one", "few", "many", "other"}}
	for _, tag := range Supported {
		name := tag.String() + ".toml"
		loc := readLocale(t, name)
		for id, forms := range en {
			got, ok := loc[id]
			if !ok {
				t.Errorf("%s: message %s is missing", name, id)
				continue
			}
			if p, q := placeholders(forms), placeholders(got); p != q {
				t.Errorf("%s: message %s has placeholders {%s}, en.toml has {%s}", name, id, q, p)
			}
			_, plural := forms["other"]
			if plural {
				for _, f := range needForms[tag.String()] {
					if _, ok := got[f]; !ok {
						t.Errorf("%s: plural message %s lacks the %q form", name, id, f)
					}
				}
			}
		}
		for id := range loc {
			if _, ok := en[id]; !ok {
				t.Errorf("%s: message %s is not in en.toml", name, id)
			}
		}
	}
}

// Russian plurals follow CLDR: 1 термин, 2 термина, 5 терминов, 21 термин.
func TestRussianPlurals(t *testing.T) {
	p := New("ru")
	for n, want := range map[int]string{
		1:   "найден 1 термин",
		2:   "найдено 2 термина",
		5:   "найдено 5 терминов",
		11:  "найдено 11 терминов",
		21:  "найден 21 термин",
		22:  "найдено 22 термина",
		111: "найдено 111 терминов",
	} {
		if got := p.N("TermsFound", n, nil); got != want {
			t.Errorf("N(TermsFound, %d) = %q, want %q", n, got, want)
		}
	}
	es := New("es")
	if got := es.N("TermsFound", 2, nil); got != "se encontraron 2 términos" {
		t.Errorf("es: %q", got)
	}
}

func TestPick(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		flag string
		env  map[string]string
		want string
	}{
		{"", nil, "en"},
		{"ru", map[string]string{"LANG": "es_ES.UTF-8"}, "ru"},
		{"", map[string]string{"LANG": "es_ES.UTF-8"}, "es"},
		{"", map[string]string{"LC_ALL": "ru_RU.UTF-8", "LANG": "es_ES.UTF-8"}, "ru"},
		{"", map[string]string{"LC_MESSAGES": "es_MX", "LANG": "ru_RU"}, "es"},
		{"", map[string]string{"LANG": "C"}, "en"},
		{"", map[string]string{"LANG": "de_DE.UTF-8"}, "en"},
		{"es-419", nil, "es"},
		{"ru-RU", nil, "ru"},
	}
	for _, c := range cases {
		if got := Pick(c.flag, env(c.env)).Tag().String(); got != c.want {
			t.Errorf("Pick(%q, %v) = %s, want %s", c.flag, c.env, got, c.want)
		}
	}
}

// Every message ID the code uses exists in en.toml: string literals that
// look like message IDs in the module's Go files.
func TestCodeMessageIDsExist(t *testing.T) {
	en := readLocale(t, "en.toml")
	idLit := regexp.MustCompile(`"((?:Glossary|Sheet|Config|Check|Rule|TSV|Err|Usage|Lang|Status|Severity|Lookup|Scan|Validate|Stats|Terms|InFiles|Concepts|Errors|Warnings|Input|PO[A-Z][a-z]|XLIFF|TMX|TBX|JSON|ARB|XCStrings|Android|AppleStrings|GoI18n|Rails|Markdown|Baseline|Note|Version|Handout)[A-Za-z]*)"(\s*[:\]])?`)
	n := 0
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, m := range idLit.FindAllStringSubmatch(string(src), -1) {
			if m[2] != "" {
				continue // a template data key, not a message ID
			}
			n++
			if _, ok := en[m[1]]; !ok {
				t.Errorf("%s uses message %s, which en.toml lacks", path, m[1])
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 40 {
		t.Fatalf("found only %d message IDs in the code; is the pattern stale?", n)
	}
}

package android

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/glosa-dev/glosa/format"
)

const corpus = "/work/shared/corpora/l10n/formats/android"

// entry is a resource as the facts name it (string/NAME, plurals/NAME,
// array/NAME) and its text: the value, the "other" form, or the items
// joined.
type entry struct {
	text    string
	letters bool // letters outside the spans
}

func entries(d *format.Document) (map[string]entry, map[string]int) {
	out := map[string]entry{}
	count := map[string]int{}
	for _, u := range d.Units {
		text := string(d.Text[u.Start:u.End])
		letters := false
		at := u.Start
		for _, s := range append(u.Spans, format.Span{Start: u.End, End: u.End}) {
			if strings.IndexFunc(string(d.Text[at:s.Start]), unicode.IsLetter) >= 0 {
				letters = true
			}
			at = s.End
		}
		var key string
		switch name, _, arr := strings.Cut(u.Key, "["); {
		case arr:
			key = "array/" + name
			e := out[key]
			if _, ok := out[key]; !ok {
				count["array_units"]++
			}
			out[key] = entry{e.text + "\x00" + text, e.letters || letters}
			continue
		case u.Plural != "":
			key = "plurals/" + u.Key
			if _, ok := out[key]; !ok {
				count["plural_units"]++
				out[key] = entry{}
			}
			if u.Plural == "other" {
				out[key] = entry{text, letters}
			}
			continue
		default:
			key = "string/" + u.Key
			count["strings"]++
		}
		out[key] = entry{text, letters}
	}
	count["units"] = len(out)
	return out, count
}

func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("no corpus at", corpus)
	}
	for _, project := range []string{"qksms", "wikipedia-android"} {
		t.Run(project, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(corpus, project, "facts.json"))
			if err != nil {
				t.Fatal(err)
			}
			var facts struct {
				Group struct {
					Paths  map[string]string
					Counts map[string]map[string]int
					Es, Ru struct {
						Missing   []string `json:"missing_keys"`
						Extra     []string `json:"extra_keys"`
						Identical []string `json:"identical_values"`
					}
					ParserInfo map[string]struct {
						NonTrans []string `json:"translatable_false"`
					} `json:"parser_info"`
				} `json:"strings.xml"`
			}
			if err := json.Unmarshal(b, &facts); err != nil {
				t.Fatal(err)
			}
			g := facts.Group
			ent := map[string]map[string]entry{}
			for lang, path := range g.Paths {
				name := filepath.Join(corpus, project, path)
				src, err := os.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
				p := parse(name, src)
				if err := p.errs.Err(); err != nil {
					t.Fatal(err)
				}
				if p.skipped != len(g.ParserInfo[lang].NonTrans) {
					t.Errorf("%s: %d translatable=\"false\", want %d", lang, p.skipped, len(g.ParserInfo[lang].NonTrans))
				}
				d := readFile(t, name, format.Options{})
				if want := map[string]string{"en": "", "es": "es", "ru": "ru"}[lang]; d.Lang != want {
					t.Errorf("%s: Lang %q, want %q", lang, d.Lang, want)
				}
				var count map[string]int
				ent[lang], count = entries(d)
				for _, k := range []string{"units", "strings", "plural_units", "array_units"} {
					if count[k] != g.Counts[lang][k] {
						t.Errorf("%s: %s %d, want %d", lang, k, count[k], g.Counts[lang][k])
					}
				}
			}
			for lang, f := range map[string]struct {
				Missing   []string `json:"missing_keys"`
				Extra     []string `json:"extra_keys"`
				Identical []string `json:"identical_values"`
			}{"es": g.Es, "ru": g.Ru} {
				var missing, extra, identical []string
				for k, e := range ent["en"] {
					tr, ok := ent[lang][k]
					switch {
					case !ok:
						missing = append(missing, k)
					case tr.text == e.text && e.letters:
						identical = append(identical, k)
					}
				}
				for k := range ent[lang] {
					if _, ok := ent["en"][k]; !ok {
						extra = append(extra, k)
					}
				}
				for _, c := range []struct {
					what      string
					got, want []string
				}{{"missing", missing, f.Missing}, {"extra", extra, f.Extra}, {"identical", identical, f.Identical}} {
					slices.Sort(c.got)
					slices.Sort(c.want)
					if !slices.Equal(c.got, c.want) {
						t.Errorf("%s %s: %d keys %v, want %d %v", lang, c.what, len(c.got), diff(c.got, c.want), len(c.want), diff(c.want, c.got))
					}
				}
			}
		})
	}
}

// diff returns what a has and b has not.
func diff(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

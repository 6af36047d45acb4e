package applestrings

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/glosa-dev/glosa/format"
)

const corpus = "/work/shared/corpora/l10n/formats/apple-strings"

type entry struct {
	text    string
	letters bool
	plural  bool
}

// entries names units as the facts do: KEY, and KEY:VAR for a plural
// variable (its "other" form).
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
		if u.Plural == "" {
			count["strings"]++
			out[u.Key] = entry{text: text, letters: letters}
			continue
		}
		k := u.Key + ":" + u.Context
		if _, ok := out[k]; !ok {
			count["plural_units"]++
			out[k] = entry{plural: true}
		}
		if u.Plural == "other" {
			out[k] = entry{text, letters, true}
		}
	}
	count["units"] = len(out)
	return out, count
}

func read(t *testing.T, name string) *format.Document {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	r := Read
	if strings.HasSuffix(name, ".stringsdict") {
		r = ReadDict
	}
	f, err := r(name, bytes.NewReader(b), format.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return f.Docs[0]
}

func TestCorpus(t *testing.T) {
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("no corpus at", corpus)
	}
	for _, project := range []string{"stats", "mastodon-ios"} {
		b, err := os.ReadFile(filepath.Join(corpus, project, "facts.json"))
		if err != nil {
			t.Fatal(err)
		}
		var facts map[string]json.RawMessage
		if err := json.Unmarshal(b, &facts); err != nil {
			t.Fatal(err)
		}
		for group, raw := range facts {
			var g struct {
				Paths  map[string]string
				Counts map[string]map[string]int
				Es, Ru struct {
					Missing   []string `json:"missing_keys"`
					Identical []string `json:"identical_values"`
				}
			}
			if json.Unmarshal(raw, &g) != nil || g.Paths == nil {
				continue
			}
			t.Run(project+"/"+filepath.Ext(group), func(t *testing.T) {
				ent := map[string]map[string]entry{}
				for lang, path := range g.Paths {
					d := read(t, filepath.Join(corpus, project, path))
					if d.Lang != lang {
						t.Errorf("Lang %q, want %q", d.Lang, lang)
					}
					var count map[string]int
					ent[lang], count = entries(d)
					for _, k := range []string{"units", "strings", "plural_units"} {
						if count[k] != g.Counts[lang][k] {
							t.Errorf("%s: %s %d, want %d", lang, k, count[k], g.Counts[lang][k])
						}
					}
				}
				for lang, f := range map[string]struct {
					Missing   []string `json:"missing_keys"`
					Identical []string `json:"identical_values"`
				}{"es": g.Es, "ru": g.Ru} {
					var missing, identical []string
					for k, e := range ent["en"] {
						tr, ok := ent[lang][k]
						switch {
						case !ok:
							missing = append(missing, k)
						case tr.text == e.text && e.letters:
							identical = append(identical, k)
						}
					}
					for _, c := range []struct {
						what      string
						got, want []string
					}{{"missing", missing, f.Missing}, {"identical", identical, f.Identical}} {
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
}

func diff(a, b []string) []string {
	var out []string
	for _, s := range a {
		if !slices.Contains(b, s) {
			out = append(out, s)
		}
	}
	return out
}

package jsonmsg_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/format/jsonmsg"
)

const corpora = "/work/shared/corpora/l10n/formats"

// facts is the part of a facts.json this test reads.
type facts struct {
	Paths  map[string]string `json:"paths"`
	Counts map[string]struct {
		Units int `json:"units"`
	} `json:"counts"`
	Lang map[string]struct {
		Missing   []string `json:"missing_keys"`
		Identical []string `json:"identical_values"`
	}
}

func readFacts(t *testing.T, dir, group string) facts {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "facts.json"))
	if err != nil {
		t.Skip("no corpus:", err)
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		t.Fatal(err)
	}
	var f facts
	if err := json.Unmarshal(all[group], &f); err != nil {
		t.Fatal(err)
	}
	var langs map[string]json.RawMessage
	json.Unmarshal(all[group], &langs)
	f.Lang = map[string]struct {
		Missing   []string `json:"missing_keys"`
		Identical []string `json:"identical_values"`
	}{}
	for _, l := range []string{"es", "ru"} {
		var v struct {
			Missing   []string `json:"missing_keys"`
			Identical []string `json:"identical_values"`
		}
		json.Unmarshal(langs[l], &v)
		f.Lang[l] = v
	}
	return f
}

// messages groups a document's units by key: the text of each key's
// "other" (or only) unit.
func messages(d *format.Document) (keys []string, text map[string]string) {
	text = map[string]string{}
	seen := map[string]bool{}
	for _, u := range d.Units {
		if !seen[u.Key] {
			seen[u.Key] = true
			keys = append(keys, u.Key)
		}
		if u.Plural == "" || u.Plural == "other" {
			text[u.Key] = string(d.Text[u.Start:u.End])
		}
	}
	return keys, text
}

// TestCorpus: every file of the JSON corpora reads; its messages (units
// grouped by key: the facts count an ICU plural as one unit) are the
// reference count, and the missing and identical keys computed from the
// units are the reference lists.
func TestCorpus(t *testing.T) {
	for _, proj := range []string{"excalidraw", "overseerr"} {
		t.Run(proj, func(t *testing.T) {
			dir := filepath.Join(corpora, "json", proj)
			f := readFacts(t, dir, "json")
			docs := map[string]*format.Document{}
			for lang, p := range f.Paths {
				name := filepath.Join(dir, p)
				r, err := os.Open(name)
				if err != nil {
					t.Fatal(err)
				}
				file, err := jsonmsg.Read(name, r, format.Options{})
				r.Close()
				if err != nil {
					t.Fatal(err)
				}
				d := file.Docs[0]
				if d.Lang[:2] != lang {
					t.Errorf("%s: Lang %q, want %s", p, d.Lang, lang)
				}
				keys, _ := messages(d)
				if len(keys) != f.Counts[lang].Units {
					t.Errorf("%s: %d messages, want %d", p, len(keys), f.Counts[lang].Units)
				}
				t.Logf("%s: %d units, %d messages", p, len(d.Units), len(keys))
				docs[lang] = d
			}
			enKeys, en := messages(docs["en"])
			for _, lang := range []string{"es", "ru"} {
				_, tr := messages(docs[lang])
				var missing, identical []string
				for _, k := range enKeys {
					v, ok := tr[k]
					switch {
					case !ok:
						missing = append(missing, k)
					case v == en[k] && hasLetters(docs[lang], k):
						identical = append(identical, k)
					}
				}
				want := f.Lang[lang]
				if !slices.Equal(missing, want.Missing) {
					t.Errorf("%s missing keys:\n got %q\nwant %q", lang, missing, want.Missing)
				}
				slices.Sort(identical)
				w := slices.Clone(want.Identical)
				slices.Sort(w)
				if !slices.Equal(identical, w) {
					t.Errorf("%s identical:\n got %q\nwant %q", lang, identical, w)
				}
			}
		})
	}
}

// hasLetters reports whether key's units hold a letter outside their
// spans.
func hasLetters(d *format.Document, key string) bool {
	for _, u := range d.Units {
		if u.Key != key {
			continue
		}
		at := u.Start
		for _, s := range append(slices.Clone(u.Spans), format.Span{Start: u.End, End: u.End}) {
			for _, r := range string(d.Text[at:s.Start]) {
				if isLetter(r) {
					return true
				}
			}
			at = max(at, s.End)
		}
	}
	return false
}

func isLetter(r rune) bool { return unicode.IsLetter(r) }

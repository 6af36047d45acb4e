package check

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The plural-category issues of the real catalogs
// (../shared/corpora/l10n/formats/*/*/facts.json, counted with ICU's
// parser: overseerr ru 38, es 1; flutter-gallery's ARB ru 8) are what
// plural-forms finds in messages of those categories: each issue's
// categories make a plural message, and the rule reports exactly its
// missing_required. The other plural messages of those files have every
// category (facts lists no issue for them). Skipped without ../shared.
func TestPluralFormsFacts(t *testing.T) {
	files, _ := filepath.Glob("../../shared/corpora/l10n/formats/*/*/facts.json")
	if len(files) == 0 {
		files, _ = filepath.Glob("/work/shared/corpora/l10n/formats/*/*/facts.json")
	}
	if len(files) == 0 {
		t.Skip("no ../shared/corpora/l10n")
	}
	type issue struct {
		Key        string   `json:"key"`
		Categories []string `json:"categories"`
		Missing    []string `json:"missing_required"`
	}
	counts := map[string]int{}
	for _, name := range files {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var facts map[string]json.RawMessage
		if err := json.Unmarshal(b, &facts); err != nil {
			t.Fatal(err)
		}
		for _, raw := range facts {
			var group map[string]json.RawMessage
			if json.Unmarshal(raw, &group) != nil {
				continue
			}
			for _, lang := range []string{"es", "ru"} {
				var per struct {
					Issues []issue `json:"plural_category_issues"`
				}
				if json.Unmarshal(group[lang], &per) != nil {
					continue
				}
				project := filepath.Base(filepath.Dir(name))
				for _, is := range per.Issues {
					var ms []msg
					for _, c := range is.Categories {
						ms = append(ms, msg{key: is.Key, plural: c, text: c})
					}
					doc := catDoc(project+"."+lang, lang, ms...)
					var got []string
					for _, f := range RunSet(docSet(nil, false, doc), Options{Rules: []*Rule{PluralForms}}) {
						if f.MessageID == "RulePluralMissing" {
							got = strings.Split(f.Data["Categories"].(string), ", ")
						} else {
							t.Errorf("%s %s %s: %s %v", project, lang, is.Key, f.MessageID, f.Data)
						}
					}
					if !slices.Equal(got, is.Missing) {
						t.Errorf("%s %s %s %v: missing %v, facts say %v", project, lang, is.Key, is.Categories, got, is.Missing)
					}
					counts[project+" "+lang]++
				}
			}
		}
	}
	for k, want := range map[string]int{"overseerr ru": 38, "overseerr es": 1, "flutter-gallery ru": 8} {
		if counts[k] != want {
			t.Errorf("%s: %d issues, facts.json's README says %d", k, counts[k], want)
		}
	}
}

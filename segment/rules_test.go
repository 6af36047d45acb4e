package segment

import (
	"strings"
	"testing"
)

// Every data file loads, and mistakes in one are reported with their line.
func TestRulesData(t *testing.T) {
	for lang := range langRules {
		r := mustRules(lang)
		if len(r.abbr) < 20 || len(r.starters) < 50 || r.maxParts < 2 {
			t.Errorf("%s: %d abbreviations, %d starters, at most %d parts", lang, len(r.abbr), len(r.starters), r.maxParts)
		}
	}
	for _, c := range []struct{ data, err string }{
		{"[inner]\nSr.\nSr.\n", "x.txt:3: \"Sr.\" is listed twice"},
		{"[inner]\nSr. # a comment\nEE. UU.\n[unit]\nEE.UU.\n", "x.txt:5: \"EE.UU.\" is listed twice"},
		{"[titles]\nSr.\n", "x.txt:1: unknown section [titles]"},
		{"Sr.\n", "x.txt:1: \"Sr.\" before any section"},
		{"[inner]\nSr\n", "x.txt:2: abbreviation \"Sr\": each part must be"},
		{"[inner]\nr-n.\n", "x.txt:2: abbreviation \"r-n.\""},
		{"[inner]\nabcdefghijklmn.\n", "x.txt:2: abbreviation"},
		{"[starters]\nEl La-La\n", "x.txt:2: starter \"La-La\" is not a word"},
	} {
		_, err := parseRules("x.txt", []byte(c.data))
		if err == nil || !strings.HasPrefix(err.Error(), c.err) {
			t.Errorf("parseRules(%q) = %v, want %s…", c.data, err, c.err)
		}
	}
	r, err := parseRules("x.txt", []byte("[inner]\nт. е.\n[number]\nCap.\n[inner]\ncap.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for key, want := range map[string]class{"т.е.": classInner, "Т.е.": classInner, "Cap.": classNumber, "cap.": classInner} {
		if r.abbr[key] != want {
			t.Errorf("%s: class %d, want %d (a listed form wins over a capitalised one)", key, r.abbr[key], want)
		}
	}
	if !r.prefix["т."] || !r.prefix["Т."] || r.maxParts != 2 {
		t.Errorf("prefixes %v, maxParts %d", r.prefix, r.maxParts)
	}
}

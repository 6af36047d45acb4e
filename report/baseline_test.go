package report

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/check"
	"github.com/glosa-dev/glosa/diag"
)

// What is not a baseline is a diagnostic at its place.
func TestReadBaselineErrors(t *testing.T) {
	for _, tc := range []struct {
		in, id    string
		line, col int
	}{
		{"", "BaselineSyntax", 1, 1},
		{"{\"version\": 1,\n \"findings\": [{\"bogus\": 1}]}", "BaselineUnknownKey", 2, 16},
		{"{\"version\": 1, \"findings\": [{\"count\": \"7\"}]}", "BaselineType", 1, 39},
		{"{\"version\": 2, \"findings\": []}", "BaselineVersion", 1, 2},
		{"{\"findings\": []}", "BaselineVersion", 1, 1},
		{"{\"version\": 1,\n \"findings\": [1,\n]}", "BaselineSyntax", 3, 1},
		{"{\"version\": 1,\n \"findings\": [\n]", "BaselineSyntax", 3, 2},
		{"{\"version\": 1, \"findings\": [1]}", "BaselineType", 1, 29},
		{"{\"version\": 1, \"findings\": []} {}", "BaselineSyntax", 1, 32},
		{"{\"version\": 1, \"findings\": [{\"rule\": \"ы\", \"x\": 1}]}", "BaselineUnknownKey", 1, 43},
	} {
		_, err := ReadBaseline(strings.NewReader(tc.in), "b.json")
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 {
			t.Errorf("%q: err = %v, want one diagnostic", tc.in, err)
			continue
		}
		if d := l[0]; d.ID != tc.id || d.Line != tc.line || d.Col != tc.col || d.File != "b.json" {
			t.Errorf("%q: %s at %d:%d, want %s at %d:%d", tc.in, d.ID, d.Line, d.Col, tc.id, tc.line, tc.col)
		}
	}
}

// What WriteBaseline writes, ReadBaseline reads back.
func TestBaselineRoundTrip(t *testing.T) {
	fs := []check.Finding{{Rule: "term-forbidden", Concept: "thaw", File: "a.txt", Text: "The Thaw"}, {Rule: "term-forbidden", Concept: "thaw", File: "a.txt", Text: "The Thaw"}}
	var b bytes.Buffer
	if err := WriteBaseline(&b, fs); err != nil {
		t.Fatal(err)
	}
	known, err := ReadBaseline(&b, "b.json")
	if err != nil {
		t.Fatal(err)
	}
	if n := known[keyOf(fs[0])]; n != 2 || len(known) != 1 {
		t.Errorf("read back %v", known)
	}
}

func FuzzReadBaseline(f *testing.F) {
	f.Add([]byte(`{"version":1,"findings":[{"rule":"x","file":"a","text":"b","count":2}]}`))
	f.Add([]byte("{\"version\": 1,\n \"findings\": [1,\n]}"))
	f.Fuzz(func(t *testing.T, b []byte) {
		_, err := ReadBaseline(bytes.NewReader(b), "b.json")
		var l diag.List
		if err != nil && (!errors.As(err, &l) || len(l) != 1 || l[0].Line < 1 || l[0].Col < 1) {
			t.Errorf("%q: %v", b, err)
		}
	})
}

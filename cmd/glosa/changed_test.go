package main

import (
	"reflect"
	"testing"

	"github.com/glosa-dev/glosa/check"
)

// A diff as git prints it: a rename with two hunks (a change and an
// addition after line 3), a name C-quoted for its non-ASCII letters, a
// pure deletion, a name with a space (ended by a tab), a deleted file.
const sampleDiff = "diff --git a/a.txt b/b.txt\n" +
	"similarity index 52%\nrename from a.txt\nrename to b.txt\nindex 4cb29ea..6addb9b 100644\n" +
	"--- a/a.txt\n+++ b/b.txt\n@@ -2 +2 @@ one\n-two\n+TWO\n@@ -3,0 +4,2 @@ three\n+four\n+five\n" +
	"diff --git \"a/caf\\303\\251.txt\" \"b/caf\\303\\251.txt\"\nindex 975fbec..bee5e06 100644\n" +
	"--- \"a/caf\\303\\251.txt\"\n+++ \"b/caf\\303\\251.txt\"\n@@ -1,0 +2 @@ y\n+w\n@@ -5,2 +5,0 @@\n-p\n-q\n" +
	"diff --git a/sp ace.txt b/sp ace.txt\nindex 587be6b..0000000 100644\n" +
	"--- a/sp ace.txt\t\n+++ b/sp ace.txt\t\n@@ -7 +7,3 @@\n-x\n+x\n+y\n+z\n" +
	"diff --git a/gone.txt b/gone.txt\ndeleted file mode 100644\nindex 587be6b..0000000\n" +
	"--- a/gone.txt\n+++ /dev/null\n@@ -1 +0,0 @@\n-x\n"

func TestParseDiff(t *testing.T) {
	got := parseDiff([]byte(sampleDiff))
	want := map[string][]lineRange{
		"b.txt":      {{2, 2}, {4, 5}},
		"café.txt":   {{2, 2}},
		"sp ace.txt": {{7, 9}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("parseDiff = %v, want %v", got, want)
	}
}

func TestChangedKeep(t *testing.T) {
	c := &changedLines{files: map[string][]lineRange{}, whole: map[string]bool{}, abs: map[string]string{}}
	c.files[c.key("es.toml")] = []lineRange{{3, 4}, {10, 10}}
	c.files[c.key("en.toml")] = []lineRange{{20, 20}}
	c.whole[c.key("new.toml")] = true
	findings := []check.Finding{
		{File: "es.toml", Line: 3, Text: "on a changed line"},
		{File: "es.toml", Line: 5, Text: "after the changes"},
		{File: "es.toml", Line: 8, EndLine: 11, Text: "spanning a changed line"},
		{File: "es.toml", Line: 11, Text: "after the last change"},
		{File: "es.toml", Line: 1, SourceFile: "en.toml", SourceLine: 20, Text: "its source changed"},
		{File: "es.toml", Line: 1, SourceFile: "en.toml", SourceLine: 21, Text: "neither changed"},
		{File: "es.toml", Text: "no line, the file changed"},
		{File: "ru.toml", Text: "no line, the file did not change"},
		{File: "ru.toml", Line: 3, Text: "an unchanged file"},
		{File: "new.toml", Line: 99, Text: "an untracked file"},
	}
	var got []string
	for _, f := range c.Keep(findings) {
		got = append(got, f.Text)
	}
	want := []string{"on a changed line", "spanning a changed line", "its source changed", "no line, the file changed", "an untracked file"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Keep = %q, want %q", got, want)
	}
	if got := (*changedLines)(nil).Keep(findings); len(got) != len(findings) {
		t.Errorf("nil Keep kept %d of %d", len(got), len(findings))
	}
}

func FuzzParseDiff(f *testing.F) {
	f.Add([]byte(sampleDiff))
	f.Add([]byte("+++ b/x\n@@ -1 +99999999999999999999 @@\n@@ +,\n+++ \"b/\\q\n"))
	f.Fuzz(func(t *testing.T, diff []byte) {
		for name, rs := range parseDiff(diff) {
			for _, r := range rs {
				if r.From < 1 || r.To < r.From {
					t.Fatalf("%s: bad range %v", name, r)
				}
			}
		}
	})
}

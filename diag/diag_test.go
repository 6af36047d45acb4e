package diag

import (
	"errors"
	"testing"

	"github.com/glosa-dev/glosa/locales"
)

func TestFormat(t *testing.T) {
	en := locales.English()
	for _, tc := range []struct {
		d    Diagnostic
		line string
		want string
	}{
		{Diagnostic{File: "g.toml", Line: 3, Col: 5, Severity: Error, ID: "GlossaryEmptyID"}, "",
			"g.toml:3:5: error: concept id is empty"},
		{Diagnostic{File: "g.toml", Severity: Error, ID: "GlossaryRead", Data: map[string]any{"Err": "no such file"}}, "x",
			"g.toml: error: cannot read glossary: no such file"},
		{Diagnostic{File: "g.toml", Line: 2, Col: 4, Severity: Warning, ID: "GlossaryEmptyID"}, "id = x",
			"g.toml:2:4: warning: concept id is empty\n\tid = x\n\t   ^"},
		{Diagnostic{File: "g.toml", Line: 2, Col: 3, EndCol: 6, Severity: Info, ID: "GlossaryEmptyID"}, "\tab cdef\n",
			"g.toml:2:3: info: concept id is empty\n\t\tab cdef\n\t\t ^~~"},
		{Diagnostic{File: "g.toml", Line: 1, Col: 4, Severity: Error, ID: "GlossaryEmptyID"}, "ab",
			"g.toml:1:4: error: concept id is empty\n\tab\n\t   ^"},
	} {
		got := tc.d.FormatWithLine(en, tc.line, false)
		if got != tc.want {
			t.Errorf("got\n%s\nwant\n%s", got, tc.want)
		}
	}
}

func TestList(t *testing.T) {
	var l List
	for i := range Max + 5 {
		l.Add(Diagnostic{File: "b", Line: Max - i, Col: 1, Severity: Warning, ID: "GlossaryEmptyID"})
	}
	if len(l) != Max || !l.Full() {
		t.Fatalf("len %d, want %d", len(l), Max)
	}
	if l.Err() != nil {
		t.Fatal("Err of warnings only is not nil")
	}
	l[3] = Diagnostic{File: "a", Line: 9, Col: 2, Severity: Error, ID: "GlossaryEmptyID"}
	l.Sort()
	if l[0].File != "a" || l[1].Line != 1 || l[len(l)-1].Line != Max {
		t.Fatalf("not sorted: %v %v %v", l[0], l[1], l[len(l)-1])
	}
	var got List
	if err := l.Err(); !errors.As(err, &got) || l.Errors() != 1 {
		t.Fatalf("Err = %v, Errors = %d", err, l.Errors())
	}
}

func TestSeverity(t *testing.T) {
	for _, s := range []Severity{Info, Warning, Error} {
		if p, ok := ParseSeverity(s.String()); !ok || p != s {
			t.Errorf("ParseSeverity(%q) = %v, %v", s, p, ok)
		}
		if locales.English().T(s.MessageID(), nil) != s.String() {
			t.Errorf("%v: MessageID %s", s, s.MessageID())
		}
	}
	if _, ok := ParseSeverity("fatal"); ok {
		t.Error("ParseSeverity(fatal) ok")
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"status", "domain", "note", "id"}
	for s, want := range map[string]string{"stauts": "status", "domian": "domain", "nte": "note", "xyz": "", "identity": ""} {
		if got := Suggest(s, known); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", s, got, want)
		}
	}
}

package tbx_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/tbx"
)

const (
	head = "<martif type=\"TBX\" xml:lang=\"en\"><text><body>\n"
	tail = "\n</body></text></martif>\n"
)

// TestBroken: each broken input draws exactly these diagnostics
// (line:col severity ID).
func TestBroken(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"not XML", "just some text\n", []string{"1:1 error TBXNoRoot"}},
		{"empty", "", []string{"1:1 error TBXNoRoot"}},
		{"TOML", "[glossary]\nname = \"x\"\n", []string{"1:1 error TBXNoRoot"}},
		{"truncated", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>sn`,
			[]string{"2:54 error TBXSyntax"}},
		{"mismatched tag", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</tig>`,
			[]string{"2:57 error TBXSyntax"}},
		{"bad entity", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>a &nbsp; b</term></tig></langSet></termEntry>` + tail,
			[]string{"2:61 error TBXSyntax"}},
		{"wrong root", `<?xml version="1.0"?>` + "\n<tmx version=\"1.4\"><body/></tmx>", []string{"2:1 error TBXWrongRoot"}},
		{"termEntry without langSet", head + `<termEntry id="a"><descrip type="subjectField">x</descrip></termEntry>` + tail,
			[]string{"2:1 error GlossaryNoTerms"}},
		{"langSet without xml:lang", head + `<termEntry id="a"><langSet><tig><term>snow</term></tig></langSet></termEntry>` + tail,
			[]string{"2:1 error GlossaryNoTerms", "2:19 error TBXMissingLang"}},
		{"bad xml:lang", head + `<termEntry id="a"><langSet xml:lang="english!"><tig><term>snow</term></tig></langSet></termEntry>` + tail,
			[]string{"2:1 error GlossaryNoTerms", "2:19 error GlossaryBadLanguage"}},
		{"tig without term", head + `<termEntry id="a"><langSet xml:lang="en"><tig><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig><tig><term>snow</term></tig></langSet></termEntry>` + tail,
			[]string{"2:42 error TBXNoTerm"}},
		{"bad status", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</term><termNote type="administrativeStatus">recommended</termNote></tig></langSet></termEntry>` + tail,
			[]string{"2:64 error TBXBadStatus"}},
		{"bad x-glosa-status", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</term></tig><tig><term>sno</term><termNote type="x-glosa-status">banned</termNote></tig></langSet></termEntry>` + tail,
			[]string{"2:91 error TBXBadStatus"}},
		{"empty term", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>  </term></tig></langSet></termEntry>` + tail,
			[]string{"2:1 error GlossaryNoTerms", "2:47 error GlossaryEmptyTerm"}},
		{"term without words", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>—</term></tig></langSet></termEntry>` + tail,
			[]string{"2:1 error GlossaryNoTerms", "2:47 error GlossaryNoWords"}},
		{"duplicate id", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</term></tig></langSet></termEntry>` + "\n" +
			`<termEntry id="a"><langSet xml:lang="en"><tig><term>rain</term></tig></langSet></termEntry>` + tail,
			[]string{"3:1 error GlossaryDuplicateID"}},
		{"bad case", head + `<termEntry id="a"><descrip type="x-glosa-case">upper</descrip><langSet xml:lang="en"><tig><term>snow</term></tig></langSet></termEntry>` + tail,
			[]string{"2:19 error GlossaryBadCase"}},
		{"form without preferred term", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</term></tig></langSet><langSet xml:lang="ru"><tig><term>снег</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><termNote type="x-glosa-form">снега</termNote></tig></langSet></termEntry>` + tail,
			[]string{"2:80 error GlossaryFormsWithoutTerm"}},
		{"conflicting statuses", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</term></tig><tig><term>snow</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet></termEntry>` + tail,
			[]string{"2:75 error GlossaryConflictingStatus"}},
		{"unknown element", head + `<termEntry id="a"><langSet xml:lang="en"><tig><term>snow</term><termNote type="partOfSpeech">noun</termNote></tig></langSet><foo>bar</foo></termEntry>` + tail,
			[]string{"2:64 info TBXNotRead", "2:125 info TBXNotRead"}},
		{"unknown encoding", `<?xml version="1.0" encoding="EBCDIC"?>` + "\n" + head + tail, []string{"1:40 error TBXSyntax"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, diags := read("t.tbx", []byte(tt.src))
			var got []string
			for _, d := range diags {
				got = append(got, fmt.Sprintf("%d:%d %s %s", d.Line, d.Col, d.Severity, d.ID))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s\n(%v)", strings.Join(got, "\n"), strings.Join(tt.want, "\n"), diags)
			}
			checkPositions(t, tt.src, diags)
		})
	}
}

// checkPositions fails when a diagnostic points outside src.
func checkPositions(t *testing.T, src string, diags diag.List) {
	t.Helper()
	src = strings.TrimPrefix(src, "\xEF\xBB\xBF")
	lines := strings.Split(src, "\n")
	for _, d := range diags {
		if d.Line < 1 || d.Line > len(lines) || d.Col < 1 {
			t.Errorf("%v: line %d of %d", d, d.Line, len(lines))
			continue
		}
		// A column one past the line's end is its end (an error at EOF).
		if n := utf8.RuneCountInString(lines[d.Line-1]); d.Col > n+1 {
			t.Errorf("%v: column %d of a line of %d", d, d.Col, n)
		}
	}
}

func FuzzRead(f *testing.F) {
	f.Add(head + `<termEntry id="a"><descrip type="subjectField">x</descrip><langSet xml:lang="en"><tig><term>snow</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig></langSet></termEntry>` + tail)
	f.Add(`<tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><titleStmt><title>T</title></titleStmt></fileDesc></tbxHeader><text><body><conceptEntry id="c"><descrip type="x-glosa-case">sensitive</descrip><langSec xml:lang="ru"><termSec><term>снег</term><termNote type="x-glosa-form">снега</termNote></termSec><termSec><term>x</term><termNote type="x-glosa-status">forbidden</termNote></termSec></langSec></conceptEntry></body></text></tbx>`)
	f.Add("\xFF\xFE<\x00m\x00a\x00r\x00t\x00i\x00f\x00/\x00>\x00")
	f.Add(`<?xml version="1.0" encoding="windows-1251"?><martif><text><body><termEntry><langSet lang="ru"><ntig><termGrp><term>` + "\xf1\xed\xe5\xe3" + `</term></termGrp></ntig></langSet></termEntry></body></text></martif>`)
	f.Add("<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>a\r\nb</term></tig></langSet></termEntry>")
	f.Add(`<tbx xmlns:a="u"><text><body><conceptEntry id="c"><a:x a:y="1">t<b/></a:x><descripGrp><descrip type="context">c</descrip></descripGrp><langSec xml:lang="en"><transacGrp/><termSec><term>snow</term><a:z/></termSec></langSec></conceptEntry></body></text></tbx>`)
	f.Fuzz(func(t *testing.T, src string) {
		g, diags := read("f.tbx", []byte(src))
		if g == nil && diags.Errors() == 0 {
			t.Fatal("no glossary and no error")
		}
		if g != nil {
			keptRoundTrip(t, g)
		}
		decoded := src
		if strings.HasPrefix(src, "\xFF\xFE") || strings.HasPrefix(src, "\xFE\xFF") || strings.Contains(src, "encoding=") {
			return // positions count in the decoded text
		}
		checkPositions(t, decoded, diags)
	})
}

// keptRoundTrip: g written as TBX reads back with the same kept elements
// in the same places.
func keptRoundTrip(t *testing.T, g *glossary.Glossary) {
	t.Helper()
	var out bytes.Buffer
	if err := tbx.Write(&out, g); err != nil {
		t.Fatal(err)
	}
	g2, diags := read("out.tbx", out.Bytes())
	if g2 == nil {
		if diags.Errors() == 0 {
			t.Fatal("no glossary and no error")
		}
		return // a text TBX cannot carry (a control character) is not this test's
	}
	if got, want := keptElements(g2), keptElements(g); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("kept, read again\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

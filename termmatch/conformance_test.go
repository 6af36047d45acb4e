package termmatch_test

import (
	"bytes"
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/internal/tabletest"
	"github.com/glosa-dev/glosa/termmatch"
)

// TestConformance runs the tables in testdata/match/<lang>.txt, one subtest
// per row. The format is described at the top of each table: TERM, TEXT,
// WANT and optional OPTIONS separated by tabs. Each row becomes a glossary
// of one concept with TERM as its preferred term in the file's language.
func TestConformance(t *testing.T) {
	for _, file := range tabletest.Glob(t, filepath.Join("testdata", "match", "*.txt")) {
		lang := strings.TrimSuffix(filepath.Base(file), ".txt")
		for _, r := range readMatchTable(t, file) {
			t.Run(r.name, func(t *testing.T) { r.run(t, lang) })
		}
	}
}

type matchRow struct {
	name       string // file:line
	term, text string
	want       []string // nil: no match at all
	caseOpt    string   // "", "sensitive", "insensitive" (or "auto")
	exact      bool
	forms      []string
	deprecated []string
	admitted   []string
	status     string // "": not checked
	termText   string // "": not checked
}

func readMatchTable(t *testing.T, file string) []matchRow {
	t.Helper()
	var rows []matchRow
	for _, tr := range tabletest.Read(t, file, "\t") {
		name, cells := tr.Name, tr.Cells
		if len(cells) < 3 || len(cells) > 4 {
			t.Fatalf("%s: %d cells, want TERM, TEXT, WANT and optional OPTIONS", name, len(cells))
		}
		r := matchRow{name: name, term: cells[0], text: cells[1]}
		if cells[2] != "-" {
			r.want = strings.Split(cells[2], " | ")
		}
		if len(cells) == 4 {
			for _, opt := range splitOptions(t, name, cells[3]) {
				k, v, ok := strings.Cut(opt, "=")
				if !ok {
					t.Fatalf("%s: option %q is not key=value", name, opt)
				}
				v, err := tabletest.Decode(v)
				if err != nil {
					t.Fatalf("%s: option %s: %v", name, k, err)
				}
				switch k {
				case "case":
					r.caseOpt = v
				case "match":
					if v != "exact" && v != "stem" {
						t.Fatalf("%s: bad match option %q", name, v)
					}
					r.exact = v == "exact"
				case "forms":
					r.forms = append(r.forms, strings.Split(v, ",")...)
				case "deprecated":
					r.deprecated = append(r.deprecated, v)
				case "admitted":
					r.admitted = append(r.admitted, v)
				case "status":
					r.status = v
				case "term":
					r.termText = v
				default:
					t.Fatalf("%s: unknown option %q", name, k)
				}
			}
		}
		rows = append(rows, r)
	}
	return rows
}

// splitOptions splits OPTIONS at spaces outside double quotes, so that a
// value may be quoted: deprecated="guerra fría".
func splitOptions(t *testing.T, name, s string) []string {
	var out []string
	var cur strings.Builder
	quoted, escaped := false, false
	for _, r := range s {
		switch {
		case escaped:
			escaped = false
		case quoted && r == '\\':
			escaped = true
		case r == '"':
			quoted = !quoted
		case r == ' ' && !quoted:
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
			continue
		}
		cur.WriteRune(r)
	}
	if quoted {
		t.Fatalf("%s: unterminated quote in options %q", name, s)
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

func tomlList(list []string) string {
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = glossary.QuoteTOML(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// glossaryTOML is the one-concept glossary of a row.
func (r *matchRow) glossaryTOML(lang string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "[[concept]]\nid = \"row\"\n%s = %s\n", lang, tomlList(append([]string{r.term}, r.admitted...)))
	if r.caseOpt != "" {
		fmt.Fprintf(&b, "case = %s\n", glossary.QuoteTOML(r.caseOpt))
	}
	if r.exact {
		b.WriteString("match = \"exact\"\n")
	}
	if len(r.forms) > 0 {
		fmt.Fprintf(&b, "forms = { %s = %s }\n", lang, tomlList(r.forms))
	}
	if len(r.deprecated) > 0 {
		fmt.Fprintf(&b, "deprecated = { %s = %s }\n", lang, tomlList(r.deprecated))
	}
	return b.String()
}

func (r *matchRow) run(t *testing.T, lang string) {
	src := r.glossaryTOML(lang)
	g, diags := glossary.Parse(r.name+".toml", []byte(src))
	if len(diags) > 0 || g == nil {
		t.Fatalf("glossary:\n%s\ndiagnostics: %v", src, diags)
	}
	ix := termmatch.NewIndex(g)
	text := []byte(r.text)
	matches := ix.Matcher(lang).Match(text)
	var got []string
	for _, m := range matches {
		got = append(got, m.Text)
	}
	if !slices.Equal(got, r.want) {
		t.Errorf("term %q in %q:\n got  %s\n want %s", r.term, r.text, format(got), format(r.want))
	}
	for _, m := range matches {
		checkPosition(t, text, m)
		if r.status != "" && m.Term.Status.String() != r.status {
			t.Errorf("match %q has status %s (term %q), want %s", m.Text, m.Term.Status, m.Term.Text, r.status)
		}
		if r.termText != "" && m.Term.Text != r.termText {
			t.Errorf("match %q is of term %q, want %q", m.Text, m.Term.Text, r.termText)
		}
		if m.Concept.ID != "row" {
			t.Errorf("match %q has concept %q, want row", m.Text, m.Concept.ID)
		}
	}
}

// checkPosition checks a match's text, line and columns against its byte
// offsets: lines and columns are 1-based, columns count code points, and
// EndLine/EndCol are the position of the match's last code point.
func checkPosition(t *testing.T, text []byte, m termmatch.Match) {
	t.Helper()
	if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		t.Errorf("match %q has bad offsets [%d, %d) in %d bytes", m.Text, m.Start, m.End, len(text))
		return
	}
	if s := string(text[m.Start:m.End]); s != m.Text {
		t.Errorf("match text %q, but text[%d:%d] is %q", m.Text, m.Start, m.End, s)
	}
	line, col := position(text, m.Start)
	if m.Line != line || m.Col != col {
		t.Errorf("match %q at byte %d: Line:Col = %d:%d, want %d:%d", m.Text, m.Start, m.Line, m.Col, line, col)
	}
	_, size := utf8.DecodeLastRune(text[m.Start:m.End])
	line, col = position(text, m.End-size)
	if m.EndLine != line || m.EndCol != col {
		t.Errorf("match %q ending at byte %d: EndLine:EndCol = %d:%d, want %d:%d", m.Text, m.End, m.EndLine, m.EndCol, line, col)
	}
}

// position returns the 1-based line and code point column of byte offset off.
func position(text []byte, off int) (line, col int) {
	before := text[:off]
	line = 1 + bytes.Count(before, []byte("\n"))
	if i := bytes.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, 1 + utf8.RuneCount(before)
}

func format(list []string) string {
	if list == nil {
		return "-"
	}
	q := make([]string, len(list))
	for i, s := range list {
		q[i] = strconv.Quote(s)
	}
	return strings.Join(q, " | ")
}

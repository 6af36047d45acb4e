package lint

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/glossary"
)

// TestFixture runs the checks on testdata/lint.toml, whose lines say
// which warnings they must draw ("# want ID…"), and nothing else.
func TestFixture(t *testing.T) {
	const name = "testdata/lint.toml"
	src, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	g, diags := glossary.Parse(name, src)
	if g == nil {
		t.Fatal(diags)
	}
	want := regexp.MustCompile(`# want ((?:\w+ ?)+)$`)
	var wants, got []string
	for i, line := range strings.Split(string(src), "\n") {
		if m := want.FindStringSubmatch(line); m != nil {
			for _, id := range strings.Fields(m[1]) {
				wants = append(wants, fmt.Sprintf("%d %s", i+1, id))
			}
		}
	}
	for _, d := range Run(g) {
		got = append(got, fmt.Sprintf("%d %s", d.Line, d.ID))
		if d.File != name || d.Col < 1 {
			t.Errorf("bad place: %v", d)
		}
	}
	slices.Sort(wants)
	slices.Sort(got)
	if !slices.Equal(wants, got) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wants, "\n"))
	}
}

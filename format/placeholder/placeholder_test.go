package placeholder

import (
	"slices"
	"testing"
)

func texts(s string, syn Syntax) []string {
	var out []string
	for _, sp := range Find(s, 0, syn) {
		out = append(out, s[sp.Start:sp.End])
	}
	return out
}

func TestFind(t *testing.T) {
	for _, c := range []struct {
		syn  Syntax
		in   string
		want []string
	}{
		{Printf, "%s de %d archivos, %1$s y %2$d", []string{"%s", "%d", "%1$s", "%2$d"}},
		{Printf, "100% de los %lld y %@, %.2f %-5d %%s", []string{"%lld", "%@", "%.2f", "%-5d"}},
		{Printf, "50 % of it", nil},
		{Printf, "%0 cores, %1 of %2", []string{"%0", "%1", "%2"}},
		{Printf, "%1$@ liked %2$@", []string{"%1$@", "%2$@"}},
		{Python, "%(count)d files, %s and %(name)s", []string{"%(count)d", "%s", "%(name)s"}},
		{Printf, "%(count)d", nil},
		{Ruby, "%{count} errores, %<n>d y %{ }", []string{"%{count}", "%<n>d"}},
		{Brace, "Hola {name}, {0} de {count, number} {0:.2f} {} { x", []string{"{name}", "{0}", "{count, number}", "{0:.2f}"}},
		{DoubleBrace | Brace, "Hi {{name}}, {{ .Count }} y {x}", []string{"{{name}}", "{{ .Count }}", "{x}"}},
		{Brace, "{{name}}", []string{"{name}"}}, // ICU has no double braces: the inner argument
		{Tag, "Pulse <b>aquí</b> o <br/> <a href=\"x\">y</a> 3 < 4 > 2", []string{"<b>", "</b>", "<br/>", "<a href=\"x\">", "</a>"}},
		{Tag, "<xliff:g id=\"n\">%1$s</xliff:g>", []string{"<xliff:g id=\"n\">", "</xliff:g>"}},
		{Tag | Printf, "<xliff:g id=\"n\">%1$s</xliff:g>", []string{"<xliff:g id=\"n\">", "%1$s", "</xliff:g>"}},
		{0, "%s {x} <b>", nil},
	} {
		if got := texts(c.in, c.syn); !slices.Equal(got, c.want) {
			t.Errorf("Find(%q, %b) = %q, want %q", c.in, c.syn, got, c.want)
		}
	}
}

func TestFindBase(t *testing.T) {
	sp := Find("a %s", 10, Printf)
	if len(sp) != 1 || sp[0].Start != 12 || sp[0].End != 14 {
		t.Errorf("Find with base 10 = %+v, want [12,14)", sp)
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{"%1$s %(x)d {{a}} {b, plural, one {#}} <b>", "%", "{", "<", "%{", "%(", "%<a>"} {
		f.Add(s, uint16(0xffff))
	}
	f.Fuzz(func(t *testing.T, s string, syn uint16) {
		last := 0
		for _, sp := range Find(s, 0, Syntax(syn)) {
			if sp.Start < last || sp.End <= sp.Start || sp.End > len(s) {
				t.Fatalf("span %+v out of order or outside %q", sp, s)
			}
			last = sp.End
		}
	})
}

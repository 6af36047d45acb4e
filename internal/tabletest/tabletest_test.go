package tabletest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/glosa-dev/glosa/internal/tabletest"
)

func writeTable(t *testing.T, text string) string {
	t.Helper()
	file := filepath.Join(t.TempDir(), "table.txt")
	if err := os.WriteFile(file, []byte(text), 0o666); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestRead(t *testing.T) {
	file := writeTable(t, "# a comment\tnot a row\n"+
		"a\tb\n"+
		"\n"+
		"  \t \n"+
		"\"x\\ty\"\t\"\\u00A0\"\t\"\"\n"+
		"\"#\"\tc\"d\"\n")
	got := tabletest.Read(t, file, "\t")
	want := []tabletest.Row{
		{Name: "table.txt:2", Cells: []string{"a", "b"}},
		{Name: "table.txt:5", Cells: []string{"x\ty", "\u00A0", ""}},
		{Name: "table.txt:6", Cells: []string{"#", `c"d"`}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read:\n got  %q\n want %q", got, want)
	}
}

func TestReadSpaces(t *testing.T) {
	file := writeTable(t, "!= a \"b\\u0020c\"\n")
	got := tabletest.Read(t, file, " ")
	want := []tabletest.Row{{Name: "table.txt:1", Cells: []string{"!=", "a", "b c"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Read:\n got  %q\n want %q", got, want)
	}
}

// fakeTB records the message of a fatal failure instead of failing.
type fakeTB struct {
	testing.TB
	msg string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Fatal(args ...any) {
	f.msg = fmt.Sprint(args...)
	runtime.Goexit()
}

func (f *fakeTB) Fatalf(format string, args ...any) {
	f.msg = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// fatal runs fn with a fakeTB and returns the message it failed with.
func fatal(t *testing.T, fn func(tb testing.TB)) string {
	f := &fakeTB{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	return f.msg
}

func TestReadErrors(t *testing.T) {
	for _, tc := range []struct {
		text, sep, want string
	}{
		{"a\t\"b\n", "\t", `table.txt:1: bad quoted cell "b`},
		{"# ok\na\t\"b\\q\"\n", "\t", `table.txt:2: bad quoted cell "b\q"`},
		{"a  b\n", " ", "table.txt:1: cell 2 is empty"},
		{"a\t\n", "\t", "table.txt:1: cell 2 is empty"},
	} {
		file := writeTable(t, tc.text)
		msg := fatal(t, func(tb testing.TB) { tabletest.Read(tb, file, tc.sep) })
		if !strings.HasPrefix(msg, tc.want) {
			t.Errorf("Read of %q: failed with %q, want %q", tc.text, msg, tc.want)
		}
	}
}

func TestGlob(t *testing.T) {
	dir := t.TempDir()
	if msg := fatal(t, func(tb testing.TB) { tabletest.Glob(tb, filepath.Join(dir, "*.txt")) }); msg == "" {
		t.Error("Glob of no files did not fail")
	}
	file := writeTable(t, "")
	if got := tabletest.Glob(t, filepath.Join(filepath.Dir(file), "*.txt")); !reflect.DeepEqual(got, []string{file}) {
		t.Errorf("Glob = %q, want %q", got, []string{file})
	}
}

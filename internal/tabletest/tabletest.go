// Package tabletest reads the plain-text conformance tables of the tests.
//
// A table has one row per line. Blank lines (empty or all white space) and
// lines starting with # are ignored. The cells of a row are separated by a
// separator given to [Read], a tab or a space; the separator is not
// otherwise special, so two separators in a row make an empty cell, which
// is an error (write "" for the empty string). A cell that starts with a
// double quote is a Go string literal, decoded with [strconv.Unquote], so
// that it can hold tabs, spaces, \u00A0 and other invisible characters;
// any other cell is taken as written. Each row is named "file:line", with
// the base name of the file and the 1-based line number, for use as a
// subtest name.
package tabletest

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// A Row is one row of a table.
type Row struct {
	Name  string   // file:line
	Cells []string // decoded cells
}

// Read reads the table in file, with cells separated by sep. It fails t if
// the file cannot be read or a cell is empty or badly quoted.
func Read(t testing.TB, file string, sep string) []Row {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var rows []Row
	sc := bufio.NewScanner(bytes.NewReader(data))
	for line := 1; sc.Scan(); line++ {
		text := sc.Text()
		if strings.TrimSpace(text) == "" || strings.HasPrefix(text, "#") {
			continue
		}
		r := Row{Name: fmt.Sprintf("%s:%d", filepath.Base(file), line)}
		r.Cells = strings.Split(text, sep)
		for i, c := range r.Cells {
			if c == "" {
				t.Fatalf("%s: cell %d is empty (write \"\" for an empty string)", r.Name, i+1)
			}
			if r.Cells[i], err = Decode(c); err != nil {
				t.Fatalf("%s: %v", r.Name, err)
			}
		}
		rows = append(rows, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// Decode decodes a cell as the tables do: a cell starting with a double
// quote as a Go string literal, any other cell as written.
func Decode(cell string) (string, error) {
	if !strings.HasPrefix(cell, `"`) {
		return cell, nil
	}
	u, err := strconv.Unquote(cell)
	if err != nil {
		return "", fmt.Errorf("bad quoted cell %s: %v", cell, err)
	}
	return u, nil
}

// Glob returns the files matching pattern, as [filepath.Glob] does, and
// fails t if there are none.
func Glob(t testing.TB, pattern string) []string {
	t.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no tables match %s", pattern)
	}
	return files
}

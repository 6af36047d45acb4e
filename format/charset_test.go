package format

import (
	"errors"
	"io"
	"testing"

	"github.com/glosa-dev/glosa/diag"
	"golang.org/x/text/encoding/charmap"
)

func TestDecode(t *testing.T) {
	cp1251, _ := charmap.Windows1251.NewEncoder().String("Файл: оттепель")
	koi8, _ := charmap.KOI8R.NewEncoder().String("Файл: оттепель")
	latin1, _ := charmap.ISO8859_1.NewEncoder().String("canción")
	for _, c := range []struct {
		in, charset, want string
	}{
		{"plain", "", "plain"},
		{"\xEF\xBB\xBFdeshielo", "", "deshielo"},
		{"\xEF\xBB\xBFdeshielo", "windows-1251", "deshielo"}, // a BOM says more than a declaration
		{"\xFF\xFEa\x00\x04\x04", "", "aЄ"},
		{"\xFE\xFF\x00a\x04\x04", "", "aЄ"},
		{cp1251, "windows-1251", "Файл: оттепель"},
		{cp1251, "CP1251", "Файл: оттепель"},
		{koi8, "KOI8-R", "Файл: оттепель"},
		{latin1, "ISO-8859-1", "canción"},
		{"ok", "CHARSET", "ok"},
	} {
		got, err := Decode("f", []byte(c.in), c.charset)
		if err != nil || string(got) != c.want {
			t.Errorf("Decode(%q, %q) = %q, %v; want %q", c.in, c.charset, got, err, c.want)
		}
	}
}

func TestDecodeBad(t *testing.T) {
	cp1251, _ := charmap.Windows1251.NewEncoder().String("a\nФайл")
	for _, c := range []struct {
		in, charset, id string
		line, col       int
	}{
		{cp1251, "", "InputBadUTF8", 2, 1},
		{"ab\ncé\x00d", "", "InputBinary", 2, 3},
		{"a\x00", "windows-1251", "InputBinary", 1, 2},
		{"a", "no-such-charset", "InputUnknownCharset", 0, 0},
	} {
		_, err := Decode("f.po", []byte(c.in), c.charset)
		var l diag.List
		if !errors.As(err, &l) || len(l) != 1 || l[0].ID != c.id || l[0].Line != c.line || l[0].Col != c.col || l[0].File != "f.po" {
			t.Errorf("Decode(%q, %q) = %v, want %s at %d:%d", c.in, c.charset, err, c.id, c.line, c.col)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("\xEF\xBB\xBFa"), "")
	f.Add([]byte("\xFF\xFEa\x00"), "")
	f.Add([]byte("\xd0\xa4"), "koi8-r")
	f.Fuzz(func(t *testing.T, b []byte, charset string) {
		out, err := Decode("f", b, charset)
		if err == nil && !validText(out) {
			t.Fatalf("Decode(%q, %q) = %q: not UTF-8 text", b, charset, out)
		}
	})
}

func validText(b []byte) bool {
	_, err := validUTF8("f", b)
	return err == nil
}

// TestWhole: ReadAll takes the bytes of an unread Whole reader as they are,
// and reads what is left of one read from, as of any reader.
func TestWhole(t *testing.T) {
	b := []byte("msgid \"thaw\"\nmsgstr \"deshielo\"\n")
	got, err := ReadAll("x.po", Whole(b), Options{}, nil)
	if err != nil || string(got) != string(b) || &got[0] != &b[0] {
		t.Errorf("unread: got %q (copied: %v), %v; want b itself", got, err == nil && &got[0] != &b[0], err)
	}
	r := Whole(b)
	head := make([]byte, 6)
	if _, err := io.ReadFull(r, head); err != nil {
		t.Fatal(err)
	}
	got, err = ReadAll("x.po", r, Options{}, nil)
	if err != nil || string(head)+string(got) != string(b) {
		t.Errorf("after %q: got %q, %v; want the rest", head, got, err)
	}
	if all, err := io.ReadAll(Whole(b)); err != nil || string(all) != string(b) {
		t.Errorf("io.ReadAll: got %q, %v", all, err)
	}
}

package termmatch_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/termmatch"
)

// The shared corpus lives next to the repository and is not part of it.
var realdataPODir = filepath.Join("..", "..", "shared", "corpora", "l10n", "po")

const realdataFileGlossary = `[[concept]]
id = "file"
en = "file"
es = ["fichero", "archivo"]
ru = "файл"
`

var (
	// realdataAnyForm finds a word that starts with файл: every form of the
	// noun and its derivatives (файловый).
	realdataAnyForm = regexp.MustCompile(`(?i)(?:^|[^\p{L}])(файл\p{L}*)`)
	// realdataDerivative is a derived word rather than a form of the noun.
	realdataDerivative = regexp.MustCompile(`(?i)^файлов\p{L}+$`)
	// realdataExact is what a whole-word search for the term finds.
	realdataExact = regexp.MustCompile(`(?i)(?:^|[^\p{L}\p{N}_])файл(?:$|[^\p{L}\p{N}_])`)
)

// realdataUnit is one PO entry: its msgid and its translations, msgstr or
// msgstr[N], each with the line of its keyword.
type realdataUnit struct {
	line  int
	ctxt  string
	msgid string
	strs  []realdataStr
}

type realdataStr struct {
	line int
	key  string // "msgstr" or "msgstr[N]"
	text string
}

// realdataParsePO reads just enough of a PO file for the test: entries,
// their msgid and translations; comments (obsolete entries included) are
// skipped. Strings are joined across continuation lines and C escapes are
// decoded.
func realdataParsePO(src string) ([]realdataUnit, error) {
	var (
		units  []realdataUnit
		cur    *realdataUnit
		target *string // the string continuation lines append to
	)
	flush := func() {
		if cur != nil {
			units = append(units, *cur)
		}
		cur, target = nil, nil
	}
	for i, raw := range strings.Split(src, "\n") {
		n := i + 1
		line := strings.TrimSpace(raw)
		switch {
		case line == "":
			flush()
			continue
		case line[0] == '#':
			if cur != nil && len(cur.strs) > 0 {
				flush()
			}
			continue
		case line[0] == '"':
			if target == nil {
				return nil, fmt.Errorf("%d: string outside an entry", n)
			}
			s, err := realdataUnquote(line)
			if err != nil {
				return nil, fmt.Errorf("%d: %v", n, err)
			}
			*target += s
			continue
		}
		key, rest, ok := strings.Cut(line, " ")
		if !ok {
			return nil, fmt.Errorf("%d: no string after %q", n, line)
		}
		s, err := realdataUnquote(strings.TrimSpace(rest))
		if err != nil {
			return nil, fmt.Errorf("%d: %v", n, err)
		}
		switch {
		case key == "msgctxt":
			flush()
			cur = &realdataUnit{ctxt: s}
			target = &cur.ctxt
		case key == "msgid":
			if cur != nil && (cur.line != 0 || len(cur.strs) > 0) {
				flush() // a new entry without a blank line before it
			}
			if cur == nil {
				cur = &realdataUnit{}
			}
			cur.line, cur.msgid = n, s
			target = &cur.msgid
		case key == "msgid_plural":
			if cur == nil {
				return nil, fmt.Errorf("%d: msgid_plural without msgid", n)
			}
			plural := s // not needed by the test
			target = &plural
		case key == "msgstr" || strings.HasPrefix(key, "msgstr["):
			if cur == nil {
				return nil, fmt.Errorf("%d: %s without msgid", n, key)
			}
			cur.strs = append(cur.strs, realdataStr{line: n, key: key, text: s})
			target = &cur.strs[len(cur.strs)-1].text
		default:
			return nil, fmt.Errorf("%d: unknown keyword %q", n, key)
		}
	}
	flush()
	return units, nil
}

// realdataUnquote decodes a C string literal in double quotes.
func realdataUnquote(q string) (string, error) {
	if len(q) < 2 || q[0] != '"' || q[len(q)-1] != '"' {
		return "", fmt.Errorf("not a quoted string: %s", q)
	}
	q = q[1 : len(q)-1]
	if !strings.Contains(q, `\`) {
		return q, nil
	}
	var b strings.Builder
	for i := 0; i < len(q); i++ {
		c := q[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		i++
		if i == len(q) {
			return "", errors.New("backslash at end of string")
		}
		switch c = q[i]; c {
		case 'n':
			b.WriteByte('\n')
		case 't':
			b.WriteByte('\t')
		case 'r':
			b.WriteByte('\r')
		case 'a':
			b.WriteByte('\a')
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'v':
			b.WriteByte('\v')
		case '\\', '"', '\'', '?':
			b.WriteByte(c)
		case 'x':
			j := i + 1
			for j < len(q) && j < i+3 && strings.IndexByte("0123456789abcdefABCDEF", q[j]) >= 0 {
				j++
			}
			v, err := strconv.ParseUint(q[i+1:j], 16, 8)
			if err != nil {
				return "", fmt.Errorf(`bad \x escape in %q`, q)
			}
			b.WriteByte(byte(v))
			i = j - 1
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(q) && j < i+3 && q[j] >= '0' && q[j] <= '7' {
				j++
			}
			v, _ := strconv.ParseUint(q[i:j], 8, 8)
			b.WriteByte(byte(v))
			i = j - 1
		default:
			return "", fmt.Errorf(`unknown escape \%c in %q`, c, q)
		}
	}
	return b.String(), nil
}

func TestRealdataParsePO(t *testing.T) {
	units, err := realdataParsePO(`msgid ""
msgstr ""
"Language: ru\n"

#: a.c:1
#, c-format
msgid "one %s"
msgstr "один \"%s\"\t"
"дальше\n"

msgctxt "menu"
msgid "File"
msgstr "Файл"
#: b.c:2
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d файл"
msgstr[1] "%d файла"
msgstr[2] "%d \x66\101"
`)
	if err != nil {
		t.Fatal(err)
	}
	want := []realdataUnit{
		{1, "", "", []realdataStr{{2, "msgstr", "Language: ru\n"}}},
		{7, "", "one %s", []realdataStr{{8, "msgstr", "один \"%s\"\tдальше\n"}}},
		{12, "menu", "File", []realdataStr{{13, "msgstr", "Файл"}}},
		{15, "", "%d file", []realdataStr{{17, "msgstr[0]", "%d файл"}, {18, "msgstr[1]", "%d файла"}, {19, "msgstr[2]", "%d fA"}}},
	}
	if !reflect.DeepEqual(units, want) {
		t.Errorf("got  %+v\nwant %+v", units, want)
	}
}

// TestRussianFileInflections checks the Russian catalogs of the shared
// corpus for the term файл: every translation with a word starting with файл
// must draw a match, and no other translation may. It logs how much a
// whole-word search for "файл" would miss.
func TestRussianFileInflections(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(realdataPODir, "*.ru.po"))
	if len(paths) == 0 {
		t.Skipf("no *.ru.po files in %s (the shared corpus is not here)", realdataPODir)
	}
	g, errs := glossary.Parse("file.toml", []byte(realdataFileGlossary))
	if g == nil {
		t.Fatal(errs)
	}
	m := termmatch.NewIndex(g).Matcher("ru")

	type counts struct {
		units, with, exact, glosa int // units: all, with a файл word, found by whole-word "файл", found by glosa
		occ, occExact, occGlosa   int // occurrences of файл words, and how many each finds
		strs, fp                  int // translations checked; with false positives
		derivOnly                 int // units whose only файл words are derivatives (файловый)
	}
	var total counts
	forms := map[string][2]int{} // lower-cased form -> occurrences, found by glosa
	var table strings.Builder
	tw := tabwriter.NewWriter(&table, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "catalog\tunits\twith файл\texact\tglosa\texact misses\toccurrences\texact\tglosa\t")
	row := func(name string, c counts) {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%d\t%s\t%d\t%d\t%d\t\n", name, c.units, c.with, c.exact, c.glosa,
			realdataPercent(c.with-c.exact, c.with), c.occ, c.occExact, c.occGlosa)
	}
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		units, err := realdataParsePO(string(src))
		if err != nil {
			t.Fatalf("%s:%v", path, err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".ru.po")
		var c counts
		for _, u := range units {
			if u.msgid == "" && u.ctxt == "" {
				continue // the header
			}
			c.units++
			var with, exact, found, noun bool
			for _, s := range u.strs {
				if s.text == "" {
					continue
				}
				c.strs++
				matches := m.Match([]byte(s.text))
				hits := realdataAnyForm.FindAllStringSubmatchIndex(s.text, -1)
				if len(hits) == 0 {
					if len(matches) > 0 {
						c.fp++
						for _, mt := range matches {
							t.Errorf("%s:%d: %s: false positive %q in %q", path, s.line, s.key, mt.Text, s.text)
						}
					}
					continue
				}
				with = true
				if realdataExact.MatchString(s.text) {
					exact = true
				}
				if len(matches) > 0 {
					found = true
				} else {
					t.Errorf("%s:%d: %s: no match in %q", path, s.line, s.key, s.text)
				}
				for _, h := range hits {
					word := s.text[h[2]:h[3]]
					if !realdataDerivative.MatchString(word) {
						noun = true
					}
					c.occ++
					if strings.EqualFold(word, "файл") {
						c.occExact++
					}
					covered := false
					for _, mt := range matches {
						if mt.Start <= h[2] && h[3] <= mt.End {
							covered = true
						}
					}
					f := forms[strings.ToLower(word)]
					f[0]++
					if covered {
						c.occGlosa++
						f[1]++
					}
					forms[strings.ToLower(word)] = f
				}
			}
			if with {
				c.with++
				if !noun {
					c.derivOnly++
				}
			}
			if exact {
				c.exact++
			}
			if found {
				c.glosa++
			}
		}
		row(name, c)
		total.units += c.units
		total.with += c.with
		total.exact += c.exact
		total.glosa += c.glosa
		total.occ += c.occ
		total.occExact += c.occExact
		total.occGlosa += c.occGlosa
		total.strs += c.strs
		total.fp += c.fp
		total.derivOnly += c.derivOnly
	}
	row("total", total)
	tw.Flush()
	t.Logf("units with a word starting with файл, by catalog (units: entries but the header; exact: whole-word, case-insensitive \"файл\"; glosa: at least one match):\n%s", table.String())
	t.Logf("total: %d units, %d with файл; whole-word \"файл\" finds %d (misses %d, %s), glosa finds %d (%s); occurrences %d: whole-word %d, glosa %d",
		total.units, total.with, total.exact, total.with-total.exact, realdataPercent(total.with-total.exact, total.with),
		total.glosa, realdataPercent(total.glosa, total.with), total.occ, total.occExact, total.occGlosa)
	t.Logf("%d translations checked; %d without файл had a match (false positives)", total.strs, total.fp)
	t.Logf("%d of the %d units with файл have only derivatives (файловый...), not forms of the noun; glosa matches them too (key of файловый = key of файл)",
		total.derivOnly, total.with)

	keys := make([]string, 0, len(forms))
	for k := range forms {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if forms[keys[i]][0] != forms[keys[j]][0] {
			return forms[keys[i]][0] > forms[keys[j]][0]
		}
		return keys[i] < keys[j]
	})
	var fb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&fb, "  %-14s %4d occurrences, %4d matched by glosa\n", k, forms[k][0], forms[k][1])
	}
	t.Logf("forms:\n%s", fb.String())
}

func realdataPercent(n, of int) string {
	if of == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(of))
}

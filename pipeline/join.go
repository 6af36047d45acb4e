package pipeline

import (
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/langid"
)

// unitID is what pairs units across the files of a keyed set.
type unitID struct{ ctx, key, plural string }

// Join pairs the files of one keyed set into one catalog file: one-language
// files whose units carry keys (active.en.toml and active.es.toml,
// values/strings.xml and values-ru/strings.xml) and catalogs that hold
// their source beside one translation (x.es.po and x.ru.po of one domain).
// The source is files[0]: its only document, or a catalog's source
// document. Units pair by (Context, Key, Plural); a translation's plural
// category that the source lacks (Russian "few" against English "one" and
// "other") pairs with the source's unit of that key whose category is
// "other", else its last; a key the source lacks has no source (-1) in
// its row. Rows follow the source, then what the translations add.
func Join(files ...*format.File) *format.File {
	if len(files) == 1 {
		return files[0]
	}
	src := files[0].Docs[0]
	out := &format.File{Name: files[0].Name, Docs: []*format.Document{src}, LintSource: files[0].LintSource}
	byID := make(map[unitID]int, len(src.Units))       // the source's units
	byKey := make(map[[2]string][]int, len(src.Units)) // the source's units of a key, in order
	for i, u := range src.Units {
		id := unitID{u.Context, u.Key, u.Plural}
		if _, dup := byID[id]; !dup {
			byID[id] = i
		}
		k := [2]string{u.Context, u.Key}
		byKey[k] = append(byKey[k], i)
		row := []int{i}
		out.Units = append(out.Units, row)
	}
	firstRow := make([]int, len(src.Units)) // source unit -> its row
	for i := range firstRow {
		firstRow[i] = i
	}
	for _, f := range files {
		for _, t := range targetsOf(f, f == files[0]) {
			k := len(out.Docs)
			out.Docs = append(out.Docs, t.doc)
			for r := range out.Units {
				out.Units[r] = append(out.Units[r], -1)
			}
			for ti, id := range t.ids {
				s, ok := byID[id]
				if !ok {
					if us := byKey[[2]string{id.ctx, id.key}]; len(us) > 0 {
						s = us[len(us)-1]
						for _, u := range us {
							if src.Units[u].Plural == "other" {
								s = u
							}
						}
						ok = true
					}
				}
				if ok && out.Units[firstRow[s]][k] < 0 {
					out.Units[firstRow[s]][k] = ti
					continue
				}
				if !ok {
					s = -1
				}
				row := make([]int, k+1)
				for j := range row {
					row[j] = -1
				}
				row[0], row[k] = s, ti
				out.Units = append(out.Units, row)
			}
		}
	}
	return out
}

// SameTemplate reports whether files that hold their own source (x.es.po,
// x.ru.po) share one: the same messages by context and key. Files of one
// language (no source of their own) always do.
func SameTemplate(files ...*format.File) bool {
	var first map[[2]string]bool
	for _, f := range files {
		if f.Units == nil {
			continue
		}
		keys := make(map[[2]string]bool, len(f.Docs[0].Units))
		for _, u := range f.Docs[0].Units {
			keys[[2]string{u.Context, u.Key}] = true
		}
		if first == nil {
			first = keys
			continue
		}
		if len(keys) != len(first) {
			return false
		}
		for k := range keys {
			if !first[k] {
				return false
			}
		}
	}
	return true
}

type target struct {
	doc *format.Document
	ids []unitID // the id of each of doc's units
}

// targetsOf returns a file's translations with the id of each unit: a
// one-language file's own (none when it is the source), a catalog's
// translations by the key of the source unit each pairs with.
func targetsOf(f *format.File, isSource bool) []target {
	if f.Units == nil {
		if isSource {
			return nil
		}
		d := f.Docs[0]
		t := target{doc: d, ids: make([]unitID, len(d.Units))}
		for i, u := range d.Units {
			t.ids[i] = unitID{u.Context, u.Key, u.Plural}
		}
		return []target{t}
	}
	var out []target
	for k := 1; k < len(f.Docs); k++ {
		d := f.Docs[k]
		t := target{doc: d, ids: make([]unitID, len(d.Units))}
		seen := make([]bool, len(d.Units))
		for _, row := range f.Units {
			if row[k] < 0 || seen[row[k]] {
				continue
			}
			seen[row[k]] = true
			u := d.Units[row[k]]
			id := unitID{u.Context, u.Key, u.Plural}
			if row[0] >= 0 {
				s := f.Docs[0].Units[row[0]]
				id.ctx, id.key = s.Context, s.Key
			}
			t.ids[row[k]] = id
		}
		out = append(out, t)
	}
	return out
}

// A Group is the files of one set, found by their names: the source
// first, then its translations.
type Group struct {
	Files []string
	Langs []string // each file's language as its path names it ("" when it does not)
}

// Groups sorts files into sets by their names: files whose paths are the
// same but for the language they name (locales/en.json and
// locales/es-ES.json, po/es.po and po/ru.po, values/strings.xml and
// values-ru/strings.xml, docs/en/x.md and docs/es/x.md) are one set, the
// file in sourceLang (or naming no language) its source. known are the
// languages a path may name (es, en and ru always count). Catalogs that
// hold their own source (catalog reports them: x.es.po, x.ru.po) are one
// set without a file in sourceLang. Otherwise a group without a source is
// a set per file.
func Groups(files []string, sourceLang string, known []string, catalog func(string) bool) []Group {
	kb := knownBases(known)
	src := lang.Base(sourceLang)
	if src == "" {
		src = "en"
	}
	type member struct {
		file, lang string
	}
	byDomain := map[string][]member{}
	var order []string
	for _, f := range files {
		dom, l := domain(f, kb)
		if _, ok := byDomain[dom]; !ok {
			order = append(order, dom)
		}
		byDomain[dom] = append(byDomain[dom], member{f, l})
	}
	var out []Group
	for _, dom := range order {
		ms := byDomain[dom]
		si := -1
		for i, m := range ms {
			if lang.Base(m.lang) == src {
				si = i
				break
			}
		}
		if si < 0 {
			for i, m := range ms {
				if m.lang == "" {
					si = i
					break
				}
			}
		}
		if si < 0 && catalog != nil {
			all := true
			for _, m := range ms {
				all = all && catalog(m.file)
			}
			if all {
				si = 0
			}
		}
		if si < 0 || len(ms) == 1 {
			for _, m := range ms {
				out = append(out, Group{Files: []string{m.file}, Langs: []string{m.lang}})
			}
			continue
		}
		g := Group{Files: []string{ms[si].file}, Langs: []string{ms[si].lang}}
		rest := append(append([]member{}, ms[:si]...), ms[si+1:]...)
		sort.SliceStable(rest, func(i, j int) bool { return rest[i].lang < rest[j].lang })
		for _, m := range rest {
			g.Files = append(g.Files, m.file)
			g.Langs = append(g.Langs, m.lang)
		}
		out = append(out, g)
	}
	return out
}

// domain returns a file's path with the language it names replaced by
// "*", and that language.
func domain(file string, known map[string]bool) (string, string) {
	p := filepath.ToSlash(file)
	tag, ok := langFromPath(p, known)
	if !ok {
		// Android's default resources: values/ is values-*/ without a language.
		return androidDefault().ReplaceAllString(p, "${1}values-*/"), ""
	}
	// Android's qualifier directory is one marker, whatever its spelling.
	if i := strings.Index(p, "/values-"); i >= 0 || strings.HasPrefix(p, "values-") {
		dirs := strings.Split(p, "/")
		for j, d := range dirs[:len(dirs)-1] {
			if rest, ok := strings.CutPrefix(d, "values-"); ok && sameTag(strings.TrimPrefix(rest, "b+"), tag) {
				dirs[j] = "values-*"
				return strings.Join(dirs, "/"), tag
			}
		}
	}
	// Replace the last occurrence of the tag as the path spells it: a
	// word of the path, or two joined by '-', '_' or '+' (es-ES, ru_RU).
	type word struct{ start, end int }
	var words []word
	for i := 0; i < len(p); {
		if !isAlnum(p[i]) {
			i++
			continue
		}
		j := i
		for j < len(p) && isAlnum(p[j]) {
			j++
		}
		words = append(words, word{i, j})
		i = j
	}
	best, bestEnd := -1, -1
	for i, w := range words {
		if sameTag(p[w.start:w.end], tag) {
			best, bestEnd = w.start, w.end
		}
		if i+1 < len(words) && words[i+1].start == w.end+1 && strings.IndexByte("-_+", p[w.end]) >= 0 {
			if sameTag(p[w.start:words[i+1].end], tag) {
				best, bestEnd = w.start, words[i+1].end
			}
		}
	}
	if best < 0 {
		return p, tag
	}
	return p[:best] + "*" + p[bestEnd:], tag
}

func isAlnum(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= '0' && c <= '9' }

var androidRegion = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`-r([A-Z]{2})$`) })

var androidDefault = sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(`(^|/)values/`) })

// langFromPath is langid.FromPath with Android's and Apple's directory
// names too (values-es-rES, values-b+es+419, es.lproj).
func langFromPath(p string, known map[string]bool) (string, bool) {
	dirs := strings.Split(p, "/")
	for i := len(dirs) - 2; i >= 0; i-- {
		tag, ok := langid.Android(dirs[i])
		if !ok {
			tag, ok = langid.Apple(dirs[i])
		}
		if ok && known[lang.Base(tag)] {
			return tag, true
		}
	}
	return langid.FromPath(p, known)
}

func sameTag(s, tag string) bool {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "_", "-"), "+", "-")
	s = androidRegion().ReplaceAllString(s, "-$1")
	return strings.EqualFold(s, tag) || strings.EqualFold(s, lang.Base(tag)) && lang.Base(tag) == tag
}

package config

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/langid"
)

// A Job is one source file to check, with its translations.
type Job struct {
	Source       string        // Dir joined with the file's path
	Lang         string        // the check's lang, else from the file name; "" when neither says (detect it)
	Translations []Translation // existing translations, in the order of the check's translations
	Missing      []Translation // expected translations that do not exist
}

// A Translation is a translation's path (Dir joined, like Job.Source) and
// language.
type Translation struct{ Path, Lang string }

// Expand finds the files of every [[check]]: it walks Dir (never into
// hidden directories such as .git, nor into ignored ones), takes the files
// that match a check's globs and are not ignored, and returns one Job per
// source file, sorted by path. A file matched by two checks belongs to the
// first. A file that is an expected translation of another source of its
// check is not a source itself, so that "docs/**/*.md" with lang "es" and
// translations ["en"] checks docs/es/x.md against docs/en/x.md once.
// Translations in ignored paths are left out of both Translations and
// Missing.
//
// The error, a [diag.List], lists directories that cannot be read and, at
// their check's position, sources whose translations cannot be named: a
// check with translations needs each source's language in its path (see
// [TranslationPath]). The jobs found are returned even then.
func (c *Config) Expand() ([]Job, error) {
	var errs diag.List
	dir := c.Dir
	if dir == "" {
		dir = "."
	}
	var files []string // slash-separated, relative to dir
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			errs = append(errs, diag.Diagnostic{File: p, Severity: diag.Error, ID: "ConfigWalk", Data: map[string]any{"Err": unwrap(err)}})
			return nil // a directory that cannot be read is skipped
		}
		if p == dir {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if e.IsDir() {
			if strings.HasPrefix(e.Name(), ".") || c.ignoredRel(rel) {
				return filepath.SkipDir
			}
			return nil
		}
		if !e.Type().IsRegular() && !isFile(p) || c.ignoredRel(rel) {
			return nil
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		errs = append(errs, diag.Diagnostic{File: dir, Severity: diag.Error, ID: "ConfigWalk", Data: map[string]any{"Err": unwrap(err)}})
	}

	var jobs []Job
	claimed := map[string]bool{}
	for _, ch := range c.Checks {
		jobs = append(jobs, c.expandCheck(ch, files, claimed, &errs)...)
	}
	slices.SortFunc(jobs, func(a, b Job) int { return strings.Compare(a.Source, b.Source) })
	if slices.ContainsFunc(errs, func(d diag.Diagnostic) bool { return d.ID == "ConfigWalk" }) {
		// What could not be read cannot match: say that, not every glob.
		errs = slices.DeleteFunc(errs, func(d diag.Diagnostic) bool { return d.ID == "ConfigGlobNoMatch" })
	}
	return jobs, sorted(errs)
}

// expandCheck returns the jobs of one check among files, claiming them.
func (c *Config) expandCheck(ch Check, files []string, claimed map[string]bool, errs *diag.List) []Job {
	known := map[string]bool{"es": true, "en": true, "ru": true}
	for _, t := range append([]string{ch.Lang}, ch.Translations...) {
		if t != "" {
			b, _ := language.Make(t).Base()
			known[b.String()] = true
		}
	}
	type cand struct {
		rel, lang string
		trans     []string // relative paths, one per ch.Translations; "" for the source's own language
		problem   string   // message ID when the translations cannot be named
	}
	var cands []cand
	translation := map[string]bool{}
	matched := make([]bool, len(ch.Files))
	for _, f := range files {
		for i, g := range ch.Files {
			matched[i] = matched[i] || match(g, f)
		}
	}
	for i, ok := range matched {
		if !ok { // a glob that matches nothing is a typo or a moved tree, not a green run
			*errs = append(*errs, diag.Diagnostic{File: c.File, Line: ch.Line, Col: ch.Col, Severity: diag.Error, ID: "ConfigGlobNoMatch",
				Data: map[string]any{"Glob": ch.Files[i]}})
		}
	}
	for _, f := range files {
		if claimed[f] || !matchAny(ch.Files, f) {
			continue
		}
		claimed[f] = true
		cd := cand{rel: f, lang: ch.Lang}
		if cd.lang == "" {
			cd.lang, _ = langid.FromPath(f, known)
		}
		if len(ch.Translations) > 0 {
			if cd.lang == "" {
				cd.problem = "ConfigNoLangInPath"
			}
			for _, t := range ch.Translations {
				if cd.problem != "" {
					break
				}
				if t == cd.lang {
					cd.trans = append(cd.trans, "")
					continue
				}
				p, ok := TranslationPath(f, cd.lang, t)
				if !ok {
					cd.problem = "ConfigNoLangMarker"
					break
				}
				p = filepath.ToSlash(p)
				cd.trans = append(cd.trans, p)
				translation[p] = true
			}
		}
		cands = append(cands, cd)
	}
	var jobs []Job
	for _, cd := range cands {
		if translation[cd.rel] {
			continue
		}
		j := Job{Source: c.join(cd.rel), Lang: cd.lang}
		if cd.problem != "" {
			*errs = append(*errs, diag.Diagnostic{File: c.File, Line: ch.Line, Col: ch.Col, Severity: diag.Error, ID: cd.problem,
				Data: map[string]any{"File": j.Source, "Lang": cd.lang}})
			continue
		}
		for i, p := range cd.trans {
			if p == "" || c.ignoredRel(p) {
				continue
			}
			t := Translation{Path: c.join(p), Lang: ch.Translations[i]}
			if isFile(t.Path) {
				j.Translations = append(j.Translations, t)
			} else {
				j.Missing = append(j.Missing, t)
			}
		}
		jobs = append(jobs, j)
	}
	return jobs
}

// join returns Dir joined with a slash-separated relative path.
func (c *Config) join(rel string) string {
	return filepath.Join(c.Dir, filepath.FromSlash(rel))
}

// isFile reports whether p is a regular file, following symbolic links.
func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.Mode().IsRegular()
}

func unwrap(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// TranslationPath returns the path of src's translation into toLang: src
// with each language marker of fromLang replaced by toLang. The markers are
// those [langid.FromPath] reads: a part of the file name between dots or
// underscores other than the first (x.es.txt → x.en.txt, x_es.po →
// x_ru.po, GEN.001.es → GEN.001.en), the first of a name of at most two
// parts (es.toml → en.toml), and a directory (es/x.md → en/x.md). A marker
// is any spelling of the tag ("ES", "spa", "pt_BR" for pt-BR); the
// replacement keeps its case and separator. Give src relative to the
// project (config.Dir) so that no directory above it is taken for a
// marker. ok is false when src has no marker of fromLang, when either tag
// is invalid, or when they are the same language.
func TranslationPath(src, fromLang, toLang string) (string, bool) {
	from, err1 := language.Parse(fromLang)
	to, err2 := language.Parse(toLang)
	if err1 != nil || err2 != nil || from == to {
		return "", false
	}
	p := filepath.ToSlash(src)
	dir, file := path.Split(p)
	var b strings.Builder
	found := false
	// Directories.
	for seg := range strings.SplitAfterSeq(dir, "/") {
		name := strings.TrimSuffix(seg, "/")
		if isMarker(name, from) {
			b.WriteString(respell(to.String(), name))
			b.WriteString(seg[len(name):])
			found = true
			continue
		}
		b.WriteString(seg)
	}
	// File name parts.
	type span struct{ start, end int }
	var parts []span
	start := -1
	for i := 0; i <= len(file); i++ {
		if i == len(file) || file[i] == '.' || file[i] == '_' {
			if start >= 0 {
				parts = append(parts, span{start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	last := 0
	for i, sp := range parts {
		if i == 0 && len(parts) > 2 {
			continue
		}
		if name := file[sp.start:sp.end]; isMarker(name, from) {
			b.WriteString(file[last:sp.start])
			b.WriteString(respell(to.String(), name))
			last = sp.end
			found = true
		}
	}
	b.WriteString(file[last:])
	if !found {
		return "", false
	}
	return filepath.FromSlash(b.String()), true
}

// isMarker reports whether a path part names the language tag.
func isMarker(s string, tag language.Tag) bool {
	if len(s) < 2 || len(s) > 12 {
		return false
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	return err == nil && t == tag
}

// respell writes tag as the marker it replaces was written: in capitals
// ("ES"), or with an underscore ("pt_BR").
func respell(tag, marker string) string {
	if strings.ToUpper(marker) == marker {
		tag = strings.ToUpper(tag)
	}
	if strings.Contains(marker, "_") {
		tag = strings.ReplaceAll(tag, "-", "_")
	}
	return tag
}

package config

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"golang.org/x/text/language"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/internal/tomlpos"
)

// FileName is the name of the configuration file.
const FileName = ".glosa.toml"

// Config is a decoded configuration file. Paths and globs in it are
// relative to Dir, the file's directory; Glossaries are already resolved
// against it. It holds no hidden state: a Config built by hand works as
// well as a decoded one, and its methods are safe for concurrent use.
type Config struct {
	File string // the file as given to Load or Parse
	Dir  string // its directory

	Glossaries     []string          // glossary files, joined to Dir unless absolute
	FailOn         string            // "error", "warning", "info", "never", or "" when not set
	Ignore         []string          // globs of paths never checked, slash-separated
	IgnoreTerms    []string          // as written; check.Ignore matches them
	IgnoreSegments []string          // white space collapsed to single spaces
	Rules          map[string]string // rule id -> "off", "info", "warning" or "error"; nil when not set
	Checks         []Check
}

// Check is one [[check]] table: which files are checked, in which language,
// against which translations.
type Check struct {
	Files        []string // globs, slash-separated
	Lang         string   // canonical BCP 47 tag, or "": from the file name, else detected
	Translations []string // canonical tags of the translations, in the order written
	Line, Col    int      // position of the table's header, for problems found by Expand
}

// Find returns the configuration file of dir: FileName in dir or in the
// nearest of its parents. The path is dir joined with as many ".." as it
// took, so a relative dir gives a relative path ("../.glosa.toml").
func Find(dir string) (string, bool) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		p := filepath.Join(dir, FileName)
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() {
			return p, true
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return "", false
		}
		abs, dir = parent, filepath.Join(dir, "..")
	}
}

// Load reads and decodes the configuration file at path; see [Parse].
func Load(path string, knownRules []string) (*Config, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		msg := err.Error()
		if errors.As(err, &pe) {
			msg = pe.Err.Error()
		}
		return nil, diag.List{{File: path, Severity: diag.Error, ID: "ConfigRead", Data: map[string]any{"Err": msg}}}
	}
	return Parse(path, src, knownRules)
}

// Parse decodes a configuration file's contents; name is its path, used in
// errors and to set Dir. The keys of [rules] must be among knownRules (the
// ids of check.AllRules); with nil, rule ids are not checked. On any
// problem the Config is nil and the error is a [diag.List] of every
// problem found, sorted by position.
func Parse(name string, src []byte, knownRules []string) (*Config, error) {
	d := &decoder{name: name, cfg: &Config{File: name, Dir: filepath.Dir(name)}, rules: knownRules}
	var raw map[string]any
	if _, err := toml.Decode(string(src), &raw); err != nil {
		e := diag.Diagnostic{File: name, Line: 1, Col: 1, Severity: diag.Error, ID: "ConfigSyntax", Data: map[string]any{"Err": err.Error()}}
		var pe toml.ParseError
		if errors.As(err, &pe) {
			// Position.Start is exact; Position.Line can be one too far
			// when the error is at a line's end.
			e.Line, e.Col = tomlpos.Position(src, pe.Position.Start)
			e.Data["Err"] = pe.Message
		}
		return nil, diag.List{e}
	}
	d.loc = tomlpos.New(src)
	d.decode(raw)
	if err := sorted(d.errs); err != nil {
		return nil, err
	}
	return d.cfg, nil
}

// The keys of the file and of a [[check]], and the values of fail-on and of
// a rule.
var (
	topKeys    = []string{"glossary", "fail-on", "ignore", "ignore-terms", "ignore-segments", "rules", "check"}
	checkKeys  = []string{"files", "lang", "translations"}
	failOns    = []string{"error", "warning", "info", "never"}
	severities = []string{"off", "info", "warning", "error"}
)

type decoder struct {
	name  string
	cfg   *Config
	rules []string
	loc   *tomlpos.Locator
	errs  diag.List
}

// errorf records a problem at path (see package tomlpos).
func (d *decoder) errorf(path, id string, data map[string]any) {
	line, col := d.position(path)
	d.errs = append(d.errs, diag.Diagnostic{File: d.name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: data})
}

func (d *decoder) position(path string) (line, col int) {
	if off, ok := d.loc.Lookup(path); ok {
		return d.loc.At(off)
	}
	return 1, 1
}

// unknown reports an unknown key, with the known key nearest to it.
func (d *decoder) unknown(path, key string, known []string) {
	if s := diag.Suggest(key, known); s != "" {
		d.errorf(path, "ConfigUnknownKeySuggest", map[string]any{"Key": key, "Suggestion": s})
		return
	}
	d.errorf(path, "ConfigUnknownKey", map[string]any{"Key": key})
}

func (d *decoder) decode(raw map[string]any) {
	c := d.cfg
	for _, k := range d.loc.Keys("", raw) {
		v := raw[k]
		switch k {
		case "glossary":
			list, _ := d.strings(k, k, v, true)
			for _, e := range list {
				p := filepath.FromSlash(e.s)
				if !filepath.IsAbs(p) {
					p = filepath.Join(c.Dir, p)
				}
				c.Glossaries = append(c.Glossaries, p)
			}
		case "fail-on":
			if s, ok := d.str(k, k, v); ok {
				if slices.Contains(failOns, s) {
					c.FailOn = s
				} else {
					d.errorf(k+".0", "ConfigBadFailOn", map[string]any{"Value": s})
				}
			}
		case "ignore":
			c.Ignore = d.globs(k, k, v, false)
		case "ignore-terms":
			c.IgnoreTerms = d.stringList(k, k, v)
		case "ignore-segments":
			for _, s := range d.stringList(k, k, v) {
				c.IgnoreSegments = append(c.IgnoreSegments, collapse(s))
			}
		case "rules":
			m, ok := v.(map[string]any)
			if !ok {
				d.errorf(k, "ConfigNotTable", map[string]any{"Key": k})
				continue
			}
			d.rulesTable(m)
		case "check":
			switch list := v.(type) {
			case []map[string]any:
				for i, m := range list {
					d.check(i, m)
				}
			case []any: // check = [{ files = "…" }]
				for i, e := range list {
					m, ok := e.(map[string]any)
					if !ok {
						d.errorf(k, "ConfigNotArrayOfTables", map[string]any{"Key": k})
						break
					}
					d.check(i, m)
				}
			default:
				d.errorf(k, "ConfigNotArrayOfTables", map[string]any{"Key": k})
			}
		default:
			d.unknown(k, k, topKeys)
		}
	}
}

func (d *decoder) rulesTable(m map[string]any) {
	c := d.cfg
	c.Rules = map[string]string{}
	for _, id := range d.loc.Keys("rules", m) {
		path := "rules." + id
		if d.rules != nil && !slices.Contains(d.rules, id) {
			if s := diag.Suggest(id, d.rules); s != "" {
				d.errorf(path, "ConfigUnknownRuleSuggest", map[string]any{"Rule": id, "Suggestion": s})
			} else {
				d.errorf(path, "ConfigUnknownRule", map[string]any{"Rule": id})
			}
			continue
		}
		s, ok := d.str(path, path, m[id])
		if !ok {
			continue
		}
		if !slices.Contains(severities, s) {
			d.errorf(path+".0", "ConfigBadSeverity", map[string]any{"Rule": id, "Value": s})
			continue
		}
		c.Rules[id] = s
	}
}

// check reads the i-th [[check]].
func (d *decoder) check(i int, m map[string]any) {
	prefix := "check." + strconv.Itoa(i)
	ch := Check{}
	ch.Line, ch.Col = d.position(prefix)
	keys := d.loc.Keys(prefix, m)
	// lang first: the translations are compared with it.
	if v, ok := m["lang"]; ok {
		if s, ok := d.str(prefix+".lang", "lang", v); ok {
			ch.Lang, _ = d.tag(prefix+".lang.0", s)
		}
	}
	for _, k := range keys {
		path := prefix + "." + k
		switch k {
		case "files":
			ch.Files = d.globs(path, k, m[k], true)
		case "lang":
		case "translations":
			list, _ := d.strings(path, k, m[k], false)
			for _, e := range list {
				epath := e.path
				tag, ok := d.tag(epath, e.s)
				switch {
				case !ok:
				case tag == ch.Lang:
					d.errorf(epath, "ConfigTranslationIsSource", map[string]any{"Lang": tag})
				case slices.Contains(ch.Translations, tag):
					d.errorf(epath, "ConfigDuplicateTranslation", map[string]any{"Lang": tag})
				default:
					ch.Translations = append(ch.Translations, tag)
				}
			}
		default:
			d.unknown(path, k, checkKeys)
		}
	}
	if _, ok := m["files"]; !ok {
		d.errorf(prefix, "ConfigMissingFiles", nil)
	}
	d.cfg.Checks = append(d.cfg.Checks, ch)
}

// str reads a string value; key names it in messages.
func (d *decoder) str(path, key string, v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		d.errorf(path, "ConfigNotString", map[string]any{"Key": key})
	}
	return s, ok
}

// An elem is a string of a value that holds a string or an array of
// strings, with its path.
type elem struct{ s, path string }

// strings reads a string or an array of strings, none of them empty; an
// empty array is an error when required. It returns the good strings, and
// false when the value is not a string or an array.
func (d *decoder) strings(path, key string, v any, required bool) ([]elem, bool) {
	var list []any
	switch v := v.(type) {
	case string:
		list = []any{v}
	case []any:
		list = v
	default:
		d.errorf(path, "ConfigNotStrings", map[string]any{"Key": key})
		return nil, false
	}
	if len(list) == 0 && required {
		d.errorf(path, "ConfigEmptyList", map[string]any{"Key": key})
	}
	out := make([]elem, 0, len(list))
	for j, e := range list {
		// A lone string is element 0, like the first of an array.
		epath := path + "." + strconv.Itoa(j)
		s, ok := e.(string)
		switch {
		case !ok:
			d.errorf(epath, "ConfigNotStrings", map[string]any{"Key": key})
		case strings.TrimSpace(s) == "":
			d.errorf(epath, "ConfigEmptyString", map[string]any{"Key": key})
		default:
			out = append(out, elem{s, epath})
		}
	}
	return out, true
}

// stringList is strings without the paths.
func (d *decoder) stringList(path, key string, v any) []string {
	list, _ := d.strings(path, key, v, false)
	var out []string
	for _, e := range list {
		out = append(out, e.s)
	}
	return out
}

// globs reads a string or an array of globs and checks them.
func (d *decoder) globs(path, key string, v any, required bool) []string {
	list, _ := d.strings(path, key, v, required)
	var out []string
	for _, e := range list {
		if id := globProblem(e.s); id != "" {
			d.errorf(e.path, id, map[string]any{"Glob": e.s})
			continue
		}
		out = append(out, cleanGlob(e.s))
	}
	return out
}

// tag parses a BCP 47 tag and returns its canonical form.
func (d *decoder) tag(path, s string) (string, bool) {
	t, err := language.Parse(s)
	if err != nil {
		d.errorf(path, "ConfigBadLanguage", map[string]any{"Tag": s})
		return "", false
	}
	return t.String(), true
}

// collapse replaces each run of white space in s with one space and trims
// it at both ends.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// sorted sorts errs and returns it, or nil when it is empty.
func sorted(errs diag.List) error {
	if len(errs) == 0 {
		return nil
	}
	errs.Sort()
	return errs
}

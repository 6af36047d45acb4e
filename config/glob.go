package config

import (
	"path"
	"path/filepath"
	"strings"
)

// globProblem returns the message ID of what is wrong with a glob, or "".
func globProblem(g string) string {
	if path.IsAbs(g) || filepath.IsAbs(g) || filepath.VolumeName(g) != "" {
		return "ConfigGlobOutside"
	}
	for seg := range strings.SplitSeq(g, "/") {
		if seg == ".." {
			return "ConfigGlobOutside"
		}
		if seg == "**" {
			continue
		}
		if _, err := path.Match(seg, ""); err != nil {
			return "ConfigBadGlob"
		}
	}
	return ""
}

// cleanGlob removes what does not change what a valid glob matches: "./"
// at the start, doubled and trailing slashes.
func cleanGlob(g string) string {
	if c := path.Clean(g); c != "." {
		return c
	}
	return g
}

// match reports whether name, a slash-separated path relative to the
// configuration's directory, matches glob: "**" as a whole segment matches
// any number of segments, none included; any other segment matches one
// segment as in [path.Match].
func match(glob, name string) bool {
	return matchSegs(strings.Split(glob, "/"), strings.Split(name, "/"))
}

func matchSegs(g, n []string) bool {
	for len(g) > 0 {
		if g[0] == "**" {
			for len(g) > 1 && g[1] == "**" {
				g = g[1:]
			}
			if len(g) == 1 {
				return true
			}
			for i := range len(n) + 1 {
				if matchSegs(g[1:], n[i:]) {
					return true
				}
			}
			return false
		}
		if len(n) == 0 {
			return false
		}
		if ok, _ := path.Match(g[0], n[0]); !ok {
			return false
		}
		g, n = g[1:], n[1:]
	}
	return len(n) == 0
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if match(g, name) {
			return true
		}
	}
	return false
}

// Ignored reports whether path, as the command line sees it (relative to
// the working directory, or absolute), is ignored: it or one of its
// directories matches a glob of the ignore list. A path outside the
// configuration's directory is never ignored.
func (c *Config) Ignored(p string) bool {
	rel, ok := c.rel(p)
	return ok && c.ignoredRel(rel)
}

// ignoredRel is Ignored for a slash-separated path relative to Dir.
func (c *Config) ignoredRel(rel string) bool {
	if len(c.Ignore) == 0 {
		return false
	}
	for {
		if matchAny(c.Ignore, rel) {
			return true
		}
		i := strings.LastIndexByte(rel, '/')
		if i < 0 {
			return false
		}
		rel = rel[:i]
	}
}

// rel returns p relative to Dir, slash-separated; ok is false when p is
// outside Dir.
func (c *Config) rel(p string) (string, bool) {
	dir := c.Dir
	if dir == "" {
		dir = "."
	}
	if filepath.IsAbs(p) != filepath.IsAbs(dir) {
		var err error
		if p, err = filepath.Abs(p); err != nil {
			return "", false
		}
		if dir, err = filepath.Abs(dir); err != nil {
			return "", false
		}
	}
	r, err := filepath.Rel(dir, p)
	if err != nil || r == ".." || strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return "", false
	}
	return filepath.ToSlash(r), true
}

package main

import (
	"bufio"
	"bytes"
	"errors"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/glosa-dev/glosa/check"
)

// changedLines is what --changed-since REV keeps: the lines of each file
// added or modified since REV (git diff --unified=0 REV --, staged or not,
// renames followed), and every line of a file git does not track yet (an
// untracked file is new). Files are keyed by absolute path with symlinks
// resolved, so that findings name them as the user did.
type changedLines struct {
	files map[string][]lineRange // sorted, disjoint
	whole map[string]bool        // untracked files: every line is new
	abs   map[string]string      // a finding's File → its key, cached
}

// lineRange is lines From..To, 1-based, inclusive.
type lineRange struct{ From, To int }

// changedSince finds the lines changed since rev in the repositories
// holding the jobs' files (nil, true when rev is ""). Every problem (git
// missing, a file in no repository, an unknown revision, standard input,
// which git cannot compare) is reported and returns false.
func (a *app) changedSince(rev string, jobs []checkJob) (*changedLines, bool) {
	if rev == "" {
		return nil, true
	}
	if _, err := exec.LookPath("git"); err != nil {
		a.errorf("ErrChangedNoGit", nil)
		return nil, false
	}
	c := &changedLines{files: map[string][]lineRange{}, whole: map[string]bool{}, abs: map[string]string{}}
	tops := map[string]bool{} // the repositories read
	dirs := map[string]bool{} // the directories asked about
	for _, j := range jobs {
		for _, f := range j.files {
			if f == "-" {
				a.errorf("ErrChangedStdin", nil)
				return nil, false
			}
			// Each directory is asked for its repository: a submodule
			// or a nested repository is one of its own.
			dir := filepath.Dir(c.key(f))
			if dirs[dir] {
				continue
			}
			dirs[dir] = true
			if _, err := os.Stat(dir); err != nil {
				continue // the file is missing: reading it says so
			}
			out, err := gitOutput(dir, "rev-parse", "--show-toplevel")
			if err != nil {
				if strings.Contains(err.Error(), "not a git repository") {
					a.errorf("ErrChangedNotRepo", map[string]any{"File": f})
				} else {
					a.errorf("ErrChangedGit", map[string]any{"Err": err.Error()})
				}
				return nil, false
			}
			top := resolve(strings.TrimRight(string(out), "\n"))
			if tops[top] {
				continue
			}
			tops[top] = true
			if !a.readChanges(c, top, rev) {
				return nil, false
			}
		}
	}
	return c, true
}

// readChanges adds the changes of the repository at top since rev.
func (a *app) readChanges(c *changedLines, top, rev string) bool {
	if _, err := gitOutput(top, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}"); err != nil {
		a.errorf("ErrChangedRevision", map[string]any{"Rev": rev, "Repo": top})
		return false
	}
	// Plain output whatever the user's configuration: a/ and b/ prefixes,
	// no colour, no external diff or text conversion; renames followed, so
	// that a moved file shows only its edited lines.
	diff, err := gitOutput(top, "-c", "core.quotePath=true", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-textconv",
		"--find-renames", "--src-prefix=a/", "--dst-prefix=b/", "--end-of-options", rev, "--")
	if err != nil {
		a.errorf("ErrChangedGit", map[string]any{"Err": err.Error()})
		return false
	}
	for name, ranges := range parseDiff(diff) {
		k := filepath.Join(top, filepath.FromSlash(name))
		c.files[k] = append(c.files[k], ranges...)
	}
	untracked, err := gitOutput(top, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		a.errorf("ErrChangedGit", map[string]any{"Err": err.Error()})
		return false
	}
	for _, name := range strings.Split(string(untracked), "\x00") {
		if name != "" {
			c.whole[filepath.Join(top, filepath.FromSlash(name))] = true
		}
	}
	return true
}

// Keep returns the findings on changed lines: a finding is kept when one
// of its lines changed, or the line of the source it was compared with (a
// translation that an edit of its source made wrong is news too). A
// finding with no line is kept when its file changed at all. Keep on a nil
// *changedLines keeps everything.
func (c *changedLines) Keep(findings []check.Finding) []check.Finding {
	if c == nil {
		return findings
	}
	kept := findings[:0:0]
	for _, f := range findings {
		if c.changed(f.File, f.Line, max(f.EndLine, f.Line)) ||
			(f.SourceFile != "" && c.changed(f.SourceFile, f.SourceLine, f.SourceLine)) {
			kept = append(kept, f)
		}
	}
	return kept
}

// changed reports whether one of lines from..to of file changed (any line
// of it when from is 0).
func (c *changedLines) changed(file string, from, to int) bool {
	k := c.key(file)
	if c.whole[k] {
		return true
	}
	rs := c.files[k]
	if from <= 0 {
		return len(rs) > 0
	}
	i := sort.Search(len(rs), func(i int) bool { return rs[i].To >= from })
	return i < len(rs) && rs[i].From <= to
}

// key is file's absolute path, symlinks resolved (git's top level is).
func (c *changedLines) key(file string) string {
	if k, ok := c.abs[file]; ok {
		return k
	}
	k, err := filepath.Abs(file)
	if err == nil {
		// The directory, not the file: a deleted or unreadable file still has one.
		k = filepath.Join(resolve(filepath.Dir(k)), filepath.Base(k))
	}
	c.abs[file] = k
	return k
}

// resolve is dir with symlinks resolved, or dir itself if that fails.
func resolve(dir string) string {
	if r, err := filepath.EvalSymlinks(dir); err == nil {
		return r
	}
	return dir
}

// gitOutput runs git in dir and returns its standard output; the error
// carries git's first line on stderr.
func gitOutput(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_PAGER=cat", "LC_ALL=C")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if line, _, _ := strings.Cut(strings.TrimSpace(stderr.String()), "\n"); line != "" {
			return nil, errors.New(line)
		}
		return nil, err
	}
	return out, nil
}

// parseDiff reads the output of git diff --unified=0 into the added or
// modified line ranges of each file, by its path after the change
// (relative to the top level, slash-separated). Deleted files and pure
// deletions add no lines.
func parseDiff(diff []byte) map[string][]lineRange {
	files := map[string][]lineRange{}
	var name string
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64*1024), 1<<30)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "diff --git "):
			name = ""
		case strings.HasPrefix(line, "+++ "):
			name = diffPath(line[len("+++ "):])
		case strings.HasPrefix(line, "@@ ") && name != "":
			if r, ok := parseHunk(line); ok {
				files[name] = append(files[name], r)
			}
		}
	}
	return files
}

// diffPath is the path of a "+++ " line: b/PATH, perhaps C-quoted
// ("b/caf\303\251.po"), or "" for /dev/null (a deleted file).
func diffPath(s string) string {
	if strings.HasPrefix(s, `"`) {
		u, err := strconv.Unquote(s)
		if err != nil {
			return ""
		}
		s = u
	} else {
		s = strings.TrimSuffix(s, "\t") // git ends a name holding a space with a tab
	}
	name, ok := strings.CutPrefix(s, "b/")
	if !ok {
		return ""
	}
	return name
}

// parseHunk reads "@@ -a,b +c,d @@ …": the new lines c..c+d-1 (d is 1
// when omitted; 0 is a deletion, which adds no line).
func parseHunk(line string) (lineRange, bool) {
	f := strings.Fields(line)
	if len(f) < 3 || !strings.HasPrefix(f[2], "+") {
		return lineRange{}, false
	}
	start, count, found := strings.Cut(f[2][1:], ",")
	c, n := 0, 1
	var err error
	if c, err = strconv.Atoi(start); err != nil {
		return lineRange{}, false
	}
	if found {
		if n, err = strconv.Atoi(count); err != nil {
			return lineRange{}, false
		}
	}
	if n <= 0 || c <= 0 || c > math.MaxInt-n {
		return lineRange{}, false
	}
	return lineRange{c, c + n - 1}, true
}

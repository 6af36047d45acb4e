// Command glosa checks terminology in Spanish, English and Russian texts
// against a trilingual glossary. Run "glosa help" for the commands.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	_ "github.com/glosa-dev/glosa/glossary/all" // every termbase format
	"github.com/glosa-dev/glosa/internal/glosscache"
	"github.com/glosa-dev/glosa/locales"
	"github.com/glosa-dev/glosa/termmatch"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

func main() {
	// GLOSA_CPUPROFILE=file writes a CPU profile of the run, for developers
	// (go tool pprof).
	if name := os.Getenv("GLOSA_CPUPROFILE"); name != "" {
		if f, err := os.Create(name); err == nil && pprof.StartCPUProfile(f) == nil {
			code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
			pprof.StopCPUProfile()
			f.Close()
			os.Exit(code)
		}
	}
	// GLOSA_MEMPROFILE=file writes a heap profile at the end of the run
	// (go tool pprof -sample_index=inuse_space).
	if name := os.Getenv("GLOSA_MEMPROFILE"); name != "" {
		code := run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
		if f, err := os.Create(name); err == nil {
			pprof.Lookup("allocs").WriteTo(f, 0)
			f.Close()
		}
		os.Exit(code)
	}
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv))
}

// app is one run of the command: its streams and the UI language.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	getenv         func(string) string
	p              *locales.Printer
	noCache        bool // --no-cache: load glossaries without the cache
}

type command struct {
	name  string
	usage string // locales message ID
	run   func(a *app, args []string) int
}

var commands []command

func init() {
	commands = []command{
		{"check", "UsageCheck", (*app).check},
		{"scan", "UsageScan", (*app).scan},
		{"lookup", "UsageLookup", (*app).lookup},
		{"segment", "UsageSegment", (*app).segment},
		{"align", "UsageAlign", (*app).align},
		{"handout", "UsageHandout", (*app).handout},
		{"extract", "UsageExtract", (*app).extract},
		{"glossary", "UsageGlossary", (*app).glossary},
		{"version", "UsageVersion", (*app).version},
		{"help", "UsageHelp", (*app).help},
	}
}

func run(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, getenv: getenv}
	a.p = locales.Pick(uiLangArg(args), getenv)
	// --ui-lang may come before the command too: glosa --ui-lang ru check …
	for len(args) > 0 {
		if a := args[0]; strings.HasPrefix(a, "--ui-lang=") || strings.HasPrefix(a, "-ui-lang=") {
			args = args[1:]
		} else if (a == "--ui-lang" || a == "-ui-lang") && len(args) > 1 {
			args = args[2:]
		} else {
			break
		}
	}
	if len(args) == 0 {
		fmt.Fprintln(stderr, a.p.T("UsageMain", nil))
		return exitError
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help":
		fmt.Fprintln(stdout, a.p.T("UsageMain", nil))
		return exitOK
	case "-version", "--version":
		name = "version"
	}
	for _, c := range commands {
		if c.name == name {
			return c.run(a, args[1:])
		}
	}
	a.errorf("ErrUnknownCommand", map[string]any{"Command": name})
	return exitError
}

// uiLangArg finds --ui-lang anywhere in args, so that even usage errors are
// printed in the chosen language.
func uiLangArg(args []string) string {
	for i, a := range args {
		for _, p := range []string{"--ui-lang=", "-ui-lang="} {
			if strings.HasPrefix(a, p) {
				return a[len(p):]
			}
		}
		if (a == "--ui-lang" || a == "-ui-lang") && i+1 < len(args) {
			return args[i+1]
		}
	}
	return ""
}

// errorf prints "glosa: message" on stderr.
func (a *app) errorf(id string, data map[string]any) {
	fmt.Fprintf(a.stderr, "glosa: %s\n", a.p.T(id, data))
}

// flags returns a flag set for a command, with the flags every command has.
func (a *app) flags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.String("ui-lang", "", "")
	fs.Usage = func() {} // -h is handled by parse; errors print one line, not the usage
	return fs
}

// parse parses flags and operands in any order. It returns the operands and
// an exit code to return at once, or -1 to go on.
func (a *app) parse(fs *flag.FlagSet, args []string, usage string) ([]string, int) {
	var operands []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(a.stdout, a.p.T(usage, nil))
			return nil, exitOK
		}
		if err != nil {
			a.flagError(err, fs.Name())
			return nil, exitError
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, -1
		}
		if rest[0] == "--" {
			return append(operands, rest[1:]...), -1
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}

// flagError prints the flag package's error in the UI language.
func (a *app) flagError(err error, cmd string) {
	msg := err.Error()
	data := map[string]any{"Command": cmd}
	switch {
	case strings.HasPrefix(msg, "flag provided but not defined: "):
		data["Flag"] = strings.TrimPrefix(msg, "flag provided but not defined: ")
		a.errorf("ErrUnknownFlag", data)
	case strings.HasPrefix(msg, "flag needs an argument: "):
		data["Flag"] = strings.TrimPrefix(msg, "flag needs an argument: ")
		a.errorf("ErrFlagNeedsArg", data)
	default:
		data["Err"] = msg
		a.errorf("ErrBadFlag", data)
	}
}

// multiFlag is a repeatable string flag.
type multiFlag []string

func (m *multiFlag) String() string     { return strings.Join(*m, ",") }
func (m *multiFlag) Set(s string) error { *m = append(*m, s); return nil }

// loadGlossary loads the glossaries named by --glossary, or glossary.toml in
// the working directory when none is named. Errors (and warnings, when
// verbose) are printed; nil means exit 2.
func (a *app) loadGlossary(paths []string, showWarnings bool) *glossary.Glossary {
	return a.loadCached(paths, showWarnings, 0).Glossary
}

// defaultGlossary is the glossary a command reads without --glossary.
const defaultGlossary = "glossary.toml"

// glossaryFiles are the files --glossary's values stand for: themselves,
// or the default glossary when there are none.
func glossaryFiles(paths []string) []string {
	if len(paths) == 0 {
		return []string{defaultGlossary}
	}
	return paths
}

// loadIndex is loadGlossary, without warnings, with the glossary's index.
func (a *app) loadIndex(paths []string) (*glossary.Glossary, *termmatch.Index) {
	res := a.loadCached(paths, false, glosscache.Index)
	return res.Glossary, res.Index
}

// loadCached is loadGlossary with the parts want of package glosscache,
// through the cache unless --no-cache or GLOSA_NO_CACHE.
func (a *app) loadCached(paths []string, showWarnings bool, want glosscache.Parts) glosscache.Result {
	if len(paths) == 0 {
		if _, err := os.Stat(defaultGlossary); err != nil {
			a.errorf("ErrNoGlossary", nil)
			return glosscache.Result{}
		}
	}
	res := a.cache().Load(glossaryFiles(paths), want)
	var shown diag.List
	for _, d := range res.Diags {
		if d.Severity == diag.Error || showWarnings {
			shown = append(shown, d)
		}
	}
	a.printDiagnostics(shown)
	return res
}

// cache is the cache of compiled glossaries this run uses, nil for none.
func (a *app) cache() *glosscache.Cache {
	return glosscache.New(a.getenv, a.noCache, a.notef)
}

// cacheFlag adds --no-cache to the flags of a command that loads
// glossaries.
func (a *app) cacheFlag(fs *flag.FlagSet) { fs.BoolVar(&a.noCache, "no-cache", false, "") }

func (a *app) version(args []string) int {
	fs := a.flags("version")
	if _, code := a.parse(fs, args, "UsageVersion"); code >= 0 {
		return code
	}
	bi, _ := debug.ReadBuildInfo()
	fmt.Fprintln(a.stdout, a.p.T("Version", versionData(bi)))
	return exitOK
}

// versionData is what "glosa version" prints from the build info: the
// module version, the Go version, and the VCS revision with whether the
// work tree was modified (go build stamps them; go run and go test do
// not).
func versionData(bi *debug.BuildInfo) map[string]any {
	data := map[string]any{"Version": "(devel)", "Go": "", "Revision": "", "Modified": false}
	if bi == nil {
		return data
	}
	if bi.Main.Version != "" {
		data["Version"] = bi.Main.Version
	}
	data["Go"] = bi.GoVersion
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			data["Revision"] = s.Value
		case "vcs.modified":
			data["Modified"] = s.Value == "true"
		}
	}
	return data
}

// buildVersion is glosa's module version, or "(devel)".
func buildVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

func (a *app) help(args []string) int {
	fs := a.flags("help")
	args, code := a.parse(fs, args, "UsageHelp")
	if code >= 0 {
		return code
	}
	if len(args) > 0 {
		for _, c := range commands {
			if c.name == args[0] {
				fmt.Fprintln(a.stdout, a.p.T(c.usage, nil))
				return exitOK
			}
		}
		a.errorf("ErrUnknownCommand", map[string]any{"Command": args[0]})
		return exitError
	}
	fmt.Fprintln(a.stdout, a.p.T("UsageMain", nil))
	return exitOK
}

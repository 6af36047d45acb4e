package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/glosa-dev/glosa/format"
	_ "github.com/glosa-dev/glosa/format/all"
)

// The pre-commit hook runs glosa check when a file of any registered
// format changes.
func TestPreCommitHook(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", ".pre-commit-hooks.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Entry, Language, Files string
		PassFilenames              *bool `yaml:"pass_filenames"`
	}
	if err := yaml.Unmarshal(b, &hooks); err != nil {
		t.Fatal(err)
	}
	if len(hooks) != 1 || hooks[0].ID != "glosa-check" || hooks[0].Entry != "glosa check" || hooks[0].Language != "golang" {
		t.Fatalf("hooks: %+v", hooks)
	}
	files, err := regexp.Compile(hooks[0].Files)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range format.Names() {
		fm, _ := format.Lookup(name)
		for _, ext := range fm.Extensions {
			if !files.MatchString("x" + ext) {
				t.Errorf("files %q does not match %s's extension %s", hooks[0].Files, name, ext)
			}
		}
	}
}

// The example workflow writes SARIF with glosa check and uploads it, even
// when the check failed.
func TestWorkflowExample(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "examples", "github-actions.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		Permissions map[string]string
		Jobs        map[string]struct {
			Steps []struct {
				ID, If, Uses, Run string
				With              map[string]string
				ContinueOnError   bool `yaml:"continue-on-error"`
			}
		}
	}
	if err := yaml.Unmarshal(b, &wf); err != nil {
		t.Fatal(err)
	}
	if wf.Permissions["security-events"] != "write" {
		t.Errorf("permissions: %v", wf.Permissions)
	}
	sarif, uploaded := "", false
	for _, s := range wf.Jobs["check"].Steps {
		if strings.HasPrefix(s.Run, "glosa check ") && strings.Contains(s.Run, "--format sarif") {
			_, sarif, _ = strings.Cut(s.Run, "> ")
			if !s.ContinueOnError {
				t.Errorf("the check step stops the job before the upload")
			}
		}
		if strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif@") {
			uploaded = sarif != "" && s.With["sarif_file"] == strings.TrimSpace(sarif) && strings.Contains(s.If, "always()")
		}
	}
	if !uploaded {
		t.Errorf("no step uploads what glosa check --format sarif wrote (%q)", sarif)
	}
}

// TestDogfood: glosa's own messages pass glosa check against the glossary
// of its UI terms, as .ci/run checks them, so that a branch that adds
// messages learns it in go test, not only in CI.
func TestDogfood(t *testing.T) {
	var stdout, stderr strings.Builder
	env := func(k string) string {
		if k == "GLOSA_NO_CACHE" {
			return "1"
		}
		return ""
	}
	root := filepath.Join("..", "..")
	code := run([]string{"check", "--config", filepath.Join(root, ".ci", "dogfood.toml"), "--fail-on", "info", filepath.Join(root, "locales") + "/"},
		strings.NewReader(""), &stdout, &stderr, env)
	if code != 0 {
		t.Errorf("glosa check of locales/ exits %d: fix the message or, for a false positive, add it to .ci/dogfood.toml with its reason\n%s%s", code, stdout.String(), stderr.String())
	}
}

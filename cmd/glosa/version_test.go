package main

import (
	"runtime/debug"
	"testing"

	"github.com/glosa-dev/glosa/locales"
)

// "glosa version" prints the module version, the Go version and the VCS
// revision, with "(modified)" for a dirty tree.
func TestVersion(t *testing.T) {
	p := locales.New("en")
	for _, tc := range []struct {
		bi   *debug.BuildInfo
		want string
	}{
		{nil, "glosa (devel) "},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "v1.2.3"}}, "glosa v1.2.3 go1.26.0"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Main: debug.Module{Version: "(devel)"}, Settings: []debug.BuildSetting{
			{Key: "vcs", Value: "git"}, {Key: "vcs.revision", Value: "66d1501abc"}, {Key: "vcs.modified", Value: "false"}}},
			"glosa (devel) go1.26.0 revision 66d1501abc"},
		{&debug.BuildInfo{GoVersion: "go1.26.0", Settings: []debug.BuildSetting{
			{Key: "vcs.revision", Value: "66d1501abc"}, {Key: "vcs.modified", Value: "true"}}},
			"glosa (devel) go1.26.0 revision 66d1501abc (modified)"},
	} {
		if got := p.T("Version", versionData(tc.bi)); got != tc.want {
			t.Errorf("got %q, want %q", got, tc.want)
		}
	}
}

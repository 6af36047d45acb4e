package main

import (
	"os/exec"
	"strings"
	"testing"
)

// glosa never touches the network: the binary links no HTTP client (a
// schema validator, for one, brings net/http along; it belongs in tests).
func TestNoNetwork(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if p == "net/http" || p == "net" {
			t.Errorf("the glosa binary links %s", p)
		}
	}
}

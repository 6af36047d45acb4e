package handout

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// writeSamplePDF writes the sample's handout as a PDF in dir.
func writeSamplePDF(t *testing.T, dir string, opts Options) (*Handout, string) {
	t.Helper()
	set, _ := sample(t)
	h := Build(set, opts)
	var b bytes.Buffer
	if err := WritePDF(&b, h, testLabels); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "handout.pdf")
	if err := os.WriteFile(name, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return h, name
}

func TestPDFDump(t *testing.T) {
	dir := os.Getenv("PDFDUMP")
	if dir == "" {
		t.Skip()
	}
	for _, lay := range []string{"columns", "interlinear"} {
		_, name := writeSamplePDF(t, t.TempDir(), Options{Title: "Destalinización", Date: "2026-12-07", Layout: lay})
		data, _ := os.ReadFile(name)
		os.WriteFile(filepath.Join(dir, lay+".pdf"), data, 0o644)
	}
	_ = exec.Command
	_ = strings.Fields
}

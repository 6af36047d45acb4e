package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

func TestMain(m *testing.M) {
	// Tests that run glosa in this process (getenv returning "") must not
	// write the glossary cache to the real home: the cache directory of
	// this process (os.UserCacheDir) is a temporary one.
	dir, err := os.MkdirTemp("", "glosa-test-cache")
	if err == nil {
		os.Setenv("XDG_CACHE_HOME", dir)
	}
	testscript.Main(cleanupM{m, dir}, map[string]func(){
		"glosa": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)) },
	})
}

// cleanupM removes dir after the tests.
type cleanupM struct {
	m   *testing.M
	dir string
}

func (c cleanupM) Run() int {
	code := c.m.Run()
	if c.dir != "" {
		os.RemoveAll(c.dir)
	}
	return code
}

// TestScripts runs the command-line scenarios in testdata/script. Each
// script starts with the project's sample (testdata/glossary.toml and
// testdata/destalinizacion.{es,en,ru}.txt) in its working directory.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		UpdateScripts:       os.Getenv("UPDATE_SCRIPTS") != "",
		Setup: func(env *testscript.Env) error {
			// Scripts never write the glossary cache to the real home.
			env.Setenv("GLOSA_CACHE_DIR", filepath.Join(env.Getenv("TMPDIR"), "glosa-cache"))
			for _, name := range []string{"glossary.toml", "destalinizacion.es.txt", "destalinizacion.en.txt", "destalinizacion.ru.txt"} {
				data, err := os.ReadFile(filepath.Join("..", "..", "testdata", name))
				if err != nil {
					return err
				}
				if err := os.WriteFile(filepath.Join(env.WorkDir, name), data, 0o644); err != nil {
					return err
				}
			}
			return nil
		},
	})
}

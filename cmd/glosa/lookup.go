package main

import (
	"strings"

	"github.com/glosa-dev/glosa/report"
)

func (a *app) lookup(args []string) int {
	fs := a.flags("lookup")
	var glossaries multiFlag
	fs.Var(&glossaries, "glossary", "")
	a.cacheFlag(fs)
	format := fs.String("format", "text", "")
	words, code := a.parse(fs, args, "UsageLookup")
	if code >= 0 {
		return code
	}
	if !a.operands("", words, *format, textOrJSON, "") {
		return exitError
	}
	if len(words) == 0 {
		a.errorf("ErrNoWords", nil)
		return exitError
	}
	g, ix := a.loadIndex(glossaries)
	if g == nil {
		return exitError
	}
	query := strings.Join(words, " ")
	res := report.NewLookup(g, query, ix.Lookup(query))
	var err error
	if *format == "json" {
		err = res.WriteJSON(a.stdout)
	} else if err = res.WriteText(a.stdout, a.p); err == nil && res.Concepts() == 0 {
		a.notef("LookupNone", map[string]any{"Query": query})
	}
	if err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	if res.Concepts() == 0 {
		return exitFindings
	}
	return exitOK
}

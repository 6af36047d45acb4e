package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/glosa-dev/glosa/diag"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/edit"
)

// termList is a list of LANG=TERM arguments and the statuses termPairs
// gives them.
type termList struct {
	pairs     []string
	first, st glossary.Status
}

// termLists parses lists in order with termPairs.
func (a *app) termLists(lists ...termList) ([]edit.Term, bool) {
	var terms []edit.Term
	for _, l := range lists {
		var ok bool
		if terms, ok = a.termPairs(l.pairs, l.first, l.st, terms); !ok {
			return nil, false
		}
	}
	return terms, true
}

// termPairs parses LANG=TERM arguments into terms of status st; the first
// of a language gets first instead when first is not st (preferred, for
// the approved terms of a language).
func (a *app) termPairs(pairs []string, first, st glossary.Status, out []edit.Term) ([]edit.Term, bool) {
	seen := map[string]bool{}
	for _, t := range out {
		if t.Status.Approved() {
			seen[t.Lang] = true
		}
	}
	for _, p := range pairs {
		lang, text, ok := strings.Cut(p, "=")
		if !ok {
			a.errorf("ErrEditBadPair", map[string]any{"Arg": p})
			return nil, false
		}
		if !validTag(lang) {
			a.errorf("ErrBadLang", map[string]any{"Lang": lang})
			return nil, false
		}
		s := st
		if !seen[lang] && first.Approved() {
			s = first
		}
		seen[lang] = true
		out = append(out, edit.Term{Lang: lang, Text: text, Status: s})
	}
	return out, true
}

// readEditable reads a TOML glossary to edit; missing says a file that
// does not exist is an empty one (add starts a glossary).
func (a *app) readEditable(name string, missing bool) ([]byte, bool) {
	src, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) && missing {
		return nil, true
	}
	if err == nil {
		if st, serr := os.Stat(name); serr == nil && st.IsDir() {
			err = errIsDir
		}
	}
	if err != nil {
		a.fileError(name, unwrapPathError(err))
		return nil, false
	}
	if f := glossary.FormatOf(name, src); f.Name != "toml" {
		a.errorf("ErrEditNotTOML", map[string]any{"File": name, "Format": f.Name})
		return nil, false
	}
	return src, true
}

// writeEdited writes an edit's result over name, atomically and keeping
// its permissions, or prints why the edit was refused. The diagnostics are
// printed without the source line: they point into the refused result.
func (a *app) writeEdited(name string, out []byte, diags diag.List, done, id string) int {
	for _, d := range diags {
		fmt.Fprintln(a.stderr, d.Format(a.p))
	}
	if out == nil {
		a.errorf("ErrEditRefused", map[string]any{"File": name})
		return exitError
	}
	f, ok := a.createOutput(name)
	if !ok {
		return exitError
	}
	if err := f.Commit(func(w io.Writer) error { _, err := w.Write(out); return err }); err != nil {
		a.errorf("ErrWrite", map[string]any{"Err": err.Error()})
		return exitError
	}
	fmt.Fprintln(a.stdout, a.p.T(done, map[string]any{"File": name, "ID": id}))
	return exitOK
}

// flagSet reports whether the flag name was given.
func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}

func (a *app) glossaryAdd(args []string) int {
	fs := a.flags("glossary add")
	id := fs.String("id", "", "")
	note := fs.String("note", "", "")
	domain := fs.String("domain", "", "")
	var es, en, ru, langs, admitted, deprecated, forbidden multiFlag
	fs.Var(&es, "es", "")
	fs.Var(&en, "en", "")
	fs.Var(&ru, "ru", "")
	fs.Var(&langs, "lang", "")
	fs.Var(&admitted, "admitted", "")
	fs.Var(&deprecated, "deprecated", "")
	fs.Var(&forbidden, "forbidden", "")
	files, code := a.parse(fs, args, "UsageGlossary")
	if code >= 0 {
		return code
	}
	switch {
	case len(files) == 0:
		a.errorf("ErrNoFiles", map[string]any{"Command": "glossary add"})
		return exitError
	case len(files) > 1:
		a.errorf("ErrEditOperands", map[string]any{"Command": "glossary add"})
		return exitError
	case !flagSet(fs, "id"):
		a.errorf("ErrEditNoID", nil)
		return exitError
	}
	var pairs []string
	for _, l := range []struct {
		lang  string
		terms multiFlag
	}{{"es", es}, {"en", en}, {"ru", ru}} {
		for _, t := range l.terms {
			pairs = append(pairs, l.lang+"="+t)
		}
	}
	terms, ok := a.termLists(
		termList{append(pairs, langs...), glossary.Preferred, glossary.Admitted},
		termList{admitted, glossary.Admitted, glossary.Admitted},
		termList{deprecated, glossary.Deprecated, glossary.Deprecated},
		termList{forbidden, glossary.Forbidden, glossary.Forbidden})
	if !ok {
		return exitError
	}
	name := files[0]
	src, ok := a.readEditable(name, true)
	if !ok {
		return exitError
	}
	out, diags := edit.Add(name, src, edit.Concept{ID: *id, Domain: *domain, Note: *note, Terms: terms})
	return a.writeEdited(name, out, diags, "GlossaryAdded", strings.TrimSpace(*id))
}

func (a *app) glossarySet(args []string) int {
	fs := a.flags("glossary set")
	note := fs.String("note", "", "")
	domain := fs.String("domain", "", "")
	var deprecated, forbidden multiFlag
	fs.Var(&deprecated, "deprecated", "")
	fs.Var(&forbidden, "forbidden", "")
	ops, code := a.parse(fs, args, "UsageGlossary")
	if code >= 0 {
		return code
	}
	if len(ops) < 2 {
		a.errorf("ErrEditOperands", map[string]any{"Command": "glossary set"})
		return exitError
	}
	name, id := ops[0], ops[1]
	var ch edit.Change
	terms, ok := a.termLists(
		termList{ops[2:], glossary.Preferred, glossary.Admitted},
		termList{deprecated, glossary.Deprecated, glossary.Deprecated},
		termList{forbidden, glossary.Forbidden, glossary.Forbidden})
	if !ok {
		return exitError
	}
	ch.Terms = terms
	if flagSet(fs, "note") {
		ch.Note = note
	}
	if flagSet(fs, "domain") {
		ch.Domain = domain
	}
	if len(ch.Terms) == 0 && ch.Note == nil && ch.Domain == nil {
		a.errorf("ErrEditNothing", nil)
		return exitError
	}
	src, ok := a.readEditable(name, false)
	if !ok {
		return exitError
	}
	out, diags := edit.Set(name, src, id, ch)
	return a.writeEdited(name, out, diags, "GlossaryChanged", id)
}

package segment

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

//go:embed data/*.txt
var dataFS embed.FS

// class says what an abbreviation's final period can mean.
type class uint8

const (
	classNone      class = iota
	classInner           // never ends a sentence: Sr., Mr., т. е.
	classFinal           // may end a sentence: etc., т. д.
	classAmbiguous       // ends a sentence only before a sentence starter: EE. UU., U.S.
	classNumber          // never ends a sentence before a number: pág., No.
	classUnit            // after a number as classAmbiguous, else as classInner: г., см.
)

var classNames = map[string]class{
	"inner":     classInner,
	"final":     classFinal,
	"ambiguous": classAmbiguous,
	"number":    classNumber,
	"unit":      classUnit,
}

// maxPartRunes bounds the letters of one part of an abbreviation
// ("Excmo" has 5); longer words are never looked up.
const maxPartRunes = 12

// rules are one language's segmentation data. They are read-only once
// built, so one value serves any number of goroutines.
type rules struct {
	abbr     map[string]class // parts without spaces: "EE.UU.", "т.е."
	prefix   map[string]bool  // proper prefixes of several-part abbreviations: "EE.", "т."
	maxParts int
	starters map[string]bool // capitalised words: "El", "The", "В"
	// letterWords are capital letters that are words, not initials: "I".
	letterWords map[string]bool
}

// emptyRules serve languages without a data file: Unicode sentence
// boundaries, initials, lists and paragraphs, but no abbreviations.
var emptyRules = newRules()

func newRules() *rules {
	return &rules{abbr: map[string]class{}, prefix: map[string]bool{}, starters: map[string]bool{}, letterWords: map[string]bool{}}
}

// parseRules reads a data file (see data/es.txt for the format).
func parseRules(name string, data []byte) (*rules, error) {
	r := newRules()
	derived := map[string]class{}
	section := ""
	sc := bufio.NewScanner(bytes.NewReader(data))
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t') {
			line = line[:i] // a comment
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]") {
			section = line[1 : len(line)-1]
			if _, ok := classNames[section]; !ok && section != "starters" && section != "letters" {
				return nil, fmt.Errorf("%s:%d: unknown section [%s]", name, ln, section)
			}
			continue
		}
		switch section {
		case "":
			return nil, fmt.Errorf("%s:%d: %q before any section", name, ln, line)
		case "starters":
			for _, w := range strings.Fields(line) {
				if !isWord(w) {
					return nil, fmt.Errorf("%s:%d: starter %q is not a word", name, ln, w)
				}
				r.starters[w] = true
			}
			continue
		case "letters":
			for _, w := range strings.Fields(line) {
				if r0, size := utf8.DecodeRuneInString(w); size != len(w) || !unicode.IsUpper(r0) {
					return nil, fmt.Errorf("%s:%d: %q is not a capital letter", name, ln, w)
				}
				r.letterWords[w] = true
			}
			continue
		}
		parts, err := abbrParts(line)
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", name, ln, err)
		}
		key := strings.Join(parts, "")
		if _, dup := r.abbr[key]; dup {
			return nil, fmt.Errorf("%s:%d: %q is listed twice", name, ln, line)
		}
		c := classNames[section]
		r.add(parts, key, c)
		// The capitalised form that starts a sentence ("P. ej.", "См."),
		// except for one letter, which would hide an initial.
		if first, size := utf8.DecodeRuneInString(key); len(parts) > 1 || len(parts[0]) > size+1 {
			if up := unicode.ToUpper(first); up != first {
				capParts := append([]string(nil), parts...)
				capParts[0] = string(up) + parts[0][size:]
				derived[strings.Join(capParts, "")] = c
				r.addPrefixes(capParts)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for k, c := range derived {
		if _, ok := r.abbr[k]; !ok {
			r.abbr[k] = c
		}
	}
	return r, nil
}

func (r *rules) add(parts []string, key string, c class) {
	r.abbr[key] = c
	r.addPrefixes(parts)
}

func (r *rules) addPrefixes(parts []string) {
	r.maxParts = max(r.maxParts, len(parts))
	for i := 1; i < len(parts); i++ {
		r.prefix[strings.Join(parts[:i], "")] = true
	}
}

// abbrParts splits "EE. UU." into "EE." and "UU.": every part is letters
// and a period, parts separated by nothing or one space.
func abbrParts(s string) ([]string, error) {
	var parts []string
	for _, f := range strings.Fields(s) {
		for f != "" {
			i := strings.IndexByte(f, '.')
			if i <= 0 || !isWord(f[:i]) || utf8.RuneCountInString(f[:i]) > maxPartRunes {
				return nil, fmt.Errorf("abbreviation %q: each part must be 1 to %d letters and a period", s, maxPartRunes)
			}
			parts = append(parts, f[:i+1])
			f = f[i+1:]
		}
	}
	if len(parts) == 0 {
		return nil, fmt.Errorf("empty abbreviation")
	}
	return parts, nil
}

func isWord(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

func mustRules(lang string) *rules {
	name := "data/" + lang + ".txt"
	data, err := dataFS.ReadFile(name)
	if err != nil {
		panic("segment: " + err.Error())
	}
	r, err := parseRules(name, data)
	if err != nil {
		panic("segment: " + err.Error())
	}
	return r
}

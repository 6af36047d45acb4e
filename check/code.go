package check

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/textnorm"
)

// codeLike reports whether text[start:end], a term found in it, is part of
// something a translator does not translate: a command-line option
// (--input-file, --no-user-group), a placeholder or variable (%s, $HOME, {file}), an
// identifier or path (org.freedesktop.DBus, file_name, /etc/passwd,
// file://), a metavariable in capitals (FILE, STRING) where the term is not
// written so, or a word quoted on its own (the “file” scheme). Program catalogs are full of them.
func codeLike(text []byte, start, end int, term string) bool {
	if inOption(text, start) {
		return true
	}
	before, _ := utf8.DecodeLastRune(text[:start])
	after, _ := utf8.DecodeRune(text[end:])
	switch before {
	case '-':
		// An option: "-" or "--" at the start of a word.
		k := start - 1
		for k > 0 && text[k-1] == '-' {
			k--
		}
		if k == 0 || isSpaceOrOpen(text[k-1]) {
			return true
		}
	case '%', '$', '{', '<', '_', '.', '/', '\\', '@', '=':
		return true
	}
	switch after {
	case '_', '/', '\\', '=', '{', '@', '[':
		return true
	case '.', ':':
		// file.c, file://, but not the end of a sentence.
		if end+1 < len(text) {
			if r, _ := utf8.DecodeRune(text[end+1:]); unicode.IsLetter(r) || r == '/' {
				return true
			}
		}
	}
	// A word quoted on its own is cited, not used: the “file” scheme,
	// the 'connect' command ("«Khrushchev's Thaw»", two words, is a name).
	if q, ok := quotePairs[before]; ok && strings.ContainsRune(q, after) && !bytes.ContainsAny(text[start:end], " \t\n") {
		return true
	}
	word := text[start:end]
	if isUpperWord(word) && !isUpperWord([]byte(term)) && utf8.RuneCount(word) > 1 {
		return true
	}
	return false
}

// quotePairs maps an opening quote to the marks that may close it.
var quotePairs = map[rune]string{'"': `"`, '\'': "'", '`': "`", '“': "”“", '«': "»", '„': "“”", '‘': "’"}

// inOption reports whether byte off is inside a command-line option: a
// word that starts with - or -- (--no-user-group, -o=FILE, [--input-file]).
func inOption(text []byte, off int) bool {
	k := off
	for k > 0 && !isSpaceOrOpen(text[k-1]) {
		k--
	}
	return k < off && text[k] == '-' && k+1 < off && (text[k+1] == '-' || isLetterByte(text[k+1]))
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isSpaceOrOpen(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '(' || c == '[' || c == '"' || c == '\''
}

// isUpperWord reports whether w has letters and all of them are capitals.
func isUpperWord(w []byte) bool {
	letters := false
	for _, r := range string(w) {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters = true
		}
	}
	return letters
}

// inflectional reports whether a match is a form of its term rather than a
// derivation the stemmer brings along. Snowball's English stemmer is
// derivational (optional → option, connect → connection, grouped → group);
// for a source term that a translation must carry, only the term's own
// forms count in English: its plural, its possessive. Spanish and Russian
// stems are inflectional and pass.
func inflectional(f *textnorm.Folder, tag, text, term string) bool {
	if lang.Base(tag) != "en" { // English grammar, not a fact of a profile
		return true
	}
	return wordsAgree(f, text, term, func(t, w string) bool { return englishBase(t) == englishBase(w) })
}

// wordsAgree reports whether each word of text, found as term, agrees with
// the term's word (both folded). A text of another number of words agrees:
// hyphenation or a dropped article is the matcher's business.
func wordsAgree(f *textnorm.Folder, text, term string, agree func(termWord, word string) bool) bool {
	tw, mw := strings.Fields(f.FoldPhrase(term)), strings.Fields(f.FoldPhrase(text))
	if len(tw) != len(mw) {
		return true
	}
	for i := range tw {
		if !agree(tw[i], mw[i]) {
			return false
		}
	}
	return true
}

// englishBase strips a possessive and a plural ending from a folded English
// word: files → file, directories → directory, boxes → box, users' → user.
func englishBase(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is"):
		return w[:len(w)-1]
	}
	return w
}

// verbUse reports whether an English term found at text[start:] is used as
// a verb: after a modal ("cannot redirect") or an infinitive "to" ("failed
// to download", "a way to redirect"; not "change to directory"). A
// translation then rightly uses a verb of its own (скачать, redirigir),
// which need not share the noun term's stem.
func verbUse(tag string, text []byte, start int) bool {
	if lang.Base(tag) != "en" { // English grammar, not a fact of a profile
		return false
	}
	w, at := lastWord(text[:start])
	switch prev := strings.ToLower(w); prev {
	case "can", "cannot", "can't", "could", "couldn't", "will", "won't", "would", "must", "may", "might", "should", "shall", "please", "don't", "doesn't", "didn't":
		return true
	case "to":
		// "to" is an infinitive after these, a preposition elsewhere
		// ("change to directory").
		before, _ := lastWord(text[:at])
		switch strings.ToLower(before) {
		case "failed", "fail", "unable", "able", "required", "want", "wants", "need", "needs", "used", "way", "trying", "try", "attempt", "attempting", "how", "order", "going", "allowed", "tried", "wish", "asked":
			return true
		}
	}
	return false
}

// lastWord returns the last word of text and where it starts, skipping
// the white space after it ("" when text ends otherwise).
func lastWord(text []byte) (string, int) {
	end := len(text)
	for end > 0 && (text[end-1] == ' ' || text[end-1] == '\t' || text[end-1] == '\n') {
		end--
	}
	if end == len(text) {
		return "", end // glued to something: not a word before it
	}
	start := end
	for start > 0 {
		r, size := utf8.DecodeLastRune(text[:start])
		if !unicode.IsLetter(r) && r != '\'' && r != '’' {
			break
		}
		start -= size
	}
	return string(text[start:end]), start
}

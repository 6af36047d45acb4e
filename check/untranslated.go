package check

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/langid"
	"github.com/glosa-dev/glosa/textnorm"
)

// SegmentUntranslated reports a translated segment identical to its source
// (with two words or more in small letters that are not code: not a name,
// not "Error: %s"), or
// written in the source's language: Latin letters only where the
// translation is Russian (or the reverse), or, between Spanish and English,
// a segment of eight words or more whose common words are the source's.
var SegmentUntranslated = &Rule{
	ID:       "segment-untranslated",
	DocID:    "RuleDocSegmentUntranslated",
	Severity: Error,
	Scope:    OnPair,
	Run:      segmentUntranslated,
}

func segmentUntranslated(p *Pass) {
	f := textnorm.NewFolder()
	sl, tl := lang.Base(p.Pair.Source.Lang), lang.Base(p.Pair.Target.Lang)
	sCyr, tCyr := lang.Of(sl).Script == lang.Cyrillic, lang.Of(tl).Script == lang.Cyrillic
	var words []textnorm.Token
	var ttb []byte
	var plain []string // the words of a segment that are not code, for detection
	for _, b := range p.Beads {
		if len(b.Source) == 0 || len(b.Target) == 0 {
			continue
		}
		st, tt := joinSegs(p.SrcSegs, b.Source), joinSegs(p.TgtSegs, b.Target)
		ttb = append(ttb[:0], tt...)
		words = textnorm.Tokenize(words[:0], ttb)
		long := 0
		prose, lower := 0, 0 // words of three letters or more that are not code; those in small letters
		plain = plain[:0]
		for _, w := range words {
			isCode := codeLike(ttb, w.Start, w.End, "") || identOrFormat(tt[max(w.Start-1, 0):min(w.End+1, len(tt))])
			if !isCode {
				plain = append(plain, tt[w.Start:w.End])
			}
			if w.End-w.Start >= 3 {
				long++
				if utf8.RuneCountInString(tt[w.Start:w.End]) >= 3 && !isCode {
					prose++
					if r, _ := utf8.DecodeRuneInString(tt[w.Start:]); unicode.IsLower(r) {
						lower++
					}
				}
			}
		}
		if long == 0 {
			continue // numbers, initials, punctuation: nothing to translate
		}
		var same bool
		switch {
		case lower < 2 && st == tt && tCyr && !sCyr && labelOfItsKey(p.Pair.Source, p.SrcSegs[b.Source[0]].Start, st):
			// A message named after its own text (relearn's tag = "Tag")
			// is a word of the interface, not a name: left in Latin
			// letters in a Russian file, it is untranslated.
			same = true
		case lower < 2:
			// "Error: %s", "EMT trap", "--help", "Jim Meyering": names and
			// code that a translation keeps as they are.
		case st == tt:
			same = true
		case len(st) > len(tt)*5/4+8 || len(tt) > len(st)*5/4+8:
			// Too different in length to fold alike.
		case len(b.Source) == 1 && len(b.Target) == 1:
			same = p.Folded(false, b.Source[0]) == p.Folded(true, b.Target[0])
		default:
			same = f.FoldPhrase(st) == f.FoldPhrase(tt)
		}
		wrongScript := false
		if lower >= 3 && tCyr != sCyr {
			if tCyr {
				wrongScript = latinOnly(tt)
			} else {
				cyr, lat := letterScripts(tt)
				wrongScript = cyr > lat
			}
		}
		wrongWords := false
		if !same && !wrongScript && len(plain) >= 8 && sl != tl && !sCyr && !tCyr {
			if lang, how := langid.Detect([]byte(strings.Join(plain, " "))); how == langid.ByWords && lang == sl {
				wrongWords = true
			}
		}
		if !same && !wrongScript && !wrongWords {
			continue
		}
		first, last := p.TgtSegs[b.Target[0]], p.TgtSegs[b.Target[len(b.Target)-1]]
		msg := "RuleSegmentIdentical"
		if !same {
			msg = "RuleSegmentSourceLanguage"
		}
		fd := Finding{MessageID: msg, Data: map[string]any{"Lang": p.Pair.Source.Lang}}
		p.ReportSource(first.Start, last.End, p.SrcSegs[b.Source[0]], fd)
	}
}

// labelOfItsKey reports whether the unit at byte off of d has a key whose
// last part is its text, letter case aside (tag = "Tag",
// menu.search = "Search").
func labelOfItsKey(d *Document, off int, text string) bool {
	u := unitAt(d.Units, off)
	if u == nil || u.Key == "" {
		return false
	}
	k := u.Key[strings.LastIndexAny(u.Key, "./")+1:]
	return strings.EqualFold(k, strings.TrimSpace(text))
}

// letterScripts counts the Cyrillic letters of s and its other letters.
func letterScripts(s string) (cyr, other int) {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if c := r | 0x20; c >= 'a' && c <= 'z' {
				other++
			}
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
		case unicode.IsLetter(r):
			other++
		}
	}
	return cyr, other
}

// latinOnly reports whether s has letters and none of them Cyrillic
// (letterScripts gives cyr == 0, other > 0), stopping at the first
// Cyrillic letter.
func latinOnly(s string) bool {
	other := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			if c := r | 0x20; c >= 'a' && c <= 'z' {
				other = true
			}
		case unicode.Is(unicode.Cyrillic, r):
			return false
		case unicode.IsLetter(r):
			other = true
		}
	}
	return other
}

// identOrFormat reports whether s holds '_' or '%' (strings.ContainsAny
// without building its set for every word).
func identOrFormat(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '_' || s[i] == '%' {
			return true
		}
	}
	return false
}

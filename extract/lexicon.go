package extract

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/morph"
	"github.com/glosa-dev/glosa/segment"
	"github.com/glosa-dev/glosa/textnorm"
	"golang.org/x/text/language"
)

// maxWords is the longest candidate, in words.
const maxWords = 4

// maxForms is how many distinct surface forms a gram keeps counts for.
const maxForms = 8

// A lexicon is the word sequences (grams) of one language seen so far,
// by their matching keys.
type lexicon struct {
	lang   string
	stem   *morph.Stemmer
	folder *textnorm.Folder
	stop   map[string]bool // folded stop words
	common map[int32]bool  // key ids of common words
	word   map[string]int32
	keyID  map[string]int32
	keys   []string
	grams  map[string]int32 // packed key ids -> gram
	info   []gram
	toks   []textnorm.Token
	buf    []byte
	fbuf   []byte
}

// A gram is a word sequence by its keys.
type gram struct {
	keys    string // packed key ids, 4 bytes each
	n       uint8
	count   int32 // source: segments containing it; target: beads containing it
	seen    int32 // target: segments containing it
	form    string
	fcount  int32
	forms   map[string]int32 // when there is more than one form
	file    string
	line    int
	concept *glossary.Concept
}

func newLexicon(tag string) *lexicon {
	base := lang.Base(tag)
	lx := &lexicon{lang: base, stem: morph.ForLanguage(language.Make(base)), folder: textnorm.NewFolder(),
		stop: stopWords[base], common: map[int32]bool{}, word: map[string]int32{}, keyID: map[string]int32{},
		grams: map[string]int32{}}
	for w := range commonWords[base] {
		lx.common[lx.keyOf(w)] = true
	}
	return lx
}

// keyOf returns the id of a folded word's key.
func (lx *lexicon) keyOf(folded string) int32 {
	if id, ok := lx.word[folded]; ok {
		return id
	}
	k := lx.stem.Key(folded)
	if lx.lang == "ru" {
		// A word in a consonant or -ь may be a base form whose ending
		// Snowball mistook (подпись → подп, подписи → подпис): take it as
		// its stem, as termmatch takes a term's words (not in -й: папкой).
		if lk, ok := lx.stem.LemmaKeyOf(folded, k); ok && !strings.HasSuffix(folded, "й") {
			k = lk
		}
	}
	id, ok := lx.keyID[k]
	if !ok {
		id = int32(len(lx.keys))
		lx.keys = append(lx.keys, k)
		lx.keyID[k] = id
	}
	lx.word[folded] = id
	return id
}

// An occurrence source: where a segment is, for examples and glossary
// concepts.
type segCtx struct {
	doc      *format.Document
	seg      segment.Segment
	concepts map[[2]int]*glossary.Concept // glossary matches by span, nil without
	create   bool                         // create grams not seen yet
}

// grams appends to dst the ids of the grams of a segment, each once, and
// counts them.
func (lx *lexicon) segmentGrams(dst []int32, c segCtx) []int32 {
	text := c.seg.Text
	lx.toks = textnorm.Tokenize(lx.toks[:0], []byte(text))
	toks := lx.toks
	type word struct {
		start, end int
		key        int32
		stop       bool
		brk        bool // cannot be part of a candidate
		join       bool // continues the run of the word before
	}
	words := make([]word, len(toks))
	for i, t := range toks {
		w := text[t.Start:t.End]
		lx.fbuf = lx.folder.Fold(lx.fbuf[:0], []byte(w))
		folded := string(lx.fbuf)
		words[i] = word{start: t.Start, end: t.End, stop: lx.stop[folded],
			brk:  notWord(w) || codeAround(text, t.Start, t.End) || inSpan(c.doc, c.seg.Start+t.Start),
			join: i > 0 && (t.Gap == textnorm.GapSpace || t.Gap == textnorm.GapHyphen)}
		if !words[i].brk {
			words[i].key = lx.keyOf(folded)
		}
	}
	first := len(dst)
	for i := range words {
		if words[i].brk || words[i].stop {
			continue
		}
		lx.buf = lx.buf[:0]
		for n := 1; n <= maxWords && i+n <= len(words); n++ {
			j := i + n - 1
			if words[j].brk || n > 1 && !words[j].join {
				break
			}
			lx.buf = binary.LittleEndian.AppendUint32(lx.buf, uint32(words[j].key))
			if words[j].stop {
				continue
			}
			id, ok := lx.grams[string(lx.buf)]
			if !ok {
				if !c.create {
					continue
				}
				id = int32(len(lx.info))
				lx.grams[string(lx.buf)] = id
				lx.info = append(lx.info, gram{keys: string(lx.buf), n: uint8(n)})
			}
			g := &lx.info[id]
			g.addForm(surface(text, words[i].start, words[j].end, i == 0))
			if g.file == "" && c.doc != nil {
				g.file, g.line = c.doc.File, c.seg.Line
				if c.doc.Map != nil {
					g.line, _ = c.doc.Map.Position(c.doc.Text, c.seg.Start)
				}
			}
			if c.concepts != nil && g.concept == nil {
				g.concept = c.concepts[[2]int{c.seg.Start + words[i].start, c.seg.Start + words[j].end}]
			}
			dst = append(dst, id)
		}
	}
	return dedup(dst, first)
}

// lookup returns the gram of a phrase (a glossary term), or -1.
func (lx *lexicon) lookup(phrase string) int32 {
	lx.toks = textnorm.Tokenize(lx.toks[:0], []byte(phrase))
	var buf []byte
	for _, t := range lx.toks {
		lx.fbuf = lx.folder.Fold(lx.fbuf[:0], []byte(phrase[t.Start:t.End]))
		buf = binary.LittleEndian.AppendUint32(buf, uint32(lx.keyOf(string(lx.fbuf))))
	}
	if id, ok := lx.grams[string(buf)]; ok {
		return id
	}
	return -1
}

// dedup removes repeated ids from dst[first:].
func dedup(dst []int32, first int) []int32 {
	out := dst[:first]
	for k, id := range dst[first:] {
		seen := false
		for _, o := range dst[first : first+k] {
			if o == id {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, id)
		}
	}
	return out
}

func (g *gram) addForm(f string) {
	switch {
	case g.fcount == 0:
		g.form, g.fcount = f, 1
	case g.forms == nil && f == g.form:
		g.fcount++
	default:
		if g.forms == nil {
			g.forms = map[string]int32{g.form: g.fcount}
		}
		if _, ok := g.forms[f]; ok || len(g.forms) < maxForms {
			g.forms[f]++
		}
	}
}

// surface is a gram's text as written, its white space made single
// spaces, and a capital that only starts the segment made small.
func surface(text string, start, end int, initial bool) string {
	s := strings.Join(strings.Fields(text[start:end]), " ")
	if initial {
		r, size := utf8.DecodeRuneInString(s)
		rest := s[size:]
		if unicode.IsUpper(r) && (rest == "" || !hasUpper(firstWord(rest))) {
			s = string(unicode.ToLower(r)) + rest
		}
	}
	return s
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// notWord reports whether a token is not a word of prose: it has a digit
// or an underscore, or no letter.
func notWord(w string) bool {
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsDigit(r) || r == '_':
			return true
		case unicode.IsLetter(r):
			letter = true
		}
	}
	return !letter
}

// codeAround reports whether the characters around a token make it code:
// an option (--file), a variable ($HOME, %s), an assignment (FILE=), a
// path or an identifier joined by dots (a/b, os.Open).
func codeAround(text string, start, end int) bool {
	if start > 0 {
		switch text[start-1] {
		case '-', '$', '%', '=', '/', '\\', '<', '{', '@', '.', '_', '&', '#', '~':
			return !(text[start-1] == '-' && start > 1 && isLetterByte(text[start-2])) // e-mail is a word
		}
	}
	if end < len(text) {
		switch text[end] {
		case '=', '(', '/', '\\', '_', '{', '>', '@':
			return true
		case '.':
			return end+1 < len(text) && isLetterByte(text[end+1])
		}
	}
	return false
}

func isLetterByte(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' || c >= 0x80 }

// inSpan reports whether byte off of a document is inside a placeholder
// or inline tag of its unit (the reader's spans).
func inSpan(d *format.Document, off int) bool {
	if d == nil {
		return false
	}
	lo, hi := 0, len(d.Units)
	for lo < hi { // the first unit ending after off
		m := (lo + hi) / 2
		if d.Units[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(d.Units) || d.Units[lo].Start > off {
		return false
	}
	for _, sp := range d.Units[lo].Spans {
		if off >= sp.Start && off < sp.End {
			return true
		}
	}
	return false
}

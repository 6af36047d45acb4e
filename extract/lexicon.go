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
const maxForms = 16

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
	chunks [][]gram         // grams by id, in chunks: appending never moves them
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
		stop: stopWords()[base], common: map[int32]bool{}, word: map[string]int32{}, keyID: map[string]int32{},
		grams: map[string]int32{}}
	for w := range commonWords()[base] {
		lx.common[lx.keyOf(w)] = true
	}
	return lx
}

const chunkSize = 1 << 12

// g returns the gram of an id.
func (lx *lexicon) g(id int32) *gram { return &lx.chunks[id/chunkSize][id%chunkSize] }

// size returns the number of grams.
func (lx *lexicon) size() int32 {
	if len(lx.chunks) == 0 {
		return 0
	}
	return int32((len(lx.chunks)-1)*chunkSize + len(lx.chunks[len(lx.chunks)-1]))
}

// add stores a gram and returns its id.
func (lx *lexicon) add(g gram) int32 {
	id := lx.size()
	if len(lx.chunks) == 0 || len(lx.chunks[len(lx.chunks)-1]) == chunkSize {
		lx.chunks = append(lx.chunks, make([]gram, 0, chunkSize))
	}
	last := &lx.chunks[len(lx.chunks)-1]
	*last = append(*last, g)
	return id
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

// A segCtx is a segment and what is known of its place: its document,
// for examples and placeholders, and the glossary's matches by span.
type segCtx struct {
	doc      *format.Document
	seg      segment.Segment
	concepts map[[2]int]*glossary.Concept // nil without a glossary
}

// A word is a token of a segment.
type word struct {
	start, end int
	key        int32
	stop       bool
	brk        bool // cannot be part of a candidate
	join       bool // continues the run of the word before
}

// words tokenizes a segment and keys its words.
func (lx *lexicon) words(text string, c segCtx) []word {
	lx.toks = textnorm.Tokenize(lx.toks[:0], []byte(text))
	words := make([]word, len(lx.toks))
	for i, t := range lx.toks {
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
	return words
}

// docGrams returns the grams of each of a document's segments, each once
// per segment, and adds one to *count(g) for each segment a gram is in.
// Grams are found by length, one to four words (Apriori): a gram of n
// words is counted only when the grams of its first and of its last n-1
// words (stop words at their ends left out) are in minCount segments or
// more, which every gram in minCount segments satisfies; so a corpus's
// rare sequences, most of its longer ones, are never stored. In a corpus
// of many sets the condition is checked on the counts so far, and a
// gram's first occurrences may go uncounted.
func (lx *lexicon) docGrams(segs []segCtx, minCount int32, count func(*gram) *int32) [][]int32 {
	out := make([][]int32, len(segs))
	ws := make([][]word, len(segs))
	for i, c := range segs {
		ws[i] = lx.words(c.seg.Text, c)
	}
	var buf []byte
	// at[si][i]: the gram of the previous length starting at word i of
	// segment si (-1: none), to check a longer gram's parts without
	// keying them again.
	at := make([][]int32, len(segs))
	next := make([][]int32, len(segs))
	for n := 1; n <= maxWords; n++ {
		for si, c := range segs {
			words := ws[si]
			if next[si] == nil {
				next[si] = make([]int32, len(words))
			}
			cur := next[si]
			for i := range cur {
				cur[i] = -1
			}
			if out[si] == nil {
				out[si] = make([]int32, 0, 2*len(words))
			}
			first := len(out[si])
			for i := 0; i+n <= len(words); i++ {
				j := i + n - 1
				if words[i].stop || words[j].stop {
					continue
				}
				ok := true
				buf = buf[:0]
				for k := i; k <= j && ok; k++ {
					ok = !words[k].brk && (k == i || words[k].join)
					buf = binary.LittleEndian.AppendUint32(buf, uint32(words[k].key))
				}
				if !ok || n > 1 && !(lx.part(at[si], words, i, j-1, minCount, count) && lx.part(at[si], words, i+1, j, minCount, count)) {
					continue
				}
				id, seen := lx.grams[string(buf)]
				if !seen {
					id = lx.add(gram{keys: string(buf), n: uint8(n)})
					lx.grams[string(buf)] = id
				}
				g := lx.g(id)
				g.addForm(surface(c.seg.Text, words[i].start, words[j].end))
				if g.file == "" && c.doc != nil {
					g.file, g.line = strings.Clone(c.doc.File), c.seg.Line
					if c.doc.Map != nil {
						g.line, _ = c.doc.Map.Position(c.doc.Text, c.seg.Start)
					}
				}
				if c.concepts != nil && g.concept == nil {
					g.concept = c.concepts[[2]int{c.seg.Start + words[i].start, c.seg.Start + words[j].end}]
				}
				out[si] = append(out[si], id)
				cur[i] = id
			}
			out[si] = dedup(out[si], first)
			for _, id := range out[si][first:] {
				*count(lx.g(id))++
			}
		}
		at, next = next, at
	}
	return out
}

// part reports whether words[i..j], a part of a longer gram, is frequent:
// the gram found at i when it has no stop word at its ends, else as
// frequent finds it.
func (lx *lexicon) part(at []int32, words []word, i, j int, minCount int32, count func(*gram) *int32) bool {
	if !words[i].stop && !words[j].stop {
		id := at[i]
		return id >= 0 && *count(lx.g(id)) >= minCount
	}
	return lx.frequent(words, i, j, minCount, count)
}

// frequent reports whether words[i..j], stop words at its ends left out,
// is a gram in minCount segments (true when nothing is left).
func (lx *lexicon) frequent(words []word, i, j int, minCount int32, count func(*gram) *int32) bool {
	for i <= j && words[i].stop {
		i++
	}
	for j >= i && words[j].stop {
		j--
	}
	if i > j {
		return true
	}
	var buf [4 * maxWords]byte
	b := buf[:0]
	for k := i; k <= j; k++ {
		b = binary.LittleEndian.AppendUint32(b, uint32(words[k].key))
	}
	id, ok := lx.grams[string(b)]
	return ok && *count(lx.g(id)) >= minCount
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

// topForm is the form a gram is most often written in (the first seen
// among equals, then the smallest).
func (g *gram) topForm() string {
	top, n := g.form, int32(0)
	if g.forms == nil {
		return top
	}
	for f, c := range g.forms {
		if c > n || c == n && f < top {
			top, n = f, c
		}
	}
	return top
}

func (g *gram) addForm(f string) {
	switch {
	case g.fcount == 0:
		g.form, g.fcount = strings.Clone(f), 1 // not the document's bytes
	case g.forms == nil && f == g.form:
		g.fcount++
	default:
		if g.forms == nil {
			g.forms = map[string]int32{g.form: g.fcount}
		}
		if _, ok := g.forms[f]; ok {
			g.forms[f]++
		} else if len(g.forms) < maxForms {
			g.forms[strings.Clone(f)] = 1
		}
	}
}

// surface is a gram's text as written, its white space made single
// spaces.
func surface(text string, start, end int) string {
	s := text[start:end]
	if strings.ContainsAny(s, "\t\n\r\u00a0") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

// notWord reports whether a token is not a word of prose: it has a digit
// or an underscore, or no letter, or is a single letter (a metavariable
// N, the D of D-Bus; the one-letter words of prose are stop words).
func notWord(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		return true
	}
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

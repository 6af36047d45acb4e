package termmatch

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/lang"
	"github.com/glosa-dev/glosa/textnorm"
)

// Match is one occurrence of a term in a text.
type Match struct {
	Concept *glossary.Concept
	Term    *glossary.Term // the glossary term that matched (a form: see Term.Canonical)
	Text    string         // the text as found
	// Start and End are byte offsets in the input; Line and Col are 1-based,
	// columns counting code points; EndLine and EndCol are the position of
	// the last code point of the match.
	Start, End      int
	Line, Col       int
	EndLine, EndCol int
	// Nested is set, by MatchAll, on a match that Match leaves out: it
	// overlaps a longer one ("file" inside "file system").
	Nested bool
}

// Matcher finds terms of one language. It is not safe for concurrent use.
type Matcher struct {
	tr         *trie
	lang       string
	ignoreCase bool // for Lookup: queries are typed without regard to case
	all        bool // for MatchAll: keep overlapping matches
	folder     *textnorm.Folder
	narrow     *narrowFilter // tr's, when it has one
	// The word cache, in two generations: when cache fills up it becomes
	// old and a new one starts, so memory stays bounded and frequent words
	// stay cached.
	cache, old map[string]keys
	hot        []hotEntry // made for a long text (see hotEntry)
	fresh      []wordKeys // words keyed here since the last shareKeys
	unlisted   bool       // some of them are not in fresh, only in cache
	buf        []byte
	toks       []textnorm.Token
	wtoks      []textnorm.Token // keyOf's
	keys       []keys
	cands      []cand
	used       []bool // by token, while resolving overlaps
	chosen     []cand
	best       []cand       // MatchAll's: what Match would choose
	caser      *cases.Caser // bySpelling's, made on first use
}

// keys are the numbers of a word's keys in the trie (0: in no term).
type keys struct {
	stem, exact int32
}

type cand struct {
	start, end int // token indexes, end exclusive
	ref        *termRef
	nested     bool  // overlapped by a longer candidate that Match keeps
	node       int32 // the trie node reached: candidates sharing it share their keys
}

const maxCache = 1 << 17

// Matcher returns a matcher for text in the language of a BCP 47 tag (its
// base language selects the terms). A language without terms gives a
// matcher that finds nothing.
func (ix *Index) Matcher(tag string) *Matcher {
	base := lang.Base(tag)
	tr := ix.tries[base]
	if tr == nil {
		tr = newTrie(base)
	}
	return &Matcher{tr: tr, lang: base, folder: textnorm.NewFolder(), cache: map[string]keys{}, narrow: tr.narrowFilterOf()}
}

// keyOf returns the keys of a word, from the caches when it can. The word
// may also be a hyphenated span of the text ("e-mail"), whose parts are
// then keyed as one word.
func (m *Matcher) keyOf(word []byte) keys {
	if m.hot != nil {
		if lo, hi, ok := hotWord(word); ok {
			e := &m.hot[hotSlot(lo, hi)]
			if e.lo == lo && e.hi == hi {
				return e.k
			}
			k := m.wordKeys(word)
			*e = hotEntry{lo, hi, k}
			return k
		}
	}
	return m.wordKeys(word)
}

// wordKeys is keyOf without the hot table.
func (m *Matcher) wordKeys(word []byte) keys {
	if m.narrow != nil {
		if m.narrow.excludes(word) {
			return keys{}
		}
	} else if m.tr.filter != nil && m.tr.filter.excludes(word) {
		return keys{}
	}
	if k, ok := m.cache[string(word)]; ok {
		return k
	}
	k, ok := m.old[string(word)]
	if !ok && !m.tr.hasScript(word) {
		ok = true // no term has a word in this script: nothing to stem
	}
	if !ok {
		k, ok = m.tr.words.get(word) // keyed by another Matcher
	}
	w := string(word)
	if !ok {
		m.buf = m.buf[:0]
		m.wtoks = textnorm.Tokenize(m.wtoks[:0], word) // one word, or a hyphenated span
		for _, t := range m.wtoks {
			m.buf = m.folder.Fold(m.buf, word[t.Start:t.End])
		}
		folded := w // a word in lower case folds to itself
		if !bytes.Equal(m.buf, word) {
			folded = string(m.buf)
		}
		k.stem = m.tr.id(m.tr.stem.Key(folded))
		if m.tr.hasExact {
			m.buf = append(append(m.buf[:0], '='), folded...)
			k.exact = m.tr.idBytes(m.buf) // the exact key, not copied
		}
		switch {
		case !m.tr.words.filled.Load():
			// The shared cache is empty: shareKeys will most likely hand
			// it m.cache whole, so the word is not listed (a single
			// stream lists none).
			m.unlisted = true
		case len(m.fresh) < maxCache:
			m.fresh = append(m.fresh, wordKeys{w, k})
		}
	}
	if len(m.cache) >= maxCache {
		m.old, m.cache = m.cache, make(map[string]keys, maxCache)
	}
	m.cache[w] = k
	return k
}

// Match returns the matches in text, in order. A text of a chunk or more
// is matched as Scan matches it from a bytes.Reader, chunk by chunk, but
// in place: the chunks are slices of text, not copies.
func (m *Matcher) Match(text []byte) []Match {
	if len(text) < chunkSize {
		return m.matchChunk(text)
	}
	out, _ := m.scan(&window{text: text, size: bufSize(len(text))}, nil) // a text in memory: no read fails
	return out
}

// tokenBytes is about how many bytes of text make a token, word and gap,
// in catalogs and prose of the three languages: what matchChunk sizes its
// tokens by.
const tokenBytes = 6

// matchChunk is Match on a text shorter than a chunk, which Scan would
// read whole into one: the same matches, without copying the text or
// growing the result.
func (m *Matcher) matchChunk(text []byte) []Match {
	defer m.shareKeys()
	if n := len(text)/tokenBytes + 16; cap(m.toks) < n {
		m.toks = make([]textnorm.Token, 0, n) // not grown token by token from nothing
	}
	m.toks = textnorm.Tokenize(m.toks[:0], text)
	return m.matchToks(text)
}

// matchToks gives the matches of m.toks, the tokens of the whole of
// text, sized once.
func (m *Matcher) matchToks(text []byte) []Match {
	m.candidates(text, 0, len(m.toks))
	cs := m.resolve(text, 0)
	if len(cs) == 0 {
		return nil
	}
	out := make([]Match, 0, len(cs))
	cur := cursor{line: 1, col: 1}
	for _, c := range cs {
		out = append(out, m.match(text, 0, &cur, c))
	}
	return out
}

// match makes the Match of candidate c, whose tokens are offsets in buf,
// the text from byte base on, moving cur to its start.
func (m *Matcher) match(buf []byte, base int, cur *cursor, c cand) Match {
	s, e := m.toks[c.start].Start, m.toks[c.end-1].End
	mt := Match{Concept: c.ref.concept, Term: c.ref.term, Text: string(buf[s:e]),
		Start: base + s, End: base + e, Nested: c.nested}
	cur.advance(buf, base, base+s)
	mt.Line, mt.Col = cur.line, cur.col
	endCur := *cur
	_, lastSize := utf8.DecodeLastRune(buf[s:e])
	endCur.advance(buf, base, base+e-lastSize)
	mt.EndLine, mt.EndCol = endCur.line, endCur.col
	return mt
}

// MatchAll returns every term occurrence in text, in order, overlapping
// ones included: "file" inside "file system", where Match reports only the
// longer term. A span reports a concept once, with its best term. The
// matches Match would report are those without Nested, so one call gives
// both.
func (m *Matcher) MatchAll(text []byte) []Match {
	m.all = true
	defer func() { m.all = false }()
	return m.Match(text)
}

// candidates finds every term occurrence starting at a token index in
// [from, to) of m.toks in text.
func (m *Matcher) candidates(text []byte, from, to int) {
	m.cands = m.cands[:0]
	if !m.tr.hasEdges() {
		return
	}
	if cap(m.keys) < len(m.toks) {
		m.keys = make([]keys, len(m.toks), 2*len(m.toks))
	}
	m.keys = m.keys[:len(m.toks)]
	if m.hot == nil && len(m.toks) >= hotMinTokens {
		m.hot = make([]hotEntry, 1<<hotLog2)
	}
	for i := range m.toks {
		t := m.toks[i]
		m.keys[i] = m.keyOf(text[t.Start:t.End])
	}
	for i := from; i < to; i++ {
		if m.keys[i] == (keys{}) && (i+1 >= len(m.toks) || m.toks[i+1].Gap != textnorm.GapHyphen) {
			continue // in no term, and not the start of a hyphenated word
		}
		m.walk(text, i, i, 0)
	}
}

// walk follows the trie from node n with the token at index j, for a match
// that started at token start.
func (m *Matcher) walk(text []byte, start, j int, n int32) {
	if j >= len(m.toks) || j > start && m.toks[j].Gap != textnorm.GapSpace && m.toks[j].Gap != textnorm.GapHyphen {
		return
	}
	k := m.keys[j]
	m.step(text, start, j+1, n, k.stem)
	m.step(text, start, j+1, n, k.exact)
	// A hyphenated word in the text also matches a term written as one word.
	for e := j + 1; e < len(m.toks) && m.toks[e].Gap == textnorm.GapHyphen && e-j <= 8; e++ {
		ck := m.keyOf(text[m.toks[j].Start:m.toks[e].End])
		m.step(text, start, e+1, n, ck.stem)
		m.step(text, start, e+1, n, ck.exact)
	}
}

// step takes the edge from n on key, which covers tokens up to next.
func (m *Matcher) step(text []byte, start, next int, n int32, key int32) {
	if key == 0 {
		return
	}
	child := m.tr.child(n, key)
	if child == 0 {
		return
	}
	refs := m.tr.termsAt(child)
	for i := range refs {
		ref := &refs[i]
		if ref.tokens != nil && !m.ignoreCase && !m.caseAgrees(text, ref, start, next) {
			continue
		}
		m.cands = append(m.cands, cand{start: start, end: next, ref: ref, node: child})
	}
	m.walk(text, start, next, child)
}

// caseAgrees checks a case-sensitive term against the tokens [start, end).
// Where the term has a capital the text must have one; where it has a small
// letter the text may still have a capital at the start of the match or in
// a word written all in capitals. Only letters are compared: stress marks,
// soft hyphens and other marks in the text are skipped.
func (m *Matcher) caseAgrees(text []byte, ref *termRef, start, end int) bool {
	terms := ref.tokens
	if len(terms) > 1 && lang.Of(m.lang).HasArticle(m.folder.FoldString(terms[0])) && end-start < len(terms) {
		terms = terms[1:] // the text dropped the term's leading article
	}
	if end-start == len(terms) {
		// Word by word, so that inflected endings do not shift the letters
		// of the next word.
		for i, tw := range terms {
			xw := text[m.toks[start+i].Start:m.toks[start+i].End]
			if !lettersAgree(tw, xw, i == 0, isAllCaps(xw)) {
				return false
			}
		}
		return true
	}
	// The text joined or split the term's hyphenated words: compare the
	// letters of the whole match.
	var tw strings.Builder
	for _, w := range terms {
		tw.WriteString(w)
	}
	xw := text[m.toks[start].Start:m.toks[end-1].End]
	return lettersAgree(tw.String(), xw, true, isAllCaps(xw))
}

// lettersAgree compares the case of the letters of a term word and a text
// word, in order, over the shorter of the two.
func lettersAgree(term string, x []byte, first, allCaps bool) bool {
	for _, tr := range term {
		if !unicode.IsLetter(tr) {
			continue
		}
		var xr rune
		for len(x) > 0 {
			r, size := utf8.DecodeRune(x)
			x = x[size:]
			if unicode.IsLetter(r) {
				xr = r
				break
			}
		}
		if xr == 0 {
			return true
		}
		tu, xu := unicode.IsUpper(tr), unicode.IsUpper(xr)
		if tu && !xu {
			return false
		}
		if !tu && xu && !first && !allCaps && unicode.IsLower(tr) {
			return false
		}
		first = false
	}
	return true
}

func isAllCaps(w []byte) bool {
	letters := 0
	for _, r := range string(w) {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// resolve picks non-overlapping candidates, longest first, and returns them
// in text order. Candidates starting before byte minByte are ignored. Of
// the terms of one concept on one span, the best status wins, except that
// terms sharing their keys are told apart by spelling (see bySpelling).
func (m *Matcher) resolve(text []byte, minByte int) []cand {
	cs := m.cands[:0]
	for _, c := range m.cands {
		if m.toks[c.start].Start >= minByte {
			cs = append(cs, c)
		}
	}
	if len(cs) <= 1 {
		return cs
	}
	slices.SortStableFunc(cs, func(x, y cand) int {
		if lx, ly := x.end-x.start, y.end-y.start; lx != ly {
			return ly - lx
		}
		bx := m.toks[x.end-1].End - m.toks[x.start].Start
		by := m.toks[y.end-1].End - m.toks[y.start].Start
		if bx != by {
			return by - bx
		}
		if x.start != y.start {
			return x.start - y.start
		}
		return int(x.ref.term.Status) - int(y.ref.term.Status)
	})
	m.bySpelling(text, cs)
	if m.all {
		// What Match would keep, to mark the others.
		m.best = m.longest(cs, m.best[:0])
		out := m.dedup(cs)
		for i := range out {
			c := &out[i]
			c.nested = true
			// m.best is in text order, a subset of out.
			for k, _ := slices.BinarySearchFunc(m.best, c.start, func(b cand, start int) int { return b.start - start }); k < len(m.best) && m.best[k].start == c.start; k++ {
				if b := m.best[k]; b.end == c.end && b.ref.concept == c.ref.concept {
					c.nested = false
				}
			}
		}
		return out
	}
	out := m.longest(cs, m.chosen[:0])
	m.chosen = out
	return out
}

// longest picks from cs (sorted longest first) the candidates that do not
// overlap a longer one, appending them to out in text order.
func (m *Matcher) longest(cs, out []cand) []cand {
	if cap(m.used) < len(m.toks) {
		m.used = make([]bool, len(m.toks), 2*len(m.toks))
	}
	used := m.used[:len(m.toks)]
	for _, c := range cs {
		// Candidates with one span are adjacent after sorting: a span
		// already taken may take another concept, not a second term of the
		// same concept (the better status came first).
		same, dup := false, false
		for i := len(out) - 1; i >= 0 && out[i].start == c.start && out[i].end == c.end; i-- {
			same = true
			dup = dup || out[i].ref.concept == c.ref.concept
		}
		if same {
			if !dup {
				out = append(out, c)
			}
			continue
		}
		free := true
		for t := c.start; t < c.end; t++ {
			if used[t] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		for t := c.start; t < c.end; t++ {
			used[t] = true
		}
		out = append(out, c)
	}
	for _, c := range out {
		for t := c.start; t < c.end; t++ {
			used[t] = false
		}
	}
	slices.SortStableFunc(out, textOrder)
	return out
}

// textOrder orders candidates as matches are reported: by start, then by
// concept ID.
func textOrder(x, y cand) int {
	if x.start != y.start {
		return x.start - y.start
	}
	return strings.Compare(x.ref.concept.ID, y.ref.concept.ID)
}

// dedup keeps the first candidate of each span and concept (after sorting,
// the one with the best status), in text order.
func (m *Matcher) dedup(cs []cand) []cand {
	type key struct {
		start, end int
		c          *glossary.Concept
	}
	seen := map[key]bool{}
	out := m.chosen[:0]
	for _, c := range cs {
		k := key{c.start, c.end, c.ref.concept}
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	slices.SortStableFunc(out, textOrder)
	m.chosen = out
	return out
}

// cursor converts byte offsets to lines and columns, moving forward only.
// It counts line breaks and code points (as utf8.RuneCount: an invalid
// byte is one) between the positions asked for, not rune by rune.
type cursor struct {
	off, line, col int
}

func (c *cursor) advance(text []byte, base, to int) {
	if to <= c.off {
		return
	}
	seg := text[c.off-base : to-base]
	c.off = to
	if n := bytes.Count(seg, newline); n > 0 {
		c.line += n
		c.col = 1
		seg = seg[bytes.LastIndexByte(seg, '\n')+1:]
	}
	c.col += runeCount(seg)
}

// runeCount is utf8.RuneCount without its allocation (it converts text
// after the first non-ASCII byte to a string).
func runeCount(b []byte) int {
	if !utf8.Valid(b) {
		return utf8.RuneCount(b)
	}
	n := 0
	for _, c := range b {
		if c&0xC0 != 0x80 {
			n++
		}
	}
	return n
}

var newline = []byte{'\n'}

// chunkSize is how much text Scan tokenises at once.
var chunkSize = 256 << 10 // a variable so that tests can make chunks small

// Scan reads text from r and calls fn for each match, in order. Memory use
// does not depend on the length of the text: it is read in chunks of about
// 256 KiB cut at line breaks (or white space in very long lines), each chunk
// overlapping the next by enough words for the longest term.
func (m *Matcher) Scan(r io.Reader, fn func(Match) error) error {
	size := chunkSize + 4096
	if l, ok := r.(interface{ Len() int }); ok {
		size = bufSize(l.Len()) // a short text in memory: no 256 KiB buffer
	}
	_, err := m.scan(&window{r: r, buf: make([]byte, 0, size)}, fn)
	return err
}

// bufSize is the size of Scan's buffer for a text of n bytes in memory.
func bufSize(n int) int {
	return min(chunkSize+4096, n+1)
}

// A window is the part of a text that scan holds: buf, from byte base of
// the text on. Read from r, buf is a buffer the text is copied into. Over
// a text in memory (r nil), it is a slice of text that grows and moves as
// Scan's buffer over a bytes.Reader of text would, size standing for the
// buffer's capacity, so that the chunks, and so the matches, are the same.
type window struct {
	r    io.Reader
	text []byte // r nil: the whole text
	buf  []byte
	size int // r nil: the capacity of the buffer
	base int
	eof  bool
}

// fill reads until buf has want bytes or the text ends.
func (w *window) fill(want int) error {
	for !w.eof && len(w.buf) < want {
		if w.r == nil {
			if len(w.buf) == w.size {
				w.size = cap(append(make([]byte, w.size), 0)) // as append grows the buffer
			}
			end := w.base + len(w.buf)
			if end == len(w.text) {
				w.eof = true // a bytes.Reader's Read at its end
				continue
			}
			w.buf = w.text[w.base:min(len(w.text), w.base+w.size)]
			continue
		}
		if len(w.buf) == cap(w.buf) {
			w.buf = append(w.buf, 0)[:len(w.buf)]
		}
		n, err := w.r.Read(w.buf[len(w.buf):cap(w.buf)])
		w.buf = w.buf[:len(w.buf)+n]
		if err == io.EOF {
			w.eof = true
		} else if err != nil {
			return err
		}
	}
	return nil
}

// drop lets go of the first n bytes of buf.
func (w *window) drop(n int) {
	w.base += n
	if w.r == nil {
		w.buf = w.buf[n:]
		return
	}
	w.buf = w.buf[:copy(w.buf, w.buf[n:])]
}

// scan is Scan over w. With fn nil it returns the matches instead, the
// slice sized after the first chunk for the whole text.
func (m *Matcher) scan(w *window, fn func(Match) error) ([]Match, error) {
	defer m.shareKeys()
	var out []Match
	reported := 0 // absolute offset before which nothing more is reported
	cur := cursor{line: 1, col: 1}
	window := 2*m.tr.depth + 8 // words kept for the next chunk
	want := chunkSize
	for {
		if err := w.fill(want); err != nil {
			return out, err
		}
		buf, base := w.buf, w.base
		cut := len(buf)
		if !w.eof {
			cut = cutPoint(buf)
		}
		chunk := buf[:cut]
		if n := len(chunk)/tokenBytes + 16; cap(m.toks) < n {
			m.toks = make([]textnorm.Token, 0, n) // not grown token by token from nothing
		}
		m.toks = textnorm.Tokenize(m.toks[:0], chunk)
		if !w.eof && len(m.toks) <= window && len(buf) < 4*chunkSize {
			want = len(buf) + chunkSize // too few words to decide: read on
			continue
		}
		want = chunkSize
		carry, limitTok := cut, len(m.toks) // bytes handed on; tokens whose matches are reported
		switch {
		case w.eof:
		case len(m.toks) > window:
			limitTok = len(m.toks) - window
			carry = m.toks[limitTok].Start
		case len(m.toks) >= 2:
			// A huge buffer with few words (very long words): hand on the
			// second half, so that a term across the cut is still found.
			limitTok = len(m.toks) / 2
			carry = m.toks[limitTok].Start
		}
		m.candidates(chunk, 0, limitTok)
		for _, c := range m.resolve(chunk, reported-base) {
			mt := m.match(buf, base, &cur, c)
			if fn == nil {
				out = append(out, mt)
			} else if err := fn(mt); err != nil {
				return nil, err
			}
			if mt.End > reported {
				reported = mt.End
			}
		}
		if w.eof {
			return out, nil
		}
		if fn == nil && base == 0 && carry >= chunkSize/2 {
			// As many matches a byte in the rest of the text as in the
			// first chunk, and an eighth more: one allocation, not a
			// slice grown from nothing. (A first chunk cut short, by few
			// long words, is no sample.)
			rest := len(out) * (len(w.text) - carry) / carry
			out = slices.Grow(out, rest+rest/8+16)
		}
		cur.advance(buf, base, base+carry)
		w.drop(carry)
	}
}

// cutPoint returns where to end a chunk: after the last line break, else
// after the last space, else at the last rune boundary.
func cutPoint(buf []byte) int {
	if i := bytes.LastIndexByte(buf, '\n'); i > 0 {
		return i + 1
	}
	if i := bytes.LastIndexAny(buf, " \t"); i > 0 {
		return i + 1
	}
	i := len(buf)
	for i > 0 && !utf8.RuneStart(buf[i-1]) {
		i--
	}
	if i > 0 {
		i-- // buf[i-1] is a rune start that may be incomplete
	}
	if i == 0 {
		return len(buf)
	}
	return i
}

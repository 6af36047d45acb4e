package gen

import (
	"io"
	"math/rand/v2"
	"unicode"
	"unicode/utf8"
)

// plantRate is the chance that a word slot of running text holds a
// glossary term (of one to three words) instead of an ordinary word: about
// one token in ten belongs to a term, as in dense technical prose.
const plantRate = 0.06

// Text generates running text in one language of a glossary, paragraph by
// paragraph, with the glossary's terms (preferred, admitted and
// deprecated) planted in inflected forms. Lines are at most 78 code points
// long.
type Text struct {
	rng      *rand.Rand
	v        *vocab
	terms    []term
	termZ    *rand.Zipf
	fillerZ  *rand.Zipf
	funcZ    *rand.Zipf
	col      int       // code points since the last line break
	planted  int       // glossary terms written
	concepts []concept // for sentences of a Parallel
}

// NewText returns a generator of text in lang, one of [Languages], with
// the terms of g. Texts of the same glossary, language and seed are the
// same.
func NewText(g *Glossary, lang string, seed uint64) *Text {
	li := langIndex(lang)
	rng := rand.New(rand.NewPCG(seed1^0x7e57, seed))
	t := &Text{rng: rng, v: g.vocab[li]}
	for i := range g.concepts {
		c := &g.concepts[i]
		t.terms = append(t.terms, c.terms[li]...)
		t.terms = append(t.terms, c.deprecated[li]...)
	}
	rng.Shuffle(len(t.terms), func(i, j int) { t.terms[i], t.terms[j] = t.terms[j], t.terms[i] })
	t.termZ = rand.NewZipf(rng, 1.1, 2, uint64(len(t.terms)-1))
	t.fillerZ = rand.NewZipf(rng, 1.2, 4, uint64(len(t.v.filler)-1))
	t.funcZ = rand.NewZipf(rng, 1.3, 2, uint64(len(t.v.function)-1))
	return t
}

// Planted returns the number of glossary terms written so far.
func (t *Text) Planted() int { return t.planted }

// Generate returns the next at least size bytes of text: whole
// paragraphs.
func (t *Text) Generate(size int) []byte {
	buf := make([]byte, 0, size+4096)
	for len(buf) < size {
		buf = t.AppendParagraph(buf)
	}
	return buf
}

// AppendParagraph appends the next paragraph, of 3 to 8 sentences, and a
// blank line to dst.
func (t *Text) AppendParagraph(dst []byte) []byte {
	var words []string
	for range 3 + t.rng.IntN(6) {
		n := 6 + t.rng.IntN(15)
		first := true
		for k := 0; k < n; {
			words = words[:0]
			switch r := t.rng.Float64(); {
			case r < plantRate:
				words = t.plant(words)
			case r < plantRate+0.45:
				words = append(words, t.v.function[t.funcZ.Uint64()])
			default:
				w := t.v.filler[t.fillerZ.Uint64()]
				words = append(words, t.inflect(w, t.rng.IntN(len(ruNoun)), t.rng.IntN(4) == 0))
			}
			for _, w := range words {
				dst = t.word(dst, w, first)
				first = false
			}
			k += len(words)
			if k < n && t.rng.IntN(16) == 0 {
				dst = append(dst, ',')
				t.col++
			}
		}
		switch t.rng.IntN(12) {
		case 0:
			dst = append(dst, '?')
		case 1:
			dst = append(dst, ':')
		default:
			dst = append(dst, '.')
		}
		t.col++
	}
	t.col = 0
	return append(dst, "\n\n"...)
}

// inflect gives a form of w: ru case ci (0-7), es/en plural.
func (t *Text) inflect(w lemma, ci int, pl bool) string {
	switch w.kind {
	case kindNoun:
		if t.v.lang == "ru" {
			return w.stem + ruNoun[ci]
		}
		if pl {
			return plural(t.v.lang, w.stem)
		}
	case kindAdj:
		switch t.v.lang {
		case "ru":
			return w.stem + ruAdj[ci]
		case "es":
			if pl {
				return plural("es", w.stem)
			}
		}
	case kindAdjSk:
		return w.stem + ruAdjSk[ci]
	case kindVerb:
		return w.stem + ruVerb[t.rng.IntN(len(ruVerb))]
	}
	return w.stem
}

// plant appends the words of a glossary term in a random inflected form.
func (t *Text) plant(words []string) []string {
	tm := t.terms[t.termZ.Uint64()]
	t.planted++
	ci := t.rng.IntN(len(ruNoun))
	plural := t.rng.IntN(10) < 3
	for i, w := range tm {
		pl := plural
		switch t.v.lang {
		case "es": // the head noun and its adjective; not the complement of "de"
			pl = plural && (i == 0 || tm[0].kind != kindNoun || len(tm) == 2)
		case "en": // the last word
			pl = plural && i == len(tm)-1
		}
		words = append(words, t.inflect(w, ci, pl))
	}
	return words
}

// word appends w, after a space or a line break, capitalized if capital.
func (t *Text) word(dst []byte, w string, capital bool) []byte {
	if t.col > 0 {
		if t.col+1+utf8.RuneCountInString(w) > 78 {
			dst = append(dst, '\n')
			t.col = 0
		} else {
			dst = append(dst, ' ')
			t.col++
		}
	}
	if capital {
		r, size := utf8.DecodeRuneInString(w)
		dst = utf8.AppendRune(dst, unicode.ToUpper(r))
		w = w[size:]
	}
	dst = append(dst, w...)
	t.col += utf8.RuneCountInString(w) + 1
	return dst
}

// NewTextReader returns a reader of t's text that generates it as it is
// read, one paragraph at a time, without keeping it: limit bytes, rounded
// up to a whole paragraph.
func NewTextReader(t *Text, limit int64) io.Reader {
	return &textReader{text: t, limit: limit}
}

type textReader struct {
	text     *Text
	limit    int64
	produced int64
	buf      []byte
	off      int
}

func (r *textReader) Read(p []byte) (int, error) {
	if r.off == len(r.buf) {
		if r.produced >= r.limit {
			return 0, io.EOF
		}
		r.buf = r.text.AppendParagraph(r.buf[:0])
		r.off = 0
	}
	n := copy(p, r.buf[r.off:])
	r.off += n
	r.produced += int64(n)
	return n, nil
}

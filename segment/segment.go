package segment

import (
	"sync"

	"github.com/glosa-dev/glosa/lang"
)

// A Segment is one sentence, heading or list item of a text.
type Segment struct {
	// Text is the segment as it appears in the input, without the white
	// space around it; line breaks inside it are kept.
	Text string
	// Start and End are the byte offsets of Text in the input, End
	// exclusive: Text == string(input[Start:End]).
	Start, End int
	// Line and Col are the position of Start, 1-based; Col counts code
	// points (an invalid byte counts as one) from the start of the line.
	Line, Col int
	// Para is the 0-based number of the segment's paragraph: paragraphs
	// are separated by blank lines, and a heading and each list item are
	// paragraphs of their own.
	Para int
}

// A Segmenter splits text in one language into segments. It holds no
// state between calls and is safe for concurrent use.
type Segmenter struct {
	lang  string
	rules *rules
}

var (
	langRules = map[string]func() *rules{
		"es": sync.OnceValue(func() *rules { return mustRules("es") }),
		"en": sync.OnceValue(func() *rules { return mustRules("en") }),
		"ru": sync.OnceValue(func() *rules { return mustRules("ru") }),
	}
	segmenters sync.Map // lang string -> *Segmenter
)

// New returns the Segmenter for a BCP 47 language tag. The rules of the
// tag's base language are used ("es-MX" is segmented as "es"); a language
// without rules of its own, or a tag that does not parse, gets the rules
// every language shares (sentence punctuation, initials, numbers, lists
// and paragraphs) and no abbreviations.
func New(tag string) *Segmenter {
	if s, ok := segmenters.Load(tag); ok {
		return s.(*Segmenter)
	}
	s := &Segmenter{lang: tag, rules: emptyRules}
	if load := langRules[lang.Base(tag)]; load != nil {
		s.rules = load()
	}
	actual, _ := segmenters.LoadOrStore(tag, s)
	return actual.(*Segmenter)
}

// Lang returns the tag the Segmenter was made for.
func (s *Segmenter) Lang() string { return s.lang }

// Command tokfloor is the reference floor for scanning text: the least a
// term scanner must do. It reads files, splits them into words (runs of
// letters and digits), lowercases each word into a reused buffer and looks
// it up once in a set, the words of a glossary's terms, then prints the
// throughput of that loop. glosa scan does more (inflection-aware keys,
// multiword terms, positions); its speed is judged against this one.
//
//	go run ./internal/cmd/tokfloor [-glossary testdata/glossary.toml] FILE...
//
// The figure printed covers the word loop only, not reading the files or
// loading the glossary; time the whole process from outside to compare
// with glosa scan.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/glosa-dev/glosa/glossary"
)

func main() {
	gpath := flag.String("glossary", "testdata/glossary.toml", "glossary whose term words make the set")
	flag.Parse()
	if flag.NArg() == 0 {
		fmt.Fprintln(os.Stderr, "usage: tokfloor [-glossary FILE] FILE...")
		os.Exit(2)
	}
	words, err := glossaryWords(*gpath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "tokfloor:", err)
		os.Exit(1)
	}
	s := scanner{words: words, in: make([]byte, 256<<10)}
	start := time.Now()
	for _, name := range flag.Args() {
		if err := s.file(name); err != nil {
			fmt.Fprintln(os.Stderr, "tokfloor:", err)
			os.Exit(1)
		}
	}
	d := time.Since(start)
	fmt.Printf("%d bytes, %d words, %d in the set, %v: %.1f MB/s\n",
		s.size, s.nwords, s.hits, d.Round(time.Microsecond), float64(s.size)/1e6/d.Seconds())
}

// scanner counts the words of files and those of them in a set.
type scanner struct {
	words              map[string]bool
	in                 []byte // read buffer
	word               []byte // the current word, lowercased
	size, nwords, hits int
}

// file streams the file name through the word loop, 256 KiB at a time.
func (s *scanner) file(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	keep := 0 // bytes of an incomplete rune carried to the next read
	for {
		n, err := f.Read(s.in[keep:])
		s.size += n
		n += keep
		end := n
		if err == nil {
			end = lastFull(s.in[:n])
		}
		s.scan(s.in[:end])
		keep = copy(s.in, s.in[end:n])
		if err == io.EOF {
			s.scan(s.in[:keep]) // a truncated rune at the very end
			s.flush()
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// lastFull returns the length of the longest prefix of b that ends with a
// complete rune.
func lastFull(b []byte) int {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if utf8.FullRune(b[i:]) {
				return len(b)
			}
			return i
		}
	}
	return len(b)
}

// scan runs the word loop over text: letters and digits are lowercased
// into s.word, anything else ends the word. ASCII and the two-byte
// Cyrillic block take a fast path; other runes go through package unicode.
func (s *scanner) scan(text []byte) {
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if asciiWord[c] {
				s.word = append(s.word, asciiLower[c])
			} else {
				s.flush()
			}
			continue
		}
		if (c == 0xD0 || c == 0xD1) && i+1 < len(text) && text[i+1]&0xC0 == 0x80 {
			// U+0400-U+047F: all letters.
			r := rune(c&0x1F)<<6 | rune(text[i+1]&0x3F)
			switch {
			case r < 0x410:
				r += 0x50
			case r < 0x430:
				r += 0x20
			case r >= 0x460 && r%2 == 0:
				r++
			}
			s.word = utf8.AppendRune(s.word, r)
			i += 2
			continue
		}
		r, size := utf8.DecodeRune(text[i:])
		i += size
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			s.word = utf8.AppendRune(s.word, unicode.ToLower(r))
		} else {
			s.flush()
		}
	}
}

// flush ends the current word: one lookup in the set.
func (s *scanner) flush() {
	if len(s.word) == 0 {
		return
	}
	s.nwords++
	if s.words[string(s.word)] {
		s.hits++
	}
	s.word = s.word[:0]
}

var asciiWord, asciiLower = func() (word [128]bool, lower [128]byte) {
	for c := range 128 {
		word[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		lower[c] = byte(c)
		if 'A' <= c && c <= 'Z' {
			lower[c] += 'a' - 'A'
		}
	}
	return word, lower
}()

// glossaryWords returns the lowercased words of every term of the glossary
// at path, split as scan splits text.
func glossaryWords(path string) (map[string]bool, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	g, errs := glossary.Parse(path, src)
	if g == nil {
		return nil, errs
	}
	set := map[string]bool{}
	for _, c := range g.Concepts {
		for _, t := range c.Terms {
			addWords(set, []byte(t.Text))
		}
	}
	return set, nil
}

// addWords adds the lowercased words of text to set.
func addWords(set map[string]bool, text []byte) {
	var buf []byte
	flush := func() {
		if len(buf) > 0 {
			set[string(buf)] = true
			buf = buf[:0]
		}
	}
	for _, r := range string(text) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			buf = utf8.AppendRune(buf, unicode.ToLower(r))
			continue
		}
		flush()
	}
	flush()
}

package report

import (
	"io"
	"strconv"
	"testing"
)

// countingWriter counts the bytes written to it.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += int64(len(p))
	return len(p), nil
}

var _ io.Writer = (*countingWriter)(nil)

// BenchmarkJSONMatches writes generated matches one at a time, as scan
// does from termmatch's callback; MB/s counts the JSON written.
func BenchmarkJSONMatches(b *testing.B) {
	ms := make([]Match, 1000)
	for i := range ms {
		ms[i] = Match{
			File: "corpus/doc" + strconv.Itoa(i%7) + ".ru.txt", Lang: "ru", Concept: "thaw",
			Term: "оттепель", Status: "preferred", Text: "оттепели «" + strconv.Itoa(i) + "»",
			Line: i + 1, Column: 10, EndLine: i + 1, EndColumn: 17, Offset: i * 100, EndOffset: i*100 + 16,
		}
	}
	var out countingWriter
	w := NewJSONMatches(&out)
	for i := range ms { // one pass to learn the size of a batch
		w.Write(ms[i : i+1])
	}
	w.Close(ScanSummary{Files: 1})
	b.SetBytes(out.n)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		w := NewJSONMatches(io.Discard)
		for i := range ms {
			if err := w.Write(ms[i : i+1]); err != nil {
				b.Fatal(err)
			}
		}
		w.Close(ScanSummary{Files: 1})
	}
}

package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkReadShared reads the real catalogs of the shared corpora from
// their files, as check does (skipped when they are absent).
func BenchmarkReadShared(b *testing.B) {
	names, _ := filepath.Glob("../../../shared/corpora/l10n/po/*.po")
	if len(names) == 0 {
		b.Skip("no shared corpora")
	}
	size := int64(0)
	for _, n := range names {
		st, err := os.Stat(n)
		if err != nil {
			b.Fatal(err)
		}
		size += st.Size()
	}
	b.SetBytes(size)
	for b.Loop() {
		for _, n := range names {
			f, err := os.Open(n)
			if err != nil {
				b.Fatal(err)
			}
			_, err = Read(n, f, ReadOptions{})
			f.Close()
			if err != nil {
				b.Fatal(err)
			}
		}
	}
}

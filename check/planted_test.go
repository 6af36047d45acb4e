package check

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// plantedDrafts are translations of the seed with a planted fault of every
// rule among correct, inflected term forms; each .want file lists what
// glosa must report, one `LINE:COL RULE CONCEPT` a line ("-" for no
// concept), with # comments saying what was planted.
var plantedDrafts = []struct{ file, lang, want string }{
	{"draft.en.txt", "en", "draft.en.want"},
	{"draft.ru.txt", "ru", "draft.ru.want"},
}

// plantedKey is how a finding is compared with a .want line.
func plantedKey(f Finding) string {
	concept := f.Concept
	if concept == "" {
		concept = "-"
	}
	return fmt.Sprintf("%d:%d %s %s", f.Line, f.Col, f.Rule, concept)
}

// readWant reads a .want file of testdata: its lines, without comments and
// blank lines.
func readWant(t *testing.T, name string) []string {
	t.Helper()
	b, err := os.ReadFile("../testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for line := range strings.SplitSeq(string(b), "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

// lineDiff renders the difference between want and got as a unified list:
// "  " for a line in both, "- " for one only wanted, "+ " for one only got.
func lineDiff(want, got []string) string {
	// Longest common subsequence, by dynamic programming from the ends.
	n, m := len(want), len(got)
	lcs := make([][]int, n+1)
	for i := range lcs {
		lcs[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if want[i] == got[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var b strings.Builder
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && want[i] == got[j]:
			fmt.Fprintf(&b, "  %s\n", want[i])
			i, j = i+1, j+1
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			fmt.Fprintf(&b, "+ %s\n", got[j])
			j++
		default:
			fmt.Fprintf(&b, "- %s\n", want[i])
			i++
		}
	}
	return b.String()
}

// describe renders findings in full, for a failing test's log.
func describe(fs []Finding) string {
	var b strings.Builder
	for _, f := range fs {
		fmt.Fprintf(&b, "%s:%s %q\n", f.File, plantedKey(f), f.Text)
	}
	return b.String()
}

// Every planted fault of the drafts is found at its line and column, with
// its rule and concept, and nothing else is: no false alarm on the correct,
// inflected forms around them. Then the two drafts, checked together as a
// three-language set, keep every finding of the pairwise runs.
func TestPlantedDrafts(t *testing.T) {
	ix := sampleIndex(t)
	seed := readDoc(t, "destalinizacion.es.txt", "es")
	pairwise := map[string]int{} // file + key → count
	for _, d := range plantedDrafts {
		t.Run(d.lang, func(t *testing.T) {
			draft := readDoc(t, d.file, d.lang)
			findings := RunSet(docSet(ix, false, seed, draft), DefaultOptions())
			var got []string
			for _, f := range findings {
				if f.File != d.file {
					t.Errorf("finding outside the draft: %s:%s", f.File, plantedKey(f))
					continue
				}
				got = append(got, plantedKey(f))
				pairwise[f.File+":"+plantedKey(f)]++
			}
			want := readWant(t, d.want)
			if strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Errorf("%s: findings differ from testdata/%s (- wanted, + got):\n%s\nall findings:\n%s",
					d.file, d.want, lineDiff(want, got), describe(findings))
			}
		})
	}

	t.Run("three-way", func(t *testing.T) {
		var targets []*Document
		for _, d := range plantedDrafts {
			targets = append(targets, readDoc(t, d.file, d.lang))
		}
		findings := RunSet(docSet(ix, false, seed, targets...), DefaultOptions())
		left := map[string]int{}
		for k, n := range pairwise {
			left[k] = n
		}
		var extra []Finding
		for _, f := range findings {
			k := f.File + ":" + plantedKey(f)
			if left[k] > 0 {
				left[k]--
				continue
			}
			extra = append(extra, f)
		}
		for k, n := range left {
			if n > 0 {
				t.Errorf("three-way run lost a pairwise finding: %s (%d×)", k, n)
			}
		}
		// Checking both translations at once may only add the concepts
		// both express in a passage whose source has none of their terms.
		for _, f := range extra {
			if f.File != seed.File || f.Rule != TermMissing.ID {
				t.Errorf("three-way run added a finding that is not term-missing in the source: %s:%s %q", f.File, plantedKey(f), f.Text)
			} else {
				t.Logf("three-way: %s:%s (both translations have it, the source has none of its terms)", f.File, plantedKey(f))
			}
		}
	})
}

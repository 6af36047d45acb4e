package diag

import "github.com/glosa-dev/glosa/textnorm"

// Suggest returns the word of known nearest to s, when it is near enough
// to be a typo: at most a third of s's letters (at least one) inserted,
// deleted, replaced or swapped with a neighbour. It returns "" otherwise.
func Suggest(s string, known []string) string {
	best, bestD := "", max(1, len([]rune(s))/3)+1
	for _, k := range known {
		if dist := textnorm.Distance(s, k); dist < bestD {
			best, bestD = k, dist
		}
	}
	return best
}

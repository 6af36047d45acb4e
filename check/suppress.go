package check

import (
	"slices"

	"github.com/glosa-dev/glosa/format"
)

func suppressed(list []format.Suppression, f Finding) bool {
	for _, s := range list {
		if f.Line >= s.Line && f.Line <= s.EndLine && (len(s.Rules) == 0 || slices.Contains(s.Rules, f.Rule)) {
			return true
		}
	}
	return false
}

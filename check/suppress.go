package check

import (
	"slices"

	"github.com/glosa-dev/glosa/format"
)

// Suppression is format.Suppression.
type Suppression = format.Suppression

func suppressed(list []Suppression, f Finding) bool {
	for _, s := range list {
		if f.Line >= s.Line && f.Line <= s.EndLine && (len(s.Rules) == 0 || slices.Contains(s.Rules, f.Rule)) {
			return true
		}
	}
	return false
}

// Directive is format.Directive.
type Directive = format.Directive

// ParseDirective is format.ParseDirective.
func ParseDirective(comment string) (Directive, bool) { return format.ParseDirective(comment) }

// TextSuppressions is format.TextSuppressions.
func TextSuppressions(text []byte) []Suppression { return format.TextSuppressions(text) }

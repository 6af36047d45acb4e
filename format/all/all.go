// Package all links every reader of package format's registry: import it
// for its side effect.
package all

import (
	_ "github.com/glosa-dev/glosa/format/android"
	_ "github.com/glosa-dev/glosa/format/applestrings"
	_ "github.com/glosa-dev/glosa/format/text"
	_ "github.com/glosa-dev/glosa/format/tsv"
)

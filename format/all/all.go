// Package all links every reader of package format's registry: import it
// for its side effect.
package all

import (
	_ "github.com/glosa-dev/glosa/format/android"
	_ "github.com/glosa-dev/glosa/format/applestrings"
	_ "github.com/glosa-dev/glosa/format/arb"
	_ "github.com/glosa-dev/glosa/format/goi18n"
	_ "github.com/glosa-dev/glosa/format/jsonmsg"
	_ "github.com/glosa-dev/glosa/format/markdown"
	_ "github.com/glosa-dev/glosa/format/po"
	_ "github.com/glosa-dev/glosa/format/railsyaml"
	_ "github.com/glosa-dev/glosa/format/text"
	_ "github.com/glosa-dev/glosa/format/tmx"
	_ "github.com/glosa-dev/glosa/format/tsv"
	_ "github.com/glosa-dev/glosa/format/xcstrings"
	_ "github.com/glosa-dev/glosa/format/xliff"
)

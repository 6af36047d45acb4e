// Package all registers every termbase format glosa reads besides TOML:
// import it for its side effect wherever glossary.Load should read them.
package all

import (
	_ "github.com/glosa-dev/glosa/glossary/sheet" // CSV and TSV
	_ "github.com/glosa-dev/glosa/glossary/tbx"   // TBX v3 and martif
)

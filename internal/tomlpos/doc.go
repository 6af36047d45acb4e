// Package tomlpos finds where keys and values sit in a TOML document, so
// that a decoder that reads the document into maps (to check it key by key
// and report every problem) can still point at the byte:
// "glossary.toml:14:9: unknown key". [github.com/BurntSushi/toml] gives
// positions for syntax errors only; the glossary and the configuration
// decoders use this package for everything found after parsing.
//
// # Paths
//
// A value is named by a dotted path of keys and array indexes:
//
//	glossary.name          key name of table [glossary]
//	concept.3.es.1         second element of the es array of the fourth [[concept]]
//	concept.3.deprecated.ru.0
//	                       first element of ru in the inline table deprecated = { ru = … }
//	fail-on                a key of the root table
//	glossary.1             second element of the root key glossary's array
//
// A string value of a key is recorded as its element 0, so that a string
// and a one-element array are found alike.
package tomlpos

// Package goi18n reads the message files of go-i18n and Hugo, in TOML and
// YAML: flat (key = "text", key: text), tables of a message's plural forms
// and description ([key] other = "…" one = "…" description = "…"), nested
// tables whose keys join with "." into the message id, and go-i18n v1's
// lists (- id: x / translation: …). A message with "other" only is one
// unit without a plural category; one with several forms gives a unit per
// CLDR category, Plural set, Key the message id. A description is a note;
// hash is ignored. Placeholders are Go templates' {{…}}.
//
// The language comes from the path (active.es.toml, i18n/es.toml,
// i18n_es.yaml, theme_i18n_ru.yaml), else from Options.Lang. Positions
// come from the decoders: yaml.v3's nodes, and for TOML a scanner run over
// what BurntSushi/toml accepted; every character of every value is placed
// in the file, after escapes, folded lines and block indentation alike.
package goi18n

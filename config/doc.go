// Package config finds and decodes .glosa.toml, glosa's configuration for
// continuous integration: which glossaries, which files in which language
// against which translations, which rules at which severity, and what is
// never checked.
//
// # Format
//
//	# .glosa.toml
//	glossary = ["glossary.toml", "terms/software.toml"]  # string or array
//	fail-on = "warning"        # optional: error | warning | info | never
//	ignore = ["vendor/**", "testdata/broken/*.txt"]     # optional: paths never checked
//	ignore-terms = ["Stalin", "gulag"]                   # optional: findings not reported
//	ignore-segments = ["Copyright (C) 2024 Free Software Foundation, Inc."]  # optional
//
//	[rules]                    # optional: rule id -> off | info | warning | error
//	punctuation = "off"
//	term-inconsistent = "error"
//
//	[[check]]                  # zero or more
//	files = ["docs/es/**/*.md", "testdata/*.es.txt"]   # string or array of globs
//	lang = "es"                # optional: language of these files
//	translations = ["en", "ru"]  # optional: each source's translations
//
//	[[check]]
//	files = "po/*_es.po"
//	translations = "ru"
//
// Keys are kebab-case. Every path and glob is relative to the directory of
// the configuration file, and written with slashes on every system.
//
//   - glossary: the glossary files, loaded together (concept ids must be
//     unique across them).
//   - fail-on: the lowest severity that makes glosa exit 1, as --fail-on.
//   - ignore: globs of paths never checked, neither as sources nor as
//     translations. A glob that matches a directory ignores everything in it
//     ("vendor" and "vendor/**" alike).
//   - ignore-terms: findings whose text, folded as glosa folds words (case,
//     ё, stress marks, apostrophes: package textnorm), or whose concept id
//     equals one of these are not reported.
//   - ignore-segments: segments never checked, compared as exact text with
//     white space collapsed (a line break and a space are alike).
//   - [rules]: a rule's severity, or "off"; the ids are those of glosa
//     check's rules (term-missing, term-forbidden, term-deprecated,
//     term-inconsistent, term-untranslated, segment-untranslated,
//     segment-inconsistent, number-mismatch, punctuation,
//     alignment-suspect).
//   - [[check]]: files are the globs of the sources; lang their BCP 47 tag
//     (else taken from each file's name, else detected); translations the
//     tags of their translations, each found at the source's path with the
//     language marker replaced (x.es.txt → x.en.txt, es/x.md → en/x.md,
//     x_es.po → x_ru.po; see [TranslationPath]).
//
// # Globs
//
// A glob is a slash-separated path pattern. A segment "**" matches any
// number of directories, none included ("docs/**/*.md" matches docs/a.md
// and docs/es/guide/b.md); any other segment matches one path segment as
// in [path.Match]: "*" any run of characters but "/", "?" one character,
// "[a-z]" or "[^0-9]" a class. Hidden directories (.git, .cache) are never
// walked.
//
// # Errors
//
// [Load] and [Parse] decode strictly and collect every problem, sorted by
// position, into a [diag.List] of diagnostics that print as
// "file:line:col: error: message": TOML syntax, an unknown key (with the nearest
// known key, "fial-on" → "fail-on"), a value of the wrong type, an empty
// list or string, a bad fail-on or severity, an unknown rule id, a bad
// language tag, a glob that is malformed or leaves the directory
// ("../x", "/etc/*"), a [[check]] without files, and a translation
// language that is the check's own lang or is listed twice. Messages are
// locales message IDs, printed in the user's language by the command line
// and in English by Error.
//
// # Use
//
// The command line calls [Find] on its working directory, [Load] with the
// ids of check.AllRules, then [Config.Expand] for the files to check
// (leaving out what [Config.Ignored] says); it hands IgnoreTerms and
// IgnoreSegments to check.Ignore, which matches them against findings.
package config

// Package glossary reads glosa's trilingual termbase: TOML files of
// concepts, each with preferred, admitted, deprecated and forbidden terms
// per language.
//
// # Format
//
//	[glossary]                      # optional metadata
//	name = "Soviet history"
//	languages = ["es", "en", "ru"]  # BCP 47 tags; display order
//	source = "es"                   # optional default source language
//
//	[[concept]]
//	id = "thaw"                     # required, unique across the files loaded together
//	domain = "history"              # optional
//	note = "Khrushchev's Thaw, 1953-1964"
//	es = ["deshielo", "deshielo de Jruschov"]  # first preferred, rest admitted
//	en = ["Thaw", "Khrushchev Thaw"]
//	ru = ["оттепель", "хрущёвская оттепель"]
//	deprecated = { ru = ["потепление"] }
//	forbidden  = { es = ["The Thaw"] }
//	forms      = { ru = ["оттепели"] }   # extra forms of the preferred term
//	case  = "auto"   # auto | sensitive | insensitive
//	match = "stem"   # stem | exact
//
// Every other key of a concept must be a BCP 47 language tag.
//
// # Other formats
//
// [Load] reads each file in its [Format] ([FormatOf]: by extension, else
// by content): TOML, and the formats other packages register (import
// glossary/all). The "toml" format also writes: its Write gives the
// format above, deterministic and without comments, which reads back to
// an equal glossary (save that TOML cannot say that every approved term
// of a language is admitted, nor give a language two preferred terms).
//
// A reader may keep the elements of its format glosa does not read as
// [Foreign] values in a concept's or a term's Extra: elements of another
// format glosa does not read, kept so that exporting to that format
// writes them back. Other formats cannot hold them ([CountForeign]).
//
// # Validation
//
// [Load] and [Parse] decode strictly and collect every problem, sorted by
// position, as [diag.Diagnostic] values that point at the byte: an unknown key,
// a missing or duplicate id, an empty term, a bad language tag, a value of
// the wrong type, a term both approved and deprecated or forbidden in one
// concept (errors), or one approved term in two concepts of a language (a
// warning). Messages are locales message IDs, printed in the user's
// language by the command line and in English by Error.
package glossary

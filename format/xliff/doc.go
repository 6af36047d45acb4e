// Package xliff reads XLIFF 1.0 to 1.2 and XLIFF 2.0 to 2.2 files as
// catalogs: Docs[0] holds the sources, Docs[1] the targets, and File.Units
// pairs them, one row per message (per plural form). It registers the
// format "xliff" (.xlf, .xliff, and any file whose root is <xliff>).
//
// # Languages
//
// The source's language is XLIFF 1's source-language or XLIFF 2's srcLang,
// else format.Options.SourceLang, else English; the target's is
// target-language or trgLang, else the file name's (messages.ru.xlf), else
// Options.Lang, else "". Every <file> of a file must declare the same pair.
//
// # Units
//
// Each trans-unit (XLIFF 1) or segment (XLIFF 2) is a Message unit in both
// documents. Key is resname (XLIFF 1) or the unit's name (XLIFF 2), else
// its id; a unit of several segments gives Key "ID#N", N the segment's id
// or its number from 1. When a file has several <file>s, a unit's Context
// is its file's original (XLIFF 1) or id (XLIFF 2), since ids are unique
// only in a file. Notes are the unit's <note>s. The target's State comes
// from XLIFF 1's state (new, needs-translation, needs-l10n,
// needs-adaptation: NeedsTranslation; needs-review-*: NeedsReview;
// translated; signed-off and final: Final; approved="yes" without a state:
// Final) or XLIFF 2's segment state (initial, translated, reviewed and
// final: Final), and the state's word is its Flags. A unit without a
// <target> is a row whose target is -1; an empty <target/> is an empty
// unit. translate="no" units are not read. <alt-trans>, <seg-source>,
// <originalData>, headers and skeletons are skipped.
//
// # Inline elements
//
// Inline elements stay in the text as the file writes them, byte for byte,
// as format.Tag spans: XLIFF 1's <x/>, <bx/>, <ex/>, <ph>, <bpt>, <ept>,
// <it> and XLIFF 2's <ph/>, <sc/>, <ec/>, <sm/>, <em/> as one span with all
// they hold (native code is not text to translate); <g>, <mrk>, <pc> as a
// span for each tag, the text between them read as text. So the positions
// of the text are the file's, and the rule of placeholders compares the
// source's and the target's tags as strings (<g id="1"> in both). XLIFF 2's
// <cp hex="0007"/> is the character it stands for. Entities and character
// references are unescaped (&amp;lt;b&amp;gt; is the text <b>, a tag span
// too), CDATA sections opened. The other spans are Symfony's %name%,
// printf's %s, {name} and {{ name }}.
//
// # Plurals
//
// Symfony writes a plural message as forms separated by "|" ("||" is a
// literal bar): "%count% file|%count% files". When a source has a "|"
// outside inline elements, the source and its target are split into their
// forms, each a unit with the same Key and, as its Plural, the category
// that the form's position has in its language: the CLDR categories that
// the language's integers use, in CLDR's order (en and es: one, other; ru:
// one, few, many), which is the order of Symfony's own rules. A form
// beyond them is "other" when the integers do not use it (a fourth Russian
// form), else it has no category. A "label:" before a form is dropped, as
// Symfony does. A target form pairs with the source form of its category,
// else with the source's "other" (ru few and many with en other). A
// message whose forms carry explicit intervals ("{0} none|]0,Inf[ some")
// is not split: the intervals are Symfony's, not CLDR's categories, and it
// stays one unit whose "{0}" is a placeholder span.
//
// # Errors
//
// XML that is not well-formed, a root that is not <xliff>, an unknown
// version, a unit without id or source, an id used twice in a <file>, and
// <file>s of different language pairs are diag.Diagnostics with their
// line and column, returned as a diag.List.
package xliff

// Package tbx reads and writes TermBase eXchange files as glosa
// glossaries. Importing it registers the "tbx" glossary.Format (files
// named *.tbx, and any file whose root element is <tbx> or <martif>), so
// that glossary.Load and every glosa command read TBX as they read TOML;
// glossary/all imports it.
//
// # Reading
//
// Read takes both dialects people have: ISO 30042:2019 / TBX v3 (<tbx>,
// <conceptEntry>, <langSec>, <termSec>; TBX-Basic and TBX-Min, DCA style
// <termNote type="administrativeStatus"> or DCT style
// <min:administrativeStatus>) and TBX 2008 / martif (<termEntry>,
// <langSet>, <tig>, <ntig>/<termGrp>), with or without the v3 namespace.
// Files are UTF-8, UTF-16 with a byte-order mark, or a single-byte
// encoding their XML declaration names (ISO-8859-1, windows-1252,
// windows-1251, KOI8-R). The mapping:
//
//   - the entry's id attribute is the concept's id. An entry without one
//     (or with id="") is named by its place in the file, "#3" for the
//     third, as glosa's messages name a concept without id: a memoQ or
//     csv2tbx export without ids imports, and the names stay the same as
//     long as the file does.
//   - descrip type="subjectField" is the domain (several joined by "; ").
//   - definitions, notes and usage notes are joined into the concept's
//     note, one a line: a language's prefixed by its tag ("ru: …"), a
//     term's by the term ("dashboard: …").
//   - termNote administrativeStatus (normativeAuthorization in martif):
//     preferredTerm-admn-sts (and standardizedTerm-admn-sts) preferred,
//     admittedTerm-admn-sts admitted, deprecatedTerm-admn-sts and
//     supersededTerm-admn-sts deprecated, Weblate's forbidden and
//     obsolete forbidden, and a usage note that says "forbidden"; the
//     short forms (preferred, admitted, deprecated) too. Any other value
//     is an error. A term without status is admitted, except that in a
//     language where no term is marked preferred the first unmarked one
//     is preferred.
//   - glosa's own data categories, which Write puts where TBX has no
//     place: termNote x-glosa-status (forbidden), termNote x-glosa-form
//     (a form of the language's preferred term), descrip x-glosa-case and
//     x-glosa-match (the concept's policies), admin x-glosa-id (a concept
//     id that is not an XML name).
//
// Term and note texts are trimmed of surrounding blanks. Every other
// element inside an entry never fails the import: it is kept as it is
// written, start tag to end tag, as a glossary.Foreign (Format "tbx") in
// the concept's Extra (with its Lang when in a langSec or langSet) or the
// term's, and Write writes it back there (in a termSec, kept termNotes
// before the other kept elements); the prefixes it uses are declared on
// the conceptEntry. A group (descripGrp…) with nothing glosa reads is
// kept whole. The first of each kind (say <termNote
// type="partOfSpeech">) draws an info diagnostic TBXNotRead; header and
// back matter are skipped silently, and not kept,
// except the header's title, which names the glossary. The root's
// xml:lang is the glossary's source language.
//
// Read reports, each at its line and column (in code points): XML that is
// not well formed (TBXSyntax), no root or another root (TBXNoRoot,
// TBXWrongRoot), a langSet without xml:lang (TBXMissingLang), a tig,
// ntig or termSec without <term> (TBXNoTerm), an unknown status
// (TBXBadStatus). Everything else (ids, languages, empty terms, duplicates)
// is checked by glossary.Builder as for TOML.
//
// # Writing
//
// Write writes TBX v3, TBX-Basic dialect, DCA style, with the xml-model
// instruction naming the dialect's RELAX NG schema; see Write for where
// glosa's own data go. Reading what Write wrote gives the glossary back:
// ids, domains, notes, statuses, forms, case and match policies, the
// name, and the source language (or, when the glossary has none, its
// first language, which the root's xml:lang needs). TBX has no place for
// a declared language without terms.
//
// Read and Write are safe for concurrent use.
package tbx

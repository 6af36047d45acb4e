// Package markdown reads Markdown and MDX files (CommonMark with GFM
// tables, strikethrough, task lists and bare URLs, by
// github.com/yuin/goldmark) as one format.Document. It registers itself
// as format "markdown" for .md, .markdown and .mdx; like plain text, the
// file does not say its language (Format.NeedsLang): Document.Lang is
// opts.Lang.
//
// # Units
//
// Every block is a unit of its own, with its own Para, in document order,
// so that the aligner pairs heading with heading and list with list
// before it pairs sentences:
//
//   - a heading (ATX or setext) is a Heading;
//   - a paragraph, also in a block quote, is Prose; a table cell is Prose;
//   - a list item's first paragraph is a ListItem whose Body follows its
//     marker; its other paragraphs are Prose, its nested items ListItems;
//   - a fenced or indented code block, and a paragraph that holds nothing
//     but code spans (tldr-pages' command lines), is an empty Code unit
//     (Start == End) at the block's place: no rule reads code and package
//     segment gives it no segment;
//   - HTML blocks, link reference definitions and thematic breaks give no
//     unit;
//   - in a YAML front matter block (--- … --- at the top of the file), the
//     values of the keys title (a Heading) and description (Prose), at any
//     depth, are units whose Key is the dotted key path ("hero.title");
//     the rest of the front matter is skipped.
//
// # Text
//
// Text is the visible text of the units, separated by "\n\n": emphasis
// markers, the brackets and URL of a link and the backslash of an escape
// are left out, character references (&amp;, &#1046;) are resolved, a line
// break is "\n"; an image gives nothing. Code spans (with their
// backticks), autolinks, bare URLs and inline HTML stay in the text of
// their sentence as format.Tag spans. Map places every byte of Text in the
// file (line:col, columns in code points, a tab one column).
//
// # MDX
//
// In a .mdx file, import and export statements, JSX (and HTML) tags that
// open a line, and {expressions} that open one are not Markdown; the
// Markdown between JSX tags is read, however indented (MDX has no
// indented code).
//
// # Suppressions
//
// HTML comments <!-- glosa-ignore RULE -->, <!-- glosa-off --> …
// <!-- glosa-on --> turn rules off as in plain text
// (format.TextSuppressions).
//
// # Errors
//
// A Markdown file always parses. Read refuses what format.Decode refuses
// (NUL bytes, invalid UTF-8), a front matter block never closed
// (MarkdownFrontMatterOpen) and a quoted title or description not closed
// on its line (MarkdownFrontMatterQuote), as a diag.List.
//
// Read and Document are safe for concurrent use.
package markdown

// Package handout is the document model of a bilingual or trilingual
// handout: a title block, the aligned text as rows of cells (one row per
// bead, one cell per language, an empty cell where a side has no
// sentence), every glossary term marked with its concept's number, and an
// appendix of the concepts that occur.
//
// # Building
//
// [Build] takes a [pipeline.Set] (a source and one or two translations,
// segmented, aligned and matched by package pipeline) and never aligns or
// matches on its own. Concepts are numbered in appendix order: the
// concepts that occur, sorted by their preferred source term with
// golang.org/x/text/collate for the source language (Spanish ñ after n,
// Russian ё with е). [Options] choose the rest: the layout (columns or
// interlinear), the paper, a text without marks, a vocabulary sheet
// (the appendix only), and a cloze exercise that blanks one language's
// terms with numbered gaps and collects the answers in [Handout.Key]. Each
// language also gets an index of its terms, in its own alphabetical order.
//
// # Writing
//
// [WriteHTML] writes one self-contained HTML file (inline CSS and script,
// print CSS for A4 or Letter, no external requests); [WritePDF] writes A4 or Letter
// pages with the Go fonts embedded (Latin, Cyrillic, «»—№), the columns
// wrapped and kept level, page breaks between rows and a header with the
// title and page numbers; [WriteMarkdown] writes a Markdown table per
// paragraph and the appendix as a table. Headings come from [Labels],
// which the caller localizes.
//
// A Handout is a plain value; the writers only read it and are safe for
// concurrent use on one Handout.
package handout

package check

import (
	"github.com/glosa-dev/glosa/format"
	"github.com/glosa-dev/glosa/pipeline"
	"github.com/glosa-dev/glosa/termmatch"
)

// docSet is the set of a source document and its translations, aligned;
// lint says whether the source is checked too.
func docSet(ix *termmatch.Index, lint bool, src *Document, targets ...*Document) *pipeline.Set {
	var tf []*format.File
	for _, t := range targets {
		tf = append(tf, &format.File{Docs: []*format.Document{t}})
	}
	return pipeline.New(ix, &format.File{Docs: []*format.Document{src}, LintSource: lint}, tf...)
}

// unitSet is the set of a catalog: docs[0] the source, units pairing the
// documents' units (for plain text, its paragraphs) as format.File.Units
// does.
func unitSet(ix *termmatch.Index, docs []*Document, units [][]int) *pipeline.Set {
	return pipeline.New(ix, &format.File{Docs: docs, Units: units})
}

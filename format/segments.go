package format

import "github.com/glosa-dev/glosa/segment"

// Segments returns the segments of a document's units, in order: a
// heading or a message is one segment, without the white space around
// it; a Line is one segment as it is, even empty; prose and list items
// are split into sentences (package segment); code gives none. Their Para
// is their unit's, and their Line and Col are true positions in the file
// (through d.Map).
func Segments(d *Document) []segment.Segment {
	segs, _ := SegmentUnits(d)
	return segs
}

// SegmentUnits returns what Segments does, and for each segment the index
// of its unit in d.Units.
func SegmentUnits(d *Document) (segs []segment.Segment, unit []int) {
	s := segment.New(d.Lang)
	segs = make([]segment.Segment, 0, len(d.Text)/128+1)
	var at segment.Cursor
	for k, u := range d.Units {
		n := len(segs)
		switch u.Kind {
		case Code:
		case Line:
			at.Advance(d.Text, u.Start)
			segs = append(segs, segment.Segment{Text: string(d.Text[u.Start:u.End]), Start: u.Start, End: u.End, Line: at.Line, Col: at.Col, Para: u.Para})
		case Heading, Message:
			segs = s.AppendWhole(segs, d.Text, u.Start, u.End, u.Para, &at)
		default:
			segs = s.AppendBlock(segs, d.Text, u.Start, u.Body, u.End, u.Para, &at)
		}
		for range len(segs) - n {
			unit = append(unit, k)
		}
	}
	if d.Map != nil {
		for i := range segs {
			segs[i].Line, segs[i].Col = d.Map.Position(d.Text, segs[i].Start)
		}
	}
	return segs, unit
}

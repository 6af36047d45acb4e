package align

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
)

func sampleResult() Result {
	return Result{
		Source: Document{File: "a.es.txt", Lang: "es", Segments: []Segment{
			{Text: "Jruschov habló.", Line: 1, Column: 1}, {Text: "Fue en 1956.", Line: 1, Column: 17}, {Text: "Nota <del> traductor & co.", Line: 2, Column: 1}}},
		Targets: []Document{{File: "a.ru.txt", Lang: "ru", Segments: []Segment{
			{Text: "Хрущёв выступил.\tЭто было в 1956 году.", Line: 1, Column: 1}}}},
		Beads: []MultiBead{
			{Source: []int{0, 1}, Targets: [][]int{{0}}, Score: 0.93456},
			{Source: []int{2}, Targets: [][]int{{}}, Score: 0.5},
		},
	}
}

// The JSON output is a contract: field names and shape are pinned here.
func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleResult()); err != nil {
		t.Fatal(err)
	}
	want := `{"version":1,"source":{"file":"a.es.txt","lang":"es","segments":[{"text":"Jruschov habló.","line":1,"column":1},{"text":"Fue en 1956.","line":1,"column":17},{"text":"Nota <del> traductor & co.","line":2,"column":1}]},"targets":[{"file":"a.ru.txt","lang":"ru","segments":[{"text":"Хрущёв выступил.\tЭто было в 1956 году.","line":1,"column":1}]}],"beads":[{"source":[0,1],"targets":[[0]],"score":0.935},{"source":[2],"targets":[[]],"score":0.5}]}` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

func TestWriteTSVAndVecalign(t *testing.T) {
	var b bytes.Buffer
	WriteTSV(&b, sampleResult())
	want := "Jruschov habló. Fue en 1956.\tХрущёв выступил. Это было в 1956 году.\t0.935\nNota <del> traductor & co.\t\t0.500\n"
	if b.String() != want {
		t.Errorf("tsv: got %q, want %q", b.String(), want)
	}
	b.Reset()
	WriteVecalign(&b, sampleResult())
	if want := "[0, 1]:[0]:0.935\n[2]:[]:0.500\n"; b.String() != want {
		t.Errorf("vecalign: got %q, want %q", b.String(), want)
	}
	r := sampleResult()
	r.Targets = append(r.Targets, r.Targets[0])
	if err := WriteVecalign(&b, r); err == nil {
		t.Error("vecalign with two targets: no error")
	}
}

func TestWriteTMX(t *testing.T) {
	var b bytes.Buffer
	if err := WriteTMX(&b, sampleResult()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Version string `xml:"version,attr"`
		Header  struct {
			SrcLang string `xml:"srclang,attr"`
		} `xml:"header"`
		TUs []struct {
			TUVs []struct {
				Lang string `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
				Seg  string `xml:"seg"`
			} `xml:"tuv"`
		} `xml:"body>tu"`
	}
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, b.String())
	}
	if doc.Version != "1.4" || doc.Header.SrcLang != "es" || len(doc.TUs) != 2 {
		t.Fatalf("tmx: %+v", doc)
	}
	tu := doc.TUs[0]
	if len(tu.TUVs) != 2 || tu.TUVs[0].Lang != "es" || tu.TUVs[1].Lang != "ru" || !strings.HasPrefix(tu.TUVs[1].Seg, "Хрущёв") {
		t.Errorf("first tu: %+v", tu)
	}
	if got := doc.TUs[1].TUVs; len(got) != 1 || got[0].Seg != "Nota <del> traductor & co." {
		t.Errorf("second tu (escaping, empty side left out): %+v", got)
	}
}

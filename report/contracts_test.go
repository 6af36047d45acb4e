package report

import (
	"bytes"
	"strings"
	"testing"

	textfmt "github.com/glosa-dev/glosa/format/text"
	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/locales"
	"github.com/glosa-dev/glosa/termmatch"
)

// contractGlossary is a small glossary for the contracts below.
func contractGlossary(t testing.TB) *glossary.Glossary {
	t.Helper()
	g, diags := glossary.Parse("g.toml", []byte(`[glossary]
name = "Test"
languages = ["es", "ru"]

[[concept]]
id = "thaw"
domain = "history"
note = "1953-1964"
es = "deshielo"
ru = "оттепель"
deprecated = { ru = ["потепление"] }

[[concept]]
id = "congress"
es = "congreso"
`))
	if g == nil {
		t.Fatal(diags)
	}
	return g
}

// scan --format json: the field names are a contract (README, scan.txtar).
func TestMatchesJSON(t *testing.T) {
	g := contractGlossary(t)
	var b bytes.Buffer
	w := NewJSONMatches(&b)
	err := termmatch.NewIndex(g).Matcher("ru").Scan(strings.NewReader("Оттепель <и> потепление."), func(m termmatch.Match) error {
		return w.Write([]Match{MatchOf("a.ru.txt", m)})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Write(nil); err != nil {
		t.Fatal(err)
	}
	w.Close(ScanSummary{Files: 1})
	want := `{"version":1,"matches":[` + "\n" +
		`{"file":"a.ru.txt","lang":"ru","concept":"thaw","term":"оттепель","status":"preferred","text":"Оттепель","line":1,"column":1,"end_line":1,"end_column":8,"offset":0,"end_offset":16},` + "\n" +
		`{"file":"a.ru.txt","lang":"ru","concept":"thaw","term":"потепление","status":"deprecated","text":"потепление","line":1,"column":14,"end_line":1,"end_column":23,"offset":22,"end_offset":42}` + "\n" +
		`],"summary":{"files":1,"matches":2,"concepts":[{"concept":"thaw","count":2}]}}` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	NewJSONMatches(&b).Close(ScanSummary{Files: 3})
	if want := `{"version":1,"matches":[],"summary":{"files":3,"matches":0,"concepts":[]}}` + "\n"; b.String() != want {
		t.Errorf("no matches: got %s", b.String())
	}
}

// scan's text: a line per match, counts per concept, the summary line.
func TestMatchesText(t *testing.T) {
	var b bytes.Buffer
	w := NewTextMatches(&b, locales.New("en"))
	w.Write([]Match{
		{File: "a.es.txt", Lang: "es", Concept: "thaw", Text: "deshielo", Line: 2, Column: 5},
		{File: "a.es.txt", Lang: "es", Concept: "congress", Text: "congreso\"", Line: 3, Column: 1},
	})
	w.Write([]Match{{File: "b.es.txt", Lang: "es", Concept: "thaw", Text: "Deshielo", Line: 1, Column: 1}})
	w.Close(ScanSummary{Files: 2})
	want := "a.es.txt:2:5 thaw es \"deshielo\"\n" +
		"a.es.txt:3:1 congress es \"congreso\\\"\"\n" +
		"b.es.txt:1:1 thaw es \"Deshielo\"\n" +
		"\n" +
		"     2  thaw\n" +
		"     1  congress\n"
	if got := b.String(); !strings.HasPrefix(got, want) || strings.Count(got, "\n") != strings.Count(want, "\n")+1 {
		t.Errorf("got\n%s\nwant\n%s<summary line>", got, want)
	}
}

// segment --format json: the field names and the layout are a contract
// (README, segment.txtar); a file without segments has "segments":[].
func TestSegmentsJSON(t *testing.T) {
	var b bytes.Buffer
	w := NewJSONSegments(&b)
	w.File("a.es.md", "es")
	sc := textfmt.NewScanner("es", strings.NewReader("# Título\n\nEl Sr. López <habló>\nayer. Y &c."))
	for sc.Scan() {
		w.Write([]Segment{SegmentOf(sc.Segment())})
	}
	w.File("empty.txt", "en")
	w.Close(struct{}{})
	want := `{"version":1,"files":[` + "\n" +
		`{"file":"a.es.md","lang":"es","segments":[` + "\n" +
		`{"text":"# Título","line":1,"column":1},` + "\n" +
		`{"text":"El Sr. López <habló>\nayer.","line":3,"column":1},` + "\n" +
		`{"text":"Y &c.","line":4,"column":7}` + "\n" +
		`]},` + "\n" +
		`{"file":"empty.txt","lang":"en","segments":[]}` + "\n" +
		`]}` + "\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	NewJSONSegments(&b).Close(struct{}{})
	if want := `{"version":1,"files":[]}` + "\n"; b.String() != want {
		t.Errorf("no files: got %q", b.String())
	}
}

// segment's text puts each segment on one line.
func TestSegmentsText(t *testing.T) {
	var b bytes.Buffer
	w := NewTextSegments(&b)
	w.File("a.txt", "en")
	w.Write([]Segment{{Text: "One \n  line."}, {Text: "Two."}})
	w.Close(struct{}{})
	if want := "One line.\nTwo.\n"; b.String() != want {
		t.Errorf("got %q, want %q", b.String(), want)
	}
}

// lookup --format json: the field names are a contract (README,
// lookup.txtar); "domain" and "note" are left out when empty.
func TestLookupJSON(t *testing.T) {
	g := contractGlossary(t)
	var b bytes.Buffer
	if err := NewLookup(g, "потеплением", termmatch.NewIndex(g).Lookup("потеплением")).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "query": "потеплением",
  "concepts": [
    {
      "id": "thaw",
      "domain": "history",
      "note": "1953-1964",
      "terms": [
        {
          "lang": "es",
          "term": "deshielo",
          "status": "preferred"
        },
        {
          "lang": "ru",
          "term": "оттепель",
          "status": "preferred"
        },
        {
          "lang": "ru",
          "term": "потепление",
          "status": "deprecated"
        }
      ],
      "matched": [
        {
          "lang": "ru",
          "term": "потепление",
          "text": "потеплением",
          "partial": false
        }
      ]
    }
  ]
}
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	b.Reset()
	l := NewLookup(g, "nada", nil)
	l.WriteJSON(&b)
	if want := "{\n  \"version\": 1,\n  \"query\": \"nada\",\n  \"concepts\": []\n}\n"; b.String() != want || l.Concepts() != 0 {
		t.Errorf("no hits: got %s", b.String())
	}
}

// glossary stats --format json: the field names are a contract (README,
// glossary.txtar).
func TestStatsJSON(t *testing.T) {
	g := contractGlossary(t)
	var b bytes.Buffer
	if err := NewStats(g).WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	want := `{
  "version": 1,
  "files": [
    "g.toml"
  ],
  "concepts": 2,
  "languages": [
    {
      "lang": "es",
      "concepts": 2,
      "preferred": 2,
      "admitted": 0,
      "deprecated": 0,
      "forbidden": 0,
      "forms": 0,
      "missing": []
    },
    {
      "lang": "ru",
      "concepts": 1,
      "preferred": 1,
      "admitted": 0,
      "deprecated": 1,
      "forbidden": 0,
      "forms": 0,
      "missing": [
        "congress"
      ]
    }
  ]
}
`
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}

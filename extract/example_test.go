package extract_test

import (
	"fmt"
	"strings"

	"github.com/glosa-dev/glosa/extract"
	_ "github.com/glosa-dev/glosa/format/all"
	"github.com/glosa-dev/glosa/pipeline"
)

func Example() {
	tsv := "msgid\tes\tru\n" +
		"Invalid signature.\tFirma no válida.\tНедопустимая подпись.\n" +
		"The signature is missing.\tFalta la firma.\tПодписи нет.\n" +
		"Check the signature.\tCompruebe la firma.\tПроверьте подпись.\n"
	f, err := pipeline.Read("messages.tsv", strings.NewReader(tsv), pipeline.ReadOptions{})
	if err != nil {
		panic(err)
	}
	e := extract.NewExtractor(extract.Options{MinCount: 2})
	e.Add(pipeline.New(nil, f))
	for _, c := range e.Result().Candidates {
		fmt.Println(c.Terms["en"], "→", extract.Shares(c, "es"), "/", extract.Shares(c, "ru"))
	}
	// Output:
	// signature → firma 100% (3) / подпись 100% (3)
}

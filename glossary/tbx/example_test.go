package tbx_test

import (
	"fmt"
	"os"

	"github.com/glosa-dev/glosa/glossary"
	"github.com/glosa-dev/glosa/glossary/tbx"
)

func ExampleRead() {
	src := `<martif type="TBX-Basic" xml:lang="en"><text><body>
<termEntry id="thaw"><descrip type="subjectField">history</descrip>
  <langSet xml:lang="en"><tig><term>Thaw</term></tig></langSet>
  <langSet xml:lang="ru"><tig><term>оттепель</term></tig>
    <tig><term>потепление</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig></langSet>
</termEntry>
</body></text></martif>`
	b := glossary.NewBuilder()
	tbx.Read(b, "thaw.tbx", []byte(src))
	g, diags := b.Finish()
	if g == nil {
		fmt.Println(diags)
		return
	}
	for _, c := range g.Concepts {
		fmt.Println(c.ID, c.Domain)
		for _, t := range c.Terms {
			fmt.Printf("  %s %s (%s) at %d:%d\n", t.Lang, t.Text, t.Status, t.Line, t.Col)
		}
	}
	// Output:
	// thaw history
	//   en Thaw (preferred) at 3:31
	//   ru оттепель (preferred) at 4:31
	//   ru потепление (deprecated) at 5:10
}

func ExampleWrite() {
	g, diags := glossary.Parse("g.toml", []byte(`
[[concept]]
id = "thaw"
en = "Thaw"
forbidden = { en = "The Thaw" }
`))
	if g == nil {
		fmt.Println(diags)
		return
	}
	tbx.Write(os.Stdout, g)
	// Output:
	// <?xml version="1.0" encoding="UTF-8"?>
	// <?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>
	// <tbx style="dca" type="TBX-Basic" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
	//   <tbxHeader>
	//     <fileDesc>
	//       <sourceDesc>
	//         <p>Written by glosa</p>
	//       </sourceDesc>
	//     </fileDesc>
	//   </tbxHeader>
	//   <text>
	//     <body>
	//       <conceptEntry id="thaw">
	//         <langSec xml:lang="en">
	//           <termSec>
	//             <term>Thaw</term>
	//             <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
	//           </termSec>
	//           <termSec>
	//             <term>The Thaw</term>
	//             <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
	//             <termNote type="x-glosa-status">forbidden</termNote>
	//           </termSec>
	//         </langSec>
	//       </conceptEntry>
	//     </body>
	//   </text>
	// </tbx>
}

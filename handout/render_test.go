package handout

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// chromium finds a headless Chromium, or skips the test (CI installs
// Debian's chromium: .ci/run).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("no Chromium in PATH")
	return ""
}

// runChromium runs headless Chromium with args on a page; as root it
// needs --no-sandbox.
func runChromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	args = append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
		"--user-data-dir=" + t.TempDir()}, args...)
	cmd := exec.Command(bin, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium %v: %v\n%s", args, err, stderr.Bytes())
	}
	return out
}

// renderHandouts are the handouts the rendering tests look at: the sample
// in both layouts and as a cloze, with file names as long as a teacher's.
func renderHandouts(t *testing.T) map[string][]byte {
	set, _ := sample(t)
	pages := map[string][]byte{}
	for name, opts := range map[string]Options{
		"columns":     {Title: "La desestalinización y el deshielo de Jruschov", Date: "2026-12-07"},
		"interlinear": {Title: "Interlinear", Layout: Interlinear},
		"cloze":       {Title: "Cloze", Cloze: "ru"},
	} {
		h := Build(set, opts)
		for k := range h.Files {
			h.Files[k] = "/home/profesora/Documentos/curso-2026-historia-sovietica/" + filepath.Base(h.Files[k])
		}
		var b bytes.Buffer
		if err := WriteHTML(&b, h, testLabels); err != nil {
			t.Fatal(err)
		}
		pages[name] = b.Bytes()
	}
	return pages
}

// overflowProbe, added at the end of a page, lists after load every
// element that reaches past the viewport's right or left edge.
const overflowProbe = `<script>window.addEventListener('load',function(){
var w=document.documentElement.clientWidth,bad=[];
document.querySelectorAll('body *').forEach(function(e){var r=e.getBoundingClientRect();
if(r.width>0&&(r.right>w+1||r.left<-1)){bad.push(e.tagName+' '+e.className+' right='+Math.round(r.right)+' '+(e.textContent||'').slice(0,40))}});
var p=document.createElement('pre');p.id='probe';
p.textContent='scroll='+document.documentElement.scrollWidth+' client='+w+'\n'+bad.slice(0,8).join('\n');
document.body.appendChild(p)});</script>`

// TestRenderNoOverflow renders the handouts in Chromium at a phone's
// width and at A4's and fails when anything sticks out sideways.
func TestRenderNoOverflow(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	probe := regexp.MustCompile(`(?s)<pre id="probe">scroll=(\d+) client=(\d+)\n(.*?)</pre>`)
	for name, page := range renderHandouts(t) {
		file := filepath.Join(dir, name+".html")
		page = bytes.Replace(page, []byte("</body>"), []byte(overflowProbe+"</body>"), 1)
		if err := os.WriteFile(file, page, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, width := range []int{360, 794} { // a small phone; A4 at 96 dpi
			t.Run(fmt.Sprintf("%s/%dpx", name, width), func(t *testing.T) {
				dom := runChromium(t, bin, fmt.Sprintf("--window-size=%d,900", width), "--virtual-time-budget=3000", "--dump-dom", "file://"+file)
				m := probe.FindSubmatch(dom)
				if m == nil {
					t.Fatalf("the probe did not run:\n%.400s", dom)
				}
				if string(m[1]) != string(m[2]) || len(bytes.TrimSpace(m[3])) > 0 {
					t.Errorf("horizontal overflow: scroll width %s, viewport %s\n%s", m[1], m[2], m[3])
				}
			})
		}
	}
}

// pageWords are the words of each page of a PDF, by pdftotext (Debian
// poppler-utils), lowercased, letters only (a mark's number glued to its
// term is dropped).
func pageWords(t *testing.T, pdf string) [][]string {
	t.Helper()
	var pages [][]string
	for _, p := range pdfPages(t, pdf) {
		pages = append(pages, words(p))
	}
	return pages
}

func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) })
}

// TestRenderBeadsNotSplit prints the handouts to PDF with Chromium (A4 and
// Letter) and fails when a bead's text is on two pages: every word that
// occurs once in the handout is on one page, and the words of one row are
// all on the same page.
func TestRenderBeadsNotSplit(t *testing.T) {
	bin := chromium(t)
	dir := t.TempDir()
	set, _ := sample(t)
	for _, page := range []Page{A4, Letter} {
		for _, layout := range []Layout{Columns, Interlinear} {
			h := Build(set, Options{Title: "T", Layout: layout, Page: page})
			name := fmt.Sprintf("%s-%d", page, layout)
			t.Run(name, func(t *testing.T) {
				var b bytes.Buffer
				if err := WriteHTML(&b, h, testLabels); err != nil {
					t.Fatal(err)
				}
				html := filepath.Join(dir, name+".html")
				pdf := filepath.Join(dir, name+".pdf")
				if err := os.WriteFile(html, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				runChromium(t, bin, "--no-pdf-header-footer", "--print-to-pdf="+pdf, "file://"+html)
				pages := pageWords(t, pdf)
				if len(pages) < 3 {
					t.Fatalf("%d pages: the text should take several", len(pages))
				}
				// Words that occur once in the whole PDF tell where their
				// row is.
				count := map[string]int{}
				where := map[string]int{}
				for p, ws := range pages {
					for _, w := range ws {
						count[w]++
						where[w] = p
					}
				}
				placed := 0
				for i, r := range h.Rows {
					rowPage := -1
					for _, c := range r.Cells {
						for _, w := range words(cellText(c)) {
							if count[w] != 1 || len([]rune(w)) < 5 {
								continue
							}
							if rowPage >= 0 && where[w] != rowPage {
								t.Errorf("row %d is split: %q on page %d, the row begins on page %d", i, w, where[w]+1, rowPage+1)
							}
							if rowPage < 0 {
								rowPage = where[w]
							}
						}
					}
					if rowPage >= 0 {
						placed++
					}
				}
				if placed < len(h.Rows)*3/4 {
					t.Errorf("only %d of %d rows could be placed by their words", placed, len(h.Rows))
				}
			})
		}
	}
}

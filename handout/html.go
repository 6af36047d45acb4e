package handout

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"

	"github.com/glosa-dev/glosa/glossary"
)

// WriteHTML writes the handout as one self-contained HTML file: inline CSS
// (print CSS for A4, no row split across pages) and a few lines of inline
// script that highlight a term's counterparts when it is pointed at or
// tapped; the page works without it. It makes no external request. Every
// text is escaped (html/template); the output is well-formed XML too.
func WriteHTML(w io.Writer, h *Handout, l Labels) error {
	return htmlTemplate().Execute(w, struct {
		H *Handout
		L Labels
	}{h, l})
}

// paragraphs groups rows by paragraph, in order.
func (h *Handout) paragraphs() [][]Row {
	var out [][]Row
	for i, r := range h.Rows {
		if i == 0 || r.Para != h.Rows[i-1].Para {
			out = append(out, nil)
		}
		out[len(out)-1] = append(out[len(out)-1], r)
	}
	return out
}

// numbers writes concept numbers as a mark shows them: "3", "3,5".
func numbers(ns []int, sep string) string {
	s := make([]string, len(ns))
	for i, n := range ns {
		s[i] = fmt.Sprint(n)
	}
	return strings.Join(s, sep)
}

// classes are the appendix's CSS classes of the statuses.
var classes = [...]string{glossary.Preferred: "pref", glossary.Admitted: "adm", glossary.Deprecated: "dep", glossary.Forbidden: "forb"}

const palette = 8 // underline colours, cycled by concept number

// htmlTemplate is parsed at first use: a run that writes no handout pays
// nothing.
var htmlTemplate = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("handout").Funcs(template.FuncMap{
		"numbers":     numbers,
		"colour":      func(ns []int) int { return (ns[0] - 1) % palette },
		"paras":       (*Handout).paragraphs,
		"status":      Labels.word,
		"class":       func(s glossary.Status) string { return classes[s] },
		"join":        strings.Join,
		"interlinear": func(h *Handout) bool { return h.Layout == Interlinear },
	}).Parse(`{{define "spans"}}{{range .}}{{if .Gap}}<span class="gap" data-gap="{{.Gap}}"><sup>({{.Gap}})</sup>{{.Blank}}</span>{{else if .Concepts}}<span class="t k{{colour .Concepts}}" data-c="{{numbers .Concepts " "}}">{{.Text}}<sup>{{numbers .Concepts ","}}</sup></span>{{else}}{{.Text}}{{end}}{{end}}{{end}}
{{- define "columns"}}
{{- $h := .}}
{{- range paras .}}
<table class="text">
<thead><tr>{{range $h.Langs}}<th>{{.}}</th>{{end}}</tr></thead>
<tbody>
{{- range .}}
<tr class="bead">{{range $k, $c := .Cells}}<td data-lang="{{index $h.Langs $k}}" lang="{{index $h.Langs $k}}"{{if $c.Empty}} class="empty"{{end}}>{{template "spans" $c.Spans}}</td>{{end}}</tr>
{{- end}}
</tbody>
</table>
{{- end}}
{{- end}}
{{- define "interlinear"}}
{{- $h := .}}
{{- range paras .}}
<section class="para">
{{- range .}}
<div class="bead">{{range $k, $c := .Cells}}<p class="line l{{$k}}{{if $c.Empty}} empty{{end}}" lang="{{index $h.Langs $k}}"><span class="lg">{{index $h.Langs $k}}</span> {{template "spans" $c.Spans}}</p>{{end}}</div>
{{- end}}
</section>
{{- end}}
{{- end -}}
<!DOCTYPE html>
<html lang="{{index .H.Langs 0}}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{{.H.Title}}</title>
<style>
body{font-family:"DejaVu Serif",Georgia,serif;margin:1.5em;line-height:1.45;color:#111}
h1{font-size:1.5em;margin:0 0 .3em}
.meta{margin:0 0 1em;color:#333;overflow-wrap:anywhere}
.meta dt{font-weight:bold;display:inline}
.meta dd{display:inline;margin:0 1em 0 .3em}
table{border-collapse:collapse;width:100%;table-layout:fixed;margin:0 0 1em}
th,td{border:1px solid #bbb;padding:.3em .5em;vertical-align:top;text-align:left;overflow-wrap:anywhere}
thead th{background:#eee}
tr,.bead{page-break-inside:avoid;break-inside:avoid}
td.empty{background:#f6f6f6}
.para{margin:0 0 1.2em}
.bead{margin:0 0 .6em;padding:0 0 .3em;border-bottom:1px solid #ddd}
.line{margin:0;overflow-wrap:anywhere}
.line.l0{font-size:.85em;color:#555}
.line .lg{font-size:.7em;color:#777;font-family:sans-serif;text-transform:uppercase}
.line.empty:after{content:"\2014";color:#999}
.t{text-decoration:underline;text-decoration-thickness:2px;text-underline-offset:2px}
.t sup{font-size:.7em;font-weight:bold;padding-left:1px}
.t.on{background:#ffe58a}
.k0{text-decoration-color:#1f77b4}.k1{text-decoration-color:#d62728;text-decoration-style:dashed}.k2{text-decoration-color:#2ca02c;text-decoration-style:double}.k3{text-decoration-color:#9467bd;text-decoration-style:dotted}
.k4{text-decoration-color:#ff7f0e}.k5{text-decoration-color:#8c564b;text-decoration-style:dashed}.k6{text-decoration-color:#e377c2;text-decoration-style:double}.k7{text-decoration-color:#17becf;text-decoration-style:dotted}
.gap{letter-spacing:.1em}
.gap sup{font-weight:bold;letter-spacing:0;padding-right:2px}
.exercise{font-style:italic}
table.glossary th.n{width:2.5em}
table.glossary th.c{width:7em}
table.glossary td,table.glossary th{overflow-wrap:break-word}
.pref .term{font-weight:bold}
.dep,.forb{color:#555}
.forb .term{text-decoration:line-through}
.status{font-size:.8em;font-style:italic}
.index ul{list-style:none;padding:0;columns:14em}
.index li{break-inside:avoid}
.key ol{columns:14em}
@media (max-width:600px){body{margin:.6em}table.text,table.text tbody,table.text tr,table.text td{display:block;width:auto}table.text thead{display:none}table.text td{border-width:0 0 1px}table.text td:before{content:attr(data-lang);font-size:.7em;color:#666;display:block}table.glossary{font-size:.85em}table.glossary th,table.glossary td{padding:.2em}}
@media print{@page{size:{{.H.Page.String}};margin:15mm}body{margin:0;font-size:10pt}thead{display:table-header-group}.t.on{background:none}.appendix,.key{page-break-before:always;break-before:page}}
</style>
</head>
<body>
<header>
<h1>{{.H.Title}}</h1>
<dl class="meta">
<dt>{{.L.Languages}}:</dt><dd>{{join .H.Langs " · "}}</dd>
<dt>{{.L.Files}}:</dt><dd>{{join .H.Files " · "}}</dd>
{{- if .H.Date}}
<dt>{{.L.Date}}:</dt><dd>{{.H.Date}}</dd>
{{- end}}
</dl>
</header>
{{- $h := .H}}
{{- $l := .L}}
{{- if not .H.AppendixOnly}}
<main>
{{- if .H.Cloze}}
<p class="exercise">{{.L.Exercise}}</p>
{{- end}}
{{- if interlinear .H}}{{template "interlinear" .H}}{{else}}{{template "columns" .H}}{{end}}
</main>
{{- end}}
{{- if .H.Concepts}}
<section class="appendix">
<h2>{{.L.Glossary}}</h2>
<table class="glossary">
<thead><tr><th class="n">{{.L.Number}}</th>{{range .H.Langs}}<th>{{.}}</th>{{end}}<th class="c">{{.L.Count}}</th><th>{{.L.Note}}</th></tr></thead>
<tbody>
{{- range .H.Concepts}}
<tr id="c{{.Number}}"><td>{{.Number}}</td>{{range $k, $ts := .Terms}}<td lang="{{index $h.Langs $k}}">{{range $i, $t := $ts}}{{if $i}}<br/>{{end}}<span class="{{class $t.Status}}"><span class="term">{{$t.Text}}</span>{{with status $l $t.Status}} <span class="status">({{.}})</span>{{end}}</span>{{end}}</td>{{end}}<td>{{numbers .Count " · "}}</td><td>{{.Note}}</td></tr>
{{- end}}
</tbody>
</table>
</section>
<section class="index">
{{- range .H.Index}}
<h3>{{$l.Index}}: {{.Lang}}</h3>
<ul lang="{{.Lang}}">
{{- range .Entries}}
<li><span class="{{class .Status}}"><span class="term">{{.Text}}</span>{{with status $l .Status}} <span class="status">({{.}})</span>{{end}}</span> <a href="#c{{.Concept}}">{{.Concept}}</a></li>
{{- end}}
</ul>
{{- end}}
</section>
{{- end}}
{{- if .H.Key}}
<section class="key">
<h2>{{.L.Key}}</h2>
<ol lang="{{.H.Cloze}}">
{{- range .H.Key}}
<li value="{{.Gap}}">{{.Text}}</li>
{{- end}}
</ol>
</section>
{{- end}}
<script>
(function(){
  function mark(el){
    document.querySelectorAll('.t.on').forEach(function(x){x.classList.remove('on')});
    var t=el.closest ? el.closest('.t') : null;
    if(!t){return}
    t.getAttribute('data-c').split(' ').forEach(function(c){
      document.querySelectorAll('.t[data-c~="'+c+'"]').forEach(function(x){x.classList.add('on')});
    });
  }
  document.addEventListener('mouseover',function(e){mark(e.target)});
  document.addEventListener('click',function(e){mark(e.target)});
})();
</script>
</body>
</html>
`))
})

package keyed

import (
	"regexp"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/glosa-dev/glosa/diag"
)

// NodeKind is what a value of a message file is.
type NodeKind uint8

const (
	String NodeKind = iota
	Map
	List
	Null
	Other // a number, a boolean, a date
)

// A Node is a value of a message file, with its place: what the go-i18n and
// Rails readers interpret, whichever decoder read the file.
type Node struct {
	Kind            NodeKind
	Key             string // its key in its parent map
	Line, Col       int    // where the value starts
	KeyLine, KeyCol int    // where its key starts (the value's place for a root or an item)
	Value           Value  // a String's text
	Type            string // an Other's type: "int", "bool", "float", …
	Children        []*Node
	Comment         string // the comments before its key and after its value
	Style           yaml.Style
}

// Child returns the child of a map with key k, or nil.
func (n *Node) Child(k string) *Node {
	for _, c := range n.Children {
		if c.Key == k {
			return c
		}
	}
	return nil
}

// ReadYAML parses src (file name) into its root node (nil for an empty
// file), or returns the syntax error at its line.
func ReadYAML(name string, src []byte, lines *Lines, id string) (*Node, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil {
		line, col := yamlErrorPos(err.Error())
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		msg = yamlLineRE().ReplaceAllString(msg, "")
		return nil, diag.List{{File: name, Line: line, Col: col, Severity: diag.Error, ID: id, Data: map[string]any{"Err": msg}}}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, nil
	}
	c := &conv{src: src, lines: lines, budget: maxNodes}
	return c.node(doc.Content[0], 0), nil
}

var yamlLineRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(unmarshal errors:\s*)?line (\d+)(: column (\d+))?: `)
})

// yamlErrorPos reads the "line N:" of a yaml.v3 error (column 1 unless it
// says one).
func yamlErrorPos(s string) (line, col int) {
	s = strings.TrimPrefix(s, "yaml: ")
	m := yamlLineRE().FindStringSubmatch(s)
	if m == nil {
		return 1, 1
	}
	line, _ = strconv.Atoi(m[2])
	col = 1
	if m[4] != "" {
		col, _ = strconv.Atoi(m[4])
	}
	return max(line, 1), max(col, 1)
}

// maxDepth bounds aliases within aliases; maxNodes, the nodes a file's
// aliases may make (a "billion laughs" file expands no further).
const (
	maxDepth = 64
	maxNodes = 1 << 20
)

type conv struct {
	src    []byte
	lines  *Lines
	budget int
}

func (cv *conv) node(y *yaml.Node, depth int) *Node {
	src, lines := cv.src, cv.lines
	cv.budget--
	for y.Kind == yaml.AliasNode && y.Alias != nil && depth < maxDepth && cv.budget > 0 {
		y, depth = y.Alias, depth+1
	}
	n := &Node{Line: y.Line, Col: y.Column, KeyLine: y.Line, KeyCol: y.Column, Style: y.Style, Comment: comment(y.LineComment)}
	switch y.Kind {
	case yaml.MappingNode:
		n.Kind = Map
		index := map[string]int{}
		add := func(c *Node) {
			if i, ok := index[c.Key]; ok {
				n.Children[i] = c // the last one wins, as in Ruby
				return
			}
			index[c.Key] = len(n.Children)
			n.Children = append(n.Children, c)
		}
		for i := 0; i+1 < len(y.Content); i += 2 {
			k, v := y.Content[i], y.Content[i+1]
			if k.Value == "<<" && k.Tag == "!!merge" && depth < maxDepth {
				m := cv.node(v, depth+1)
				if m.Kind == Map {
					for _, c := range m.Children {
						add(c)
					}
				}
				continue
			}
			c := cv.node(v, depth+1)
			c.Key, c.KeyLine, c.KeyCol = k.Value, k.Line, k.Column
			c.Comment = strings.TrimSpace(comment(k.HeadComment) + "\n" + c.Comment)
			add(c)
		}
	case yaml.SequenceNode:
		n.Kind = List
		for _, v := range y.Content {
			n.Children = append(n.Children, cv.node(v, depth+1))
		}
	case yaml.ScalarNode:
		switch y.ShortTag() {
		case "!!str":
			n.Kind = String
			n.Value = scalar(src, lines, y)
		case "!!null":
			n.Kind = Null
		default:
			n.Kind, n.Type = Other, strings.TrimPrefix(y.ShortTag(), "!!")
		}
	default:
		n.Kind, n.Type = Other, "alias"
	}
	return n
}

// scalar places a string scalar's text in the file.
func scalar(src []byte, lines *Lines, y *yaml.Node) Value {
	v := Value{Text: y.Value, Off: max(lines.Offset(y.Line, y.Column), 0)}
	switch {
	case y.Style&yaml.DoubleQuotedStyle != 0:
		v.Off++
		v.Esc = Backslash
	case y.Style&yaml.SingleQuotedStyle != 0:
		v.Off++
		v.Esc = DoubledQuote
	case y.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		// The text starts on the line after the indicator (and its comment).
		for v.Off < len(src) && src[v.Off] != '\n' {
			v.Off++
		}
		v.Off = min(v.Off+1, len(src))
	}
	v.Off = min(v.Off, len(src))
	return v
}

func comment(c string) string {
	var out []string
	for _, l := range strings.Split(c, "\n") {
		l = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "#"))
		if l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// A Root is a key of a YAML file's root map, as its head shows it.
type Root struct {
	Key string
	Map bool // nothing follows the colon on its line: its value is below
}

// YAMLRoots returns the root keys a YAML file's first bytes show (the
// unindented lines, without comments, blank lines and "---"); ok is false
// when such a line is not "key:" (the last line of a head cut at 4 KiB is
// not judged).
func YAMLRoots(head []byte) (roots []Root, ok bool) {
	lines := strings.Split(string(head), "\n")
	if len(head) >= 4096 && len(lines) > 1 {
		lines = lines[:len(lines)-1]
	}
	for _, l := range lines {
		l = strings.TrimRight(l, "\r")
		t := strings.TrimSpace(l)
		if t == "" || t[0] == '#' || t == "---" || l[0] == ' ' || l[0] == '\t' {
			continue
		}
		k, rest, ok := yamlKey(t)
		if !ok {
			return nil, false
		}
		rest = strings.TrimSpace(rest)
		roots = append(roots, Root{Key: k, Map: rest == "" || rest[0] == '#' || rest[0] == '&'})
	}
	return roots, true
}

// RailsHead reports whether the root keys are a Rails locale file's: one
// key, a language tag, whose value is a map.
func RailsHead(roots []Root) bool {
	return len(roots) == 1 && roots[0].Map && Tag(roots[0].Key) != ""
}

// yamlKey splits a YAML root line "key: rest".
func yamlKey(t string) (key, rest string, ok bool) {
	if t[0] == '"' || t[0] == '\'' {
		end := strings.IndexByte(t[1:], t[0])
		if end < 0 || !strings.HasPrefix(t[end+2:], ":") {
			return "", "", false
		}
		return t[1 : end+1], t[end+3:], true
	}
	i := strings.Index(t, ":")
	if i <= 0 || (i+1 < len(t) && t[i+1] != ' ' && t[i+1] != '\t') {
		return "", "", false
	}
	k := t[:i]
	if strings.ContainsAny(k, "{}[],&*!|>%@`\"'=") {
		return "", "", false
	}
	return k, t[i+1:], true
}

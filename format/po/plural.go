package po

import (
	"strconv"
	"strings"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
)

// An expr is a node of a Plural-Forms expression, gettext's subset of C:
// n, integers, ?:, ||, &&, ==, !=, <, <=, >, >=, +, -, *, /, %, ! and
// parentheses.
type expr struct {
	op          string // "n", "num", "?", or the operator
	val         int64
	a, b, c     *expr
	pos         int // byte offset of the operator in the expression
	unary, cond bool
}

// An exprError is a problem of an expression at byte pos of its source.
type exprError struct {
	pos  int
	id   string
	data map[string]any
}

// maxDepth bounds the nesting of an expression: no real formula comes
// near it, and a hostile one cannot exhaust the stack.
const maxDepth = 64

type exprParser struct {
	src   string
	pos   int
	depth int
}

// parseExpr parses the plural= expression src.
func parseExpr(src string) (*expr, *exprError) {
	p := &exprParser{src: src}
	e, err := p.ternary()
	if err != nil {
		return nil, err
	}
	p.space()
	if p.pos < len(p.src) {
		return nil, p.unexpected()
	}
	return e, nil
}

func (p *exprParser) space() {
	for p.pos < len(p.src) && (p.src[p.pos] == ' ' || p.src[p.pos] == '\t' || p.src[p.pos] == '\n' || p.src[p.pos] == '\r') {
		p.pos++
	}
}

func (p *exprParser) unexpected() *exprError {
	if p.pos >= len(p.src) {
		return &exprError{pos: p.pos, id: "POPluralExprEnd"}
	}
	tok := p.src[p.pos:]
	if i := strings.IndexAny(tok, " \t()"); i > 0 {
		tok = tok[:i]
	} else if i == 0 {
		tok = tok[:1]
	}
	return &exprError{pos: p.pos, id: "POPluralExprUnexpected", data: map[string]any{"Token": tok}}
}

// accept consumes op if it comes next (and is not the start of a longer
// operator).
func (p *exprParser) accept(op string) bool {
	p.space()
	if !strings.HasPrefix(p.src[p.pos:], op) {
		return false
	}
	if rest := p.src[p.pos+len(op):]; len(op) == 1 && rest != "" && strings.ContainsRune("=<>!", rune(op[0])) && rest[0] == '=' {
		return false // "<" of "<=", "!" of "!="
	}
	p.pos += len(op)
	return true
}

func (p *exprParser) enter() *exprError {
	p.depth++
	if p.depth > maxDepth {
		return &exprError{pos: p.pos, id: "POPluralExprDeep"}
	}
	return nil
}

func (p *exprParser) ternary() (*expr, *exprError) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	c, err := p.binary(0)
	if err != nil {
		return nil, err
	}
	p.space()
	at := p.pos
	if !p.accept("?") {
		return c, nil
	}
	a, err := p.ternary()
	if err != nil {
		return nil, err
	}
	if !p.accept(":") {
		return nil, p.unexpected()
	}
	b, err := p.ternary()
	if err != nil {
		return nil, err
	}
	return &expr{op: "?", a: a, b: b, c: c, pos: at, cond: true}, nil
}

// levels lists the binary operators from the loosest to the tightest;
// within a level, longer operators first.
var levels = [][]string{{"||"}, {"&&"}, {"==", "!="}, {"<=", ">=", "<", ">"}, {"+", "-"}, {"*", "/", "%"}}

func (p *exprParser) binary(level int) (*expr, *exprError) {
	if level == len(levels) {
		return p.unary()
	}
	a, err := p.binary(level + 1)
	if err != nil {
		return nil, err
	}
	for {
		p.space()
		at := p.pos
		op := ""
		for _, o := range levels[level] {
			if p.accept(o) {
				op = o
				break
			}
		}
		if op == "" {
			return a, nil
		}
		b, err := p.binary(level + 1)
		if err != nil {
			return nil, err
		}
		a = &expr{op: op, a: a, b: b, pos: at}
	}
}

func (p *exprParser) unary() (*expr, *exprError) {
	p.space()
	at := p.pos
	for _, op := range []string{"!", "-"} {
		if p.accept(op) {
			if err := p.enter(); err != nil {
				return nil, err
			}
			a, err := p.unary()
			p.depth--
			if err != nil {
				return nil, err
			}
			return &expr{op: op, a: a, pos: at, unary: true}, nil
		}
	}
	return p.primary()
}

func (p *exprParser) primary() (*expr, *exprError) {
	p.space()
	at := p.pos
	switch {
	case p.accept("("):
		e, err := p.ternary()
		if err != nil {
			return nil, err
		}
		if !p.accept(")") {
			return nil, p.unexpected()
		}
		return e, nil
	case p.accept("n"):
		return &expr{op: "n", pos: at}, nil
	case p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9':
		end := p.pos
		for end < len(p.src) && p.src[end] >= '0' && p.src[end] <= '9' {
			end++
		}
		v, err := strconv.ParseInt(p.src[p.pos:end], 10, 64)
		if err != nil {
			return nil, &exprError{pos: p.pos, id: "POPluralExprUnexpected", data: map[string]any{"Token": p.src[p.pos:end]}}
		}
		p.pos = end
		return &expr{op: "num", val: v, pos: at}, nil
	}
	return nil, p.unexpected()
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// eval computes the expression for n; a division by zero is an error at
// the operator.
func (e *expr) eval(n int64) (int64, *exprError) {
	switch e.op {
	case "n":
		return n, nil
	case "num":
		return e.val, nil
	}
	a, err := e.a.eval(n)
	if err != nil {
		return 0, err
	}
	switch {
	case e.unary && e.op == "!":
		return b2i(a == 0), nil
	case e.unary:
		return -a, nil
	case e.cond:
		c, err := e.c.eval(n)
		if err != nil {
			return 0, err
		}
		if c != 0 {
			return a, nil
		}
		return e.b.eval(n)
	case e.op == "||" && a != 0:
		return 1, nil
	case e.op == "&&" && a == 0:
		return 0, nil
	}
	b, err := e.b.eval(n)
	if err != nil {
		return 0, err
	}
	switch e.op {
	case "||", "&&":
		return b2i(b != 0), nil
	case "==":
		return b2i(a == b), nil
	case "!=":
		return b2i(a != b), nil
	case "<":
		return b2i(a < b), nil
	case "<=":
		return b2i(a <= b), nil
	case ">":
		return b2i(a > b), nil
	case ">=":
		return b2i(a >= b), nil
	case "+":
		return a + b, nil
	case "-":
		return a - b, nil
	case "*":
		return a * b, nil
	}
	if b == 0 {
		return 0, &exprError{pos: e.pos, id: "POPluralExprDivZero", data: map[string]any{"N": n}}
	}
	if e.op == "/" {
		return a / b, nil
	}
	return a % b, nil
}

// cldrOrder is CLDR's order of the plural categories.
var cldrOrder = [...]string{"zero", "one", "two", "few", "many", "other"}

// formIndex is the index in cldrOrder of each of x/text's plural forms.
var formIndex = [...]int{plural.Zero: 0, plural.One: 1, plural.Two: 2, plural.Few: 3, plural.Many: 4, plural.Other: 5}

// other is the index of "other" in cldrOrder.
const other = len(cldrOrder) - 1

// samples is how many integers (0…samples-1) stand for every n: CLDR's
// integer rules look at n%100 and n%10, and gettext's formulas too.
const samples = 1100

// cldrCategory is the index in cldrOrder of CLDR's cardinal category of the
// integer n in lang.
func cldrCategory(lang language.Tag, n int) int {
	return formIndex[plural.Cardinal.MatchPlural(lang, n, 0, 0, 0, 0)]
}

// cldrCategories lists the categories CLDR gives to the integers in lang,
// in CLDR's order: a catalog without Plural-Forms has a msgstr[i] for each.
func cldrCategories(lang language.Tag) []string {
	var seen [len(cldrOrder)]bool
	for n := range samples {
		seen[cldrCategory(lang, n)] = true
	}
	var out []string
	for k, c := range cldrOrder {
		if seen[k] {
			out = append(out, c)
		}
	}
	return out
}

// categories names the CLDR category of each of the nplurals indexes that
// formula gives, by evaluating it on the integers 0…samples-1 and asking
// CLDR the category of each. An index that several categories reach (a
// Russian catalog with nplurals=2; n != 1: index 1 takes 21 (one), 2 (few)
// and 5 (many)) is named for the category most of those numbers have
// (ties: the first in CLDR's order) that no earlier index took; an index
// the formula never gives is "other" when no index took it. It returns an
// error when the formula fails or gives an index outside 0…nplurals-1.
func categories(formula *expr, nplurals int, lang language.Tag) ([]string, *exprError) {
	counts := make([][len(cldrOrder)]int, nplurals) // counts[i][k]: the integers of index i and category k
	for n := range samples {
		i, err := formula.eval(int64(n))
		if err != nil {
			return nil, err
		}
		if i < 0 || i >= int64(nplurals) {
			return nil, &exprError{pos: 0, id: "POPluralExprRange", data: map[string]any{"N": n, "Index": i, "Nplurals": nplurals}}
		}
		counts[i][cldrCategory(lang, n)]++
	}
	out := make([]string, nplurals)
	var taken [len(cldrOrder)]bool
	for i, c := range counts {
		// The category most integers of i have, and the one among those
		// not taken yet; a tie goes to the first in CLDR's order.
		most, free := -1, -1
		for k, n := range c {
			if n == 0 {
				continue
			}
			if most < 0 || n > c[most] {
				most = k
			}
			if !taken[k] && (free < 0 || n > c[free]) {
				free = k
			}
		}
		k := other
		switch {
		case free >= 0:
			k = free
		case most >= 0:
			k = most
		}
		out[i] = cldrOrder[k]
		taken[k] = true
	}
	return out, nil
}

package main

import (
	"encoding/json"
	"errors"
	"sort"
	"strconv"
)

// This file maps a finding's path, such as
// `activities[2].grounds[0].lia.balancing` or `rules["net-9.3"].period`,
// to the place in the register file where the element is written. The
// register decoder has already accepted the text, so the small lexer here
// only needs to be right for valid JSON; on anything else it stops with an
// error and the checker reports findings without a position.

// node is one JSON value of a file: where it starts and, for objects and
// arrays, what it holds.
type node struct {
	off     int      // byte offset of the value's first byte
	kind    byte     // '{' object, '[' array, '"' string, '0' number, 't' true or false, 'n' null
	str     string   // the unescaped text of a string
	names   []string // an object's member names, in order
	members []*node  // an object's member values, in the order of names
	elems   []*node  // an array's elements
}

// member returns the value of the object member with the given name, or nil.
func (n *node) member(name string) *node {
	if n == nil || n.kind != '{' {
		return nil
	}
	for i, s := range n.names {
		if s == name {
			return n.members[i]
		}
	}
	return nil
}

// text returns the string at the member path names, or "".
func (n *node) text(names ...string) string {
	for _, s := range names {
		n = n.member(s)
	}
	if n == nil || n.kind != '"' {
		return ""
	}
	return n.str
}

// maxNesting bounds the lexer's recursion; the register format nests far
// less deeply, and its decoder refuses deeper input first.
const maxNesting = 512

var errNotJSON = errors.New("not JSON the locator can read")

// document is a parsed file: its tree and where its lines start.
type document struct {
	data       []byte
	root       *node
	lineStarts []int // offsets of the first byte of each line
}

// parseDocument reads data into a tree of nodes.
func parseDocument(data []byte) (*document, error) {
	l := lexer{data: data}
	l.space()
	root, err := l.value(0)
	if err != nil {
		return nil, err
	}
	l.space()
	if l.pos != len(data) {
		return nil, errNotJSON
	}
	d := &document{data: data, root: root, lineStarts: []int{0}}
	for i, c := range data {
		if c == '\n' {
			d.lineStarts = append(d.lineStarts, i+1)
		}
	}
	return d, nil
}

type lexer struct {
	data []byte
	pos  int
}

func (l *lexer) space() {
	for l.pos < len(l.data) {
		switch l.data[l.pos] {
		case ' ', '\t', '\n', '\r':
			l.pos++
		default:
			return
		}
	}
}

func (l *lexer) value(depth int) (*node, error) {
	if depth > maxNesting || l.pos >= len(l.data) {
		return nil, errNotJSON
	}
	n := &node{off: l.pos}
	switch c := l.data[l.pos]; {
	case c == '{':
		n.kind = '{'
		l.pos++
		l.space()
		if l.peek('}') {
			l.pos++
			return n, nil
		}
		for {
			l.space()
			if !l.peek('"') {
				return nil, errNotJSON
			}
			name, err := l.string()
			if err != nil {
				return nil, err
			}
			l.space()
			if !l.peek(':') {
				return nil, errNotJSON
			}
			l.pos++
			l.space()
			v, err := l.value(depth + 1)
			if err != nil {
				return nil, err
			}
			n.names = append(n.names, name)
			n.members = append(n.members, v)
			l.space()
			if l.peek(',') {
				l.pos++
				continue
			}
			if l.peek('}') {
				l.pos++
				return n, nil
			}
			return nil, errNotJSON
		}
	case c == '[':
		n.kind = '['
		l.pos++
		l.space()
		if l.peek(']') {
			l.pos++
			return n, nil
		}
		for {
			l.space()
			v, err := l.value(depth + 1)
			if err != nil {
				return nil, err
			}
			n.elems = append(n.elems, v)
			l.space()
			if l.peek(',') {
				l.pos++
				continue
			}
			if l.peek(']') {
				l.pos++
				return n, nil
			}
			return nil, errNotJSON
		}
	case c == '"':
		n.kind = '"'
		s, err := l.string()
		if err != nil {
			return nil, err
		}
		n.str = s
		return n, nil
	case c == 't' || c == 'f' || c == 'n' || c == '-' || (c >= '0' && c <= '9'):
		switch c {
		case 't', 'f':
			n.kind = 't'
		case 'n':
			n.kind = 'n'
		default:
			n.kind = '0'
		}
		for l.pos < len(l.data) {
			switch l.data[l.pos] {
			case ',', '}', ']', ' ', '\t', '\n', '\r':
				return n, nil
			}
			l.pos++
		}
		return n, nil
	}
	return nil, errNotJSON
}

func (l *lexer) peek(c byte) bool { return l.pos < len(l.data) && l.data[l.pos] == c }

// string reads a JSON string starting at the opening quote and returns it
// unescaped.
func (l *lexer) string() (string, error) {
	start := l.pos
	l.pos++
	escaped := false
	for l.pos < len(l.data) {
		switch l.data[l.pos] {
		case '\\':
			escaped = true
			l.pos += 2
			continue
		case '"':
			l.pos++
			raw := l.data[start:l.pos]
			if !escaped {
				return string(raw[1 : len(raw)-1]), nil
			}
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return "", errNotJSON
			}
			return s, nil
		}
		l.pos++
	}
	return "", errNotJSON
}

// segment is one step of a path: a member name or an array index.
type segment struct {
	name    string
	index   int
	isIndex bool
}

// parsePath splits a path in the module's syntax (see basis.JoinPath,
// basis.Index and basis.Key) into its steps. A member written as a key,
// `["net-9.3"]`, is the same step as `.net-9.3`, because the text of the
// file does not say whether an object is a record or a map.
func parsePath(p string) ([]segment, bool) {
	var segs []segment
	for i := 0; i < len(p); {
		switch p[i] {
		case '.':
			i++
		case '[':
			if i+1 < len(p) && p[i+1] == '"' {
				q, err := strconv.QuotedPrefix(p[i+1:])
				if err != nil {
					return nil, false
				}
				name, err := strconv.Unquote(q)
				if err != nil {
					return nil, false
				}
				i += 1 + len(q)
				if i >= len(p) || p[i] != ']' {
					return nil, false
				}
				i++
				segs = append(segs, segment{name: name})
				continue
			}
			j := i + 1
			for j < len(p) && p[j] >= '0' && p[j] <= '9' {
				j++
			}
			if j == i+1 || j >= len(p) || p[j] != ']' {
				return nil, false
			}
			n, err := strconv.Atoi(p[i+1 : j])
			if err != nil {
				return nil, false
			}
			segs = append(segs, segment{index: n, isIndex: true})
			i = j + 1
		default:
			j := i
			for j < len(p) && p[j] != '.' && p[j] != '[' {
				j++
			}
			segs = append(segs, segment{name: p[i:j]})
			i = j
		}
	}
	return segs, true
}

// lookup follows path from the root as far as the file has it and returns
// the chain of nodes from the root to the deepest one found, and whether
// the whole path was found.
func (d *document) lookup(path string) (chain []*node, exact bool) {
	chain = []*node{d.root}
	segs, ok := parsePath(path)
	if !ok {
		return chain, false
	}
	n := d.root
	for _, s := range segs {
		var next *node
		if s.isIndex {
			if n.kind == '[' && s.index < len(n.elems) {
				next = n.elems[s.index]
			}
		} else {
			next = n.member(s.name)
		}
		if next == nil {
			return chain, false
		}
		chain = append(chain, next)
		n = next
	}
	return chain, true
}

// position is a place in a file: a 1-based line, and 1-based columns
// counted in bytes (for people and for the text and JSON output) and in
// UTF-16 code units (SARIF's default column kind).
type position struct {
	Line, Column, Column16 int
}

// position returns the line and columns of byte offset off.
func (d *document) position(off int) position {
	i := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off }) - 1
	start := d.lineStarts[i]
	col16 := 1
	for _, r := range string(d.data[start:off]) {
		if r >= 0x10000 {
			col16 += 2
		} else {
			col16++
		}
	}
	return position{Line: i + 1, Column: off - start + 1, Column16: col16}
}

// locate returns the position of the element at path (or of its nearest
// ancestor the file has) and whether the element itself was found.
func (d *document) locate(path string) (position, bool) {
	chain, exact := d.lookup(path)
	return d.position(chain[len(chain)-1].off), exact
}

// evidence returns the evidence quote of the element at path, or of its
// nearest ancestor that has one, with the path of the element it belongs
// to. An element's evidence is its "evidence" member: an object whose
// "quote" is the sentence relied on (or, failing a quote, its "locator"),
// or a string.
func (d *document) evidence(path string) (quote, owner string) {
	chain, _ := d.lookup(path)
	segs, _ := parsePath(path)
	for i := len(chain) - 1; i >= 0; i-- {
		ev := chain[i].member("evidence")
		if ev == nil {
			continue
		}
		q := ev.str
		if ev.kind == '{' {
			q = ev.text("quote")
			if q == "" {
				q = ev.text("locator")
			}
		}
		if q != "" {
			return q, formatPath(segs[:i])
		}
	}
	return "", ""
}

// formatPath writes steps back in the module's path syntax.
func formatPath(segs []segment) string {
	var b []byte
	for _, s := range segs {
		switch {
		case s.isIndex:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(s.index), 10)
			b = append(b, ']')
		case isPlainName(s.name):
			if len(b) > 0 {
				b = append(b, '.')
			}
			b = append(b, s.name...)
		default:
			b = append(b, '[')
			b = strconv.AppendQuote(b, s.name)
			b = append(b, ']')
		}
	}
	return string(b)
}

func isPlainName(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range []byte(s) {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// dates yields every string value of the file that is a calendar date
// ("2024-03-21") or starts with one (an RFC 3339 time), with its path:
// dates in the register (a contract's conclusion, an agreement's end) are
// days on which findings may start or stop.
func (d *document) dates(visit func(path, date string)) {
	var walk func(n *node, segs []segment)
	walk = func(n *node, segs []segment) {
		switch n.kind {
		case '"':
			if len(n.str) >= 10 && isDateText(n.str[:10]) && (len(n.str) == 10 || n.str[10] == 'T') {
				visit(formatPath(segs), n.str[:10])
			}
		case '{':
			for i, m := range n.members {
				walk(m, append(segs[:len(segs):len(segs)], segment{name: n.names[i]}))
			}
		case '[':
			for i, e := range n.elems {
				walk(e, append(segs[:len(segs):len(segs)], segment{index: i, isIndex: true}))
			}
		}
	}
	walk(d.root, nil)
}

func isDateText(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if i == 4 || i == 7 {
			if c != '-' {
				return false
			}
		} else if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

package gdpr_test

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// htmlVoid are the HTML elements that have no end tag.
var htmlVoid = []string{"meta", "link", "br", "hr", "img", "input", "wbr", "col", "area", "base", "source", "track", "embed"}

// checkHTML is the accessibility lint of the rendered notices: a complete
// document whose html element has a lang attribute and whose head has a
// non-empty title; headings that start at h1, with exactly one h1 and no
// level skipped; every table with a caption and th headers, each th with
// scope "col" or "row", and at least one column header; no script, no
// event handler attribute, no javascript: URL; every element closed in
// order. It returns every problem found.
func checkHTML(doc []byte) []string {
	var probs []string
	add := func(f string, a ...any) { probs = append(probs, fmt.Sprintf(f, a...)) }
	d := xml.NewDecoder(strings.NewReader(string(doc)))
	d.Strict = false
	d.AutoClose = htmlVoid
	d.Entity = xml.HTMLEntity
	var stack []string
	lastLevel, h1s := 0, 0
	var title strings.Builder
	inTitle, sawHTML, sawTitle := false, false, false
	type table struct{ caption, th, col bool }
	var tables []*table
	first := true // the next element inside a table is its first child
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			add("not well-formed: %v", err)
			break
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(tok.Name.Local)
			for _, a := range tok.Attr {
				an := strings.ToLower(a.Name.Local)
				if strings.HasPrefix(an, "on") {
					add("<%s> has an event handler attribute %s", name, an)
				}
				if strings.Contains(strings.ToLower(a.Value), "javascript:") {
					add("<%s> has a javascript: URL", name)
				}
			}
			if len(tables) > 0 && first && name != "caption" && stack[len(stack)-1] == "table" {
				add("a table's first child is <%s>, not <caption>", name)
			}
			first = false
			switch name {
			case "html":
				sawHTML = true
				if !slices.ContainsFunc(tok.Attr, func(a xml.Attr) bool { return a.Name.Local == "lang" && a.Value != "" }) {
					add("<html> has no lang attribute")
				}
			case "title":
				inTitle, sawTitle = true, true
			case "script":
				add("the document has a <script>")
			case "h1", "h2", "h3", "h4", "h5", "h6":
				level := int(name[1] - '0')
				if level == 1 {
					h1s++
				}
				if lastLevel == 0 && level != 1 {
					add("the first heading is <%s>, not <h1>", name)
				}
				if lastLevel != 0 && level > lastLevel+1 {
					add("heading <%s> after <h%d> skips a level", name, lastLevel)
				}
				lastLevel = level
			case "table":
				tables = append(tables, &table{})
				first = true
			case "caption":
				if len(tables) > 0 {
					tables[len(tables)-1].caption = true
				}
			case "th":
				if len(tables) == 0 {
					add("<th> outside a table")
					break
				}
				t := tables[len(tables)-1]
				t.th = true
				scope := ""
				for _, a := range tok.Attr {
					if a.Name.Local == "scope" {
						scope = a.Value
					}
				}
				switch scope {
				case "col":
					t.col = true
				case "row":
				default:
					add("<th> with scope %q", scope)
				}
			}
			if !slices.Contains(htmlVoid, name) {
				stack = append(stack, name)
			}
		case xml.EndElement:
			name := strings.ToLower(tok.Name.Local)
			if slices.Contains(htmlVoid, name) {
				add("end tag of the void element <%s>", name)
				break
			}
			if len(stack) == 0 || stack[len(stack)-1] != name {
				add("</%s> closes %v", name, stack)
				break
			}
			stack = stack[:len(stack)-1]
			switch name {
			case "title":
				inTitle = false
			case "table":
				t := tables[len(tables)-1]
				tables = tables[:len(tables)-1]
				if !t.caption {
					add("a table has no <caption>")
				}
				if !t.th || !t.col {
					add("a table has no column headers")
				}
			}
		case xml.CharData:
			if inTitle {
				title.Write(tok)
			}
		}
	}
	if len(stack) > 0 {
		add("unclosed elements %v", stack)
	}
	if !sawHTML {
		add("no <html> element")
	}
	if !sawTitle || strings.TrimSpace(title.String()) == "" {
		add("no <title>, or an empty one")
	}
	if h1s != 1 {
		add("%d <h1> elements, want 1", h1s)
	}
	return probs
}

package gdpr

import (
	"bytes"
	"html"
	"io"
	"strings"
)

// Markdown returns the notice as CommonMark with GitHub tables: one level-1
// heading, a level-2 heading per item of Arts. 13 and 14 and a level-3
// heading per purpose, each purpose's items in a table.
func (d *NoticeDoc) Markdown() []byte {
	var b bytes.Buffer
	_ = d.WriteMarkdown(&b)
	return b.Bytes()
}

// WriteMarkdown writes [NoticeDoc.Markdown] to w.
func (d *NoticeDoc) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("# " + mdText(d.Title) + "\n\n")
	for _, p := range d.intro {
		b.WriteString(mdText(p) + "\n\n")
	}
	for _, s := range d.sections {
		writeMDSection(&b, &s, 2)
	}
	_, err := w.Write(bytes.TrimRight(b.Bytes(), "\n"))
	if err == nil {
		_, err = io.WriteString(w, "\n")
	}
	return err
}

func writeMDSection(b *bytes.Buffer, s *noticeSection, level int) {
	b.WriteString(strings.Repeat("#", level) + " " + mdText(s.heading) + "\n\n")
	if s.article != "" {
		b.WriteString("*" + mdText(s.article) + "*\n\n")
	}
	for _, bl := range s.blocks {
		switch {
		case bl.table != nil:
			t := bl.table
			if t.caption != s.heading {
				// A Markdown table has no caption; the heading above it
				// names it when they are the same.
				b.WriteString("**" + mdText(t.caption) + "**\n\n")
			}
			b.WriteString("|")
			for _, c := range t.cols {
				b.WriteString(" " + mdText(c) + " |")
			}
			b.WriteString("\n|")
			for range t.cols {
				b.WriteString("---|")
			}
			b.WriteString("\n")
			for _, r := range t.rows {
				b.WriteString("|")
				for i, c := range r {
					if i == 0 {
						b.WriteString(" **" + mdText(c) + "** |")
					} else {
						b.WriteString(" " + mdText(c) + " |")
					}
				}
				b.WriteString("\n")
			}
			b.WriteString("\n")
		case bl.items != nil:
			for _, it := range bl.items {
				b.WriteString("- " + mdText(it) + "\n")
			}
			b.WriteString("\n")
		default:
			b.WriteString(mdText(bl.para) + "\n\n")
		}
	}
	for _, sub := range s.subs {
		writeMDSection(b, &sub, level+1)
	}
}

// mdText escapes text for Markdown: the characters that could start
// emphasis, code, links, HTML or a table cell are backslash-escaped, and
// line breaks become spaces, so register text is shown as written and
// never read as markup.
func mdText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			b.WriteRune(r)
		}
	}
	out := b.String()
	// A line may not start a block (a heading, a list item, a numbered
	// item, a quote): escape a leading marker.
	if out != "" && strings.ContainsRune("#-+=", rune(out[0])) {
		out = "\\" + out
	}
	return out
}

// HTML returns the notice as a complete, accessible HTML document: lang
// "en-GB", a title, headings in order (one h1, then h2 and h3 with no level
// skipped), a table per purpose with a caption and column and row headers
// (th with scope), no script, no style sheet beyond an inline one, no
// event handler; every text escaped.
func (d *NoticeDoc) HTML() []byte {
	var b bytes.Buffer
	_ = d.WriteHTML(&b)
	return b.Bytes()
}

// WriteHTML writes [NoticeDoc.HTML] to w.
func (d *NoticeDoc) WriteHTML(w io.Writer) error {
	var b bytes.Buffer
	e := html.EscapeString
	b.WriteString("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<title>" + e(d.Title) + "</title>\n")
	b.WriteString("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:1em;line-height:1.5}" +
		"table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #555;padding:.3em .5em;text-align:left;vertical-align:top}" +
		"caption{font-weight:bold;text-align:left}.provision{color:#333;font-size:.9em}</style>\n")
	b.WriteString("</head>\n<body>\n<main>\n")
	b.WriteString("<h1>" + e(d.Title) + "</h1>\n")
	for _, p := range d.intro {
		b.WriteString("<p>" + e(p) + "</p>\n")
	}
	for _, s := range d.sections {
		writeHTMLSection(&b, &s, 2)
	}
	b.WriteString("</main>\n</body>\n</html>\n")
	_, err := w.Write(b.Bytes())
	return err
}

func writeHTMLSection(b *bytes.Buffer, s *noticeSection, level int) {
	e := html.EscapeString
	h := "h" + string(rune('0'+level))
	b.WriteString("<section>\n<" + h + ">" + e(s.heading) + "</" + h + ">\n")
	if s.article != "" {
		b.WriteString("<p class=\"provision\">" + e(s.article) + "</p>\n")
	}
	for _, bl := range s.blocks {
		switch {
		case bl.table != nil:
			t := bl.table
			b.WriteString("<table>\n<caption>" + e(t.caption) + "</caption>\n<thead>\n<tr>")
			for _, c := range t.cols {
				b.WriteString("<th scope=\"col\">" + e(c) + "</th>")
			}
			b.WriteString("</tr>\n</thead>\n<tbody>\n")
			for _, r := range t.rows {
				b.WriteString("<tr>")
				for i, c := range r {
					if i == 0 {
						b.WriteString("<th scope=\"row\">" + e(c) + "</th>")
					} else {
						b.WriteString("<td>" + e(c) + "</td>")
					}
				}
				b.WriteString("</tr>\n")
			}
			b.WriteString("</tbody>\n</table>\n")
		case bl.items != nil:
			b.WriteString("<ul>\n")
			for _, it := range bl.items {
				b.WriteString("<li>" + e(it) + "</li>\n")
			}
			b.WriteString("</ul>\n")
		default:
			b.WriteString("<p>" + e(bl.para) + "</p>\n")
		}
	}
	for _, sub := range s.subs {
		writeHTMLSection(b, &sub, level+1)
	}
	b.WriteString("</section>\n")
}

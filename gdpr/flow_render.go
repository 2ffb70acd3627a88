package gdpr

import (
	"bytes"

	"github.com/dpmodel/dpmodel/basis"
	"html"
	"io"
	"strconv"
	"strings"
)

// Mermaid returns the picture as a Mermaid flowchart ("flowchart LR"):
// the controller, a subgraph per recipient role, a subgraph of
// destinations, an edge from the controller to each recipient and an edge
// per transfer labelled and styled by its status, and a legend. Node ids
// are positional (r0, r1, ...; d0, ...), labels are quoted with Mermaid's
// entity codes for quotes, '#', '<' and '>', and long labels are clipped.
func (f *FlowGraph) Mermaid() []byte {
	var b bytes.Buffer
	_ = f.WriteMermaid(&b)
	return b.Bytes()
}

// WriteMermaid writes [FlowGraph.Mermaid] to w.
func (f *FlowGraph) WriteMermaid(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("flowchart LR\n")
	b.WriteString("  %% Data flows of " + mermaidComment(f.Controller) + " on " + f.Date.String() + " under the " + strings.ToUpper(f.Regime.String()) + " regime\n")
	b.WriteString("  ctrl[\"" + mermaidText(clipLabel(f.Controller, 60)) + "\"]:::controller\n")
	ids := map[string]string{}
	n := 0
	for gi, g := range f.Groups {
		b.WriteString("  subgraph g" + strconv.Itoa(gi) + "[\"" + mermaidText(g.Label) + "\"]\n")
		for _, r := range g.Recipients {
			id := "r" + strconv.Itoa(n)
			n++
			ids[r.ID] = id
			b.WriteString("    " + id + "[\"" + mermaidText(clipLabel(r.Label, 80)) + "\"]\n")
		}
		b.WriteString("  end\n")
	}
	if len(f.Destinations) > 0 {
		b.WriteString("  subgraph dest[\"Destinations of transfers\"]\n")
		for i, d := range f.Destinations {
			b.WriteString("    d" + strconv.Itoa(i) + "[\"" + mermaidText(d.Label) + "\"]\n")
		}
		b.WriteString("  end\n")
	}
	edge := 0
	var styles []string
	for _, g := range f.Groups {
		for _, r := range g.Recipients {
			b.WriteString("  ctrl --> " + ids[r.ID] + "\n")
			edge++
		}
	}
	for _, t := range f.Transfers {
		from := "ctrl"
		if t.From != "" {
			from = ids[t.From]
		}
		b.WriteString("  " + from + " -->|\"" + mermaidText(t.edgeText()) + "\"| d" + strconv.Itoa(t.To) + "\n")
		s := statusIndex(t.Status)
		style := "stroke:" + statusColours[s] + ",stroke-width:3px"
		if statusDashes[s] != "" {
			style += ",stroke-dasharray:" + statusDashes[s]
		}
		styles = append(styles, "  linkStyle "+strconv.Itoa(edge)+" "+style+"\n")
		edge++
	}
	b.WriteString("  subgraph legend[\"Legend\"]\n")
	b.WriteString("    lv[\"transfer valid on " + f.Date.String() + "\"]:::valid\n")
	b.WriteString("    li[\"transfer invalid on " + f.Date.String() + "\"]:::invalid\n")
	b.WriteString("    ln[\"transfer mechanism not stated\"]:::notstated\n")
	b.WriteString("  end\n")
	for _, s := range styles {
		b.WriteString(s)
	}
	b.WriteString("  classDef controller stroke-width:3px\n")
	b.WriteString("  classDef valid stroke:" + statusColours[TransferValid] + ",stroke-width:3px\n")
	b.WriteString("  classDef invalid stroke:" + statusColours[TransferInvalid] + ",stroke-width:3px,stroke-dasharray:8 4\n")
	b.WriteString("  classDef notstated stroke:" + statusColours[TransferNotStated] + ",stroke-width:3px,stroke-dasharray:2 4\n")
	_, err := w.Write(b.Bytes())
	return err
}

// mermaidText makes s safe inside a quoted Mermaid label.
func mermaidText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.NewReplacer("#", "#35;", "\"", "#quot;", "<", "#lt;", ">", "#gt;", "`", "#96;").Replace(s)
}

// mermaidComment makes s safe in a Mermaid comment: one line, escaped as
// a label is.
func mermaidComment(s string) string { return mermaidText(s) }

// SVG layout, in pixels.
const (
	svgMargin   = 20
	svgTop      = 72
	svgCorridor = 62 // the y of the lane above the recipients that transfers from the controller take
	svgCtrlX    = 20
	svgCtrlW    = 200
	svgCtrlH    = 56
	svgRecX     = 290
	svgRecW     = 400
	svgRowH     = 26
	svgRowGap   = 6
	svgGroupPad = 8
	svgGroupGap = 16
	svgDestX    = 780
	svgDestW    = 260
	svgDestH    = 30
	svgDestGap  = 12
	svgWidth    = svgDestX + svgDestW + svgMargin
)

// SVG returns the picture as a self-contained SVG document: the controller
// on the left, the recipients in boxes grouped by role in the middle, the
// destinations of transfers on the right; a grey line for each disclosure
// to a recipient and, for each transfer, a line coloured and dashed by its
// status (green solid: valid; red dashed: invalid; amber dotted: not
// stated), with a legend, a title and a description for assistive
// technology, and a title on every box and line. It uses no script, no
// external font or resource, and only integer coordinates, so the same
// graph gives the same bytes.
func (f *FlowGraph) SVG() []byte {
	var b bytes.Buffer
	_ = f.WriteSVG(&b)
	return b.Bytes()
}

// WriteSVG writes [FlowGraph.SVG] to w.
func (f *FlowGraph) WriteSVG(w io.Writer) error {
	e := html.EscapeString
	itoa := strconv.Itoa
	// Lay out the recipients.
	recY := map[string]int{}
	var groups bytes.Buffer
	y := svgTop
	for _, g := range f.Groups {
		top := y
		h := svgGroupPad + 20 + len(g.Recipients)*(svgRowH+svgRowGap) + svgGroupPad - svgRowGap
		groups.WriteString("<g><title>" + e(g.Label) + "</title>")
		groups.WriteString("<rect x=\"" + itoa(svgRecX) + "\" y=\"" + itoa(top) + "\" width=\"" + itoa(svgRecW) + "\" height=\"" + itoa(h) +
			"\" rx=\"6\" fill=\"#f6f8fa\" stroke=\"#57606a\"/>")
		groups.WriteString("<text x=\"" + itoa(svgRecX+10) + "\" y=\"" + itoa(top+svgGroupPad+13) + "\" font-weight=\"bold\">" + e(clipLabel(g.Label, 56)) + "</text></g>\n")
		ry := top + svgGroupPad + 20
		for _, r := range g.Recipients {
			groups.WriteString("<g><title>" + e(r.Label) + "</title>")
			groups.WriteString("<rect x=\"" + itoa(svgRecX+10) + "\" y=\"" + itoa(ry) + "\" width=\"" + itoa(svgRecW-20) + "\" height=\"" + itoa(svgRowH) +
				"\" rx=\"4\" fill=\"#ffffff\" stroke=\"#8c959f\"/>")
			groups.WriteString("<text x=\"" + itoa(svgRecX+18) + "\" y=\"" + itoa(ry+17) + "\">" + e(clipLabel(r.Label, 58)) + "</text></g>\n")
			recY[r.ID] = ry + svgRowH/2
			ry += svgRowH + svgRowGap
		}
		y = top + h + svgGroupGap
	}
	bottom := y
	var dests bytes.Buffer
	destY := make([]int, len(f.Destinations))
	dy := svgTop
	for i, d := range f.Destinations {
		dests.WriteString("<g><title>" + e(d.Label) + "</title>")
		dests.WriteString("<rect x=\"" + itoa(svgDestX) + "\" y=\"" + itoa(dy) + "\" width=\"" + itoa(svgDestW) + "\" height=\"" + itoa(svgDestH) +
			"\" rx=\"4\" fill=\"#ffffff\" stroke=\"#24292f\"/>")
		dests.WriteString("<text x=\"" + itoa(svgDestX+10) + "\" y=\"" + itoa(dy+19) + "\">" + e(clipLabel(d.Label, 36)) + "</text></g>\n")
		destY[i] = dy + svgDestH/2
		dy += svgDestH + svgDestGap
	}
	bottom = max(bottom, dy+svgGroupGap, svgTop+svgCtrlH+svgGroupGap)
	ctrlY := svgTop + svgCtrlH/2

	var edges bytes.Buffer
	for _, g := range f.Groups {
		for _, r := range g.Recipients {
			edges.WriteString("<g><title>" + e(f.Controller+" discloses data to "+r.Label) + "</title>")
			edges.WriteString("<line x1=\"" + itoa(svgCtrlX+svgCtrlW) + "\" y1=\"" + itoa(ctrlY) + "\" x2=\"" + itoa(svgRecX+10) + "\" y2=\"" + itoa(recY[r.ID]) +
				"\" stroke=\"#8c959f\" stroke-width=\"1\"/></g>\n")
		}
	}
	counts := [4]int{}
	for _, t := range f.Transfers {
		s := statusIndex(t.Status)
		counts[s]++
		x1, y1 := svgCtrlX+svgCtrlW, ctrlY
		from := f.Controller
		if t.From != "" {
			x1, y1 = svgRecX+svgRecW-10, recY[t.From]
			from = t.From
			for _, g := range f.Groups {
				for _, r := range g.Recipients {
					if r.ID == t.From {
						from = r.Label
					}
				}
			}
		}
		title := "Transfer " + t.Transfer + " from " + from + " to " + f.Destinations[t.To].Label + ": " + t.edgeText()
		edges.WriteString("<g><title>" + e(title) + "</title>")
		// A transfer from the controller passes above the recipients'
		// column, in the lane at svgCorridor, rather than through it.
		d := "M " + itoa(x1) + " " + itoa(y1)
		if t.From == "" {
			d += " L " + itoa(x1+30) + " " + itoa(y1) + " L " + itoa(x1+30) + " " + itoa(svgCorridor) +
				" L " + itoa(svgDestX-30) + " " + itoa(svgCorridor) + " L " + itoa(svgDestX-30) + " " + itoa(destY[t.To])
		}
		d += " L " + itoa(svgDestX) + " " + itoa(destY[t.To])
		edges.WriteString("<path d=\"" + d + "\" fill=\"none\" stroke=\"" + statusColours[s] + "\" stroke-width=\"3\"")
		if statusDashes[s] != "" {
			edges.WriteString(" stroke-dasharray=\"" + statusDashes[s] + "\"")
		}
		edges.WriteString("/></g>\n")
	}

	legendY := bottom
	height := legendY + 4*22 + svgMargin
	title := "Data flows of " + f.Controller + " on " + f.Date.String()
	desc := "The controller " + f.Controller + " discloses personal data to " + plural(countRecipients(f), "recipient") + " in " +
		plural(len(f.Groups), "group") + " by role, and makes " + plural(len(f.Transfers), "transfer") + " to " + plural(len(f.Destinations), "destination") +
		" outside the " + regimeArea(f) + ": " + itoa(counts[TransferValid]) + " valid, " + itoa(counts[TransferInvalid]) +
		" invalid and " + itoa(counts[TransferNotStated]) + " with no mechanism stated, judged under the " + strings.ToUpper(f.Regime.String()) +
		" regime on " + f.Date.String() + "."

	var b bytes.Buffer
	b.WriteString("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + itoa(svgWidth) + "\" height=\"" + itoa(height) +
		"\" viewBox=\"0 0 " + itoa(svgWidth) + " " + itoa(height) + "\" role=\"img\" aria-labelledby=\"flow-title flow-desc\" font-family=\"sans-serif\" font-size=\"12\">\n")
	b.WriteString("<title id=\"flow-title\">" + e(title) + "</title>\n")
	b.WriteString("<desc id=\"flow-desc\">" + e(desc) + "</desc>\n")
	b.WriteString("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
	b.WriteString("<text x=\"" + itoa(svgMargin) + "\" y=\"30\" font-size=\"16\" font-weight=\"bold\">" + e(clipLabel(title, 110)) + "</text>\n")
	b.WriteString("<text x=\"" + itoa(svgRecX) + "\" y=\"52\" font-weight=\"bold\">Recipients by role</text>\n")
	b.WriteString("<text x=\"" + itoa(svgDestX) + "\" y=\"52\" font-weight=\"bold\">Destinations of transfers</text>\n")
	b.Write(edges.Bytes())
	b.WriteString("<g><title>" + e(f.Controller) + " (controller)</title>")
	b.WriteString("<rect x=\"" + itoa(svgCtrlX) + "\" y=\"" + itoa(svgTop) + "\" width=\"" + itoa(svgCtrlW) + "\" height=\"" + itoa(svgCtrlH) +
		"\" rx=\"6\" fill=\"#ddf4ff\" stroke=\"#0969da\" stroke-width=\"2\"/>")
	b.WriteString("<text x=\"" + itoa(svgCtrlX+10) + "\" y=\"" + itoa(svgTop+22) + "\" font-weight=\"bold\">Controller</text>")
	b.WriteString("<text x=\"" + itoa(svgCtrlX+10) + "\" y=\"" + itoa(svgTop+42) + "\">" + e(clipLabel(f.Controller, 28)) + "</text></g>\n")
	b.Write(groups.Bytes())
	b.Write(dests.Bytes())
	// The legend: the line styles with their meaning.
	b.WriteString("<g><title>Legend</title>\n")
	b.WriteString("<text x=\"" + itoa(svgMargin) + "\" y=\"" + itoa(legendY+12) + "\" font-weight=\"bold\">Legend</text>\n")
	legend := []struct {
		colour, dash, width, text string
	}{
		{"#8c959f", "", "1", "disclosure to a recipient"},
		{statusColours[TransferValid], "", "3", "transfer valid on " + f.Date.String()},
		{statusColours[TransferInvalid], statusDashes[TransferInvalid], "3", "transfer invalid on " + f.Date.String()},
		{statusColours[TransferNotStated], statusDashes[TransferNotStated], "3", "transfer whose mechanism is not stated"},
	}
	for i, l := range legend {
		ly := legendY + 22 + i*20
		b.WriteString("<line x1=\"" + itoa(svgMargin) + "\" y1=\"" + itoa(ly) + "\" x2=\"" + itoa(svgMargin+60) + "\" y2=\"" + itoa(ly) +
			"\" stroke=\"" + l.colour + "\" stroke-width=\"" + l.width + "\"")
		if l.dash != "" {
			b.WriteString(" stroke-dasharray=\"" + l.dash + "\"")
		}
		b.WriteString("/><text x=\"" + itoa(svgMargin+70) + "\" y=\"" + itoa(ly+4) + "\">" + e(l.text) + "</text>\n")
	}
	b.WriteString("</g>\n</svg>\n")
	_, err := w.Write(b.Bytes())
	return err
}

// plural returns "1 transfer" or "2 transfers".
// plural is in consent_ledger.go: "1 recipient", "2 recipients".

func countRecipients(f *FlowGraph) int {
	n := 0
	for _, g := range f.Groups {
		n += len(g.Recipients)
	}
	return n
}

// regimeArea names the territory transfers leave: the UK for the UK
// regime from 2021-01-01 (the UK GDPR), the EEA before then and under the
// EU regime.
func regimeArea(f *FlowGraph) string {
	if f.Regime == basis.UK && f.Regime.InForce(basis.UKGDPR, f.Date.In(basis.UK.Location())) {
		return "UK"
	}
	return "EEA"
}

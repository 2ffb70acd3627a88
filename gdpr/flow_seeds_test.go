package gdpr_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/examples/registers"
	"github.com/dpmodel/dpmodel/gdpr"
)

// TestFlowSeeds draws the data flows of each bundled register at its
// notice date, as Mermaid and SVG, against golden files, and checks the
// SVG: well-formed XML, a title and a description, no script, no external
// resource.
func TestFlowSeeds(t *testing.T) {
	for _, name := range registers.Names() {
		t.Run(name, func(t *testing.T) {
			at := seedDate(t, name)
			f, err := gdpr.DataFlow(loadSeed(t, name), at)
			if err != nil {
				t.Fatal(err)
			}
			mm, svg := f.Mermaid(), f.SVG()
			goldenFile(t, filepath.Join("testdata", "flow", name+".mmd"), mm)
			goldenFile(t, filepath.Join("testdata", "flow", name+".svg"), svg)
			if !bytes.HasPrefix(mm, []byte("flowchart LR\n")) {
				t.Errorf("Mermaid does not start with flowchart LR")
			}
			for _, p := range checkSVG(svg) {
				t.Errorf("SVG: %s", p)
			}
			again, err := gdpr.DataFlow(loadSeed(t, name), at)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(mm, again.Mermaid()) || !bytes.Equal(svg, again.SVG()) {
				t.Error("drawing the same register twice gave different bytes")
			}
		})
	}
}

// checkSVG returns the problems of an SVG document.
func checkSVG(doc []byte) []string {
	var probs []string
	d := xml.NewDecoder(bytes.NewReader(doc))
	var first string
	var sawTitle, sawDesc bool
	depth := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return append(probs, "not well-formed: "+err.Error())
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			if first == "" {
				first = tok.Name.Local
			}
			if depth == 1 && tok.Name.Local == "title" {
				sawTitle = true
			}
			if depth == 1 && tok.Name.Local == "desc" {
				sawDesc = true
			}
			switch tok.Name.Local {
			case "script", "foreignObject", "image", "use", "style", "a":
				probs = append(probs, "element <"+tok.Name.Local+">")
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Name.Local, "on") || a.Name.Local == "href" || strings.Contains(a.Value, "url(") {
					probs = append(probs, "attribute "+a.Name.Local+"="+a.Value)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		}
	}
	if first != "svg" {
		probs = append(probs, "root element <"+first+">, want <svg>")
	}
	if !sawTitle || !sawDesc {
		probs = append(probs, "no <title> or <desc> child of <svg>")
	}
	return probs
}

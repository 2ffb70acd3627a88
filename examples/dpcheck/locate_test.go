package main

import (
	"testing"
)

const locateInput = `{
  "controller": {"name": "Ex", "evidence": {"quote": "We are Ex."}},
  "activities": [
    {"id": "a", "evidence": {"quote": "We do A."},
     "grounds": [{"basis": "contract"}, {"basis": "legitimate-interests", "lia": {"balancing": "ok"}}]},
    {"id": "b", "evidence": "just a string"}
  ],
  "rules": {"net-9.3": {"period": "P6Y", "evidence": {"locator": "section 9.3"}}},
  "ünïcode": {"x": "é", "y": "😀", "z": 1},
  "escaped\"name": {"v": "a\"b"}
}`

func TestLocate(t *testing.T) {
	doc, err := parseDocument([]byte(locateInput))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		path      string
		line, col int
		exact     bool
	}{
		{"", 1, 1, true},
		{"controller", 2, 17, true},
		{"controller.name", 2, 26, true},
		{"controller.dpo", 2, 17, false},
		{"activities[0]", 4, 5, true},
		{"activities[0].grounds[1].lia.balancing", 5, 96, true},
		{"activities[0].grounds[1].lia.missing", 5, 82, false},
		{"activities[0].grounds[7]", 5, 17, false},
		{"activities[1].id", 6, 12, true},
		{`rules["net-9.3"].period`, 8, 35, true},
		{`rules.net-9.3.period`, 8, 12, false}, // a dotted key must be written as a key
		{`["escaped\"name"].v`, 10, 26, true},
		{"ünïcode.z", 9, 46, true},
		{"nothing[", 1, 1, false},
		{`rules["unterminated`, 1, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			pos, exact := doc.locate(tt.path)
			if pos.Line != tt.line || pos.Column != tt.col || exact != tt.exact {
				t.Errorf("locate(%q) = %d:%d exact %v, want %d:%d exact %v", tt.path, pos.Line, pos.Column, exact, tt.line, tt.col, tt.exact)
			}
		})
	}
}

func TestColumn16(t *testing.T) {
	doc, err := parseDocument([]byte(locateInput))
	if err != nil {
		t.Fatal(err)
	}
	// Line 9: `  "ünïcode": {"x": "é", "y": "😀", "z": 1},`; the value 1 is
	// at byte column 46; before it are three 2-byte letters (one UTF-16
	// unit each) and one 4-byte emoji (two units): 45 bytes, 40 units.
	pos, _ := doc.locate("ünïcode.z")
	if want := 41; pos.Column16 != want {
		t.Errorf("UTF-16 column %d, want %d", pos.Column16, want)
	}
}

func TestEvidence(t *testing.T) {
	doc, err := parseDocument([]byte(locateInput))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ path, quote, owner string }{
		{"controller.dpo", "We are Ex.", "controller"},
		{"activities[0].grounds[1].lia", "We do A.", "activities[0]"},
		{"activities[1].purpose", "just a string", "activities[1]"},
		{`rules["net-9.3"].period`, "section 9.3", `rules["net-9.3"]`},
		{"unknown", "", ""},
	}
	for _, tt := range tests {
		q, owner := doc.evidence(tt.path)
		if q != tt.quote || owner != tt.owner {
			t.Errorf("evidence(%q) = %q from %q, want %q from %q", tt.path, q, owner, tt.quote, tt.owner)
		}
	}
}

func TestParseDocumentRejects(t *testing.T) {
	for _, in := range []string{"", "{", `{"a":}`, `{"a" 1}`, `[1,]`, `{"a":1}x`, `"open`, `{"a":1,}`} {
		if _, err := parseDocument([]byte(in)); err == nil {
			t.Errorf("parseDocument(%q) succeeded", in)
		}
	}
}

func TestParsePathRoundTrip(t *testing.T) {
	for _, p := range []string{"", "a", "a.b", "a[2].b[10].c", `rules["net-9.3"].period`, `a["x y"]["z"]`} {
		segs, ok := parsePath(p)
		if !ok {
			t.Fatalf("parsePath(%q) failed", p)
		}
		if got := formatPath(segs); !samePath(got, p) {
			t.Errorf("formatPath(parsePath(%q)) = %q", p, got)
		}
	}
	if !samePath(`rules["net"]`, "rules.net") {
		t.Error(`rules["net"] and rules.net are the same element`)
	}
}

func TestDates(t *testing.T) {
	doc, err := parseDocument([]byte(`{"a": "2024-03-21", "b": ["2025-01-01T10:00:00Z", "2025-13", "x"], "c": "2024-03-211"}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	doc.dates(func(path, date string) { got = append(got, path+"="+date) })
	want := []string{"a=2024-03-21", "b[0]=2025-01-01"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("dates = %q, want %q", got, want)
	}
}

func FuzzLocate(f *testing.F) {
	f.Add(locateInput, "activities[0].grounds[1].lia")
	f.Add(`{"a":[1,{"b":"c"}]}`, `a[1]["b"]`)
	f.Fuzz(func(t *testing.T, in, path string) {
		doc, err := parseDocument([]byte(in))
		if err != nil {
			return
		}
		pos, _ := doc.locate(path)
		if pos.Line < 1 || pos.Column < 1 || pos.Column16 < 1 || pos.Column16 > pos.Column {
			t.Fatalf("bad position %+v", pos)
		}
		doc.evidence(path)
	})
}

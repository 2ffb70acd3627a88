package main

import (
	"errors"
	"os"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

func TestReadAcceptedBad(t *testing.T) {
	tests := []struct {
		name, in string
		code     basis.Code
		path     string
		line     int
	}{
		{"unknown member", `{"accepted": [{"code": "x", "path": "", "reason": "r", "who": "w", "date": "2024-01-01", "until": "2025-01-01"}]}`,
			"dpcheck/json-unknown-member", "accepted[0].until", 1},
		{"bad date", `{"accepted": [{"code": "x", "path": "", "reason": "r", "who": "w", "date": "2024-02-30"}]}`,
			"dpcheck/json-bad-value", "accepted[0].date", 1},
		{"no reason", "{\"accepted\": [\n {\"code\": \"x\", \"path\": \"\", \"reason\": \" \", \"who\": \"w\", \"date\": \"2024-01-01\"}]}",
			codeAcceptedMissing, "accepted[0].reason", 2},
		{"no date", `{"accepted": [{"code": "x", "path": "", "reason": "r", "who": "w"}]}`,
			codeAcceptedMissing, "accepted[0].date", 1},
		{"repeated member", `{"accepted": [], "accepted": []}`, "dpcheck/json-duplicate-member", "accepted", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := readAccepted([]byte(tt.in))
			var ie *basis.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an InputError", err)
			}
			if ie.Code != tt.code || ie.Path != tt.path || ie.Line != tt.line || ie.Column < 1 {
				t.Errorf("got %s at %s %d:%d, want %s at %s line %d", ie.Code, ie.Path, ie.Line, ie.Column, tt.code, tt.path, tt.line)
			}
		})
	}
}

func FuzzReadAccepted(f *testing.F) {
	for _, name := range []string{"testdata/society.accepted.json", "testdata/badaccept.accepted.json"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		as, err := readAccepted(data)
		if err != nil {
			var ie *basis.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is not an InputError", err)
			}
			return
		}
		for _, a := range as {
			if a.Code == "" || a.Who == "" || a.Reason == "" || !a.Date.set {
				t.Fatalf("incomplete acceptance accepted: %+v", a)
			}
		}
	})
}

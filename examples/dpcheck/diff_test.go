package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/examples/registers"
)

// TestDiff: a new purpose and a new transfer must be told (exit 1); the
// same register twice has no changes (exit 0); a bad file is exit 2 with
// its position.
func TestDiff(t *testing.T) {
	dir := t.TempDir()
	old, err := registers.Source("net")
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(old, &m); err != nil {
		t.Fatal(err)
	}
	acts := m["activities"].([]any)
	m["activities"] = append(acts, map[string]any{"id": "alumni-survey", "purpose": "surveying former candidates"})
	changed, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	oldPath, newPath, badPath := filepath.Join(dir, "old.json"), filepath.Join(dir, "new.json"), filepath.Join(dir, "bad.json")
	for p, b := range map[string][]byte{oldPath: old, newPath: changed, badPath: []byte("{\n  \"regimes\": [\"uk\"],\n  \"Regimes\": []\n}\n")} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	now := func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		args   []string
		status int
		out    []string // substrings of stdout
		errOut []string // substrings of stderr
	}{
		{"new purpose", []string{"-diff", oldPath, newPath}, exitErrors,
			[]string{`activity "alumni-survey" added`, "tell first", "1 to tell people"}, nil},
		{"no change", []string{"-diff", oldPath, oldPath}, exitClean, []string{"No changes."}, nil},
		{"bad file", []string{"-diff", oldPath, badPath}, exitUnusable, nil, []string{"bad.json:3:3", "Regimes"}},
		{"one file", []string{"-diff", oldPath}, exitUnusable, nil, []string{"compares two register files"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := run(tt.args, &stdout, &stderr, now); got != tt.status {
				t.Errorf("exit status %d, want %d\nstdout:\n%s\nstderr:\n%s", got, tt.status, &stdout, &stderr)
			}
			for _, s := range tt.out {
				if !strings.Contains(stdout.String(), s) {
					t.Errorf("stdout lacks %q:\n%s", s, &stdout)
				}
			}
			for _, s := range tt.errOut {
				if !strings.Contains(stderr.String(), s) {
					t.Errorf("stderr lacks %q:\n%s", s, &stderr)
				}
			}
		})
	}
}

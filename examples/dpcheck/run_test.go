package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/ from the command's output")

// today is the clock of the tests: 2026-12-02 in London.
func today() time.Time { return time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC) }

// runFake runs the command with the fake register package.
func runFake(t *testing.T, c checker, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = runWith(c, args, &out, &errOut, today)
	return out.String(), errOut.String(), status
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("output differs from %s (-want +got):\n%s", path, diff)
	}
}

func TestGoldenFake(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
		status int
	}{
		{"fake-society.txt.golden", []string{"-at", "2026-11-23", "testdata/society.json"}, exitErrors},
		{"fake-society.json.golden", []string{"-at", "2026-11-23", "-format", "json", "testdata/society.json"}, exitErrors},
		{"fake-society.sarif.golden", []string{"-at", "2026-11-23", "-format", "sarif", "testdata/society.json"}, exitErrors},
		{"fake-timeline.txt.golden", []string{"-at", "2026-11-23", "-timeline", "2020-01-01..2027-12-31", "testdata/society.json"}, exitErrors},
		{"fake-timeline.json.golden", []string{"-at", "2026-11-23", "-format", "json", "-timeline", "2020-01-01..2027-12-31", "testdata/society.json"}, exitErrors},
		{"fake-good.txt.golden", []string{"testdata/good.json"}, exitClean},
		{"fake-bad.txt.golden", []string{"-at", "2026-11-23", "testdata/bad.json", "testdata/good.json"}, exitUnusable},
		{"fake-bad.sarif.golden", []string{"-at", "2026-11-23", "-format", "sarif", "testdata/bad.json"}, exitUnusable},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			out, _, status := runFake(t, fakeChecker{}, tt.args...)
			if status != tt.status {
				t.Errorf("exit status %d, want %d", status, tt.status)
			}
			golden(t, tt.golden, out)
		})
	}
}

package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/tour.golden from the tour's output")

// TestTour compares the tour's output with the golden file. Every line of it
// was checked by hand against the sources the packages cite (the ICO's
// method and the 2025-2027 bank holidays, the Privacy Shield's invalidation
// on 2020-07-16, NET's and STEM Learning's retention statements); run with
// -update after a deliberate change and read the diff.
func TestTour(t *testing.T) {
	var out bytes.Buffer
	if err := run(&out); err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "tour.golden")
	if *update {
		if err := os.WriteFile(golden, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out.String()); diff != "" {
		t.Errorf("tour output differs from %s (-want +got):\n%s", golden, diff)
	}
}

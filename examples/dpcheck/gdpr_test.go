package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// runReal runs the command as main does, with the register package.
func runReal(t *testing.T, args ...string) (stdout, stderr string, status int) {
	t.Helper()
	var out, errOut bytes.Buffer
	status = run(args, &out, &errOut, today)
	return out.String(), errOut.String(), status
}

// TestGoldenGDPR compares the command's output with the register package
// with the golden files; rerun with -update when the package's rules
// change, and read the diff.
func TestGoldenGDPR(t *testing.T) {
	tests := []struct {
		golden string
		args   []string
		status int
	}{
		{"gdpr-register.txt.golden", []string{"-at", "2026-11-23", "testdata/register.json"}, -1},
		{"gdpr-register.json.golden", []string{"-at", "2026-11-23", "-format", "json", "testdata/register.json"}, -1},
		{"gdpr-register.sarif.golden", []string{"-at", "2026-11-23", "-format", "sarif", "testdata/register.json"}, -1},
		{"gdpr-timeline.txt.golden", []string{"-at", "2026-11-23", "-timeline", "2020-01-01..2026-12-31", "testdata/register.json"}, -1},
		{"gdpr-bad.txt.golden", []string{"-at", "2026-11-23", "testdata/register-bad.json"}, exitUnusable},
		{"gdpr-bundled.txt.golden", []string{"-at", "2026-11-23"}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			out, _, status := runReal(t, tt.args...)
			if tt.status >= 0 && status != tt.status {
				t.Errorf("exit status %d, want %d", status, tt.status)
			}
			golden(t, tt.golden, out)
		})
	}
}

// TestGDPRStatus checks that the exit status follows the report: 1 with
// an error-severity finding not accepted, else 0.
func TestGDPRStatus(t *testing.T) {
	for _, args := range [][]string{
		{"-at", "2026-11-23", "-format", "json", "testdata/register.json"},
		{"-at", "2026-11-23", "-format", "json"},
		{"-at", "2019-06-02", "-format", "json"},
	} {
		out, stderr, status := runReal(t, args...)
		var rep struct {
			Summary    counts
			ExitStatus int
		}
		if err := json.Unmarshal([]byte(out), &rep); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, stderr)
		}
		want := exitClean
		if rep.Summary.Errors > 0 {
			want = exitErrors
		}
		if status != want || rep.ExitStatus != status {
			t.Errorf("%v: exit %d (report says %d), want %d for %+v", args, status, rep.ExitStatus, want, rep.Summary)
		}
	}
}

func TestGDPRSARIF(t *testing.T) {
	for _, args := range [][]string{
		{"-at", "2026-11-23", "-format", "sarif", "testdata/register.json"},
		{"-at", "2026-11-23", "-format", "sarif"},
		{"-format", "sarif", "testdata/register-bad.json"},
	} {
		out, _, _ := runReal(t, args...)
		var log any
		if err := json.Unmarshal([]byte(out), &log); err != nil {
			t.Fatal(err)
		}
		for _, p := range checkSARIF("sarifLog", "$", log) {
			t.Errorf("%v: %s", args, p)
		}
	}
}

// TestGDPRUnusable checks the real decoder's errors: file, line, column
// and path, and exit status 2.
func TestGDPRUnusable(t *testing.T) {
	_, stderr, status := runReal(t, "testdata/register-bad.json")
	want := `testdata/register-bad.json:9:19: at activities[0].grounds[0].basis: `
	if status != exitUnusable || !strings.Contains(stderr, want) || !strings.Contains(stderr, "legitimate-interests") {
		t.Errorf("exit %d, stderr:\n%s\nwant %q", status, stderr, want)
	}
	if strings.Contains(stderr, "basis.Basis") {
		t.Errorf("the message names a Go type:\n%s", stderr)
	}
}

// TestGDPRBundledHaveNoProblems checks that the five bundled registers
// are read and located: every finding has a line.
func TestGDPRBundledPositions(t *testing.T) {
	srcs, err := gdprChecker{}.bundled()
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) != 5 {
		t.Fatalf("%d bundled registers, want 5", len(srcs))
	}
	for _, src := range srcs {
		if _, err := os.Stat("../../" + src.name); err != nil {
			t.Errorf("bundled register %s is not at that path in the repository: %v", src.name, err)
		}
		for _, at := range []string{"2019-06-02", "2026-11-23"} {
			d, _ := parseDay(at)
			cf := check(gdprChecker{}, src, d)
			if cf.problem != nil {
				t.Errorf("%s: %s", src.name, cf.problem.describe())
				continue
			}
			for _, it := range cf.items {
				if it.pos.Line < 1 {
					t.Errorf("%s: finding %s at %s has no line", src.name, it.Code, it.Path)
				}
			}
		}
	}
}

// Example shows the checker's report for a register file it cannot use.
func Example() {
	var out, errOut bytes.Buffer
	status := run([]string{"-at", "2026-11-23", "testdata/register-bad.json"}, &out, &errOut,
		func() time.Time { return time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC) })
	fmt.Print(errOut.String())
	fmt.Println("exit status", status)
	// Output:
	// dpcheck: testdata/register-bad.json:9:19: at activities[0].grounds[0].basis: unknown code (value "legitimate-interest") (valid: consent, contract, legal-obligation, vital-interests, public-task, recognised-legitimate-interest, legitimate-interests) [gdpr/json-bad-value]
	// exit status 2
}

// TestGDPRAcceptingEveryErrorIsClean accepts, in a copy of the test
// register, every error-severity finding the checker reports, and checks
// that the copy then passes (exit status 0) with those findings shown as
// accepted.
func TestGDPRAcceptingEveryErrorIsClean(t *testing.T) {
	data, err := os.ReadFile("testdata/register.json")
	if err != nil {
		t.Fatal(err)
	}
	out, _, status := runReal(t, "-at", "2026-11-23", "-format", "json", "testdata/register.json")
	if status != exitErrors {
		t.Fatalf("the test register should have errors; exit %d", status)
	}
	var rep struct {
		Registers []struct {
			Findings []struct {
				Code, Severity, Path, Regime string
				Accepted                     any
			}
		}
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatal(err)
	}
	var reg map[string]any
	if err := json.Unmarshal(data, &reg); err != nil {
		t.Fatal(err)
	}
	accepted, _ := reg["accepted"].([]any)
	n := 0
	for _, f := range rep.Registers[0].Findings {
		if f.Severity == "error" && f.Accepted == nil {
			accepted = append(accepted, map[string]any{"code": f.Code, "path": f.Path, "regime": f.Regime,
				"reason": "Accepted for the test.", "by": "The test", "date": "2026-11-01"})
			n++
		}
	}
	reg["accepted"] = accepted
	copied, err := json.MarshalIndent(reg, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	name := t.TempDir() + "/register.json"
	if err := os.WriteFile(name, copied, 0o644); err != nil {
		t.Fatal(err)
	}
	out, stderr, status := runReal(t, "-at", "2026-11-23", name)
	if status != exitClean {
		t.Errorf("exit %d, want 0 once every error is accepted:\n%s%s", status, out, stderr)
	}
	if !strings.Contains(out, "0 errors") || !strings.Contains(out, fmt.Sprintf("%d accepted", n+1)) {
		t.Errorf("summary does not count the %d accepted errors:\n%s", n, out)
	}
	// Before the acceptances' date they do not apply.
	if _, _, status := runReal(t, "-at", "2026-10-31", name); status != exitErrors {
		t.Errorf("exit %d on 2026-10-31, before the acceptances, want 1", status)
	}
}

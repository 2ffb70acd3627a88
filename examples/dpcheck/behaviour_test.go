package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// TestUnusable checks that input the command cannot use gives exit
// status 2 and a message with the file, line, column and JSON path.
func TestUnusable(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		stderr []string // each must appear in stderr
	}{
		{"unknown member", []string{"testdata/bad.json"},
			[]string{"testdata/bad.json:8:7: at activities[0].purpse: ", "fake/json-unknown-member", "purpose"}},
		{"truncated", []string{"testdata/truncated.json"},
			[]string{"testdata/truncated.json:4:1: ", "fake/json-syntax"}},
		{"no such file", []string{"testdata/none.json"},
			[]string{"testdata/none.json: the file cannot be read: there is no such file"}},
		{"bad -at", []string{"-at", "2026-02-30", "testdata/good.json"}, []string{`-at "2026-02-30" is not a date`}},
		{"bad -format", []string{"-format", "xml", "testdata/good.json"}, []string{`-format "xml" is not a report form`}},
		{"bad -timeline", []string{"-timeline", "2026-01-01", "testdata/good.json"}, []string{"FROM..TO"}},
		{"backwards -timeline", []string{"-timeline", "2026-01-02..2026-01-01", "testdata/good.json"}, []string{"ends (2026-01-01) before it starts"}},
		{"unknown flag", []string{"-colour", "testdata/good.json"}, []string{"flag provided but not defined"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, stderr, status := runFake(t, fakeChecker{}, tt.args...)
			if status != exitUnusable {
				t.Errorf("exit status %d, want %d", status, exitUnusable)
			}
			for _, s := range tt.stderr {
				if !strings.Contains(stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
		})
	}
}

func TestHelp(t *testing.T) {
	_, stderr, status := runFake(t, fakeChecker{}, "-h")
	if status != exitClean || !strings.Contains(stderr, "Exit status: 0") || !strings.Contains(stderr, "-timeline") {
		t.Errorf("status %d, help:\n%s", status, stderr)
	}
}

// TestAccepted checks that accepted findings are shown as accepted and
// not counted, that an acceptance dated after the day checked does not
// apply yet, and that an acceptance of a finding no longer reported is
// listed.
func TestAccepted(t *testing.T) {
	type report struct {
		Registers []struct {
			Findings []struct {
				Code     string
				Path     string
				Accepted *struct{ By, Reason, Date string }
			}
			AcceptedNotFound []struct{ Code, Path string }
			Summary          counts
		}
		ExitStatus int
	}
	decode := func(t *testing.T, at string) report {
		out, _, _ := runFake(t, fakeChecker{}, "-format", "json", "-at", at, "testdata/society.json")
		var r report
		if err := json.Unmarshal([]byte(out), &r); err != nil {
			t.Fatal(err)
		}
		return r
	}
	t.Run("after the acceptance", func(t *testing.T) {
		r := decode(t, "2026-11-23")
		reg := r.Registers[0]
		if want := (counts{Errors: 2, Accepted: 2}); reg.Summary != want {
			t.Errorf("summary %+v, want %+v", reg.Summary, want)
		}
		n := 0
		for _, f := range reg.Findings {
			if f.Accepted != nil {
				n++
				if f.Accepted.By != "Jane Smith, Data Protection Officer" || f.Accepted.Date != "2024-05-02" {
					t.Errorf("accepted %+v", f.Accepted)
				}
			}
		}
		if n != 2 || len(reg.AcceptedNotFound) != 0 {
			t.Errorf("%d accepted findings and %d acceptances not found, want 2 and 0", n, len(reg.AcceptedNotFound))
		}
	})
	t.Run("before the acceptance", func(t *testing.T) {
		// On 2024-05-01 neither acceptance (dated 2024-05-02) applies;
		// the old clauses already fail (2024-03-21) and the 2027 contract
		// is not concluded; recognised legitimate interests are not yet a
		// basis.
		r := decode(t, "2024-05-01")
		reg := r.Registers[0]
		if want := (counts{Errors: 3, Warnings: 1, Infos: 1}); reg.Summary != want {
			t.Errorf("summary %+v, want %+v", reg.Summary, want)
		}
		if len(reg.AcceptedNotFound) != 2 || r.ExitStatus != exitErrors {
			t.Errorf("acceptances not applied: %+v, exit %d", reg.AcceptedNotFound, r.ExitStatus)
		}
	})
	t.Run("accepting every error gives exit 0", func(t *testing.T) {
		cf := &checkedFile{name: "x"}
		fs := basis.Findings{{Code: "fake/x", Severity: basis.Error, Path: "a[0]"}}
		accepted := []acceptance{{Code: "fake/x", Path: "a[0]", Reason: "r", Who: "w", Date: day{civil.MustParse("2024-01-01"), true}}}
		cf.items = cf.describe(fs, accepted, civil.MustParse("2024-01-01"))
		if n := cf.counts(); n != (counts{Accepted: 1}) {
			t.Errorf("counts %+v", n)
		}
	})
}

// TestNoFile checks the bundled registers: a clear message when there
// are none, and every one checked when there are.
func TestNoFile(t *testing.T) {
	_, stderr, status := runFake(t, fakeChecker{})
	if status != exitUnusable || !strings.Contains(stderr, "no bundled registers") || !strings.Contains(stderr, "name one or more register files") {
		t.Errorf("status %d, stderr:\n%s", status, stderr)
	}
	out, _, status := runFake(t, fakeChecker{bundledDir: "testdata/bundled"}, "-at", "2026-11-23")
	if status != exitErrors {
		t.Errorf("status %d, want %d", status, exitErrors)
	}
	golden(t, "fake-bundled.txt.golden", out)
}

// TestDeterministic checks that the JSON and SARIF reports are the same
// bytes on every run.
func TestDeterministic(t *testing.T) {
	for _, format := range []string{"json", "sarif", "text"} {
		args := []string{"-at", "2026-11-23", "-format", format, "-timeline", "2020-01-01..2027-12-31", "testdata/society.json", "testdata/good.json"}
		first, _, _ := runFake(t, fakeChecker{}, args...)
		for range 3 {
			if again, _, _ := runFake(t, fakeChecker{}, args...); again != first {
				t.Fatalf("%s output differs between runs", format)
			}
		}
	}
}

// TestDefaultDate checks that the day checked is today in London and is
// printed.
func TestDefaultDate(t *testing.T) {
	out, _, _ := runFake(t, fakeChecker{}, "testdata/good.json")
	if !strings.Contains(out, "as it stood on 2026-12-02.") || !strings.Contains(out, "That is today") {
		t.Errorf("output does not give today's date:\n%s", out)
	}
}

// TestMechanismEvents checks the mechanism windows found from the
// recipient package's transfer check against the dates it documents.
func TestMechanismEvents(t *testing.T) {
	evs := mechanismEvents(civil.MustParse("2015-01-01"), civil.MustParse("2027-01-01"))
	want := []struct {
		date   string
		regime basis.Regime
		verb   string
		what   string
	}{
		// The UK's old clauses: "until 21 March 2024", so no longer from
		// that day (the ICO's transitional provisions), new contracts only
		// to 2022-09-21.
		{"2024-03-21", basis.UK, "can no longer be relied on for UK transfers", "Decision 2010/87/EU"},
		{"2022-09-22", basis.UK, "can no longer be used for new contracts for UK transfers", "Decision 2010/87/EU"},
		// The EU's old clauses: "until 27 December 2022", so no longer from
		// that day; new contracts to 2021-09-26 (Implementing Decision (EU)
		// 2021/914 Art. 4).
		{"2022-12-27", basis.EU, "can no longer be relied on for EU transfers", "Decision 2004/915/EC"},
		{"2021-09-27", basis.EU, "can no longer be used for new contracts for EU transfers", "Decision 2001/497/EC"},
		// The IDTA from 2022-03-21; the 2021 clauses from 2021-06-27;
		// the Privacy Shield invalid from 2020-07-16 (C-311/18).
		{"2022-03-21", basis.UK, "can be relied on for UK transfers", "International Data Transfer Agreement"},
		{"2021-06-27", basis.EU, "can be relied on for EU transfers", "2021/914"},
		{"2020-07-16", basis.EU, "can no longer be relied on for EU transfers", "Privacy Shield"},
		{"2023-07-10", basis.EU, "can be relied on for EU transfers", "Data Privacy Framework"},
	}
	for _, w := range want {
		found := false
		for _, e := range evs {
			if e.date.String() == w.date && e.regime == w.regime && strings.TrimSpace(e.verb) == w.verb && strings.Contains(e.subject, w.what) {
				found = true
			}
		}
		if !found {
			t.Errorf("no event on %s (%v) saying %q of %q", w.date, w.regime, w.verb, w.what)
		}
	}
	for _, e := range evs {
		if e.verb == " can be relied on for UK transfers" && strings.Contains(e.subject, "2021/914") {
			t.Errorf("the 2021 EU clauses are not a UK mechanism, but %v says %q", e.date, e.subject+e.verb)
		}
	}
}

func TestRelevant(t *testing.T) {
	evs := []event{
		{label: "a", regime: basis.UK, article: "UK GDPR Art. 6(1)(ea); DUAA 2025 s.70"},
		{label: "b", regime: basis.UK, article: "PECR reg. 6"},
		{label: "c", regime: basis.EU, article: "Art. 45"},
		{label: "d", path: "transfers[1].concluded"},
		{label: "e", regime: basis.UK, article: "PECR reg. 22(3A)"},
		{label: "f", regime: basis.UK},
		{label: "g", regime: basis.UK, article: "UK GDPR Arts. 22A-22D; DUAA 2025 s.80"},
		{label: "h", regime: basis.UK, article: "UK GDPR Art. 44A; DUAA 2025 Sch. 7"},
	}
	tests := []struct {
		f    basis.Finding
		want string
	}{
		{basis.Finding{Regime: basis.UK, Article: "UK GDPR Art. 6(1)(ea)", Path: "activities[0]"}, "a"},
		{basis.Finding{Regime: basis.UK, Article: "UK GDPR Art. 13", Path: "activities[0]"}, "a; b; e; and 3 other changes in the law"},
		{basis.Finding{Regime: basis.UK, Article: "UK GDPR Art. 22(1)-(2)"}, "g"},
		{basis.Finding{Regime: basis.UK, Article: "UK GDPR Art. 46(1A)(a)(ii), 46(6)-(7)"}, "h"},
		{basis.Finding{Regime: basis.EU, Article: "GDPR Art. 45(1)"}, "c"},
		{basis.Finding{Path: "transfers[1].mechanism"}, "d"},
		{basis.Finding{Path: "activities[0]", Related: []string{"transfers[1]"}}, "d"},
	}
	for _, tt := range tests {
		if got := strings.Join(relevant(evs, tt.f), "; "); got != tt.want {
			t.Errorf("relevant(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

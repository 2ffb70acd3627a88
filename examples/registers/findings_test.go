package registers_test

import (
	"bufio"
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/examples/registers"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
)

// update rewrites the finding lines of testdata/*.findings from what
// gdpr.Validate reports, keeping the reasons of the lines that stay and
// marking every new line "# why: TODO".
var update = flag.Bool("update", false, "rewrite the finding lines of testdata/*.findings, keeping existing reasons")

// Today is the second date every register is judged as of.
var today = gdpr.Date{Year: 2026, Month: 11, Day: 23}

// at is the instant Validate is asked about for date d: noon UTC, which is
// the same calendar date in London and in Brussels.
func at(d gdpr.Date) time.Time { return d.In(time.UTC).Add(12 * time.Hour) }

// key is what an expectation asserts of a finding: its regime, severity,
// code and path. Article, value and message are prose or detail and may
// change without the expectation changing.
type key struct {
	regime   basis.Regime
	severity basis.Severity
	code     basis.Code
	path     string
}

func (k key) String() string {
	return fmt.Sprintf("[%s] %s %s %s", k.regime, k.severity, k.code, k.path)
}

func keyOf(f gdpr.Finding) key { return key{f.Regime, f.Severity, f.Code, f.Path} }

func compareKeys(a, b key) int {
	return cmp.Or(cmp.Compare(a.regime, b.regime), strings.Compare(a.path, b.path),
		strings.Compare(string(a.code), string(b.code)), cmp.Compare(a.severity, b.severity))
}

// expectation is one finding line of a .findings file with the comment
// lines that follow it (its reason) and its line number.
type expectation struct {
	key
	line    int
	reasons []string // comment lines, each starting with "#", the trailing one included
}

// expectFile is a parsed .findings file: its header (the comment lines
// before the first finding) and its expectations, in the file's order.
//
// The format, one finding per line, under a "[regime]" line that sets the
// regime of the lines below it:
//
//	# header comment
//	[uk]
//	severity code path  # why: the reason, citing the notice
//	# further reason lines; "# changed YYYY-MM-DD: ..." names a change in law
//
// Blank lines are ignored. A comment after a finding, trailing or on the
// lines below it, belongs to that finding.
type expectFile struct {
	header []string
	items  []expectation
}

// readExpect parses a .findings file.
func readExpect(path string) (*expectFile, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	ef := &expectFile{}
	var regime basis.Regime
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "":
			continue
		case strings.HasPrefix(line, "#"):
			if len(ef.items) == 0 {
				ef.header = append(ef.header, line)
			} else {
				it := &ef.items[len(ef.items)-1]
				it.reasons = append(it.reasons, line)
			}
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			r, err := basis.ParseRegime(line[1 : len(line)-1])
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, n, err)
			}
			regime = r
			continue
		}
		var trailing string
		if i := strings.Index(line, " #"); i >= 0 {
			line, trailing = strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+1:])
		}
		fields := strings.SplitN(line, " ", 3)
		if len(fields) != 3 {
			return nil, fmt.Errorf("%s:%d: want \"severity code path\", got %q", path, n, line)
		}
		sev, err := basis.ParseSeverity(fields[0])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		if regime == 0 {
			return nil, fmt.Errorf("%s:%d: a finding before any [regime] line", path, n)
		}
		it := expectation{key: key{regime, sev, basis.Code(fields[1]), strings.TrimSpace(fields[2])}, line: n}
		if trailing != "" {
			it.reasons = append(it.reasons, trailing)
		}
		ef.items = append(ef.items, it)
	}
	return ef, sc.Err()
}

// write renders the file: header, then the expectations grouped by
// regime in the order of compareKeys, each followed by its reasons.
func (ef *expectFile) write() []byte {
	var b bytes.Buffer
	for _, h := range ef.header {
		b.WriteString(h + "\n")
	}
	items := slices.Clone(ef.items)
	slices.SortStableFunc(items, func(a, b expectation) int { return compareKeys(a.key, b.key) })
	var regime basis.Regime
	for _, it := range items {
		if it.regime != regime {
			regime = it.regime
			fmt.Fprintf(&b, "\n[%s]\n", regime)
		}
		fmt.Fprintf(&b, "\n%s %s %s\n", it.severity, it.code, it.path)
		for _, r := range it.reasons {
			b.WriteString(r + "\n")
		}
	}
	return b.Bytes()
}

// explained reports whether the reasons say why the finding holds, quote
// the notice, and none is a TODO.
func explained(reasons []string) (bool, string) {
	why := false
	for _, r := range reasons {
		if strings.Contains(r, "TODO") {
			return false, "a reason is still TODO"
		}
		if strings.HasPrefix(r, "# why:") && len(strings.TrimSpace(strings.TrimPrefix(r, "# why:"))) > 0 {
			why = true
		}
	}
	if !why {
		return false, "no \"# why:\" line"
	}
	quotes := false
	for _, r := range reasons {
		quotes = quotes || strings.Count(r, `"`) >= 2
	}
	if !quotes {
		return false, "the reasons quote no words of the notice (in double quotes)"
	}
	return true, ""
}

// judged is one register judged as of one date.
type judged struct {
	org  registers.Organisation
	date gdpr.Date
	file string
	fs   gdpr.Findings
}

// judge validates every register as of its notice's date and as of today.
func judge(t *testing.T) []judged {
	t.Helper()
	var out []judged
	for o, r := range registers.All() {
		if r == nil {
			_, err := registers.Load(o.Name)
			t.Fatalf("%s: %v", o.Name, err)
		}
		for _, d := range []gdpr.Date{o.Date, today} {
			out = append(out, judged{org: o, date: d,
				file: filepath.Join("testdata", o.Name+"-"+d.String()+".findings"),
				fs:   gdpr.Validate(r, at(d))})
		}
	}
	return out
}

// TestFindings validates each register as of its notice's date and as of
// 2026-11-23 and compares the set of (regime, severity, code, path) of the
// findings with testdata/<name>-<date>.findings, where each expected
// finding carries the reason it holds, citing the notice. With -update the
// finding lines are rewritten from the findings, reasons kept.
func TestFindings(t *testing.T) {
	for _, j := range judge(t) {
		t.Run(j.org.Name+"@"+j.date.String(), func(t *testing.T) {
			got := map[key][]gdpr.Finding{}
			for _, f := range j.fs {
				got[keyOf(f)] = append(got[keyOf(f)], f)
			}
			for k, fs := range got {
				if len(fs) > 1 {
					t.Errorf("%s: reported %d times (the set compared has it once):\n\t%v", k, len(fs), fs)
				}
			}
			ef, err := readExpect(j.file)
			if *update {
				if err != nil && !os.IsNotExist(err) {
					t.Fatal(err)
				}
				if ef == nil {
					ef = &expectFile{header: []string{
						fmt.Sprintf("# %s (%s) judged as of %s by gdpr.Validate.", j.org.Name, j.org.Title, j.date),
						"# One finding per line: severity code path, under its [regime];",
						"# each is followed by why it holds (quoting the notice, seed " + j.org.Seed + ").",
					}}
				}
				if added := rewrite(t, j, ef, got); added > 0 {
					t.Errorf("%s: %d new finding lines marked \"# why: TODO\"; write why each holds, citing the notice", j.file, added)
				}
				return
			}
			if err != nil {
				t.Fatalf("%v (run go test -run TestFindings -update to create it)", err)
			}
			want := map[key]expectation{}
			for _, it := range ef.items {
				if prev, ok := want[it.key]; ok {
					t.Errorf("%s:%d: %s listed twice (first at line %d)", j.file, it.line, it.key, prev.line)
				}
				want[it.key] = it
				if ok, why := explained(it.reasons); !ok {
					t.Errorf("%s:%d: %s: unexplained: %s", j.file, it.line, it.key, why)
				}
			}
			var missing, unexpected []string
			for k, it := range want {
				if _, ok := got[k]; !ok {
					missing = append(missing, fmt.Sprintf("%s:%d: %s\n\t\t%s", j.file, it.line, k, strings.Join(it.reasons, "\n\t\t")))
				}
			}
			for k, fs := range got {
				if _, ok := want[k]; !ok {
					unexpected = append(unexpected, fmt.Sprintf("%s\n\t\t%s (%s)", k, fs[0].Message, fs[0].Article))
				}
			}
			slices.Sort(missing)
			slices.Sort(unexpected)
			if len(missing)+len(unexpected) > 0 {
				var b strings.Builder
				fmt.Fprintf(&b, "%s as of %s: findings differ from %s\n", j.org.Name, j.date, j.file)
				if len(missing) > 0 {
					fmt.Fprintf(&b, "  missing (expected, not reported): %d\n", len(missing))
					for _, m := range missing {
						b.WriteString("\t- " + m + "\n")
					}
				}
				if len(unexpected) > 0 {
					fmt.Fprintf(&b, "  unexpected (reported, not expected): %d\n", len(unexpected))
					for _, u := range unexpected {
						b.WriteString("\t+ " + u + "\n")
					}
				}
				b.WriteString("  (go test -run TestFindings -update rewrites the lines, keeping reasons; explain each new one)")
				t.Error(b.String())
			}
		})
	}
}

// rewrite writes j's expectations from the findings got: the lines that
// stay keep their reasons; a finding whose severity alone changed keeps
// its old reasons under a TODO; every other new line is "# why: TODO".
// It returns the number of lines marked TODO.
func rewrite(t *testing.T, j judged, ef *expectFile, got map[key][]gdpr.Finding) (added int) {
	t.Helper()
	old := map[key]expectation{}
	loose := map[key]expectation{} // severity cleared
	for _, it := range ef.items {
		old[it.key] = it
		k := it.key
		k.severity = 0
		loose[k] = it
	}
	var items []expectation
	dropped := 0
	for k := range got {
		it := expectation{key: k}
		if prev, ok := old[k]; ok {
			it.reasons = prev.reasons
		} else {
			added++
			lk := k
			lk.severity = 0
			if prev, ok := loose[lk]; ok {
				it.reasons = append([]string{"# why: TODO severity was " + prev.severity.String() + "; review the reasons below"}, prev.reasons...)
			} else {
				it.reasons = []string{"# why: TODO (" + got[k][0].Message + "; " + got[k][0].Article + ")"}
			}
		}
		items = append(items, it)
	}
	for k := range old {
		if _, ok := got[k]; !ok {
			dropped++
		}
	}
	ef.items = items
	if err := os.MkdirAll("testdata", 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(j.file, ef.write(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d findings, %d new (marked TODO), %d dropped", j.file, len(items), added, dropped)
	return added
}

// TestFindingsFiles checks that every file in testdata is one TestFindings
// reads, so that no stale expectation lingers.
func TestFindingsFiles(t *testing.T) {
	want := map[string]bool{}
	for _, j := range judge(t) {
		want[j.file] = true
	}
	files, err := filepath.Glob(filepath.Join("testdata", "*.findings"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if !want[f] {
			t.Errorf("%s is read by no test (registers are judged as of their notice's date and %s)", f, today)
		}
	}
}

// under returns the findings whose path is path or lies under it, as keys.
func under(fs gdpr.Findings, path string) []key {
	var out []key
	for _, f := range fs {
		if f.Path == path || strings.HasPrefix(f.Path, path+".") || strings.HasPrefix(f.Path, path+"[") {
			out = append(out, keyOf(f))
		}
	}
	return out
}

// transferIndex returns the index of the transfer with the given id.
func transferIndex(t *testing.T, r *gdpr.Register, id string) int {
	t.Helper()
	for i := range r.Transfers {
		if r.Transfers[i].ID == id {
			return i
		}
	}
	t.Fatalf("no transfer %q", id)
	return -1
}

// activityIndex returns the index of the activity with the given id.
func activityIndex(t *testing.T, r *gdpr.Register, id string) int {
	t.Helper()
	for i := range r.Activities {
		if r.Activities[i].ID == id {
			return i
		}
	}
	t.Fatalf("no activity %q", id)
	return -1
}

// hasKey reports whether ks holds a finding of the code at the path with
// the severity.
func hasKey(ks []key, sev basis.Severity, code basis.Code, path string) bool {
	return slices.ContainsFunc(ks, func(k key) bool { return k.severity == sev && k.code == code && k.path == path })
}

// TestDateDependent checks the differences the change in law between a
// notice's date and 2026-11-23 makes, on the registers as they are and, for
// NET's hedged safeguards, on readings of the notice's sentence.
func TestDateDependent(t *testing.T) {
	t.Run("stem-privacy-shield", func(t *testing.T) {
		// STEM §7: "For example, if using a service in the US is it signed
		// up to the EU-US Privacy Shield." Implementing Decision (EU)
		// 2016/1250 was in force on 2019-06-02; the CJEU declared it
		// invalid on 2020-07-16 (C-311/18, Schrems II), and the UK kept no
		// Privacy Shield (its US bridge is the UK Extension to the DPF,
		// S.I. 2023/1028, for certified recipients only).
		r, err := registers.Load("stem")
		if err != nil {
			t.Fatal(err)
		}
		p := fmt.Sprintf("transfers[%d]", transferIndex(t, r, "us-privacy-shield"))
		then := under(gdpr.Validate(r, at(registers.STEMDate)), p)
		if len(then) != 0 {
			t.Errorf("as of %s the Privacy Shield transfer is valid, got %v", registers.STEMDate, then)
		}
		now := under(gdpr.Validate(r, at(today)), p)
		if !hasKey(now, basis.Error, "recipient/invalidated", p+".mechanism") {
			t.Errorf("as of %s the Privacy Shield transfer is invalid (recipient/invalidated at %s.mechanism), got %v", today, p, now)
		}
	})
	t.Run("net-automated-decisions", func(t *testing.T) {
		// NET §7.2: "We use automated decision making as part of the
		// process to confirm whether or not a Candidate has passed", with
		// no Art. 22(2) exception stated and §7.3's safeguards ("disagree
		// with the decision, or request human intervention"). On
		// 2020-11-05 Art. 22(1)-(2) forbade such a decision without an
		// exception, and the register records none (not evidenced: Info,
		// since Art. 13(2)(f) does not ask for it to be told); from
		// 2026-02-05 UK Arts. 22A-22D (DUAA 2025 s.80) allow it, without
		// special category data, given the Art. 22C safeguards, which are
		// recorded.
		r, err := registers.Load("net")
		if err != nil {
			t.Fatal(err)
		}
		p := fmt.Sprintf("activities[%d].automated", activityIndex(t, r, "candidate-assessment"))
		then := under(gdpr.Validate(r, at(registers.NETDate)), p)
		if !hasKey(then, basis.Info, "gdpr/adm-exception-missing", p+".exception") {
			t.Errorf("as of %s: want gdpr/adm-exception-missing at %s.exception, got %v", registers.NETDate, p, then)
		}
		now := under(gdpr.Validate(r, at(today)), p)
		for _, k := range now {
			if k.severity >= basis.Warning {
				t.Errorf("as of %s the decisions meet Arts. 22A-22D (safeguards recorded), got %v", today, k)
			}
		}
		// Without the recorded safeguards, Art. 22C is what is missing.
		r.Activities[activityIndex(t, r, "candidate-assessment")].Automated.Safeguards = nil
		now = under(gdpr.Validate(r, at(today)), p)
		if !hasKey(now, basis.Warning, "gdpr/adm-safeguards-missing", p+".safeguards") {
			t.Errorf("as of %s with no safeguards: want gdpr/adm-safeguards-missing (UK Art. 22C), got %v", today, now)
		}
	})
	t.Run("net-transfers", func(t *testing.T) {
		// NET §8 c): "Where data is transferred outside of the UK, the
		// transfers will be appropriately safeguarded. As data is only
		// stored in the UK, EU or EEA countries, most likely these
		// safeguards will be EU Standard Contractual Clauses." The register
		// records no destination and no mechanism, so neither date gives a
		// transfer finding; the readings below give the hedged clauses a
		// destination and an edition to show what the date changes.
		r, err := registers.Load("net")
		if err != nil {
			t.Fatal(err)
		}
		i := transferIndex(t, r, "outside-uk")
		p := fmt.Sprintf("transfers[%d]", i)
		for _, d := range []gdpr.Date{registers.NETDate, today} {
			if got := under(gdpr.Validate(r, at(d)), p); len(got) != 0 {
				t.Errorf("as modelled, as of %s: no transfer finding, got %v", d, got)
			}
		}
		// Reading 1: "transferred outside of the UK" to unnamed third
		// countries under the EU clauses of 2010 (Decision 2010/87/EU, the
		// only edition on 2020-11-05). Valid then (the UK was still under
		// the EU GDPR); for UK transfers the old clauses lapsed on
		// 2024-03-21 (DPA 2018 Sch. 21 paras 7-8; the Commissioner's
		// transitional provisions under s.119A).
		r1, _ := registers.Load("net")
		r1.Transfers[i].AnyThirdCountry = true
		r1.Transfers[i].Mechanism = mustMechanism(t, "eu-scc-2010")
		then := under(gdpr.Validate(r1, at(registers.NETDate)), p+".mechanism")
		for _, k := range then {
			if k.severity == basis.Error {
				t.Errorf("2010 clauses as of %s are valid, got %v", registers.NETDate, k)
			}
		}
		now := under(gdpr.Validate(r1, at(today)), p+".mechanism")
		if !slices.ContainsFunc(now, func(k key) bool { return k.severity == basis.Error }) {
			t.Errorf("2010 clauses as of %s lapsed for UK transfers (2024-03-21), got %v", today, now)
		}
		// Reading 2: the EU clauses of 2021 (Implementing Decision (EU)
		// 2021/914) did not exist on 2020-11-05, and on their own, without
		// the UK Addendum (in force 2022-03-21), never serve for UK
		// transfers.
		r2, _ := registers.Load("net")
		r2.Transfers[i].AnyThirdCountry = true
		r2.Transfers[i].Mechanism = mustMechanism(t, "eu-scc-2021")
		for _, d := range []gdpr.Date{registers.NETDate, today} {
			got := under(gdpr.Validate(r2, at(d)), p+".mechanism")
			if !slices.ContainsFunc(got, func(k key) bool { return k.severity == basis.Error }) {
				t.Errorf("2021 EU clauses alone for a UK transfer as of %s: want an error, got %v", d, got)
			}
		}
		// Reading 3: the UK Addendum to the 2021 clauses: not yet made on
		// 2020-11-05, valid on 2026-11-23.
		r3, _ := registers.Load("net")
		r3.Transfers[i].AnyThirdCountry = true
		r3.Transfers[i].Mechanism = mustMechanism(t, "uk-addendum")
		then = under(gdpr.Validate(r3, at(registers.NETDate)), p+".mechanism")
		if !slices.ContainsFunc(then, func(k key) bool { return k.severity == basis.Error }) {
			t.Errorf("UK Addendum as of %s (before 2022-03-21): want an error, got %v", registers.NETDate, then)
		}
		now = under(gdpr.Validate(r3, at(today)), p+".mechanism")
		for _, k := range now {
			if k.severity == basis.Error {
				t.Errorf("UK Addendum as of %s is valid, got %v", today, k)
			}
		}
	})
	t.Run("pecr-analytics", func(t *testing.T) {
		// IET "Tracking your behaviour on IET websites": "the IET uses
		// Google Analytics", no consent stated. Before 2026-02-05 PECR
		// reg. 6 required consent for analytics (Warning); from then
		// Sch. A1 (DUAA 2025 s.112) may exempt statistical purposes, so
		// the gap is only not evidenced (Info).
		r, err := registers.Load("iet")
		if err != nil {
			t.Fatal(err)
		}
		p := fmt.Sprintf("activities[%d].devices[0]", activityIndex(t, r, "website-analytics"))
		if got := under(gdpr.Validate(r, at(registers.IETDate)), p); !hasKey(got, basis.Warning, "gdpr/device-consent-missing", p) {
			t.Errorf("as of %s: want a warning, got %v", registers.IETDate, got)
		}
		if got := under(gdpr.Validate(r, at(today)), p); !hasKey(got, basis.Info, "gdpr/device-consent-missing", p) {
			t.Errorf("as of %s: want info, got %v", today, got)
		}
	})
	t.Run("complaints-route", func(t *testing.T) {
		// DPA 2018 s.164A (DUAA 2025 s.103; S.I. 2026/82 reg. 3), in force
		// 2026-06-19: a controller must facilitate complaints to itself.
		// SOE's and STEM's notices offer no complaint to the controller.
		for _, name := range []string{"soe", "stem"} {
			o, _ := registers.Lookup(name)
			r, err := registers.Load(name)
			if err != nil {
				t.Fatal(err)
			}
			if got := under(gdpr.Validate(r, at(o.Date)), "controller.complaints"); len(got) != 0 {
				t.Errorf("%s as of %s: s.164A not in force, got %v", name, o.Date, got)
			}
			if got := under(gdpr.Validate(r, at(today)), "controller.complaints"); !hasKey(got, basis.Info, "gdpr/complaints-route-missing", "controller.complaints") {
				t.Errorf("%s as of %s: want gdpr/complaints-route-missing, got %v", name, today, got)
			}
		}
	})
}

func mustMechanism(t *testing.T, code string) recipient.Mechanism {
	t.Helper()
	m, err := recipient.ParseMechanism(code)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestCitationsOfTheDate checks that no finding cites a provision that did
// not exist on the date the register is judged as of: "UK GDPR" before
// 2021-01-01 (the UK applied the EU GDPR until the end of the transition
// period; the UK GDPR exists from then, S.I. 2019/419), and the provisions
// DUAA 2025 inserted before they were in force (S.I. 2026/82 reg. 2:
// 2026-02-05; reg. 3: 2026-06-19).
func TestCitationsOfTheDate(t *testing.T) {
	provisions := []struct {
		text   string
		from   gdpr.Date
		source string
	}{
		{"UK GDPR", gdpr.Date{Year: 2021, Month: 1, Day: 1}, "S.I. 2019/419; the transition period ended 2020-12-31"},
		{"Sch. A1", gdpr.Date{Year: 2026, Month: 2, Day: 5}, "PECR Sch. A1, inserted by DUAA 2025 s.112"},
		{"Art. 44A", gdpr.Date{Year: 2026, Month: 2, Day: 5}, "UK GDPR Art. 44A, DUAA 2025 Sch. 7"},
		{"Art. 45A", gdpr.Date{Year: 2026, Month: 2, Day: 5}, "UK GDPR Art. 45A, DUAA 2025 Sch. 7"},
		{"s.164A", gdpr.Date{Year: 2026, Month: 6, Day: 19}, "DPA 2018 s.164A, DUAA 2025 s.103"},
	}
	for _, j := range judge(t) {
		for _, f := range j.fs {
			for _, p := range provisions {
				if j.date.Before(p.from) && strings.Contains(f.Article, p.text) {
					t.Errorf("%s as of %s: %s %s cites %q; %q is in force only from %s (%s)",
						j.org.Name, j.date, f.Code, f.Path, f.Article, p.text, p.from, p.source)
				}
			}
		}
	}
}

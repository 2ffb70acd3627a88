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

// explained reports whether the reasons say why the finding holds and
// none is a TODO.
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
				rewrite(t, j, ef, got)
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
func rewrite(t *testing.T, j judged, ef *expectFile, got map[key][]gdpr.Finding) {
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
	added, dropped := 0, 0
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

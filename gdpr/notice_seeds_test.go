package gdpr_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/examples/registers"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/google/go-cmp/cmp"
)

// updating reports whether the test binary runs with -update. The flag is
// defined in json_test.go of this package, which may move, so it is
// looked up rather than named.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// goldenFile compares got with the file at path, or rewrites the file with
// -update.
func goldenFile(t *testing.T, path string, got []byte) {
	t.Helper()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./gdpr -run %s -update to create it)", err, t.Name())
	}
	if !bytes.Equal(want, got) {
		t.Errorf("%s differs (run with -update if intended):\n%s", path, cmp.Diff(string(want), string(got)))
	}
}

// seedDate is the date each bundled register is judged as of, at midnight
// in London.
func seedDate(t *testing.T, name string) time.Time {
	t.Helper()
	o, ok := registers.Lookup(name)
	if !ok {
		t.Fatalf("no bundled register %q", name)
	}
	return o.Date.In(basis.UK.Location())
}

func loadSeed(t *testing.T, name string) *gdpr.Register {
	t.Helper()
	reg, err := registers.Load(name)
	if err != nil {
		t.Fatal(err)
	}
	return reg
}

// TestNoticeSeeds renders the notice of each bundled register at its
// notice date, as Markdown and HTML, against golden files, lints the HTML
// and checks that rendering is deterministic.
func TestNoticeSeeds(t *testing.T) {
	for _, name := range registers.Names() {
		t.Run(name, func(t *testing.T) {
			reg := loadSeed(t, name)
			at := seedDate(t, name)
			doc, err := gdpr.NoticeOf(reg, at)
			if err != nil {
				t.Fatal(err)
			}
			md, h := doc.Markdown(), doc.HTML()
			goldenFile(t, filepath.Join("testdata", "notice", name+".md"), md)
			goldenFile(t, filepath.Join("testdata", "notice", name+".html"), h)
			for _, p := range checkHTML(h) {
				t.Errorf("HTML: %s", p)
			}
			again, err := gdpr.NoticeOf(loadSeed(t, name), at)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(md, again.Markdown()) || !bytes.Equal(h, again.HTML()) {
				t.Error("rendering the same register twice gave different bytes")
			}
			var missing bytes.Buffer
			for _, f := range doc.Missing {
				missing.WriteString(f.Error() + "\n")
			}
			goldenFile(t, filepath.Join("testdata", "notice", name+".missing.txt"), missing.Bytes())
		})
	}
}

func loadBench(name string) (*gdpr.Register, error) { return registers.Load(name) }

func benchDate(name string) time.Time {
	o, _ := registers.Lookup(name)
	return o.Date.In(basis.UK.Location())
}

// TestNoticeSeedLaterLaw renders the NET notice as of 2026-07-01, after
// DUAA 2025 s.103 brought in complaints to controllers (DPA 2018 s.164A)
// and moved the complaint to the Commissioner to DPA 2018 s.165
// (S.I. 2026/82 regs. 3 and 7), under the UK and the EU regimes.
func TestNoticeSeedLaterLaw(t *testing.T) {
	for _, g := range []basis.Regime{basis.UK, basis.EU} {
		t.Run(g.String(), func(t *testing.T) {
			doc, err := gdpr.NoticeOf(loadSeed(t, "net"), time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC), gdpr.WithRegime(g))
			if err != nil {
				t.Fatal(err)
			}
			goldenFile(t, filepath.Join("testdata", "notice", "net-2026-07-01-"+g.String()+".md"), doc.Markdown())
			for _, p := range checkHTML(doc.HTML()) {
				t.Errorf("HTML: %s", p)
			}
		})
	}
}

package registers_test

import (
	"bytes"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/examples/registers"
	"github.com/dpmodel/dpmodel/gdpr"
)

// TestDecode checks that every bundled register decodes strictly and that
// the package's names and the embedded files are the same five.
func TestDecode(t *testing.T) {
	want := []string{"iet", "soe", "net", "wig", "stem"}
	if got := registers.Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %v, want %v", got, want)
	}
	files, err := filepath.Glob("*.json")
	if err != nil {
		t.Fatal(err)
	}
	var stems []string
	for _, f := range files {
		stems = append(stems, strings.TrimSuffix(f, ".json"))
	}
	slices.Sort(stems)
	sorted := slices.Sorted(slices.Values(want))
	if !slices.Equal(stems, sorted) {
		t.Errorf("JSON files %v, want one per register %v", stems, sorted)
	}
	for _, name := range want {
		r, err := registers.Load(name)
		if err != nil {
			t.Errorf("%s.json: %v", name, err)
			continue
		}
		if len(r.Activities) == 0 {
			t.Errorf("%s: no activities", name)
		}
	}
	n := 0
	for o, r := range registers.All() {
		if r == nil {
			t.Errorf("All: %s yielded no register", o.Name)
		}
		n++
	}
	if n != len(want) {
		t.Errorf("All yielded %d registers, want %d", n, len(want))
	}
	if _, err := registers.Load("nope"); err == nil {
		t.Error(`Load("nope") = nil error`)
	}
}

// TestNoticeDates checks that a dated notice's register records the date
// the package documents, and an undated one records none.
func TestNoticeDates(t *testing.T) {
	for _, o := range registers.Organisations() {
		r, err := registers.Load(o.Name)
		if err != nil {
			t.Fatalf("%s: %v", o.Name, err)
		}
		switch {
		case o.Date.IsZero():
			t.Errorf("%s: no date to judge at", o.Name)
		case o.Dated && r.Notice.Date != o.Date:
			t.Errorf("%s: notice.date = %v, the package documents %v", o.Name, r.Notice.Date, o.Date)
		case !o.Dated && !r.Notice.Date.IsZero():
			t.Errorf("%s: the notice is undated, but notice.date = %v", o.Name, r.Notice.Date)
		}
	}
}

// TestRoundTrip checks that each file is in the canonical form gdpr.Encode
// writes: decode then encode gives back the file's bytes.
func TestRoundTrip(t *testing.T) {
	for _, name := range registers.Names() {
		src, err := registers.Source(name)
		if err != nil {
			t.Fatal(err)
		}
		r, err := gdpr.Decode(src)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		out, err := gdpr.Encode(r)
		if err != nil {
			t.Errorf("%s: Encode: %v", name, err)
			continue
		}
		if !bytes.Equal(out, src) {
			t.Errorf("%s.json is not in canonical form; line %d differs", name, firstDiffLine(src, out))
		}
	}
}

func firstDiffLine(a, b []byte) int {
	la, lb := bytes.Split(a, []byte("\n")), bytes.Split(b, []byte("\n"))
	for i := range min(len(la), len(lb)) {
		if !bytes.Equal(la[i], lb[i]) {
			return i + 1
		}
	}
	return min(len(la), len(lb)) + 1
}

// seedsDir returns the directory of the seed notices, or "" when it is
// absent. It is shared/seeds beside the repository: ../shared/seeds from the
// module root (the directory of go.mod); in a linked git worktree, also
// beside the main worktree. DPMODEL_SEEDS, when set, names it instead.
func seedsDir(t *testing.T) string {
	t.Helper()
	if d := os.Getenv("DPMODEL_SEEDS"); d != "" {
		return d
	}
	root := moduleRoot(t)
	candidates := []string{filepath.Join(root, "..", "shared", "seeds")}
	cmd := exec.Command("git", "rev-parse", "--path-format=absolute", "--git-common-dir")
	cmd.Dir = root
	if out, err := cmd.Output(); err == nil {
		if common := strings.TrimSpace(string(out)); common != "" {
			candidates = append(candidates, filepath.Join(filepath.Dir(common), "..", "shared", "seeds"))
		}
	}
	for _, d := range candidates {
		if fi, err := os.Stat(d); err == nil && fi.IsDir() {
			return d
		}
	}
	return ""
}

// moduleRoot returns the directory of go.mod: from go env GOMOD, else by
// walking up from the test's directory.
func moduleRoot(t *testing.T) string {
	t.Helper()
	if out, err := exec.Command("go", "env", "GOMOD").Output(); err == nil {
		if m := strings.TrimSpace(string(out)); m != "" && m != os.DevNull {
			return filepath.Dir(m)
		}
	}
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the test's directory")
		}
		dir = parent
	}
}

// normalise maps non-breaking spaces to spaces and every run of white
// space to one space, so that a quote matches across line breaks and the
// notices' NBSPs.
func normalise(s string) string {
	s = strings.ReplaceAll(s, "\u00a0", " ")
	return strings.Join(strings.Fields(s), " ")
}

// quoted matches a phrase in double quotes inside a locator's note.
var quoted = regexp.MustCompile(`"([^"]+)"`)

// evidence is one evidence value found in a register, with its Go path.
type evidence struct {
	path string
	ev   gdpr.Evidence
}

// collect walks v and returns every gdpr.Evidence in it.
func collect(v reflect.Value, path string, out *[]evidence) {
	if v.Type() == reflect.TypeFor[gdpr.Evidence]() {
		if e := v.Interface().(gdpr.Evidence); !e.IsZero() {
			*out = append(*out, evidence{path, e})
		}
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			collect(v.Elem(), path, out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() {
				collect(v.Field(i), path+"."+f.Name, out)
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			collect(v.Index(i), path+"["+strconv.Itoa(i)+"]", out)
		}
	}
}

// TestEvidenceQuotes checks that every evidence quote of every register
// appears in its notice, after normalising white space and non-breaking
// spaces. It skips only when ../shared/seeds is absent; when the directory
// is there, all five notices must be.
func TestEvidenceQuotes(t *testing.T) {
	dir := seedsDir(t)
	if dir == "" {
		t.Skip("the seed notices are not present (expected in ../shared/seeds beside the repository root, or in $DPMODEL_SEEDS); quotes not checked")
	}
	found := 0
	for _, o := range registers.Organisations() {
		text, err := os.ReadFile(filepath.Join(dir, o.Seed))
		if err != nil {
			t.Errorf("%s: notice %s: %v", o.Name, o.Seed, err)
			continue
		}
		found++
		notice := normalise(string(text))
		r, err := registers.Load(o.Name)
		if err != nil {
			t.Errorf("%s: %v", o.Name, err)
			continue
		}
		var evs []evidence
		collect(reflect.ValueOf(r), "", &evs)
		if len(evs) == 0 {
			t.Errorf("%s: no evidence at all", o.Name)
		}
		t.Logf("%s: %d evidence quotes checked against %s", o.Name, len(evs), o.Seed)
		for _, e := range evs {
			q := normalise(e.ev.Quote)
			if q == "" {
				t.Errorf("%s: %s: evidence with no quote (locator %q)", o.Name, e.path, e.ev.Locator)
				continue
			}
			if !strings.Contains(notice, q) {
				t.Errorf("%s: %s: quote not in notice %s: %q", o.Name, e.path, o.Seed, e.ev.Quote)
			}
			// A locator's note may quote the notice's words in double
			// quotes; those must be exact too.
			for _, m := range quoted.FindAllStringSubmatch(e.ev.Locator, -1) {
				if !strings.Contains(notice, normalise(m[1])) {
					t.Errorf("%s: %s: locator quotes words not in notice %s: %q", o.Name, e.path, o.Seed, m[1])
				}
			}
		}
	}
	if found != len(registers.Organisations()) {
		t.Fatalf("found %d of the %d notices in %s", found, len(registers.Organisations()), dir)
	}
	if entries, err := fs.Glob(os.DirFS(dir), "*.txt"); err == nil && len(entries) < found {
		t.Errorf("%s holds %d notices", dir, len(entries))
	}
}

// TestElementsCarryEvidence checks that every element of the registers
// that models a statement has evidence: subjects, data categories,
// recipients, transfers, retention rules, activities and their grounds.
func TestElementsCarryEvidence(t *testing.T) {
	for o, r := range registers.All() {
		if r == nil {
			t.Errorf("%s: does not decode", o.Name)
			continue
		}
		check := func(what, id string, e gdpr.Evidence) {
			if e.Quote == "" {
				t.Errorf("%s: %s %q has no evidence quote", o.Name, what, id)
			}
		}
		for _, s := range r.Subjects {
			check("subject", s.ID, s.Evidence)
		}
		for _, d := range r.Data {
			check("data category", d.ID, d.Evidence)
		}
		for _, x := range r.Recipients {
			check("recipient", x.ID, x.Evidence)
		}
		for _, x := range r.Transfers {
			check("transfer", x.ID, x.Evidence)
		}
		for _, x := range r.Retention {
			check("retention rule", x.ID, x.Evidence)
		}
		for _, a := range r.Activities {
			check("activity", a.ID, a.Evidence)
			for i, g := range a.Grounds {
				check("ground", a.ID+"/"+strconv.Itoa(i), g.Evidence)
			}
		}
		for i, g := range r.Bases {
			check("basis", strconv.Itoa(i), g.Evidence)
		}
		for _, s := range r.Rights.Rights {
			check("right", s.Right.String(), s.Evidence)
		}
	}
}

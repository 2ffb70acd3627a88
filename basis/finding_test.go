package basis_test

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

func TestFindingsSort(t *testing.T) {
	fs := basis.Findings{
		{Code: "b", Path: "a[10]"},
		{Code: "b", Path: "a[2].x"},
		{Code: "a", Path: "a[2]"},
		{Code: "c", Path: ""},
		{Code: "a", Path: "a[2].x"},
		{Code: "a", Path: "a[2]", Article: "Art. 5"},
	}
	fs.Sort()
	var got []string
	for _, f := range fs {
		got = append(got, f.Path+"|"+string(f.Code)+"|"+f.Article)
	}
	want := []string{"|c|", "a[2]|a|", "a[2]|a|Art. 5", "a[2].x|a|", "a[2].x|b|", "a[10]|b|"}
	if !slices.Equal(got, want) {
		t.Errorf("sorted\n got %q\nwant %q", got, want)
	}
}

func TestFindingsUnder(t *testing.T) {
	fs := basis.Findings{
		{Code: "x", Path: "lia.balancing", Related: []string{"[3]"}},
		{Code: "y", Path: ""},
		{Code: "z", Path: "[1]"},
	}
	got := fs.Under("activities[2].grounds")
	want := []string{"activities[2].grounds.lia.balancing", "activities[2].grounds", "activities[2].grounds[1]"}
	for i, f := range got {
		if f.Path != want[i] {
			t.Errorf("Under: path %d = %q, want %q", i, f.Path, want[i])
		}
	}
	if got[0].Related[0] != "activities[2].grounds[3]" {
		t.Errorf("Under: related = %q", got[0].Related)
	}
	if fs[0].Path != "lia.balancing" || fs[0].Related[0] != "[3]" {
		t.Errorf("Under changed its receiver: %+v", fs[0])
	}
	if basis.Findings(nil).Under("x") != nil {
		t.Error("Under of nil is not nil")
	}
}

func TestFindingsErr(t *testing.T) {
	tests := []struct {
		name  string
		fs    basis.Findings
		codes []basis.Code // of the error; nil when Err is nil
	}{
		{"none", nil, nil},
		{"info and warning only", basis.Findings{{Code: "i", Severity: basis.Info}, {Code: "w", Severity: basis.Warning}}, nil},
		{"errors kept, in order", basis.Findings{{Code: "e1", Severity: basis.Error}, {Code: "w", Severity: basis.Warning}, {Code: "e2", Severity: basis.Error}}, []basis.Code{"e1", "e2"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.fs.Err()
			if tt.codes == nil {
				if err != nil {
					t.Fatalf("Err = %v, want nil", err)
				}
				return
			}
			var got basis.Findings
			if !errors.As(err, &got) {
				t.Fatalf("Err = %T, want basis.Findings", err)
			}
			if !slices.Equal(got.Codes(), tt.codes) {
				t.Errorf("codes = %q, want %q", got.Codes(), tt.codes)
			}
		})
	}
}

func TestFindingsAtLeast(t *testing.T) {
	fs := basis.Findings{{Code: "i", Severity: basis.Info}, {Code: "e", Severity: basis.Error}, {Code: "w", Severity: basis.Warning}}
	var got []basis.Code
	for f := range fs.AtLeast(basis.Warning) {
		got = append(got, f.Code)
	}
	if !slices.Equal(got, []basis.Code{"e", "w"}) {
		t.Errorf("AtLeast(warning) = %q", got)
	}
	for range fs.AtLeast(basis.Info) {
		break // stopping early must not panic
	}
}

func TestFindingsError(t *testing.T) {
	fs := basis.Findings{
		{Code: "basis/lia-missing", Path: "lia", Article: "UK GDPR Art. 6(1)(f)", Message: "no assessment"},
		{Code: "x"}, {Code: "y"},
	}
	want := `lia: no assessment (UK GDPR Art. 6(1)(f)) [basis/lia-missing] (and 2 more)`
	if got := fs.Error(); got != want {
		t.Errorf("Error = %q, want %q", got, want)
	}
	if !fs.Has("x") || fs.Has("nope") {
		t.Error("Has is wrong")
	}
}

func TestCodeOf(t *testing.T) {
	f := basis.Finding{Code: "basis/lia-missing", Severity: basis.Error}
	ie := &basis.InputError{Code: "retention/bad-period-text", Value: "P1X"}
	tests := []struct {
		name string
		err  error
		want basis.Code
	}{
		{"nil", nil, ""},
		{"plain", errors.New("x"), ""},
		{"finding", f, f.Code},
		{"wrapped finding", fmt.Errorf("ctx: %w", f), f.Code},
		{"inside findings", fmt.Errorf("ctx: %w", basis.Findings{f}.Err()), f.Code},
		{"input error", ie, ie.Code},
		{"joined", errors.Join(errors.New("x"), fmt.Errorf("y: %w", ie)), ie.Code},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := basis.CodeOf(tt.err); got != tt.want {
				t.Errorf("CodeOf = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestInputError(t *testing.T) {
	cause := errors.New("cause")
	e := &basis.InputError{Code: "basis/x", Path: "a.b", Line: 3, Column: 7, Value: "v", Valid: []string{"p", "q"}, Message: "not a q", Err: cause}
	want := `a.b: 3:7: "v": not a q (valid: p, q) [basis/x]`
	if got := e.Error(); got != want {
		t.Errorf("Error = %q, want %q", got, want)
	}
	if !errors.Is(e, cause) || !errors.Is(e, &basis.InputError{Code: "basis/x"}) || errors.Is(e, &basis.InputError{Code: "basis/y"}) {
		t.Error("Is/Unwrap are wrong")
	}
	if u := e.Under("activities[0]"); u.Path != "activities[0].a.b" || e.Path != "a.b" {
		t.Errorf("Under: %q (original %q)", u.Path, e.Path)
	}
	huge := &basis.InputError{Code: "basis/x", Value: strings.Repeat("x", 10<<20), Message: "bad"}
	if n := len(huge.Error()); n > 200 {
		t.Errorf("error for a 10 MB value is %d bytes", n)
	}
}

func TestCite(t *testing.T) {
	london, _ := time.LoadLocation("Europe/London")
	tests := []struct {
		r    basis.Regime
		at   time.Time
		want string
	}{
		{basis.UK, time.Date(2020, 12, 31, 22, 59, 0, 0, time.UTC), "GDPR Art. 44"},
		{basis.UK, time.Date(2021, 1, 1, 0, 0, 0, 0, london), "UK GDPR Art. 44"},
		{basis.UK, time.Time{}, "UK GDPR Art. 44"},
		{basis.EU, time.Date(2026, 1, 1, 0, 0, 0, 0, london), "GDPR Art. 44"},
	}
	for _, tt := range tests {
		if got := tt.r.Cite("Art. 44", tt.at); got != tt.want {
			t.Errorf("%v.Cite(%v) = %q, want %q", tt.r, tt.at, got, tt.want)
		}
	}
}

func TestOnOrBefore(t *testing.T) {
	london, _ := time.LoadLocation("Europe/London")
	made := time.Date(2024, 6, 3, 9, 0, 0, 0, london)
	check := time.Date(2024, 6, 3, 8, 0, 0, 0, london)
	if !basis.UK.OnOrBefore(made, check) {
		t.Error("an agreement made at 09:00 does not count at 08:00 the same day")
	}
	if basis.UK.OnOrBefore(made, check.AddDate(0, 0, -1)) {
		t.Error("an agreement counts the day before it was made")
	}
	// 23:30 UTC on 3 June is 01:30 on 4 June in Brussels (CEST) but 00:30 in London (BST).
	late := time.Date(2024, 6, 3, 23, 30, 0, 0, time.UTC)
	day4 := time.Date(2024, 6, 4, 12, 0, 0, 0, time.UTC)
	if !basis.EU.OnOrBefore(day4, late) || !basis.UK.OnOrBefore(day4, late) {
		t.Error("regime dates are not taken in the regime's location")
	}
	// 22:30 UTC on 3 June: Brussels 00:30 on 4 June, London 23:30 on 3 June.
	eve := time.Date(2024, 6, 3, 22, 30, 0, 0, time.UTC)
	if !basis.EU.OnOrBefore(day4, eve) || basis.UK.OnOrBefore(day4, eve) {
		t.Error("EU and UK dates do not differ at 22:30 UTC")
	}
}

// TestFindingsSortLong: the index sort of long lists orders like the
// direct sort of short ones.
func TestFindingsSortLong(t *testing.T) {
	var fs basis.Findings
	for i := range 500 {
		fs = append(fs, basis.Finding{Code: basis.Code(fmt.Sprint("c", i%7)), Path: basis.Index("a", (i*37)%101)})
	}
	want := slices.Clone(fs)
	slices.SortStableFunc(want, func(a, b basis.Finding) int {
		var x, y basis.Findings = basis.Findings{a, b}, basis.Findings{b, a}
		x.Sort()
		y.Sort()
		if x[0].Equal(a) && y[0].Equal(a) && !a.Equal(b) {
			return -1
		}
		if a.Equal(b) {
			return 0
		}
		return 1
	})
	fs.Sort()
	for i := range fs {
		if !fs[i].Equal(want[i]) {
			t.Fatalf("at %d: %v, want %v", i, fs[i], want[i])
		}
	}
}

// TestComparePathsOrder: indices compare as numbers wherever the paths
// first differ, parents come first, and the order is total.
func TestComparePathsOrder(t *testing.T) {
	ordered := []string{
		"", "a", "a.b", "a[1]", "a[1].x", "a[2]", "a[2].x[3]", "a[2].x[20]", "a[10]", "a[10].b", "a[100]", "b", "b9", "b10", "b10a",
	}
	for i := range ordered {
		for j := range ordered {
			fs := basis.Findings{{Path: ordered[j]}, {Path: ordered[i]}}
			fs.Sort()
			want0 := ordered[min(i, j)]
			if fs[0].Path != want0 {
				t.Errorf("sorting %q and %q put %q first", ordered[i], ordered[j], fs[0].Path)
			}
		}
	}
}

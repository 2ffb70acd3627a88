package retention

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// DPA 2018 Sch. 1 para 40 is a duty to keep the appropriate policy document,
// not the personal data; a limitation period is no duty to keep anything.
// Neither floors a maximum, and a Minimum citing either is reported.
func TestNotRetentionDuty(t *testing.T) {
	for _, law := range []string{
		"DPA 2018 Sch. 1 para 40",
		"Data Protection Act 2018, Schedule 1, paragraph 40",
		"DPA 2018 Sch 1 para 40(1)",
		"Limitation Act 1980 s.5",
	} {
		t.Run(law, func(t *testing.T) {
			s := mustSchedule(t, []Rule{{ID: "m", Data: "d", Kind: Minimum, Trigger: Collection, Period: Months(6), Reason: "r", Law: law}})
			got := s.Check(basis.UK)
			if len(got) != 1 || got[0].Code != CodeNotRetentionDuty || got[0].Severity != basis.Warning || got[0].Path != `rules["m"].law` {
				t.Errorf("Check() = %v", got)
			}
		})
	}
	for _, law := range []string{"Companies Act 2006 s.388(4)", "Charities Act 2011 s.131", "VATA 1994 Sch. 11 para 6(3)"} {
		s := mustSchedule(t, []Rule{{ID: "m", Data: "d", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "r", Law: law}})
		if got := s.Check(basis.UK); len(got) != 0 {
			t.Errorf("%s: Check() = %v", law, got)
		}
	}
}

// A trigger name in the facts that the schedule does not know is an input
// error, not "the trigger has not happened".
func TestUnknownEvent(t *testing.T) {
	rules := []Rule{{ID: "a", Data: "d", Kind: After, Trigger: Completion, Period: Years(1), Action: Delete, Reason: "r"},
		{ID: "b", Data: "d", Kind: After, Trigger: "end-of-season", Period: Years(1), Action: Delete, Reason: "r"}}
	s := mustSchedule(t, rules, WithTriggers("renewal"))
	at := time.Date(2020, 1, 1, 12, 0, 0, 0, time.UTC)
	asOf := time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		name string
		ev   Trigger
		code Code
	}{
		{"misspelt", "completon", CodeUnknownEvent},
		{"not a code", "Completion", CodeUnknownEvent},
		{"well known, not used", LastContact, ""},
		{"declared", "renewal", ""},
		{"a rule's own", "end-of-season", ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := Facts{Events: map[Trigger]time.Time{tt.ev: at}}
			_, err := s.Evaluate("a", f, asOf)
			_, errData := s.EvaluateData("d", f, asOf)
			for _, err := range []error{err, errData} {
				var e *basis.InputError
				if tt.code == "" {
					if err != nil {
						t.Errorf("error %v", err)
					}
					continue
				}
				if !errors.As(err, &e) || e.Code != tt.code || e.Value != string(tt.ev) || e.Path != basis.Key("events", string(tt.ev)) {
					t.Errorf("error %v, want %s", err, tt.code)
				}
			}
		})
	}
}

// Holds and facts count by calendar date in the schedule's location: a hold
// until 1 May lapses on 1 May whatever the clock time of either side.
func TestHoldByCalendarDate(t *testing.T) {
	lon := civil.London()
	rules := []Rule{{ID: "a", Data: "d", Kind: After, Trigger: Collection, Period: Years(1), Action: Delete, Reason: "r"}}
	for _, tt := range []struct {
		name      string
		loc       *time.Location
		until     time.Time
		asOf      time.Time
		wantHeld  bool
		wantState Status
	}{
		// Before: the hold ran to 15:00 as an instant, so 09:00 on 1 May
		// was held, while a hold until 00:00 on 1 May was not.
		{"same day, earlier clock", lon, time.Date(2024, 5, 1, 15, 0, 0, 0, lon), time.Date(2024, 5, 1, 9, 0, 0, 0, lon), false, Overdue},
		{"same day, later clock", lon, time.Date(2024, 5, 1, 0, 0, 0, 0, lon), time.Date(2024, 5, 1, 23, 0, 0, 0, lon), false, Overdue},
		{"day before", lon, time.Date(2024, 5, 1, 0, 0, 0, 0, lon), time.Date(2024, 4, 30, 23, 59, 0, 0, lon), true, Held},
		// 30 April 23:30 UTC is 1 May 00:30 in London (BST).
		{"date in the schedule's location", lon, time.Date(2024, 4, 30, 23, 30, 0, 0, time.UTC), time.Date(2024, 4, 30, 12, 0, 0, 0, lon), true, Held},
		{"another location", time.UTC, time.Date(2024, 5, 1, 0, 30, 0, 0, lon), time.Date(2024, 4, 30, 22, 0, 0, 0, time.UTC), false, Overdue},
	} {
		t.Run(tt.name, func(t *testing.T) {
			s := mustSchedule(t, rules, WithLocation(tt.loc))
			h := Hold{Reason: "claim", Until: tt.until}
			if got := h.ActiveOn(DayOf(tt.asOf, s.Location()), s.Location()); got != tt.wantHeld {
				t.Errorf("ActiveOn = %v", got)
			}
			f := Facts{Events: map[Trigger]time.Time{Collection: time.Date(2020, 1, 1, 12, 0, 0, 0, tt.loc)}, Holds: []Hold{h}}
			d, err := s.Evaluate("a", f, tt.asOf)
			if err != nil || d.Status != tt.wantState {
				t.Errorf("Evaluate = %v, %v; want %s", d.Status, err, tt.wantState)
			}
		})
	}
}

// Malformed input of any size gives a short error with a code, and no
// internal sentinel leaks.
func TestHugeInputGivesShortErrors(t *testing.T) {
	huge := strings.Repeat("9", 10<<20)
	_, errDay := ParseDay(huge)
	_, errPeriod := ParsePeriod("P" + huge + "Y")
	_, errTrigger := (func() (Trigger, error) { var tr Trigger; return tr, tr.UnmarshalText([]byte(huge + "X")) })()
	_, errNew := NewSchedule([]Rule{{ID: huge}, {ID: huge}})
	s := mustSchedule(t, nil)
	_, errEval := s.Evaluate(huge, Facts{}, time.Time{})
	_, errData := s.EvaluateData(huge, Facts{}, time.Time{})
	for _, tt := range []struct {
		name string
		err  error
		code Code
	}{
		{"ParseDay", errDay, CodeBadDayText},
		{"ParsePeriod", errPeriod, CodeBadPeriodText},
		{"Trigger.UnmarshalText", errTrigger, CodeBadTriggerText},
		{"NewSchedule", errNew, CodeLongID},
		{"Evaluate", errEval, CodeUnknownRule},
		{"EvaluateData", errData, CodeUnknownData},
	} {
		var e *basis.InputError
		if !errors.As(tt.err, &e) || e.Code != tt.code || basis.CodeOf(tt.err) != tt.code {
			t.Errorf("%s: error %T %v, want code %s", tt.name, tt.err, tt.err, tt.code)
			continue
		}
		if n := len(tt.err.Error()); n > 1000 {
			t.Errorf("%s: error of %d bytes", tt.name, n)
		}
	}
	for _, in := range []string{"2023-02-29", "2024-2-29", "x"} {
		_, err := ParseDay(in)
		var e *basis.InputError
		if !errors.As(err, &e) || e.Code != CodeBadDayText || e.Value != in || errors.Is(err, civil.ErrSyntax) || e.Unwrap() != nil {
			t.Errorf("ParseDay(%q) = %#v", in, err)
		}
	}
}

// A sweeper's Check reports a trigger day that is neither zero nor valid.
func TestSweeperCheckBadDay(t *testing.T) {
	s := mustSchedule(t, []Rule{{ID: "a", Data: "d", Kind: After, Trigger: Collection, Period: Years(1), Action: Delete, Reason: "r"}})
	w := s.Sweeper(time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC))
	for _, tr := range []Day{-1, LastDay + 1, Day(-1 << 31)} {
		for _, held := range []bool{false, true} {
			_, ok, err := w.Check(Record{ID: 7, Trigger: tr, Held: held})
			var e *basis.InputError
			if ok || !errors.As(err, &e) || e.Code != CodeBadDay || e.Path != "trigger" {
				t.Errorf("Check(trigger %d, held %v) = %v, %v", tr, held, ok, err)
			}
		}
	}
	for _, tr := range []Day{0, FirstDay, LastDay} {
		if _, _, err := w.Check(Record{Trigger: tr}); err != nil {
			t.Errorf("Check(trigger %d): %v", tr, err)
		}
	}
}

// The types a register holds marshal with lowerCamel members, zero fields
// left out; periods are ISO 8601 text and triggers their codes.
func TestJSON(t *testing.T) {
	for _, v := range []any{Rule{}, Facts{}, Hold{}, Decision{}, Record{}} {
		b, err := json.Marshal(v)
		if err != nil || string(b) != "{}" {
			t.Errorf("Marshal(%T{}) = %s, %v", v, b, err)
		}
	}
	r := Rule{ID: "net-9.3", Data: "candidate-identity", Kind: After, Trigger: Completion, Period: Years(40), Grace: Months(12), Action: Delete, Reason: "r"}
	b, err := json.Marshal(r)
	want := `{"id":"net-9.3","data":"candidate-identity","kind":"after","trigger":"completion","period":"P40Y","grace":"P12M","action":"delete","reason":"r"}`
	if err != nil || string(b) != want {
		t.Fatalf("Marshal = %s, %v\nwant %s", b, err, want)
	}
	var back Rule
	if err := json.Unmarshal(b, &back); err != nil || back != r {
		t.Errorf("Unmarshal = %+v, %v", back, err)
	}
	if err := json.Unmarshal([]byte(`{"trigger":"Completion"}`), &back); basis.CodeOf(err) != CodeBadTriggerText {
		t.Errorf("Unmarshal of a bad trigger: %v", err)
	}
	f := Facts{Events: map[Trigger]time.Time{Completion: time.Date(2020, 2, 29, 14, 0, 0, 0, time.UTC)}, Holds: []Hold{{Reason: "claim"}}}
	b, err = json.Marshal(f)
	if want := `{"events":{"completion":"2020-02-29T14:00:00Z"},"holds":[{"reason":"claim"}]}`; err != nil || string(b) != want {
		t.Errorf("Marshal(Facts) = %s, %v", b, err)
	}
}

// The fast bounds of undercuts agree with a search of the 400-year cycle
// at the edges of the band where month lengths decide (inside the band the
// search itself answers).
func TestUndercutsBands(t *testing.T) {
	for _, k := range []int{1, 2, 12} {
		for _, base := range []int{0, 1} {
			for _, e := range []int{28*k - 4, 28*k - 3, 31*k + 3, 31*k + 4} {
				longer := Period{Months: base + k, Days: 1}
				shorter := Period{Months: base, Days: 1 + e}
				for _, pair := range [][2]Rule{
					{{Kind: After, Period: longer}, {Kind: Minimum, Period: shorter}},
					{{Kind: After, Period: shorter}, {Kind: Minimum, Period: longer}},
				} {
					if got, want := undercuts(pair[0], pair[1]), undercutsCycle(pair[0], pair[1]); got != want {
						t.Errorf("undercuts(%s, minimum %s) = %v, the cycle says %v", pair[0].Period, pair[1].Period, got, want)
					}
				}
			}
		}
	}
}

// A conflict names the other rules in Related, at most maxRelated of them,
// and is reported on each side.
func TestConflictRelated(t *testing.T) {
	var rules []Rule
	for i := range 20 {
		rules = append(rules, Rule{ID: "r" + itoa(i), Data: "d", Kind: After, Trigger: Collection, Period: Years(1 + i%2), Action: Delete, Reason: "r"})
	}
	got := mustSchedule(t, rules).Check(basis.EU)
	if len(got) != 20 {
		t.Fatalf("%d findings, want 20", len(got))
	}
	for _, f := range got {
		if f.Code != CodeConflict || f.Severity != basis.Warning || len(f.Related) != maxRelated || slices.Contains(f.Related, f.Path) ||
			!strings.HasPrefix(f.Article, "GDPR ") || !strings.Contains(f.Message, "(and 9 more)") {
			t.Errorf("%+v", f)
		}
	}
}

// TestCheckOrderIndependent: when two statutory minimums undercut by a
// maximum qualify equally, the finding names the same one (the smallest
// id) whatever order the rules are given in. Before the fix it named the
// first in the list, so gdpr.Validate depended on the order of the
// register's retention rules (found by the gdprtest properties).
func TestCheckOrderIndependent(t *testing.T) {
	m1 := Rule{ID: "m1", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(1), Reason: "r", Law: "Some Act s.1"}
	m2 := Rule{ID: "m2", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(1), Reason: "r", Law: "Some Act s.2"}
	x := Rule{ID: "x", Data: "d", Kind: After, Trigger: Collection, Period: Days(1), Action: Delete, Reason: "r"}
	var arts []string
	for _, rules := range [][]Rule{{m1, m2, x}, {m2, m1, x}} {
		s := mustSchedule(t, rules)
		var got string
		for _, f := range s.Check(basis.UK) {
			if f.Code == CodeBelowMinimum {
				got = f.Article
			}
		}
		arts = append(arts, got)
	}
	if arts[0] == "" || arts[0] != arts[1] {
		t.Errorf("articles %q and %q, want one and the same", arts[0], arts[1])
	}
}

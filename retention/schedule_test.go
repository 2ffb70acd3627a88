package retention

import (
	"errors"
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"pgregory.net/rapid"
)

func TestEvaluateFormsAndHolds(t *testing.T) {
	rules := []Rule{
		// A ByLaw rule that states its law's period: charity statements of
		// accounts, at least six years from the end of the financial year
		// (Charities Act 2011 s.134, reference §13), then review.
		{ID: "accounts", Data: "statements", Kind: ByLaw, Trigger: EndOfFinancialYear, Period: Years(6), Grace: Months(1),
			Action: Review, Reason: "charity accounts", Law: "Charities Act 2011 s.134"},
		// A maximum floored by a minimum for the same data and trigger: the
		// later due date and deadline win.
		{ID: "short", Data: "payroll", Kind: After, Trigger: EndOfTaxYear, Period: Years(2), Grace: Months(1),
			Action: Delete, Reason: "payroll"},
		{ID: "paye", Data: "payroll", Kind: Minimum, Trigger: EndOfTaxYear, Period: Years(3),
			Reason: "PAYE records", Law: "Income Tax (PAYE) Regulations 2003 reg. 97"},
		{ID: "until", Data: "consented", Kind: Until, Trigger: ConsentWithdrawn, Grace: Days(30), Action: Delete, Reason: "consent"},
		// A private company keeps its accounting records "for three years
		// from the date on which they are made" (Companies Act 2006
		// s.388(4)(a), reference §13).
		{ID: "ledger", Data: "ledger", Kind: After, Trigger: Collection, Period: Years(2), Grace: Months(1),
			Action: Delete, Reason: "bookkeeping"},
		{ID: "s388", Data: "ledger", Kind: Minimum, Trigger: Collection, Period: Years(3),
			Reason: "company accounting records", Law: "Companies Act 2006 s.388(4)(a)"},
	}
	s := mustSchedule(t, rules)
	lon := s.Location()
	at := func(d string) time.Time { x, _ := ParseDay(d); return x.Time(lon).Add(12 * time.Hour) }
	day := func(d string) Day { x, _ := ParseDay(d); return x }
	tests := []struct {
		name     string
		rule     string
		facts    Facts
		asOf     string
		status   Status
		due      string
		deadline string
		hold     string
	}{
		{"by law, 29 February to 28 February", "accounts", Facts{Events: map[Trigger]time.Time{EndOfFinancialYear: at("2024-02-29")}},
			"2030-02-28", Due, "2030-02-28", "2030-03-28", ""},
		{"by law, 31 March, grace to 30 April... of the same year", "accounts", Facts{Events: map[Trigger]time.Time{EndOfFinancialYear: at("2019-03-31")}},
			"2025-05-01", Overdue, "2025-03-31", "2025-04-30", ""},
		// The tax year 2020-21 ends on 5 April 2021. Three years after its
		// end (PAYE reg. 97), the day of the event excluded, run out at the
		// end of 5 April 2024: the records are kept through that day and may
		// go from 6 April. The two-year maximum is floored there; its month
		// of grace counts from the end of the minimum, to 5 May 2024.
		{"floored by a minimum", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2023-04-05", NotDue, "2024-04-06", "2024-05-05", ""},
		{"floored, not due on the minimum's last day", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2024-04-05", NotDue, "2024-04-06", "2024-05-05", ""},
		{"floored, due the day after", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2024-04-06", Due, "2024-04-06", "2024-05-05", ""},
		{"floored, overdue after the grace", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2024-05-06", Overdue, "2024-04-06", "2024-05-05", ""},
		// The minimum alone, without grace: due and deadline the day after.
		{"minimum alone", "paye", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2024-04-06", Due, "2024-04-06", "2024-04-06", ""},
		{"minimum alone, overdue", "paye", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2024-04-07", Overdue, "2024-04-06", "2024-04-06", ""},
		// s.388(4)(a): made 31 January 2020, kept through 31 January 2023,
		// deletable from 1 February; a month's grace from 31 January ends
		// on the last day of February.
		{"s.388 record made on 31 January", "ledger", Facts{Events: map[Trigger]time.Time{Collection: at("2020-01-31")}},
			"2023-01-31", NotDue, "2023-02-01", "2023-02-28", ""},
		{"s.388 record made on 31 January, due", "ledger", Facts{Events: map[Trigger]time.Time{Collection: at("2020-01-31")}},
			"2023-02-01", Due, "2023-02-01", "2023-02-28", ""},
		// Made 29 February 2020: 2023 has no 29 February, so the three
		// years run out at the end of 28 February 2023.
		{"s.388 record made on 29 February", "ledger", Facts{Events: map[Trigger]time.Time{Collection: at("2020-02-29")}},
			"2023-02-28", NotDue, "2023-03-01", "2023-03-28", ""},
		{"s.388 record made on 29 February, due", "ledger", Facts{Events: map[Trigger]time.Time{Collection: at("2020-02-29")}},
			"2023-03-01", Due, "2023-03-01", "2023-03-28", ""},
		{"until, 31 January plus 30 days", "until", Facts{Events: map[Trigger]time.Time{ConsentWithdrawn: at("2023-01-31")}},
			"2023-03-02", Due, "2023-01-31", "2023-03-02", ""},
		{"until, overdue", "until", Facts{Events: map[Trigger]time.Time{ConsentWithdrawn: at("2024-01-31")}},
			"2024-03-02", Overdue, "2024-01-31", "2024-03-01", ""},
		{"held with no end", "until", Facts{Events: map[Trigger]time.Time{ConsentWithdrawn: at("2024-01-31")},
			Holds: []Hold{{Reason: "tribunal claim"}}},
			"2024-03-02", Held, "2024-01-31", "2024-03-01", "tribunal claim"},
		{"hold lapsed", "until", Facts{Events: map[Trigger]time.Time{ConsentWithdrawn: at("2024-01-31")},
			Holds: []Hold{{Reason: "tribunal claim", Until: at("2024-02-15")}}},
			"2024-03-02", Overdue, "2024-01-31", "2024-03-01", ""},
		{"hold does not matter before the due date", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")},
			Holds: []Hold{{Reason: "audit"}}},
			"2023-04-05", NotDue, "2024-04-06", "2024-05-05", ""},
		{"trigger of another rule does not count", "short", Facts{Events: map[Trigger]time.Time{Collection: at("2000-01-01")}},
			"2030-01-01", TriggerPending, "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.Evaluate(tt.rule, tt.facts, at(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != tt.status || got.Due != day(tt.due) || got.Deadline != day(tt.deadline) || got.Hold != tt.hold {
				t.Errorf("got %s due %s deadline %s hold %q; want %s due %s deadline %s hold %q",
					got.Status, got.Due, got.Deadline, got.Hold, tt.status, tt.due, tt.deadline, tt.hold)
			}
		})
	}
}

func TestEvaluateUnknownRule(t *testing.T) {
	s := mustSchedule(t, netRules())
	_, err := s.Evaluate("net-9.9", Facts{}, time.Now())
	var e *basis.InputError
	if !errors.As(err, &e) || e.Code != CodeUnknownRule || e.Value != "net-9.9" {
		t.Errorf("Evaluate(unknown) error = %v", err)
	}
	if _, err := s.Record(1, "net-9.9", time.Time{}, false); err == nil {
		t.Error("Record(unknown rule) succeeded")
	}
}

func TestEvaluateDateInScheduleLocation(t *testing.T) {
	// 23:30 UTC on 31 March 2024 is 00:30 on 1 April in London (BST).
	s := mustSchedule(t, []Rule{{ID: "r", Kind: After, Trigger: Collection, Period: Months(1), Action: Delete, Reason: "r"}})
	got, _ := s.Evaluate("r", Facts{Events: map[Trigger]time.Time{Collection: time.Date(2024, 3, 31, 23, 30, 0, 0, time.UTC)}},
		time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if got.Trigger.String() != "2024-04-01" || got.Due.String() != "2024-05-01" {
		t.Errorf("London: trigger %s due %s, want 2024-04-01 and 2024-05-01", got.Trigger, got.Due)
	}
	u := mustSchedule(t, []Rule{{ID: "r", Kind: After, Trigger: Collection, Period: Months(1), Action: Delete, Reason: "r"}}, WithLocation(time.UTC))
	got, _ = u.Evaluate("r", Facts{Events: map[Trigger]time.Time{Collection: time.Date(2024, 3, 31, 23, 30, 0, 0, time.UTC)}},
		time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC))
	if got.Trigger.String() != "2024-03-31" || got.Due.String() != "2024-04-30" || got.Status != Overdue {
		t.Errorf("UTC: trigger %s due %s %s, want 2024-03-31, 2024-04-30, overdue", got.Trigger, got.Due, got.Status)
	}
}

func TestScheduleAccessors(t *testing.T) {
	rules := wigRules()
	s := mustSchedule(t, rules)
	if s.Len() != len(rules) {
		t.Errorf("Len = %d", s.Len())
	}
	i := 0
	for r := range s.Rules() {
		if r != rules[i] {
			t.Errorf("Rules()[%d] = %v", i, r.ID)
		}
		i++
	}
	ref, ok := s.Ref("wig-leaver")
	if r, ok2 := s.At(ref); !ok || !ok2 || r.ID != "wig-leaver" {
		t.Errorf("Ref/At = %v %v %v", ref, ok, r.ID)
	}
	if _, ok := s.At(Ref(len(rules))); ok {
		t.Error("At out of range")
	}
	// The schedule copies its rules.
	rules[0].Period = Years(99)
	if r, _ := s.Rule(rules[0].ID); r.Period != Years(5) {
		t.Error("the schedule shares the caller's slice")
	}
}

// "Whichever comes first": the seeds' statements with two ends.
func TestEvaluateData(t *testing.T) {
	// A minimum alone for one data category (not a seed: NET 9.2 names no
	// period), HMRC's six years under VATA 1994 Sch. 11 para 6(3).
	vat := Rule{ID: "vat-records", Data: "finance-records", Kind: Minimum, Trigger: Collection, Period: Years(6), Grace: Months(12),
		Action: Delete, Reason: "HMRC record keeping", Law: "VATA 1994 Sch. 11 para 6(3)"}
	s := mustSchedule(t, slices.Concat(netRules(), wigRules(), stemRules(), ietRules(), []Rule{vat}))
	lon := s.Location()
	at := func(d string) time.Time { x, _ := ParseDay(d); return x.Time(lon).Add(10 * time.Hour) }
	day := func(d string) Day { x, _ := ParseDay(d); return x }
	tests := []struct {
		name   string
		data   string
		events map[Trigger]time.Time
		holds  []Hold
		asOf   string
		rule   string
		status Status
		due    string
	}{
		// WIG: "until the time that you notify us otherwise, or your
		// account has been inactive for five years".
		{"WIG notified before five years of inactivity", "non-member-contacts",
			map[Trigger]time.Time{AccountInactivity: at("2022-01-31"), SubjectRequest: at("2024-02-29")},
			nil, "2024-02-29", "wig-nonmember-contacts-told", Due, "2024-02-29"},
		{"WIG five years of inactivity before any notice", "non-member-contacts",
			map[Trigger]time.Time{AccountInactivity: at("2019-02-28"), SubjectRequest: at("2024-02-29")},
			nil, "2024-03-01", "wig-nonmember-contacts-inactive", Overdue, "2024-02-28"},
		{"WIG inactive, not yet five years, no notice", "non-member-contacts",
			map[Trigger]time.Time{AccountInactivity: at("2020-02-29")},
			nil, "2025-02-27", "wig-nonmember-contacts-inactive", NotDue, "2025-02-28"},
		{"WIG engagement anonymised on notice", "non-member-engagement",
			map[Trigger]time.Time{SubjectRequest: at("2023-08-31")},
			nil, "2023-08-31", "wig-nonmember-engagement-told", Due, "2023-08-31"},
		{"WIG neither event yet: the first pending rule", "non-member-contacts",
			nil, nil, "2024-01-01", "wig-nonmember-contacts-told", TriggerPending, ""},
		{"a zero time is an event that has not happened", "non-member-contacts",
			map[Trigger]time.Time{SubjectRequest: {}}, nil, "2024-01-01", "wig-nonmember-contacts-told", TriggerPending, ""},
		// WIG members: five years after the organisation stops renewing, or
		// "immediately on notification" when the member leaves.
		{"WIG member leaves and tells us", "member-contacts",
			map[Trigger]time.Time{SubjectRequest: at("2025-01-31")}, nil, "2025-02-01", "wig-leaver", Overdue, "2025-01-31"},
		{"WIG held", "member-contacts",
			map[Trigger]time.Time{EndOfMembership: at("2019-01-31")}, []Hold{{Reason: "claim"}}, "2025-01-31", "wig-member-contacts", Held, "2024-01-31"},
		// NET 9.3: "up to 40 years ... unless you tell us otherwise".
		{"NET candidate tells us otherwise", "candidate-identity",
			map[Trigger]time.Time{Completion: at("2020-02-29"), SubjectRequest: at("2021-03-31")},
			nil, "2021-04-01", "net-9.3-told", Due, "2021-03-31"},
		// Only a minimum governs finance records. Six years from
		// 29 February 2020 run out at the end of 28 February 2026 (no 29
		// February that year); deletion is due from 1 March.
		{"NET finance records: the minimum's last day", "finance-records",
			map[Trigger]time.Time{Collection: at("2020-02-29")}, nil, "2026-02-28", "vat-records", NotDue, "2026-03-01"},
		{"NET finance records: the minimum alone", "finance-records",
			map[Trigger]time.Time{Collection: at("2020-02-29")}, nil, "2026-03-01", "vat-records", Due, "2026-03-01"},
		// NET 9.7: "up to 6 years after termination", a maximum due on the
		// sixth anniversary; the Limitation Act is its reason, not a floor.
		{"NET centre contracts", "centre-contracts",
			map[Trigger]time.Time{EndOfContract: at("2021-03-31")}, nil, "2027-03-31", "net-9.7", Due, "2027-03-31"},
		{"IET criteria only", "all", map[Trigger]time.Time{Collection: at("2020-01-01")}, nil, "2030-01-01", "iet-policy", Undetermined, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := s.EvaluateData(tt.data, Facts{Events: tt.events, Holds: tt.holds}, at(tt.asOf))
			if err != nil {
				t.Fatal(err)
			}
			if got.Rule != tt.rule || got.Status != tt.status || got.Due != day(tt.due) {
				t.Errorf("EvaluateData = %s %s due %s; want %s %s due %s", got.Rule, got.Status, got.Due, tt.rule, tt.status, tt.due)
			}
			want, _ := s.Evaluate(tt.rule, Facts{Events: tt.events, Holds: tt.holds}, at(tt.asOf))
			if got != want {
				t.Errorf("EvaluateData = %+v, Evaluate(%s) = %+v", got, tt.rule, want)
			}
		})
	}
	_, err := s.EvaluateData("no-such-data", Facts{}, at("2024-01-01"))
	var e *basis.InputError
	if !errors.As(err, &e) || e.Code != CodeUnknownData || e.Value != "no-such-data" {
		t.Errorf("EvaluateData(unknown) error = %v", err)
	}
}

// EvaluateData's due date is the earliest of the rules' own, and its
// decision is that rule's.
func TestEvaluateDataIsTheEarliest(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		s := genSchedule(t)
		loc := s.Location()
		asOf := genDay().Draw(t, "asOf").Time(loc).Add(12 * time.Hour)
		f := Facts{Events: map[Trigger]time.Time{}}
		for _, tr := range []Trigger{Collection, LastContact} {
			if rapid.Bool().Draw(t, "happened") {
				f.Events[tr] = genDay().Draw(t, "trigger").Time(loc).Add(9 * time.Hour)
			}
		}
		for _, data := range []string{"a", "b"} {
			got, err := s.EvaluateData(data, f, asOf)
			var rules []Rule
			for r := range s.Rules() {
				if r.Data == data {
					rules = append(rules, r)
				}
			}
			if len(rules) == 0 {
				if err == nil {
					t.Fatalf("EvaluateData(%s) with no rules succeeded", data)
				}
				continue
			}
			if err != nil {
				t.Fatal(err)
			}
			want, _ := s.Evaluate(got.Rule, f, asOf)
			if got != want {
				t.Fatalf("EvaluateData = %+v, Evaluate = %+v", got, want)
			}
			for _, r := range rules {
				d, _ := s.Evaluate(r.ID, f, asOf)
				weighed := r.Kind != Minimum || !slices.ContainsFunc(rules, func(o Rule) bool { return o.Kind != Minimum })
				if weighed && d.Due != 0 && (got.Due == 0 || d.Due < got.Due) {
					t.Fatalf("rule %s is due %s, before the chosen %s (%s)", r.ID, d.Due, got.Rule, got.Due)
				}
			}
		}
	})
}

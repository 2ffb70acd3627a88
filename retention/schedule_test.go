package retention

import (
	"errors"
	"testing"
	"time"
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
		// PAYE tax year ends 5 April: the two-year maximum is floored by
		// the three-year minimum.
		{"floored by a minimum", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2023-04-05", NotDue, "2024-04-05", "2024-05-05", ""},
		{"floored, due", "short", Facts{Events: map[Trigger]time.Time{EndOfTaxYear: at("2021-04-05")}},
			"2024-04-05", Due, "2024-04-05", "2024-05-05", ""},
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
			"2023-04-05", NotDue, "2024-04-05", "2024-05-05", ""},
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
	var e *Error
	if !errors.As(err, &e) || e.Code != CodeUnknownRule || e.Rule != "net-9.9" {
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

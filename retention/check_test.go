package retention

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	ok := Rule{ID: "ok", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "contract"}
	with := func(f func(*Rule)) Rule { r := ok; f(&r); return r }
	type finding struct {
		code        Code
		rule, other string
		field       string
	}
	tests := []struct {
		name  string
		rules []Rule
		opts  []Option
		want  []finding
	}{
		{"rule without action", []Rule{with(func(r *Rule) { r.Action = 0 })},
			nil, []finding{{CodeNoAction, "ok", "", "Action"}}},
		{"action out of range", []Rule{with(func(r *Rule) { r.Action = 9 })},
			nil, []finding{{CodeNoAction, "ok", "", "Action"}}},
		{"until rule without action", []Rule{with(func(r *Rule) { r.Kind, r.Period, r.Action = Until, Period{}, 0 })},
			nil, []finding{{CodeNoAction, "ok", "", "Action"}}},
		{"a minimum may be a pure floor, without action",
			[]Rule{{ID: "m", Data: "x", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "tax", Law: "VATA 1994 Sch. 11 para 6(3)"}},
			nil, nil},
		{"zero period", []Rule{with(func(r *Rule) { r.Period = Period{} })},
			nil, []finding{{CodeBadPeriod, "ok", "", "Period"}}},
		{"negative period", []Rule{with(func(r *Rule) { r.Period = Period{Years: 1, Days: -1} })},
			nil, []finding{{CodeBadPeriod, "ok", "", "Period"}}},
		{"period above the limit", []Rule{with(func(r *Rule) { r.Period = Years(1001) })},
			nil, []finding{{CodeBadPeriod, "ok", "", "Period"}}},
		{"negative grace", []Rule{with(func(r *Rule) { r.Grace = Months(-1) })},
			nil, []finding{{CodeBadPeriod, "ok", "", "Grace"}}},
		{"zero minimum", []Rule{{ID: "m", Kind: Minimum, Trigger: Collection, Reason: "tax", Law: "x"}},
			nil, []finding{{CodeBadPeriod, "m", "", "Period"}}},
		{"until rule with a period", []Rule{with(func(r *Rule) { r.Kind = Until })},
			nil, []finding{{CodeBadPeriod, "ok", "", "Period"}}},
		{"criteria rule with a period", []Rule{{ID: "c", Kind: Criteria, Period: Years(1), Reason: "r", Criteria: "need"}},
			nil, []finding{{CodeBadPeriod, "c", "", "Period"}, {CodeCriteriaOnly, "c", "", "Criteria"}}},
		{"unknown trigger", []Rule{with(func(r *Rule) { r.Trigger = "end-of-season" })},
			nil, []finding{{CodeUnknownTrigger, "ok", "", "Trigger"}}},
		{"declared trigger", []Rule{with(func(r *Rule) { r.Trigger = "end-of-season" })},
			[]Option{WithTriggers("end-of-season")}, nil},
		{"malformed trigger, even if declared", []Rule{with(func(r *Rule) { r.Trigger = "End Of Season" })},
			[]Option{WithTriggers("End Of Season")}, []finding{{CodeUnknownTrigger, "ok", "", "Trigger"}}},
		{"no trigger", []Rule{with(func(r *Rule) { r.Trigger = "" })},
			nil, []finding{{CodeNoTrigger, "ok", "", "Trigger"}}},
		{"no reason", []Rule{with(func(r *Rule) { r.Reason = " " })},
			nil, []finding{{CodeNoReason, "ok", "", "Reason"}}},
		{"unspecified kind", []Rule{with(func(r *Rule) { r.Kind = 0 })},
			nil, []finding{{CodeBadKind, "ok", "", "Kind"}}},
		{"minimum without law", []Rule{{ID: "m", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "tax"}},
			nil, []finding{{CodeNoLaw, "m", "", "Law"}}},
		{"by-law rule without law or period", []Rule{{ID: "b", Kind: ByLaw, Action: Review, Reason: "tax"}},
			nil, []finding{{CodeLawPeriodUnstated, "b", "", "Period"}, {CodeNoLaw, "b", "", "Law"}}},
		{"criteria only (IET)", []Rule{{ID: "c", Kind: Criteria, Reason: "r", Criteria: "need"}},
			nil, []finding{{CodeCriteriaOnly, "c", "", "Criteria"}}},
		{"maximum below a statutory minimum",
			[]Rule{
				{ID: "max", Data: "accounts", Kind: After, Trigger: EndOfFinancialYear, Period: Years(3), Grace: Years(5), Action: Delete, Reason: "finance"},
				{ID: "min", Data: "accounts", Kind: Minimum, Trigger: EndOfFinancialYear, Period: Years(6), Reason: "charity accounts", Law: "Charities Act 2011 s.134"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "Period"}}},
		{"until rule below a minimum",
			[]Rule{
				{ID: "max", Data: "contracts", Kind: Until, Trigger: EndOfContract, Action: Delete, Reason: "contract"},
				{ID: "min", Data: "contracts", Kind: Minimum, Trigger: EndOfContract, Period: Years(6), Reason: "claims", Law: "Limitation Act 1980 s.5"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "Period"}}},
		// 30 days is shorter than one month from 31 January (to 2 March in
		// a common year, against 28 February): P1M falls due earlier.
		{"one month below thirty days from some dates",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Months(1), Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(30), Reason: "r", Law: "l"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "Period"}}},
		// 31 days is never shorter than one month (no month has more).
		{"one month is never above thirty-one days",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Days(31), Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Months(1), Reason: "r", Law: "l"},
			},
			nil, nil},
		{"one month is never below twenty-eight days (no month is shorter)",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Period{Months: 1}, Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(28), Reason: "r", Law: "l"},
			},
			nil, nil},
		{"equal periods are not below", []Rule{
			{ID: "max", Data: "d", Kind: After, Trigger: EndOfContract, Period: Years(6), Action: Delete, Reason: "r"},
			{ID: "min", Data: "d", Kind: Minimum, Trigger: EndOfContract, Period: Years(6), Reason: "r", Law: "Limitation Act 1980 s.5"},
		}, nil, nil},
		// The minimum cannot floor a maximum counted from another event:
		// advisory, on the maximum only.
		{"a minimum from another trigger is reported, not compared", []Rule{
			{ID: "max", Data: "d", Kind: After, Trigger: LastContact, Period: Years(1), Action: Delete, Reason: "r"},
			{ID: "min", Data: "d", Kind: Minimum, Trigger: EndOfContract, Period: Years(6), Reason: "r", Law: "Limitation Act 1980 s.5"},
		}, nil, []finding{{CodeMinimumOtherTrigger, "max", "min", "Trigger"}}},
		// Income Tax (PAYE) Regulations 2003 reg. 97: three years after the
		// end of the tax year; a maximum counted from the end of employment.
		{"PAYE minimum against a maximum from the end of the contract", []Rule{
			{ID: "payroll", Data: "payroll", Kind: After, Trigger: EndOfContract, Period: Years(2), Action: Delete, Reason: "payroll"},
			{ID: "paye", Data: "payroll", Kind: Minimum, Trigger: EndOfTaxYear, Period: Years(3), Reason: "PAYE records", Law: "Income Tax (PAYE) Regulations 2003 reg. 97"},
			{ID: "other-data", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(1), Action: Delete, Reason: "r"},
		}, nil, []finding{{CodeMinimumOtherTrigger, "payroll", "paye", "Trigger"}}},
		{"two rules for the same data that disagree, both reported", []Rule{
			{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
			{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(2), Action: Delete, Reason: "r"},
		}, nil, []finding{{CodeConflict, "a", "b", "Data"}, {CodeConflict, "b", "a", "Data"}}},
		{"same period, different action", []Rule{
			{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
			{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Anonymise, Reason: "r"},
		}, nil, []finding{{CodeConflict, "a", "b", "Data"}, {CodeConflict, "b", "a", "Data"}}},
		{"same rule twice under two IDs agrees", []Rule{
			{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
			{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "other words"},
		}, nil, nil},
		{"different triggers combine, whichever first (WIG non-members)", []Rule{
			{ID: "a", Data: "contacts", Kind: Until, Trigger: SubjectRequest, Action: Delete, Reason: "r"},
			{ID: "b", Data: "contacts", Kind: After, Trigger: AccountInactivity, Period: Years(5), Action: Delete, Reason: "r"},
		}, nil, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustSchedule(t, tt.rules, tt.opts...)
			got := s.Check()
			var gotF []finding
			for _, e := range got {
				gotF = append(gotF, finding{e.Code, e.Rule, e.Other, e.Field})
				if e.Message == "" || e.Article == "" {
					t.Errorf("%+v: empty message or article", e)
				}
				if !strings.Contains(e.Error(), string(e.Code)) {
					t.Errorf("Error() %q lacks the code", e.Error())
				}
			}
			if !slices.Equal(gotF, tt.want) {
				t.Errorf("Check() = %+v\nwant %+v", gotF, tt.want)
			}
			if (got.Err() == nil) != (len(tt.want) == 0) {
				t.Errorf("Err() = %v", got.Err())
			}
		})
	}
}

func TestBelowMinimumNamesTheLaw(t *testing.T) {
	s := mustSchedule(t, []Rule{
		{ID: "max", Data: "accounts", Kind: After, Trigger: EndOfFinancialYear, Period: Years(3), Action: Delete, Reason: "finance"},
		{ID: "min", Data: "accounts", Kind: Minimum, Trigger: EndOfFinancialYear, Period: Years(6), Reason: "charity accounts", Law: "Charities Act 2011 s.134"},
	})
	errs := s.Check()
	if len(errs) != 1 || errs[0].Article != "Charities Act 2011 s.134" {
		t.Fatalf("Check() = %v, want one finding citing Charities Act 2011 s.134", errs)
	}
	var e *Error
	if !errors.As(errs.Err(), &e) || e.Code != CodeBelowMinimum {
		t.Errorf("errors.As on Err() = %v", e)
	}
}

func TestNewScheduleErrors(t *testing.T) {
	r := Rule{ID: "a", Kind: After, Trigger: Collection, Period: Years(1), Action: Delete, Reason: "r"}
	tests := []struct {
		name  string
		rules []Rule
		want  []Code
	}{
		{"empty ID", []Rule{{Kind: After}}, []Code{CodeNoID}},
		{"duplicate ID", []Rule{r, r}, []Code{CodeDuplicateID}},
		{"both", []Rule{r, {}, r}, []Code{CodeNoID, CodeDuplicateID}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := NewSchedule(tt.rules)
			var errs Errors
			if s != nil || !errors.As(err, &errs) {
				t.Fatalf("NewSchedule = %v, %v; want nil and Errors", s, err)
			}
			if !slices.Equal(errs.Codes(), tt.want) {
				t.Errorf("codes = %v, want %v", errs.Codes(), tt.want)
			}
			if len(errs) > 1 && !strings.Contains(errs.Error(), "and 1 more") {
				t.Errorf("Error() = %q", errs.Error())
			}
		})
	}
}

func TestCodeArticles(t *testing.T) {
	for c := range codeArticles {
		if c.Article() == "" || !strings.HasPrefix(string(c), "retention/") {
			t.Errorf("code %q: article %q", c, c.Article())
		}
	}
	if Code("retention/nope").Article() != "" {
		t.Error("unknown code has an article")
	}
}

func TestConflictWithBrokenRuleIsNotHalfReported(t *testing.T) {
	s := mustSchedule(t, []Rule{
		{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
		{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Action: Delete, Reason: "r"}, // zero period
	})
	if got := s.Check().Codes(); !slices.Equal(got, []Code{CodeBadPeriod}) {
		t.Errorf("Check() = %v, want only the bad period", got)
	}
}

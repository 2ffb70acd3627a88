package retention

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"

	"pgregory.net/rapid"
)

func TestCheck(t *testing.T) {
	ok := Rule{ID: "ok", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "contract"}
	with := func(f func(*Rule)) Rule { r := ok; f(&r); return r }
	type finding = struct {
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
			nil, []finding{{CodeNoAction, "ok", "", "action"}}},
		{"action out of range", []Rule{with(func(r *Rule) { r.Action = 9 })},
			nil, []finding{{CodeNoAction, "ok", "", "action"}}},
		{"until rule without action", []Rule{with(func(r *Rule) { r.Kind, r.Period, r.Action = Until, Period{}, 0 })},
			nil, []finding{{CodeNoAction, "ok", "", "action"}}},
		{"a minimum may be a pure floor, without action",
			[]Rule{{ID: "m", Data: "x", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "tax", Law: "VATA 1994 Sch. 11 para 6(3)"}},
			nil, nil},
		{"zero period", []Rule{with(func(r *Rule) { r.Period = Period{} })},
			nil, []finding{{CodeBadPeriod, "ok", "", "period"}}},
		{"negative period", []Rule{with(func(r *Rule) { r.Period = Period{Years: 1, Days: -1} })},
			nil, []finding{{CodeBadPeriod, "ok", "", "period"}}},
		{"period above the limit", []Rule{with(func(r *Rule) { r.Period = Years(1001) })},
			nil, []finding{{CodeBadPeriod, "ok", "", "period"}}},
		{"negative grace", []Rule{with(func(r *Rule) { r.Grace = Months(-1) })},
			nil, []finding{{CodeBadPeriod, "ok", "", "grace"}}},
		{"zero minimum", []Rule{{ID: "m", Kind: Minimum, Trigger: Collection, Reason: "tax", Law: "x"}},
			nil, []finding{{CodeBadPeriod, "m", "", "period"}}},
		{"until rule with a period", []Rule{with(func(r *Rule) { r.Kind = Until })},
			nil, []finding{{CodeBadPeriod, "ok", "", "period"}}},
		{"criteria rule with a period", []Rule{{ID: "c", Kind: Criteria, Period: Years(1), Reason: "r", Criteria: "need"}},
			nil, []finding{{CodeCriteriaOnly, "c", "", "criteria"}, {CodeBadPeriod, "c", "", "period"}}},
		{"unknown trigger", []Rule{with(func(r *Rule) { r.Trigger = "end-of-season" })},
			nil, []finding{{CodeUnknownTrigger, "ok", "", "trigger"}}},
		{"declared trigger", []Rule{with(func(r *Rule) { r.Trigger = "end-of-season" })},
			[]Option{WithTriggers("end-of-season")}, nil},
		{"malformed trigger, even if declared", []Rule{with(func(r *Rule) { r.Trigger = "End Of Season" })},
			[]Option{WithTriggers("End Of Season")}, []finding{{CodeUnknownTrigger, "ok", "", "trigger"}}},
		{"no trigger", []Rule{with(func(r *Rule) { r.Trigger = "" })},
			nil, []finding{{CodeNoTrigger, "ok", "", "trigger"}}},
		{"no reason", []Rule{with(func(r *Rule) { r.Reason = " " })},
			nil, []finding{{CodeNoReason, "ok", "", "reason"}}},
		{"unspecified kind", []Rule{with(func(r *Rule) { r.Kind = 0 })},
			nil, []finding{{CodeBadKind, "ok", "", "kind"}}},
		{"minimum without law", []Rule{{ID: "m", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "tax"}},
			nil, []finding{{CodeNoLaw, "m", "", "law"}}},
		{"by-law rule without law or period", []Rule{{ID: "b", Kind: ByLaw, Action: Review, Reason: "tax"}},
			nil, []finding{{CodeNoLaw, "b", "", "law"}, {CodeLawPeriodUnstated, "b", "", "period"}}},
		{"criteria only (IET)", []Rule{{ID: "c", Kind: Criteria, Reason: "r", Criteria: "need"}},
			nil, []finding{{CodeCriteriaOnly, "c", "", "criteria"}}},
		{"maximum below a statutory minimum",
			[]Rule{
				{ID: "max", Data: "accounts", Kind: After, Trigger: EndOfFinancialYear, Period: Years(3), Grace: Years(5), Action: Delete, Reason: "finance"},
				{ID: "min", Data: "accounts", Kind: Minimum, Trigger: EndOfFinancialYear, Period: Years(6), Reason: "charity accounts", Law: "Charities Act 2011 s.134"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "period"}}},
		// Charity accounting records: at least six years from the end of
		// the financial year (Charities Act 2011 s.131; reference §13).
		{"until rule below a minimum",
			[]Rule{
				{ID: "max", Data: "accounting-records", Kind: Until, Trigger: EndOfFinancialYear, Action: Delete, Reason: "year closed"},
				{ID: "min", Data: "accounting-records", Kind: Minimum, Trigger: EndOfFinancialYear, Period: Years(6), Reason: "charity accounting records", Law: "Charities Act 2011 s.131"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "period"}}},
		// A 30-day minimum excludes the day of the event and runs out at
		// the end of day 30, so it is met from day 31. One month from
		// 31 January 2023 is 28 February, day 28: P1M falls due earlier.
		{"one month below thirty days from some dates",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Months(1), Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(30), Reason: "r", Law: "l"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "period"}}},
		// A one-month minimum from 1 January runs out at the end of
		// 1 February; 31 days from 1 January is 1 February itself.
		{"thirty-one days below one month from some dates",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Days(31), Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Months(1), Reason: "r", Law: "l"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "period"}}},
		// No month has more than 31 days, so one month on is at most day
		// 31 and the minimum is met by day 32.
		{"thirty-two days are never below one month",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Days(32), Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Months(1), Reason: "r", Law: "l"},
			},
			nil, nil},
		// One month from 1 February 2023 is 1 March, day 28: the last day
		// of a 28-day minimum, which is met only on day 29.
		{"one month below twenty-eight days in a common-year February",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Period{Months: 1}, Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(28), Reason: "r", Law: "l"},
			},
			nil, []finding{{CodeBelowMinimum, "max", "min", "period"}}},
		// No month is shorter than 28 days: one month on is day 28 or
		// later, the day after a 27-day minimum's last day.
		{"one month is never below twenty-seven days",
			[]Rule{
				{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Period{Months: 1}, Action: Delete, Reason: "r"},
				{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Days(27), Reason: "r", Law: "l"},
			},
			nil, nil},
		// Companies Act 2006 s.388(4)(b): a public company's accounting
		// records are kept six years from the date they are made, the day
		// of making excluded, so through the sixth anniversary. "Up to six
		// years" allows deletion on the anniversary: one day short.
		{"equal periods are below: the maximum falls due on the minimum's last day", []Rule{
			{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Years(6), Action: Delete, Reason: "r"},
			{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "r", Law: "Companies Act 2006 s.388(4)(b)"},
		}, nil, []finding{{CodeBelowMinimum, "max", "min", "period"}}},
		{"six years and a day are not below six years", []Rule{
			{ID: "max", Data: "d", Kind: After, Trigger: Collection, Period: Period{Years: 6, Days: 1}, Action: Delete, Reason: "r"},
			{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Years(6), Reason: "r", Law: "Companies Act 2006 s.388(4)(b)"},
		}, nil, nil},
		// The minimum cannot floor a maximum counted from another event:
		// advisory, on the maximum only. A private company keeps its
		// accounting records three years from the date they are made
		// (Companies Act 2006 s.388(4)(a)).
		{"a minimum from another trigger is reported, not compared", []Rule{
			{ID: "max", Data: "d", Kind: After, Trigger: LastContact, Period: Years(1), Action: Delete, Reason: "r"},
			{ID: "min", Data: "d", Kind: Minimum, Trigger: Collection, Period: Years(3), Reason: "r", Law: "Companies Act 2006 s.388(4)(a)"},
		}, nil, []finding{{CodeMinimumOtherTrigger, "max", "min", "trigger"}}},
		// Income Tax (PAYE) Regulations 2003 reg. 97: three years after the
		// end of the tax year; a maximum counted from the end of employment.
		{"PAYE minimum against a maximum from the end of the contract", []Rule{
			{ID: "payroll", Data: "payroll", Kind: After, Trigger: EndOfContract, Period: Years(2), Action: Delete, Reason: "payroll"},
			{ID: "paye", Data: "payroll", Kind: Minimum, Trigger: EndOfTaxYear, Period: Years(3), Reason: "PAYE records", Law: "Income Tax (PAYE) Regulations 2003 reg. 97"},
			{ID: "other-data", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(1), Action: Delete, Reason: "r"},
		}, nil, []finding{{CodeMinimumOtherTrigger, "payroll", "paye", "trigger"}}},
		{"two rules for the same data that disagree, both reported", []Rule{
			{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
			{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(2), Action: Delete, Reason: "r"},
		}, nil, []finding{{CodeConflict, "a", "b", ""}, {CodeConflict, "b", "a", ""}}},
		{"same period, different action", []Rule{
			{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
			{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Anonymise, Reason: "r"},
		}, nil, []finding{{CodeConflict, "a", "b", ""}, {CodeConflict, "b", "a", ""}}},
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
			got := s.Check(basis.UK)
			var gotF []finding
			for _, e := range got {
				gotF = append(gotF, legacy(e))
				if e.Message == "" || e.Article == "" || !e.Severity.IsValid() {
					t.Errorf("%+v: empty message, article or severity", e)
				}
				if !strings.Contains(e.Error(), string(e.Code)) {
					t.Errorf("Error() %q lacks the code", e.Error())
				}
			}
			if !slices.Equal(gotF, tt.want) {
				t.Errorf("Check() = %+v\nwant %+v", gotF, tt.want)
			}
		})
	}
}

// legacy reduces a finding to its code, rule, related rule and field, read
// back from its paths.
func legacy(f Finding) struct {
	code        Code
	rule, other string
	field       string
} {
	split := func(p string) (id, field string) {
		if !strings.HasPrefix(p, `rules["`) {
			return "", p
		}
		end := strings.Index(p, `"]`)
		id, err := strconv.Unquote(p[len("rules[") : end+1])
		if err != nil {
			return "", p
		}
		return id, strings.TrimPrefix(p[end+2:], ".")
	}
	var out struct {
		code        Code
		rule, other string
		field       string
	}
	out.code = f.Code
	out.rule, out.field = split(f.Path)
	if len(f.Related) > 0 {
		out.other, _ = split(f.Related[0])
	}
	return out
}

func TestBelowMinimumNamesTheLaw(t *testing.T) {
	s := mustSchedule(t, []Rule{
		{ID: "max", Data: "accounts", Kind: After, Trigger: EndOfFinancialYear, Period: Years(3), Action: Delete, Reason: "finance"},
		{ID: "min", Data: "accounts", Kind: Minimum, Trigger: EndOfFinancialYear, Period: Years(6), Reason: "charity accounts", Law: "Charities Act 2011 s.134"},
	})
	errs := s.Check(basis.UK)
	if len(errs) != 1 || errs[0].Article != "Charities Act 2011 s.134" {
		t.Fatalf("Check() = %v, want one finding citing Charities Act 2011 s.134", errs)
	}
	var e Finding
	if !errors.As(errs.Err(), &e) || e.Code != CodeBelowMinimum || e.Severity != basis.Error ||
		e.Path != `rules["max"].period` || !slices.Equal(e.Related, []string{`rules["min"].period`}) {
		t.Errorf("errors.As on Err() = %+v", e)
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
			var e *basis.InputError
			if s != nil || !errors.As(err, &e) {
				t.Fatalf("NewSchedule = %v, %v; want nil and *basis.InputError", s, err)
			}
			var codes []Code
			for x := error(e); x != nil; {
				if ie, ok := x.(*basis.InputError); ok {
					codes = append(codes, ie.Code)
					x = ie.Err
					continue
				}
				if j, ok := x.(interface{ Unwrap() []error }); ok {
					for _, y := range j.Unwrap() {
						codes = append(codes, basis.CodeOf(y))
					}
				}
				break
			}
			if !slices.Equal(codes, tt.want) {
				t.Errorf("codes = %v, want %v", codes, tt.want)
			}
			if len(tt.want) > 1 && !strings.Contains(e.Error(), "and 1 more") {
				t.Errorf("Error() = %q", e.Error())
			}
		})
	}
}

// Citations follow the regime: the UK GDPR for the UK, the GDPR for the
// EU (basis.Regime.Cite with the zero time, the instrument in force now).
func TestCodeArticles(t *testing.T) {
	for c := range codeArticles {
		uk, eu := cite(basis.UK, time.Time{}, c), cite(basis.EU, time.Time{}, c)
		if !strings.HasPrefix(uk, "UK GDPR Art. ") || !strings.HasPrefix(eu, "GDPR Art. ") || !strings.HasPrefix(string(c), "retention/") {
			t.Errorf("code %q: articles %q, %q", c, uk, eu)
		}
	}
	if cite(basis.UK, time.Time{}, "retention/nope") != "" {
		t.Error("unknown code has an article")
	}
	s := mustSchedule(t, []Rule{{ID: "a", Data: "d", Kind: Criteria, Reason: "r", Criteria: "c"}})
	if got := s.Check(basis.EU); len(got) != 1 || got[0].Article != "GDPR Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)" {
		t.Errorf("Check(EU) = %+v", got)
	}
	if got := s.Check(basis.UK); len(got) != 1 || got[0].Article != "UK GDPR Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)" {
		t.Errorf("Check(UK) = %+v", got)
	}
}

func TestConflictWithBrokenRuleIsNotHalfReported(t *testing.T) {
	s := mustSchedule(t, []Rule{
		{ID: "a", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Action: Delete, Reason: "r"},
		{ID: "b", Data: "emails", Kind: After, Trigger: LastContact, Action: Delete, Reason: "r"}, // zero period
	})
	if got := s.Check(basis.UK).Codes(); !slices.Equal(got, []Code{CodeBadPeriod}) {
		t.Errorf("Check() = %v, want only the bad period", got)
	}
}

// CodeBelowMinimum is reported exactly when the maximum's own due date falls
// before the minimum's floor (the day after its last day) for some trigger
// day. Month lengths repeat every 400 years, so a search of one cycle of
// trigger days is exhaustive.
func TestUndercutsMatchesDueDates(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := Rule{Kind: After, Period: genPeriod(true).Draw(t, "max")}
		if rapid.Bool().Draw(t, "until") {
			r = Rule{Kind: Until}
		}
		m := Rule{Kind: Minimum, Period: genPeriod(true).Draw(t, "min")}
		found := Day(0)
		start := DayFromYMD(2000, 3, 1)
		for d := start; d < start+146097 && found == 0; d++ {
			if r.Period.AddToDay(d) < m.Period.AddToDay(d)+1 {
				found = d
			}
		}
		if got := undercuts(r, m); got != (found != 0) {
			t.Fatalf("undercuts(%s, minimum %s) = %v; first trigger day whose maximum falls due before the floor: %s", r.Period, m.Period, got, found)
		}
	})
}

// CheckAt cites the instrument in force on the date: the GDPR in the UK
// before 2021-01-01, the UK GDPR from then.
func TestCheckAtCitesByDate(t *testing.T) {
	s := mustSchedule(t, []Rule{{ID: "a", Data: "d", Kind: Criteria, Reason: "r", Criteria: "c"}})
	for _, tt := range []struct {
		at   time.Time
		want string
	}{
		{time.Date(2020, 12, 31, 12, 0, 0, 0, time.UTC), "GDPR Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)"},
		{time.Date(2021, 1, 1, 12, 0, 0, 0, time.UTC), "UK GDPR Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)"},
	} {
		if got := s.CheckAt(basis.UK, tt.at); len(got) != 1 || got[0].Article != tt.want {
			t.Errorf("CheckAt(UK, %s) = %v, want the article %q", tt.at.Format(time.DateOnly), got, tt.want)
		}
	}
}

package retention_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/retention"
)

func ExamplePeriod_AddTo() {
	// 31 January plus one month is the last day of February, never 3 March.
	p := retention.Period{Months: 1}
	fmt.Println(p.AddTo(time.Date(2024, 1, 31, 9, 30, 0, 0, time.UTC)))
	// 29 February plus one year is 28 February.
	fmt.Println(retention.Years(1).AddTo(time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)).Format(time.DateOnly))
	// Output:
	// 2024-02-29 09:30:00 +0000 UTC
	// 2025-02-28
}

func ExampleParsePeriod() {
	for _, s := range []string{"P40Y", "P1Y6M", "P2W", "PT12H", "P1.5Y"} {
		p, err := retention.ParsePeriod(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%s = %d years, %d months, %d days, written %s\n", s, p.Years, p.Months, p.Days, p)
	}
	// Output:
	// P40Y = 40 years, 0 months, 0 days, written P40Y
	// P1Y6M = 1 years, 6 months, 0 days, written P1Y6M
	// P2W = 0 years, 0 months, 14 days, written P14D
	// 1:2: "PT12H": has a time component; only years, months, weeks and days are supported [retention/bad-period-text]
	// 1:3: "P1.5Y": has a fraction; only whole numbers are supported [retention/bad-period-text]
}

func ExampleSchedule_Evaluate() {
	// NET 9.3: "up to 40 years from the date you complete your assessment
	// ... plus up to 12 months for our internal processes to securely review
	// and delete inactive records."
	s, err := retention.NewSchedule([]retention.Rule{{
		ID: "net-9.3", Data: "candidate-identity", Kind: retention.After,
		Trigger: retention.Completion, Period: retention.Years(40), Grace: retention.Months(12),
		Action: retention.Delete, Reason: "to confirm qualified status",
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	facts := retention.Facts{Events: map[retention.Trigger]time.Time{
		retention.Completion: time.Date(2020, 2, 29, 14, 0, 0, 0, time.UTC),
	}}
	for _, asOf := range []time.Time{
		time.Date(2030, 1, 1, 12, 0, 0, 0, time.UTC),
		time.Date(2060, 3, 1, 12, 0, 0, 0, time.UTC),
		time.Date(2061, 3, 1, 12, 0, 0, 0, time.UTC),
	} {
		d, _ := s.Evaluate("net-9.3", facts, asOf)
		fmt.Println(asOf.Format(time.DateOnly), d.Status, d.Action, "due", d.Due, "deadline", d.Deadline)
	}
	facts.Holds = []retention.Hold{{Reason: "employment tribunal claim"}}
	d, _ := s.Evaluate("net-9.3", facts, time.Date(2061, 3, 1, 12, 0, 0, 0, time.UTC))
	fmt.Println(d.Status, d.Hold)
	// Output:
	// 2030-01-01 not-due delete due 2060-02-29 deadline 2061-02-28
	// 2060-03-01 due delete due 2060-02-29 deadline 2061-02-28
	// 2061-03-01 overdue delete due 2060-02-29 deadline 2061-02-28
	// held employment tribunal claim
}

func ExampleSchedule_EvaluateData() {
	// WIG: "we will keep your personal contact data ... until the time that
	// you notify us otherwise, or your account has been inactive for five
	// years": two rules for the same data, whichever comes first.
	s, err := retention.NewSchedule([]retention.Rule{
		{ID: "told", Data: "contacts", Kind: retention.Until, Trigger: retention.SubjectRequest,
			Action: retention.Delete, Reason: "until you notify us otherwise"},
		{ID: "inactive", Data: "contacts", Kind: retention.After, Trigger: retention.AccountInactivity,
			Period: retention.Years(5), Action: retention.Delete, Reason: "account inactive for five years"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	asOf := time.Date(2025, 3, 1, 12, 0, 0, 0, time.UTC)
	lastLogin := time.Date(2020, 2, 29, 18, 0, 0, 0, time.UTC)
	for _, events := range []map[retention.Trigger]time.Time{
		{},
		{retention.AccountInactivity: lastLogin},
		{retention.AccountInactivity: time.Date(2023, 5, 2, 9, 0, 0, 0, time.UTC)},
		{retention.AccountInactivity: time.Date(2023, 5, 2, 9, 0, 0, 0, time.UTC),
			retention.SubjectRequest: time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)},
	} {
		d, _ := s.EvaluateData("contacts", retention.Facts{Events: events}, asOf)
		fmt.Println(d.Rule, d.Status, d.Due)
	}
	// Output:
	// told trigger-pending none
	// inactive overdue 2025-02-28
	// inactive not-due 2028-05-02
	// told due 2025-03-01
}

func ExampleSchedule_Check() {
	s, _ := retention.NewSchedule([]retention.Rule{
		// IET: "These set out the criteria we use to determine how long we
		// keep information."
		{ID: "iet", Kind: retention.Criteria, Reason: "services and obligations",
			Criteria: "what we need to provide services and meet our obligations"},
		// A payroll maximum below the PAYE minimum.
		{ID: "payroll", Data: "payroll", Kind: retention.After, Trigger: retention.EndOfTaxYear,
			Period: retention.Years(2), Action: retention.Delete, Reason: "payroll"},
		{ID: "paye", Data: "payroll", Kind: retention.Minimum, Trigger: retention.EndOfTaxYear,
			Period: retention.Years(3), Reason: "PAYE records", Law: "Income Tax (PAYE) Regulations 2003 reg. 97"},
	})
	findings := s.Check(basis.UK)
	for _, f := range findings {
		fmt.Println(f.Severity, f.Code, f.Path, f.Related, f.Article)
	}
	fmt.Println(findings.Err() != nil)
	// Output:
	// info retention/criteria-only rules["iet"].criteria [] UK GDPR Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)
	// error retention/below-minimum rules["payroll"].period [rules["paye"].period] Income Tax (PAYE) Regulations 2003 reg. 97
	// true
}

func ExampleSweeper_Sweep() {
	// STEM Learning: "2 years after the last activity" and "6 months –
	// short term business use".
	s, _ := retention.NewSchedule([]retention.Rule{
		{ID: "engagement", Data: "engagement", Kind: retention.After, Trigger: retention.LastActivity,
			Period: retention.Years(2), Action: retention.Delete, Reason: "engagements"},
		{ID: "short-term", Data: "short-term", Kind: retention.After, Trigger: retention.Collection,
			Period: retention.Months(6), Grace: retention.Days(14), Action: retention.Delete, Reason: "short term business use"},
	})
	engagement, _ := s.Ref("engagement")
	shortTerm, _ := s.Ref("short-term")
	day := func(s string) retention.Day { d, _ := retention.ParseDay(s); return d }
	records := []retention.Record{
		{ID: 1, Rule: engagement, Trigger: day("2016-02-29")}, // due 2018-02-28
		{ID: 2, Rule: engagement, Trigger: day("2016-03-01")}, // due 2018-03-01
		{ID: 3, Rule: shortTerm, Trigger: day("2017-08-31")},  // due 2018-02-28, deadline 2018-03-14
		{ID: 4, Rule: shortTerm, Trigger: day("2017-07-31"), Held: true},
		{ID: 5, Rule: shortTerm}, // not collected yet
	}
	w := s.Sweeper(time.Date(2018, 2, 28, 12, 0, 0, 0, time.UTC))
	fmt.Println("cutoff for engagement:", w.Cutoff(engagement))
	for d, err := range w.Sweep(slices.Values(records)) {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(d.Record.ID, d.Action, d.Status(), "due", d.Due(), "deadline", d.Deadline(), "-", d.Rule().Reason)
	}
	// Output:
	// cutoff for engagement: 2016-02-29
	// 1 delete due due 2018-02-28 deadline 2018-02-28 - engagements
	// 3 delete due due 2018-02-28 deadline 2018-03-14 - short term business use
}

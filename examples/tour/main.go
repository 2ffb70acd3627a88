// Command tour walks through dpmodel with facts from the five seed notices:
// the law in force on a date, a lawful basis that lacks its assessment,
// transfers judged as of the notice's date and as of today, access-request
// deadlines on UK bank-holiday calendars, a request's life, and a retention
// sweep. It is the main job until the register checker lands:
//
//	go run ./examples/tour
//
// Everything it prints comes from the library; "today" is fixed at
// 2026-11-23 so that the output is reproducible (see testdata/tour.golden).
package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "tour:", err)
		os.Exit(1)
	}
}

// run prints the tour to w.
func run(w io.Writer) error {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		return err
	}
	day := func(s string) time.Time {
		t, err := time.ParseInLocation(time.DateOnly, s, london)
		if err != nil {
			panic(err) // the tour's own constants
		}
		return t.Add(12 * time.Hour)
	}
	today := day("2026-11-23")

	section(w, "The law on a date (basis)")
	for _, at := range []time.Time{day("2026-02-04"), day("2026-02-05")} {
		fmt.Fprintf(w, "%s  UK recognised legitimate interest in force: %v; UK Art. 12A time limits: %v\n",
			at.Format(time.DateOnly),
			basis.UK.InForce(basis.RecognisedLegitimateInterests, at),
			basis.UK.InForce(basis.TimeLimitsArt12A, at))
	}

	section(w, "A lawful basis and what it lacks (basis)")
	// WIG relies on legitimate interests for "managing our relationship
	// with you"; a register that names the interest but records no
	// assessment is told that the assessment is not evidenced (Info:
	// a written assessment is ICO guidance, not statute).
	g := basis.Ground{Basis: basis.LegitimateInterests, Interest: "managing our relationship with members"}
	for _, f := range g.Check(basis.UK, today) {
		fmt.Fprintf(w, "%-8s %-28s %-22s %s\n", f.Severity, f.Code, f.Path, f.Article)
	}

	section(w, "Transfers judged as of a date (recipient)")
	transfers := []struct {
		who string
		t   recipient.Transfer
		at  []time.Time
	}{
		{"STEM Learning: US service on the EU-US Privacy Shield", recipient.Transfer{
			Recipient: "US email service", Countries: []recipient.Country{"US"},
			Mechanism: recipient.PrivacyShield, Certified: recipient.Present,
		}, []time.Time{day("2019-06-02"), today}},
		{"STEM Learning: \"by submitting your personal data, you're agreeing to this transfer\"", recipient.Transfer{
			Recipient: "overseas partners", AnyThirdCountry: true,
			Mechanism: recipient.DerogationConsent, Consent: recipient.Consent{Explicit: recipient.Absent},
		}, []time.Time{day("2019-06-02")}},
		{"IET: transfers outside the UK and EEA, no safeguard named", recipient.Transfer{
			Recipient: "IET offices abroad", AnyThirdCountry: true,
		}, []time.Time{day("2020-02-07")}},
	}
	for _, tr := range transfers {
		fmt.Fprintln(w, tr.who)
		for _, at := range tr.at {
			verdict := "valid"
			if err := tr.t.Check(basis.UK, at); err != nil {
				verdict = string(basis.CodeOf(err))
			} else {
				for f := range tr.t.Findings(basis.UK, at).AtLeast(basis.Warning) {
					verdict = f.Severity.String() + " " + string(f.Code) // recorded as not stated: a likely gap
					break
				}
			}
			fmt.Fprintf(w, "  as of %s: %s\n", at.Format(time.DateOnly), verdict)
		}
	}
	for _, c := range []recipient.Country{"JP", "KR", "US", "FR"} {
		fmt.Fprintf(w, "adequate for UK exporters today: %s %v\n", c, recipient.Adequate(basis.UK, c, today))
	}

	section(w, "Access-request deadlines by the ICO's method (rights)")
	// The corresponding date, the month's last day where there is none,
	// then the next working day of the controller's division: 2 January
	// and St Andrew's Day are Scottish bank holidays.
	for _, received := range []string{"2025-01-31", "2024-01-31", "2027-04-01", "2025-12-02", "2025-10-30"} {
		r := day(received)
		fmt.Fprintf(w, "received %s  England and Wales %s  Scotland %s\n",
			r.Format("Mon 2 Jan 2006"),
			rights.Deadline(r, rights.EnglandAndWales).Format("Mon 2 Jan 2006"),
			rights.Deadline(r, rights.Scotland).Format("Mon 2 Jan 2006"))
	}

	section(w, "One request's life (rights)")
	// SOE: "we will charge a reasonable fee of £50 ... We will aim to get
	// you the information within one working week".
	soe := rights.Policy{Fee: rights.GBP(50), TargetWorkingDays: 5}
	req, err := rights.Open(rights.Opening{
		ID:       uuid.MustParse("1b4e28ba-2fa1-11d2-883f-0016d3cca427"),
		Kind:     rights.AccessRequest,
		Regime:   basis.UK,
		Received: day("2026-11-02"),
		Actor:    "dpo",
	}, rights.WithPolicy(soe), rights.WithCalendar(rights.EnglandAndWales))
	if err != nil {
		return err
	}
	show := func(what string) {
		due, ok := req.Due()
		if !ok {
			fmt.Fprintf(w, "%-34s %-22s clock stopped\n", what, req.State())
			return
		}
		target, _ := req.Target()
		fmt.Fprintf(w, "%-34s %-22s due %s, target %s\n", what, req.State(), due.Format(time.DateOnly), target.Format(time.DateOnly))
	}
	show("received")
	steps := []struct {
		what string
		do   func() error
	}{
		{"asked for proof of identity", func() error { return req.AskIdentity(day("2026-11-03"), "dpo", "address differs from our records") }},
		{"identity received", func() error { return req.ReceiveIdentity(day("2026-11-05"), "dpo", "") }},
		{"asked what the request covers", func() error { return req.AskClarification(day("2026-11-09"), "dpo", "thirty years of records") }},
		{"clarification received", func() error { return req.ReceiveClarification(day("2026-11-12"), "dpo", "") }},
		{"completed", func() error { return req.Complete(day("2026-11-19"), "dpo", "sent by secure email") }},
		{"extended after completion", func() error { return req.Extend(day("2026-11-20"), "dpo", "complex") }},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			fmt.Fprintf(w, "%-34s error: %s\n", s.what, basis.CodeOf(err))
			continue
		}
		show(s.what)
	}

	section(w, "A retention sweep (retention)")
	// NET 9.3, 9.5 and 9.6, and STEM Learning's "2 years after the last
	// activity".
	s, err := retention.NewSchedule([]retention.Rule{
		{ID: "net-assessment", Data: "assessment-record", Kind: retention.After, Trigger: retention.Completion,
			Period: retention.Years(40), Grace: retention.Months(12), Action: retention.Delete, Reason: "to confirm qualified status"},
		{ID: "net-email", Data: "email", Kind: retention.After, Trigger: retention.LastContact,
			Period: retention.Years(3), Grace: retention.Months(12), Action: retention.Delete, Reason: "correspondence"},
		{ID: "stem-engagement", Data: "engagement", Kind: retention.After, Trigger: retention.LastActivity,
			Period: retention.Years(2), Action: retention.Delete, Reason: "STEM Ambassador engagement"},
	})
	if err != nil {
		return err
	}
	ref := func(id string) retention.Ref { r, _ := s.Ref(id); return r }
	dayOf := func(d string) retention.Day { v, _ := retention.ParseDay(d); return v }
	records := []retention.Record{
		{ID: 1, Rule: ref("net-assessment"), Trigger: dayOf("1986-02-28")},
		{ID: 2, Rule: ref("net-email"), Trigger: dayOf("2022-11-30")},
		{ID: 3, Rule: ref("net-email"), Trigger: dayOf("2023-11-23")},
		{ID: 4, Rule: ref("stem-engagement"), Trigger: dayOf("2024-02-29")},
		{ID: 5, Rule: ref("stem-engagement"), Trigger: dayOf("2024-11-24"), Held: true},
	}
	w2 := s.Sweeper(today)
	for d, err := range w2.Sweep(slices.Values(records)) {
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "record %d  %-8s %-7s due %s  deadline %s  (%s)\n",
			d.Record.ID, d.Action, d.Status(), d.Due(), d.Deadline(), d.Rule().Reason)
	}
	for _, e := range s.Check(basis.UK) {
		fmt.Fprintf(w, "schedule check: %s %s %s\n", e.Severity, e.Code, e.Path)
	}
	return nil
}

func section(w io.Writer, title string) {
	fmt.Fprintf(w, "\n## %s\n", title)
}

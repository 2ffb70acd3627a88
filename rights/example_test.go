package rights_test

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
	"github.com/google/uuid"
)

func london() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	return loc
}

// Which rights a member has against processing on each lawful basis, by the
// ICO's table.
func ExampleApplies() {
	for _, b := range []basis.Basis{basis.Consent, basis.LegalObligation, basis.LegitimateInterests} {
		fmt.Printf("%-21s erasure=%-5v portability=%-5v object=%v\n", b,
			rights.Applies(rights.Erasure, b), rights.Applies(rights.Portability, b), rights.Applies(rights.Object, b))
	}
	// Output:
	// consent               erasure=true  portability=true  object=false
	// legal-obligation      erasure=false portability=false object=false
	// legitimate-interests  erasure=true  portability=false object=true
}

// SOE sends marketing to customers on legitimate interests. An objection to
// direct marketing is absolute (Art. 21(3)): no balancing test.
func ExampleAssess() {
	v, err := rights.Assess(rights.Object, rights.Situation{
		Regime:          basis.UK,
		At:              time.Date(2026, 3, 2, 10, 0, 0, 0, london()),
		Basis:           basis.LegitimateInterests,
		DirectMarketing: true,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("applies:", v.Applies, "absolute:", v.Absolute)
	for _, r := range v.Reasons {
		fmt.Println(r.Code, r.Article)
	}
	// Output:
	// applies: true absolute: true
	// rights/object-direct-marketing UK GDPR Art. 21(2)-(3)
	// rights/object-particular-situation UK GDPR Art. 21(1)
}

// An access request to SOE, whose notice says: "we will charge a reasonable
// fee of £50. We will aim to get you the information within one working
// week".
func ExampleRequest() {
	soe := rights.Policy{Fee: rights.GBP(50), TargetWorkingDays: 5}
	day := func(d, h int) time.Time { return time.Date(2026, 3, d, h, 0, 0, 0, london()) }

	r, err := rights.Open(rights.Opening{
		ID:       uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
		Kind:     rights.AccessRequest,
		Regime:   basis.UK,
		Received: day(2, 10),
		Actor:    "dpo@soe",
	}, rights.WithPolicy(soe), rights.WithCalendar(rights.EnglandAndWales))
	if err != nil {
		fmt.Println(err)
		return
	}
	show := func() {
		due, ok := r.Due()
		target, _ := r.Target()
		if !ok {
			fmt.Printf("%-18s clock stopped\n", r.State())
			return
		}
		fmt.Printf("%-18s due %s, target %s\n", r.State(), due.Format(time.DateOnly), target.Format(time.DateOnly))
	}
	show()
	_ = r.AskIdentity(day(3, 9), "dpo@soe", "the address does not match our records")
	show()
	_ = r.ReceiveIdentity(day(5, 14), "dpo@soe", "")
	show()
	_ = r.Start(day(6, 9), "dpo@soe", "")
	if err := r.Complete(day(6, 8), "dpo@soe", "sent"); err != nil {
		fmt.Println(err)
	}
	_ = r.Complete(day(11, 16), "dpo@soe", "copy sent by secure email")
	show()
	fmt.Println(r.Len(), "events")
	// Output:
	// received           due 2026-04-02, target 2026-03-09
	// awaiting-identity  clock stopped
	// received           due 2026-04-07, target 2026-03-12
	// at: "2026-03-06T08:00:00Z": events are in time order; the previous one is at 2026-03-06T09:00:00Z [rights/time-order]
	// completed          due 2026-04-07, target 2026-03-12
	// 5 events
}

// An exam candidate asks for their marks before the results are out: DPA
// 2018 Sch. 2 para 25(3) sets the time limit.
func ExampleExamMarksDeadline() {
	received := time.Date(2026, 3, 10, 11, 0, 0, 0, london())
	due, _ := rights.ExamMarksDeadline(received, time.Time{})
	fmt.Println("before the announcement:", due.Format(time.DateOnly))
	due, _ = rights.ExamMarksDeadline(received, time.Date(2026, 5, 20, 8, 0, 0, 0, london()))
	fmt.Println("announced 20 May:", due.Format(time.DateOnly))
	// Output:
	// before the announcement: 2026-08-09
	// announced 20 May: 2026-06-28
}

// A UK complaint to the controller must be acknowledged within 30 days
// beginning with the day it is received (DPA 2018 s.164A(3)).
func ExampleAcknowledgeBy() {
	by, err := rights.AcknowledgeBy(basis.UK, time.Date(2026, 6, 19, 10, 0, 0, 0, london()))
	fmt.Println(by.Format(time.DateOnly), err)
	_, err = rights.AcknowledgeBy(basis.UK, time.Date(2026, 6, 18, 10, 0, 0, 0, london()))
	fmt.Println(err != nil)
	// Output:
	// 2026-07-18 <nil>
	// true
}

// A request is stored as its event log and rebuilt by replaying it.
func ExampleReplay() {
	r, _ := rights.Open(rights.Opening{
		ID:         uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8"),
		Kind:       rights.HumanInterventionRequest,
		Regime:     basis.UK,
		Received:   time.Date(2026, 3, 2, 10, 0, 0, 0, london()),
		DecisionAt: time.Date(2026, 2, 27, 16, 0, 0, 0, london()),
		Actor:      "appeals@net",
		Reason:     "candidate asks for a review of the online assessment's fail",
	})
	_ = r.Start(time.Date(2026, 3, 3, 9, 0, 0, 0, london()), "appeals@net", "")
	data, _ := rights.EncodeLog(r.Log())

	events, err := rights.DecodeLog(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	again, err := rights.Replay(events)
	if err != nil {
		fmt.Println(err)
		return
	}
	due, _ := again.Due()
	fmt.Println(again.Kind(), again.Article(), again.State(), due.Format(time.DateOnly), again.Equal(r))
	// Output:
	// human-intervention UK GDPR Art. 22C(2)(c) in-progress 2026-04-02 true
}

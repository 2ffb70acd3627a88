package gdpr_test

import (
	"fmt"
	"slices"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
)

// exampleRules are a professional body's activities, as a register would
// give them.
var exampleRules = []gdpr.ActivityRule{
	{ID: "newsletter", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, DirectMarketing: true},
	{ID: "events-mail", Regime: basis.UK, Bases: []basis.Basis{basis.LegitimateInterests}, DirectMarketing: true},
	{ID: "membership", Regime: basis.UK, Bases: []basis.Basis{basis.Contract}},
	{ID: "archive", Regime: basis.UK, Bases: []basis.Basis{basis.LegalObligation}, WhileRestricted: gdpr.StorageOnly},
}

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Recording consent: a ledger is immutable, and every record returns a new
// one or an error that says what is wrong.
func ExampleLedger_WithConsent() {
	l := gdpr.NewLedger("M-10442")
	l, err := l.WithConsent(gdpr.ConsentRecord{
		ID:            uuid.MustParse("0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01"),
		Activity:      "newsletter",
		Given:         at("2026-03-02T10:00:00Z"),
		Method:        "tick box on the membership renewal form",
		NoticeVersion: "privacy-notice-2026-01",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l)

	// Withdrawing before consent was given is refused, and l is unchanged.
	_, err = l.Withdraw(uuid.MustParse("0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01"), at("2026-03-01T10:00:00Z"))
	fmt.Println(basis.CodeOf(err))

	l, _ = l.Withdraw(uuid.MustParse("0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01"), at("2026-04-01T08:30:00Z"))
	for c := range l.Consents() {
		fmt.Println(c)
	}
	// Output:
	// ledger of [redacted]: 1 consent, 0 objections, 0 restrictions
	// gdpr/ledger-time-order
	// consent 0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01 to "newsletter" given 2026-03-02T10:00:00Z, withdrawn 2026-04-01T08:30:00Z
}

// Deciding: may we email this member now? By activity id, by a compiled
// handle, and for many people at once.
func ExamplePolicy_Decide() {
	p, err := gdpr.NewPolicy(exampleRules)
	if err != nil {
		fmt.Println(err)
		return
	}
	alice, _ := gdpr.NewLedger("alice").WithConsent(gdpr.ConsentRecord{
		ID: uuid.New(), Activity: "newsletter", Given: at("2026-03-02T10:00:00Z")})
	bob, _ := gdpr.NewLedger("bob").WithObjection(gdpr.Objection{
		ID: uuid.New(), Scope: gdpr.ObjectToDirectMarketing, When: at("2026-02-01T09:00:00Z")})

	now := at("2026-03-05T12:00:00Z")
	fmt.Println(p.Decide("newsletter", alice, now))
	fmt.Println(p.Decide("newsletter", bob, now))
	fmt.Println(p.Decide("events-mail", bob, now))
	fmt.Println(p.Decide("membership", bob, now))

	h, _ := p.Activity("events-mail")
	for l := range h.Allowed(slices.Values([]*gdpr.Ledger{alice, bob}), now) {
		fmt.Println("events-mail may go to", string(l.Subject()))
	}
	// Output:
	// allowed (consent-live)
	// denied (direct-marketing-objection)
	// denied (direct-marketing-objection)
	// allowed (lawful-basis)
	// events-mail may go to alice
}

// Explaining: every rule considered, with the record it used and the
// article cited for the regime on the date.
func ExamplePolicy_Explain() {
	p, _ := gdpr.NewPolicy(exampleRules)
	l, _ := gdpr.NewLedgerOf(gdpr.LedgerRecords{
		Subject: "M-10442",
		Consents: []gdpr.ConsentRecord{{
			ID:       uuid.MustParse("0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01"),
			Activity: "newsletter", Given: at("2026-03-02T10:00:00Z"), Withdrawn: at("2026-04-01T08:30:00Z"),
		}},
		Restrictions: []gdpr.Restriction{{
			ID:     uuid.MustParse("5d1a7e0c-2b4f-4c8e-9f3a-6e2d8c1b7a02"),
			Ground: gdpr.AccuracyContested, Start: at("2026-04-02T00:00:00Z"),
		}},
	})
	fmt.Println(p.Explain("newsletter", l, at("2026-04-10T09:00:00Z")))
	fmt.Println(p.Explain("archive", l, at("2026-04-10T09:00:00Z")).Decision)
	// Output:
	// activity "newsletter" at 2026-04-10T09:00:00Z (uk): denied (restricted)
	//   activity: passed: bases consent; direct marketing
	//   objection: not-applicable: no objection in force reaches the activity
	//   restriction: failed: restricted since 2026-04-02T00:00:00Z (UK GDPR Art. 18(1)(a)); the activity is not storage or another exception (UK GDPR Art. 18(2)) [record 5d1a7e0c-2b4f-4c8e-9f3a-6e2d8c1b7a02]
	//   consent: failed: consent given 2026-03-02T10:00:00Z was withdrawn 2026-04-01T08:30:00Z (UK GDPR Art. 7(3)) [record 0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01]
	//   parental-consent: not-applicable: the activity is not an information society service offered directly to children
	// allowed (restriction-exception)
}

// Exporting consent records to the ISO/IEC TS 27560 structure and back.
func ExampleMarshalTS27560() {
	c := gdpr.ConsentRecord{
		ID: uuid.MustParse("0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01"), Subject: "M-10442",
		Activity: "newsletter", Given: at("2026-03-02T10:00:00Z"), NoticeVersion: "2026-01",
	}
	data, _ := gdpr.MarshalTS27560(slices.Values([]gdpr.ConsentRecord{c}))
	fmt.Println(string(data))
	back, err := gdpr.UnmarshalTS27560(data)
	fmt.Println(len(back), err, back[0].Equal(c))
	// Output:
	// [{"schemaVersion":"ISO/IEC TS 27560:2023","recordId":"0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01","piiPrincipalId":"M-10442","processing":[{"privacyNotice":"2026-01","purpose":"newsletter","lawfulBasis":"consent"}],"events":[{"eventTime":"2026-03-02T10:00:00Z","entityId":"M-10442","eventType":"consent","eventState":"given"}]}]
	// 1 <nil> true
}

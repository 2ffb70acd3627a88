// Package enginebench measures dpmodel's processing decisions and retention
// sweep side by side with the same rules written for two general policy
// engines, Open Policy Agent (Rego, a prepared query) and Cedar (cedar-go),
// and checks that all of them give the same answer.
//
// It is a separate module so that the library keeps its own dependencies:
// only this module depends on OPA and cedar-go. The scenario is in this
// file; the Rego policy is policy.rego, the Cedar policy policy.cedar, and
// the host-side Go a Cedar user writes for what Cedar cannot say is in
// cedar.go. See README.md for the results.
package enginebench

import (
	"strconv"
	"time"
	_ "time/tzdata" // Europe/London must resolve on a machine with no zoneinfo.

	"github.com/dpmodel/dpmodel/basis"
)

// The scopes of an Objection.
const (
	ScopeDirectMarketing = "direct-marketing" // to processing for direct marketing (Art. 21(2))
	ScopeActivity        = "activity"         // to one activity, named (Art. 21(1))
	ScopeAll             = "all"              // to all processing on grounds of the person's situation (Art. 21(1))
)

// The Art. 18(2) exceptions an activity may claim while the data are
// restricted.
const (
	StorageOnly = "storage-only" // storage only ("with the exception of storage")
	LegalClaims = "legal-claims" // the establishment, exercise or defence of legal claims
)

// Activity is one activity (purpose) of the register as the three engines
// see it.
type Activity struct {
	ID                string
	Bases             []basis.Basis
	DirectMarketing   bool   // any objection to direct marketing stops it (Art. 21(3))
	OfferedToChildren bool   // an information society service offered directly to a child (Art. 8(1))
	WhileRestricted   string // "", StorageOnly or LegalClaims (Art. 18(2))
}

// Consent is one consent record. A zero Withdrawn is not withdrawn.
type Consent struct {
	Activity  string
	Given     time.Time
	Withdrawn time.Time
	ByParent  bool // given or authorised by a holder of parental responsibility (Art. 8(1))
}

// Objection is one objection. Activity is set for ScopeActivity only. A
// zero Lifted stands; a zero Grounds means no compelling legitimate grounds
// were recorded (Art. 21(1)).
type Objection struct {
	Scope    string
	Activity string
	When     time.Time
	Lifted   time.Time
	Grounds  time.Time
}

// Restriction is a restriction of processing (Art. 18); a zero End stands.
type Restriction struct {
	Start, End time.Time
}

// Person is one data subject's records. A zero Born means the birth date is
// not recorded.
type Person struct {
	ID           string
	Born         time.Time // midnight at the start of the birthday, Europe/London
	Consents     []Consent
	Objections   []Objection
	Restrictions []Restriction
}

// DigitalConsentAge is the UK age of digital consent: below it, consent to
// an information society service offered directly to a child counts only if
// a parent gave or authorised it (UK GDPR Art. 8(1); DPA 2018 s.9).
const DigitalConsentAge = 13

// London is where the UK's calendar dates are counted.
var London = mustLocation("Europe/London")

func mustLocation(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // unreachable: time/tzdata is linked in
	}
	return loc
}

// mustTime parses an RFC 3339 time; it is only given the literals below.
func mustTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Day returns midnight at the start of the date in London.
func Day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, London) }

// Register is the scenario's ten activities under the UK regime.
func Register() []Activity {
	return []Activity{
		{ID: "membership", Bases: []basis.Basis{basis.Contract}},
		{ID: "newsletter", Bases: []basis.Basis{basis.Consent}, DirectMarketing: true},
		{ID: "event-mailings", Bases: []basis.Basis{basis.LegitimateInterests}, DirectMarketing: true},
		{ID: "fraud-checks", Bases: []basis.Basis{basis.LegitimateInterests}},
		{ID: "analytics", Bases: []basis.Basis{basis.LegitimateInterests}},
		{ID: "kids-club", Bases: []basis.Basis{basis.Consent}, OfferedToChildren: true},
		{ID: "research", Bases: []basis.Basis{basis.Consent}},
		{ID: "tax-records", Bases: []basis.Basis{basis.LegalObligation}},
		{ID: "records-archive", Bases: []basis.Basis{basis.LegalObligation}, WhileRestricted: StorageOnly},
		{ID: "claims-defence", Bases: []basis.Basis{basis.LegitimateInterests}, WhileRestricted: LegalClaims},
	}
}

// Scenario is the one person of the shared test table: a child born on
// 15 June 2012 (13 on 15 June 2025), with consents given, withdrawn and
// given again (one given by a parent, two given by the child herself on
// either side of her thirteenth birthday in London), an objection to direct
// marketing, objections to two activities (one answered by compelling
// grounds, one lifted), a later objection to all processing, and a
// restriction for November 2025.
func Scenario() Person {
	return Person{
		ID:   "member-1",
		Born: Day(2012, time.June, 15),
		Consents: []Consent{
			{Activity: "newsletter", Given: mustTime("2024-01-10T09:00:00Z"), Withdrawn: mustTime("2024-09-01T12:00:00Z")},
			{Activity: "newsletter", Given: mustTime("2025-02-01T08:30:00Z")},
			// The child's own consent at 11: not enough for a service
			// offered to children (Art. 8(1)).
			{Activity: "kids-club", Given: mustTime("2023-09-01T16:00:00Z")},
			{Activity: "kids-club", Given: mustTime("2024-01-15T18:00:00Z"), Withdrawn: mustTime("2025-05-01T07:00:00Z"), ByParent: true},
			// 23:30 on 14 June in London (BST): still 12.
			{Activity: "kids-club", Given: mustTime("2025-06-14T22:30:00Z")},
			// 00:30 on 15 June in London: 13 that day.
			{Activity: "kids-club", Given: mustTime("2025-06-14T23:30:00Z")},
			// Research is not offered to children: the child's own consent
			// at 12 counts.
			{Activity: "research", Given: mustTime("2025-03-01T10:00:00Z"), Withdrawn: mustTime("2025-10-01T10:00:00Z")},
		},
		Objections: []Objection{
			{Scope: ScopeActivity, Activity: "analytics", When: mustTime("2024-05-01T10:00:00Z"), Lifted: mustTime("2024-11-01T10:00:00Z")},
			{Scope: ScopeActivity, Activity: "fraud-checks", When: mustTime("2025-01-10T10:00:00Z"), Grounds: mustTime("2025-03-01T09:00:00Z")},
			{Scope: ScopeDirectMarketing, When: mustTime("2025-06-01T09:00:00Z")},
			{Scope: ScopeAll, When: mustTime("2026-02-01T09:00:00Z")},
		},
		Restrictions: []Restriction{
			{Start: mustTime("2025-11-01T00:00:00Z"), End: mustTime("2025-12-01T00:00:00Z")},
		},
	}
}

// Times are the instants the scenario is decided at.
var Times = []time.Time{
	mustTime("2023-10-01T12:00:00Z"),
	mustTime("2024-03-01T12:00:00Z"),
	mustTime("2024-06-01T12:00:00Z"),
	mustTime("2024-09-01T12:00:00Z"), // the instant the first newsletter consent is withdrawn
	mustTime("2025-02-15T12:00:00Z"),
	mustTime("2025-05-15T12:00:00Z"),
	mustTime("2025-06-14T23:00:00Z"),
	mustTime("2025-06-14T23:30:00Z"), // the instant of the child's consent at 13
	mustTime("2025-11-15T12:00:00Z"),
	mustTime("2026-03-01T12:00:00Z"),
}

// BatchActivity and BatchAt are the batch question: which members may the
// newsletter be sent to now?
const BatchActivity = "newsletter"

// BatchAt is when the batch question is asked.
var BatchAt = mustTime("2026-03-02T10:00:00Z")

// Member returns member i of the batch: consent to the newsletter given and
// withdrawn a day later, given again two days after the first except by
// every fourth member, a parent's consent to the kids' club, an objection
// to all processing lifted after an hour, a restriction ended after an
// hour, an objection to direct marketing by every tenth member, and a birth
// date for every third.
func Member(i int) Person {
	base := mustTime("2026-01-05T09:00:00Z").Add(time.Duration(i%1000) * time.Minute)
	p := Person{ID: "member-" + strconv.Itoa(i)}
	if i%3 == 0 {
		p.Born = Day(1960+i%50, time.Month(1+i%12), 1+i%28)
	}
	p.Consents = append(p.Consents, Consent{Activity: "newsletter", Given: base, Withdrawn: base.Add(24 * time.Hour)})
	if i%4 != 0 {
		p.Consents = append(p.Consents, Consent{Activity: "newsletter", Given: base.Add(48 * time.Hour)})
	}
	p.Consents = append(p.Consents, Consent{Activity: "kids-club", Given: base, ByParent: true})
	p.Objections = append(p.Objections, Objection{Scope: ScopeAll, When: base, Lifted: base.Add(time.Hour)})
	if i%10 == 0 {
		p.Objections = append(p.Objections, Objection{Scope: ScopeDirectMarketing, When: base.Add(72 * time.Hour)})
	}
	p.Restrictions = append(p.Restrictions, Restriction{Start: base, End: base.Add(time.Hour)})
	return p
}

// BatchAllowed is how many of the first n members the batch question
// allows: all but the quarter who never consented again and the tenth who
// objected to direct marketing (overlapping at multiples of 20).
func BatchAllowed(n int) int {
	return n - (n+3)/4 - (n+9)/10 + (n+19)/20
}

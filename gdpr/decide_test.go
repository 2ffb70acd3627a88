package gdpr

import (
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
)

// testRules is a small register's worth of activities, one per rule.
var testRules = []ActivityRule{
	{ID: "newsletter", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, DirectMarketing: true},
	{ID: "events-mail", Regime: basis.UK, Bases: []basis.Basis{basis.LegitimateInterests}, DirectMarketing: true},
	{ID: "research", Regime: basis.UK, Bases: []basis.Basis{basis.LegitimateInterests}},
	{ID: "public-stats", Regime: basis.UK, Bases: []basis.Basis{basis.PublicTask}},
	{ID: "membership", Regime: basis.UK, Bases: []basis.Basis{basis.Contract}},
	{ID: "archive", Regime: basis.UK, Bases: []basis.Basis{basis.LegalObligation}, WhileRestricted: StorageOnly},
	{ID: "claims", Regime: basis.UK, Bases: []basis.Basis{basis.LegitimateInterests}, WhileRestricted: LegalClaims},
	{ID: "kids-club", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, OfferedToChildren: true},
	{ID: "kids-club-de", Regime: basis.EU, Bases: []basis.Basis{basis.Consent}, OfferedToChildren: true, Country: "DE"},
	{ID: "kids-club-14", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, OfferedToChildren: true, ParentalConsentBelow: 14},
	{ID: "adult-quiz", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}},
	// Ids longer than 15 bytes sharing their first 15 bytes.
	{ID: "membership-renewal-email", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, DirectMarketing: true},
	{ID: "membership-renewal-post", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}},
}

func mustPolicy(t testing.TB, opts ...PolicyOption) *Policy {
	t.Helper()
	p, err := NewPolicy(testRules, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// ts parses an RFC 3339 instant.
func ts(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

// build applies steps to a fresh ledger, failing the test on error.
func build(t testing.TB, steps ...func(*Ledger) (*Ledger, error)) *Ledger {
	t.Helper()
	l := NewLedger("member-1")
	for _, s := range steps {
		var err error
		if l, err = s(l); err != nil {
			t.Fatal(err)
		}
	}
	return l
}

func consent(activity, given string, mod ...func(*ConsentRecord)) func(*Ledger) (*Ledger, error) {
	return func(l *Ledger) (*Ledger, error) {
		c := ConsentRecord{ID: uuid.New(), Activity: activity, Given: ts(given)}
		for _, m := range mod {
			m(&c)
		}
		return l.WithConsent(c)
	}
}

func withdrawn(s string) func(*ConsentRecord) { return func(c *ConsentRecord) { c.Withdrawn = ts(s) } }
func expires(s string) func(*ConsentRecord)   { return func(c *ConsentRecord) { c.Expires = ts(s) } }
func byParent(c *ConsentRecord)               { c.ByParent = true }

func objection(scope ObjectionScope, activity, when string, mod ...func(*Objection)) func(*Ledger) (*Ledger, error) {
	return func(l *Ledger) (*Ledger, error) {
		o := Objection{ID: uuid.New(), Scope: scope, Activity: activity, When: ts(when)}
		for _, m := range mod {
			m(&o)
		}
		return l.WithObjection(o)
	}
}

func lifted(s string) func(*Objection) { return func(o *Objection) { o.Lifted = ts(s) } }
func grounds(s string) func(*Objection) {
	return func(o *Objection) { o.Grounds = CompellingGrounds{At: ts(s), Reason: "fraud prevention"} }
}

func restriction(start, end string) func(*Ledger) (*Ledger, error) {
	return func(l *Ledger) (*Ledger, error) {
		r := Restriction{ID: uuid.New(), Ground: AccuracyContested, Start: ts(start)}
		if end != "" {
			r.End = ts(end)
		}
		return l.WithRestriction(r)
	}
}

func born(s string) func(*Ledger) (*Ledger, error) {
	return func(l *Ledger) (*Ledger, error) {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			panic(err)
		}
		return l.WithBirthDate(d)
	}
}

var (
	allowed = func(r Reason) Decision { return Decision{Allowed: true, Reason: r} }
	denied  = func(r Reason) Decision { return Decision{Reason: r} }
)

// TestDecideBoundaries takes every rule one second before, at and one
// second after each record's time.
func TestDecideBoundaries(t *testing.T) {
	type probe struct {
		at   string
		want Decision
	}
	tests := []struct {
		name       string
		activity   string
		requireAge bool
		ledger     []func(*Ledger) (*Ledger, error)
		probes     []probe
	}{
		{
			name: "consent given, withdrawn (Art. 6(1)(a), 7(3))", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){consent("newsletter", "2026-03-02T10:00:00Z", withdrawn("2026-03-02T11:00:00Z"))},
			probes: []probe{
				{"2026-03-02T09:59:59Z", denied(ReasonNoConsent)},
				{"2026-03-02T10:00:00Z", allowed(ReasonConsentLive)},
				{"2026-03-02T10:00:01Z", allowed(ReasonConsentLive)},
				{"2026-03-02T10:59:59Z", allowed(ReasonConsentLive)},
				{"2026-03-02T11:00:00Z", denied(ReasonConsentWithdrawn)},
				{"2026-03-02T11:00:01Z", denied(ReasonConsentWithdrawn)},
			},
		},
		{
			name: "consent expires", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){consent("newsletter", "2026-03-02T10:00:00Z", expires("2027-03-02T10:00:00Z"))},
			probes: []probe{
				{"2027-03-02T09:59:59Z", allowed(ReasonConsentLive)},
				{"2027-03-02T10:00:00Z", denied(ReasonConsentExpired)},
				{"2027-03-02T10:00:01Z", denied(ReasonConsentExpired)},
			},
		},
		{
			name: "consent given again after withdrawal: the latest record decides", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){
				consent("newsletter", "2026-03-02T10:00:00Z", withdrawn("2026-03-02T11:00:00Z")),
				consent("newsletter", "2026-04-01T08:00:00Z"),
			},
			probes: []probe{
				{"2026-04-01T07:59:59Z", denied(ReasonConsentWithdrawn)},
				{"2026-04-01T08:00:00Z", allowed(ReasonConsentLive)},
				{"2026-04-01T08:00:01Z", allowed(ReasonConsentLive)},
			},
		},
		{
			name: "a later record withdrawn supersedes an earlier live one", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){
				consent("newsletter", "2026-03-02T10:00:00Z"),
				consent("newsletter", "2026-04-01T08:00:00Z", withdrawn("2026-05-01T08:00:00Z")),
			},
			probes: []probe{
				{"2026-04-30T08:00:00Z", allowed(ReasonConsentLive)},
				{"2026-05-01T08:00:00Z", denied(ReasonConsentWithdrawn)},
			},
		},
		{
			name: "consent to another activity does not count", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){consent("adult-quiz", "2026-03-02T10:00:00Z")},
			probes: []probe{{"2026-03-03T00:00:00Z", denied(ReasonNoConsent)}},
		},
		{
			name: "direct-marketing objection stops consent-based marketing, then is lifted (Art. 21(3))", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){
				consent("newsletter", "2026-03-02T10:00:00Z"),
				objection(ObjectToDirectMarketing, "", "2026-03-05T12:00:00Z", lifted("2026-06-01T00:00:00Z")),
			},
			probes: []probe{
				{"2026-03-05T11:59:59Z", allowed(ReasonConsentLive)},
				{"2026-03-05T12:00:00Z", denied(ReasonDirectMarketingObjection)},
				{"2026-03-05T12:00:01Z", denied(ReasonDirectMarketingObjection)},
				{"2026-05-31T23:59:59Z", denied(ReasonDirectMarketingObjection)},
				{"2026-06-01T00:00:00Z", allowed(ReasonConsentLive)},
			},
		},
		{
			name: "an objection to all processing stops marketing on legitimate interests whatever the grounds", activity: "events-mail",
			ledger: []func(*Ledger) (*Ledger, error){objection(ObjectToAll, "", "2026-03-05T12:00:00Z", grounds("2026-03-06T12:00:00Z"))},
			probes: []probe{
				{"2026-03-05T11:59:59Z", allowed(ReasonLawfulBasis)},
				{"2026-03-05T12:00:00Z", denied(ReasonDirectMarketingObjection)},
				{"2026-03-06T12:00:01Z", denied(ReasonDirectMarketingObjection)},
			},
		},
		{
			name: "objection to legitimate interests until compelling grounds (Art. 21(1))", activity: "research",
			ledger: []func(*Ledger) (*Ledger, error){objection(ObjectToAll, "", "2026-03-05T12:00:00Z", grounds("2026-03-06T12:00:00Z"))},
			probes: []probe{
				{"2026-03-05T11:59:59Z", allowed(ReasonLawfulBasis)},
				{"2026-03-05T12:00:00Z", denied(ReasonObjection)},
				{"2026-03-05T12:00:01Z", denied(ReasonObjection)},
				{"2026-03-06T11:59:59Z", denied(ReasonObjection)},
				{"2026-03-06T12:00:00Z", allowed(ReasonCompellingGrounds)},
				{"2026-03-06T12:00:01Z", allowed(ReasonCompellingGrounds)},
			},
		},
		{
			name: "objection to one activity reaches that activity only", activity: "research",
			ledger: []func(*Ledger) (*Ledger, error){objection(ObjectToActivity, "research", "2026-03-05T12:00:00Z")},
			probes: []probe{
				{"2026-03-05T11:59:59Z", allowed(ReasonLawfulBasis)},
				{"2026-03-05T12:00:00Z", denied(ReasonObjection)},
			},
		},
		{
			name: "objection to a public task", activity: "public-stats",
			ledger: []func(*Ledger) (*Ledger, error){objection(ObjectToAll, "", "2026-03-05T12:00:00Z")},
			probes: []probe{{"2026-03-05T12:00:00Z", denied(ReasonObjection)}},
		},
		{
			name: "an objection does not reach processing on a contract", activity: "membership",
			ledger: []func(*Ledger) (*Ledger, error){
				objection(ObjectToAll, "", "2026-03-05T12:00:00Z"),
				objection(ObjectToActivity, "membership", "2026-03-05T12:00:00Z"),
				objection(ObjectToDirectMarketing, "", "2026-03-05T12:00:00Z"),
			},
			probes: []probe{{"2026-03-05T12:00:01Z", allowed(ReasonLawfulBasis)}},
		},
		{
			name: "restriction stops processing until it ends (Art. 18(2))", activity: "research",
			ledger: []func(*Ledger) (*Ledger, error){restriction("2026-03-10T09:00:00Z", "2026-03-20T09:00:00Z")},
			probes: []probe{
				{"2026-03-10T08:59:59Z", allowed(ReasonLawfulBasis)},
				{"2026-03-10T09:00:00Z", denied(ReasonRestricted)},
				{"2026-03-10T09:00:01Z", denied(ReasonRestricted)},
				{"2026-03-20T08:59:59Z", denied(ReasonRestricted)},
				{"2026-03-20T09:00:00Z", allowed(ReasonLawfulBasis)},
				{"2026-03-20T09:00:01Z", allowed(ReasonLawfulBasis)},
			},
		},
		{
			name: "restriction does not stop storage", activity: "archive",
			ledger: []func(*Ledger) (*Ledger, error){restriction("2026-03-10T09:00:00Z", "")},
			probes: []probe{
				{"2026-03-10T08:59:59Z", allowed(ReasonLawfulBasis)},
				{"2026-03-10T09:00:00Z", allowed(ReasonRestrictionException)},
			},
		},
		{
			name: "restriction does not stop legal claims, but an objection still does", activity: "claims",
			ledger: []func(*Ledger) (*Ledger, error){
				restriction("2026-03-10T09:00:00Z", ""),
				objection(ObjectToAll, "", "2026-03-11T09:00:00Z"),
			},
			probes: []probe{
				{"2026-03-10T09:00:00Z", allowed(ReasonRestrictionException)},
				{"2026-03-11T09:00:00Z", denied(ReasonObjection)},
			},
		},
		{
			name: "restriction stops consent-based processing too", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){
				consent("newsletter", "2026-03-02T10:00:00Z"),
				restriction("2026-03-10T09:00:00Z", ""),
			},
			probes: []probe{
				{"2026-03-10T08:59:59Z", allowed(ReasonConsentLive)},
				{"2026-03-10T09:00:00Z", denied(ReasonRestricted)},
			},
		},
		{
			// Born 2013-03-02: 13 from 2026-03-02 in London (GMT in March).
			name: "a child's own consent counts from their 13th birthday in the UK (Art. 8(1))", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2013-03-02"), consent("kids-club", "2026-03-01T23:59:59Z")},
			probes: []probe{{"2026-06-01T00:00:00Z", denied(ReasonParentalConsentMissing)}},
		},
		{
			name: "the child's own consent on the birthday counts", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2013-03-02"), consent("kids-club", "2026-03-02T00:00:00Z")},
			probes: []probe{
				{"2026-03-01T23:59:59Z", denied(ReasonNoConsent)},
				{"2026-03-02T00:00:00Z", allowed(ReasonConsentLive)},
				{"2026-03-02T00:00:01Z", allowed(ReasonConsentLive)},
			},
		},
		{
			name: "a parent's consent counts, and keeps counting after the birthday", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2013-03-02"), consent("kids-club", "2025-01-10T10:00:00Z", byParent)},
			probes: []probe{
				{"2025-01-10T10:00:00Z", allowed(ReasonConsentLive)},
				{"2027-01-10T10:00:00Z", allowed(ReasonConsentLive)},
			},
		},
		{
			// London is on BST in July: the birthday starts at 23:00 UTC.
			name: "the birthday is the date in London", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2013-07-02"), consent("kids-club", "2026-07-01T22:59:59Z")},
			probes: []probe{{"2026-08-01T00:00:00Z", denied(ReasonParentalConsentMissing)}},
		},
		{
			name: "the birthday is the date in London, from its first second", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2013-07-02"), consent("kids-club", "2026-07-01T23:00:00Z")},
			probes: []probe{{"2026-08-01T00:00:00Z", allowed(ReasonConsentLive)}},
		},
		{
			// Germany sets no lower age: 16 (Art. 8(1)); Brussels is CET in March.
			name: "EU: a Member State's age in its own calendar", activity: "kids-club-de",
			ledger: []func(*Ledger) (*Ledger, error){born("2010-03-02"), consent("kids-club-de", "2026-03-01T22:59:59Z")},
			probes: []probe{{"2026-04-01T00:00:00Z", denied(ReasonParentalConsentMissing)}},
		},
		{
			name: "EU: 16 in Germany from the first second of the birthday", activity: "kids-club-de",
			ledger: []func(*Ledger) (*Ledger, error){born("2010-03-02"), consent("kids-club-de", "2026-03-01T23:00:00Z")},
			probes: []probe{{"2026-04-01T00:00:00Z", allowed(ReasonConsentLive)}},
		},
		{
			name: "the controller's higher age applies", activity: "kids-club-14",
			ledger: []func(*Ledger) (*Ledger, error){born("2012-05-01"), consent("kids-club-14", "2026-04-30T12:00:00Z")},
			probes: []probe{{"2026-05-02T00:00:00Z", denied(ReasonParentalConsentMissing)}},
		},
		{
			// 29 February 2012: 13 on 1 March 2025, not 28 February.
			name: "a leap-day child comes of age on 1 March", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2012-02-29"), consent("kids-club", "2025-02-28T23:59:59Z")},
			probes: []probe{{"2025-03-02T00:00:00Z", denied(ReasonParentalConsentMissing)}},
		},
		{
			name: "a leap-day child's own consent on 1 March counts", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){born("2012-02-29"), consent("kids-club", "2025-03-01T00:00:00Z")},
			probes: []probe{{"2025-03-02T00:00:00Z", allowed(ReasonConsentLive)}},
		},
		{
			name: "no birth date: allowed, with the reason", activity: "kids-club",
			ledger: []func(*Ledger) (*Ledger, error){consent("kids-club", "2026-03-02T00:00:00Z")},
			probes: []probe{{"2026-03-02T00:00:00Z", allowed(ReasonAgeNotRecorded)}},
		},
		{
			name: "no birth date under RequireBirthDate: denied (Art. 8(2))", activity: "kids-club", requireAge: true,
			ledger: []func(*Ledger) (*Ledger, error){consent("kids-club", "2026-03-02T00:00:00Z")},
			probes: []probe{{"2026-03-02T00:00:00Z", denied(ReasonAgeNotRecorded)}},
		},
		{
			name: "Art. 8 does not reach a service not offered to children", activity: "adult-quiz",
			ledger: []func(*Ledger) (*Ledger, error){born("2015-01-01"), consent("adult-quiz", "2026-03-02T00:00:00Z")},
			probes: []probe{{"2026-03-02T00:00:00Z", allowed(ReasonConsentLive)}},
		},
		{
			name: "long ids sharing a prefix are told apart", activity: "membership-renewal-post",
			ledger: []func(*Ledger) (*Ledger, error){
				consent("membership-renewal-email", "2026-03-02T10:00:00Z"),
				consent("membership-renewal-post", "2026-03-02T11:00:00Z"),
			},
			probes: []probe{
				{"2026-03-02T10:59:59Z", denied(ReasonNoConsent)},
				{"2026-03-02T11:00:00Z", allowed(ReasonConsentLive)},
			},
		},
		{
			name: "more consents than the inline index holds", activity: "newsletter",
			ledger: []func(*Ledger) (*Ledger, error){
				consent("a", "2026-03-02T10:00:00Z"), consent("b", "2026-03-02T10:00:00Z"),
				consent("newsletter", "2026-03-02T10:00:00Z", withdrawn("2026-03-03T10:00:00Z")),
				consent("newsletter", "2026-03-04T10:00:00Z"), consent("z", "2026-03-02T10:00:00Z"),
				consent("adult-quiz", "2026-03-02T10:00:00Z"),
			},
			probes: []probe{
				{"2026-03-02T09:59:59Z", denied(ReasonNoConsent)},
				{"2026-03-02T10:00:00Z", allowed(ReasonConsentLive)},
				{"2026-03-03T10:00:00Z", denied(ReasonConsentWithdrawn)},
				{"2026-03-04T09:59:59Z", denied(ReasonConsentWithdrawn)},
				{"2026-03-04T10:00:00Z", allowed(ReasonConsentLive)},
			},
		},
		{
			name: "unknown activity", activity: "no-such-thing",
			probes: []probe{{"2026-03-02T00:00:00Z", denied(ReasonUnknownActivity)}},
		},
		{
			name: "empty ledger, contract", activity: "membership",
			probes: []probe{{"2026-03-02T00:00:00Z", allowed(ReasonLawfulBasis)}},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var opts []PolicyOption
			if tc.requireAge {
				opts = append(opts, RequireBirthDate())
			}
			p := mustPolicy(t, opts...)
			l := build(t, tc.ledger...)
			h, ok := p.Activity(tc.activity)
			if ok != (tc.activity != "no-such-thing") {
				t.Fatalf("Activity(%q) ok = %v", tc.activity, ok)
			}
			for _, pr := range tc.probes {
				at := ts(pr.at)
				if got := p.Decide(tc.activity, l, at); got != pr.want {
					t.Errorf("Decide at %s = %v, want %v", pr.at, got, pr.want)
				}
				if got := h.Decide(l, at); got != pr.want {
					t.Errorf("Handle.Decide at %s = %v, want %v", pr.at, got, pr.want)
				}
				e := p.Explain(tc.activity, l, at)
				if e.Decision != pr.want {
					t.Errorf("Explain at %s = %v, want %v\n%s", pr.at, e.Decision, pr.want, e)
				}
				checkSteps(t, e)
			}
		})
	}
}

// checkSteps holds an explanation to its contract: every step valid, the
// first failing step (if any) carries the decision's reason, and a denied
// decision has one.
func checkSteps(t *testing.T, e Explanation) {
	t.Helper()
	var firstFail Reason
	for _, s := range e.Steps {
		if !s.Rule.IsValid() || !s.Outcome.IsValid() || s.Note == "" {
			t.Errorf("bad step %+v", s)
		}
		if s.Outcome == Failed && firstFail == 0 {
			firstFail = s.Reason
		}
	}
	if !e.Decision.Allowed && firstFail != e.Decision.Reason {
		t.Errorf("denied (%v) but the first failing step says %v\n%s", e.Decision.Reason, firstFail, e)
	}
	if e.Decision.Allowed && firstFail != 0 {
		t.Errorf("allowed but a step failed\n%s", e)
	}
}

func TestDecideNilLedgerAndZeroHandle(t *testing.T) {
	p := mustPolicy(t)
	at := ts("2026-03-02T00:00:00Z")
	if got := p.Decide("newsletter", nil, at); got != denied(ReasonNoConsent) {
		t.Errorf("nil ledger, consent: %v", got)
	}
	if got := p.Decide("membership", nil, at); got != allowed(ReasonLawfulBasis) {
		t.Errorf("nil ledger, contract: %v", got)
	}
	if got := (Handle{}).Decide(nil, at); got != denied(ReasonUnknownActivity) {
		t.Errorf("zero handle: %v", got)
	}
	var nilPolicy *Policy
	if got := nilPolicy.Decide("membership", nil, at); got != denied(ReasonUnknownActivity) {
		t.Errorf("nil policy: %v", got)
	}
	if e := (Handle{}).Explain(nil, at); e.Decision != denied(ReasonUnknownActivity) {
		t.Errorf("zero handle explain: %v", e.Decision)
	}
	// Far past and far future instants saturate rather than wrap.
	l := build(t, consent("newsletter", "2026-03-02T10:00:00Z"))
	if got := p.Decide("newsletter", l, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC)); got != denied(ReasonNoConsent) {
		t.Errorf("year 1: %v", got)
	}
	if got := p.Decide("newsletter", l, time.Date(9999, 1, 1, 0, 0, 0, 0, time.UTC)); got != allowed(ReasonConsentLive) {
		t.Errorf("year 9999: %v", got)
	}
}

func TestAllowedAndDecisions(t *testing.T) {
	p := mustPolicy(t)
	at := ts("2026-03-03T00:00:00Z")
	yes := build(t, consent("newsletter", "2026-03-02T10:00:00Z"))
	no := build(t, consent("newsletter", "2026-03-02T10:00:00Z", withdrawn("2026-03-02T11:00:00Z")))
	people := slices.Values([]*Ledger{yes, no, nil, yes})
	got := slices.Collect(p.Allowed("newsletter", people, at))
	if len(got) != 2 || got[0] != yes || got[1] != yes {
		t.Errorf("Allowed = %v", got)
	}
	if n := len(slices.Collect(p.Allowed("nothing", people, at))); n != 0 {
		t.Errorf("unknown activity allowed %d", n)
	}
	h, _ := p.Activity("newsletter")
	var reasons []Reason
	for _, d := range h.Decisions(people, at) {
		reasons = append(reasons, d.Reason)
	}
	want := []Reason{ReasonConsentLive, ReasonConsentWithdrawn, ReasonNoConsent, ReasonConsentLive}
	if !slices.Equal(reasons, want) {
		t.Errorf("Decisions = %v, want %v", reasons, want)
	}
	// Stopping early.
	for range h.Allowed(people, at) {
		break
	}
	for range h.Decisions(people, at) {
		break
	}
}

func TestNewPolicyErrors(t *testing.T) {
	ok := ActivityRule{ID: "a", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}}
	tests := []struct {
		name  string
		rules []ActivityRule
		code  basis.Code
		path  string
	}{
		{"no id", []ActivityRule{{Regime: basis.UK, Bases: []basis.Basis{basis.Consent}}}, CodePolicyIDMissing, "[0].id"},
		{"repeated id", []ActivityRule{ok, ok}, CodePolicyIDRepeated, "[1].id"},
		{"no regime", []ActivityRule{{ID: "a", Bases: []basis.Basis{basis.Consent}}}, CodePolicyRegime, "[0].regime"},
		{"no basis", []ActivityRule{{ID: "a", Regime: basis.UK}}, CodePolicyBasis, "[0].bases"},
		{"bad basis", []ActivityRule{{ID: "a", Regime: basis.UK, Bases: []basis.Basis{basis.Consent, 99}}}, CodePolicyBasis, "[0].bases[1]"},
		{"EU recognised interest", []ActivityRule{{ID: "a", Regime: basis.EU, Bases: []basis.Basis{basis.RecognisedLegitimateInterest}}}, CodePolicyBasis, "[0].bases[0]"},
		{"age", []ActivityRule{{ID: "a", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, ParentalConsentBelow: 19}}, CodePolicyAge, "[0].parentalConsentBelow"},
		{"UK country", []ActivityRule{{ID: "a", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, Country: "FR"}}, CodePolicyCountry, "[0].country"},
		{"EU GB", []ActivityRule{{ID: "a", Regime: basis.EU, Bases: []basis.Basis{basis.Consent}, Country: "gb"}}, CodePolicyCountry, "[0].country"},
		{"EU unknown", []ActivityRule{{ID: "a", Regime: basis.EU, Bases: []basis.Basis{basis.Consent}, Country: "US"}}, CodePolicyCountry, "[0].country"},
		{"exception", []ActivityRule{{ID: "a", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}, WhileRestricted: 9}}, CodePolicyException, "[0].whileRestricted"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			p, err := NewPolicy(tc.rules)
			if p != nil || basis.CodeOf(err) != tc.code {
				t.Fatalf("NewPolicy = %v, %v; want code %s", p, err, tc.code)
			}
			if ie := err.(*basis.InputError); ie.Path != tc.path {
				t.Errorf("path = %q, want %q (%v)", ie.Path, tc.path, err)
			}
		})
	}
}

func TestPolicyCopiesRules(t *testing.T) {
	rules := []ActivityRule{{ID: "a", Regime: basis.UK, Bases: []basis.Basis{basis.Consent}}}
	p, err := NewPolicy(rules)
	if err != nil {
		t.Fatal(err)
	}
	rules[0].Bases[0] = basis.Contract
	got := slices.Collect(p.Activities())
	if len(got) != 1 || got[0].Bases[0] != basis.Consent {
		t.Errorf("Activities = %+v", got)
	}
	got[0].Bases[0] = basis.Contract
	if d := p.Decide("a", nil, ts("2026-01-01T00:00:00Z")); d.Reason != ReasonNoConsent {
		t.Errorf("policy changed by its input or output: %v", d)
	}
}

func TestAgeSteps(t *testing.T) {
	// Denmark: 13 from 2018-05-25, 15 from 2024-01-01 (reference §3).
	steps, ok := ageSteps(basis.EU, "DK")
	if !ok || len(steps) != 2 || steps[0].age != 13 || steps[1].age != 15 {
		t.Fatalf("DK steps = %v, %v", steps, ok)
	}
	r := compiledRule{ages: steps}
	jan := ts("2024-01-01T00:00:00+01:00")
	if got := r.ageAt(ledgerNanos(jan.Add(-time.Second))); got != 13 {
		t.Errorf("DK 2023-12-31 = %d", got)
	}
	if got := r.ageAt(ledgerNanos(jan)); got != 15 {
		t.Errorf("DK 2024-01-01 = %d", got)
	}
	if got := r.ageAt(ledgerNanos(ts("2018-01-01T00:00:00Z"))); got != 0 {
		t.Errorf("before the GDPR = %d", got)
	}
}

func TestExplainText(t *testing.T) {
	p := mustPolicy(t)
	l := build(t, consent("newsletter", "2026-03-02T10:00:00Z", withdrawn("2026-03-02T11:00:00Z")),
		objection(ObjectToDirectMarketing, "", "2026-03-05T12:00:00Z"), restriction("2026-03-01T00:00:00Z", "2026-03-02T00:00:00Z"))
	e := p.Explain("newsletter", l, ts("2026-03-06T00:00:00Z"))
	s := e.String()
	for _, want := range []string{"denied (direct-marketing-objection)", "UK GDPR Art. 21(3)", "UK GDPR Art. 7(3)", "restriction: not-applicable"} {
		if !strings.Contains(s, want) {
			t.Errorf("explanation lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "member-1") {
		t.Errorf("explanation shows the subject:\n%s", s)
	}
}

func TestLedgerLayout(t *testing.T) {
	if n := unsafe.Sizeof(hotConsent{}); n != 24 {
		t.Errorf("hotConsent is %d bytes, want 24", n)
	}
	if n := unsafe.Sizeof(Ledger{}); n != 128 {
		t.Errorf("Ledger is %d bytes, want 128 (two cache lines, a size class)", n)
	}
}

// TestConcurrentUse: a policy and a ledger are shared by goroutines that
// decide, explain and record (go test -race checks it).
func TestConcurrentUse(t *testing.T) {
	p := mustPolicy(t)
	l := build(t, consent("newsletter", "2026-03-02T10:00:00Z"), objection(ObjectToAll, "", "2026-03-03T10:00:00Z"))
	at := ts("2026-03-04T00:00:00Z")
	want := p.Decide("newsletter", l, at)
	done := make(chan bool)
	for range 4 {
		go func() {
			defer func() { done <- true }()
			for range 200 {
				if got := p.Decide("newsletter", l, at); got != want {
					t.Errorf("Decide = %v, want %v", got, want)
					return
				}
				_ = p.Explain("research", l, at)
				if _, err := l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "research", Given: at}); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	for range 4 {
		<-done
	}
	var zero Ledger
	if got := p.Decide("newsletter", &zero, at); got != denied(ReasonNoConsent) {
		t.Errorf("zero Ledger: %v", got)
	}
	if n, err := zero.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "newsletter", Given: at}); err != nil ||
		p.Decide("newsletter", n, at) != allowed(ReasonConsentLive) {
		t.Errorf("zero Ledger WithConsent: %v", err)
	}
}

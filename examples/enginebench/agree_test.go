package enginebench

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// reference is the rules in plain Go, as the issue states them, the yardstick
// for the engines. The first rule that applies decides:
//
//   - a restriction in force stops all but an Art. 18(2) exception;
//   - an objection in force that reaches a direct-marketing activity stops
//     it absolutely (Art. 21(3));
//   - an Art. 21(1) objection to a public-task or legitimate-interests
//     activity stops it unless compelling grounds were recorded by then;
//   - consent-based processing needs the latest consent given at or before
//     the time, not withdrawn by then (Art. 6(1)(a), 7(3));
//   - for a service offered to children, a child below 13 on the day (in
//     London) needs a parent's consent (UK GDPR Art. 8(1); DPA 2018 s.9).
func reference(register []Activity, p Person, id string, at time.Time) string {
	var buf [6]string
	denied, allowed := verdicts(buf[:0], register, p, id, at)
	if len(denied) > 0 {
		return denied[0]
	}
	return allowed
}

// verdicts appends to dst every rule of reference that denies the
// question, in reference's order, and returns the reason it is allowed when
// none does. Another implementation may name any of the denials first.
func verdicts(dst []string, register []Activity, p Person, id string, at time.Time) (denied []string, allowed string) {
	denied = dst
	i := slices.IndexFunc(register, func(a Activity) bool { return a.ID == id })
	if i < 0 {
		return append(denied, "unknown-activity"), ""
	}
	a := register[i]
	objectable := slices.ContainsFunc(a.Bases, func(b basis.Basis) bool {
		return b == basis.PublicTask || b == basis.LegitimateInterests || b == basis.RecognisedLegitimateInterest
	})
	consent := slices.Contains(a.Bases, basis.Consent)
	inForce := func(from, to time.Time) bool { return !from.After(at) && (to.IsZero() || at.Before(to)) }

	restricted := slices.ContainsFunc(p.Restrictions, func(r Restriction) bool { return inForce(r.Start, r.End) })
	if restricted && a.WhileRestricted == "" {
		denied = append(denied, "restricted")
	}
	covered, marketing, standing := false, false, false
	for _, o := range p.Objections {
		if !inForce(o.When, o.Lifted) {
			continue
		}
		switch {
		case o.Scope == ScopeDirectMarketing && a.DirectMarketing,
			o.Scope == ScopeActivity && o.Activity == id && (a.DirectMarketing || objectable),
			o.Scope == ScopeAll && (a.DirectMarketing || objectable):
		default:
			continue
		}
		covered = true
		marketing = marketing || a.DirectMarketing
		if objectable && o.Scope != ScopeDirectMarketing && (o.Grounds.IsZero() || o.Grounds.After(at)) {
			standing = true
		}
	}
	if marketing {
		denied = append(denied, "direct-marketing-objection")
	}
	if standing {
		denied = append(denied, "objection")
	}
	if consent {
		var latest *Consent
		for j := range p.Consents {
			if c := &p.Consents[j]; c.Activity == id && !c.Given.After(at) && (latest == nil || c.Given.After(latest.Given)) {
				latest = c
			}
		}
		switch {
		case latest == nil:
			denied = append(denied, "no-consent")
		case !latest.Withdrawn.IsZero() && !latest.Withdrawn.After(at):
			denied = append(denied, "consent-withdrawn")
		case a.OfferedToChildren && !latest.ByParent && !p.Born.IsZero():
			y, m, d := p.Born.In(London).Date()
			gy, gm, gd := latest.Given.In(London).Date()
			if Day(gy, gm, gd).Before(Day(y+DigitalConsentAge, m, d)) {
				denied = append(denied, "parental-consent-missing")
			}
		}
	}
	switch {
	case len(denied) > 0:
	case restricted:
		allowed = "restriction-exception"
	case covered:
		allowed = "compelling-grounds"
	case consent:
		allowed = "consent-live"
	default:
		allowed = "lawful-basis"
	}
	return denied, allowed
}

// agrees reports whether an answer is one of the verdicts: denied for one
// of the denying rules, or allowed for the same reason.
func agrees(denied []string, allowed string, gotAllowed bool, gotReason string) bool {
	if len(denied) > 0 {
		return !gotAllowed && slices.Contains(denied, gotReason)
	}
	return gotAllowed && gotReason == allowed
}

func allowedReason(r string) bool {
	switch r {
	case "lawful-basis", "consent-live", "compelling-grounds", "restriction-exception":
		return true
	}
	return false
}

// Short names for the table.
const (
	lb  = "lawful-basis"
	cl  = "consent-live"
	cg  = "compelling-grounds"
	rx  = "restriction-exception"
	nc  = "no-consent"
	cw  = "consent-withdrawn"
	pm  = "parental-consent-missing"
	dmo = "direct-marketing-objection"
	obj = "objection"
	rs  = "restricted"
)

// agreeTable is the expected reason for each activity of Register, in its
// order, at each of Times: membership, newsletter, event-mailings,
// fraud-checks, analytics, kids-club, research, tax-records,
// records-archive, claims-defence.
var agreeTable = [][10]string{
	// 2023-10-01: the child's own consent to the kids' club at 11.
	{lb, nc, lb, lb, lb, pm, nc, lb, lb, lb},
	// 2024-03-01: newsletter consent; a parent's consent to the kids' club.
	{lb, cl, lb, lb, lb, cl, nc, lb, lb, lb},
	// 2024-06-01: an objection to analytics.
	{lb, cl, lb, lb, obj, cl, nc, lb, lb, lb},
	// 2024-09-01T12:00:00Z: the instant the newsletter consent is withdrawn.
	{lb, cw, lb, lb, obj, cl, nc, lb, lb, lb},
	// 2025-02-15: newsletter consent again; objection to fraud checks, no
	// grounds yet; the analytics objection lifted.
	{lb, cl, lb, obj, lb, cl, nc, lb, lb, lb},
	// 2025-05-15: grounds recorded; the parent withdrew; research consent.
	{lb, cl, lb, cg, lb, cw, cl, lb, lb, lb},
	// 2025-06-14T23:00:00Z: objection to direct marketing; the child's own
	// consent at 23:30 on 14 June in London, still 12.
	{lb, dmo, dmo, cg, lb, pm, cl, lb, lb, lb},
	// 2025-06-14T23:30:00Z: her consent at 00:30 on 15 June, 13 that day.
	{lb, dmo, dmo, cg, lb, cl, cl, lb, lb, lb},
	// 2025-11-15: restricted; research consent withdrawn (but restriction first).
	{rs, rs, rs, rs, rs, rs, rs, rs, rx, rx},
	// 2026-03-01: an objection to all processing.
	{lb, dmo, dmo, obj, obj, cl, cw, lb, lb, obj},
}

// agreeCase is one question of the table.
type agreeCase struct {
	activity string
	at       time.Time
	want     string
}

func agreeCases(t testing.TB) []agreeCase {
	reg := Register()
	if len(agreeTable) != len(Times) || len(reg) != 10 {
		t.Fatalf("table %d rows for %d times, register of %d", len(agreeTable), len(Times), len(reg))
	}
	var cs []agreeCase
	for i, at := range Times {
		for j, a := range reg {
			cs = append(cs, agreeCase{a.ID, at, agreeTable[i][j]})
		}
	}
	return cs
}

// TestAgreeReference checks the table against the reference rules.
func TestAgreeReference(t *testing.T) {
	reg, p := Register(), Scenario()
	for _, c := range agreeCases(t) {
		if got := reference(reg, p, c.activity, c.at); got != c.want {
			t.Errorf("%s at %s: reference says %s, table %s", c.activity, c.at.Format(time.RFC3339), got, c.want)
		}
	}
}

// TestAgreeOPA checks that the Rego policy gives every answer of the table,
// with the same reason.
func TestAgreeOPA(t *testing.T) {
	ctx := context.Background()
	o, err := NewOPA(ctx, Register())
	if err != nil {
		t.Fatal(err)
	}
	p := Scenario()
	for _, c := range agreeCases(t) {
		in, err := RegoInput(p, c.activity, c.at)
		if err != nil {
			t.Fatal(err)
		}
		allowed, reason, err := o.Decide(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if allowed != allowedReason(c.want) || reason != c.want {
			t.Errorf("%s at %s: OPA says %v (%s), want %s", c.activity, c.at.Format(time.RFC3339), allowed, reason, c.want)
		}
	}
}

// TestAgreeCedar checks that the Cedar policy, with the host's context,
// gives every answer of the table; a denial names the same reason.
func TestAgreeCedar(t *testing.T) {
	c, err := NewCedar(Register())
	if err != nil {
		t.Fatal(err)
	}
	p := Scenario()
	ents := c.Entities(p)
	for _, tc := range agreeCases(t) {
		allowed, reason, err := c.Authorize(ents, c.Request(p, tc.activity, tc.at))
		if err != nil {
			t.Fatal(err)
		}
		want := tc.want
		if allowedReason(want) {
			want = ""
		}
		if allowed != allowedReason(tc.want) || reason != want {
			t.Errorf("%s at %s: Cedar says %v (%s), want %s", tc.activity, tc.at.Format(time.RFC3339), allowed, reason, tc.want)
		}
	}
}

// TestAgreeBatch checks the batch question's answer with every engine on
// the first members.
func TestAgreeBatch(t *testing.T) {
	const n = 400
	ctx := context.Background()
	o, err := NewOPA(ctx, Register())
	if err != nil {
		t.Fatal(err)
	}
	c, err := NewCedar(Register())
	if err != nil {
		t.Fatal(err)
	}
	reg := Register()
	var ref, opa, ced int
	for i := range n {
		p := Member(i)
		r := reference(reg, p, BatchActivity, BatchAt)
		if allowedReason(r) {
			ref++
		}
		in, err := RegoInput(p, BatchActivity, BatchAt)
		if err != nil {
			t.Fatal(err)
		}
		ok, reason, err := o.Decide(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			opa++
		}
		if reason != r {
			t.Errorf("member %d: OPA %s, reference %s", i, reason, r)
		}
		ok, _, err = c.Authorize(c.Entities(p), c.Request(p, BatchActivity, BatchAt))
		if err != nil {
			t.Fatal(err)
		}
		if ok {
			ced++
		}
	}
	if want := BatchAllowed(n); ref != want || opa != want || ced != want {
		t.Errorf("allowed: reference %d, OPA %d, Cedar %d, want %d", ref, opa, ced, want)
	}
}

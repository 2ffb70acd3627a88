package gdpr

import (
	"iter"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Reason says why a [Decision] came out as it did: the rule that decided
// it. The zero value is unspecified and no decision carries it.
type Reason uint8

const (
	// ReasonUnknownActivity: the policy has no such activity, so nothing may
	// be processed for it (denied).
	ReasonUnknownActivity Reason = iota + 1
	// ReasonLawfulBasis: the activity rests on a basis other than consent
	// and no objection or restriction stops it (allowed; Art. 6(1)).
	ReasonLawfulBasis
	// ReasonConsentLive: the latest consent given at or before the time is
	// neither withdrawn nor expired then (allowed; Art. 6(1)(a)).
	ReasonConsentLive
	// ReasonNoConsent: the activity needs consent and none was given at or
	// before the time (denied; Art. 6(1)(a)).
	ReasonNoConsent
	// ReasonConsentWithdrawn: the latest consent was withdrawn at or before
	// the time, and had not lapsed before that (denied; Art. 7(3)).
	ReasonConsentWithdrawn
	// ReasonConsentExpired: the latest consent lapsed at or before the time,
	// before any withdrawal (denied; Art. 6(1)(a)).
	ReasonConsentExpired
	// ReasonParentalConsentMissing: the consent was given, for an
	// information society service offered directly to children, by a child
	// below the age of digital consent and not by or with the authority of
	// a holder of parental responsibility (denied; Art. 8(1)).
	ReasonParentalConsentMissing
	// ReasonAgeNotRecorded: as ReasonConsentLive, but the service is offered
	// directly to children, the consent was not given by a parent and the
	// ledger has no birth date, so Art. 8(1) could not be checked (allowed,
	// or denied under [RequireBirthDate]; Art. 8(2)).
	ReasonAgeNotRecorded
	// ReasonDirectMarketingObjection: the person objected to the activity,
	// to direct marketing or to all processing, and the activity is direct
	// marketing: it stops with no balancing (denied; Art. 21(3)).
	ReasonDirectMarketingObjection
	// ReasonObjection: the person objected under Art. 21(1) to processing
	// based on a public task or legitimate interests (UK: also a recognised
	// legitimate interest) and no compelling legitimate grounds are recorded
	// (denied).
	ReasonObjection
	// ReasonCompellingGrounds: an Art. 21(1) objection stands, but the
	// controller recorded compelling legitimate grounds or legal claims
	// before the time (allowed).
	ReasonCompellingGrounds
	// ReasonRestricted: the person's data are restricted and the activity
	// is none of the Art. 18(2) exceptions (denied).
	ReasonRestricted
	// ReasonRestrictionException: the data are restricted, but the activity
	// is storage or another Art. 18(2) exception (allowed).
	ReasonRestrictionException
	// ReasonNoBasis: the register records no lawful basis for the activity,
	// so it may process no one's data (denied; Art. 6(1)).
	ReasonNoBasis
)

var reasons = enum.New[Reason]("gdpr.Reason",
	"unknown-activity", "lawful-basis", "consent-live", "no-consent", "consent-withdrawn",
	"consent-expired", "parental-consent-missing", "age-not-recorded",
	"direct-marketing-objection", "objection", "compelling-grounds", "restricted",
	"restriction-exception", "no-basis")

var reasonArticles = [...]string{
	ReasonLawfulBasis:              "Art. 6(1)",
	ReasonConsentLive:              "Art. 6(1)(a)",
	ReasonNoConsent:                "Art. 6(1)(a)",
	ReasonConsentWithdrawn:         "Art. 7(3)",
	ReasonConsentExpired:           "Art. 6(1)(a)",
	ReasonParentalConsentMissing:   "Art. 8(1)",
	ReasonAgeNotRecorded:           "Art. 8(2)",
	ReasonDirectMarketingObjection: "Art. 21(3)",
	ReasonObjection:                "Art. 21(1)",
	ReasonCompellingGrounds:        "Art. 21(1)",
	ReasonRestricted:               "Art. 18(2)",
	ReasonRestrictionException:     "Art. 18(2)",
	ReasonNoBasis:                  "Art. 6(1)",
}

// AllReasons returns every reason in order.
func AllReasons() []Reason { return reasons.Values() }

// ParseReason returns the reason with the given code, such as
// "consent-withdrawn".
func ParseReason(s string) (Reason, error) { return reasons.Parse(s) }

// MustParseReason is like [ParseReason] but panics on error.
func MustParseReason(s string) Reason { return ledgerMustParse(reasons, s) }

// String returns the reason's code, "unspecified", or "gdpr.Reason(n)".
func (r Reason) String() string { return reasons.String(r) }

// IsValid reports whether r is one of the defined reasons.
func (r Reason) IsValid() bool { return reasons.Valid(r) }

// AppendText appends the reason's code to b.
func (r Reason) AppendText(b []byte) ([]byte, error) { return reasons.AppendText(b, r) }

// MarshalText returns the reason's code; the zero value is empty text.
func (r Reason) MarshalText() ([]byte, error) { return reasons.MarshalText(r) }

// UnmarshalText parses a code; on error r is unchanged.
func (r *Reason) UnmarshalText(text []byte) error { return reasons.UnmarshalText(r, text) }

// Article returns the provision the reason rests on, such as "Art. 7(3)",
// without the instrument (cite it with basis.Regime.Cite); "" for
// ReasonUnknownActivity and invalid values.
func (r Reason) Article() string {
	if int(r) >= len(reasonArticles) {
		return ""
	}
	return reasonArticles[r]
}

// Decision is the answer to "may this activity process this person's data
// now?": Allowed, and the Reason, the rule that decided. It is a small
// comparable value; [Explain] gives the reasoning in full.
type Decision struct {
	Allowed bool   `json:"allowed"` // whether the activity may process the person's data at the time asked
	Reason  Reason `json:"reason"`  // why: the rule that allowed or stopped it
}

// String returns "allowed (consent-live)" or "denied (consent-withdrawn)".
func (d Decision) String() string {
	if d.Allowed {
		return "allowed (" + d.Reason.String() + ")"
	}
	return "denied (" + d.Reason.String() + ")"
}

// Decide reports whether the activity with the given id may process the
// data of the person whose ledger is l at the instant at. A nil ledger is a
// person with no records. The rules, each at the instant (a record made at
// exactly that instant counts):
//
//   - an objection in force (made at or before, not lifted at or before)
//     that covers the activity (to it, to direct marketing, or to all
//     processing) stops a direct-marketing activity absolutely
//     (Art. 21(3));
//   - an objection to the activity or to all processing stops an activity
//     based on a public task or legitimate interests (UK: also a recognised
//     legitimate interest) unless compelling grounds were recorded at or
//     before the instant (Art. 21(1)); it does not reach other bases, whose
//     remedy is to withdraw consent (Art. 7(3)) or other rights;
//   - a restriction in force (started at or before, not ended at or
//     before) stops the activity unless it is storage or another Art. 18(2)
//     exception;
//   - an activity with consent among its bases needs consent live then:
//     the latest record given at or before the instant, neither withdrawn
//     nor expired at or before it (Art. 6(1)(a), 7(3));
//   - for an information society service offered directly to children,
//     consent given by a child below the age of digital consent on the day
//     it was given (the regime's or Member State's age, or the
//     controller's higher one; calendar dates in the regime's location)
//     counts only if given by a parent (Art. 8(1)).
//
// An activity the policy does not know allows nothing
// ([ReasonUnknownActivity]), nor does one of a [Compile]d register that
// records no lawful basis for it ([ReasonNoBasis], Art. 6(1)). Where
// several rules stop the processing, the reason is the first in the order
// above.
//
// Times are compared as instants, not dates: a withdrawal at 10:00 stops
// an email at 10:01 the same day (Art. 7(3)). Decide allocates nothing.
func (p *Policy) Decide(activity string, l *Ledger, at time.Time) Decision {
	h, ok := p.Activity(activity)
	if !ok {
		return Decision{Reason: ReasonUnknownActivity}
	}
	return h.r.decide(l, instantOf(at), h.requireAge)
}

// Decide is [Policy.Decide] for the handle's activity.
func (h Handle) Decide(l *Ledger, at time.Time) Decision {
	if h.r == nil {
		return Decision{Reason: ReasonUnknownActivity}
	}
	return h.r.decide(l, instantOf(at), h.requireAge)
}

// Allowed yields, in order, the people the activity may process at the
// instant, deciding as [Policy.Decide] does. For an unknown activity it
// yields no one.
func (p *Policy) Allowed(activity string, people iter.Seq[*Ledger], at time.Time) iter.Seq[*Ledger] {
	h, _ := p.Activity(activity)
	return h.Allowed(people, at)
}

// Allowed yields, in order, the people the handle's activity may process at
// the instant.
func (h Handle) Allowed(people iter.Seq[*Ledger], at time.Time) iter.Seq[*Ledger] {
	return func(yield func(*Ledger) bool) {
		if h.r == nil || people == nil {
			return
		}
		t := instantOf(at)
		for l := range people {
			if h.r.decide(l, t, h.requireAge).Allowed && !yield(l) {
				return
			}
		}
	}
}

// Decisions yields each person with the decision for the handle's activity
// at the instant.
func (h Handle) Decisions(people iter.Seq[*Ledger], at time.Time) iter.Seq2[*Ledger, Decision] {
	return func(yield func(*Ledger, Decision) bool) {
		if people == nil {
			return
		}
		t := instantOf(at)
		for l := range people {
			d := Decision{Reason: ReasonUnknownActivity}
			if h.r != nil {
				d = h.r.decide(l, t, h.requireAge)
			}
			if !yield(l, d) {
				return
			}
		}
	}
}

// covers reports whether objection o reaches the activity: an objection to
// direct marketing reaches direct-marketing activities; one to the
// activity reaches it; one to all processing reaches activities open to
// Art. 21(1) objection and direct marketing (an objection to everything is
// also one to marketing, which may be made at any time, Art. 21(2)).
func (r *compiledRule) covers(o *Objection) bool {
	switch o.Scope {
	case ObjectToDirectMarketing:
		return r.marketing
	case ObjectToActivity:
		return o.Activity == r.id && (r.marketing || r.objectable)
	case ObjectToAll:
		return r.marketing || r.objectable
	}
	return false
}

func (r *compiledRule) decide(l *Ledger, q instant, requireAge bool) Decision {
	at := q.ns
	if l == nil {
		l = &emptyLedger
	}
	if r.noBasis {
		return Decision{Reason: ReasonNoBasis}
	}
	if r.marketing && at >= l.dmFrom && at < l.dmUntil {
		return Decision{Reason: ReasonDirectMarketingObjection}
	}
	restricted, overridden := false, false
	if at < l.busyUntil {
		for i := range l.cold.objections {
			lo := &l.cold.objections[i]
			if lo.when > at || at >= lo.lifted || !r.covers(&lo.o) {
				continue
			}
			if r.marketing {
				return Decision{Reason: ReasonDirectMarketingObjection}
			}
			if lo.grounds > at {
				return Decision{Reason: ReasonObjection}
			}
			overridden = true
		}
		for i := range l.cold.restrictions {
			if lr := &l.cold.restrictions[i]; lr.start <= at && at < lr.end {
				restricted = true
				break
			}
		}
		if restricted && r.except == 0 {
			return Decision{Reason: ReasonRestricted}
		}
	}
	reason := ReasonLawfulBasis
	if r.consent {
		i := l.consentAt(r, q)
		if i < 0 {
			return Decision{Reason: ReasonNoConsent}
		}
		h := l.hotAt(i)
		if l.ended(i, h, q) {
			if h.key.lo&hotWithdrawn != 0 {
				return Decision{Reason: ReasonConsentWithdrawn}
			}
			return Decision{Reason: ReasonConsentExpired}
		}
		reason = ReasonConsentLive
		if r.children && h.key.lo&hotByParent == 0 {
			switch r.childConsent(l, i) {
			case childBelowAge:
				return Decision{Reason: ReasonParentalConsentMissing}
			case childAgeUnknown:
				if requireAge {
					return Decision{Reason: ReasonAgeNotRecorded}
				}
				reason = ReasonAgeNotRecorded
			}
		}
	}
	switch {
	case restricted:
		reason = ReasonRestrictionException
	case overridden:
		reason = ReasonCompellingGrounds
	}
	return Decision{Allowed: true, Reason: reason}
}

var emptyLedger Ledger

// endedByWithdrawal reports whether a consent that has ended ended by its
// withdrawal rather than by lapsing first.
func endedByWithdrawal(c *ConsentRecord) bool {
	return !c.Withdrawn.IsZero() && (c.Expires.IsZero() || !c.Expires.Before(c.Withdrawn))
}

type childCheck uint8

const (
	childOfAge childCheck = iota
	childBelowAge
	childAgeUnknown
)

// childConsent judges consent i of l, given by the person themselves: were
// they below the age of digital consent on the day it was given, a
// calendar date in the regime's location?
func (r *compiledRule) childConsent(l *Ledger, i int) childCheck {
	need := r.ageAt(ledgerNanos(l.cold.consents[i].Given))
	if need == 0 {
		return childOfAge // Art. 8 did not apply yet
	}
	if !l.cold.hasBorn {
		return childAgeUnknown
	}
	if civil.In(l.cold.consents[i].Given, r.regime.Location()) < comesOfAge(l.cold.born, need) {
		return childBelowAge
	}
	return childOfAge
}

// comesOfAge returns the day a person born on born reaches age years; a
// 29 February birthday falls on 1 March in a common year (civil.FromYMD
// normalises 29 February to 1 March), the later of the candidate days.
func comesOfAge(born civil.Date, age int) civil.Date {
	y, m, d := born.YMD()
	return civil.FromYMD(y+age, m, d)
}

package gdprtest

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"pgregory.net/rapid"
)

// The days on which a ValidRegister is valid: every date it records is on
// or before ValidFrom's eve, and nothing it relies on lapses by ValidUntil.
var (
	ValidFrom  = time.Date(2021, 1, 1, 0, 0, 0, 0, time.UTC)
	ValidUntil = time.Date(2040, 12, 31, 0, 0, 0, 0, time.UTC)
)

// AsOf draws a day on which a ValidRegister is judged: from ValidFrom to
// ValidUntil, at any time of day, in UTC, Europe/London or
// Europe/Brussels, with extra weight on the days the law changed (the UK's
// Data (Use and Access) Act 2025 commencements of 2026-02-05 and
// 2026-06-19).
func AsOf() *rapid.Generator[time.Time] {
	return rapid.OneOf(
		rapid.Custom(func(t *rapid.T) time.Time {
			d := date(t, ValidFrom.Year(), ValidUntil.Year())
			return time.Date(d.y, d.m, d.d, rapid.IntRange(0, 23).Draw(t, "hour"), 0, 0, 0, rapid.SampledFrom(locations).Draw(t, "location"))
		}),
		rapid.SampledFrom([]time.Time{
			time.Date(2026, 2, 4, 23, 30, 0, 0, locations[1]), time.Date(2026, 2, 5, 0, 0, 0, 0, locations[1]),
			time.Date(2026, 6, 19, 0, 0, 0, 0, locations[1]), ValidFrom, ValidUntil,
		}))
}

// recorded draws a day before ValidFrom: a date a ValidRegister records.
func recorded(t *rapid.T, label string) time.Time {
	d := date(t, 2016, 2020)
	return time.Date(d.y, d.m, d.d, 0, 0, 0, 0, rapid.SampledFrom(locations).Draw(t, label))
}

func recordedDate(t *rapid.T, label string) gdpr.Date { return gdpr.DateOf(recorded(t, label)) }

// ValidRegister draws a WellFormedRegister built to be lawful as recorded
// on every day AsOf draws, under each of its regimes: gdpr.Validate
// reports no Error-severity finding for it (Warnings and Infos it may
// have). To stay lawful whatever the day, it records what the law requires
// where it records anything, and leaves the rest not stated:
//
//   - grounds: consent with a means of withdrawal, a contract the subject is
//     party to, a legal obligation or public task with its law, vital
//     interests, or legitimate interests with an interest and a passed
//     assessment made before ValidFrom; never the UK's recognised
//     legitimate interests (from 2026-02-05 only, UK only);
//   - special category data under explicit consent (Art. 9(2)(a)), criminal
//     offence data under the control of an official authority (Art. 10);
//   - processors with a written Art. 28 contract with every term, made
//     before ValidFrom; independent controllers with no agreement;
//     recipients' countries not stated;
//   - transfers only to countries with adequacy under both regimes
//     throughout the range, recorded as relying on it;
//   - retention rules of kinds After, Until and Criteria (no statutory
//     minimum to conflict with);
//   - no automated decisions, profiling, marketing, device storage, reuse,
//     exemptions or fee stated; a response time of one month from receipt
//     or none stated; requests not limited to writing; complaints offered
//     or not stated; a public authority not stated.
func ValidRegister() *rapid.Generator[*gdpr.Register] {
	return rapid.Custom(func(t *rapid.T) *gdpr.Register {
		r := WellFormedRegister().Draw(t, "register")
		lawful(t, r)
		return r
	})
}

// lawful rewrites a well-formed register as ValidRegister documents.
func lawful(t *rapid.T, r *gdpr.Register) {
	notYes := func(f gdpr.Fact) gdpr.Fact {
		if f == gdpr.Yes {
			return gdpr.NotStated
		}
		return f
	}
	notNo := func(f gdpr.Fact) gdpr.Fact {
		if f == gdpr.No {
			return gdpr.NotStated
		}
		return f
	}
	if len(r.Regimes) == 0 {
		r.Regimes = []basis.Regime{ValidRegime().Draw(t, "regime")}
	}
	c := &r.Controller
	c.PublicAuthority = notYes(c.PublicAuthority)
	c.DPO.LargeScaleMonitoring, c.DPO.LargeScaleSensitive = notYes(c.DPO.LargeScaleMonitoring), notYes(c.DPO.LargeScaleSensitive)
	c.Representatives = nil
	c.Complaints.Offered = notNo(c.Complaints.Offered)
	if !r.Notice.Date.IsZero() {
		r.Notice.Date = recordedDate(t, "noticeDate")
	}
	r.Changes.Published, r.Changes.Direct = notNo(r.Changes.Published), notNo(r.Changes.Direct)
	r.Locations = nil

	h := &r.Rights
	h.WritingOnly = notYes(h.WritingOnly)
	h.Fee, h.Exemptions = 0, nil
	if !h.ResponseTime.IsZero() {
		h.ResponseTime, h.ResponseFrom = retention.Months(1), gdpr.FromReceipt
	} else {
		h.ResponseFrom = 0
	}
	for i := range h.Rights {
		h.Rights[i].Stated = notNo(h.Rights[i].Stated)
	}

	for i := range r.Recipients {
		x := &r.Recipients[i]
		x.Countries = nil
		x.OwnPurposes, x.Internal = notYes(x.OwnPurposes), notYes(x.Internal)
		if rapid.Bool().Draw(t, "processor") {
			x.Role = recipient.Processor
			x.Agreement = recipient.Agreement{InPlace: recipient.Present, Kind: recipient.Processor.Requires(), Made: recorded(t, "made"),
				InWriting: recipient.Present, Terms: recipient.AllArt28Terms(), Reference: x.Agreement.Reference}
		} else {
			x.Role, x.Agreement = recipient.IndependentController, recipient.Agreement{}
		}
	}
	for i := range r.Transfers {
		x := &r.Transfers[i]
		x.Transfer = recipient.Transfer{Recipient: x.Transfer.Recipient, Mechanism: recipient.Adequacy,
			Countries: distinctOf(t, rapid.SampledFrom(adequateFor), 2, "adequate")}
		if len(x.Countries) == 0 {
			x.Countries = []basis.Country{adequateFor[0]}
		}
	}
	for i := range r.Retention {
		x := &r.Retention[i]
		if x.Kind == retention.Minimum || x.Kind == retention.ByLaw {
			x.Kind, x.Law, x.Grace = retention.After, "", retention.Period{}
			if x.Trigger == "" {
				x.Trigger = retention.Collection
			}
			if !x.Period.Positive() {
				x.Period = retention.Years(6)
			}
			if x.Action == 0 {
				x.Action = retention.AllActions()[0]
			}
		}
	}
	for i := range r.Bases {
		r.Bases[i] = lawfulGround(t, r.Bases[i])
	}
	for i := range r.Activities {
		a := &r.Activities[i]
		for j := range a.Grounds {
			a.Grounds[j] = lawfulGround(t, a.Grounds[j])
		}
		if len(a.Grounds) == 0 {
			a.Grounds = []gdpr.Ground{lawfulGround(t, gdpr.Ground{Ground: basis.Ground{Basis: basis.Contract}})}
		}
		a.Special, a.Criminal = nil, nil
		sens := r.Sensitive(a)
		for range sens.Categories() {
			a.Special = []gdpr.SpecialJustification{{SpecialCategoryJustification: basis.SpecialCategoryJustification{Condition: basis.ExplicitConsent}}}
			break
		}
		if sens.CriminalOffence() {
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: basis.CriminalOffenceJustification{
				OfficialAuthority: basis.OfficialAuthority{Body: "Disclosure and Barring Service", Controls: true}}}}
		}
		a.Automated = gdpr.Automated{Decisions: notYes(a.Automated.Decisions)}
		a.Profiling = gdpr.Profiling{Done: notYes(a.Profiling.Done)}
		a.Marketing, a.Devices, a.Reuse = gdpr.Marketing{}, nil, gdpr.Reuse{}
		a.Children = gdpr.Children{Involved: notYes(a.Children.Involved)}
		a.DPIA = gdpr.DPIA{Required: notYes(a.DPIA.Required)}
		a.Art14.Timing = 0
	}
}

// lawfulGround rewrites g to one of the grounds ValidRegister documents.
func lawfulGround(t *rapid.T, g gdpr.Ground) gdpr.Ground {
	out := gdpr.Ground{Evidence: g.Evidence}
	switch g.Basis {
	case basis.Consent:
		out.Basis, out.Consent = basis.Consent, basis.ConsentTerms{Withdrawal: "unsubscribe link", Explicit: g.Consent.Explicit}
		out.Conditional = gdpr.No
	case basis.LegalObligation, basis.PublicTask:
		out.Basis, out.Law = g.Basis, "Charities Act 2011 s.130"
	case basis.VitalInterests:
		out.Basis = basis.VitalInterests
	case basis.LegitimateInterests:
		passed := basis.LIATest{Reasoning: "assessed", Passed: true}
		out.Basis, out.Interest = basis.LegitimateInterests, "running the membership"
		out.LIA = basis.LIA{Made: basis.Present, Purpose: passed, Necessity: passed, Balancing: passed, Date: recorded(t, "liaDate")}
	default:
		out.Basis, out.SubjectParty = basis.Contract, gdpr.Yes
	}
	return out
}

package basis

import (
	"slices"
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// CheckOption adjusts what [Ground.Check] knows of the controller and the
// data subjects.
type CheckOption func(checkOptions) checkOptions

type checkOptions struct {
	publicAuthority bool
	country         Country
}

// AsPublicAuthority says the controller is a public authority processing in
// the performance of its tasks, which may not rely on point (f) (nor, in the
// UK from 2026-02-05, point (ea)) (Art. 6(1), second subparagraph; UK: DPA
// 2018 s.7).
func AsPublicAuthority() CheckOption {
	return func(o checkOptions) checkOptions { o.publicAuthority = true; return o }
}

// ForCountry says the service is offered to children in country (an EU or
// EEA state), whose age of digital consent then applies under the EU regime
// ([LookupDigitalConsent]). Without it, an EU check uses the Regulation's
// own age, 16 (Art. 8(1), first subparagraph), since a lower national age
// applies only in the state that set it. Under the UK regime the option is
// ignored: the age is the UK's, 13. A country that is not valid (such as
// "UK" for "GB", or "EL" for "GR") is reported as [CodeCountryUnknown] with
// the code to use.
func ForCountry(country Country) CheckOption {
	return func(o checkOptions) checkOptions { o.country = country; return o }
}

// Check reports what g lacks to justify processing under regime r on the
// date of at, in field order; nil means nothing. Each finding has its
// severity, the regime, the provision it rests on, and the path of the
// field in g's JSON encoding ("basis", "interest", "lia", "lia.balancing",
// "lia.date", "recognised", "law", "consent.withdrawal",
// "consent.parentalConsentBelow"; "" for the regime, the date and the
// country of [ForCountry]).
//
// The rules: the basis must exist in the regime on that date (the
// recognised legitimate interest only in the UK from 2026-02-05) and not be
// barred for a public authority (with [AsPublicAuthority]); legitimate
// interests need the interest (Error), and an assessment is looked for as
// [LIA] documents (Info or Warning: the assessment is guidance serving
// Art. 5(2), not statute); a recognised legitimate interest needs its
// Annex 1 condition; a legal obligation or public task needs its law;
// consent needs a way to withdraw it and, where it is asked for an
// information society service offered directly to children
// ([ConsentTerms].OfferedToChildren), a parental-consent age no lower than
// the age of digital consent (Art. 8(1): 13 in the UK; under the EU regime
// the state's age with [ForCountry], else 16). Dates are compared as
// calendar dates in the regime's location ([Regime.OnOrBefore]).
func (g Ground) Check(r Regime, at time.Time, opts ...CheckOption) Findings {
	return g.check(r, at, opts)
}

// check is [Ground.Check] on a pointer, so that the ground is copied once,
// at the call of Check, and never again by the rules below.
func (g *Ground) check(r Regime, at time.Time, opts []CheckOption) Findings {
	var o checkOptions
	for _, opt := range opts {
		if opt != nil {
			o = opt(o)
		}
	}
	if !r.IsValid() {
		f, _ := checkRegime(r, at)
		return Findings{f}
	}
	// The date judged, in the regime's location, converted once for the
	// rules below.
	day := r.judgedDay(at)
	if !r.inForceOn(GDPRApplies, day) {
		f, _ := checkRegime(r, at)
		return Findings{f}
	}
	var fs Findings
	switch {
	case g.Basis == 0:
		return append(fs, Finding{Code: CodeBasisMissing, Severity: Error, Regime: r, Path: "basis",
			Article: r.Cite("Art. 6(1)", at),
			Message: "no lawful basis is given (valid: " + joinCodes(bases.Codes()) + ")"})
	case !g.Basis.IsValid():
		return append(fs, Finding{Code: CodeBasisInvalid, Severity: Error, Regime: r, Path: "basis",
			Article: r.Cite("Art. 6(1)", at), Value: g.Basis.String(),
			Message: g.Basis.String() + " is not a lawful basis (valid: " + joinCodes(bases.Codes()) + ")"})
	case g.Basis == RecognisedLegitimateInterest && !r.inForceOn(RecognisedLegitimateInterests, day):
		// !g.Basis.AvailableIn(r, at), given what is established above
		// (the GDPR applies, the basis is valid), on the date converted
		// once.
		msg := "the recognised legitimate interest is UK law only, from 2026-02-05"
		if r == UK {
			msg += "; the date judged is " + r.date(at).String()
		}
		return append(fs, Finding{Code: CodeBasisNotAvailable, Severity: Error, Regime: r, Path: "basis",
			Article: "UK GDPR " + g.Basis.Article() + "; DUAA 2025 s.70", Value: g.Basis.String(), Message: msg})
	}
	if o.publicAuthority && g.Basis.BarredForPublicAuthorities(r, at) {
		fs = append(fs, Finding{Code: CodeBarredForPublicAuthority, Severity: Error, Regime: r, Path: "basis",
			Article: r.Cite("Art. 6(1), second subparagraph", at), Value: g.Basis.String(),
			Message: "a public authority may not rely on " + g.Basis.Article() + " for processing in the performance of its tasks"})
	}
	switch g.Basis {
	case LegitimateInterests:
		fs = g.checkLegitimateInterests(fs, r, at, day)
	case RecognisedLegitimateInterest:
		switch {
		case g.Recognised == 0:
			// Not stated, not shown absent: a likely gap (Warning).
			fs = append(fs, Finding{Code: CodeRecognisedInterestMissing, Severity: Warning, Regime: r, Path: "recognised",
				Article: "UK GDPR Art. 6(5); Annex 1",
				Message: "a recognised legitimate interest must meet a condition in Annex 1 (valid: " + joinCodes(recognisedInterests.Codes()) + ")"})
		case !g.Recognised.IsValid():
			fs = append(fs, Finding{Code: CodeRecognisedInterestInvalid, Severity: Error, Regime: r, Path: "recognised",
				Article: "UK GDPR Art. 6(5); Annex 1", Value: g.Recognised.String(),
				Message: g.Recognised.String() + " is not an Annex 1 condition (valid: " + joinCodes(recognisedInterests.Codes()) + ")"})
		}
	case LegalObligation, PublicTask:
		if g.Law == "" {
			article := r.Cite("Art. 6(3)", at)
			what := "the legal obligation's source in law"
			if g.Basis == PublicTask {
				what = "the task's basis in law"
				if r == UK {
					article += "; DPA 2018 s.8"
				}
			}
			// Art. 6(3) needs the basis to be laid down by law, but neither
			// it nor Art. 13(1)(c) asks for the law to be named: a law not
			// recorded is not evidenced (Info).
			fs = append(fs, Finding{Code: CodeLawMissing, Severity: Info, Regime: r, Path: "law", Article: article,
				Message: g.Basis.Article() + " rests on " + what + ", which is not named (not evidenced)"})
		}
	case Consent:
		fs = g.checkConsent(fs, r, at, o)
	}
	if len(fs) == 0 {
		return nil
	}
	return fs
}

func (g *Ground) checkLegitimateInterests(fs Findings, r Regime, at time.Time, day civil.Date) Findings {
	if g.Interest == "" {
		// Art. 6(1)(f) rests on "the legitimate interests pursued", which
		// Art. 13(1)(d) requires to be told; not recorded is a likely gap
		// in what people are told (Warning), not shown to be unlawful.
		fs = append(fs, Finding{Code: CodeInterestMissing, Severity: Warning, Regime: r, Path: "interest",
			Article: r.Cite("Art. 6(1)(f); Art. 13(1)(d)", at),
			Message: "the legitimate interest pursued is not named"})
	}
	l := &g.LIA
	switch {
	case !l.Made.IsValid():
		return append(fs, presenceInvalid(r, "lia.made", r.Cite("Art. 5(2)", at), l.Made))
	case liaIsZero(l):
		// Not stated. The assessment is ICO guidance ("Legitimate interests",
		// How do we apply legitimate interests in practice?) serving
		// Art. 5(2); the record's silence is not a breach.
		return append(fs, Finding{Code: CodeLIANotEvidenced, Severity: Info, Regime: r, Path: "lia",
			Article: r.Cite("Art. 5(2); Art. 6(1)(f)", at),
			Message: "no legitimate interests assessment is recorded (not evidenced)"})
	case l.Made == Absent:
		return append(fs, Finding{Code: CodeLIAMissing, Severity: Warning, Regime: r, Path: "lia.made",
			Article: r.Cite("Art. 5(2); Art. 6(1)(f)", at), Value: l.Made.String(),
			Message: "the record states that no legitimate interests assessment was made, so the controller cannot show that its interest is not overridden"})
	}
	if !liaPassed(&l.Purpose) || !liaPassed(&l.Necessity) || !liaPassed(&l.Balancing) {
		fs = liaTest(fs, r, at, "lia.purpose", "purpose", &l.Purpose)
		fs = liaTest(fs, r, at, "lia.necessity", "necessity", &l.Necessity)
		fs = liaTest(fs, r, at, "lia.balancing", "balancing", &l.Balancing)
	}
	switch {
	case l.Date.IsZero():
		fs = append(fs, Finding{Code: CodeLIAUndated, Severity: Info, Regime: r, Path: "lia.date",
			Article: r.Cite("Art. 5(2)", at), Message: "the assessment has no date (not evidenced)"})
	case !surelyOnOrBefore(l.Date, day) && r.date(l.Date).After(day): // !r.OnOrBefore(l.Date, at)
		// Calendar dates in the regime's location: an assessment made at
		// 09:00 counts for a check at 08:00 the same day.
		d := r.date(l.Date).String()
		fs = append(fs, Finding{Code: CodeLIAAfterDate, Severity: Warning, Regime: r, Path: "lia.date",
			Article: r.Cite("Art. 5(2); Art. 6(1)(f)", at), Value: d,
			Message: "the assessment is dated " + d + ", after the date judged, " + r.date(at).String()})
	}
	return fs
}

// liaIsZero is l.IsZero() without copying l, cheapest test first.
func liaIsZero(l *LIA) bool {
	return l.Made == NotStated && l.Purpose.Reasoning == "" && !l.Purpose.Passed &&
		l.Necessity.Reasoning == "" && !l.Necessity.Passed &&
		l.Balancing.Reasoning == "" && !l.Balancing.Passed && l.Date == time.Time{}
}

// liaPassed reports whether t is recorded as passed, with its reasoning:
// [liaTest] has nothing to report of it.
func liaPassed(t *LIATest) bool { return t.Passed && t.Reasoning != "" }

// liaTest appends the findings of one test of an assessment, at path, the
// test being called name in the message.
func liaTest(fs Findings, r Regime, at time.Time, path, name string, t *LIATest) Findings {
	switch {
	case t.Reasoning == "":
		fs = append(fs, Finding{Code: CodeLIATestMissing, Severity: Info, Regime: r, Path: path,
			Article: r.Cite("Art. 6(1)(f); Art. 5(2)", at),
			Message: "the assessment does not record the " + name + " test (not evidenced)"})
	case !t.Passed:
		fs = append(fs, Finding{Code: CodeLIATestFailed, Severity: Warning, Regime: r, Path: path,
			Article: r.Cite("Art. 6(1)(f)", at),
			Message: "the assessment records that the " + name + " test was not passed, so legitimate interests are unlikely to be available"})
	}
	return fs
}

func (g *Ground) checkConsent(fs Findings, r Regime, at time.Time, o checkOptions) Findings {
	c := &g.Consent
	if c.Withdrawal == "" {
		// Art. 7(3) makes withdrawal as easy as giving consent; how it is
		// done need not be recorded, so silence is not evidenced (Info).
		// That the right is told is Art. 13(2)(c), checked by the register.
		fs = append(fs, Finding{Code: CodeConsentWithdrawalMissing, Severity: Info, Regime: r, Path: "consent.withdrawal",
			Article: r.Cite("Art. 7(3)", at),
			Message: "how consent is withdrawn is not stated (not evidenced); withdrawing must be as easy as giving consent"})
	}
	if !c.OfferedToChildren {
		return fs
	}
	const path = "consent.parentalConsentBelow"
	if c.ParentalConsentBelow == 0 {
		return append(fs, Finding{Code: CodeParentalAgeMissing, Severity: Info, Regime: r, Path: path,
			Article: r.Cite("Art. 8(1)", at),
			Message: "the service is offered to children but the age below which a parent must consent is not stated"})
	}
	need, dc := r.DefaultDigitalConsentAge(), DigitalConsent{}
	country := Country("GB")
	if r == EU {
		country = o.country
	}
	if country != "" && !country.IsValid() {
		// Lenient input ("dk", " be "); "UK" and "EL" get the code to use.
		p, err := ParseCountry(string(country))
		if err != nil {
			return append(fs, Finding{Code: CodeCountryUnknown, Severity: Error, Regime: r,
				Article: "ISO 3166-1", Value: string(country), Message: countryMessage(string(country))})
		}
		country = p
	}
	if country != "" {
		switch found, ok := lookupDigitalConsent(country, at); {
		case ok && (r == UK || found.Country != "GB"):
			need, dc = found.Age, found
		case country != "GB" && hasDigitalConsent(country):
			// A UK, EU or EEA state before the GDPR applied there: only
			// Iceland, Liechtenstein and Norway, whose regime began on
			// 2018-07-20, can get here once checkRegime has passed.
			from, _ := digitalConsentFrom(country)
			return append(fs, Finding{Code: CodeBeforeGDPR, Severity: Error, Regime: r,
				Article: "EEA Joint Committee Decision No 154/2018", Value: string(country),
				Message: "the GDPR applies in " + string(country) + " only from " + from.String() +
					"; the date judged is " + r.date(at).String()})
		default:
			return append(fs, Finding{Code: CodeCountryUnknown, Severity: Error, Regime: r,
				Article: r.Cite("Art. 8(1)", at), Value: string(country),
				Message: "no age of digital consent is known for " + strconv.Quote(string(country)) +
					" under " + r.String() + " (valid: " + joinCodes(euCountries()) + ")"}) // no age to compare with
		}
	}
	if c.ParentalConsentBelow < need {
		where := "the age Art. 8(1) sets where no national law lowers it (name the Member State with ForCountry)"
		if dc.Country != "" {
			where = "the age of digital consent in " + string(dc.Country) + " (" + dc.Source + ")"
		}
		// Below the age that applies is unlawful as recorded; under the EU
		// regime with no Member State named, the age compared with is
		// Art. 8(1)'s default of 16, which national law may lower to 13,
		// so it is only a likely gap (Warning).
		sev := Error
		if r == EU && dc.Country == "" {
			sev = Warning
		}
		fs = append(fs, Finding{Code: CodeParentalAgeTooLow, Severity: sev, Regime: r, Path: path,
			Article: r.Cite("Art. 8(1)", at), Value: strconv.Itoa(c.ParentalConsentBelow),
			Message: "parental consent is asked below " + strconv.Itoa(c.ParentalConsentBelow) +
				", but it is needed below " + strconv.Itoa(need) + ", " + where})
	}
	return fs
}

// euCountries returns the codes [ForCountry] accepts under the EU regime:
// those of [DigitalConsentCountries] without "GB".
func euCountries() []string {
	var out []string
	for _, c := range DigitalConsentCountries() {
		if c != "GB" {
			out = append(out, string(c))
		}
	}
	return slices.Clip(out)
}

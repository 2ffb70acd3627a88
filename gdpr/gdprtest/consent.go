package gdprtest

import (
	"time"

	"github.com/dpmodel/dpmodel/gdpr"
	"pgregory.net/rapid"
)

// ValidSubjectID draws a data subject's identifier, such as a membership
// number.
func ValidSubjectID() *rapid.Generator[gdpr.SubjectID] {
	return rapid.Map(rapid.StringMatching(`M[0-9]{4,8}`), func(s string) gdpr.SubjectID { return gdpr.SubjectID(s) })
}

// ValidConsentRecord draws a consent record a Ledger accepts: an id, one
// of activities (a slug id when activities is empty), a time given (see
// Time), perhaps an expiry and a withdrawal after it, and the evidence of
// how it was given. Its Subject is empty, which the ledger fills in.
func ValidConsentRecord(activities ...string) *rapid.Generator[gdpr.ConsentRecord] {
	return rapid.Custom(func(t *rapid.T) gdpr.ConsentRecord {
		c := gdpr.ConsentRecord{ID: UUID().Draw(t, "id"), Given: Time().Draw(t, "given"),
			Method:        rapid.SampledFrom([]string{"", "tick box on the renewal form", "double opt-in email"}).Draw(t, "method"),
			NoticeVersion: rapid.StringMatching(`[1-9]\.[0-9]`).Draw(t, "noticeVersion"),
			Evidence:      Text().Draw(t, "evidence"), Explicit: rapid.Bool().Draw(t, "explicit"), ByParent: rapid.Bool().Draw(t, "byParent")}
		if len(activities) > 0 {
			c.Activity = rapid.SampledFrom(activities).Draw(t, "activity")
		} else {
			c.Activity = ID().Draw(t, "activity")
		}
		if rapid.Float64Range(0, 1).Draw(t, "expires") < 0.2 {
			c.Expires = c.Given.AddDate(rapid.IntRange(0, 3).Draw(t, "years"), rapid.IntRange(1, 11).Draw(t, "months"), 0)
		}
		if rapid.Float64Range(0, 1).Draw(t, "withdrawn") < 0.3 {
			c.Withdrawn = c.Given.Add(time.Duration(rapid.IntRange(1, 3*365*24).Draw(t, "hoursLater")) * time.Hour)
		}
		return c
	})
}

// ArbitraryConsentRecord draws any gdpr.ConsentRecord: the nil id, any
// times (withdrawal before giving, out of the ledger's range), any text.
func ArbitraryConsentRecord() *rapid.Generator[gdpr.ConsentRecord] {
	return arbitraryOf[gdpr.ConsentRecord]()
}

// ValidObjection draws an objection a Ledger accepts: to one of
// activities (when there are any), to direct marketing, or to all
// processing on a public task or legitimate interests; perhaps lifted
// later, perhaps (for Art. 21(1)) answered with compelling grounds.
func ValidObjection(activities ...string) *rapid.Generator[gdpr.Objection] {
	return rapid.Custom(func(t *rapid.T) gdpr.Objection {
		o := gdpr.Objection{ID: UUID().Draw(t, "id"), Scope: ValidObjectionScope().Draw(t, "scope"), When: Time().Draw(t, "when")}
		if o.Scope == gdpr.ObjectToActivity {
			if len(activities) == 0 {
				o.Scope = gdpr.ObjectToDirectMarketing
			} else {
				o.Activity = rapid.SampledFrom(activities).Draw(t, "activity")
			}
		}
		if o.Scope != gdpr.ObjectToDirectMarketing && rapid.Float64Range(0, 1).Draw(t, "grounds") < 0.3 {
			o.Grounds = gdpr.CompellingGrounds{At: o.When.Add(time.Duration(rapid.IntRange(1, 24*60).Draw(t, "groundsHours")) * time.Hour),
				Reason: Text().Draw(t, "reason"), LegalClaims: rapid.Bool().Draw(t, "legalClaims")}
		}
		if rapid.Float64Range(0, 1).Draw(t, "lifted") < 0.3 {
			o.Lifted = o.When.Add(time.Duration(rapid.IntRange(1, 2*365*24).Draw(t, "liftedHours")) * time.Hour)
			if !o.Grounds.At.IsZero() && o.Lifted.Before(o.Grounds.At) {
				o.Lifted = o.Grounds.At.Add(time.Hour)
			}
		}
		return o
	})
}

// ValidRestriction draws a restriction a Ledger accepts: a ground (or
// none stated), a start and perhaps an end after it.
func ValidRestriction() *rapid.Generator[gdpr.Restriction] {
	return rapid.Custom(func(t *rapid.T) gdpr.Restriction {
		r := gdpr.Restriction{ID: UUID().Draw(t, "id"), Ground: orZero(ValidRestrictionGround()).Draw(t, "ground"), Start: Time().Draw(t, "start")}
		if rapid.Bool().Draw(t, "ended") {
			r.End = r.Start.Add(time.Duration(rapid.IntRange(1, 365*24).Draw(t, "hours")) * time.Hour)
		}
		return r
	})
}

// ValidLedger draws the ledger of one data subject with up to six
// consents to the given activities (ids of the policy's activities; slug
// ids when none are given), up to two objections and a restriction, and
// perhaps a birth date, built with gdpr.NewLedgerOf.
func ValidLedger(activities ...string) *rapid.Generator[*gdpr.Ledger] {
	return rapid.Custom(func(t *rapid.T) *gdpr.Ledger {
		recs := gdpr.LedgerRecords{Subject: ValidSubjectID().Draw(t, "subject"),
			Consents:     sliceOf(t, ValidConsentRecord(activities...), 6, "consents"),
			Objections:   sliceOf(t, ValidObjection(activities...), 2, "objections"),
			Restrictions: sliceOf(t, ValidRestriction(), 1, "restrictions")}
		if rapid.Bool().Draw(t, "born") {
			d := date(t, 1940, 2024)
			recs.BirthDate = time.Date(d.y, d.m, d.d, 0, 0, 0, 0, time.UTC)
		}
		l, err := gdpr.NewLedgerOf(recs)
		if err != nil {
			t.Fatalf("gdprtest: NewLedgerOf refused records drawn as valid: %v", err)
		}
		return l
	})
}

// ArbitraryLedgerRecords draws anything gdpr.LedgerRecords can hold, for
// testing that NewLedgerOf refuses it cleanly.
func ArbitraryLedgerRecords() *rapid.Generator[gdpr.LedgerRecords] {
	return arbitraryOf[gdpr.LedgerRecords]()
}

// ValidPolicy draws a register (see ValidRegister) under one regime and
// the policy gdpr.Compile makes of it.
func ValidPolicy() *rapid.Generator[*gdpr.Policy] {
	return rapid.Custom(func(t *rapid.T) *gdpr.Policy {
		r := ValidRegister().Draw(t, "register")
		opts := []gdpr.PolicyOption{gdpr.UnderRegime(rapid.SampledFrom(r.Regimes).Draw(t, "regime"))}
		p, err := gdpr.Compile(r, opts...)
		if err != nil {
			t.Fatalf("gdprtest: Compile refused a valid register: %v", err)
		}
		return p
	})
}

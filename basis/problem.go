package basis

import (
	"strconv"
	"strings"
)

// The codes of the problems that [Ground.Check], [CheckSpecialCategory] and
// [CheckCriminalOffence] report.
const (
	// CodeRegimeInvalid: the regime is unspecified or out of range.
	CodeRegimeInvalid Code = "basis/regime-invalid"
	// CodeBeforeGDPR: the date is before the GDPR applies (2018-05-25,
	// Art. 99(2)), so none of its bases or conditions exists yet; with Field
	// "Country", before it applies in that EEA EFTA state (2018-07-20 in
	// Iceland, Liechtenstein and Norway, EEA Joint Committee Decision
	// No 154/2018).
	CodeBeforeGDPR Code = "basis/before-gdpr"

	// CodeBasisMissing: a ground names no lawful basis (Art. 6(1)).
	CodeBasisMissing Code = "basis/basis-missing"
	// CodeBasisInvalid: a ground's basis is out of range.
	CodeBasisInvalid Code = "basis/basis-invalid"
	// CodeBasisNotAvailable: the basis is not law in the regime on the date,
	// such as the recognised legitimate interest under the EU GDPR or in the
	// UK before 2026-02-05 (UK GDPR Art. 6(1)(ea)).
	CodeBasisNotAvailable Code = "basis/basis-not-available"
	// CodeBarredForPublicAuthority: a public authority relies on point (f)
	// (or, in the UK from 2026-02-05, point (ea)) for its tasks (Art. 6(1),
	// second subparagraph).
	CodeBarredForPublicAuthority Code = "basis/barred-for-public-authority"

	// CodeInterestMissing: legitimate interests without the interest pursued
	// (Art. 6(1)(f); Art. 13(1)(d) requires it to be told).
	CodeInterestMissing Code = "basis/interest-missing"
	// CodeLIAMissing: legitimate interests without a legitimate interests
	// assessment (Art. 6(1)(f) with the accountability principle, Art. 5(2)).
	CodeLIAMissing Code = "basis/lia-missing"
	// CodeLIATestMissing: an assessment lacks the purpose, necessity or
	// balancing test (the Field says which).
	CodeLIATestMissing Code = "basis/lia-test-missing"
	// CodeLIATestFailed: an assessment records a test that was not passed,
	// so the basis is not available for the purpose.
	CodeLIATestFailed Code = "basis/lia-test-failed"
	// CodeLIAUndated: an assessment has no date.
	CodeLIAUndated Code = "basis/lia-undated"
	// CodeLIAAfterDate: an assessment is dated after the date judged, so it
	// did not exist then.
	CodeLIAAfterDate Code = "basis/lia-after-date"

	// CodeRecognisedInterestMissing: a recognised legitimate interest without
	// the UK GDPR Annex 1 condition it meets (Art. 6(5)).
	CodeRecognisedInterestMissing Code = "basis/recognised-interest-missing"
	// CodeRecognisedInterestInvalid: the Annex 1 condition is out of range.
	CodeRecognisedInterestInvalid Code = "basis/recognised-interest-invalid"

	// CodeLawMissing: a legal obligation or public task without the law or
	// function relied on (Art. 6(3); in the UK also DPA 2018 s.8).
	CodeLawMissing Code = "basis/law-missing"

	// CodeConsentWithdrawalMissing: consent without a way to withdraw it
	// (Art. 7(3)).
	CodeConsentWithdrawalMissing Code = "basis/consent-withdrawal-missing"
	// CodeParentalAgeMissing: consent for a service offered to children
	// without the age below which a parent must consent (Art. 8(1)).
	CodeParentalAgeMissing Code = "basis/parental-age-missing"
	// CodeParentalAgeTooLow: the age below which a parent must consent is
	// lower than the age of digital consent that applies (Art. 8(1)).
	CodeParentalAgeTooLow Code = "basis/parental-age-too-low"
	// CodeCountryUnknown: the country given with [ForCountry] is not the
	// ISO 3166-1 alpha-2 code of an EU or EEA state.
	CodeCountryUnknown Code = "basis/country-unknown"

	// CodeConditionMissing: special category data without an Art. 9(2)
	// condition.
	CodeConditionMissing Code = "basis/condition-missing"
	// CodeConditionInvalid: the Art. 9(2) condition is out of range.
	CodeConditionInvalid Code = "basis/condition-invalid"
	// CodeSchedule1Missing: the UK needs a DPA 2018 Schedule 1 condition and
	// none of the right Part is given (s.10(2), (3) and (5)).
	CodeSchedule1Missing Code = "basis/schedule1-missing"
	// CodeSchedule1WrongPart: a Schedule 1 condition from a Part that cannot
	// serve the Art. 9(2) point relied on (s.10(2) and (3)).
	CodeSchedule1WrongPart Code = "basis/schedule1-wrong-part"
	// CodeSchedule1Mismatch: a Part 1 condition that is not the one written
	// for the Art. 9(2) point: (b) para 1, (h) para 2, (i) para 3, (j)
	// para 4. DPA 2018 s.10(2) itself says "a condition in Part 1"; the
	// pairing follows the paragraphs' wording and the ICO's guidance.
	CodeSchedule1Mismatch Code = "basis/schedule1-mismatch"
	// CodeSchedule1NotNeeded: a Schedule 1 condition given for an Art. 9(2)
	// point that needs none ((a), (c), (d), (e), (f)).
	CodeSchedule1NotNeeded Code = "basis/schedule1-not-needed"
	// CodeSchedule1NotAvailable: a Schedule 1 condition under the EU regime;
	// Schedule 1 is UK law.
	CodeSchedule1NotAvailable Code = "basis/schedule1-not-available"
	// CodeSchedule1Invalid: a Schedule 1 condition is out of range.
	CodeSchedule1Invalid Code = "basis/schedule1-invalid"
	// CodeExtensionAlone: Sch. 1 para 36 without the Part 2 condition it
	// extends, or para 37 without para 20 (insurance).
	CodeExtensionAlone Code = "basis/schedule1-extension-alone"
	// CodeAPDMissing: a Schedule 1 condition that needs an appropriate policy
	// document, and none is in place (DPA 2018 Sch. 1 paras 1(1)(b), 5, 35
	// and Part 4).
	CodeAPDMissing Code = "basis/apd-missing"
	// CodeCriminalAuthorityMissing: criminal offence data processed neither
	// under the control of official authority nor under a law authorising it
	// (Art. 10; in the UK, nor under a Schedule 1 condition, s.10(5)).
	CodeCriminalAuthorityMissing Code = "basis/criminal-authority-missing"
)

// Problem is one thing a ground or a special-category justification lacks
// or gets wrong. It is data, not a failure of the call: the gdpr package
// turns problems into findings with a severity and a path.
type Problem struct {
	Code    Code   // stable identifier, e.g. CodeLIAMissing
	Article string // the provision the rule rests on, e.g. "UK GDPR Art. 6(1)(f)"
	Field   string // the Go field path within the checked value, e.g. "LIA.Balancing"
	Value   string // the offending value as text, "" when the field is empty
	Message string // prose for a privacy officer; not an API
}

// Error returns "Field: Message (Article) [Code]", so a Problem can be
// returned as an error.
func (p Problem) Error() string {
	var b strings.Builder
	if p.Field != "" {
		b.WriteString(p.Field)
		b.WriteString(": ")
	}
	b.WriteString(p.Message)
	if p.Value != "" && !strings.Contains(p.Message, strconv.Quote(p.Value)) {
		b.WriteString(" (value ")
		b.WriteString(strconv.Quote(p.Value))
		b.WriteString(")")
	}
	if p.Article != "" {
		b.WriteString(" (")
		b.WriteString(p.Article)
		b.WriteString(")")
	}
	b.WriteString(" [")
	b.WriteString(string(p.Code))
	b.WriteString("]")
	return b.String()
}

// Problems is the list of problems a check found, in the order the check
// looked (fields in declaration order).
type Problems []Problem

// Err returns nil when there are no problems, and the list otherwise.
func (ps Problems) Err() error {
	if len(ps) == 0 {
		return nil
	}
	return ps
}

// Error returns the first problem and how many more there are.
func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	}
	return ps[0].Error() + " (and " + strconv.Itoa(len(ps)-1) + " more)"
}

// Has reports whether a problem with code c is in the list.
func (ps Problems) Has(c Code) bool {
	for _, p := range ps {
		if p.Code == c {
			return true
		}
	}
	return false
}

// Codes returns the codes of the problems, in order.
func (ps Problems) Codes() []Code {
	cs := make([]Code, len(ps))
	for i, p := range ps {
		cs[i] = p.Code
	}
	return cs
}

// cite prefixes an article of the GDPR with the regime's name: "UK GDPR
// Art. 6(1)(f)" or "GDPR Art. 6(1)(f)".
func (r Regime) cite(article string) string {
	if r == UK {
		return "UK GDPR " + article
	}
	return "GDPR " + article
}

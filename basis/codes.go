package basis

// The codes of the findings that [Ground.Check],
// [SpecialCategoryJustification.Check] and
// [CriminalOffenceJustification.Check] report, and of the input errors of
// [ParseCountry] and [LookupDigitalConsent]. Each finding's severity is set
// where its rule is; the doc of each code gives it.
const (
	// CodeRegimeInvalid (Error): the regime is unspecified or out of range.
	CodeRegimeInvalid Code = "basis/regime-invalid"
	// CodeBeforeGDPR (Error): the date is before the GDPR applies
	// (2018-05-25, Art. 99(2)), so none of its bases or conditions exists
	// yet; with the country given by [ForCountry] as Value, before it
	// applies in that EEA EFTA state (2018-07-20 in Iceland, Liechtenstein
	// and Norway, EEA Joint Committee Decision No 154/2018).
	CodeBeforeGDPR Code = "basis/before-gdpr"
	// CodePresenceInvalid (Error): a [Presence] field holds a value out of
	// range.
	CodePresenceInvalid Code = "basis/presence-invalid"

	// CodeBasisMissing (Error): a ground names no lawful basis (Art. 6(1)).
	CodeBasisMissing Code = "basis/basis-missing"
	// CodeBasisInvalid (Error): a ground's basis is out of range.
	CodeBasisInvalid Code = "basis/basis-invalid"
	// CodeBasisNotAvailable (Error): the basis is not law in the regime on
	// the date, such as the recognised legitimate interest under the EU GDPR
	// or in the UK before 2026-02-05 (UK GDPR Art. 6(1)(ea)).
	CodeBasisNotAvailable Code = "basis/basis-not-available"
	// CodeBarredForPublicAuthority (Error): a public authority relies on
	// point (f) (or, in the UK from 2026-02-05, point (ea)) for its tasks
	// (Art. 6(1), second subparagraph).
	CodeBarredForPublicAuthority Code = "basis/barred-for-public-authority"

	// CodeInterestMissing (Error): legitimate interests without the interest
	// pursued (Art. 6(1)(f); Art. 13(1)(d) requires it to be told).
	CodeInterestMissing Code = "basis/interest-missing"
	// CodeLIANotEvidenced (Info): legitimate interests and the record says
	// nothing of an assessment ([LIA].Made not stated and no part of it
	// recorded). A written assessment is ICO guidance that serves the
	// accountability principle (Art. 5(2)), not a statutory requirement.
	CodeLIANotEvidenced Code = "basis/lia-not-evidenced"
	// CodeLIAMissing (Warning): the record states that no legitimate
	// interests assessment was made ([LIA].Made is [Absent]).
	CodeLIAMissing Code = "basis/lia-missing"
	// CodeLIATestMissing (Info): an assessment does not record the purpose,
	// necessity or balancing test (the path says which).
	CodeLIATestMissing Code = "basis/lia-test-missing"
	// CodeLIATestFailed (Warning): an assessment records a test that was not
	// passed, so legitimate interests are unlikely to be available for the
	// purpose.
	CodeLIATestFailed Code = "basis/lia-test-failed"
	// CodeLIAUndated (Info): an assessment has no date.
	CodeLIAUndated Code = "basis/lia-undated"
	// CodeLIAAfterDate (Warning): an assessment is dated after the date
	// judged (calendar dates in the regime's location), so it did not exist
	// then.
	CodeLIAAfterDate Code = "basis/lia-after-date"

	// CodeRecognisedInterestMissing (Error): a recognised legitimate
	// interest without the UK GDPR Annex 1 condition it meets (Art. 6(5)).
	CodeRecognisedInterestMissing Code = "basis/recognised-interest-missing"
	// CodeRecognisedInterestInvalid (Error): the Annex 1 condition is out of
	// range.
	CodeRecognisedInterestInvalid Code = "basis/recognised-interest-invalid"

	// CodeLawMissing (Error): a legal obligation or public task without the
	// law or function relied on (Art. 6(3); in the UK also DPA 2018 s.8).
	CodeLawMissing Code = "basis/law-missing"

	// CodeConsentWithdrawalMissing (Error): consent without a way to
	// withdraw it (Art. 7(3)).
	CodeConsentWithdrawalMissing Code = "basis/consent-withdrawal-missing"
	// CodeParentalAgeMissing (Error): consent for a service offered to
	// children without the age below which a parent must consent
	// (Art. 8(1)).
	CodeParentalAgeMissing Code = "basis/parental-age-missing"
	// CodeParentalAgeTooLow (Error): the age below which a parent must
	// consent is lower than the age of digital consent that applies
	// (Art. 8(1)).
	CodeParentalAgeTooLow Code = "basis/parental-age-too-low"
	// CodeCountryUnknown: text that is not an officially assigned ISO 3166-1
	// alpha-2 code (an *[InputError] from [ParseCountry], with the code to
	// use for "UK" or "EL"); as a finding of [Ground.Check] (Error), a
	// country given with [ForCountry] that is invalid or has no age of
	// digital consent under the regime.
	CodeCountryUnknown Code = "basis/country-unknown"
	// CodeNoDigitalConsent: an *[InputError] of [LookupDigitalConsent] for a
	// valid country with no age of digital consent on the date: outside the
	// UK, the EU and the EEA, or before the GDPR applied there.
	CodeNoDigitalConsent Code = "basis/no-digital-consent"

	// CodeConditionMissing (Error): special category data without an
	// Art. 9(2) condition.
	CodeConditionMissing Code = "basis/condition-missing"
	// CodeConditionInvalid (Error): the Art. 9(2) condition is out of range.
	CodeConditionInvalid Code = "basis/condition-invalid"
	// CodeSchedule1Missing (Error): the UK needs a DPA 2018 Schedule 1
	// condition and none of the right Part is given (s.10(2), (3) and (5)).
	CodeSchedule1Missing Code = "basis/schedule1-missing"
	// CodeSchedule1WrongPart (Error): a Schedule 1 condition from a Part
	// that cannot serve the Art. 9(2) point relied on (s.10(2) and (3)).
	CodeSchedule1WrongPart Code = "basis/schedule1-wrong-part"
	// CodeSchedule1Mismatch (Warning): a Part 1 condition that is not the
	// one written for the Art. 9(2) point: (b) para 1, (h) para 2, (i)
	// para 3, (j) para 4. DPA 2018 s.10(2) itself says "a condition in
	// Part 1"; the pairing follows the paragraphs' wording and the ICO's
	// guidance, so a mismatch is a likely gap rather than a breach.
	CodeSchedule1Mismatch Code = "basis/schedule1-mismatch"
	// CodeSchedule1NotNeeded (Info): a Schedule 1 condition given for an
	// Art. 9(2) point that needs none ((a), (c), (d), (e), (f)).
	CodeSchedule1NotNeeded Code = "basis/schedule1-not-needed"
	// CodeSchedule1NotAvailable (Error): a Schedule 1 condition relied on
	// under the EU regime; Schedule 1 is UK law.
	CodeSchedule1NotAvailable Code = "basis/schedule1-not-available"
	// CodeSchedule1Invalid (Error): a Schedule 1 condition is out of range.
	CodeSchedule1Invalid Code = "basis/schedule1-invalid"
	// CodeExtensionAlone (Error): Sch. 1 para 36 without the Part 2
	// condition it extends, or para 37 without para 20 (insurance).
	CodeExtensionAlone Code = "basis/schedule1-extension-alone"
	// CodeAPDMissing (Error): a Schedule 1 condition that needs an
	// appropriate policy document, and the record states that none is in
	// place (APD [Absent]) (DPA 2018 Sch. 1 paras 1(1)(b), 5, 35 and
	// Part 4).
	CodeAPDMissing Code = "basis/apd-missing"
	// CodeAPDNotEvidenced (Info): a Schedule 1 condition that needs an
	// appropriate policy document, and the record does not say whether one
	// is in place (APD [NotStated]).
	CodeAPDNotEvidenced Code = "basis/apd-not-evidenced"
	// CodeCriminalAuthorityMissing (Error): criminal offence data processed
	// neither under the control of official authority nor (EU) under a law
	// authorising it nor (UK) under a Schedule 1 condition (Art. 10; DPA
	// 2018 s.10(5)).
	CodeCriminalAuthorityMissing Code = "basis/criminal-authority-missing"
)

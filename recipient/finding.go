package recipient

import (
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// Code is the stable identifier of a kind of [Finding] or [*basis.InputError]:
// the module's one code type. Codes are the contract: callers match on them
// (with [basis.CodeOf], [Findings.Has] or errors.Is) and they never change
// meaning. Every code this package reports starts with "recipient/".
type Code = basis.Code

// Finding is one thing a check found: the module's one finding type.
type Finding = basis.Finding

// Findings is the list a check returns: the module's one list type. It is
// nil when nothing was found; [basis.Findings.Err] is nil unless a finding
// has Error severity.
type Findings = basis.Findings

// CodeOf returns the code of the first finding or input error in err's
// tree, or "".
//
// Deprecated: use [basis.CodeOf], which this calls.
func CodeOf(err error) Code { return basis.CodeOf(err) }

// Codes of malformed input: a bad country code, mechanism or date. Parsing
// and decoding report them as a [*basis.InputError]; a check that meets
// such a value in a Go value reports it as an Error-severity [Finding].
const (
	// CodeUnknownCountry: text that is not an officially assigned ISO 3166-1
	// alpha-2 code.
	CodeUnknownCountry Code = "recipient/unknown-country"
	// CodeInvalidValue: an enumeration value out of range (a Mechanism,
	// Role, Module, Scope or agreement kind), or a regime that is neither UK
	// nor EU.
	CodeInvalidValue Code = "recipient/invalid-value"
	// CodeDateMissing: the date judged at, or a date a rule needs, is the
	// zero time.
	CodeDateMissing Code = "recipient/date-missing"
)

// CodeNotEvidenced: a fact a rule needs is not recorded (its [Evidence] is
// NotStated, or a text is empty). It is always reported with Info
// severity: "not stated" is not "absent", and the finding's path names the
// fact, such as "agreement.inWriting" or "consent.explicit".
const CodeNotEvidenced Code = "recipient/not-evidenced"

// Codes a transfer check reports (GDPR Chapter V; UK GDPR Chapter V).
const (
	// CodeNoDestination: a transfer names no country and does not say that
	// it goes to unnamed third countries.
	CodeNoDestination Code = "recipient/no-destination"
	// CodeNoMechanism: a restricted transfer relies on no mechanism at all
	// (Art. 44; UK GDPR Art. 44A from 2026-02-05).
	CodeNoMechanism Code = "recipient/no-mechanism"
	// CodeOtherRegime: the mechanism belongs to the other regime, such as the
	// UK IDTA for an EU exporter or the EU 2021 clauses without the UK
	// Addendum for a UK exporter.
	CodeOtherRegime Code = "recipient/other-regime"
	// CodeNotYetInForce: the mechanism did not exist yet on the date, such as
	// the IDTA before 2022-03-21.
	CodeNotYetInForce Code = "recipient/not-yet-in-force"
	// CodeInvalidated: the mechanism was struck down before the date: Safe
	// Harbor from 2015-10-06 (C-362/14), the Privacy Shield from 2020-07-16
	// (C-311/18).
	CodeInvalidated Code = "recipient/invalidated"
	// CodeRepealed: a contract on a repealed clause set was concluded after
	// the last day on which new contracts could use it.
	CodeRepealed Code = "recipient/repealed"
	// CodeTransitionEnded: an old clause set is relied on after its
	// transition deadline (EU: 2022-12-27; UK: 2024-03-21).
	CodeTransitionEnded Code = "recipient/transition-ended"
	// CodeConclusionMissing: a contractual mechanism whose validity depends
	// on when the contract was concluded has no conclusion date.
	CodeConclusionMissing Code = "recipient/conclusion-missing"
	// CodeConcludedAfterDate: the contract was concluded after the date
	// judged, so it did not exist then.
	CodeConcludedAfterDate Code = "recipient/concluded-after-date"
	// CodeModuleMissing: the EU 2021 clauses without the module used
	// (Decision (EU) 2021/914, Annex).
	CodeModuleMissing Code = "recipient/module-missing"
	// CodeConsentNotExplicit: Art. 49(1)(a) relied on with consent
	// recorded as not explicit.
	CodeConsentNotExplicit Code = "recipient/consent-not-explicit"
	// CodeConsentNotInformed: Art. 49(1)(a) relied on with the data subject
	// recorded as not first informed of the possible risks of the transfer.
	CodeConsentNotInformed Code = "recipient/consent-not-informed"
	// CodePublicAuthorityExcluded: a public authority exercising its public
	// powers relies on Art. 49(1)(a), (b) or (c) or the second subparagraph
	// (Art. 49(3)).
	CodePublicAuthorityExcluded Code = "recipient/public-authority-excluded"
	// CodeCompellingConditions: a transfer under the second subparagraph of
	// Art. 49(1) is recorded as failing one of its conditions.
	CodeCompellingConditions Code = "recipient/compelling-conditions"
	// CodeNoAdequacy: adequacy is claimed for a country that had none on the
	// date (or for destinations not named).
	CodeNoAdequacy Code = "recipient/no-adequacy"
	// CodeAdequacyPartialOnly: full adequacy is claimed for a country whose
	// adequacy reaches only certified recipients (the United States).
	CodeAdequacyPartialOnly Code = "recipient/adequacy-partial-only"
	// CodeScopeMissing: partial adequacy is claimed without naming its scope.
	CodeScopeMissing Code = "recipient/scope-missing"
	// CodeScopeMismatch: the scope named is not the scope of the country's
	// adequacy on the date.
	CodeScopeMismatch Code = "recipient/scope-mismatch"
	// CodeNotCertified: a mechanism that reaches only certified recipients
	// (Safe Harbor, Privacy Shield, the Data Privacy Framework and its UK
	// Extension) is relied on for a recipient recorded as not certified.
	CodeNotCertified Code = "recipient/not-certified"
	// CodeWrongDestination: a mechanism limited to one country (the EU-US
	// instruments) is relied on for another.
	CodeWrongDestination Code = "recipient/wrong-destination"
	// CodeDataProtectionTestMissing: from 2026-02-05 a UK exporter relies
	// on an Art. 46 safeguard (the IDTA, the Addendum, binding corporate
	// rules and the others) without having considered, acting reasonably
	// and proportionately, that the data protection test is met (UK GDPR
	// Art. 46(1A)(a)(ii), 46(6)-(7), inserted by DUAA 2025 Sch. 7 para 6),
	// and the arrangements are not shown to be saved as entered into
	// before that day (DUAA 2025 Sch. 9 para 27).
	CodeDataProtectionTestMissing Code = "recipient/data-protection-test-missing"
)

// Codes a recipient check reports (Arts. 4(9), 26, 28).
const (
	// CodeRecipientUnnamed: a recipient has neither a name nor a category
	// (Art. 13(1)(e) needs one or the other).
	CodeRecipientUnnamed Code = "recipient/unnamed"
	// CodeRoleMissing: a recipient without a role.
	CodeRoleMissing Code = "recipient/role-missing"
	// CodeAgreementMissing: a processor recorded as having no Art. 28(3)
	// contract, or a joint controller recorded as having no Art. 26
	// arrangement ([Agreement.InPlace] is Absent). An agreement that is
	// simply not recorded is CodeNotEvidenced instead.
	CodeAgreementMissing Code = "recipient/agreement-missing"
	// CodeAgreementKindMismatch: the agreement is not the kind the role
	// needs (a data sharing agreement with a processor, say).
	CodeAgreementKindMismatch Code = "recipient/agreement-kind-mismatch"
	// CodeAgreementUndated: an agreement without the date it was made
	// (Info: the date is not evidenced).
	CodeAgreementUndated Code = "recipient/agreement-undated"
	// CodeAgreementAfterDate: the agreement was made after the date judged.
	CodeAgreementAfterDate Code = "recipient/agreement-after-date"
	// CodeAgreementEnded: the agreement ended before the date judged.
	CodeAgreementEnded Code = "recipient/agreement-ended"
	// CodeTermsMissing: the recorded checklist of an Art. 28(3) contract
	// lacks required terms.
	CodeTermsMissing Code = "recipient/terms-missing"
	// CodeNotInWriting: an Art. 28(3) contract recorded as not in writing
	// (Art. 28(9)).
	CodeNotInWriting Code = "recipient/not-in-writing"
	// CodeEssenceNotAvailable: the essence of an Art. 26 arrangement is
	// recorded as not made available to data subjects (Art. 26(2)).
	CodeEssenceNotAvailable Code = "recipient/essence-not-available"
)

// cite names a provision as the instrument in force for regime r on the
// date of at: a GDPR article through [basis.Regime.Cite], each of several
// joined by "; " in turn; a provision of another instrument (DPA 2018, an
// implementing decision, ISO 3166-1) as it is written.
func cite(r basis.Regime, at time.Time, art string) string {
	if !strings.Contains(art, "; ") {
		if strings.HasPrefix(art, "Art. ") {
			return r.Cite(art, at)
		}
		return art
	}
	parts := strings.Split(art, "; ")
	for i, p := range parts {
		if strings.HasPrefix(p, "Art. ") {
			parts[i] = r.Cite(p, at)
		}
	}
	return strings.Join(parts, "; ")
}

// badCountry is the finding for a destination or place of processing that
// is not an officially assigned ISO 3166-1 alpha-2 code. A check cannot
// return an error, so the bad code is an Error-severity finding with the
// input code; decoding a register rejects it earlier, as an input error.
func badCountry(path string, c Country) Finding {
	msg := "not an officially assigned ISO 3166-1 alpha-2 code"
	switch strings.ToUpper(strings.TrimSpace(string(c))) {
	case "":
		msg = "empty country code; want an ISO 3166-1 alpha-2 code such as \"GB\""
	case "UK":
		// ISO 3166-1 reserves UK exceptionally for the United Kingdom,
		// whose code is GB.
		msg += "; ISO reserves UK but the code to use is GB"
	case "EL":
		msg += "; the EU uses EL for Greece but the ISO code is GR"
	}
	return Finding{Code: CodeUnknownCountry, Severity: basis.Error, Path: path, Article: "ISO 3166-1",
		Value: string(c), Message: msg}
}

// badValue is the finding for an enumeration value out of range in a
// checked value (the value cannot have been decoded from text, which
// rejects unknown codes).
func badValue(path, value, what string, valid []string) Finding {
	return Finding{Code: CodeInvalidValue, Severity: basis.Error, Path: path, Value: value,
		Message: "not " + what + " (valid: " + strings.Join(valid, ", ") + ")"}
}

// judgeable returns the finding for a regime or date a check cannot judge
// at, and false when both are usable.
func judgeable(r basis.Regime, at time.Time, what string) (Finding, bool) {
	if !r.IsValid() {
		return Finding{Code: CodeInvalidValue, Severity: basis.Error, Value: r.String(),
			Message: "not a regime to judge " + what + " under (valid: uk, eu)"}, true
	}
	if at.IsZero() {
		return Finding{Code: CodeDateMissing, Severity: basis.Error, Regime: r,
			Message: "no date to judge " + what + " at"}, true
	}
	return Finding{}, false
}

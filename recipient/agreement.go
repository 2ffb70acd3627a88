package recipient

import (
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// AgreementKind is the kind of agreement a controller has with a recipient.
// The zero value means no agreement.
type AgreementKind uint8

const (
	// ProcessorContract is the contract or other legal act binding a
	// processor to the controller (Art. 28(3)), or a sub-processor to a
	// processor (Art. 28(4)), in writing (Art. 28(9)).
	ProcessorContract AgreementKind = iota + 1
	// JointArrangement is the arrangement between joint controllers that
	// allocates their responsibilities, whose essence is made available to
	// data subjects (Art. 26(1)-(2)).
	JointArrangement
	// DataSharing is a data sharing agreement between independent
	// controllers (ICO Data Sharing Code of Practice, issued under DPA 2018
	// s.121): good practice, not a GDPR requirement.
	DataSharing
)

var agreementKinds = enum.New[AgreementKind]("recipient.AgreementKind",
	"processor-contract", "joint-arrangement", "data-sharing")

var agreementArticles = [...]string{
	ProcessorContract: "Art. 28(3)",
	JointArrangement:  "Art. 26",
	DataSharing:       "DPA 2018 s.121 (ICO Data Sharing Code)",
}

// AllAgreementKinds returns every kind in order.
func AllAgreementKinds() []AgreementKind { return agreementKinds.Values() }

// ParseAgreementKind returns the kind with the given code, such as
// "processor-contract".
func ParseAgreementKind(s string) (AgreementKind, error) { return agreementKinds.Parse(s) }

// MustParseAgreementKind is like [ParseAgreementKind] but panics on error.
func MustParseAgreementKind(s string) AgreementKind { return mustParse(agreementKinds, s) }

// String returns the kind's code, "unspecified", or
// "recipient.AgreementKind(n)".
func (k AgreementKind) String() string { return agreementKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k AgreementKind) IsValid() bool { return agreementKinds.Valid(k) }

// AppendText appends the kind's code to b.
func (k AgreementKind) AppendText(b []byte) ([]byte, error) { return agreementKinds.AppendText(b, k) }

// MarshalText returns the kind's code; the zero value is empty text.
func (k AgreementKind) MarshalText() ([]byte, error) { return agreementKinds.MarshalText(k) }

// UnmarshalText parses a code; on error k is unchanged.
func (k *AgreementKind) UnmarshalText(text []byte) error {
	return agreementKinds.UnmarshalText(k, text)
}

// Article returns the provision that requires or governs the agreement.
func (k AgreementKind) Article() string {
	if !k.IsValid() {
		return ""
	}
	return agreementArticles[k]
}

// Agreement is what the record says of the agreement a controller has with
// one recipient. It is comparable. The zero value records nothing: not
// that there is no agreement, but that the record does not say (a notice
// need not show a processor's contract, Art. 13). InPlace Absent records
// that there is none.
type Agreement struct {
	// InPlace says whether an agreement exists: Absent records that there
	// is none; Present, or a Kind, that there is one; zero with no other
	// field set, that the record does not say.
	InPlace Evidence `json:"inPlace,omitzero"`
	// Kind is the kind of agreement; zero when not stated.
	Kind AgreementKind `json:"kind,omitzero"`
	// Made is when the agreement was concluded (signed or otherwise
	// agreed); the zero time when not stated. Its calendar date in the
	// regime's location counts.
	Made time.Time `json:"made,omitzero"`
	// Ends is the first calendar day on which the agreement no longer
	// applies; the zero time means it runs until terminated.
	Ends time.Time `json:"ends,omitzero"`
	// InWriting says whether a processor contract is in writing, which
	// includes electronic form (Art. 28(9)).
	InWriting Evidence `json:"inWriting,omitzero"`
	// Terms is the checklist of Art. 28(3) terms a processor contract
	// contains: the empty set when not recorded; a set that lacks a term
	// records that the contract lacks it.
	Terms Terms `json:"terms,omitzero"`
	// EssenceAvailable says whether the essence of a joint-controller
	// arrangement is made available to data subjects (Art. 26(2)).
	EssenceAvailable Evidence `json:"essenceAvailable,omitzero"`
	// Reference names the document, such as "DPA with Adestra v3".
	Reference string `json:"reference,omitzero"`
}

// IsZero reports whether the record says nothing of the agreement.
func (a Agreement) IsZero() bool { return a.Equal(Agreement{}) }

// Equal reports whether a and b record the same agreement, with times
// compared as instants.
func (a Agreement) Equal(b Agreement) bool {
	return a.InPlace == b.InPlace && a.Kind == b.Kind && a.Made.Equal(b.Made) && a.Ends.Equal(b.Ends) &&
		a.InWriting == b.InWriting && a.Terms == b.Terms && a.EssenceAvailable == b.EssenceAvailable &&
		a.Reference == b.Reference
}

// Exists reports whether the record says an agreement is in place:
// InPlace is Present, or it is not Absent and a Kind is given.
func (a Agreement) Exists() bool {
	return a.InPlace == Present || (a.InPlace != Absent && a.Kind != 0)
}

// InForce reports whether, under regime r, the agreement exists, has a
// valid kind, was made on or before the calendar date of at and had not
// ended by then (dates in the regime's location: an agreement made at
// 09:00 is in force at 08:00 the same day).
func (a Agreement) InForce(r basis.Regime, at time.Time) bool {
	return a.Exists() && a.Kind.IsValid() && !a.Made.IsZero() && r.OnOrBefore(a.Made, at) &&
		(a.Ends.IsZero() || !r.OnOrBefore(a.Ends, at))
}

// Check reports, under regime r as of the calendar date of at in its
// location, what is wrong with an agreement the record says exists, with
// paths relative to the agreement ("made", "terms"):
//
//   - a bad kind or [Evidence] value (Error, CodeInvalidValue);
//   - no date (Info, CodeAgreementUndated); made after the date or ended
//     by it (Error, CodeAgreementAfterDate, CodeAgreementEnded);
//   - for a processor contract, recorded as not in writing (Error,
//     CodeNotInWriting, Art. 28(9)) or a checklist that lacks Art. 28(3)
//     terms (Error, CodeTermsMissing); writing or terms not recorded
//     (Info, CodeNotEvidenced);
//   - for a joint arrangement, its essence recorded as not made available
//     (Error, CodeEssenceNotAvailable, Art. 26(2)), or not recorded (Info,
//     CodeNotEvidenced).
//
// An agreement recorded as absent, or not recorded at all, has nothing to
// check; [Recipient.Check] says whether the recipient's role needs one.
func (a Agreement) Check(r basis.Regime, at time.Time) Findings {
	var fs Findings
	if f, bad := judgeable(r, at, "the agreement"); bad {
		return append(fs, f)
	}
	if a.InPlace != 0 && !a.InPlace.IsValid() {
		fs = append(fs, badValue("inPlace", a.InPlace.String(), "an evidence value", evidenceCodes))
	}
	if !a.Exists() {
		return fs
	}
	if a.Kind != 0 && !a.Kind.IsValid() {
		return append(fs, badValue("kind", a.Kind.String(), "an agreement kind", agreementKinds.Codes()))
	}
	art := cite(r, at, a.Kind.Article())
	d := regimeDay(r, at)
	switch {
	case a.Made.IsZero():
		fs = append(fs, Finding{Code: CodeAgreementUndated, Severity: basis.Info, Regime: r, Path: "made", Article: art,
			Message: "the date the agreement was made is not evidenced"})
	case !r.OnOrBefore(a.Made, at):
		fs = append(fs, Finding{Code: CodeAgreementAfterDate, Severity: basis.Error, Regime: r, Path: "made", Article: art,
			Value:   regimeDay(r, a.Made).String(),
			Message: "the agreement was made after " + d.String() + ", so it was not in place then"})
	}
	if !a.Ends.IsZero() && r.OnOrBefore(a.Ends, at) {
		fs = append(fs, Finding{Code: CodeAgreementEnded, Severity: basis.Error, Regime: r, Path: "ends", Article: art,
			Value:   regimeDay(r, a.Ends).String(),
			Message: "the agreement had ended by " + d.String()})
	}
	switch a.Kind {
	case ProcessorContract:
		fs = a.checkProcessorContract(fs, r, at)
	case JointArrangement:
		art := cite(r, at, "Art. 26(2)")
		switch a.EssenceAvailable {
		case Present:
		case Absent:
			fs = append(fs, Finding{Code: CodeEssenceNotAvailable, Severity: basis.Error, Regime: r, Path: "essenceAvailable", Article: art,
				Message: "the essence of the arrangement must be made available to data subjects"})
		case 0:
			fs = append(fs, Finding{Code: CodeNotEvidenced, Severity: basis.Info, Regime: r, Path: "essenceAvailable", Article: art,
				Message: "not evidenced that the essence of the arrangement is made available to data subjects"})
		default:
			fs = append(fs, badValue("essenceAvailable", a.EssenceAvailable.String(), "an evidence value", evidenceCodes))
		}
	}
	return fs
}

func (a Agreement) checkProcessorContract(fs Findings, r basis.Regime, at time.Time) Findings {
	art := cite(r, at, "Art. 28(9)")
	switch a.InWriting {
	case Present:
	case Absent:
		fs = append(fs, Finding{Code: CodeNotInWriting, Severity: basis.Error, Regime: r, Path: "inWriting", Article: art,
			Message: "a processor contract must be in writing, which includes electronic form"})
	case 0:
		fs = append(fs, Finding{Code: CodeNotEvidenced, Severity: basis.Info, Regime: r, Path: "inWriting", Article: art,
			Message: "not evidenced that the processor contract is in writing"})
	default:
		fs = append(fs, badValue("inWriting", a.InWriting.String(), "an evidence value", evidenceCodes))
	}
	switch {
	case a.Terms&^AllArt28Terms() != 0:
		return append(fs, badValue("terms", "0x"+hex32(uint32(a.Terms)), "a set of Art. 28(3) terms", terms.Codes()))
	case a.Terms == 0:
		return append(fs, Finding{Code: CodeNotEvidenced, Severity: basis.Info, Regime: r, Path: "terms", Article: cite(r, at, "Art. 28(3)"),
			Message: "the terms of the processor contract are not evidenced"})
	}
	missing := a.Terms.Missing()
	if len(missing) == 0 {
		return fs
	}
	names := make([]string, len(missing))
	arts := make([]string, 0, len(missing))
	for i, t := range missing {
		names[i] = t.String()
		if i == 0 || t.Article() != missing[i-1].Article() {
			arts = append(arts, t.Article())
		}
	}
	return append(fs, Finding{Code: CodeTermsMissing, Severity: basis.Error, Regime: r, Path: "terms",
		Article: cite(r, at, strings.Join(arts, "; ")), Value: a.Terms.String(),
		Message: "the processor contract lacks " + strings.Join(names, ", ")})
}

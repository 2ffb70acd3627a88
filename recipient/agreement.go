package recipient

import (
	"math/bits"
	"strings"
	"time"

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

// Term is one of the matters an Art. 28(3) processor contract must set out
// or stipulate. The zero value is unspecified.
type Term uint8

const (
	// SubjectMatter of the processing (Art. 28(3), first sentence).
	SubjectMatter Term = iota + 1
	// Duration of the processing (Art. 28(3), first sentence).
	Duration
	// NatureAndPurpose of the processing (Art. 28(3), first sentence).
	NatureAndPurpose
	// DataTypes: the type of personal data (Art. 28(3), first sentence).
	DataTypes
	// SubjectCategories: the categories of data subjects (Art. 28(3), first
	// sentence).
	SubjectCategories
	// ControllerObligations: the obligations and rights of the controller
	// (Art. 28(3), first sentence).
	ControllerObligations
	// DocumentedInstructions: processes only on documented instructions,
	// including on transfers (Art. 28(3)(a)).
	DocumentedInstructions
	// Confidentiality: persons authorised to process are bound by
	// confidentiality (Art. 28(3)(b)).
	Confidentiality
	// Security: takes the measures Art. 32 requires (Art. 28(3)(c)).
	Security
	// SubProcessing: respects the conditions for engaging another processor
	// (Art. 28(3)(d), with 28(2) and 28(4)).
	SubProcessing
	// AssistRights: assists with data subjects' requests (Art. 28(3)(e)).
	AssistRights
	// AssistCompliance: assists with Arts. 32 to 36 (Art. 28(3)(f)).
	AssistCompliance
	// DeleteOrReturn: deletes or returns the data at the end of the
	// services (Art. 28(3)(g)).
	DeleteOrReturn
	// Audits: makes information available and allows audits
	// (Art. 28(3)(h)).
	Audits
	// InfringingInstructions: tells the controller at once if an
	// instruction infringes the law (Art. 28(3), after point (h)).
	InfringingInstructions
)

var terms = enum.New[Term]("recipient.Term",
	"subject-matter", "duration", "nature-and-purpose", "data-types", "subject-categories",
	"controller-obligations", "documented-instructions", "confidentiality", "security",
	"sub-processing", "assist-rights", "assist-compliance", "delete-or-return", "audits",
	"infringing-instructions")

var termArticles = [...]string{
	SubjectMatter:          "Art. 28(3)",
	Duration:               "Art. 28(3)",
	NatureAndPurpose:       "Art. 28(3)",
	DataTypes:              "Art. 28(3)",
	SubjectCategories:      "Art. 28(3)",
	ControllerObligations:  "Art. 28(3)",
	DocumentedInstructions: "Art. 28(3)(a)",
	Confidentiality:        "Art. 28(3)(b)",
	Security:               "Art. 28(3)(c)",
	SubProcessing:          "Art. 28(3)(d)",
	AssistRights:           "Art. 28(3)(e)",
	AssistCompliance:       "Art. 28(3)(f)",
	DeleteOrReturn:         "Art. 28(3)(g)",
	Audits:                 "Art. 28(3)(h)",
	InfringingInstructions: "Art. 28(3), second subparagraph",
}

// AllTerms returns every term in order.
func AllTerms() []Term { return terms.Values() }

// ParseTerm returns the term with the given code, such as "audits".
func ParseTerm(s string) (Term, error) { return terms.Parse(s) }

// MustParseTerm is like [ParseTerm] but panics on error.
func MustParseTerm(s string) Term { return mustParse(terms, s) }

// String returns the term's code, "unspecified", or "recipient.Term(n)".
func (t Term) String() string { return terms.String(t) }

// IsValid reports whether t is one of the defined terms.
func (t Term) IsValid() bool { return terms.Valid(t) }

// AppendText appends the term's code to b.
func (t Term) AppendText(b []byte) ([]byte, error) { return terms.AppendText(b, t) }

// MarshalText returns the term's code; the zero value is empty text.
func (t Term) MarshalText() ([]byte, error) { return terms.MarshalText(t) }

// UnmarshalText parses a code; on error t is unchanged.
func (t *Term) UnmarshalText(text []byte) error { return terms.UnmarshalText(t, text) }

// Article returns the provision requiring the term.
func (t Term) Article() string {
	if !t.IsValid() {
		return ""
	}
	return termArticles[t]
}

// Terms is a set of [Term]s: the checklist of what a processor contract
// contains. The zero value is the empty set. It is comparable.
type Terms uint32

// TermsOf returns the set of the given terms; invalid terms are ignored.
func TermsOf(ts ...Term) Terms {
	var s Terms
	for _, t := range ts {
		if t.IsValid() {
			s |= 1 << t
		}
	}
	return s
}

// AllArt28Terms is the set of every term Art. 28(3) requires.
func AllArt28Terms() Terms { return TermsOf(AllTerms()...) }

// With returns s with the given terms added.
func (s Terms) With(ts ...Term) Terms { return s | TermsOf(ts...) }

// Has reports whether s contains t.
func (s Terms) Has(t Term) bool { return t.IsValid() && s&(1<<t) != 0 }

// Len returns the number of valid terms in s.
func (s Terms) Len() int { return bits.OnesCount32(uint32(s & AllArt28Terms())) }

// List returns the terms in s, in order.
func (s Terms) List() []Term {
	var ts []Term
	for _, t := range AllTerms() {
		if s.Has(t) {
			ts = append(ts, t)
		}
	}
	return ts
}

// Missing returns the terms Art. 28(3) requires that s lacks, in order.
func (s Terms) Missing() []Term { return (AllArt28Terms() &^ s).List() }

// String returns the codes joined by commas, such as "security,audits".
func (s Terms) String() string {
	b, _ := s.AppendText(nil)
	return string(b)
}

// AppendText appends the codes of the valid terms in s, in order, joined by
// commas; bits that are not terms are an error.
func (s Terms) AppendText(b []byte) ([]byte, error) {
	if s&^AllArt28Terms() != 0 {
		return b, &Error{
			Code: CodeInvalidValue, Field: "Terms", Value: "0x" + hex32(uint32(s)),
			Message: "bits set that are not Art. 28(3) terms",
		}
	}
	first := true
	for _, t := range AllTerms() {
		if s.Has(t) {
			if !first {
				b = append(b, ',')
			}
			first = false
			b = append(b, terms.Code(t)...)
		}
	}
	return b, nil
}

// MarshalText returns the codes joined by commas.
func (s Terms) MarshalText() ([]byte, error) { return s.AppendText(nil) }

// UnmarshalText parses codes separated by commas (spaces around them are
// ignored; empty text is the empty set). A bad code is an error that names
// it and lists the valid codes; on error s is unchanged.
func (s *Terms) UnmarshalText(text []byte) error {
	v, err := ParseTerms(string(text))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// ParseTerms parses codes separated by commas into a set, as
// [Terms.UnmarshalText] does.
func ParseTerms(text string) (Terms, error) {
	var v Terms
	if strings.TrimSpace(text) == "" {
		return 0, nil
	}
	for part := range strings.SplitSeq(text, ",") {
		t, err := ParseTerm(strings.TrimSpace(part))
		if err != nil {
			return 0, err
		}
		v |= 1 << t
	}
	return v, nil
}

func hex32(x uint32) string {
	const digits = "0123456789abcdef"
	var b [8]byte
	for i := 7; i >= 0; i-- {
		b[i] = digits[x&0xf]
		x >>= 4
	}
	return string(b[:])
}

// Agreement is the agreement a controller has with one recipient. It is
// comparable. The zero value is no agreement.
type Agreement struct {
	// Kind is the kind of agreement; zero means none.
	Kind AgreementKind
	// Made is when the agreement was concluded (signed or otherwise agreed);
	// it must not be the zero time.
	Made time.Time
	// Ends is when the agreement ended or will end; the zero time means it
	// runs until terminated.
	Ends time.Time
	// InWriting reports that a processor contract is in writing, including
	// electronic form (Art. 28(9)).
	InWriting bool
	// Terms is the checklist of Art. 28(3) terms a processor contract
	// contains; it may be incomplete, and the check says what is missing.
	Terms Terms
	// EssenceAvailable reports that the essence of a joint-controller
	// arrangement is made available to data subjects (Art. 26(2)).
	EssenceAvailable bool
	// Reference names the document, such as "DPA with Adestra v3".
	Reference string
}

// IsZero reports whether a is no agreement at all.
func (a Agreement) IsZero() bool { return a == Agreement{} }

// InForce reports whether the agreement was made on or before at and had
// not ended by then.
func (a Agreement) InForce(at time.Time) bool {
	return a.Kind.IsValid() && !a.Made.IsZero() && !a.Made.After(at) &&
		(a.Ends.IsZero() || at.Before(a.Ends))
}

// Check reports what is wrong with the agreement as of at: a bad kind, no
// date, made after at or ended before it, and, by kind, a processor
// contract not in writing or missing Art. 28(3) terms, or a joint
// arrangement whose essence is not available to data subjects. Field paths
// are relative to the agreement.
func (a Agreement) Check(at time.Time) Errors {
	var es Errors
	if !a.Kind.IsValid() {
		return append(es, &Error{
			Code: CodeInvalidValue, Field: "Kind", Value: a.Kind.String(),
			Message: "not an agreement kind (valid: " + strings.Join(agreementKinds.Codes(), ", ") + ")",
		})
	}
	art := a.Kind.Article()
	switch {
	case a.Made.IsZero():
		es = append(es, &Error{Code: CodeAgreementUndated, Article: art, Field: "Made",
			Message: "the agreement has no date"})
	case a.Made.After(at):
		es = append(es, &Error{Code: CodeAgreementAfterDate, Article: art, Field: "Made",
			Value:   a.Made.Format(time.DateOnly),
			Message: "the agreement was made after " + at.Format(time.DateOnly) + ", so it was not in place then"})
	}
	if !a.Ends.IsZero() && !at.Before(a.Ends) {
		es = append(es, &Error{Code: CodeAgreementEnded, Article: art, Field: "Ends",
			Value:   a.Ends.Format(time.DateOnly),
			Message: "the agreement had ended by " + at.Format(time.DateOnly)})
	}
	switch a.Kind {
	case ProcessorContract:
		if !a.InWriting {
			es = append(es, &Error{Code: CodeNotInWriting, Article: "Art. 28(9)", Field: "InWriting",
				Message: "a processor contract must be in writing, which includes electronic form"})
		}
		if a.Terms&^AllArt28Terms() != 0 {
			es = append(es, &Error{Code: CodeInvalidValue, Field: "Terms", Value: "0x" + hex32(uint32(a.Terms)),
				Message: "bits set that are not Art. 28(3) terms"})
		}
		if missing := a.Terms.Missing(); len(missing) > 0 {
			names := make([]string, len(missing))
			arts := make([]string, 0, len(missing))
			for i, t := range missing {
				names[i] = t.String()
				if i == 0 || t.Article() != missing[i-1].Article() {
					arts = append(arts, t.Article())
				}
			}
			es = append(es, &Error{Code: CodeTermsMissing, Article: strings.Join(arts, "; "), Field: "Terms",
				Value:   a.Terms.String(),
				Message: "the processor contract lacks " + strings.Join(names, ", ")})
		}
	case JointArrangement:
		if !a.EssenceAvailable {
			es = append(es, &Error{Code: CodeEssenceNotAvailable, Article: "Art. 26(2)", Field: "EssenceAvailable",
				Message: "the essence of the arrangement must be made available to data subjects"})
		}
	}
	return es
}

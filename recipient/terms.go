package recipient

import (
	"encoding/json"
	"math/bits"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

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
// contains. The zero value is the empty set. It is comparable. In JSON it
// is a list of codes in the order of [AllTerms] (["security","audits"]);
// as text, the codes joined by commas.
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
		return b, &basis.InputError{
			Code: CodeInvalidValue, Value: "0x" + hex32(uint32(s)),
			Message: "bits set that are not Art. 28(3) terms", Valid: terms.Codes(),
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

// Equal reports whether s and u hold the same terms.
func (s Terms) Equal(u Terms) bool { return s == u }

// MarshalJSON returns the codes of the terms as a JSON list, in order;
// bits that are not terms are an error.
func (s Terms) MarshalJSON() ([]byte, error) {
	if s&^AllArt28Terms() != 0 {
		_, err := s.AppendText(nil)
		return nil, err
	}
	b := []byte{'['}
	for i, t := range s.List() {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, '"')
		b = append(b, terms.Code(t)...)
		b = append(b, '"')
	}
	return append(b, ']'), nil
}

// UnmarshalJSON parses a JSON list of term codes (null is the empty set).
// A code that is not a term is a *basis.InputError naming its index and
// the valid codes; a term given twice is an error too, since a register
// that repeats one was not written by [Terms.MarshalJSON]. On error s is
// unchanged.
func (s *Terms) UnmarshalJSON(data []byte) error {
	var codes []string
	if err := json.Unmarshal(data, &codes); err != nil {
		return &basis.InputError{Code: CodeInvalidValue, Value: string(data),
			Message: "Art. 28(3) terms must be a JSON list of term codes", Err: err}
	}
	var v Terms
	for i, c := range codes {
		t, err := terms.Parse(c)
		if err != nil {
			return &basis.InputError{Code: CodeInvalidValue, Path: basis.Index("", i), Value: c,
				Message: "not an Art. 28(3) term", Valid: terms.Codes(), Err: err}
		}
		if v.Has(t) {
			return &basis.InputError{Code: CodeInvalidValue, Path: basis.Index("", i), Value: c,
				Message: "term listed twice"}
		}
		v |= 1 << t
	}
	*s = v
	return nil
}

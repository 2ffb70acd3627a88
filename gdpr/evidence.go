package gdpr

import (
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Evidence is what an element of the register rests on: the sentence of a
// notice it models, a locator of a document (a contract reference, a
// section of a policy), or both. The zero value is no evidence. A finding
// about an element can show its evidence, so a reader sees what the
// finding rests on.
type Evidence struct {
	// Quote is the text relied on, verbatim: "We keep your records for six
	// years after your membership ends."
	Quote string `json:"quote,omitzero"`
	// Locator says where the quote or fact is found: "privacy notice v3,
	// section 9.3", "DPA with Adestra, clause 4".
	Locator string `json:"locator,omitzero"`
}

// IsZero reports whether no evidence is recorded.
func (e Evidence) IsZero() bool { return e == Evidence{} }

// Fact is a yes-or-no fact that a notice or record may be silent on. Its
// zero value, [NotStated], is a state of its own: the register does not
// say, which is neither [Yes] nor [No]. Checks report a fact recorded as
// [No] where the law needs it as the law requires, and a fact not stated
// at most as "not evidenced".
//
// In JSON a fact is "yes" or "no"; a fact not stated is left out (the
// member is omitted), and "not-stated" is accepted on input as the same.
type Fact uint8

const (
	// NotStated is the zero value: the register does not record the fact.
	// It prints as "unspecified", like every enumeration's zero.
	NotStated Fact = iota
	// Yes: the fact is recorded as true.
	Yes
	// No: the fact is recorded as false.
	No
)

var facts = enum.New[Fact]("gdpr.Fact", "yes", "no")

// FactOf returns Yes for true and No for false.
func FactOf(b bool) Fact {
	if b {
		return Yes
	}
	return No
}

// IsStated reports whether f is Yes or No.
func (f Fact) IsStated() bool { return f == Yes || f == No }

// IsYes reports whether f is Yes.
func (f Fact) IsYes() bool { return f == Yes }

// IsNo reports whether f is No (recorded as false, not merely unstated).
func (f Fact) IsNo() bool { return f == No }

// notStatedCode is accepted on input as the zero Fact.
const notStatedCode = "not-stated"

// UnmarshalText parses "yes" or "no"; empty text and "not-stated" are
// [NotStated]. On error f is unchanged.
func (f *Fact) UnmarshalText(text []byte) error {
	if string(text) == notStatedCode {
		*f = NotStated
		return nil
	}
	return facts.UnmarshalText(f, text)
}

// mustParse is the one panic of the package's MustParse functions.
func mustParse[T ~uint8](t *enum.Table[T], s string) T {
	v, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

// AllFacts returns every fact (Yes, No) in order.
func AllFacts() []Fact { return facts.Values() }

// ParseFact returns the Fact with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseFact(s string) (Fact, error) { return facts.Parse(s) }

// MustParseFact is like [ParseFact] but panics on error.
func MustParseFact(s string) Fact { return mustParse(facts, s) }

// String returns the code, "unspecified" for zero, or "gdpr.Fact(n)".
func (f Fact) String() string { return facts.String(f) }

// IsValid reports whether f is one of the defined values (not zero).
func (f Fact) IsValid() bool { return facts.Valid(f) }

// AppendText appends the code to b; zero appends nothing.
func (f Fact) AppendText(b []byte) ([]byte, error) { return facts.AppendText(b, f) }

// MarshalText returns the code; the zero value is empty text.
func (f Fact) MarshalText() ([]byte, error) { return facts.MarshalText(f) }

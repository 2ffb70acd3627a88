package recipient

import "github.com/dpmodel/dpmodel/internal/enum"

// Role is the part a recipient plays in the processing. The zero value is
// unspecified, which [Recipient.Check] reports.
type Role uint8

const (
	// Processor processes personal data on behalf of the controller
	// (Art. 4(8)) under an Art. 28(3) contract.
	Processor Role = iota + 1
	// SubProcessor is a processor engaged by a processor, with the
	// controller's authorisation and the same obligations passed down by
	// contract (Art. 28(2) and 28(4)).
	SubProcessor
	// JointController determines the purposes and means jointly with the
	// controller, under an arrangement that allocates their responsibilities
	// (Art. 26).
	JointController
	// IndependentController receives data to process for its own purposes
	// and by its own means: a controller in its own right (Art. 4(7)).
	IndependentController
	// PublicAuthority is a public authority or regulator receiving data (a
	// government body, an auditor acting under statute, a regulator). One
	// that receives data in a particular inquiry under law is not a
	// "recipient" for the notice (Art. 4(9), second sentence).
	PublicAuthority
)

var roles = enum.New[Role]("recipient.Role",
	"processor", "sub-processor", "joint-controller", "independent-controller", "public-authority")

var roleInfo = [...]struct {
	article, dpv string
	needs        AgreementKind
}{
	Processor:             {"Art. 4(8); Art. 28", dpv + "DataProcessor", ProcessorContract},
	SubProcessor:          {"Art. 28(2), (4)", dpv + "DataSubProcessor", ProcessorContract},
	JointController:       {"Art. 26", dpv + "JointDataControllers", JointArrangement},
	IndependentController: {"Art. 4(7)", dpv + "DataController", 0},
	PublicAuthority:       {"Art. 4(9)", dpv + "Authority", 0},
}

// dpv is the namespace of the W3C Data Privacy Vocabulary 2 core terms.
const dpv = "https://w3id.org/dpv#"

// AllRoles returns every role in order.
func AllRoles() []Role { return roles.Values() }

// ParseRole returns the role with the given code, such as "joint-controller".
// Case, spaces and underscores are folded.
func ParseRole(s string) (Role, error) { return roles.Parse(s) }

// MustParseRole is like [ParseRole] but panics on error.
func MustParseRole(s string) Role { return mustParse(roles, s) }

// String returns the role's code, "unspecified", or "recipient.Role(n)".
func (r Role) String() string { return roles.String(r) }

// IsValid reports whether r is one of the defined roles.
func (r Role) IsValid() bool { return roles.Valid(r) }

// AppendText appends the role's code to b.
func (r Role) AppendText(b []byte) ([]byte, error) { return roles.AppendText(b, r) }

// MarshalText returns the role's code; the zero value is empty text.
func (r Role) MarshalText() ([]byte, error) { return roles.MarshalText(r) }

// UnmarshalText parses a code; on error r is unchanged.
func (r *Role) UnmarshalText(text []byte) error { return roles.UnmarshalText(r, text) }

// Article returns the provision defining the role, or "" for an invalid
// role.
func (r Role) Article() string {
	if !r.IsValid() {
		return ""
	}
	return roleInfo[r].article
}

// DPV returns the W3C Data Privacy Vocabulary term for the role.
func (r Role) DPV() string {
	if !r.IsValid() {
		return ""
	}
	return roleInfo[r].dpv
}

// Requires returns the kind of agreement the law requires with a recipient
// in this role: an Art. 28(3) contract for a processor or sub-processor and
// an Art. 26 arrangement for a joint controller. It is zero for an
// independent controller or a public authority: a data sharing agreement is
// good practice there (ICO Data Sharing Code, DPA 2018 s.121), not a
// requirement of the GDPR.
func (r Role) Requires() AgreementKind {
	if !r.IsValid() {
		return 0
	}
	return roleInfo[r].needs
}

func mustParse[T ~uint8](t *enum.Table[T], s string) T {
	v, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

package recipient

import (
	"strconv"
	"strings"
	"time"
)

// Recipient is a natural or legal person, public authority, agency or other
// body to which personal data are disclosed (Art. 4(9)): either a named
// recipient ("Adestra") or a category of recipients ("CRM system
// providers"), as Art. 13(1)(e) allows a notice to name either.
type Recipient struct {
	// Name names the recipient; empty for a category.
	Name string
	// Category describes a category of recipients; it may also qualify a
	// named recipient ("email system").
	Category string
	// Role is the part the recipient plays.
	Role Role
	// Countries are where the recipient processes the data, if known. A
	// country that is a third country on the date makes a transfer, which
	// the register records as a [Transfer].
	Countries []Country
	// Agreement is the controller's agreement with the recipient; the zero
	// value is none.
	Agreement Agreement
	// Purpose is why the data are disclosed, in the notice's words.
	Purpose string
}

// Label returns the name, or the category where there is no name: how a
// notice names the recipient.
func (r Recipient) Label() string {
	if n := strings.TrimSpace(r.Name); n != "" {
		return n
	}
	return strings.TrimSpace(r.Category)
}

// IsCategory reports whether r is a category of recipients, not a named one.
func (r Recipient) IsCategory() bool { return strings.TrimSpace(r.Name) == "" }

// Check reports what is wrong with the recipient as of at: no name or
// category, no role, a bad country, and for the agreement the role requires
// (Art. 28(3) for processors, Art. 26 for joint controllers) that it is
// missing, of the wrong kind, not yet made, ended or incomplete. An
// agreement given to a recipient whose role needs none is checked too.
// Field paths are relative to the recipient. An empty list means nothing
// was found.
func (r Recipient) Check(at time.Time) Errors {
	var es Errors
	if r.Label() == "" {
		es = append(es, &Error{Code: CodeRecipientUnnamed, Article: "Art. 13(1)(e)", Field: "Name",
			Message: "a recipient needs a name or a category"})
	}
	switch {
	case r.Role == 0:
		es = append(es, &Error{Code: CodeRoleMissing, Article: "Art. 4(9)", Field: "Role",
			Message: "the recipient's role is unspecified (valid: " + strings.Join(roles.Codes(), ", ") + ")"})
	case !r.Role.IsValid():
		es = append(es, &Error{Code: CodeInvalidValue, Field: "Role", Value: r.Role.String(),
			Message: "not a role (valid: " + strings.Join(roles.Codes(), ", ") + ")"})
	}
	for i, c := range r.Countries {
		if !c.IsValid() {
			es = append(es, countryError("Countries["+strconv.Itoa(i)+"]", string(c)))
		}
	}
	if at.IsZero() {
		return append(es, &Error{Code: CodeDateMissing, Field: "at", Message: "no date to judge the recipient at"})
	}
	need := r.Role.Requires()
	a := r.Agreement
	switch {
	case a.IsZero() && need != 0:
		es = append(es, &Error{Code: CodeAgreementMissing, Article: need.Article(), Field: "Agreement",
			Message: "a " + r.Role.String() + " needs a " + need.String()})
	case a.IsZero():
	case need != 0 && a.Kind != need:
		es = append(es, &Error{Code: CodeAgreementKindMismatch, Article: need.Article(), Field: "Agreement.Kind",
			Value: a.Kind.String(), Message: "a " + r.Role.String() + " needs a " + need.String()})
	default:
		for _, e := range a.Check(at) {
			e.Field = "Agreement." + e.Field
			es = append(es, e)
		}
	}
	return es
}

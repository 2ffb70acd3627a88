package recipient

import (
	"slices"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// Recipient is a natural or legal person, public authority, agency or other
// body to which personal data are disclosed (Art. 4(9)): either a named
// recipient ("Adestra") or a category of recipients ("CRM system
// providers"), as Art. 13(1)(e) allows a notice to name either.
type Recipient struct {
	// Name names the recipient; empty for a category.
	Name string `json:"name,omitzero"`
	// Category describes a category of recipients; it may also qualify a
	// named recipient ("email system").
	Category string `json:"category,omitzero"`
	// Role is the part the recipient plays.
	Role Role `json:"role,omitzero"`
	// Countries are where the recipient processes the data, if known. A
	// country that is a third country on the date makes a transfer, which
	// the register records as a [Transfer].
	Countries []Country `json:"countries,omitzero"`
	// Agreement is what the record says of the controller's agreement with
	// the recipient; the zero value says nothing.
	Agreement Agreement `json:"agreement,omitzero"`
	// Purpose is why the data are disclosed, in the notice's words.
	Purpose string `json:"purpose,omitzero"`
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

// Equal reports whether r and s are the same recipient, agreement dates
// compared as instants.
func (r Recipient) Equal(s Recipient) bool {
	return r.Name == s.Name && r.Category == s.Category && r.Role == s.Role &&
		slices.Equal(r.Countries, s.Countries) && r.Agreement.Equal(s.Agreement) && r.Purpose == s.Purpose
}

// Check reports, under regime g as of the calendar date of at in its
// location, what is wrong with the recipient, with paths in JSON member
// names relative to it ("countries[1]", "agreement.terms"):
//
//   - no name or category (Error, CodeRecipientUnnamed, Art. 13(1)(e)); no
//     role (Info, CodeRoleMissing: not evidenced); a bad role or country (Error,
//     CodeInvalidValue, CodeUnknownCountry);
//   - for a role that needs an agreement (an Art. 28(3) contract for a
//     processor or sub-processor, an Art. 26 arrangement for a joint
//     controller): one recorded as absent (Error, CodeAgreementMissing);
//     one not recorded (Info, CodeNotEvidenced: a notice need not show
//     it); one of the wrong kind (Error, CodeAgreementKindMismatch);
//   - what [Agreement.Check] reports of the agreement, under "agreement".
//
// An independent controller or a public authority needs no agreement
// (a data sharing agreement is good practice, not a GDPR requirement);
// one given is checked all the same. Nil means nothing was found.
func (r Recipient) Check(g basis.Regime, at time.Time) Findings {
	var fs Findings
	if r.Label() == "" {
		fs = append(fs, Finding{Code: CodeRecipientUnnamed, Severity: basis.Warning, Path: "name",
			Article: cite(g, at, "Art. 13(1)(e)"), Message: "a recipient needs a name or a category"})
	}
	switch {
	case r.Role == 0:
		// Neither Art. 13(1)(e) nor Art. 30(1)(d) asks for the role to be
		// told or recorded, so a role not stated is not evidenced (Info);
		// but the Art. 26 and Art. 28 checks need it.
		fs = append(fs, Finding{Code: CodeRoleMissing, Severity: basis.Info, Path: "role", Article: cite(g, at, "Art. 4(9)"),
			Message: "the recipient's role is not stated, so whether it is a processor (Art. 28) or a joint controller (Art. 26) is not evidenced (valid: " + strings.Join(roles.Codes(), ", ") + ")"})
	case !r.Role.IsValid():
		fs = append(fs, badValue("role", r.Role.String(), "a role", roles.Codes()))
	}
	for i, c := range r.Countries {
		if !c.IsValid() {
			fs = append(fs, badCountry(basis.Index("countries", i), c))
		}
	}
	if f, bad := judgeable(g, at, "the recipient"); bad {
		return append(fs, f)
	}
	need := r.Role.Requires()
	a := r.Agreement
	if need != 0 {
		art := cite(g, at, need.Article())
		switch {
		case a.InPlace == Absent:
			fs = append(fs, Finding{Code: CodeAgreementMissing, Severity: basis.Error, Regime: g, Path: "agreement", Article: art,
				Message: "the record says there is no " + need.String() + "; a " + r.Role.String() + " needs one"})
		case !a.Exists():
			fs = append(fs, Finding{Code: CodeNotEvidenced, Severity: basis.Info, Regime: g, Path: "agreement", Article: art,
				Message: "a " + r.Role.String() + " needs a " + need.String() + "; none is evidenced"})
		case a.Kind == 0:
			fs = append(fs, Finding{Code: CodeNotEvidenced, Severity: basis.Info, Regime: g, Path: "agreement.kind", Article: art,
				Message: "an agreement is in place, but not evidenced to be a " + need.String()})
		case a.Kind.IsValid() && a.Kind != need:
			fs = append(fs, Finding{Code: CodeAgreementKindMismatch, Severity: basis.Error, Regime: g, Path: "agreement.kind", Article: art,
				Value: a.Kind.String(), Message: "a " + r.Role.String() + " needs a " + need.String()})
			return fs
		}
	}
	return append(fs, a.Check(g, at).Under("agreement")...)
}

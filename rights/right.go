package rights

import (
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Right is a data subject's right under the GDPR (UK or EU). The zero value
// is unspecified, which validation reports. Rights are ordered as the
// regulation lists them in Chapter III, with the right to withdraw consent
// (Art. 7(3)) and the right to complain to the supervisory authority
// (Art. 77) after them.
type Right uint8

const (
	// Informed: the right to be informed of the processing when data is
	// collected from the data subject (Art. 13) or obtained otherwise
	// (Art. 14).
	Informed Right = iota + 1
	// Access: the right of access, a confirmation, a copy of the data and
	// the Art. 15(1)(a)-(h) information (Art. 15). In the UK only what a
	// reasonable and proportionate search finds (Art. 15(1A)).
	Access
	// Rectification: inaccurate data corrected, incomplete data completed
	// (Art. 16).
	Rectification
	// Erasure: the "right to be forgotten", on a ground in Art. 17(1) and
	// unless an exception in Art. 17(3) applies (Art. 17).
	Erasure
	// Restriction: storage only, in the cases of Art. 18(1)(a)-(d)
	// (Art. 18).
	Restriction
	// Portability: the data the subject provided, in a structured, commonly
	// used and machine-readable format, where processing is based on consent
	// or contract and carried out by automated means (Art. 20).
	Portability
	// Object: objection on grounds of the subject's particular situation to
	// processing under Art. 6(1)(e) or (f) (UK also (ea)), and at any time to
	// direct marketing (Art. 21).
	Object
	// AutomatedDecisions: the right not to be subject to a decision based
	// solely on automated processing with legal or similarly significant
	// effects (Art. 22); in the UK, for decisions taken from 2026-02-05, the
	// safeguards of Arts. 22A-22D instead (DUAA 2025 s.80).
	AutomatedDecisions
	// WithdrawConsent: the right to withdraw consent at any time, as easily
	// as it was given, without affecting earlier processing (Art. 7(3)).
	WithdrawConsent
	// ComplainToAuthority: the right to lodge a complaint with a supervisory
	// authority (Art. 77); in the UK, the Information Commissioner.
	ComplainToAuthority
)

var rightsTable = enum.New[Right]("rights.Right",
	"informed", "access", "rectification", "erasure", "restriction",
	"portability", "object", "automated-decisions", "withdraw-consent",
	"complain-to-authority")

var rightInfo = [...]struct{ article, dpv string }{
	Informed:            {"Arts. 13 and 14", ""},
	Access:              {"Art. 15", dpvGDPR + "A15"},
	Rectification:       {"Art. 16", dpvGDPR + "A16"},
	Erasure:             {"Art. 17", dpvGDPR + "A17"},
	Restriction:         {"Art. 18", dpvGDPR + "A18"},
	Portability:         {"Art. 20", dpvGDPR + "A20"},
	Object:              {"Art. 21", dpvGDPR + "A21"},
	AutomatedDecisions:  {"Art. 22", dpvGDPR + "A22"},
	WithdrawConsent:     {"Art. 7(3)", dpvGDPR + "A7-3"},
	ComplainToAuthority: {"Art. 77", dpvGDPR + "A77"},
}

// dpvGDPR is the namespace of the W3C Data Privacy Vocabulary (DPV 2) GDPR
// extension, whose rights terms (module "rights", each a subclass of
// dpv:DataSubjectRight) are named after the article that confers them.
const dpvGDPR = "https://w3id.org/dpv/legal/eu/gdpr#"

// AllRights returns every right in order.
func AllRights() []Right { return rightsTable.Values() }

// ParseRight returns the right with the given code, such as "access" or
// "withdraw-consent". Case, spaces and underscores are folded.
func ParseRight(s string) (Right, error) { return rightsTable.Parse(s) }

// MustParseRight is like [ParseRight] but panics on error.
func MustParseRight(s string) Right {
	r, err := ParseRight(s)
	if err != nil {
		panic(err)
	}
	return r
}

// String returns the right's code, "unspecified", or "rights.Right(n)".
func (r Right) String() string { return rightsTable.String(r) }

// IsValid reports whether r is one of the defined rights.
func (r Right) IsValid() bool { return rightsTable.Valid(r) }

// AppendText appends the right's code to b.
func (r Right) AppendText(b []byte) ([]byte, error) { return rightsTable.AppendText(b, r) }

// MarshalText returns the right's code; the zero value is empty text.
func (r Right) MarshalText() ([]byte, error) { return rightsTable.MarshalText(r) }

// UnmarshalText parses a code; on error r is unchanged. The error is a
// *[basis.ParseError].
func (r *Right) UnmarshalText(text []byte) error { return rightsTable.UnmarshalText(r, text) }

// Article returns the provision that confers the right in the GDPR as
// adopted, such as "Art. 15", or "" for an invalid right: the article
// alone, without the instrument, for [basis.Regime.Cite]. See
// [Right.ArticleIn] for the provision in force in a regime on a date.
func (r Right) Article() string {
	if !r.IsValid() {
		return ""
	}
	return rightInfo[r].article
}

// DPV returns the IRI of the W3C Data Privacy Vocabulary term for the right
// in its EU GDPR extension, such as
// "https://w3id.org/dpv/legal/eu/gdpr#A15" for [Access], or "" for an
// invalid right and for [Informed], which DPV splits into two terms, A13
// (data collected from the subject) and A14 (data obtained otherwise). The
// terms name the EU GDPR's articles; the UK's Arts. 22A-22D have none.
func (r Right) DPV() string {
	if !r.IsValid() {
		return ""
	}
	return rightInfo[r].dpv
}

// ArticleIn returns the provision that confers the right under regime g on
// the date of at, citing a GDPR article by the instrument in force
// ([basis.Regime.Cite]: "UK GDPR Art. 15" in the UK from 2021-01-01, "GDPR
// Art. 15" otherwise). Its provision differs from [Right.Article] in the UK
// only:
//
//   - for [AutomatedDecisions] from 2026-02-05, where Arts. 22A-22D replace
//     Art. 22 (DUAA 2025 s.80; S.I. 2026/82 reg. 5 keeps Art. 22 for
//     decisions taken earlier, so pass the date of the decision);
//   - for [ComplainToAuthority] from 2026-06-19, where UK GDPR Art. 77 is
//     omitted and the right to complain to the Commissioner rests on DPA
//     2018 s.165 as amended (DUAA 2025 s.103(3) and (6); S.I. 2026/82
//     reg. 3).
func (r Right) ArticleIn(g basis.Regime, at time.Time) string {
	switch {
	case r == AutomatedDecisions && g.InForce(basis.AutomatedDecisionsArt22A, at):
		return cite(g, "Arts. 22A-22D", at)
	case r == ComplainToAuthority && g.InForce(basis.ComplaintsToController, at):
		return "DPA 2018 s.165"
	}
	return cite(g, r.Article(), at)
}

// cite cites a provision under regime g on the date of at: a GDPR article
// ("Art. 15", "Arts. 13 and 14") through [basis.Regime.Cite], anything else
// (a DPA 2018 section, "" for none) as it is.
func cite(g basis.Regime, article string, at time.Time) string {
	if !strings.HasPrefix(article, "Art") {
		return article
	}
	return g.Cite(article, at)
}

// IsRequest reports whether the right is exercised by a request to the
// controller that the time limits of Art. 12(3) (UK: Art. 12A) govern:
// the rights in Arts. 15 to 22 (UK: 15 to 22D).
func (r Right) IsRequest() bool {
	switch r {
	case Access, Rectification, Erasure, Restriction, Portability, Object, AutomatedDecisions:
		return true
	}
	return false
}

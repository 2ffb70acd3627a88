package rights

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// RequestKind is what a request asks for: a right in Arts. 15 to 22, human
// intervention in an automated decision, or (UK) a complaint to the
// controller. The zero value is unspecified.
type RequestKind uint8

const (
	// AccessRequest: a subject access request (Art. 15).
	AccessRequest RequestKind = iota + 1
	// RectificationRequest: correct or complete the data (Art. 16).
	RectificationRequest
	// ErasureRequest: erase the data (Art. 17).
	ErasureRequest
	// RestrictionRequest: restrict the processing (Art. 18).
	RestrictionRequest
	// PortabilityRequest: receive or transmit the data the subject provided
	// (Art. 20).
	PortabilityRequest
	// ObjectionRequest: object to the processing (Art. 21).
	ObjectionRequest
	// HumanInterventionRequest: obtain human intervention in, express a
	// point of view on, or contest a decision based solely on automated
	// processing (Art. 22(3); in the UK for decisions taken from
	// 2026-02-05, the safeguards of Art. 22C(2)). NET's automated pass/fail
	// of an assessment is the seed example: "if you wish to request human
	// intervention (i.e. have someone review the action themselves, rather
	// than relying only on the automated method)". The time limits of
	// Art. 12(3) (UK Art. 12A, which covers Arts. 15 to 22D) apply.
	HumanInterventionRequest
	// ComplaintToController: a UK complaint to the controller about an
	// infringement of the data protection legislation (DPA 2018 s.164A,
	// for complaints received from 2026-06-19). It must be acknowledged
	// within 30 days (s.164A(3)); see [AcknowledgeBy].
	ComplaintToController
)

var requestKinds = enum.New[RequestKind]("rights.RequestKind",
	"access", "rectification", "erasure", "restriction", "portability",
	"objection", "human-intervention", "complaint")

var requestKindInfo = [...]struct {
	right   Right
	article string
}{
	AccessRequest:            {Access, "Art. 15"},
	RectificationRequest:     {Rectification, "Art. 16"},
	ErasureRequest:           {Erasure, "Art. 17"},
	RestrictionRequest:       {Restriction, "Art. 18"},
	PortabilityRequest:       {Portability, "Art. 20"},
	ObjectionRequest:         {Object, "Art. 21"},
	HumanInterventionRequest: {AutomatedDecisions, "Art. 22(3)"},
	ComplaintToController:    {0, ComplaintsArticle},
}

// AllRequestKinds returns every request kind in order.
func AllRequestKinds() []RequestKind { return requestKinds.Values() }

// ParseRequestKind returns the request kind with the given code, such as
// "access" or "human-intervention".
func ParseRequestKind(s string) (RequestKind, error) { return requestKinds.Parse(s) }

// MustParseRequestKind is like [ParseRequestKind] but panics on error.
func MustParseRequestKind(s string) RequestKind {
	k, err := ParseRequestKind(s)
	if err != nil {
		panic(err)
	}
	return k
}

// String returns the kind's code, "unspecified", or "rights.RequestKind(n)".
func (k RequestKind) String() string { return requestKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k RequestKind) IsValid() bool { return requestKinds.Valid(k) }

// AppendText appends the kind's code to b.
func (k RequestKind) AppendText(b []byte) ([]byte, error) { return requestKinds.AppendText(b, k) }

// MarshalText returns the kind's code; the zero value is empty text.
func (k RequestKind) MarshalText() ([]byte, error) { return requestKinds.MarshalText(k) }

// UnmarshalText parses a code; on error k is unchanged.
func (k *RequestKind) UnmarshalText(text []byte) error { return requestKinds.UnmarshalText(k, text) }

// Right returns the right the request exercises, or zero for a complaint to
// the controller, which is not a GDPR right.
func (k RequestKind) Right() Right {
	if !k.IsValid() {
		return 0
	}
	return requestKindInfo[k].right
}

// Article returns the provision the request rests on, such as "Art. 15" or
// "DPA 2018 s.164A", or "" for an invalid kind: a GDPR article alone,
// without the instrument. [RequestKind.ArticleIn] cites it by regime and
// date, and names UK Art. 22C(2)(c) for human intervention from
// 2026-02-05.
func (k RequestKind) Article() string {
	if !k.IsValid() {
		return ""
	}
	return requestKindInfo[k].article
}

// ArticleIn returns the provision under regime g for a decision or request
// dated at, citing a GDPR article by the instrument in force ([basis.Regime.Cite]:
// "UK GDPR Art. 15", "GDPR Art. 15"): for [HumanInterventionRequest] in the
// UK, "UK GDPR Art. 22C(2)(c)" for decisions taken from 2026-02-05 (DUAA
// 2025 s.80; S.I. 2026/82 reg. 5). It is "" for an invalid kind.
func (k RequestKind) ArticleIn(g basis.Regime, at time.Time) string {
	if k == HumanInterventionRequest && g.InForce(basis.AutomatedDecisionsArt22A, at) {
		return cite(g, "Art. 22C(2)(c)", at)
	}
	return cite(g, k.Article(), at)
}

// State is where a request stands. The zero value is unspecified; every
// request starts in [StateReceived].
type State uint8

const (
	// StateReceived: the request has arrived and work has not begun.
	StateReceived State = iota + 1
	// StateAwaitingIdentity: the controller asked for information to confirm
	// the requester's identity (Art. 12(6)).
	StateAwaitingIdentity
	// StateAwaitingFee: the controller charged a reasonable fee for a
	// manifestly unfounded or excessive request (Art. 12(5)(a)).
	StateAwaitingFee
	// StateAwaitingClarification: the controller asked the subject to say
	// what information or processing the request is about (UK
	// Art. 12A(5)).
	StateAwaitingClarification
	// StateInProgress: the controller is dealing with the request.
	StateInProgress
	// StateExtended: as in progress, with the time limit extended by two
	// further months (Art. 12(3); UK Art. 12A(3)).
	StateExtended
	// StateCompleted: the request has been answered.
	StateCompleted
	// StateRefused: the controller refused to act, as the request was
	// manifestly unfounded or excessive (Art. 12(5)(b)) or exempt (DPA 2018
	// Sch. 2); the subject must be told why and of the right to complain
	// (Art. 12(4)).
	StateRefused
	// StateWithdrawn: the subject withdrew the request.
	StateWithdrawn
)

var states = enum.New[State]("rights.State",
	"received", "awaiting-identity", "awaiting-fee", "awaiting-clarification",
	"in-progress", "extended", "completed", "refused", "withdrawn")

// AllStates returns every state in order.
func AllStates() []State { return states.Values() }

// ParseState returns the state with the given code, such as "in-progress".
func ParseState(s string) (State, error) { return states.Parse(s) }

// MustParseState is like [ParseState] but panics on error.
func MustParseState(s string) State {
	v, err := ParseState(s)
	if err != nil {
		panic(err)
	}
	return v
}

// String returns the state's code, "unspecified", or "rights.State(n)".
func (s State) String() string { return states.String(s) }

// IsValid reports whether s is one of the defined states.
func (s State) IsValid() bool { return states.Valid(s) }

// AppendText appends the state's code to b.
func (s State) AppendText(b []byte) ([]byte, error) { return states.AppendText(b, s) }

// MarshalText returns the state's code; the zero value is empty text.
func (s State) MarshalText() ([]byte, error) { return states.MarshalText(s) }

// UnmarshalText parses a code; on error s is unchanged.
func (s *State) UnmarshalText(text []byte) error { return states.UnmarshalText(s, text) }

// Terminal reports whether no further change is possible: completed,
// refused or withdrawn.
func (s State) Terminal() bool {
	return s == StateCompleted || s == StateRefused || s == StateWithdrawn
}

// Awaiting reports whether the controller is waiting for the subject:
// identity, a fee or clarification.
func (s State) Awaiting() bool {
	return s == StateAwaitingIdentity || s == StateAwaitingFee || s == StateAwaitingClarification
}

// RefusalGround is why a request was refused. (It is not a lawful basis:
// that is [basis.Ground].) The zero value is unspecified.
type RefusalGround uint8

const (
	// RefusalManifestlyUnfounded: the request is manifestly unfounded; the
	// controller bears the burden of showing it (Art. 12(5)(b)).
	RefusalManifestlyUnfounded RefusalGround = iota + 1
	// RefusalExcessive: the request is excessive, in particular because of its
	// repetitive character (Art. 12(5)(b)).
	RefusalExcessive
	// RefusalExempt: an exemption in DPA 2018 Schedule 2 disapplies the right; the
	// refusal names it (see [Exemption]).
	RefusalExempt
)

var refusalGrounds = enum.New[RefusalGround]("rights.RefusalGround", "manifestly-unfounded", "excessive", "exempt")

// AllRefusalGrounds returns every refusal ground in order.
func AllRefusalGrounds() []RefusalGround { return refusalGrounds.Values() }

// ParseRefusalGround returns the refusal ground with the given code, such
// as "excessive".
func ParseRefusalGround(s string) (RefusalGround, error) { return refusalGrounds.Parse(s) }

// MustParseRefusalGround is like [ParseRefusalGround] but panics on error.
func MustParseRefusalGround(s string) RefusalGround {
	g, err := ParseRefusalGround(s)
	if err != nil {
		panic(err)
	}
	return g
}

// String returns the ground's code, "unspecified", or
// "rights.RefusalGround(n)".
func (g RefusalGround) String() string { return refusalGrounds.String(g) }

// IsValid reports whether g is one of the defined refusal grounds.
func (g RefusalGround) IsValid() bool { return refusalGrounds.Valid(g) }

// AppendText appends the ground's code to b.
func (g RefusalGround) AppendText(b []byte) ([]byte, error) { return refusalGrounds.AppendText(b, g) }

// MarshalText returns the ground's code; the zero value is empty text.
func (g RefusalGround) MarshalText() ([]byte, error) { return refusalGrounds.MarshalText(g) }

// UnmarshalText parses a code; on error g is unchanged.
func (g *RefusalGround) UnmarshalText(text []byte) error {
	return refusalGrounds.UnmarshalText(g, text)
}

// Article returns "Art. 12(5)(b)" for the first two grounds and
// "DPA 2018 Sch. 2" for an exemption (the refusal's [Exemption] names the
// paragraph), or "" for an invalid ground. A GDPR article is given alone,
// without the instrument: cite it with [basis.Regime.Cite] ("UK GDPR Art.
// 12(5)(b)" in the UK from 2021-01-01).
func (g RefusalGround) Article() string {
	switch g {
	case RefusalManifestlyUnfounded, RefusalExcessive:
		return "Art. 12(5)(b)"
	case RefusalExempt:
		return "DPA 2018 Sch. 2"
	}
	return ""
}

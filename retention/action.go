package retention

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// ParseError reports text that is not a code of one of this package's
// enumerations; it is [basis.ParseError], so errors.As works with either name.
type ParseError = basis.ParseError

// RangeError reports an enumeration value out of range when it is marshalled.
type RangeError = basis.RangeError

// Action is what happens to data when its retention ends. The zero value is
// unspecified, which [Schedule.Check] reports as [CodeNoAction].
type Action uint8

const (
	// Delete: erase the data (UK GDPR Art. 5(1)(e), storage limitation; the
	// principle that data are kept no longer than necessary).
	Delete Action = iota + 1
	// Anonymise: remove the link to the person so the data are no longer
	// personal data (UK GDPR Art. 5(1)(e) and Recital 26, which puts
	// anonymous information outside the Regulation).
	Anonymise
	// Review: decide again whether keeping the data is still necessary (UK
	// GDPR Art. 5(1)(e), and Art. 5(2) accountability for that decision).
	Review
	// Archive: move the data to restricted storage kept only for archiving in
	// the public interest, research or statistics (UK GDPR Art. 5(1)(e),
	// which allows longer storage for those purposes subject to Art. 89(1)).
	Archive
)

var actions = enum.New[Action]("retention.Action", "delete", "anonymise", "review", "archive")

var actionInfo = [...]struct{ article, dpv string }{
	Delete:    {"UK GDPR Art. 5(1)(e)", dpv + "Erase"},
	Anonymise: {"UK GDPR Art. 5(1)(e), Recital 26", dpv + "Anonymise"},
	Review:    {"UK GDPR Art. 5(1)(e), Art. 5(2)", ""},
	Archive:   {"UK GDPR Art. 5(1)(e), Art. 89(1)", ""},
}

// dpv is the namespace of the W3C Data Privacy Vocabulary 2 core terms.
const dpv = "https://w3id.org/dpv#"

// AllActions returns every action in order.
func AllActions() []Action { return actions.Values() }

// ParseAction returns the action with the given code, such as "anonymise".
// Case, spaces and underscores are folded.
func ParseAction(s string) (Action, error) { return actions.Parse(s) }

// MustParseAction is like [ParseAction] but panics on error.
func MustParseAction(s string) Action { return mustParse(actions, s) }

// String returns the action's code, "unspecified", or "retention.Action(n)".
func (a Action) String() string { return actions.String(a) }

// IsValid reports whether a is one of the defined actions.
func (a Action) IsValid() bool { return actions.Valid(a) }

// AppendText appends the action's code to b.
func (a Action) AppendText(b []byte) ([]byte, error) { return actions.AppendText(b, a) }

// MarshalText returns the action's code; the zero value is empty text.
func (a Action) MarshalText() ([]byte, error) { return actions.MarshalText(a) }

// UnmarshalText parses a code; on error a is unchanged.
func (a *Action) UnmarshalText(text []byte) error { return actions.UnmarshalText(a, text) }

// Article returns the provision the action rests on, or "" for an invalid
// action.
func (a Action) Article() string {
	if !a.IsValid() {
		return ""
	}
	return actionInfo[a].article
}

// DPV returns the W3C Data Privacy Vocabulary term for the action (dpv:Erase,
// dpv:Anonymise), or "" where DPV has none.
func (a Action) DPV() string {
	if !a.IsValid() {
		return ""
	}
	return actionInfo[a].dpv
}

func mustParse[T ~uint8](t *enum.Table[T], s string) T {
	v, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

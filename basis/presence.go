package basis

import "github.com/dpmodel/dpmodel/internal/enum"

// Presence says what a record states about a fact the law or guidance asks
// for (a legitimate interests assessment, an appropriate policy document):
// that it is present, that it is absent, or nothing at all. "Not stated" is
// not "absent": the checks report a fact not recorded as Info "not
// evidenced", and a fact recorded as absent as the law requires (an Error
// where the law makes it a condition, a Warning where only guidance asks
// for it).
//
// The zero value, [NotStated], is a real value here (the record is silent),
// not an unspecified one; it marshals as empty text and is left out of JSON
// by omitzero.
type Presence uint8

const (
	// NotStated: the record says nothing of the fact.
	NotStated Presence = iota
	// Present: the record states that the fact holds (the document is in
	// place, the assessment was made).
	Present
	// Absent: the record states that the fact does not hold (there is no
	// document, no assessment was made).
	Absent
)

var presences = enum.New[Presence]("basis.Presence", "present", "absent")

// AllPresences returns Present and Absent (NotStated is the zero value and
// has no code).
func AllPresences() []Presence { return presences.Values() }

// ParsePresence returns the value with the given code ("present",
// "absent"). Empty text is an error here; [Presence.UnmarshalText] reads it
// as NotStated.
func ParsePresence(s string) (Presence, error) { return presences.Parse(s) }

// MustParsePresence is like [ParsePresence] but panics on error.
func MustParsePresence(s string) Presence { return mustParse(presences, s) }

// String returns "present", "absent", "not-stated" or "basis.Presence(n)".
func (p Presence) String() string {
	if p == NotStated {
		return "not-stated"
	}
	return presences.String(p)
}

// IsValid reports whether p is NotStated, Present or Absent.
func (p Presence) IsValid() bool { return p == NotStated || presences.Valid(p) }

// Stated reports whether the record states the fact either way (Present or
// Absent).
func (p Presence) Stated() bool { return p != NotStated }

// AppendText appends the code to b; NotStated appends nothing.
func (p Presence) AppendText(b []byte) ([]byte, error) { return presences.AppendText(b, p) }

// MarshalText returns the code; NotStated is empty text.
func (p Presence) MarshalText() ([]byte, error) { return presences.MarshalText(p) }

// UnmarshalText parses a code; empty text is NotStated. On error p is
// unchanged.
func (p *Presence) UnmarshalText(text []byte) error { return presences.UnmarshalText(p, text) }

// presenceInvalid is the finding for a Presence out of range at path, in
// a fact that article asks for.
func presenceInvalid(r Regime, path, article string, p Presence) Finding {
	return Finding{Code: CodePresenceInvalid, Severity: Error, Regime: r, Path: path, Article: article, Value: p.String(),
		Message: p.String() + " is not a presence (valid: present, absent, or nothing for not stated)"}
}

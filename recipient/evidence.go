package recipient

import "github.com/dpmodel/dpmodel/internal/enum"

// Evidence says what the record states about a fact a rule needs: that it
// holds (Present), that it does not (Absent), or nothing (the zero value,
// not stated). "Not stated" is not "absent": a check reports a fact
// recorded as Absent where the law requires it as the law requires (an
// Error, usually), and a fact not stated as Info [CodeNotEvidenced]. A
// privacy notice need not show most of these facts (Art. 13 does not ask
// for a processor's contract), so a register built from a notice leaves
// them unstated.
type Evidence uint8

const (
	// Present: the record states that the fact holds, such as a contract
	// in writing or the essence of an arrangement made available.
	Present Evidence = iota + 1
	// Absent: the record states that the fact does not hold, such as
	// consent inferred from submitting a form rather than explicit.
	Absent
)

var evidences = enum.New[Evidence]("recipient.Evidence", "present", "absent")

// AllEvidence returns Present and Absent.
func AllEvidence() []Evidence { return evidences.Values() }

// ParseEvidence returns the evidence with the given code ("present",
// "absent").
func ParseEvidence(s string) (Evidence, error) { return evidences.Parse(s) }

// MustParseEvidence is like [ParseEvidence] but panics on error.
func MustParseEvidence(s string) Evidence { return mustParse(evidences, s) }

// String returns the code, "unspecified" for not stated, or
// "recipient.Evidence(n)".
func (e Evidence) String() string { return evidences.String(e) }

// IsValid reports whether e is Present or Absent.
func (e Evidence) IsValid() bool { return evidences.Valid(e) }

// Stated reports whether the record says anything of the fact.
func (e Evidence) Stated() bool { return e != 0 }

// AppendText appends the code to b.
func (e Evidence) AppendText(b []byte) ([]byte, error) { return evidences.AppendText(b, e) }

// MarshalText returns the code; not stated is empty text.
func (e Evidence) MarshalText() ([]byte, error) { return evidences.MarshalText(e) }

// UnmarshalText parses a code; on error e is unchanged.
func (e *Evidence) UnmarshalText(text []byte) error { return evidences.UnmarshalText(e, text) }

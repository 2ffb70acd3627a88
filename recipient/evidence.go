package recipient

import "github.com/dpmodel/dpmodel/basis"

// Evidence says what the record states about a fact a rule needs: that it
// holds (Present), that it does not (Absent), or nothing (the zero value,
// not stated). It is [basis.Presence], the module's one present/absent
// vocabulary, under the name this package's fields have used.
//
// "Not stated" is not "absent": a check reports a fact recorded as Absent
// where the law requires it as the law requires (an Error, usually), and a
// fact not stated as Info [CodeNotEvidenced]. A privacy notice need not
// show most of these facts (Art. 13 does not ask for a processor's
// contract), so a register built from a notice leaves them unstated.
type Evidence = basis.Presence

const (
	// Present: the record states that the fact holds, such as a contract
	// in writing or the essence of an arrangement made available.
	Present = basis.Present
	// Absent: the record states that the fact does not hold, such as
	// consent inferred from submitting a form rather than explicit.
	Absent = basis.Absent
)

// evidenceCodes are the codes of a stated Evidence, for error messages.
var evidenceCodes = []string{"present", "absent"}

// AllEvidence returns Present and Absent.
func AllEvidence() []Evidence { return basis.AllPresences() }

// ParseEvidence returns the evidence with the given code ("present",
// "absent"); see [basis.ParsePresence].
func ParseEvidence(s string) (Evidence, error) { return basis.ParsePresence(s) }

// MustParseEvidence is like [ParseEvidence] but panics on error.
func MustParseEvidence(s string) Evidence { return basis.MustParsePresence(s) }

package rights

import (
	"log/slog"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
	"github.com/google/uuid"
)

// EventKind is what happened to a request. The zero value is unspecified.
type EventKind uint8

const (
	// EventReceived: the request arrived. It is the first event of every
	// log and only the first.
	EventReceived EventKind = iota + 1
	// EventIdentityVerified: the requester's identity was confirmed from
	// information the controller already had; the clock is not affected.
	EventIdentityVerified
	// EventIdentityRequested: the controller asked for information to
	// confirm identity (Art. 12(6)).
	EventIdentityRequested
	// EventIdentityReceived: that information arrived; under UK Art. 12A(2)
	// the time limit runs from the latest of this and the other starts.
	EventIdentityReceived
	// EventFeeRequested: the controller charged its fee for a manifestly
	// unfounded or excessive request (Art. 12(5)(a)).
	EventFeeRequested
	// EventFeePaid: the fee was paid.
	EventFeePaid
	// EventClarificationRequested: the controller asked what the request is
	// about (UK Art. 12A(5); for access requests only the clock stops).
	EventClarificationRequested
	// EventClarificationReceived: the clarification arrived.
	EventClarificationReceived
	// EventStarted: the controller began dealing with the request.
	EventStarted
	// EventExtended: the time limit was extended by two further months,
	// with reasons told to the subject (Art. 12(3); UK Art. 12A(3)-(4)).
	EventExtended
	// EventAcknowledged: a complaint to the controller was acknowledged
	// (DPA 2018 s.164A(3)).
	EventAcknowledged
	// EventResultsAnnounced: the results of the exam an exam-marks request
	// is about were announced (DPA 2018 Sch. 2 para 25(3), (5)).
	EventResultsAnnounced
	// EventCompleted: the request was answered.
	EventCompleted
	// EventRefused: the controller refused to act (Art. 12(4)-(5); DPA 2018
	// Sch. 2).
	EventRefused
	// EventWithdrawn: the subject withdrew the request.
	EventWithdrawn
)

var eventKinds = enum.New[EventKind]("rights.EventKind",
	"received", "identity-verified", "identity-requested", "identity-received",
	"fee-requested", "fee-paid", "clarification-requested", "clarification-received",
	"started", "extended", "acknowledged", "results-announced", "completed",
	"refused", "withdrawn")

// AllEventKinds returns every event kind in order.
func AllEventKinds() []EventKind { return eventKinds.Values() }

// ParseEventKind returns the event kind with the given code, such as
// "fee-paid".
func ParseEventKind(s string) (EventKind, error) { return eventKinds.Parse(s) }

// MustParseEventKind is like [ParseEventKind] but panics on error.
func MustParseEventKind(s string) EventKind {
	k, err := ParseEventKind(s)
	if err != nil {
		panic(err)
	}
	return k
}

// String returns the kind's code, "unspecified", or "rights.EventKind(n)".
func (k EventKind) String() string { return eventKinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k EventKind) IsValid() bool { return eventKinds.Valid(k) }

// AppendText appends the kind's code to b.
func (k EventKind) AppendText(b []byte) ([]byte, error) { return eventKinds.AppendText(b, k) }

// MarshalText returns the kind's code; the zero value is empty text.
func (k EventKind) MarshalText() ([]byte, error) { return eventKinds.MarshalText(k) }

// UnmarshalText parses a code; on error k is unchanged.
func (k *EventKind) UnmarshalText(text []byte) error { return eventKinds.UnmarshalText(k, text) }

// Event is one entry in a request's append-only log: when, who, what and
// why, and the facts that kind of event carries. Fields that an event's
// kind does not carry must be zero; [Replay] rejects them.
//
// Its JSON form uses the field names in the tags below, the enumerations'
// codes and RFC 3339 times; zero fields are left out. [DecodeLog] reads it
// strictly.
type Event struct {
	Kind   EventKind `json:"kind"`            // what happened
	At     time.Time `json:"at"`              // when it happened; not before the previous event
	Actor  string    `json:"actor"`           // who recorded the event (a member of staff, a system)
	Reason string    `json:"reason,omitzero"` // why; required for a fee, an extension and a refusal

	// Carried by EventReceived only.
	ID             uuid.UUID    `json:"id,omitzero"`             // the request's ID
	Request        RequestKind  `json:"request,omitzero"`        // what it asks for
	Regime         basis.Regime `json:"regime,omitzero"`         // the law it is made under
	IdentityChecks bool         `json:"identityChecks,omitzero"` // the controller's policy required identity checks when it arrived
	DecisionAt     time.Time    `json:"decisionAt,omitzero"`     // human intervention: when the automated decision was taken
	ExamMarks      bool         `json:"examMarks,omitzero"`      // an access request for exam marks (DPA 2018 Sch. 2 para 25(2))
	// Calendar is the working-day calendar the request runs on, recorded
	// by [Open] so that [Replay] gives the same deadlines without being
	// told; nil in a log written before logs recorded it (Replay then uses
	// [WithCalendar] or the regime's default).
	Calendar *Calendar `json:"calendar,omitzero"`

	// Carried by EventReceived (results announced before the request) and
	// EventResultsAnnounced.
	Announced time.Time `json:"announced,omitzero"`

	// Carried by EventFeeRequested.
	Fee Money `json:"fee,omitzero"`

	// Carried by EventRefused.
	Ground    RefusalGround `json:"ground,omitzero"`
	Exemption Exemption     `json:"exemption,omitzero"` // with Ground RefusalExempt
}

// LogValue keeps free text out of logs: the reason (which may name people)
// is reported only as present or absent, and the actor is left out.
func (e Event) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("kind", e.Kind.String()),
		slog.Time("at", e.At),
		slog.Bool("reason", e.Reason != ""),
	}
	if e.Kind == EventReceived {
		attrs = append(attrs, slog.String("id", e.ID.String()), slog.String("request", e.Request.String()))
	}
	return slog.GroupValue(attrs...)
}

// equal reports whether two events record the same thing, comparing times
// as instants.
func (e Event) equal(f Event) bool {
	return e.Kind == f.Kind && e.At.Equal(f.At) && e.Actor == f.Actor && e.Reason == f.Reason &&
		e.ID == f.ID && e.Request == f.Request && e.Regime == f.Regime &&
		e.IdentityChecks == f.IdentityChecks && e.DecisionAt.Equal(f.DecisionAt) &&
		e.ExamMarks == f.ExamMarks && e.Announced.Equal(f.Announced) &&
		e.Fee == f.Fee && e.Ground == f.Ground && e.Exemption == f.Exemption &&
		(e.Calendar == nil) == (f.Calendar == nil) && (e.Calendar == nil || e.Calendar.Equal(*f.Calendar))
}

// eventField is one optional field of an Event, as a bit, for the check
// that each kind carries only its own fields.
type eventField uint16

const (
	fieldID eventField = 1 << iota
	fieldRequest
	fieldRegime
	fieldIdentityChecks
	fieldDecisionAt
	fieldExamMarks
	fieldAnnounced
	fieldFee
	fieldGround
	fieldExemption
	fieldCalendar
)

// eventFieldNames are the JSON member names of the optional fields, in
// bit order.
var eventFieldNames = [...]string{"id", "request", "regime", "identityChecks", "decisionAt",
	"examMarks", "announced", "fee", "ground", "exemption", "calendar"}

// setFields returns the optional fields of e that are set.
func (e Event) setFields() eventField {
	var f eventField
	set := func(ok bool, bit eventField) {
		if ok {
			f |= bit
		}
	}
	set(e.ID != uuid.Nil, fieldID)
	set(e.Request != 0, fieldRequest)
	set(e.Regime != 0, fieldRegime)
	set(e.IdentityChecks, fieldIdentityChecks)
	set(!e.DecisionAt.IsZero(), fieldDecisionAt)
	set(e.ExamMarks, fieldExamMarks)
	set(!e.Announced.IsZero(), fieldAnnounced)
	set(!e.Fee.IsZero(), fieldFee)
	set(e.Ground != 0, fieldGround)
	set(e.Exemption != 0, fieldExemption)
	set(e.Calendar != nil, fieldCalendar)
	return f
}

// firstFieldName names the lowest field in f.
func firstFieldName(f eventField) string {
	for i, name := range eventFieldNames {
		if f&(1<<i) != 0 {
			return name
		}
	}
	return ""
}

// carries lists, for each event kind, the optional fields it may set.
var carries = [...]eventField{
	EventReceived: fieldID | fieldRequest | fieldRegime | fieldIdentityChecks |
		fieldDecisionAt | fieldExamMarks | fieldAnnounced | fieldCalendar,
	EventResultsAnnounced: fieldAnnounced,
	EventFeeRequested:     fieldFee,
	EventRefused:          fieldGround | fieldExemption,
	EventWithdrawn:        0,
}

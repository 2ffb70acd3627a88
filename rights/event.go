package rights

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"strconv"
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
	Kind   EventKind `json:"kind"`             // what happened
	At     time.Time `json:"at"`               // when it happened; not before the previous event
	Actor  string    `json:"actor"`            // who recorded the event (a member of staff, a system)
	Reason string    `json:"reason,omitempty"` // why; required for a fee, an extension and a refusal

	// Carried by EventReceived only.
	ID             uuid.UUID    `json:"id,omitzero"`             // the request's ID
	Request        RequestKind  `json:"request,omitzero"`        // what it asks for
	Regime         basis.Regime `json:"regime,omitzero"`         // the law it is made under
	IdentityChecks bool         `json:"identityChecks,omitzero"` // the controller's policy required identity checks when it arrived
	DecisionAt     time.Time    `json:"decisionAt,omitzero"`     // human intervention: when the automated decision was taken
	ExamMarks      bool         `json:"examMarks,omitzero"`      // an access request for exam marks (DPA 2018 Sch. 2 para 25(2))

	// Carried by EventReceived (results announced before the request) and
	// EventResultsAnnounced.
	Announced time.Time `json:"announced,omitzero"`

	// Carried by EventFeeRequested.
	Fee Money `json:"fee,omitzero"`

	// Carried by EventRefused.
	Ground    Ground    `json:"ground,omitzero"`
	Exemption Exemption `json:"exemption,omitzero"` // with Ground Exempt
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
		e.Fee == f.Fee && e.Ground == f.Ground && e.Exemption == f.Exemption
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
)

var eventFieldNames = [...]string{"ID", "Request", "Regime", "IdentityChecks", "DecisionAt",
	"ExamMarks", "Announced", "Fee", "Ground", "Exemption"}

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
		fieldDecisionAt | fieldExamMarks | fieldAnnounced,
	EventResultsAnnounced: fieldAnnounced,
	EventFeeRequested:     fieldFee,
	EventRefused:          fieldGround | fieldExemption,
	EventWithdrawn:        0,
}

// EncodeLog returns the JSON array of the events, in order.
func EncodeLog(events []Event) ([]byte, error) {
	if events == nil {
		events = []Event{}
	}
	return json.Marshal(events)
}

// DecodeLog reads a JSON array of events as [EncodeLog] writes it. Decoding
// is strict: an unknown field, a bad code, a malformed time or trailing data
// is an error, a *[RequestError] whose Index is the event's position and
// whose Field names the JSON member where the decoder says which. DecodeLog
// checks only the form; [Replay] checks that the events make a request.
func DecodeLog(data []byte) ([]Event, error) {
	var raw []json.RawMessage
	if err := strictDecode(data, &raw); err != nil {
		return nil, &RequestError{Code: CodeInvalid, Index: -1, Msg: "not a JSON array of events", Err: err}
	}
	events := make([]Event, 0, len(raw))
	for i, r := range raw {
		var e Event
		if err := strictDecode(r, &e); err != nil {
			re := &RequestError{Code: CodeInvalid, Index: i, Msg: "not an event", Err: err}
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				re.Field = te.Field
				re.Value = te.Value
			}
			var pe *basis.ParseError
			if errors.As(err, &pe) {
				re.Value = pe.Value
				re.Valid = pe.Valid
				re.Field = fieldOfType(pe.Type)
			}
			return nil, re
		}
		events = append(events, e)
	}
	return events, nil
}

// fieldOfType names the JSON member that holds an enumeration type.
func fieldOfType(typ string) string {
	switch typ {
	case "rights.EventKind":
		return "kind"
	case "rights.RequestKind":
		return "request"
	case "basis.Regime":
		return "regime"
	case "rights.Ground":
		return "ground"
	case "rights.Exemption":
		return "exemption"
	}
	return ""
}

func strictDecode(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return errors.New("trailing data after offset " + strconv.FormatInt(dec.InputOffset(), 10))
	}
	if _, err := dec.Token(); err == nil {
		return errors.New("trailing data after offset " + strconv.FormatInt(dec.InputOffset(), 10))
	}
	return nil
}

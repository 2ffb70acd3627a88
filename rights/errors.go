package rights

import (
	"errors"
	"fmt"
	"strings"
)

// Code is the stable identifier of a kind of error or of a reason in a
// [Verdict]. Codes are the contract: callers match on them (with [CodeOf],
// errors.Is or ==) and they never change meaning; the messages beside them
// are prose that may change. Every code this package reports starts with
// "rights/".
//
// The codes fall into three groups: those of a [RequestError] (named
// Code...), those of a [ClockError] (Clock...) and the reasons of [Assess]
// (Reason...). A [SituationError] carries [CodeInvalid] or [CodeNotInForce].
type Code string

// CodeOf returns the code of the first *[RequestError], *[ClockError] or
// *[SituationError] in err's chain, or "" if there is none.
func CodeOf(err error) Code {
	var re *RequestError
	var ce *ClockError
	var se *SituationError
	switch {
	case errors.As(err, &re):
		return re.Code
	case errors.As(err, &ce):
		return ce.Code
	case errors.As(err, &se):
		return se.Code
	}
	return ""
}

// The codes of a [RequestError]. Each names one way a request, an event or
// a command can be wrong.
const (
	// CodeIllegalTransition: the command is not allowed in the request's
	// current state (completing a withdrawn request, receiving a fee that was
	// never asked for).
	CodeIllegalTransition Code = "rights/illegal-transition"
	// CodeTimeOrder: the event is earlier than the previous one; a log is
	// in non-decreasing time order.
	CodeTimeOrder Code = "rights/time-order"
	// CodeMissing: a required field is empty (the time, the actor, the
	// request's ID or kind, a reason the law requires).
	CodeMissing Code = "rights/missing"
	// CodeInvalid: a field holds a value outside its range (an unknown kind,
	// regime or ground; a negative fee).
	CodeInvalid Code = "rights/invalid"
	// CodeUnexpected: a field is set on an event kind that does not carry it.
	CodeUnexpected Code = "rights/unexpected"
	// CodeNotForKind: the command does not apply to this kind of request
	// (acknowledging an access request; extending a complaint).
	CodeNotForKind Code = "rights/not-for-kind"
	// CodeNotInForce: the law the request rests on is not in force for it
	// (a complaint to the controller received before 2026-06-19, DPA 2018
	// s.164A; anything before the GDPR applied; a DPA 2018 exemption under
	// the EU regime).
	CodeNotInForce Code = "rights/not-in-force"
	// CodeTooLate: the step was taken after the law allows (an extension
	// after the first month has run, Art. 12(3) / UK Art. 12A(4)).
	CodeTooLate Code = "rights/too-late"
	// CodeRepeated: the step may be taken once and already was (a second
	// extension, a second announcement of exam results).
	CodeRepeated Code = "rights/repeated"
	// CodeExemptionScope: the exemption cited does not cover the right the
	// request exercises.
	CodeExemptionScope Code = "rights/exemption-scope"
	// CodeIdentityUnconfirmed: the controller's policy requires the
	// requester's identity to be confirmed before the request is dealt with.
	CodeIdentityUnconfirmed Code = "rights/identity-unconfirmed"
	// CodeNoFee: a fee was asked for but the controller's policy sets none.
	CodeNoFee Code = "rights/no-fee"
	// CodeClock: the request's time limit cannot be computed from its log.
	CodeClock Code = "rights/clock"
)

// RequestError is a command, event or log that was rejected. The request it was
// meant for is unchanged.
type RequestError struct {
	Code  Code     // stable, one of the Code... codes
	Index int      // position of the event in the log, or -1 for a command
	Field string   // the field at fault, such as "Reason" or "Fee.Currency"
	Value string   // the bad value as text ("" when missing)
	Valid []string // the valid values, where there is a short list
	Msg   string   // what was wrong
	Err   error    // the underlying error, if any
}

// Error says where the problem is, what was wrong, the value and the valid
// values.
func (e *RequestError) Error() string {
	var b strings.Builder
	b.WriteString("rights: ")
	if e.Index >= 0 {
		fmt.Fprintf(&b, "event %d: ", e.Index)
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Value != "" {
			fmt.Fprintf(&b, " = %q", e.Value)
		}
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	if len(e.Valid) > 0 {
		fmt.Fprintf(&b, " (valid: %s)", strings.Join(e.Valid, ", "))
	}
	if e.Err != nil {
		fmt.Fprintf(&b, ": %v", e.Err)
	}
	fmt.Fprintf(&b, " [%s]", e.Code)
	return b.String()
}

// Unwrap returns the underlying error.
func (e *RequestError) Unwrap() error { return e.Err }

// Is reports whether target is an *RequestError with the same code, so that
// errors.Is(err, &rights.RequestError{Code: rights.CodeTooLate}) works.
func (e *RequestError) Is(target error) bool {
	t, ok := target.(*RequestError)
	return ok && t.Code != "" && t.Code == e.Code
}

func newRequestError(code Code, field, value, format string, args ...any) *RequestError {
	return &RequestError{Code: code, Index: -1, Field: field, Value: value, Msg: fmt.Sprintf(format, args...)}
}

package rights

import (
	"fmt"
	"time"
	"unicode/utf8"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// Code is the stable identifier of a kind of malformed input (an
// *[basis.InputError]) or of a finding of [Assess]. It is [basis.Code]: the
// module has one vocabulary of codes, and every code this package reports
// starts with "rights/". Codes are the contract: callers match on them
// (with [basis.CodeOf], errors.Is or ==) and they never change meaning; the
// messages beside them are prose that may change.
//
// The codes fall into three groups: those of a rejected request, event,
// command or log (named Code...), those of an impossible [Clock]
// (Clock...), and the findings of [Assess] (Reason...).
type Code = basis.Code

// Finding is one step of the reasoning of [Assess]: [basis.Finding].
type Finding = basis.Finding

// Findings is a list of findings: [basis.Findings].
type Findings = basis.Findings

// CodeOf returns the code of the first *[basis.InputError] or
// [basis.Finding] in err's tree, or "" if there is none.
//
// Deprecated: use [basis.CodeOf], which this calls.
func CodeOf(err error) Code { return basis.CodeOf(err) }

// The codes of a rejected request, event, command or log: each names one
// way it can be wrong. Every error of the package is an
// *[basis.InputError] with one of these codes (or a Clock... code), whose
// Path names the JSON member at fault ("reason", "fee.currency"; for an
// event of a log, "[3].reason"). A command that fails changes nothing.
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
	// CodeNotStorable: a value [EncodeLog] cannot write back as it is: a
	// time whose year is outside 0000 to 9999 or whose zone offset has
	// seconds (RFC 3339 has neither), or text that is not valid UTF-8
	// (JSON would replace the bad bytes). A live request rejects it at the
	// command, so that every log a request holds can be stored and replayed.
	CodeNotStorable Code = "rights/not-storable"
	// CodeCalendarText: text that is not a [Calendar]'s text form (see
	// [ParseCalendar]).
	CodeCalendarText Code = "rights/calendar-text"
	// CodeCalendarMismatch: [Replay] was given a calendar ([WithCalendar])
	// other than the one the log records it was run on.
	CodeCalendarMismatch Code = "rights/calendar-mismatch"
)

// The codes of [DecodeLog]'s errors: those of the module's strict JSON
// decoder under the prefix "rights" (a test checks that they match).
const (
	// CodeJSONSyntax: the text is not JSON.
	CodeJSONSyntax Code = "rights/json-syntax"
	// CodeJSONTrailingData: something other than white space follows the
	// array, such as the "]" of "[]]".
	CodeJSONTrailingData Code = "rights/json-trailing-data"
	// CodeJSONDuplicateMember: an object names one member twice.
	CodeJSONDuplicateMember Code = "rights/json-duplicate-member"
	// CodeJSONUnknownMember: an object has a member that is not exactly one
	// of the field names (names are case-sensitive).
	CodeJSONUnknownMember Code = "rights/json-unknown-member"
	// CodeJSONWrongType: a value of the wrong JSON type (a number for the
	// actor, an object for the log, null for a time).
	CodeJSONWrongType Code = "rights/json-wrong-type"
	// CodeJSONBadValue: a value of the right type that does not parse: an
	// unknown code, a time that is not RFC 3339, a bad UUID or calendar.
	CodeJSONBadValue Code = "rights/json-bad-value"
	// CodeJSONTooDeep: objects and arrays nest too deeply.
	CodeJSONTooDeep Code = "rights/json-too-deep"
	// CodeJSONTooLarge: the text is longer than the decoder accepts (16 MiB).
	CodeJSONTooLarge Code = "rights/json-too-large"
	// CodeJSONTooManyItems: the text holds too many values.
	CodeJSONTooManyItems Code = "rights/json-too-many-items"
	// CodeJSONInvalidUTF8: a string is not valid UTF-8 (or holds an
	// unpaired surrogate escape), which JSON cannot carry unchanged.
	CodeJSONInvalidUTF8 Code = "rights/json-invalid-utf8"
)

// inputError returns an *basis.InputError with a formatted message. value
// is quoted (bounded) by the error itself.
func inputError(code Code, path, value, format string, args ...any) *basis.InputError {
	return &basis.InputError{Code: code, Path: path, Value: value, Message: fmt.Sprintf(format, args...)}
}

// stamp formats a time for an error message.
func stamp(t time.Time) string {
	if t.IsZero() {
		return "zero"
	}
	if t.Year() < 0 || t.Year() > 9999 {
		return t.String()
	}
	return t.Format(time.RFC3339Nano)
}

// storableTime reports a time EncodeLog cannot write back: encoding/json
// writes RFC 3339, which has years 0000 to 9999 only (Time.MarshalJSON
// fails outside them) and zone offsets in whole minutes (an offset of
// +01:00:01 would be written as +01:00, another instant).
func storableTime(path string, t time.Time) *basis.InputError {
	if t.IsZero() {
		return nil
	}
	// One zone lookup: the wall-clock seconds decide the year written.
	_, off := t.Zone()
	if wall := t.Unix() + int64(off); wall < rfc3339Min || wall >= rfc3339Max {
		return inputError(CodeNotStorable, path, stamp(t), "the year must be from 0000 to 9999 (RFC 3339) so that the log can be stored")
	}
	if off%60 != 0 {
		return inputError(CodeNotStorable, path, stamp(t), "the zone offset has seconds, which RFC 3339 cannot write; give the time in UTC or a whole-minute offset")
	}
	return nil
}

// The Unix seconds of 0000-01-01T00:00:00 and 10000-01-01T00:00:00 (UTC
// wall clock): RFC 3339 writes the years in between.
var (
	rfc3339Min = time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
	rfc3339Max = time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
)

// storableText reports text that is not valid UTF-8, which encoding/json
// would change (each bad byte becomes U+FFFD).
func storableText(path, s string) *basis.InputError {
	if utf8.ValidString(s) {
		return nil
	}
	return inputError(CodeNotStorable, path, text.Clip(s), "not valid UTF-8, which JSON cannot store unchanged")
}

package rights

import (
	"encoding/json"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/strictjson"
)

// EncodeLog returns the JSON array of the events, in order. It fails only
// for a value JSON cannot write back unchanged (see [CodeNotStorable]),
// which no [Request] holds: its commands reject such values.
func EncodeLog(events []Event) ([]byte, error) {
	if events == nil {
		events = []Event{}
	}
	for i, e := range events {
		if err := checkStorable(&e); err != nil {
			return nil, err.Under(basis.Index("", i))
		}
	}
	return json.Marshal(events)
}

// DecodeLog reads a JSON array of events as [EncodeLog] writes it.
// Decoding is strict, "anything else is an error" (internal/strictjson):
// the text must be valid UTF-8 and one JSON array with nothing after it;
// each event an object whose members are exactly the field names of
// [Event]'s encoding (names are case-sensitive), none unknown and none
// repeated (encoding/json would keep the last, so a repeated "regime"
// could turn a UK request into an EU one); every value of its JSON type,
// every code known and every time RFC 3339. An error is an
// *[basis.InputError] with one of the CodeJSON... codes whose Path is the
// JSON path ("[2].regime", "[0].fee.currency"), with the line and column of
// the offending token. DecodeLog checks only the form; [Replay] checks that
// the events make a request.
func DecodeLog(data []byte) ([]Event, error) {
	var events []Event
	if err := strictjson.Decode(data, &events, logJSON); err != nil {
		return nil, err
	}
	if events == nil { // the text was null
		return nil, &basis.InputError{Code: CodeJSONWrongType, Line: 1, Column: 1, Value: "null",
			Message: "a log is a JSON array of events"}
	}
	return events, nil
}

// logJSON names the codes of DecodeLog's errors "rights/json-...".
var logJSON = strictjson.Options{Prefix: "rights"}

// checkStorable reports a value of e that EncodeLog cannot write back
// unchanged (see [CodeNotStorable]).
func checkStorable(e *Event) *basis.InputError {
	for _, err := range [...]*basis.InputError{
		storableTime("at", e.At),
		storableText("actor", e.Actor),
		storableText("reason", e.Reason),
		storableTime("decisionAt", e.DecisionAt),
		storableTime("announced", e.Announced),
		storableText("fee.currency", e.Fee.Currency),
	} {
		if err != nil {
			return err
		}
	}
	return nil
}

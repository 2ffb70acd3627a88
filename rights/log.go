package rights

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/dpmodel/dpmodel/basis"
)

// EncodeLog returns the JSON array of the events, in order. It fails only
// for a value JSON cannot write back unchanged (see [CodeNotStorable]),
// which no [Request] holds: its commands reject such values.
func EncodeLog(events []Event) ([]byte, error) {
	if events == nil {
		events = []Event{}
	}
	for i, e := range events {
		if err := checkStorable(e); err != nil {
			return nil, err.Under(basis.Index("", i))
		}
	}
	return json.Marshal(events)
}

// DecodeLog reads a JSON array of events as [EncodeLog] writes it.
// Decoding is strict, "anything else is an error": the text must be valid
// UTF-8 and one JSON array with nothing after it; each event an object
// whose members are exactly the field names of [Event]'s encoding (names
// are case-sensitive), none unknown and none repeated; every code known
// and every time RFC 3339. An error is an *[basis.InputError] whose Path
// is the JSON path ("[2].regime", "[0].fee.currency"), with the line and
// column of the input. DecodeLog checks only the form; [Replay] checks that
// the events make a request.
func DecodeLog(data []byte) ([]Event, error) {
	starts, err := scanLog(data)
	if err != nil {
		return nil, err
	}
	var raw []json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		// The scan accepted the text, so this is not expected.
		return nil, &basis.InputError{Code: CodeSyntax, Message: "not a JSON array of events", Err: err}
	}
	events := make([]Event, 0, len(raw))
	for i, r := range raw {
		var e Event
		if err := json.Unmarshal(r, &e); err != nil {
			return nil, eventError(data, starts[i], i, err)
		}
		events = append(events, e)
	}
	return events, nil
}

// eventError describes why event i, which starts at offset start of data,
// does not decode.
func eventError(data []byte, start int64, i int, err error) *basis.InputError {
	ie := &basis.InputError{Code: CodeInvalid, Path: basis.Index("", i), Message: "not an event", Err: err}
	off := start
	var te *json.UnmarshalTypeError
	if errors.As(err, &te) {
		ie.Path = basis.JoinPath(ie.Path, te.Field)
		ie.Value = te.Value
		ie.Message = "want a JSON " + jsonKind(te.Type.Kind().String())
		off = start + te.Offset
	}
	var pe *basis.ParseError
	if errors.As(err, &pe) {
		ie.Path = basis.JoinPath(ie.Path, fieldOfType(pe.Type))
		ie.Value = pe.Value
		ie.Valid = pe.Valid
		ie.Message = "not a " + pe.Type + " code"
	}
	var ce *basis.InputError
	if errors.As(err, &ce) && ce.Code == CodeCalendarText {
		ie.Path = basis.JoinPath(ie.Path, "calendar")
		ie.Value, ie.Valid, ie.Message = ce.Value, ce.Valid, ce.Message
	}
	ie.Line, ie.Column = lineColumn(data, off)
	return ie
}

func jsonKind(goKind string) string {
	switch goKind {
	case "string", "struct":
		return "string"
	case "bool":
		return "boolean"
	}
	return "number"
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
	case "rights.RefusalGround":
		return "ground"
	case "rights.Exemption":
		return "exemption"
	}
	return ""
}

// The member names of an event and of its fee, exactly as EncodeLog
// writes them.
var (
	eventMembers = []string{"kind", "at", "actor", "reason", "id", "request", "regime",
		"identityChecks", "decisionAt", "examMarks", "calendar", "announced", "fee", "ground", "exemption"}
	moneyMembers = []string{"minor", "currency"}
)

// logScanner is the strict token pass of [DecodeLog]: encoding/json's
// Decoder reads a JSON text leniently (the last of repeated members wins,
// member names match case-insensitively, and Decoder.More stops at a stray
// "]"), so the scanner walks every token first and rejects what the
// decoder would let through. The strict decoder planned for
// internal/strictjson was not on main when this was written; this one is
// local and knows only the shape of a log.
type logScanner struct {
	data []byte
	dec  *json.Decoder
}

// scanLog checks the form of a log and returns the offset of each event's
// opening brace.
func scanLog(data []byte) ([]int64, *basis.InputError) {
	if !utf8.Valid(data) {
		off := 0
		for off < len(data) {
			r, n := utf8.DecodeRune(data[off:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			off += n
		}
		ie := &basis.InputError{Code: CodeSyntax, Message: "not valid UTF-8"}
		ie.Line, ie.Column = lineColumn(data, int64(off))
		return nil, ie
	}
	s := &logScanner{data: data, dec: json.NewDecoder(bytes.NewReader(data))}
	s.dec.UseNumber()
	if tok, err := s.token(""); err != nil {
		return nil, err
	} else if tok != json.Delim('[') {
		return nil, s.fail(CodeInvalid, "", "a log is a JSON array of events")
	}
	var starts []int64
	for i := 0; s.dec.More(); i++ {
		path := basis.Index("", i)
		tok, err := s.token(path)
		if err != nil {
			return nil, err
		}
		if tok != json.Delim('{') {
			return nil, s.fail(CodeInvalid, path, "an event is a JSON object")
		}
		starts = append(starts, s.dec.InputOffset()-1)
		if err := s.object(path, eventMembers); err != nil {
			return nil, err
		}
	}
	if _, err := s.token(""); err != nil { // the closing "]"
		return nil, err
	}
	if _, err := s.dec.Token(); err != io.EOF {
		return nil, s.fail(CodeSyntax, "", "data after the array of events")
	}
	return starts, nil
}

// token reads the next token; a syntax error is an InputError at path.
func (s *logScanner) token(path string) (json.Token, *basis.InputError) {
	tok, err := s.dec.Token()
	if err == nil {
		return tok, nil
	}
	ie := &basis.InputError{Code: CodeSyntax, Path: path, Message: "not JSON", Err: err}
	off := s.dec.InputOffset()
	var se *json.SyntaxError
	if errors.As(err, &se) {
		off = se.Offset
		ie.Message = se.Error()
	} else if err == io.EOF || errors.Is(err, io.ErrUnexpectedEOF) {
		ie.Message = "unexpected end of the text"
	}
	ie.Line, ie.Column = lineColumn(s.data, off)
	return nil, ie
}

// object reads the members of an object whose "{" was read, up to its
// "}". members lists the valid names, or is nil for any name.
func (s *logScanner) object(path string, members []string) *basis.InputError {
	var seen []string
	for s.dec.More() {
		before := s.dec.InputOffset()
		tok, err := s.token(path)
		if err != nil {
			return err
		}
		name, _ := tok.(string) // a member name is always a string
		member := basis.JoinPath(path, name)
		if members != nil && !slices.Contains(members, name) {
			e := s.failAt(CodeUnknownMember, path, "not a member of this object (names are case-sensitive)", s.nameStart(before))
			e.Value, e.Valid = name, members
			return e
		}
		if slices.Contains(seen, name) {
			e := s.failAt(CodeDuplicateMember, member, "the member is repeated; each member appears once", s.nameStart(before))
			e.Value = name
			return e
		}
		seen = append(seen, name)
		var sub []string
		if members != nil && name == "fee" {
			sub = moneyMembers
		}
		if err := s.value(member, sub); err != nil {
			return err
		}
	}
	_, err := s.token(path) // the closing "}"
	return err
}

// value reads one value; an object in it is checked against members (nil
// for any names), and every nested object for repeated members.
func (s *logScanner) value(path string, members []string) *basis.InputError {
	tok, err := s.token(path)
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('{'):
		return s.object(path, members)
	case json.Delim('['):
		for i := 0; s.dec.More(); i++ {
			if err := s.value(basis.Index(path, i), nil); err != nil {
				return err
			}
		}
		_, err := s.token(path)
		return err
	}
	return nil
}

// fail returns an InputError at the decoder's position.
func (s *logScanner) fail(code Code, path, message string) *basis.InputError {
	return s.failAt(code, path, message, s.dec.InputOffset())
}

// failAt returns an InputError at offset off.
func (s *logScanner) failAt(code Code, path, message string, off int64) *basis.InputError {
	ie := &basis.InputError{Code: code, Path: path, Message: message}
	ie.Line, ie.Column = lineColumn(s.data, off)
	return ie
}

// nameStart returns the offset of the opening quote of a member name read
// from offset before: the decoder's offset is after the previous token, so
// white space and a comma may come first.
func (s *logScanner) nameStart(before int64) int64 {
	for before < int64(len(s.data)) {
		switch s.data[before] {
		case ' ', '\t', '\n', '\r', ',':
			before++
			continue
		}
		break
	}
	return before
}

// lineColumn returns the 1-based line and byte column of offset off.
func lineColumn(data []byte, off int64) (line, column int) {
	off = max(0, min(off, int64(len(data))))
	before := data[:off]
	line = 1 + bytes.Count(before, []byte{'\n'})
	column = int(off) - (bytes.LastIndexByte(before, '\n') + 1) + 1
	return line, column
}

// checkStorable reports a value of e that EncodeLog cannot write back
// unchanged (see [CodeNotStorable]).
func checkStorable(e Event) *basis.InputError {
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

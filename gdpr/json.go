package gdpr

import (
	"bytes"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/strictjson"
	"github.com/dpmodel/dpmodel/internal/text"
)

// The codes of the errors [Decode] and [Encode] return, each a
// *basis.InputError. The first group comes from the strict JSON layer; the
// second from the register's own rules on ids and references.
const (
	CodeJSONSyntax          Code = "gdpr/" + strictjson.Syntax          // not JSON, truncated or empty
	CodeJSONTrailingData    Code = "gdpr/" + strictjson.TrailingData    // something after the register's object
	CodeJSONDuplicateMember Code = "gdpr/" + strictjson.DuplicateMember // an object with two members of one name
	CodeJSONUnknownMember   Code = "gdpr/" + strictjson.UnknownMember   // a member the format does not define (names are case-sensitive)
	CodeJSONWrongType       Code = "gdpr/" + strictjson.WrongType       // a value of the wrong JSON type, or null
	CodeJSONBadValue        Code = "gdpr/" + strictjson.BadValue        // an unknown code, a bad date or period, a number out of range
	CodeJSONTooDeep         Code = "gdpr/" + strictjson.TooDeep         // nesting deeper than MaxDepth
	CodeJSONTooLarge        Code = "gdpr/" + strictjson.TooLarge        // input longer than MaxBytes
	CodeJSONTooManyItems    Code = "gdpr/" + strictjson.TooManyItems    // more than MaxItems values
	CodeJSONInvalidUTF8     Code = "gdpr/" + strictjson.InvalidUTF8     // a string that is not UTF-8

	// CodeIDMissing: an element that others refer to has no id.
	CodeIDMissing Code = "gdpr/id-missing"
	// CodeIDInvalid: an id or reference is not a lowercase slug.
	CodeIDInvalid Code = "gdpr/id-invalid"
	// CodeIDDuplicate: two elements of one kind have the same id (or two
	// statements of one right, or of one exemption).
	CodeIDDuplicate Code = "gdpr/id-duplicate"
	// CodeReferenceDangling: a reference names no element of its kind.
	CodeReferenceDangling Code = "gdpr/reference-dangling"
	// CodeReferenceDuplicate: one list names the same element twice.
	CodeReferenceDuplicate Code = "gdpr/reference-duplicate"
	// CodeEncode: a value cannot be encoded (an enumeration out of range,
	// a date that does not exist, a nil register).
	CodeEncode Code = "gdpr/json-encode"
)

// The limits [Decode] applies to its input.
const (
	MaxBytes = 16 << 20 // the longest input, in bytes
	MaxDepth = 16       // the deepest nesting of objects and arrays (the format needs 7)
	MaxItems = 1 << 21  // the most JSON values in all
	MaxIDLen = 100      // the longest id, in bytes
)

// plainRegister has Register's fields and none of its methods, so that the
// JSON layers see the struct rather than Register's MarshalJSON and
// UnmarshalJSON.
type plainRegister Register

var decodeOptions = strictjson.Options{Prefix: "gdpr", MaxBytes: MaxBytes, MaxDepth: MaxDepth, MaxItems: MaxItems}

// Decode decodes a register from its JSON format (FORMAT.md) strictly: it
// rejects input that is not one JSON object, unknown or repeated members,
// member names in the wrong case, values of the wrong type, unknown codes,
// malformed dates and periods, input deeper than [MaxDepth], longer than
// [MaxBytes] or with more than [MaxItems] values, and then missing,
// malformed and repeated ids and references to no element. The error is a
// *basis.InputError with the JSON path of the offending value and its
// line and column in data; its Code is one of the CodeJSON… or CodeID…
// and CodeReference… constants.
func Decode(data []byte) (*Register, error) {
	var r Register
	if err := strictjson.Decode(data, (*plainRegister)(&r), decodeOptions); err != nil {
		return nil, err
	}
	if e := r.checkIDs(); e != nil {
		e.Line, e.Column = locate(data, e.Path)
		return nil, e
	}
	return &r, nil
}

// Encode returns the JSON format of r: members in the order of the Go
// fields, empty members left out, indented by two spaces, with a trailing
// newline and no HTML escaping. The output is deterministic: the same
// register always gives the same bytes, and [Decode] gives back an equal
// register. A register that Decode would refuse for its ids or references
// is refused with the same error (without a line and column), and so is an
// enumeration out of range or a date that does not exist ([CodeEncode]).
func Encode(r *Register) ([]byte, error) {
	if r == nil {
		return nil, &basis.InputError{Code: CodeEncode, Message: "no register to encode (nil)"}
	}
	if e := r.checkIDs(); e != nil {
		return nil, e
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode((*plainRegister)(r)); err != nil {
		msg := err.Error()
		var me *json.MarshalerError
		if errors.As(err, &me) && me.Unwrap() != nil {
			msg = me.Unwrap().Error()
		}
		return nil, &basis.InputError{Code: CodeEncode, Message: "the register cannot be encoded: " + text.Clip(msg), Err: err}
	}
	return buf.Bytes(), nil
}

// MarshalJSON returns [Encode]'s output, so a Register inside another
// value encodes in its own format (encoding/json compacts the indentation).
func (r Register) MarshalJSON() ([]byte, error) { return Encode(&r) }

// UnmarshalJSON decodes with [Decode]; lines and columns are counted in
// the register's own text. On error r is unchanged.
func (r *Register) UnmarshalJSON(data []byte) error {
	x, err := Decode(data)
	if err != nil {
		return err
	}
	*r = *x
	return nil
}

// checkIDs returns the first problem with the register's ids and
// references, in the order of the format, or nil.
func (r *Register) checkIDs() *basis.InputError {
	c := idChecker{}
	c.kind("entities", "controller.entities", len(r.Controller.Entities), func(i int) string { return r.Controller.Entities[i].ID })
	c.kind("subjects", "subjects", len(r.Subjects), func(i int) string { return r.Subjects[i].ID })
	c.kind("data", "data", len(r.Data), func(i int) string { return r.Data[i].ID })
	c.kind("recipients", "recipients", len(r.Recipients), func(i int) string { return r.Recipients[i].ID })
	c.kind("transfers", "transfers", len(r.Transfers), func(i int) string { return r.Transfers[i].ID })
	c.kind("retention", "retention", len(r.Retention), func(i int) string { return r.Retention[i].ID })
	c.kind("activities", "activities", len(r.Activities), func(i int) string { return r.Activities[i].ID })
	if c.err != nil {
		return c.err
	}
	for i, e := range r.Controller.Entities {
		c.refs(basis.Index("controller.entities", i)+".activities", "activities", e.Activities)
	}
	for i, t := range r.Transfers {
		c.refs(basis.Index("transfers", i)+".recipients", "recipients", t.Recipients)
	}
	for i, rule := range r.Retention {
		if rule.Data != "" {
			c.ref(basis.Index("retention", i)+".data", "data", rule.Data)
		}
	}
	for i := range r.Activities {
		a := &r.Activities[i]
		p := basis.Index("activities", i)
		c.refs(p+".subjects", "subjects", a.Subjects)
		c.refs(p+".data", "data", a.Data)
		for j, s := range a.Special {
			c.refs(basis.Index(p+".special", j)+".data", "data", s.Data)
		}
		for j, s := range a.Criminal {
			c.refs(basis.Index(p+".criminal", j)+".data", "data", s.Data)
		}
		c.refs(p+".recipients", "recipients", a.Recipients)
		c.refs(p+".transfers", "transfers", a.Transfers)
		c.refs(p+".retention", "retention", a.Retention)
		if c.err != nil {
			return c.err
		}
	}
	seenRight := map[string]int{}
	for i, s := range r.Rights.Rights {
		c.unique(seenRight, "rights.rights", "right", i, s.Right.String(), "right")
	}
	seenEx := map[string]int{}
	for i, s := range r.Rights.Exemptions {
		c.unique(seenEx, "rights.exemptions", "exemption", i, s.Exemption.String(), "exemption")
	}
	return c.err
}

// idChecker collects the ids of each kind and keeps the first problem.
type idChecker struct {
	ids map[string]map[string]int // kind → id → index
	err *basis.InputError
}

func (c *idChecker) kind(kind, path string, n int, id func(int) string) {
	if c.ids == nil {
		c.ids = map[string]map[string]int{}
	}
	m := make(map[string]int, n)
	c.ids[kind] = m
	for i := range n {
		if c.err != nil {
			return
		}
		p := basis.Index(path, i)
		v := id(i)
		if v == "" {
			c.err = &basis.InputError{Code: CodeIDMissing, Path: p + ".id",
				Message: "an element of " + kind + " has no id; elements that others refer to need one"}
			return
		}
		if !validID(v) {
			c.err = badID(p+".id", v)
			return
		}
		c.unique(m, path, "id", i, v, "id")
	}
}

// unique records v at index i of the list at path, or reports it as a
// repeat of an earlier element.
func (c *idChecker) unique(m map[string]int, path, member string, i int, v, what string) {
	if c.err != nil {
		return
	}
	if j, dup := m[v]; dup {
		first := basis.Index(path, j) + "." + member
		c.err = &basis.InputError{Code: CodeIDDuplicate, Path: basis.Index(path, i) + "." + member, Value: v,
			Message: "the " + what + " is also that of " + first + "; " + what + "s are unique within their list"}
		return
	}
	m[v] = i
}

func (c *idChecker) refs(path, kind string, ids []string) {
	if c.err != nil || len(ids) == 0 {
		return
	}
	seen := make(map[string]int, len(ids))
	for i, id := range ids {
		p := basis.Index(path, i)
		c.ref(p, kind, id)
		if c.err != nil {
			return
		}
		if j, dup := seen[id]; dup {
			c.err = &basis.InputError{Code: CodeReferenceDuplicate, Path: p, Value: id,
				Message: "the list already names it at " + basis.Index(path, j)}
			return
		}
		seen[id] = i
	}
}

func (c *idChecker) ref(path, kind, id string) {
	if c.err != nil {
		return
	}
	if !validID(id) {
		c.err = badID(path, id)
		return
	}
	if _, ok := c.ids[kind][id]; !ok {
		c.err = &basis.InputError{Code: CodeReferenceDangling, Path: path, Value: id,
			Message: "no element of " + kind + " has this id"}
	}
}

func badID(path, id string) *basis.InputError {
	return &basis.InputError{Code: CodeIDInvalid, Path: path, Value: id,
		Message: "not an id: an id is a lowercase slug of letters a-z, digits and single '-', '.' or '_' between them, at most " +
			strconv.Itoa(MaxIDLen) + " bytes, such as \"member-contact\" or \"net-9.3\""}
}

// validID reports whether s is a lowercase slug: [a-z0-9]+ runs joined by
// single '-', '.' or '_', at most MaxIDLen bytes.
func validID(s string) bool {
	if s == "" || len(s) > MaxIDLen {
		return false
	}
	sep := true // at the start, as after a separator
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			sep = false
		case c == '-' || c == '.' || c == '_':
			if sep {
				return false
			}
			sep = true
		default:
			return false
		}
	}
	return !sep
}

// locate returns the line and column (1-based, the column in bytes) of the
// value at path in data, or of its deepest ancestor found there, or 0, 0.
// It is called only on error, so a second walk of the input costs nothing
// on the good path.
func locate(data []byte, path string) (line, col int) {
	l := locator{data: data, target: path, best: -1}
	l.dec = json.NewDecoder(bytes.NewReader(data))
	l.dec.UseNumber()
	_ = l.value("")
	if l.best < 0 {
		return 0, 0
	}
	return position(data, l.best)
}

type locator struct {
	data   []byte
	dec    *json.Decoder
	target string
	best   int // offset of the deepest ancestor (or the target) seen
}

var errFound = errors.New("found")

func (l *locator) value(path string) error {
	start := int(l.dec.InputOffset())
	for start < len(l.data) && strings.IndexByte(" \t\r\n,:", l.data[start]) >= 0 {
		start++
	}
	if !within(path, l.target) {
		var skip json.RawMessage
		return l.dec.Decode(&skip)
	}
	l.best = start
	if path == l.target {
		return errFound
	}
	tok, err := l.dec.Token()
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('{'):
		for l.dec.More() {
			k, err := l.dec.Token()
			if err != nil {
				return err
			}
			name, _ := k.(string)
			if err := l.value(basis.JoinPath(path, name)); err != nil {
				return err
			}
		}
		_, err = l.dec.Token()
	case json.Delim('['):
		for i := 0; l.dec.More(); i++ {
			if err := l.value(basis.Index(path, i)); err != nil {
				return err
			}
		}
		_, err = l.dec.Token()
	}
	return err
}

// within reports whether p is target or an ancestor of it.
func within(p, target string) bool {
	if p == "" || p == target {
		return true
	}
	return strings.HasPrefix(target, p) && (target[len(p)] == '.' || target[len(p)] == '[')
}

// position returns the 1-based line and byte column of offset in data.
func position(data []byte, offset int) (line, col int) {
	offset = min(offset, len(data))
	line = 1 + bytes.Count(data[:offset], []byte{'\n'})
	col = offset - bytes.LastIndexByte(data[:offset], '\n')
	return line, col
}

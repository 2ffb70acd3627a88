package strictjson

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// The suffixes of the codes that [Decode] and [Valid] return. The code of
// an error is [Options].Prefix, "/" and the suffix: "gdpr/json-syntax".
const (
	// Syntax: the input is not JSON (or is truncated or empty).
	Syntax = "json-syntax"
	// TrailingData: something other than white space follows the value,
	// such as the second "]" of "[]]".
	TrailingData = "json-trailing-data"
	// DuplicateMember: an object has two members of the same name; the
	// message gives both positions.
	DuplicateMember = "json-duplicate-member"
	// UnknownMember: a member names no field of the struct decoded into
	// (member names are case-sensitive); Valid lists the member names.
	UnknownMember = "json-unknown-member"
	// WrongType: the JSON type of a value is not the one the Go type needs
	// (an array for a struct, null for a string, a number for an
	// enumeration, too many elements for a Go array).
	WrongType = "json-wrong-type"
	// BadValue: a value of the right JSON type that its Go type refuses: an
	// unknown enumeration code (Valid lists the codes), a malformed date,
	// a number out of range or with a fraction for an integer.
	BadValue = "json-bad-value"
	// TooDeep: objects and arrays nest deeper than [Options].MaxDepth.
	TooDeep = "json-too-deep"
	// TooLarge: the input is longer than [Options].MaxBytes.
	TooLarge = "json-too-large"
	// TooManyItems: the input holds more than [Options].MaxItems values.
	TooManyItems = "json-too-many-items"
	// InvalidUTF8: a string (or member name) holds bytes that are not
	// UTF-8, or an unpaired UTF-16 surrogate escape.
	InvalidUTF8 = "json-invalid-utf8"
	// UnsupportedType: the target is not a non-nil pointer, or holds a Go
	// type that JSON cannot fill (a channel, a function, a complex number,
	// a non-empty interface, a map with another key type). It is a
	// programming error, reported at the first value that meets the type.
	UnsupportedType = "json-unsupported-type"
)

// The defaults that a zero or negative [Options] field stands for.
const (
	DefaultMaxBytes = 16 << 20 // 16 MiB
	DefaultMaxDepth = 64
	DefaultMaxItems = 1 << 20
	// MaxDepthLimit caps MaxDepth: encoding/json refuses deeper nesting.
	MaxDepthLimit = 10000
)

// Options bounds the input and names the codes. The zero value uses the
// defaults and the prefix "strictjson".
type Options struct {
	Prefix   string // the code prefix, such as "gdpr" for "gdpr/json-syntax"; "" is "strictjson"
	MaxBytes int    // the longest input accepted, in bytes; <= 0 is DefaultMaxBytes
	MaxDepth int    // the deepest nesting of objects and arrays; <= 0 is DefaultMaxDepth, at most MaxDepthLimit
	MaxItems int    // the most values (objects, arrays and scalars) in all; <= 0 is DefaultMaxItems
}

// Code returns the code for the given suffix under the options' prefix:
// Options{Prefix: "gdpr"}.Code(Syntax) is "gdpr/json-syntax".
func (o Options) Code(suffix string) basis.Code {
	p := o.Prefix
	if p == "" {
		p = "strictjson"
	}
	return basis.Code(p + "/" + suffix)
}

func (o Options) normalised() Options {
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.MaxDepth <= 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxDepth > MaxDepthLimit {
		o.MaxDepth = MaxDepthLimit
	}
	if o.MaxItems <= 0 {
		o.MaxItems = DefaultMaxItems
	}
	return o
}

// Decode decodes the one JSON value in data into v, which must be a non-nil
// pointer, with the checks and rules of the package doc. It returns nil or a
// *basis.InputError. On error v may be partly filled.
func Decode(data []byte, v any, opts Options) error {
	d, err := newDecoder(data, opts)
	if err != nil {
		return err
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return d.fail(UnsupportedType, 0, "", "Decode needs a non-nil pointer, not "+typeName(rv), nil, nil)
	}
	if err := d.top(func(tok json.Token) *basis.InputError { return d.store(tok, rv.Elem()) }); err != nil {
		return err
	}
	return nil
}

// Valid checks data as [Decode] does without a target: one JSON value and
// nothing after it, no repeated member, valid UTF-8, and the size, depth and
// item limits. It returns nil or a *basis.InputError.
func Valid(data []byte, opts Options) error {
	d, err := newDecoder(data, opts)
	if err != nil {
		return err
	}
	if err := d.top(func(tok json.Token) *basis.InputError {
		_, err := d.generic(tok, false)
		return err
	}); err != nil {
		return err
	}
	return nil
}

type decoder struct {
	data  []byte
	opts  Options
	pos   int // offset of the next byte to read
	depth int
	items int
	start int // offset of the first byte of the last token
	end   int // offset just after the last token
	path  []pathElem
	types map[reflect.Type]*typeInfo

	// limit is the offset of the first syntax error (len(data)+1 when the
	// input is valid JSON): no token is read at or across it.
	limit     int
	syntaxErr string // the code suffix for the error at limit
	syntaxMsg string
}

func newDecoder(data []byte, opts Options) (*decoder, *basis.InputError) {
	d := &decoder{data: data, opts: opts.normalised(), limit: len(data) + 1}
	if len(data) > d.opts.MaxBytes {
		return nil, &basis.InputError{
			Code:    d.opts.Code(TooLarge),
			Message: "the input is " + strconv.Itoa(len(data)) + " bytes, more than the limit of " + strconv.Itoa(d.opts.MaxBytes),
		}
	}
	if !json.Valid(data) {
		d.locateSyntaxError()
	}
	return d, nil
}

// locateSyntaxError finds the first syntax error with encoding/json's own
// scanner. The walk then reads tokens up to it, so that an error before it
// (a repeated member, say) is still the one reported, and a syntax error
// gets the path of the value it is in.
func (d *decoder) locateSyntaxError() {
	var raw json.RawMessage
	err := json.Unmarshal(d.data, &raw)
	d.limit, d.syntaxErr, d.syntaxMsg = 0, Syntax, "malformed JSON"
	se, ok := errors.AsType[*json.SyntaxError](err)
	if !ok {
		return
	}
	msg := se.Error()
	d.limit = int(se.Offset) - 1 // the offending byte
	switch {
	case strings.HasPrefix(msg, "unexpected end"):
		d.limit = len(d.data)
		msg = "unexpected end of input"
		if len(bytes.TrimLeft(d.data, " \t\r\n")) == 0 {
			msg = "empty input"
		}
	case strings.Contains(msg, "exceeded max depth"):
		d.syntaxErr = TooDeep
		msg = "objects and arrays nest more than " + strconv.Itoa(MaxDepthLimit) + " deep"
	case strings.Contains(msg, "after top-level value"):
		d.syntaxErr = TrailingData
		msg = "data after the JSON value"
	}
	d.limit = max(0, min(d.limit, len(d.data)))
	d.syntaxMsg = text.Clip(msg)
}

// top reads the one value with fn and checks that only white space follows.
func (d *decoder) top(fn func(json.Token) *basis.InputError) *basis.InputError {
	tok, err := d.next()
	if err != nil {
		return err
	}
	if err := d.begin(tok); err != nil {
		return err
	}
	if err := fn(tok); err != nil {
		return err
	}
	for i := d.pos; i < len(d.data); i++ {
		switch d.data[i] {
		case ' ', '\t', '\n', '\r':
			continue
		}
		return d.fail(TrailingData, i, string(d.data[i:]), "data after the JSON value", nil, nil)
	}
	return nil
}

// next reads the next token, skipping white space and separators, and
// records where it is. The input up to limit is valid JSON, so the
// grammar is not checked again here; a token that reaches the limit is the
// syntax error.
func (d *decoder) next() (json.Token, *basis.InputError) {
	kind, unescaped, escaped, err := d.lex()
	if err != nil {
		return nil, err
	}
	switch kind {
	case '"':
		if escaped {
			return unescaped, nil
		}
		return string(d.data[d.start+1 : d.end-1]), nil
	case '0':
		return json.Number(d.data[d.start:d.end]), nil
	case 't':
		return true, nil
	case 'f':
		return false, nil
	case 'n':
		return nil, nil
	}
	return json.Delim(kind), nil
}

// key reads the next token in the place of a member name: the name, or ok
// false for the "}" that ends the object. The name is the input's own bytes
// when it has no escapes, so looking it up allocates nothing.
func (d *decoder) key() (name []byte, ok bool, err *basis.InputError) {
	kind, unescaped, escaped, err := d.lex()
	if err != nil {
		return nil, false, err
	}
	if kind != '"' {
		return nil, false, nil // '}': the input up to limit is valid JSON
	}
	if err := d.checkString(); err != nil {
		return nil, false, err
	}
	if escaped {
		return []byte(unescaped), true, nil
	}
	return d.data[d.start+1 : d.end-1], true, nil
}

// lex reads the next token, skipping white space and separators, and
// records where it is. kind is the delimiter, '"' for a string (with its
// unescaped text when it has escapes), '0' for a number, 't', 'f' or 'n'.
// The input up to limit is valid JSON, so the grammar is not checked again
// here; a token that reaches the limit is the syntax error.
func (d *decoder) lex() (kind byte, unescaped string, escaped bool, err *basis.InputError) {
	data := d.data
	i := d.pos
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r', ',', ':':
			i++
			continue
		}
		break
	}
	if i >= d.limit || i >= len(data) {
		return 0, "", false, d.syntax()
	}
	d.start = i
	switch kind = data[i]; kind {
	case '{', '}', '[', ']':
		i++
	case '"':
		j := i + 1
		for j < len(data) && data[j] != '"' {
			if data[j] == '\\' {
				escaped = true
				j++
			}
			j++
		}
		if j >= len(data) || j >= d.limit {
			return 0, "", false, d.syntax()
		}
		j++
		if escaped {
			u, ok := unquote(data[i:j])
			if !ok {
				return 0, "", false, d.syntax()
			}
			unescaped = u
		}
		i = j
	case 't':
		i += 4
	case 'f':
		i += 5
	case 'n':
		i += 4
	default:
		kind = '0'
		j := i
		for j < len(data) && isNumberByte(data[j]) {
			j++
		}
		if j == i || (j >= d.limit && !json.Valid(data[i:j])) {
			return 0, "", false, d.syntax()
		}
		i = j
	}
	if i > d.limit || i > len(data) {
		return 0, "", false, d.syntax()
	}
	d.pos, d.end = i, i
	return kind, unescaped, escaped, nil
}

func isNumberByte(c byte) bool {
	return '0' <= c && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

// begin counts a token that starts a value, checks the depth of an opening
// delimiter and the UTF-8 of a string.
func (d *decoder) begin(tok json.Token) *basis.InputError {
	d.items++
	if d.items > d.opts.MaxItems {
		return d.fail(TooManyItems, d.start, "", "more than "+strconv.Itoa(d.opts.MaxItems)+" values", nil, nil)
	}
	switch t := tok.(type) {
	case json.Delim:
		if t == '{' || t == '[' {
			d.depth++
			if d.depth > d.opts.MaxDepth {
				return d.fail(TooDeep, d.start, "", "objects and arrays nest more than "+strconv.Itoa(d.opts.MaxDepth)+" deep", nil, nil)
			}
		}
	case string:
		return d.checkString()
	}
	return nil
}

// checkString checks the raw bytes of the string token just read.
func (d *decoder) checkString() *basis.InputError {
	if i, msg := badString(d.data[d.start:d.end]); i >= 0 {
		return d.fail(InvalidUTF8, d.start+i, string(d.data[d.start+1:d.end-1]), msg, nil, nil)
	}
	return nil
}

// syntax returns the error at limit.
func (d *decoder) syntax() *basis.InputError {
	suffix, msg := d.syntaxErr, d.syntaxMsg
	if suffix == "" {
		// Not reached: valid JSON has no token past its end.
		suffix, msg = Syntax, "unexpected end of input"
	}
	return d.fail(suffix, min(d.limit, len(d.data)), "", msg, nil, nil)
}

// fail returns an error at offset off and the current path.
func (d *decoder) fail(suffix string, off int, value, msg string, valid []string, cause error) *basis.InputError {
	line, col := d.lineCol(off)
	return &basis.InputError{
		Code:    d.opts.Code(suffix),
		Path:    d.pathString(),
		Line:    line,
		Column:  col,
		Value:   text.Clip(value),
		Valid:   valid,
		Message: msg,
		Err:     cause,
	}
}

// lineCol returns the 1-based line and byte column of offset off.
func (d *decoder) lineCol(off int) (line, col int) {
	off = max(0, min(off, len(d.data)))
	before := d.data[:off]
	return 1 + bytes.Count(before, []byte{'\n'}), off - (bytes.LastIndexByte(before, '\n') + 1) + 1
}

// typeError reports a token of the wrong JSON type for t.
func (d *decoder) typeError(t reflect.Type, tok json.Token, want string) *basis.InputError {
	got := tokenKind(tok)
	return d.fail(WrongType, d.start, tokenValue(tok), "expected "+want+" for "+t.String()+", got "+got, nil, nil)
}

// badValue reports a leaf's error, copying the valid codes of a
// *basis.ParseError.
func (d *decoder) badValue(t reflect.Type, value string, cause error) *basis.InputError {
	var valid []string
	msg := "bad " + t.String() + ": " + text.Clip(cause.Error())
	if ie, ok := errors.AsType[*basis.InputError](cause); ok {
		// A leaf that reports its own InputError (a retention period, say):
		// keep its words and valid values; its code stays reachable through
		// Err for errors.As and errors.Is.
		msg = "bad " + t.String() + ": " + text.Clip(ie.Message)
		valid = ie.Valid
	} else if pe, ok := errors.AsType[*basis.ParseError](cause); ok {
		valid = pe.Valid
		if pe.Value == "" {
			msg = "empty code for " + pe.Type
		} else {
			msg = "unknown code for " + pe.Type
		}
	}
	return d.fail(BadValue, d.start, value, msg, valid, cause)
}

func tokenKind(tok json.Token) string {
	switch t := tok.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case string:
		return "string"
	case json.Number:
		return "number"
	case json.Delim:
		if t == '{' {
			return "object"
		}
		return "array"
	}
	return "unknown token"
}

func tokenValue(tok json.Token) string {
	switch t := tok.(type) {
	case string:
		return t
	case json.Number:
		return string(t)
	case bool:
		return strconv.FormatBool(t)
	}
	return ""
}

func typeName(v reflect.Value) string {
	if !v.IsValid() {
		return "nil"
	}
	if v.Kind() == reflect.Pointer {
		return "nil " + v.Type().String()
	}
	return v.Type().String()
}

var (
	jsonUnmarshalerType = reflect.TypeFor[json.Unmarshaler]()
	textUnmarshalerType = reflect.TypeFor[encoding.TextUnmarshaler]()
	numberType          = reflect.TypeFor[json.Number]()
)

// typeInfo is what the decoder needs to know about a Go type, computed once
// per type per call.
type typeInfo struct {
	unmarshaler     bool // *T implements json.Unmarshaler
	textUnmarshaler bool // *T implements encoding.TextUnmarshaler
	bytes           bool // []byte without unmarshalers of its own: base64
	fields          *structInfo
}

func (d *decoder) info(t reflect.Type) *typeInfo {
	if ti, ok := d.types[t]; ok {
		return ti
	}
	if d.types == nil {
		d.types = make(map[reflect.Type]*typeInfo)
	}
	pt := reflect.PointerTo(t)
	ti := &typeInfo{
		unmarshaler:     pt.Implements(jsonUnmarshalerType),
		textUnmarshaler: pt.Implements(textUnmarshalerType),
	}
	if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
		ept := reflect.PointerTo(t.Elem())
		ti.bytes = !ept.Implements(jsonUnmarshalerType) && !ept.Implements(textUnmarshalerType)
	}
	if t.Kind() == reflect.Struct {
		ti.fields = typeFields(t)
	}
	d.types[t] = ti
	return ti
}

// store decodes the value that starts with tok (already counted by begin)
// into v, which is addressable.
func (d *decoder) store(tok json.Token, v reflect.Value) *basis.InputError {
	t := v.Type()
	if tok == nil {
		switch t.Kind() {
		case reflect.Pointer, reflect.Map, reflect.Slice, reflect.Interface:
			v.SetZero()
			return nil
		}
		return d.fail(WrongType, d.start, "", "expected a value for "+t.String()+", got null (only a pointer, slice, map or interface may be null)", nil, nil)
	}
	if t.Kind() == reflect.Pointer {
		if v.IsNil() {
			v.Set(reflect.New(t.Elem()))
		}
		return d.store(tok, v.Elem())
	}
	ti := d.info(t)
	switch {
	case ti.unmarshaler:
		start := d.start
		if delim, ok := tok.(json.Delim); ok {
			if _, err := d.container(delim, false); err != nil {
				return err
			}
		}
		raw := d.data[start:d.end]
		if err := v.Addr().Interface().(json.Unmarshaler).UnmarshalJSON(raw); err != nil {
			d.start = start
			return d.badValue(t, tokenValue(tok), err)
		}
		return nil
	case ti.textUnmarshaler:
		s, ok := tok.(string)
		if !ok {
			return d.typeError(t, tok, "a string")
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return d.badValue(t, s, err)
		}
		return nil
	}
	switch t.Kind() {
	case reflect.String:
		if t == numberType {
			n, ok := tok.(json.Number)
			if !ok {
				return d.typeError(t, tok, "a number")
			}
			v.SetString(string(n))
			return nil
		}
		s, ok := tok.(string)
		if !ok {
			return d.typeError(t, tok, "a string")
		}
		v.SetString(s)
	case reflect.Bool:
		b, ok := tok.(bool)
		if !ok {
			return d.typeError(t, tok, "a boolean")
		}
		v.SetBool(b)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, ok := tok.(json.Number)
		if !ok {
			return d.typeError(t, tok, "a number")
		}
		i, err := strconv.ParseInt(string(n), 10, t.Bits())
		if err != nil {
			return d.badValue(t, string(n), numberError(err, "an integer"))
		}
		v.SetInt(i)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		n, ok := tok.(json.Number)
		if !ok {
			return d.typeError(t, tok, "a number")
		}
		u, err := strconv.ParseUint(string(n), 10, t.Bits())
		if err != nil {
			return d.badValue(t, string(n), numberError(err, "a non-negative integer"))
		}
		v.SetUint(u)
	case reflect.Float32, reflect.Float64:
		n, ok := tok.(json.Number)
		if !ok {
			return d.typeError(t, tok, "a number")
		}
		f, err := strconv.ParseFloat(string(n), t.Bits())
		if err != nil {
			return d.badValue(t, string(n), numberError(err, "a number"))
		}
		v.SetFloat(f)
	case reflect.Struct:
		if tok != json.Delim('{') {
			return d.typeError(t, tok, "an object")
		}
		return d.object(v, ti.fields)
	case reflect.Map:
		if tok != json.Delim('{') {
			return d.typeError(t, tok, "an object")
		}
		return d.mapValue(v)
	case reflect.Slice:
		if ti.bytes {
			if _, ok := tok.(string); !ok {
				return d.typeError(t, tok, "a base64 string")
			}
			if err := json.Unmarshal(d.data[d.start:d.end], v.Addr().Interface()); err != nil {
				return d.badValue(t, tokenValue(tok), err)
			}
			return nil
		}
		if tok != json.Delim('[') {
			return d.typeError(t, tok, "an array")
		}
		return d.slice(v)
	case reflect.Array:
		if tok != json.Delim('[') {
			return d.typeError(t, tok, "an array")
		}
		return d.array(v)
	case reflect.Interface:
		if t.NumMethod() != 0 {
			return d.fail(UnsupportedType, d.start, "", "cannot decode into the non-empty interface "+t.String(), nil, nil)
		}
		x, err := d.generic(tok, true)
		if err != nil {
			return err
		}
		if x == nil {
			v.SetZero()
		} else {
			v.Set(reflect.ValueOf(x))
		}
	default:
		return d.fail(UnsupportedType, d.start, "", "cannot decode JSON into "+t.String(), nil, nil)
	}
	return nil
}

// numberError says what was wrong with a number strconv refused.
func numberError(err error, want string) error {
	if ne, ok := errors.AsType[*strconv.NumError](err); ok && errors.Is(ne.Err, strconv.ErrRange) {
		return errors.New("out of range")
	}
	return errors.New("not " + want)
}

// object decodes the members of an object (its "{" read) into the struct v.
func (d *decoder) object(v reflect.Value, si *structInfo) *basis.InputError {
	var seen []int // offset+1 of each field's member name; 0 when not seen
	for {
		name, more, err := d.key()
		if err != nil {
			return err
		}
		if !more {
			d.depth--
			return nil
		}
		idx, ok := si.byName[string(name)]
		if !ok {
			key := string(name)
			msg := "unknown member " + strconv.Quote(text.Clip(key))
			for _, n := range si.names {
				if strings.EqualFold(n, key) {
					msg += " (member names are case-sensitive: did you mean " + strconv.Quote(n) + "?)"
					break
				}
			}
			d.path = append(d.path, pathElem{kind: pathField, s: key})
			return d.fail(UnknownMember, d.start, key, msg, si.names, nil)
		}
		f := &si.fields[idx]
		d.path = append(d.path, pathElem{kind: pathField, s: f.name})
		if seen == nil {
			seen = make([]int, len(si.fields))
		}
		if first := seen[idx]; first != 0 {
			return d.duplicate(f.name, first-1)
		}
		seen[idx] = d.start + 1
		fv, ferr := d.fieldByIndex(v, f.index)
		if ferr != nil {
			return ferr
		}
		if err := d.member(fv, f.quoted); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
	}
}

// member reads and decodes one value into v; quoted values (",string")
// are read from inside a JSON string.
func (d *decoder) member(v reflect.Value, quoted bool) *basis.InputError {
	tok, err := d.next()
	if err != nil {
		return err
	}
	if err := d.begin(tok); err != nil {
		return err
	}
	if !quoted {
		return d.store(tok, v)
	}
	s, ok := tok.(string)
	if !ok {
		return d.typeError(v.Type(), tok, "a string holding the value")
	}
	if err := json.Unmarshal([]byte(s), v.Addr().Interface()); err != nil {
		return d.badValue(v.Type(), s, err)
	}
	return nil
}

func (d *decoder) duplicate(key string, first int) *basis.InputError {
	fl, fc := d.lineCol(first)
	sl, sc := d.lineCol(d.start)
	msg := "member " + strconv.Quote(text.Clip(key)) + " appears twice: at " +
		strconv.Itoa(fl) + ":" + strconv.Itoa(fc) + " and at " + strconv.Itoa(sl) + ":" + strconv.Itoa(sc)
	return d.fail(DuplicateMember, d.start, key, msg, nil, nil)
}

// fieldByIndex returns the field of struct v at index, allocating embedded
// pointers on the way.
func (d *decoder) fieldByIndex(v reflect.Value, index []int) (reflect.Value, *basis.InputError) {
	for i, x := range index {
		if i > 0 && v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() {
					return v, d.fail(UnsupportedType, d.start, "", "cannot set the embedded pointer "+v.Type().String(), nil, nil)
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		v = v.Field(x)
	}
	return v, nil
}

// mapValue decodes the members of an object (its "{" read) into the map v.
func (d *decoder) mapValue(v reflect.Value) *basis.InputError {
	t := v.Type()
	kt := t.Key()
	kti := d.info(kt)
	switch {
	case kti.textUnmarshaler:
	default:
		switch kt.Kind() {
		case reflect.String,
			reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		default:
			return d.fail(UnsupportedType, d.start, "", "cannot decode an object into "+t.String()+": bad key type", nil, nil)
		}
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(t))
	}
	var keys keySet
	for {
		name, more, err := d.key()
		if err != nil {
			return err
		}
		if !more {
			d.depth--
			return nil
		}
		key := string(name)
		d.path = append(d.path, pathElem{kind: pathKey, s: key})
		if first, dup := keys.add(key, d.start); dup {
			return d.duplicate(key, first)
		}
		kv, kerr := d.mapKey(kt, kti, key)
		if kerr != nil {
			return kerr
		}
		ev := reflect.New(t.Elem()).Elem()
		if err := d.member(ev, false); err != nil {
			return err
		}
		v.SetMapIndex(kv, ev)
		d.path = d.path[:len(d.path)-1]
	}
}

func (d *decoder) mapKey(kt reflect.Type, kti *typeInfo, key string) (reflect.Value, *basis.InputError) {
	kv := reflect.New(kt).Elem()
	if kti.textUnmarshaler {
		if err := kv.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(key)); err != nil {
			return kv, d.badValue(kt, key, err)
		}
		return kv, nil
	}
	switch kt.Kind() {
	case reflect.String:
		kv.SetString(key)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		i, err := strconv.ParseInt(key, 10, kt.Bits())
		if err != nil {
			return kv, d.badValue(kt, key, numberError(err, "an integer"))
		}
		kv.SetInt(i)
	default:
		u, err := strconv.ParseUint(key, 10, kt.Bits())
		if err != nil {
			return kv, d.badValue(kt, key, numberError(err, "a non-negative integer"))
		}
		kv.SetUint(u)
	}
	return kv, nil
}

// slice decodes the elements of an array (its "[" read) into a new slice
// that replaces v.
func (d *decoder) slice(v reflect.Value) *basis.InputError {
	s := reflect.MakeSlice(v.Type(), 0, 0)
	for i := 0; ; i++ {
		tok, err := d.next()
		if err != nil {
			return err
		}
		if tok == json.Delim(']') {
			d.depth--
			v.Set(s)
			return nil
		}
		d.path = append(d.path, pathElem{kind: pathIndex, i: i})
		if err := d.begin(tok); err != nil {
			return err
		}
		s = reflect.Append(s, reflect.Zero(s.Type().Elem()))
		if err := d.store(tok, s.Index(i)); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
	}
}

// array decodes the elements of an array (its "[" read) into the Go array
// v, zeroing the elements not given.
func (d *decoder) array(v reflect.Value) *basis.InputError {
	for i := 0; ; i++ {
		tok, err := d.next()
		if err != nil {
			return err
		}
		if tok == json.Delim(']') {
			d.depth--
			for j := i; j < v.Len(); j++ {
				v.Index(j).SetZero()
			}
			return nil
		}
		d.path = append(d.path, pathElem{kind: pathIndex, i: i})
		if err := d.begin(tok); err != nil {
			return err
		}
		if i >= v.Len() {
			return d.fail(WrongType, d.start, "", "expected at most "+strconv.Itoa(v.Len())+" elements for "+v.Type().String(), nil, nil)
		}
		if err := d.store(tok, v.Index(i)); err != nil {
			return err
		}
		d.path = d.path[:len(d.path)-1]
	}
}

// generic reads the value that starts with tok (already counted by begin)
// with every check, and returns it as map[string]any, []any, json.Number,
// string, bool or nil when build is set.
func (d *decoder) generic(tok json.Token, build bool) (any, *basis.InputError) {
	if delim, ok := tok.(json.Delim); ok {
		return d.container(delim, build)
	}
	return tok, nil
}

// container reads the rest of an object or array whose opening delimiter
// has been read and counted.
func (d *decoder) container(delim json.Delim, build bool) (any, *basis.InputError) {
	if delim == '[' {
		var out []any
		if build {
			out = []any{}
		}
		for i := 0; ; i++ {
			tok, err := d.next()
			if err != nil {
				return nil, err
			}
			if tok == json.Delim(']') {
				d.depth--
				return out, nil
			}
			d.path = append(d.path, pathElem{kind: pathIndex, i: i})
			if err := d.begin(tok); err != nil {
				return nil, err
			}
			x, err := d.generic(tok, build)
			if err != nil {
				return nil, err
			}
			d.path = d.path[:len(d.path)-1]
			if build {
				out = append(out, x)
			}
		}
	}
	var out map[string]any
	if build {
		out = map[string]any{}
	}
	var keys keySet
	for {
		name, more, err := d.key()
		if err != nil {
			return nil, err
		}
		if !more {
			d.depth--
			return out, nil
		}
		key := string(name)
		d.path = append(d.path, pathElem{kind: pathMember, s: key})
		if first, dup := keys.add(key, d.start); dup {
			return nil, d.duplicate(key, first)
		}
		tok, err := d.next()
		if err != nil {
			return nil, err
		}
		if err := d.begin(tok); err != nil {
			return nil, err
		}
		x, err := d.generic(tok, build)
		if err != nil {
			return nil, err
		}
		d.path = d.path[:len(d.path)-1]
		if build {
			out[key] = x
		}
	}
}

// keySet holds the member names of one object with the offsets where they
// appear: a short list while small, a map beyond.
type keySet struct {
	small []keyOffset
	big   map[string]int
}

type keyOffset struct {
	key string
	off int
}

const keySetSmall = 16

// add records key at off; if key is already there it returns the offset of
// the first occurrence and true.
func (s *keySet) add(key string, off int) (int, bool) {
	if s.big != nil {
		if first, ok := s.big[key]; ok {
			return first, true
		}
		s.big[key] = off
		return 0, false
	}
	for _, k := range s.small {
		if k.key == key {
			return k.off, true
		}
	}
	if len(s.small) < keySetSmall {
		s.small = append(s.small, keyOffset{key, off})
		return 0, false
	}
	s.big = make(map[string]int, 2*keySetSmall)
	for _, k := range s.small {
		s.big[k.key] = k.off
	}
	s.small = nil
	s.big[key] = off
	return 0, false
}

type pathKind uint8

const (
	pathField pathKind = iota
	pathKey
	pathIndex
	pathMember // a member of an object of unknown Go type: a field if it looks like one, else a key
)

// pathElem is one step of the path to the value being decoded; the path is
// rendered only for an error.
type pathElem struct {
	kind pathKind
	s    string
	i    int
}

// maxPath bounds the length of a rendered path: a path through 10,000
// levels is cut in the middle, keeping its start and the end where the
// error is.
const maxPath = 256

func (d *decoder) pathString() string {
	p := d.fullPath()
	if len(p) <= maxPath {
		return p
	}
	head, tail := maxPath/4, maxPath/2
	for head > 0 && !utf8.RuneStart(p[head]) {
		head--
	}
	cut := len(p) - tail
	for cut < len(p) && !utf8.RuneStart(p[cut]) {
		cut++
	}
	return p[:head] + "…(" + strconv.Itoa(cut-head) + " bytes)…" + p[cut:]
}

func (d *decoder) fullPath() string {
	p := ""
	for _, e := range d.path {
		switch e.kind {
		case pathField:
			p = basis.JoinPath(p, text.Clip(e.s))
		case pathKey:
			p = basis.Key(p, text.Clip(e.s))
		case pathIndex:
			p = basis.Index(p, e.i)
		case pathMember:
			if isIdentifier(e.s) {
				p = basis.JoinPath(p, e.s)
			} else {
				p = basis.Key(p, text.Clip(e.s))
			}
		}
	}
	return p
}

// isIdentifier reports whether a member name can be written as a field in a
// path (letters, digits and underscores, not starting with a digit).
func isIdentifier(s string) bool {
	if s == "" || len(s) > text.MaxQuoted {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_', 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' && i > 0:
		default:
			return false
		}
	}
	return true
}

// unquote returns the text of a JSON string literal with escapes. It is a
// function of its own so that the string it decodes into does not move the
// lexer's results to the heap.
func unquote(raw []byte) (string, bool) {
	var s string
	if err := json.Unmarshal(raw, &s); err != nil {
		return "", false
	}
	return s, true
}

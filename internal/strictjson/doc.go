// Package strictjson decodes JSON strictly: it is the layer under the
// register's decoder (gdpr) and rights.DecodeLog.
//
// The standard library's json.Unmarshal accepts a repeated member (the last
// one wins), matches member names case-insensitively, ignores unknown
// members, silently replaces invalid UTF-8 with U+FFFD and reports errors
// without a path or a line. [Decode] refuses all of that, so a document
// means exactly one thing.
//
// The grammar is encoding/json's own: the input is first checked with
// json.Valid (no allocation), and only when that fails is the first syntax
// error located with encoding/json's scanner. A small lexer then reads the
// tokens, never at or past that first error, alongside the Go type of the
// target (reflection), so an error before it (a repeated member, say) is
// still the one reported, and a syntax error carries the path of the value
// it is in. Strings with escapes are unescaped by encoding/json. (A first
// version walked json.Decoder.Token; it was 2.4 times slower and allocated
// 2.6 times as much, and its SyntaxError offsets are relative to the value
// it was reading, so they could not give a line and column.)
//
// # Guarantees
//
// Whatever [Decode] or [Valid] accepts is one JSON value (RFC 8259), with
// nothing but white space after it, in which:
//
//   - no object has two members of the same name (compared after unescaping,
//     so "a" and "\u0061" are the same name);
//   - every string is valid UTF-8 and has no unpaired UTF-16 surrogate
//     escape such as "\ud800" (RFC 8259 §8.2; I-JSON, RFC 7493 §2.1);
//   - objects and arrays nest at most [Options].MaxDepth deep, there are at
//     most [Options].MaxItems values in all, and the input is at most
//     [Options].MaxBytes long (checked before any parsing).
//
// Control characters are what JSON allows: a raw one in a string is a
// syntax error, an escaped one ("\u0000") is accepted.
//
// [Decode] also guarantees that every member of an object decoded into a
// struct names a field exactly (the `json` tag name, case and all) and that
// every value has the JSON type its Go type needs: a number for an int, a
// string for a string or an enumeration, an array of at most N elements for
// [N]T.
//
// # How Go types are decoded
//
//   - A struct is an object. Its members are its exported fields named by
//     their `json` tag name, or the Go name where the tag gives none;
//     `json:"-"` fields are skipped. Fields of embedded structs are
//     promoted as encoding/json promotes them (the shallowest wins, a tagged
//     field beats an untagged one at the same depth, other clashes drop the
//     name); an embedded exported pointer to a struct is allocated when one
//     of its fields is decoded, an unexported one is not followed. Options
//     such as omitempty and omitzero do not matter to decoding; ",string"
//     reads the value from inside a JSON string, as encoding/json does.
//     Members absent from the input leave their field as it was. There is
//     no required-member facility: a caller that needs one checks the
//     decoded value.
//   - A map is an object; its key type is a string kind, an integer kind or
//     a type whose pointer implements encoding.TextUnmarshaler (tried
//     first). A map that is nil is made; entries are added to an existing
//     one.
//   - A slice is an array (a new slice replaces the old one); []byte is a
//     base64 string as in encoding/json. An array [N]T takes at most N
//     elements and zeroes those not given.
//   - A pointer is allocated when nil and the value decoded into what it
//     points to.
//   - An empty interface (any) takes any value as map[string]any, []any,
//     json.Number, string, bool or nil, with the same checks. Other
//     interface types, channels, functions and complex numbers are refused
//     with the code suffix [UnsupportedType].
//   - json.Number takes a number (as text, exactly as written), and
//     json.RawMessage any value (its bytes, after the same checks).
//   - A leaf is a type whose pointer implements json.Unmarshaler (given
//     the value's raw bytes, objects and arrays included after the same
//     strict checks; time.Time is one) or else encoding.TextUnmarshaler
//     (given the unescaped string; any other JSON type is a [WrongType]
//     error), or a basic kind: string, bool, the integers (a number with no
//     fraction or exponent, in range) and the floats (in range). A leaf's
//     error becomes a [BadValue] error with the path and position; when the
//     cause is a *basis.ParseError (a bad enumeration code) its Valid list
//     is copied to the InputError; when it is a *basis.InputError of its
//     own (a retention period, say) its message and Valid list are kept.
//     Either way the cause is the InputError's Err, so errors.As finds it
//     and errors.Is matches its code, while [basis.CodeOf] gives the
//     decoder's code.
//
// JSON null is accepted only where the Go type has a nil: it sets a pointer,
// map, slice or interface to nil. Anywhere else (a string, a number, a
// struct, time.Time) it is a [WrongType] error, so null never stands in for
// a value silently. json.Marshal never writes null for those types.
//
// # Errors
//
// Every error is a *basis.InputError whose Code is [Options].Prefix, a slash
// and one of the suffixes below ("gdpr/json-duplicate-member"); its Path
// names the offending value in the module's path syntax
// (`activities[2].grounds[0].basis`, `rules["net-9.3"]`), and Line and
// Column (1-based, the column counted in bytes) give the position of the
// offending token: the member name for an unknown or repeated member, the
// value otherwise, the first byte that is wrong for a syntax error, the
// end of the input for a truncated one. Only a too-large error has no
// position (Line 0), because nothing was read. Quoted values are bounded
// (internal/text.Clip), so a 10 MB string gives an error of a few hundred
// bytes.
//
// # Limits
//
// Decoding a 0.8 MB register-like document takes about 1.5 times as long as
// json.Unmarshal into the same type and makes about 3 times as many
// allocations (BenchmarkDecode); it is meant for documents of up to a few
// megabytes. MaxDepth
// is capped at 10000, encoding/json's own nesting limit. Struct field
// tables are computed once per type per call (no package-level cache), a
// cost that is negligible for a document and noticeable only for very
// many tiny calls.
package strictjson

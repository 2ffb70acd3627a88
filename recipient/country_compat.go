package recipient

import (
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// Error is the malformed-input error that [ParseCountry] and
// [Country.UnmarshalText] still return while [Country] is defined in this
// package. It is no findings type: checks report [Findings], and every
// other malformed input of the package is a [*basis.InputError].
//
// Deprecated: Country moves to basis (recipient.Country becomes an alias
// of basis.Country) and its parse errors become *basis.InputError; this
// file goes with that move. Match on the code with [basis.CodeOf], which
// sees this type through its CodeOf method.
type Error struct {
	Code    Code   // stable identifier, such as CodeUnknownCountry
	Article string // the standard the rule rests on ("ISO 3166-1")
	Field   string // the path of the field that held the value
	Value   string // the offending value as text
	Message string // what was wrong and what would be valid
	Err     error  // the underlying error (a *basis.ParseError)
}

// Error returns "recipient: Field "Value": Message (Article) [Code]".
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("recipient: ")
	if e.Field != "" {
		b.WriteString(e.Field)
		if e.Value != "" {
			b.WriteString(" ")
			b.WriteString(text.Quote(e.Value))
		}
		b.WriteString(": ")
	} else if e.Value != "" {
		b.WriteString(text.Quote(e.Value))
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	if e.Article != "" {
		b.WriteString(" (" + e.Article + ")")
	}
	b.WriteString(" [" + string(e.Code) + "]")
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// CodeOf returns the code, so that [basis.CodeOf] finds it.
func (e *Error) CodeOf() basis.Code { return e.Code }

// Is reports whether target is an *Error or a *basis.InputError with the
// same code.
func (e *Error) Is(target error) bool {
	switch t := target.(type) {
	case *Error:
		return t.Code != "" && t.Code == e.Code
	case *basis.InputError:
		return t.Code != "" && t.Code == e.Code
	}
	return false
}

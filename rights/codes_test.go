package rights

import (
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/strictjson"
)

// Every constant of type Code in the package's source starts with
// "rights/", as the other packages' codes start with theirs, and no two
// constants share a value.
func TestCodesArePrefixedAndDistinct(t *testing.T) {
	fset := token.NewFileSet()
	names, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]string{}
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		{
			for _, decl := range f.Decls {
				gd, ok := decl.(*ast.GenDecl)
				if !ok || gd.Tok != token.CONST {
					continue
				}
				for _, spec := range gd.Specs {
					vs := spec.(*ast.ValueSpec)
					if id, ok := vs.Type.(*ast.Ident); !ok || id.Name != "Code" {
						continue
					}
					for i, name := range vs.Names {
						lit, ok := vs.Values[i].(*ast.BasicLit)
						if !ok {
							t.Errorf("%s: not a string literal", name.Name)
							continue
						}
						v, _ := strconv.Unquote(lit.Value)
						if !strings.HasPrefix(v, "rights/") || strings.ContainsAny(v, " _ABCDEFGHIJKLMNOPQRSTUVWXYZ") {
							t.Errorf("%s = %q, want rights/lower-case-words", name.Name, v)
						}
						if other, dup := seen[v]; dup {
							t.Errorf("%s and %s share %q", name.Name, other, v)
						}
						seen[v] = name.Name
					}
				}
			}
		}
	}
	if len(seen) < 40 {
		t.Errorf("found %d codes; the parse missed some", len(seen))
	}
}

func TestCodeOf(t *testing.T) {
	_, assessErr := Assess(Access, Situation{Regime: basis.UK, Basis: basis.Consent})
	tests := []struct {
		name string
		err  error
		want Code
	}{
		{"nil", nil, ""},
		{"other", errors.New("x"), ""},
		{"request", inputError(CodeTooLate, "at", "", "late"), CodeTooLate},
		{"wrapped request", fmt.Errorf("outer: %w", inputError(CodeRepeated, "kind", "", "again")), CodeRepeated},
		{"clock", Clock{Regime: basis.UK}.Check(), ClockReceivedMissing},
		{"situation before the GDPR", assessErr, CodeNotInForce},
		{"situation invalid", func() error { _, err := Assess(0, Situation{}); return err }(), CodeInvalid},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := CodeOf(tc.err); got != tc.want {
				t.Errorf("CodeOf(%v) = %q, want %q", tc.err, got, tc.want)
			}
			if tc.want != "" && !strings.HasSuffix(tc.err.Error(), "["+string(tc.want)+"]") {
				t.Errorf("Error() = %q does not end with the code", tc.err)
			}
		})
	}
	if err := (Clock{Regime: basis.UK}).Check(); !errors.Is(err, &basis.InputError{Code: ClockReceivedMissing}) || errors.Is(err, &basis.InputError{}) {
		t.Errorf("InputError.Is by code: %v", err)
	}
	if !errors.Is(assessErr, &basis.InputError{Code: CodeNotInForce}) || errors.Is(assessErr, &basis.InputError{Code: CodeInvalid}) {
		t.Errorf("InputError.Is by code: %v", assessErr)
	}
}

// The CodeJSON... codes are those internal/strictjson reports for
// DecodeLog.
func TestJSONCodesMatchStrictJSON(t *testing.T) {
	for code, suffix := range map[Code]string{
		CodeJSONSyntax: strictjson.Syntax, CodeJSONTrailingData: strictjson.TrailingData,
		CodeJSONDuplicateMember: strictjson.DuplicateMember, CodeJSONUnknownMember: strictjson.UnknownMember,
		CodeJSONWrongType: strictjson.WrongType, CodeJSONBadValue: strictjson.BadValue,
		CodeJSONTooDeep: strictjson.TooDeep, CodeJSONTooLarge: strictjson.TooLarge,
		CodeJSONTooManyItems: strictjson.TooManyItems, CodeJSONInvalidUTF8: strictjson.InvalidUTF8,
	} {
		if want := logJSON.Code(suffix); code != want {
			t.Errorf("%s, want %s", code, want)
		}
	}
}

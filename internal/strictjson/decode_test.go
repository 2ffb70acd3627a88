package strictjson

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/google/go-cmp/cmp"
)

type testGround struct {
	Basis basis.Basis `json:"basis"`
	Note  string      `json:"note,omitzero"`
}

type testActivity struct {
	Name    string       `json:"name"`
	Grounds []testGround `json:"grounds,omitzero"`
}

type testRule struct {
	Period string `json:"period"`
	Days   int    `json:"days,omitzero"`
}

type testMeta struct {
	Version int    `json:"version,omitzero"`
	Source  string `json:"source,omitzero"`
}

type testOwner struct {
	Name string `json:"name"`
}

type testRegister struct {
	testMeta
	Regime     basis.Regime            `json:"regime"`
	Activities []testActivity          `json:"activities,omitzero"`
	Rules      map[string]testRule     `json:"rules,omitzero"`
	ByRegime   map[basis.Regime]string `json:"byRegime,omitzero"`
	At         time.Time               `json:"at,omitzero"`
	Owner      *testOwner              `json:"owner,omitzero"`
	Tags       [2]string               `json:"tags,omitzero"`
	Extra      any                     `json:"extra,omitzero"`
	Ratio      float64                 `json:"ratio,omitzero"`
	Small      uint8                   `json:"small,omitzero"`
	OK         bool                    `json:"ok,omitzero"`
	Blob       []byte                  `json:"blob,omitzero"`
	Skipped    string                  `json:"-"`
	Untagged   string
	hidden     string // never decoded: unexported
}

func TestDecodeGood(t *testing.T) {
	tests := []struct {
		name, in string
	}{
		{"empty object", `{}`},
		{"regime", `{"regime":"uk"}`},
		{"activities", `{"activities":[{"name":"a","grounds":[{"basis":"consent"},{"basis":"contract","note":"n"}]}]}`},
		{"rules", `{"rules":{"net-9.3":{"period":"P6Y","days":3}}}`},
		{"enum keys", `{"byRegime":{"uk":"x","eu":"y"}}`},
		{"time", `{"at":"2026-02-05T10:00:00+01:00"}`},
		{"pointer", `{"owner":{"name":"o"}}`},
		{"null pointer", `{"owner":null}`},
		{"null slice and map", `{"activities":null,"rules":null,"extra":null}`},
		{"short array", `{"tags":["a"]}`},
		{"any", `{"extra":{"a":[1,"x",true,null,{"b":2.5}]}}`},
		{"numbers", `{"ratio":-1.5e3,"small":255}`},
		{"embedded", `{"version":2,"source":"s"}`},
		{"untagged", `{"Untagged":"u"}`},
		{"bytes", `{"blob":"aGVsbG8="}`},
		{"escaped names", `{"na\u006de":"x"}`[0:0] + `{"regime":"\u0075k"}`},
		{"escaped NUL", `{"Untagged":"a\u0000b"}`},
		{"surrogate pair", `{"Untagged":"\ud83d\ude00"}`},
		{"white space", " \n\t{ \"ok\" : true }\r\n "},
		{"empty slice", `{"activities":[]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got, want testRegister
			if err := Decode([]byte(tt.in), &got, Options{}); err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if err := json.Unmarshal([]byte(tt.in), &want); err != nil {
				t.Fatalf("json.Unmarshal: %v", err)
			}
			// Numbers in an any are json.Number here, float64 there.
			got.Extra, want.Extra = nil, nil
			if diff := cmp.Diff(want, got, cmp.AllowUnexported(testRegister{})); diff != "" {
				t.Errorf("Decode differs from json.Unmarshal (-want +got):\n%s", diff)
			}
			if err := Valid([]byte(tt.in), Options{}); err != nil {
				t.Errorf("Valid: %v", err)
			}
		})
	}
}

var _ = testRegister{hidden: ""} // the unexported field exists only to be refused

func TestDecodeAny(t *testing.T) {
	var got any
	if err := Decode([]byte(`{"a":[1,"x",true,null,{"b":2.5}]}`), &got, Options{}); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{"a": []any{json.Number("1"), "x", true, nil, map[string]any{"b": json.Number("2.5")}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestDecodeBad(t *testing.T) {
	tests := []struct {
		name, in string
		code     string // suffix
		path     string
		line     int
		col      int
		valid    bool // the error lists valid values
	}{
		{"empty", ``, Syntax, "", 1, 1, false},
		{"truncated", "{\"regime\":", Syntax, "regime", 1, 11, false},
		{"bad char", "{\n  \"activities\": [\n    x]}", Syntax, "activities", 3, 5, false},
		{"trailing comma", `{"ok":true,}`, Syntax, "", 1, 12, false},
		{"raw control char", "{\"Untagged\":\"a\x01\"}", Syntax, "Untagged", 1, 15, false},
		{"trailing bracket", `{}]`, TrailingData, "", 1, 3, false},
		{"trailing value", "{}\n {}", TrailingData, "", 2, 2, false},
		{"duplicate", "{\"regime\":\"uk\",\n \"regime\":\"eu\"}", DuplicateMember, "regime", 2, 2, false},
		{"duplicate escaped", `{"regime":"uk","r\u0065gime":"eu"}`, DuplicateMember, "regime", 1, 16, false},
		{"duplicate map key", `{"rules":{"a":{"period":"x"},"a":{"period":"y"}}}`, DuplicateMember, `rules["a"]`, 1, 30, false},
		{"duplicate in any", `{"extra":{"x":1,"x":2}}`, DuplicateMember, "extra.x", 1, 17, false},
		{"unknown", `{"regim":"uk"}`, UnknownMember, "regim", 1, 2, true},
		{"case", `{"Regime":"uk"}`, UnknownMember, "Regime", 1, 2, true},
		{"skipped field", `{"Skipped":"x"}`, UnknownMember, "Skipped", 1, 2, true},
		{"hidden field", `{"hidden":"x"}`, UnknownMember, "hidden", 1, 2, true},
		{"nested unknown", `{"activities":[{"name":"a"},{"name":"b","grounds":[{"basis":"consent","x":1}]}]}`, UnknownMember, "activities[1].grounds[0].x", 1, 71, true},
		{"bad code", `{"activities":[{"name":"a"},{"name":"b"},{"name":"c","grounds":[{"basis":"consnt"}]}]}`, BadValue, "activities[2].grounds[0].basis", 1, 74, true},
		{"bad map key", `{"byRegime":{"xx":"a"}}`, BadValue, `byRegime["xx"]`, 1, 14, true},
		{"rule path", `{"rules":{"net-9.3":{"period":7}}}`, WrongType, `rules["net-9.3"].period`, 1, 31, false},
		{"number for enum", `{"regime":1}`, WrongType, "regime", 1, 11, false},
		{"array for struct", `{"owner":[]}`, WrongType, "owner", 1, 10, false},
		{"object for slice", `{"activities":{}}`, WrongType, "activities", 1, 15, false},
		{"null for string", `{"Untagged":null}`, WrongType, "Untagged", 1, 13, false},
		{"null for time", `{"at":null}`, WrongType, "at", 1, 7, false},
		{"null for enum", `{"regime":null}`, WrongType, "regime", 1, 11, false},
		{"string for bool", `{"ok":"true"}`, WrongType, "ok", 1, 7, false},
		{"top array", `[]`, WrongType, "", 1, 1, false},
		{"bad time", `{"at":"yesterday"}`, BadValue, "at", 1, 7, false},
		{"fraction for int", `{"small":1.5}`, BadValue, "small", 1, 10, false},
		{"overflow", `{"small":256}`, BadValue, "small", 1, 10, false},
		{"negative uint", `{"small":-1}`, BadValue, "small", 1, 10, false},
		{"float overflow", `{"ratio":1e999}`, BadValue, "ratio", 1, 10, false},
		{"bad base64", `{"blob":"!!"}`, BadValue, "blob", 1, 9, false},
		{"long array", `{"tags":["a","b","c"]}`, WrongType, "tags[2]", 1, 18, false},
		{"invalid utf8 value", "{\"Untagged\":\"a\xffb\"}", InvalidUTF8, "Untagged", 1, 15, false},
		{"invalid utf8 key", "{\"a\xff\":1}", InvalidUTF8, "", 1, 4, false},
		{"lone surrogate", `{"Untagged":"x\ud800y"}`, InvalidUTF8, "Untagged", 1, 15, false},
		{"lone low surrogate", `{"Untagged":"\udc00"}`, InvalidUTF8, "Untagged", 1, 14, false},
		{"reversed pair", `{"Untagged":"\ude00\ud83d"}`, InvalidUTF8, "Untagged", 1, 14, false},
		{"duplicate before a syntax error", `{"ok":true,"ok":false,`, DuplicateMember, "ok", 1, 12, false},
		{"unknown before a syntax error", `{"x":1 x`, UnknownMember, "x", 1, 2, true},
		{"syntax error in a nested value", `{"activities":[{"name":"a"},{"name":"b" "grounds":[]}]}`, Syntax, "activities[1]", 1, 41, false},
		{"bad number", `{"ratio":1.}`, Syntax, "ratio", 1, 12, false},
		{"bad literal", `{"ok":tru}`, Syntax, "ok", 1, 10, false},
		{"leading zero", `{"small":01}`, Syntax, "small", 1, 11, false},
		{"unterminated string", `{"Untagged":"abc`, Syntax, "Untagged", 1, 17, false},
		{"only white space", " \n ", Syntax, "", 2, 2, false},
		{"top-level trailing number", `01`, TrailingData, "", 1, 2, false},
		{"too deep", `{"extra":` + strings.Repeat("[", 70) + strings.Repeat("]", 70) + `}`, TooDeep, "extra" + strings.Repeat("[0]", 63), 1, 73, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got testRegister
			err := Decode([]byte(tt.in), &got, Options{Prefix: "gdpr"})
			ie := checkError(t, err, "gdpr/"+tt.code, tt.path, tt.line, tt.col)
			if ie == nil {
				return
			}
			if tt.valid != (len(ie.Valid) > 0) {
				t.Errorf("Valid = %q, want a list: %v", ie.Valid, tt.valid)
			}
		})
	}
}

func checkError(t *testing.T, err error, code, path string, line, col int) *basis.InputError {
	t.Helper()
	if err == nil {
		t.Fatalf("no error, want %s", code)
	}
	ie, ok := errors.AsType[*basis.InputError](err)
	if !ok {
		t.Fatalf("error %T %v is not an *InputError", err, err)
	}
	if string(ie.Code) != code || ie.Path != path || ie.Line != line || ie.Column != col {
		t.Errorf("got %s at %q %d:%d, want %s at %q %d:%d\n%v", ie.Code, ie.Path, ie.Line, ie.Column, code, path, line, col, err)
	}
	if len(err.Error()) > 1000 {
		t.Errorf("error message is %d bytes long", len(err.Error()))
	}
	return ie
}

func TestDecodeErrorDetails(t *testing.T) {
	var r testRegister
	err := Decode([]byte(`{"activities":[{"name":"a","grounds":[{"basis":"consnt"}]}]}`), &r, Options{Prefix: "gdpr"})
	ie, _ := errors.AsType[*basis.InputError](err)
	if ie == nil {
		t.Fatalf("got %v", err)
	}
	if !equalStrings(ie.Valid, basisCodes()) {
		t.Errorf("Valid = %q, want the basis codes %q", ie.Valid, basisCodes())
	}
	if _, ok := errors.AsType[*basis.ParseError](err); !ok {
		t.Errorf("the ParseError is not wrapped: %v", err)
	}
	if ie.Value != "consnt" {
		t.Errorf("Value = %q", ie.Value)
	}

	err = Decode([]byte("{\"ok\":true,\n\"ok\":false}"), &r, Options{})
	if !strings.Contains(err.Error(), "1:2 and at 2:1") {
		t.Errorf("duplicate message does not give both positions: %v", err)
	}
	err = Decode([]byte(`{"Regime":"uk"}`), &r, Options{})
	if !strings.Contains(err.Error(), `did you mean "regime"`) {
		t.Errorf("case hint missing: %v", err)
	}
	ie, _ = errors.AsType[*basis.InputError](err)
	if ie == nil || !contains(ie.Valid, "regime") || !contains(ie.Valid, "version") || contains(ie.Valid, "Skipped") {
		t.Errorf("Valid = %v, want the member names with the embedded ones", ie)
	}
}

func basisCodes() []string {
	var out []string
	for _, b := range basis.AllBases() {
		out = append(out, b.String())
	}
	return out
}

func equalStrings(a, b []string) bool { return cmp.Equal(a, b) }

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

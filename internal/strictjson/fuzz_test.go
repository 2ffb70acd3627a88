package strictjson

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

func FuzzDecode(f *testing.F) {
	seeds := []string{
		``, `{}`, `[]]`, `{"regime":"uk","regime":"eu"}`, `{"Regime":"uk"}`,
		`{"activities":[{"name":"a","grounds":[{"basis":"consent"}]}]}`,
		`{"rules":{"net-9.3":{"period":"P6Y"}},"byRegime":{"uk":"x"}}`,
		`{"at":"2026-02-05T10:00:00Z","owner":null,"tags":["a","b"]}`,
		`{"extra":{"a":[1,2,{"b":null}],"a\u0000":"\ud83d\ude00"}}`,
		`{"Untagged":"\ud800"}`, "{\"Untagged\":\"\xff\"}", `{"small":1e2}`,
		`[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]`,
		`{"version":1,"source":"s","blob":"AA=="}`, "\ufeff{}", `{"a":1 }  `, `1 2`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		opts := Options{Prefix: "fuzz", MaxItems: 10000}
		var r testRegister
		checkFuzzResult(t, data, Decode(data, &r, opts))
		var v any
		checkFuzzResult(t, data, Decode(data, &v, opts))
		checkFuzzResult(t, data, Valid(data, opts))
		// Valid refuses valid JSON with unique names and clean strings
		// only for a limit.
		if err := Valid(data, opts); err != nil && json.Valid(data) && duplicateKey(data) == "" && utf8Clean(data) {
			if c := basis.CodeOf(err); c != "fuzz/"+TooDeep && c != "fuzz/"+TooManyItems {
				t.Fatalf("Valid refused %q: %v", data, err)
			}
		}
		// Decode into any and Valid agree on acceptance.
		if (Decode(data, &v, opts) == nil) != (Valid(data, opts) == nil) {
			t.Errorf("Decode into any and Valid disagree on %q", data)
		}
	})
}

func checkFuzzResult(t *testing.T, data []byte, err error) {
	t.Helper()
	if err == nil {
		if !json.Valid(data) {
			t.Fatalf("accepted invalid JSON %q", data)
		}
		if dup := duplicateKey(data); dup != "" {
			t.Fatalf("accepted %q with the repeated member %q", data, dup)
		}
		if !utf8Clean(data) {
			t.Fatalf("accepted %q with invalid UTF-8", data)
		}
		return
	}
	ie, ok := errors.AsType[*basis.InputError](err)
	if !ok {
		t.Fatalf("error %T is not an *InputError: %v", err, err)
	}
	if !strings.HasPrefix(string(ie.Code), "fuzz/json-") {
		t.Fatalf("error without a code: %v", err)
	}
	if ie.Code != "fuzz/"+TooLarge && (ie.Line < 1 || ie.Column < 1) {
		t.Fatalf("error without a position: %v", err)
	}
	if (ie.Code == "fuzz/"+Syntax || ie.Code == "fuzz/"+TrailingData) && json.Valid(data) {
		t.Fatalf("syntax error for valid JSON %q: %v", data, err)
	}
	if len(err.Error()) > 2000 {
		t.Fatalf("error of %d bytes", len(err.Error()))
	}
}

// duplicateKey returns a member name that appears twice in one object of
// valid JSON data, by a plain recursive walk of the tokens.
func duplicateKey(data []byte) string {
	dec := json.NewDecoder(bytes.NewReader(data))
	var walk func() string
	walk = func() string {
		tok, err := dec.Token()
		if err != nil {
			return ""
		}
		switch tok {
		case json.Delim('{'):
			seen := map[string]bool{}
			for dec.More() {
				k, _ := dec.Token()
				key := k.(string)
				if seen[key] {
					return strconv.Quote(key) // quoted, so a repeated empty name is not ""
				}
				seen[key] = true
				if d := walk(); d != "" {
					return d
				}
			}
			dec.Token()
		case json.Delim('['):
			for dec.More() {
				if d := walk(); d != "" {
					return d
				}
			}
			dec.Token()
		}
		return ""
	}
	d := walk()
	if _, err := dec.Token(); err != io.EOF {
		return "(trailing data)"
	}
	return d
}

// utf8Clean reports whether decoding data's strings changed nothing: the
// standard library replaces invalid UTF-8 and lone surrogates with U+FFFD,
// so a clean input round-trips through any without new U+FFFD.
func utf8Clean(data []byte) bool {
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber() // a number too large for a float64 is not a UTF-8 problem
	if err := dec.Decode(&v); err != nil {
		return false
	}
	out, _ := json.Marshal(v)
	return bytes.Count(out, []byte("\ufffd")) <= bytes.Count(data, []byte("\ufffd"))+bytes.Count(bytes.ToLower(data), []byte(`\ufffd`))
}

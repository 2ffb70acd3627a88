package gdpr_test

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"pgregory.net/rapid"
)

// hostileDecode decodes data and checks what every refusal must be: a
// *basis.InputError with a code of the package, no register, no panic.
func hostileDecode(t interface {
	Helper()
	Fatalf(string, ...any)
}, data []byte) (*gdpr.Register, *basis.InputError) {
	t.Helper()
	r, err := gdpr.Decode(data)
	if err == nil {
		if r == nil {
			t.Fatalf("Decode returned neither a register nor an error")
		}
		return r, nil
	}
	var ie *basis.InputError
	if !errors.As(err, &ie) {
		t.Fatalf("Decode error %T is not a *basis.InputError: %v", err, err)
	}
	if r != nil {
		t.Fatalf("Decode returned a register with the error %v", err)
	}
	if !strings.HasPrefix(string(ie.Code), "gdpr/") {
		t.Fatalf("Decode error code %q is not gdpr's: %v", ie.Code, err)
	}
	if len(err.Error()) > 2000 {
		t.Fatalf("Decode error message is %d bytes long: the value is not clipped", len(err.Error()))
	}
	return nil, ie
}

// TestDecodeHostile: inputs built to hurt a decoder each get a clear error
// with the expected code (and, where a value is at fault, its path).
func TestDecodeHostile(t *testing.T) {
	deepArray := strings.Repeat("[", 100000) + strings.Repeat("]", 100000)
	deepInRegister := `{"controller":{"evidence":` + strings.Repeat(`{"quote":`, gdpr.MaxDepth) + `"x"` + strings.Repeat("}", gdpr.MaxDepth) + "}}"
	tooMany := `{"regimes":[` + strings.TrimSuffix(strings.Repeat(`"uk",`, gdpr.MaxItems+1), ",") + `]}`
	tests := []struct {
		name string
		in   string
		code basis.Code
		path string // "" when not checked
	}{
		{"empty", ``, gdpr.CodeJSONSyntax, ""},
		{"not an object", `[]`, gdpr.CodeJSONWrongType, ""},
		{"null", `null`, gdpr.CodeJSONWrongType, ""},
		{"truncated", `{"controller":{"name":"x"`, gdpr.CodeJSONSyntax, ""},
		{"trailing", `{} {}`, gdpr.CodeJSONTrailingData, ""},
		{"too large", `{"evidence":{"quote":"` + strings.Repeat("x", gdpr.MaxBytes) + `"}}`, gdpr.CodeJSONTooLarge, ""},
		{"deep array", deepArray, gdpr.CodeJSONWrongType, ""},
		// Decoding is type-directed: nesting the format has no room for is
		// the wrong type at the first level too deep, before MaxDepth.
		{"deep array in a member", `{"regimes":` + deepArray + `}`, gdpr.CodeJSONWrongType, "regimes[0]"},
		{"deep in register", deepInRegister, gdpr.CodeJSONWrongType, "controller.evidence.quote"},
		{"too many values", tooMany, gdpr.CodeJSONTooManyItems, ""},
		{"duplicate member", `{"notice":{"version":"1","version":"2"}}`, gdpr.CodeJSONDuplicateMember, "notice.version"},
		{"duplicate member, escaped", `{"notice":{"version":"1","vers\u0069on":"2"}}`, gdpr.CodeJSONDuplicateMember, "notice.version"},
		{"member in wrong case", `{"Notice":{}}`, gdpr.CodeJSONUnknownMember, ""},
		{"duplicate id", `{"subjects":[{"id":"members"},{"id":"members"}]}`, gdpr.CodeIDDuplicate, "subjects[1].id"},
		{"missing id", `{"data":[{"name":"x"}]}`, gdpr.CodeIDMissing, "data[0].id"},
		{"id not a slug", `{"data":[{"id":"Contact Details"}]}`, gdpr.CodeIDInvalid, "data[0].id"},
		{"id too long", `{"data":[{"id":"` + strings.Repeat("a", gdpr.MaxIDLen+1) + `"}]}`, gdpr.CodeIDInvalid, "data[0].id"},
		{"dangling reference", `{"activities":[{"id":"a","data":["nothing"]}]}`, gdpr.CodeReferenceDangling, "activities[0].data[0]"},
		{"repeated reference", `{"data":[{"id":"d"}],"activities":[{"id":"a","data":["d","d"]}]}`, gdpr.CodeReferenceDuplicate, "activities[0].data[1]"},
		{"unknown code", `{"regimes":["mars"]}`, gdpr.CodeJSONBadValue, "regimes[0]"},
		{"unknown fact", `{"controller":{"publicAuthority":"maybe"}}`, gdpr.CodeJSONBadValue, "controller.publicAuthority"},
		{"code of wrong type", `{"regimes":[1]}`, gdpr.CodeJSONWrongType, "regimes[0]"},
		{"29 February 2023", `{"notice":{"date":"2023-02-29"}}`, gdpr.CodeJSONBadValue, "notice.date"},
		{"year 0", `{"notice":{"date":"0000-01-01"}}`, gdpr.CodeJSONBadValue, "notice.date"},
		{"year 10000", `{"notice":{"date":"10000-01-01"}}`, gdpr.CodeJSONBadValue, "notice.date"},
		{"month 13", `{"notice":{"date":"2024-13-01"}}`, gdpr.CodeJSONBadValue, "notice.date"},
		{"date-time for a date", `{"notice":{"date":"2024-01-01T00:00:00Z"}}`, gdpr.CodeJSONBadValue, "notice.date"},
		{"instant out of range", `{"recipients":[{"id":"r","agreement":{"made":"99999-01-01T00:00:00Z"}}]}`, gdpr.CodeJSONBadValue, "recipients[0].agreement.made"},
		{"period negative", `{"rights":{"responseTime":"P-1M"}}`, gdpr.CodeJSONBadValue, "rights.responseTime"},
		{"period huge", `{"rights":{"responseTime":"P99999999999999999999Y"}}`, gdpr.CodeJSONBadValue, "rights.responseTime"},
		{"number huge", `{"bases":[{"basis":"consent","consent":{"parentalConsentBelow":1e400}}]}`, gdpr.CodeJSONBadValue, "bases[0].consent.parentalConsentBelow"},
		{"number fraction", `{"bases":[{"basis":"consent","consent":{"parentalConsentBelow":13.5}}]}`, gdpr.CodeJSONBadValue, "bases[0].consent.parentalConsentBelow"},
		{"raw control character", "{\"notice\":{\"version\":\"a\x01b\"}}", gdpr.CodeJSONSyntax, ""},
		{"invalid UTF-8", "{\"notice\":{\"version\":\"\xff\xfe\"}}", gdpr.CodeJSONInvalidUTF8, "notice.version"},
		{"null member", `{"notice":null}`, gdpr.CodeJSONWrongType, "notice"},
		{"country reserved", `{"locations":[{"country":"UK"}]}`, gdpr.CodeJSONBadValue, "locations[0].country"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, ie := hostileDecode(t, []byte(tt.in))
			if ie == nil {
				t.Fatalf("Decode accepted %.80q", tt.in)
			}
			if ie.Code != tt.code {
				t.Errorf("code %q, want %q (%v)", ie.Code, tt.code, ie)
			}
			if tt.path != "" && ie.Path != tt.path {
				t.Errorf("path %q, want %q (%v)", ie.Path, tt.path, ie)
			}
			if ie.Path != "" && ie.Line == 0 {
				t.Errorf("error at %q has no line: %v", ie.Path, ie)
			}
		})
	}
}

// TestDecodeControlCharactersEscaped: escaped control characters (and
// U+2028, U+FEFF) are text like any other: they decode and round-trip.
func TestDecodeControlCharactersEscaped(t *testing.T) {
	in := `{"notice":{"version":"a\u0000b\u001f\u2028\ufeff\"\\"}}`
	r, ie := hostileDecode(t, []byte(in))
	if ie != nil {
		t.Fatalf("Decode: %v", ie)
	}
	if want := "a\x00b\x1f\u2028\ufeff\"\\"; r.Notice.Version != want {
		t.Fatalf("version %q, want %q", r.Notice.Version, want)
	}
	b, err := gdpr.Encode(r)
	if err != nil {
		t.Fatal(err)
	}
	back, err := gdpr.Decode(b)
	if err != nil || back.Notice.Version != r.Notice.Version {
		t.Fatalf("round trip: %v, %q", err, back.Notice.Version)
	}
}

// bigRegister returns the JSON of a well-formed register of about n bytes:
// subjects with ids and names, and activities naming them.
func bigRegister(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`{"subjects":[`)
	name := strings.Repeat("n", 200)
	i := 0
	for b.Len() < n-1000 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"id":"s%d","name":"%s","children":"no"}`, i, name)
		i++
	}
	b.WriteString(`]}`)
	return b.Bytes()
}

// TestDecodeMemoryBounded measures what Decode allocates for inputs at the
// size limit: a well-formed register of 16 MiB, 16 MiB of one long string,
// and a refusal of input over the limit (which must allocate almost
// nothing: the size is checked first). The bounds: Decode allocates at
// most 8 bytes for each byte of input (3.1 measured for a register of
// small objects, 1.0 for one long string), and refuses input over
// MaxBytes with under 4 KiB in at most 16 allocations (the error).
func TestDecodeMemoryBounded(t *testing.T) {
	if testing.Short() {
		t.Skip("decodes 16 MiB inputs")
	}
	measure := func(data []byte) (bytesAllocated uint64, ie *basis.InputError) {
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		_, ie = hostileDecode(t, data)
		runtime.ReadMemStats(&after)
		return after.TotalAlloc - before.TotalAlloc, ie
	}
	big := bigRegister(gdpr.MaxBytes)
	longString := []byte(`{"evidence":{"quote":"` + strings.Repeat("q", gdpr.MaxBytes-40) + `"}}`)
	tooBig := append(bytes.Clone(big[:len(big)-2]), []byte(strings.Repeat(" ", gdpr.MaxBytes-len(big)+10)+"]}")...)

	for _, tc := range []struct {
		name  string
		data  []byte
		ok    bool
		bound uint64
	}{
		{"register at the limit", big, true, 8 * uint64(len(big))},
		{"one long string", longString, true, 8 * uint64(len(longString))},
		{"over the limit", tooBig, false, 4 << 10},
	} {
		got, ie := measure(tc.data)
		t.Logf("%s: %d bytes of input, %d bytes allocated (%.2f per byte)", tc.name, len(tc.data), got, float64(got)/float64(len(tc.data)))
		if tc.ok != (ie == nil) {
			t.Errorf("%s: Decode error %v, want ok=%v", tc.name, ie, tc.ok)
		}
		if got > tc.bound {
			t.Errorf("%s: Decode allocated %d bytes for %d of input, more than the bound %d", tc.name, got, len(tc.data), tc.bound)
		}
	}
	if n := testing.AllocsPerRun(3, func() { _, _ = gdpr.Decode(tooBig) }); n > 16 {
		t.Errorf("Decode of input over the limit makes %v allocations, want at most 16", n)
	}
}

// TestDecodeMutatedProperty: Decode of a well-formed register's encoding
// with bytes changed, cut or repeated never panics, and refuses with an
// InputError or gives a register that encodes again.
func TestDecodeMutatedProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		b, err := gdpr.Encode(gdprtest.WellFormedRegister().Draw(t, "register"))
		if err != nil {
			t.Fatal(err)
		}
		for range rapid.IntRange(1, 4).Draw(t, "mutations") {
			i := rapid.IntRange(0, len(b)-1).Draw(t, "at")
			switch rapid.IntRange(0, 3).Draw(t, "kind") {
			case 0:
				b[i] = rapid.Byte().Draw(t, "byte")
			case 1:
				b = b[:i]
			case 2:
				j := rapid.IntRange(i, len(b)).Draw(t, "to")
				b = append(b[:j:j], b[i:]...)
			default:
				b = append(b[:i:i], append([]byte(rapid.SampledFrom([]string{`"`, `{`, `[`, `\`, `,`, `null`, `1e999`, "\x00", `"\ud800"`}).Draw(t, "insert")), b[i:]...)...)
			}
			if len(b) == 0 {
				break
			}
		}
		r, ie := hostileDecode(t, b)
		if ie != nil {
			return
		}
		if _, err := gdpr.Encode(r); err != nil {
			t.Fatalf("Decode accepted a register Encode refuses: %v", err)
		}
	})
}

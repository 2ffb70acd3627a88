package gdpr_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/register.json from sampleRegister, and the example in FORMAT.md")

// cmpOpts compare registers whose values have unexported fields.
var cmpOpts = []cmp.Option{cmp.Comparer(func(a, b basis.SensitiveData) bool { return a == b })}

const golden = "testdata/register.json"

// TestGolden holds the complete example of FORMAT.md: it is the encoding
// of sampleRegister, it decodes to it, and it re-encodes to the same bytes.
func TestGolden(t *testing.T) {
	want := sampleRegister()
	enc, err := gdpr.Encode(want)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(golden, enc, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(enc, data) {
		t.Errorf("Encode(sampleRegister()) differs from %s (run with -update if intended):\n%s", golden, cmp.Diff(string(data), string(enc)))
	}
	got, err := gdpr.Decode(data)
	if err != nil {
		t.Fatalf("Decode(%s): %v", golden, err)
	}
	if d := cmp.Diff(want, got, cmpOpts...); d != "" {
		t.Errorf("Decode(%s) (-want +got):\n%s", golden, d)
	}
	again, err := gdpr.Encode(got)
	if err != nil || !bytes.Equal(again, data) {
		t.Errorf("re-encoding differs (%v)", err)
	}
}

// TestFormatExample checks that FORMAT.md's complete example is the golden
// file, so the documentation cannot drift from the format.
func TestFormatExample(t *testing.T) {
	doc, err := os.ReadFile("FORMAT.md")
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	const open, end = "<!-- example:begin -->\n```json\n", "```\n<!-- example:end -->"
	i, j := bytes.Index(doc, []byte(open)), bytes.Index(doc, []byte(end))
	if i < 0 || j < i {
		t.Fatalf("FORMAT.md has no example between %q and %q", open, end)
	}
	if *update {
		doc = append(append(append([]byte(nil), doc[:i+len(open)]...), data...), doc[j:]...)
		if err := os.WriteFile("FORMAT.md", doc, 0o644); err != nil {
			t.Fatal(err)
		}
		j = i + len(open) + len(data)
	}
	if got := doc[i+len(open) : j]; !bytes.Equal(got, data) {
		t.Errorf("FORMAT.md's example differs from %s:\n%s", golden, cmp.Diff(string(data), string(got)))
	}
}

func TestEncodeDeterministic(t *testing.T) {
	a, err := gdpr.Encode(sampleRegister())
	if err != nil {
		t.Fatal(err)
	}
	for range 5 {
		b, err := gdpr.Encode(sampleRegister())
		if err != nil || !bytes.Equal(a, b) {
			t.Fatalf("Encode is not deterministic (%v)", err)
		}
	}
	if !bytes.HasSuffix(a, []byte("}\n")) || !bytes.HasPrefix(a, []byte("{\n  \"")) {
		t.Errorf("Encode output is not two-space indented with a trailing newline: %.40q", a)
	}
	if bytes.Contains(a, []byte(`\u0026`)) {
		t.Errorf("Encode escapes HTML characters")
	}
}

func TestEmptyRegister(t *testing.T) {
	enc, err := gdpr.Encode(&gdpr.Register{})
	if err != nil || string(enc) != "{}\n" {
		t.Fatalf("Encode(empty) = %q, %v", enc, err)
	}
	r, err := gdpr.Decode([]byte("{}"))
	if err != nil || !reflect.DeepEqual(r, &gdpr.Register{}) {
		t.Fatalf("Decode({}) = %+v, %v", r, err)
	}
}

// TestNotStatedRoundTrip: a fact not stated is left out and comes back
// not stated; "not-stated" is accepted on input as the same; yes and no
// are kept apart from it.
func TestNotStatedRoundTrip(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want gdpr.Fact
	}{
		{`{"controller":{"publicAuthority":"yes"}}`, gdpr.Yes},
		{`{"controller":{"publicAuthority":"no"}}`, gdpr.No},
		{`{"controller":{"publicAuthority":"not-stated"}}`, gdpr.NotStated},
		{`{"controller":{}}`, gdpr.NotStated},
	} {
		r, err := gdpr.Decode([]byte(tt.in))
		if err != nil {
			t.Fatalf("%s: %v", tt.in, err)
		}
		if r.Controller.PublicAuthority != tt.want {
			t.Errorf("%s: publicAuthority = %v, want %v", tt.in, r.Controller.PublicAuthority, tt.want)
		}
		enc, _ := gdpr.Encode(r)
		if tt.want == gdpr.NotStated && bytes.Contains(enc, []byte("publicAuthority")) {
			t.Errorf("%s: a fact not stated is encoded: %s", tt.in, enc)
		}
	}
}

// TestDecodeErrors: each kind of malformed input is an *basis.InputError
// with its code, the JSON path and the line and column of the offending
// value.
func TestDecodeErrors(t *testing.T) {
	tests := []struct {
		name      string
		in        string
		code      basis.Code
		path      string
		line, col int
	}{
		{"syntax", `{"controller":`, gdpr.CodeJSONSyntax, "controller", 1, 15},
		{"trailing", "{}\n{}", gdpr.CodeJSONTrailingData, "", 2, 1},
		{"unknown member", "{\n  \"controler\": {}\n}", gdpr.CodeJSONUnknownMember, "controler", 2, 3},
		{"case mismatch", `{"Controller":{}}`, gdpr.CodeJSONUnknownMember, "Controller", 1, 2},
		{"duplicate member", `{"notice":{"version":"1","version":"2"}}`, gdpr.CodeJSONDuplicateMember, "notice.version", 1, 26},
		{"bad code", "{\"regimes\":[\"uk\",\n \"mars\"]}", gdpr.CodeJSONBadValue, "regimes[1]", 2, 2},
		{"bad fact", `{"controller":{"dpo":{"designated":"maybe"}}}`, gdpr.CodeJSONBadValue, "controller.dpo.designated", 1, 36},
		{"bad date", `{"notice":{"date":"2023-02-29"}}`, gdpr.CodeJSONBadValue, "notice.date", 1, 19},
		{"bad period", `{"rights":{"responseTime":"one month"}}`, gdpr.CodeJSONBadValue, "rights.responseTime", 1, 27},
		{"wrong type", `{"subjects":{}}`, gdpr.CodeJSONWrongType, "subjects", 1, 13},
		{"null", `{"notice":{"version":null}}`, gdpr.CodeJSONWrongType, "notice.version", 1, 22},
		{"missing id", "{\"subjects\":[{\"id\":\"a\"},\n  {\"name\":\"b\"}]}", gdpr.CodeIDMissing, "subjects[1].id", 2, 3},
		{"bad id", `{"data":[{"id":"Contact Details"}]}`, gdpr.CodeIDInvalid, "data[0].id", 1, 16},
		{"duplicate id", "{\"data\":[\n {\"id\":\"contact\"},\n {\"id\":\"contact\"}]}", gdpr.CodeIDDuplicate, "data[1].id", 3, 8},
		{"dangling reference", "{\"data\":[{\"id\":\"contact\"}],\n\"activities\":[{\"id\":\"a\",\"data\":[\"contact\", \"health\"]}]}",
			gdpr.CodeReferenceDangling, "activities[0].data[1]", 2, 44},
		{"duplicate reference", `{"data":[{"id":"c"}],"activities":[{"id":"a","data":["c","c"]}]}`,
			gdpr.CodeReferenceDuplicate, "activities[0].data[1]", 1, 58},
		{"dangling entity activity", `{"controller":{"entities":[{"id":"e","activities":["x"]}]}}`,
			gdpr.CodeReferenceDangling, "controller.entities[0].activities[0]", 1, 52},
		{"dangling transfer recipient", `{"transfers":[{"id":"t","recipients":["r"]}]}`,
			gdpr.CodeReferenceDangling, "transfers[0].recipients[0]", 1, 39},
		{"dangling justification data", `{"activities":[{"id":"a","special":[{"data":["h"]}]}]}`,
			gdpr.CodeReferenceDangling, "activities[0].special[0].data[0]", 1, 46},
		{"duplicate rule id", "{\"retention\":[{\"id\":\"net-9.3\"},\n{\"id\":\"net-9.3\"}]}", gdpr.CodeIDDuplicate, "retention[1].id", 2, 7},
		{"dangling rule data", `{"retention":[{"id":"r","data":"contact"}]}`, gdpr.CodeReferenceDangling, "retention[0].data", 1, 32},
		{"dangling activity retention", `{"activities":[{"id":"a","retention":["r"]}]}`, gdpr.CodeReferenceDangling, "activities[0].retention[0]", 1, 39},
		{"dangling recipient", `{"activities":[{"id":"a","recipients":["r"]}]}`, gdpr.CodeReferenceDangling, "activities[0].recipients[0]", 1, 40},
		{"dangling subject", `{"activities":[{"id":"a","subjects":["s"]}]}`, gdpr.CodeReferenceDangling, "activities[0].subjects[0]", 1, 38},
		{"dangling transfer", `{"activities":[{"id":"a","transfers":["t"]}]}`, gdpr.CodeReferenceDangling, "activities[0].transfers[0]", 1, 39},
		{"duplicate activity id", `{"activities":[{"id":"a"},{"id":"a"}]}`, gdpr.CodeIDDuplicate, "activities[1].id", 1, 33},
		{"bad reference", `{"activities":[{"id":"a","data":["Not A Slug"]}]}`, gdpr.CodeIDInvalid, "activities[0].data[0]", 1, 34},
		{"missing entity id", `{"controller":{"entities":[{"name":"x"}]}}`, gdpr.CodeIDMissing, "controller.entities[0].id", 1, 28},
		{"duplicate exemption", `{"rights":{"exemptions":[{"exemption":"exam-marks"},{"exemption":"exam-marks"}]}}`,
			gdpr.CodeIDDuplicate, "rights.exemptions[1].exemption", 1, 66},
		{"duplicate right", `{"rights":{"rights":[{"right":"access"},{"right":"access"}]}}`,
			gdpr.CodeIDDuplicate, "rights.rights[1].right", 1, 50},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := gdpr.Decode([]byte(tt.in))
			if err == nil {
				t.Fatalf("Decode accepted %s: %+v", tt.in, r)
			}
			var ie *basis.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is %T, want *basis.InputError", err, err)
			}
			if ie.Code != tt.code || ie.Path != tt.path {
				t.Errorf("code, path = %s, %q; want %s, %q (%v)", ie.Code, ie.Path, tt.code, tt.path, err)
			}
			if tt.line != 0 && (ie.Line != tt.line || ie.Column != tt.col) {
				t.Errorf("position = %d:%d, want %d:%d (%v)", ie.Line, ie.Column, tt.line, tt.col, err)
			}
		})
	}
}

// TestDecodeDeep: nesting far beyond the format's depth is refused with a
// position, without exhausting the stack.
func TestDecodeDeep(t *testing.T) {
	for _, in := range []string{
		strings.Repeat("[", 100000),
		`{"controller":{"evidence":{"quote":` + strings.Repeat("[", 100000) + `}}}`,
		`{"notice":` + strings.Repeat(`{"x":`, 20) + `1` + strings.Repeat("}", 21),
	} {
		_, err := gdpr.Decode([]byte(in))
		var ie *basis.InputError
		if !errors.As(err, &ie) || ie.Line == 0 {
			t.Errorf("Decode(%.40q...) = %v, want an InputError with a position", in, err)
		}
	}
}

func TestDecodeTooLarge(t *testing.T) {
	data := []byte(`{"notice":{"version":"` + strings.Repeat("x", gdpr.MaxBytes) + `"}}`)
	_, err := gdpr.Decode(data)
	if basis.CodeOf(err) != gdpr.CodeJSONTooLarge {
		t.Fatalf("Decode(too large) = %v", err)
	}
	if len(err.Error()) > 1000 {
		t.Errorf("error message is %d bytes long", len(err.Error()))
	}
}

func TestEncodeRefuses(t *testing.T) {
	if _, err := gdpr.Encode(nil); basis.CodeOf(err) != gdpr.CodeEncode {
		t.Errorf("Encode(nil) = %v", err)
	}
	r := &gdpr.Register{Activities: []gdpr.Activity{{ID: "a", Data: []string{"missing"}}}}
	if _, err := gdpr.Encode(r); basis.CodeOf(err) != gdpr.CodeReferenceDangling {
		t.Errorf("Encode(dangling) = %v", err)
	}
	r = &gdpr.Register{Regimes: []basis.Regime{basis.Regime(99)}}
	if _, err := gdpr.Encode(r); basis.CodeOf(err) != gdpr.CodeEncode {
		t.Errorf("Encode(out-of-range regime) = %v", err)
	}
	r = &gdpr.Register{Notice: gdpr.Notice{Date: gdpr.Date{Year: 2023, Month: 2, Day: 29}}}
	if _, err := gdpr.Encode(r); basis.CodeOf(err) != gdpr.CodeEncode {
		t.Errorf("Encode(bad date) = %v", err)
	}
}

// TestMarshalJSON: Register's json.Marshaler and json.Unmarshaler are
// Encode and Decode, so a register nested in another value keeps the
// strict format.
func TestMarshalJSON(t *testing.T) {
	want := sampleRegister()
	var buf bytes.Buffer
	enc := jsonEncoder(&buf)
	if err := enc.Encode(struct{ R *gdpr.Register }{want}); err != nil {
		t.Fatal(err)
	}
	var got struct{ R *gdpr.Register }
	if err := jsonUnmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got.R, cmpOpts...); d != "" {
		t.Errorf("round trip through encoding/json (-want +got):\n%s", d)
	}
	var r gdpr.Register
	if err := jsonUnmarshal([]byte(`{"regimes":["uk"],"Regimes":["eu"]}`), &r); basis.CodeOf(err) != gdpr.CodeJSONUnknownMember {
		t.Errorf("UnmarshalJSON is not strict: %v", err)
	}
}

// generated returns a register of n activities, each using a few shared
// data categories, recipients and retention rules.
func generated(n int) *gdpr.Register {
	r := sampleRegister()
	base := r.Activities
	r.Activities = make([]gdpr.Activity, 0, n)
	for i := range n {
		a := base[i%len(base)]
		a.ID = "activity-" + strconv.Itoa(i)
		a.Purpose = "purpose number " + strconv.Itoa(i)
		r.Activities = append(r.Activities, a)
	}
	r.Controller.Entities = nil
	return r
}

func BenchmarkDecode(b *testing.B) {
	for _, n := range []int{1000} {
		data, err := gdpr.Encode(generated(n))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strconv.Itoa(n)+"-activities", func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := gdpr.Decode(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkEncode(b *testing.B) {
	r := generated(1000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gdpr.Encode(r); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzDecode: no input panics; what decodes re-encodes, and the encoding
// decodes to an equal register and encodes to the same bytes.
func FuzzDecode(f *testing.F) {
	if data, err := os.ReadFile(golden); err == nil {
		f.Add(data)
	}
	for _, s := range []string{`{}`, `{"regimes":["uk","eu"]}`, `{"data":[{"id":"a"}],"activities":[{"id":"b","data":["a"]}]}`,
		`{"controller":{"dpo":{"designated":"not-stated"}}}`, `{"notice":{"date":"2024-02-29"}}`,
		`{"rights":{"responseTime":"P1M","fee":"free"}}`, `[`, `{"a":1}`, `{"subjects":[{"id":"x"},{"id":"x"}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := gdpr.Decode(data)
		if err != nil {
			var ie *basis.InputError
			if !errors.As(err, &ie) {
				t.Fatalf("error %v is %T, want *basis.InputError", err, err)
			}
			return
		}
		enc, err := gdpr.Encode(r)
		if err != nil {
			t.Fatalf("decoded register does not encode: %v", err)
		}
		back, err := gdpr.Decode(enc)
		if err != nil {
			t.Fatalf("encoding does not decode: %v\n%s", err, enc)
		}
		if !reflect.DeepEqual(r, back) {
			t.Fatalf("round trip differs:\n%s", cmp.Diff(r, back, cmpOpts...))
		}
		again, err := gdpr.Encode(back)
		if err != nil || !bytes.Equal(enc, again) {
			t.Fatalf("second encoding differs (%v)", err)
		}
	})
}

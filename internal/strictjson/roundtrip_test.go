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

func sampleRegister() testRegister {
	at := time.Date(2026, 2, 5, 9, 30, 0, 123000000, time.FixedZone("", 3600))
	return testRegister{
		testMeta: testMeta{Version: 3, Source: "notice"},
		Regime:   basis.UK,
		Activities: []testActivity{
			{Name: "membership", Grounds: []testGround{{Basis: basis.Contract}, {Basis: basis.LegitimateInterests, Note: "fraud \u2014 \"prevention\"\n"}}},
			{Name: "marketing", Grounds: []testGround{{Basis: basis.Consent}}},
			{Name: "empty"},
		},
		Rules:    map[string]testRule{"net-9.3": {Period: "P6Y", Days: 1}, "": {Period: "P1D"}, "ü\u0000": {}},
		ByRegime: map[basis.Regime]string{basis.UK: "ico", basis.EU: "edpb"},
		At:       at,
		Owner:    &testOwner{Name: "DPO"},
		Tags:     [2]string{"a", "b"},
		Ratio:    0.1,
		Small:    200,
		OK:       true,
		Blob:     []byte{0, 1, 2, 255},
		Untagged: "<&>",
	}
}

func TestRoundTrip(t *testing.T) {
	want := sampleRegister()
	for _, indent := range []bool{false, true} {
		var data []byte
		var err error
		if indent {
			data, err = json.MarshalIndent(want, "", "\t")
		} else {
			data, err = json.Marshal(want)
		}
		if err != nil {
			t.Fatal(err)
		}
		var got testRegister
		if err := Decode(data, &got, Options{}); err != nil {
			t.Fatalf("Decode of json.Marshal output: %v\n%s", err, data)
		}
		if diff := cmp.Diff(want, got, cmp.AllowUnexported(testRegister{})); diff != "" {
			t.Errorf("round trip (-want +got):\n%s", diff)
		}
		again, err := json.Marshal(got)
		if err != nil {
			t.Fatal(err)
		}
		if compact, _ := json.Marshal(want); string(again) != string(compact) {
			t.Errorf("re-encoding differs:\n%s\n%s", again, compact)
		}
		if err := Valid(data, Options{}); err != nil {
			t.Errorf("Valid: %v", err)
		}
	}
}

// Zero values that json.Marshal writes without omitzero (null slices, maps
// and pointers) decode back to the same zero values.
func TestRoundTripNulls(t *testing.T) {
	type plain struct {
		S []int
		M map[string]int
		P *int
		A any
		T time.Time
	}
	data, err := json.Marshal(plain{})
	if err != nil {
		t.Fatal(err)
	}
	got := plain{S: []int{1}, M: map[string]int{"a": 1}, P: new(int), A: 1}
	if err := Decode(data, &got, Options{}); err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if diff := cmp.Diff(plain{}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// json.RawMessage and json.Number fields work as in encoding/json, and a
// raw message is checked like the rest of the input.
func TestRawAndNumber(t *testing.T) {
	type doc struct {
		Raw json.RawMessage `json:"raw"`
		Num json.Number     `json:"num"`
	}
	var got doc
	in := `{"raw":{"a":[1,{"b":null}]},"num":-1.5e3}`
	if err := Decode([]byte(in), &got, Options{}); err != nil {
		t.Fatal(err)
	}
	if string(got.Raw) != `{"a":[1,{"b":null}]}` || got.Num != "-1.5e3" {
		t.Errorf("got %s and %s", got.Raw, got.Num)
	}
	checkError(t, Decode([]byte(`{"raw":{"a":1,"a":2}}`), &got, Options{}), "strictjson/"+DuplicateMember, "raw.a", 1, 15)
	checkError(t, Decode([]byte(`{"num":"1"}`), &got, Options{}), "strictjson/"+WrongType, "num", 1, 8)
}

// period is a leaf whose UnmarshalText reports its own InputError.
type period string

func (p *period) UnmarshalText(b []byte) error {
	if len(b) == 0 || b[0] != 'P' {
		return &basis.InputError{Code: "retention/bad-period-text", Value: string(b), Valid: []string{"P6Y"}, Message: "not an ISO 8601 duration"}
	}
	*p = period(b)
	return nil
}

func TestLeafInputError(t *testing.T) {
	var v struct {
		Period period `json:"period"`
	}
	err := Decode([]byte(`{"period":"six years"}`), &v, Options{Prefix: "gdpr"})
	ie := checkError(t, err, "gdpr/"+BadValue, "period", 1, 11)
	if ie == nil || len(ie.Valid) != 1 || !strings.Contains(ie.Message, "ISO 8601") {
		t.Errorf("the leaf's own error is not kept: %v", err)
	}
	if !errors.Is(err, &basis.InputError{Code: "retention/bad-period-text"}) {
		t.Errorf("the leaf's code is not reachable: %v", err)
	}
}

package gdpr

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
)

func TestTS27560RoundTrip(t *testing.T) {
	given := ts("2026-03-02T10:00:00Z")
	l := build(t,
		func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "newsletter", Given: given,
				Method: "tick box on the renewal form", NoticeVersion: "2026-01", Evidence: "form 8812",
				Expires: given.Add(365*24*time.Hour + 1500*time.Millisecond), Withdrawn: given.Add(48 * time.Hour)})
		},
		func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "kids-club", Given: given, ByParent: true, Explicit: true})
		},
		func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "adult-quiz", Given: given.Add(time.Nanosecond)})
		},
	)
	data, err := MarshalTS27560(l.Consents())
	if err != nil {
		t.Fatal(err)
	}
	back, err := UnmarshalTS27560(data)
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if want := slices.Collect(l.Consents()); !slices.EqualFunc(back, want, ConsentRecord.Equal) {
		t.Fatalf("round trip:\n got %+v\nwant %+v\n%s", back, want, data)
	}
	// Into a ledger and out again, byte for byte.
	m := NewLedger("member-1")
	for _, c := range back {
		if m, err = m.WithConsent(c); err != nil {
			t.Fatal(err)
		}
	}
	again, err := MarshalTS27560(m.Consents())
	if err != nil || string(again) != string(data) {
		t.Errorf("second export differs:\n%s\n%s", data, again)
	}
	for _, want := range []string{`"schemaVersion":"ISO/IEC TS 27560:2023"`, `"piiPrincipalId":"member-1"`,
		`"eventState":"withdrawn"`, `"validityDuration":"PT31536001.5S"`, `"eventType":"explicit-consent"`, `"givenByParent":true`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("export lacks %s:\n%s", want, data)
		}
	}
	if empty, err := MarshalTS27560(nil); err != nil || string(empty) != "[]" {
		t.Errorf("empty export = %s, %v", empty, err)
	}
}

func TestTS27560Import(t *testing.T) {
	const rec = `{"schemaVersion":"1","recordId":"6f1c1c5e-3c1a-4e59-9a55-0d6c1f1e2a01","piiPrincipalId":"m",
		"processing":[{"purpose":"newsletter","language":"en","piiControllers":[{"name":"IET"}],"jurisdiction":"GB"}],
		"parties":[{"id":"x"}],
		"events":[{"eventTime":"2026-01-31T10:00:00Z","validityDuration":"P1M","eventType":"consent","eventState":"given"}]}`
	got, err := UnmarshalTS27560([]byte("[" + rec + "]"))
	if err != nil {
		t.Fatal(err)
	}
	// One month from 31 January is the last day of February, not 3 March.
	if len(got) != 1 || !got[0].Expires.Equal(ts("2026-02-28T10:00:00Z")) {
		t.Errorf("got %+v", got)
	}
	durations := map[string]string{
		"P1Y":        "2027-01-31T10:00:00Z",
		"P1Y2M3D":    "2027-04-03T10:00:00Z",
		"PT1H30M":    "2026-01-31T11:30:00Z",
		"P1DT0.5S":   "2026-02-01T10:00:00.5Z",
		"PT86400S":   "2026-02-01T10:00:00Z",
		"P0D":        "2026-01-31T10:00:00Z",
		"PT0,25S":    "2026-01-31T10:00:00.25Z",
		"P2M1DT1H1M": "2026-04-01T11:01:00Z",
	}
	for d, want := range durations {
		exp, ok := addISODuration(ts("2026-01-31T10:00:00Z"), d)
		if !ok || !exp.Equal(ts(want)) {
			t.Errorf("%s: %v, %v; want %s", d, exp, ok, want)
		}
	}
	for _, d := range []string{"", "P", "PT", "1D", "P1W", "PT1.5H", "PT1.0H", "P1.5D", "PD", "P1D1Y", "P1Y1Y", "PT1S2M",
		"P1234567890123D", "PT.5S", "PT1.1234567890S", "P-1D", "PT1S ", "P99999999999Y"} {
		if exp, ok := addISODuration(ts("2026-01-31T10:00:00Z"), d); ok {
			t.Errorf("%q accepted: %v", d, exp)
		}
	}
}

func TestTS27560ImportErrors(t *testing.T) {
	good := func() map[string]any {
		return map[string]any{
			"schemaVersion": "1", "recordId": "6f1c1c5e-3c1a-4e59-9a55-0d6c1f1e2a01", "piiPrincipalId": "m",
			"processing": []any{map[string]any{"purpose": "newsletter"}},
			"events": []any{
				map[string]any{"eventTime": "2026-01-31T10:00:00Z", "eventType": "consent", "eventState": "given"},
				map[string]any{"eventTime": "2026-02-28T10:00:00Z", "eventType": "consent", "eventState": "withdrawn"},
			},
		}
	}
	event := func(r map[string]any, i int) map[string]any { return r["events"].([]any)[i].(map[string]any) }
	tests := []struct {
		name string
		edit func(map[string]any)
		code basis.Code
		path string
	}{
		{"unknown member", func(r map[string]any) { r["colour"] = "red" }, "gdpr/json-unknown-member", "[0].colour"},
		{"unknown processing member", func(r map[string]any) {
			r["processing"].([]any)[0].(map[string]any)["x"] = 1
		}, "gdpr/json-unknown-member", "[0].processing[0].x"},
		{"no schema", func(r map[string]any) { delete(r, "schemaVersion") }, CodeTS27560Missing, "[0].schemaVersion"},
		{"no record id", func(r map[string]any) { delete(r, "recordId") }, CodeTS27560Missing, "[0].recordId"},
		{"bad record id", func(r map[string]any) { r["recordId"] = "42" }, CodeTS27560Invalid, "[0].recordId"},
		{"no principal", func(r map[string]any) { delete(r, "piiPrincipalId") }, CodeTS27560Missing, "[0].piiPrincipalId"},
		{"two processings", func(r map[string]any) {
			r["processing"] = append(r["processing"].([]any), map[string]any{"purpose": "x"})
		}, CodeTS27560Invalid, "[0].processing"},
		{"no purpose", func(r map[string]any) { r["processing"] = []any{map[string]any{}} }, CodeTS27560Missing, "[0].processing[0].purpose"},
		{"basis", func(r map[string]any) {
			r["processing"] = []any{map[string]any{"purpose": "x", "lawfulBasis": "contract"}}
		}, CodeTS27560Invalid, "[0].processing[0].lawfulBasis"},
		{"no events", func(r map[string]any) { r["events"] = []any{} }, CodeTS27560Missing, "[0].events"},
		{"three events", func(r map[string]any) {
			r["events"] = append(r["events"].([]any), event(r, 1))
		}, CodeTS27560Invalid, "[0].events"},
		{"first withdrawn", func(r map[string]any) { event(r, 0)["eventState"] = "withdrawn" }, CodeTS27560Invalid, "[0].events[0].eventState"},
		{"refused", func(r map[string]any) { event(r, 1)["eventState"] = "refused" }, CodeTS27560Invalid, "[0].events[1].eventState"},
		{"event type", func(r map[string]any) { event(r, 0)["eventType"] = "opt-in" }, CodeTS27560Invalid, "[0].events[0].eventType"},
		{"no event type", func(r map[string]any) { delete(event(r, 0), "eventType") }, CodeTS27560Missing, "[0].events[0].eventType"},
		{"type changes", func(r map[string]any) { event(r, 1)["eventType"] = "explicit-consent" }, CodeTS27560Invalid, "[0].events[1].eventType"},
		{"no time", func(r map[string]any) { delete(event(r, 0), "eventTime") }, CodeTS27560Missing, "[0].events[0].eventTime"},
		{"null time", func(r map[string]any) { event(r, 0)["eventTime"] = nil }, "gdpr/json-wrong-type", "[0].events[0].eventTime"},
		{"bad time", func(r map[string]any) { event(r, 0)["eventTime"] = "yesterday" }, "gdpr/json-bad-value", "[0].events[0].eventTime"},
		{"bad duration", func(r map[string]any) { event(r, 0)["validityDuration"] = "1 year" }, CodeTS27560Invalid, "[0].events[0].validityDuration"},
		{"duration on withdrawal", func(r map[string]any) { event(r, 1)["validityDuration"] = "P1Y" }, CodeTS27560Invalid, "[0].events[1].validityDuration"},
		{"withdrawn before given", func(r map[string]any) { event(r, 1)["eventTime"] = "2026-01-01T00:00:00Z" }, CodeLedgerTimeOrder, "[0].withdrawn"},
		{"before 1970", func(r map[string]any) { event(r, 0)["eventTime"] = "1960-01-01T00:00:00Z" }, CodeLedgerTimeOutOfRange, "[0].given"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := good()
			tc.edit(r)
			data, err := json.Marshal([]any{r})
			if err != nil {
				t.Fatal(err)
			}
			got, err := UnmarshalTS27560(data)
			var ie *basis.InputError
			if got != nil || !errors.As(err, &ie) {
				t.Fatalf("got %v, %v", got, err)
			}
			if ie.Code != tc.code || ie.Path != tc.path {
				t.Errorf("%v: code %s path %q; want %s %q", err, ie.Code, ie.Path, tc.code, tc.path)
			}
		})
	}
	if _, err := UnmarshalTS27560([]byte(`[{"schemaVersion":"1","schemaVersion":"2"}]`)); basis.CodeOf(err) != "gdpr/json-duplicate-member" {
		t.Errorf("repeated member: %v", err)
	}
}

// FuzzTS27560 feeds the decoder arbitrary bytes: it never panics, and what
// it accepts exports and imports again to the same records.
func FuzzTS27560(f *testing.F) {
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"schemaVersion":"1","recordId":"6f1c1c5e-3c1a-4e59-9a55-0d6c1f1e2a01","piiPrincipalId":"m","processing":[{"purpose":"n"}],"events":[{"eventTime":"2026-01-31T10:00:00Z","validityDuration":"P1Y2M3DT4H5M6.7S","eventType":"consent","eventState":"given"},{"eventTime":"2027-01-31T10:00:00Z","eventType":"consent","eventState":"withdrawn"}],"dpmodel":{"givenByParent":true}}]`))
	f.Add([]byte(`[{"schemaVersion":"1","recordId":"x","events":null}]`))
	f.Add([]byte(`{"a":`))
	f.Fuzz(func(t *testing.T, data []byte) {
		recs, err := UnmarshalTS27560(data)
		if err != nil {
			var ie *basis.InputError
			if !errors.As(err, &ie) || ie.Code == "" {
				t.Fatalf("error %v is not a coded *basis.InputError", err)
			}
			return
		}
		out, err := MarshalTS27560(slices.Values(recs))
		if err != nil {
			t.Fatal(err)
		}
		back, err := UnmarshalTS27560(out)
		if err != nil {
			t.Fatalf("export does not import: %v\n%s", err, out)
		}
		if !slices.EqualFunc(back, recs, ConsentRecord.Equal) {
			t.Fatalf("round trip changed the records:\n%+v\n%+v", recs, back)
		}
	})
}

package rights

import (
	"bytes"
	"encoding/json"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// sampleLog is a UK access request for exam marks that went through most
// steps: identity, a fee, a clarification pause and an announcement.
func sampleLog(t testing.TB) []Event {
	t.Helper()
	r := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 3, 2, 10), ExamMarks: true, Reason: "by email"},
		WithPolicy(Policy{Fee: GBP(50), IdentityChecks: true}))
	rqMust(t, r.AskIdentity(lon(t, 2026, 3, 2, 11), "dpo", "signature differs"))
	rqMust(t, r.ReceiveIdentity(lon(t, 2026, 3, 4, 9), "dpo", ""))
	rqMust(t, r.Start(lon(t, 2026, 3, 4, 10), "dpo", ""))
	rqMust(t, r.AskFee(lon(t, 2026, 3, 5, 9), "dpo", "third identical request"))
	rqMust(t, r.PayFee(lon(t, 2026, 3, 9, 9), "finance", ""))
	rqMust(t, r.AskClarification(lon(t, 2026, 3, 10, 9), "dpo", "which sitting?"))
	rqMust(t, r.ReceiveClarification(lon(t, 2026, 3, 12, 9), "dpo", ""))
	rqMust(t, r.AnnounceResults(lon(t, 2026, 5, 20, 12), "exams", lon(t, 2026, 5, 20, 8)))
	rqMust(t, r.Complete(lon(t, 2026, 5, 22, 12), "dpo", "marks sent"))
	return r.Log()
}

func TestLogJSONRoundTrip(t *testing.T) {
	log := sampleLog(t)
	data, err := EncodeLog(log)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"kind":"received"`, `"request":"access"`, `"regime":"uk"`, `"examMarks":true`,
		`"fee":{"minor":5000,"currency":"GBP"}`, `"kind":"results-announced"`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("JSON lacks %s:\n%s", want, data)
		}
	}
	if bytes.Contains(data, []byte(`"ground"`)) || bytes.Contains(data, []byte(`"decisionAt"`)) {
		t.Errorf("zero fields are written:\n%s", data)
	}
	back, err := DecodeLog(data)
	if err != nil {
		t.Fatal(err)
	}
	orig := mustReplay(t, log)
	got := mustReplay(t, back)
	if !got.Equal(orig) || got.State() != StateCompleted {
		t.Errorf("round trip changed the request: %v vs %v", got, orig)
	}
	due1, ok1 := orig.Due()
	due2, ok2 := got.Due()
	if !due1.Equal(due2) || ok1 != ok2 {
		t.Errorf("due %v %v vs %v %v", due1, ok1, due2, ok2)
	}
	if empty, err := EncodeLog(nil); err != nil || string(empty) != "[]" {
		t.Errorf("EncodeLog(nil) = %s, %v", empty, err)
	}
}

func TestDecodeLogErrors(t *testing.T) {
	const recv = `{"kind":"received","at":"2026-03-02T10:00:00Z","actor":"dpo"`
	tests := []struct {
		name      string
		in        string
		code      Code
		path      string
		line, col int
	}{
		{"not-json", `{`, CodeJSONWrongType, "", 1, 1},
		{"object", `{"kind":"received"}`, CodeJSONWrongType, "", 1, 1},
		{"null", `null`, CodeJSONWrongType, "", 1, 1},
		{"trailing", `[] []`, CodeJSONTrailingData, "", 1, 4},
		{"stray-bracket", `[]]`, CodeJSONTrailingData, "", 1, 3},
		{"truncated", `[` + recv, CodeJSONSyntax, "[0]", 1, 62},
		{"not-an-object", `[1]`, CodeJSONWrongType, "[0]", 1, 2},
		{"unknown-field", `[` + recv + `,"colour":"red"}]`, CodeJSONUnknownMember, "[0].colour", 1, 63},
		// A repeated member: encoding/json keeps the last, which would turn
		// this UK request into an EU one.
		{"duplicate-regime", `[` + recv + `,"regime":"uk",` + "\n" + `"regime":"eu"}]`, CodeJSONDuplicateMember, "[0].regime", 2, 1},
		{"duplicate-fee-member", `[` + recv + `},{"kind":"fee-requested","at":"2026-03-02T10:00:00Z","actor":"dpo","fee":{"minor":1,"minor":2}}]`, CodeJSONDuplicateMember, "[1].fee.minor", 1, 147},
		{"case-folded", `[{"Kind":"received","at":"2026-03-02T10:00:00Z","actor":"dpo"}]`, CodeJSONUnknownMember, "[0].Kind", 1, 3},
		{"unknown-fee-member", `[` + recv + `,"fee":{"Minor":1}}]`, CodeJSONUnknownMember, "[0].fee.Minor", 1, 70},
		{"bad-kind", `[` + recv + `},{"kind":"finished","at":"2026-03-02T10:00:00Z","actor":"dpo"}]`, CodeJSONBadValue, "[1].kind", 1, 72},
		{"bad-regime", `[` + recv + `,"regime":"us"}]`, CodeJSONBadValue, "[0].regime", 1, 72},
		{"bad-time", `[{"kind":"received","at":"2 March","actor":"dpo"}]`, CodeJSONBadValue, "[0].at", 1, 26},
		{"bad-id", `[` + recv + `,"id":"xyz"}]`, CodeJSONBadValue, "[0].id", 1, 68},
		{"wrong-type", `[{"kind":"received","at":"2026-03-02T10:00:00Z","actor":7}]`, CodeJSONWrongType, "[0].actor", 1, 57},
		{"bad-calendar", `[` + recv + `,"calendar":"mars"}]`, CodeJSONBadValue, "[0].calendar", 1, 74},
		{"invalid-utf8", "[" + recv + `,"reason":"a` + "\xff" + `"}]`, CodeJSONInvalidUTF8, "[0].reason", 1, 74},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DecodeLog([]byte(tt.in))
			var re *basis.InputError
			if !errors.As(err, &re) {
				t.Fatalf("error = %v, want *basis.InputError", err)
			}
			if re.Code != tt.code || re.Path != tt.path || re.Line != tt.line || re.Column != tt.col {
				t.Errorf("code %s path %q at %d:%d, want %s %q at %d:%d (%v)", re.Code, re.Path, re.Line, re.Column,
					tt.code, tt.path, tt.line, tt.col, err)
			}
		})
	}
}

func TestEventLogValueRedacts(t *testing.T) {
	var buf bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&buf, nil))
	e := Event{Kind: EventRefused, At: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC), Actor: "Jane Smith",
		Reason: "Mr Bloggs sent 40 identical requests", Ground: RefusalExcessive}
	logger.Info("event", "e", e)
	out := buf.String()
	if strings.Contains(out, "Bloggs") || strings.Contains(out, "Jane") {
		t.Errorf("personal data in log: %s", out)
	}
	if !strings.Contains(out, "e.kind=refused") || !strings.Contains(out, "e.reason=true") {
		t.Errorf("log lacks kind or reason flag: %s", out)
	}
}

func TestEventKindCodes(t *testing.T) {
	for _, k := range AllEventKinds() {
		if got, err := ParseEventKind(k.String()); err != nil || got != k {
			t.Errorf("ParseEventKind(%q) = %v, %v", k, got, err)
		}
	}
	if _, err := ParseEventKind("closed"); err == nil {
		t.Error("ParseEventKind(closed) succeeded")
	}
	_ = basis.UK
}

// FuzzDecodeLog: decoding never panics; whatever decodes is valid JSON
// whose objects have unique member names, re-encodes without error and
// decodes to the same events; whatever replays, replays again from its own
// log to an equal request.
func FuzzDecodeLog(f *testing.F) {
	data, err := EncodeLog(sampleLog(f))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
	f.Add([]byte(`[]`))
	f.Add([]byte(`[{"kind":"received","at":"2026-06-19T10:00:00+01:00","actor":"dpo","id":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","request":"complaint","regime":"uk"},{"kind":"acknowledged","at":"2026-06-20T10:00:00+01:00","actor":"dpo"}]`))
	f.Add([]byte(`[{"kind":"refused","ground":"exempt","exemption":"exam-scripts"}]`))
	f.Add([]byte(`[]]`))
	f.Add([]byte(`[{"kind":"received","regime":"uk","regime":"eu"}]`))
	f.Add([]byte(`[{"KIND":"received","fee":{"minor":1,"Minor":2},"calendar":"scotland+2026-12-24"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		events, err := DecodeLog(data)
		if err != nil {
			var ie *basis.InputError
			if !errors.As(err, &ie) || ie.Code == "" {
				t.Fatalf("error %v is not an *basis.InputError with a code", err)
			}
			return
		}
		if !json.Valid(data) {
			t.Fatalf("accepted text that is not JSON: %q", data)
		}
		if dup, ok := repeatedMember(data); ok {
			t.Fatalf("accepted a repeated member %q: %q", dup, data)
		}
		again, err := EncodeLog(events)
		if err != nil {
			t.Fatalf("accepted events that cannot be written back: %v", err)
		}
		events2, err := DecodeLog(again)
		if err != nil {
			t.Fatalf("re-decoding %s: %v", again, err)
		}
		if len(events2) != len(events) {
			t.Fatalf("%d events became %d", len(events), len(events2))
		}
		for i := range events {
			if !events[i].equal(events2[i]) {
				t.Fatalf("event %d changed: %+v vs %+v", i, events[i], events2[i])
			}
		}
		r, err := Replay(events)
		if err != nil {
			return
		}
		r2, err := Replay(r.Log())
		if err != nil || !r2.Equal(r) || r2.State() != r.State() {
			t.Fatalf("replay of a replayed log: %v", err)
		}
	})
}

// repeatedMember reports a member name that appears twice in one object of
// the JSON text data, by a walk of its tokens independent of DecodeLog's.
func repeatedMember(data []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	type frame struct {
		object bool
		names  map[string]bool
		key    bool // the next token is a member name
	}
	var stack []*frame
	for {
		tok, err := dec.Token()
		if err != nil {
			return "", false
		}
		var top *frame
		if len(stack) > 0 {
			top = stack[len(stack)-1]
		}
		if top != nil && top.object && top.key {
			if name, ok := tok.(string); ok {
				if top.names[name] {
					return name, true
				}
				top.names[name] = true
				top.key = false
				continue
			}
		}
		switch tok {
		case json.Delim('{'):
			stack = append(stack, &frame{object: true, names: map[string]bool{}, key: true})
			continue
		case json.Delim('['):
			stack = append(stack, &frame{})
			continue
		case json.Delim('}'), json.Delim(']'):
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 && stack[len(stack)-1].object {
			stack[len(stack)-1].key = true // a value ended
		}
	}
}

// FuzzParseRight: a right's text round-trips, and anything else is an
// error that leaves the value alone.
func FuzzParseRight(f *testing.F) {
	for _, r := range AllRights() {
		f.Add(r.String())
	}
	f.Add("Withdraw_Consent")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		r := Access
		if err := r.UnmarshalText([]byte(s)); err != nil {
			if r != Access {
				t.Fatalf("failed UnmarshalText(%q) changed the value to %v", s, r)
			}
			return
		}
		text, err := r.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", r, err)
		}
		var back Right
		if err := back.UnmarshalText(text); err != nil || back != r {
			t.Fatalf("round trip %q -> %v -> %q -> %v, %v", s, r, text, back, err)
		}
	})
}

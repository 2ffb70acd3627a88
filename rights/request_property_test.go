package rights

import (
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"pgregory.net/rapid"
)

// requestCommands are the commands a property test draws from. Some are
// drawn in forms the law forbids (no reason), so that failures are
// exercised too.
var requestCommands = []struct {
	name string
	do   func(r *Request, at time.Time, t *rapid.T) error
}{
	{"start", func(r *Request, at time.Time, _ *rapid.T) error { return r.Start(at, "dpo", "") }},
	{"verify-identity", func(r *Request, at time.Time, _ *rapid.T) error { return r.VerifyIdentity(at, "dpo", "logged in") }},
	{"ask-identity", func(r *Request, at time.Time, _ *rapid.T) error { return r.AskIdentity(at, "dpo", "") }},
	{"receive-identity", func(r *Request, at time.Time, _ *rapid.T) error { return r.ReceiveIdentity(at, "dpo", "") }},
	{"ask-fee", func(r *Request, at time.Time, t *rapid.T) error {
		return r.AskFee(at, "dpo", rapid.SampledFrom([]string{"", "repetitive"}).Draw(t, "fee-reason"))
	}},
	{"pay-fee", func(r *Request, at time.Time, _ *rapid.T) error { return r.PayFee(at, "finance", "") }},
	{"ask-clarification", func(r *Request, at time.Time, _ *rapid.T) error { return r.AskClarification(at, "dpo", "which?") }},
	{"receive-clarification", func(r *Request, at time.Time, _ *rapid.T) error { return r.ReceiveClarification(at, "dpo", "") }},
	{"extend", func(r *Request, at time.Time, t *rapid.T) error {
		return r.Extend(at, "dpo", rapid.SampledFrom([]string{"", "complex"}).Draw(t, "extend-reason"))
	}},
	{"acknowledge", func(r *Request, at time.Time, _ *rapid.T) error { return r.Acknowledge(at, "dpo", "") }},
	{"announce", func(r *Request, at time.Time, t *rapid.T) error {
		back := time.Duration(rapid.IntRange(0, 72).Draw(t, "announce-hours-before")) * time.Hour
		return r.AnnounceResults(at, "exams", at.Add(-back))
	}},
	{"complete", func(r *Request, at time.Time, _ *rapid.T) error { return r.Complete(at, "dpo", "") }},
	{"refuse", func(r *Request, at time.Time, t *rapid.T) error {
		g := RefusalGround(rapid.IntRange(0, 3).Draw(t, "ground"))
		ex := Exemption(rapid.IntRange(0, 3).Draw(t, "exemption"))
		return r.Refuse(at, "dpo", rapid.SampledFrom([]string{"", "because"}).Draw(t, "refuse-reason"), g, ex)
	}},
	{"withdraw", func(r *Request, at time.Time, _ *rapid.T) error { return r.Withdraw(at, "subject", "") }},
}

// TestRequestProperties runs random command sequences and checks that a
// failed command changes nothing, a successful one appends one event, the
// due date is never before receipt nor the target after the due date, and
// that replaying the log (directly and through JSON) gives the same request.
func TestRequestProperties(t *testing.T) {
	loc := civil.London()
	rapid.Check(t, func(t *rapid.T) {
		kind := rapid.SampledFrom(AllRequestKinds()).Draw(t, "kind")
		regime := rapid.SampledFrom([]basis.Regime{basis.UK, basis.EU}).Draw(t, "regime")
		recv := civil.MustParse("2018-06-01").AddDays(rapid.IntRange(0, 3800).Draw(t, "day")).Time(loc).
			Add(time.Duration(rapid.IntRange(0, 24*60-1).Draw(t, "minute")) * time.Minute)
		policy := Policy{TargetWorkingDays: rapid.IntRange(0, 10).Draw(t, "target"), IdentityChecks: rapid.Bool().Draw(t, "identity")}
		if rapid.Bool().Draw(t, "fee") {
			policy.Fee = GBP(50)
		}
		o := Opening{ID: testID, Kind: kind, Regime: regime, Received: recv, Actor: "dpo"}
		if kind == HumanInterventionRequest {
			o.DecisionAt = recv.Add(-time.Duration(rapid.IntRange(0, 9000).Draw(t, "decision-hours-before")) * time.Hour)
		}
		if kind == AccessRequest && regime == basis.UK {
			o.ExamMarks = rapid.Bool().Draw(t, "exam-marks")
		}
		cal := rapid.SampledFrom([]Calendar{EnglandAndWales, Scotland, NorthernIreland, WeekendsOnly}).Draw(t, "calendar")
		r, err := Open(o, WithPolicy(policy), WithCalendar(cal))
		if err != nil {
			if kind == ComplaintToController && !regime.InForce(basis.ComplaintsToController, recv) {
				return // not a statutory complaint
			}
			t.Fatalf("Open: %v", err)
		}
		now := recv
		for i, n := 0, rapid.IntRange(0, 15).Draw(t, "steps"); i < n; i++ {
			now = now.Add(time.Duration(rapid.IntRange(-6, 20*24).Draw(t, "hours")) * time.Hour)
			c := rapid.IntRange(0, len(requestCommands)-1).Draw(t, "command")
			before, length := r.s, r.Len()
			before.pauses = slices.Clone(r.s.pauses) // a copy that an in-place change cannot reach
			err := requestCommands[c].do(r, now, t)
			if err != nil {
				var re *basis.InputError
				if !errors.As(err, &re) || re.Code == "" || strings.HasPrefix(re.Path, "[") {
					t.Fatalf("%s: error %v is not a command's *basis.InputError", requestCommands[c].name, err)
				}
				if !reflect.DeepEqual(r.s, before) || r.Len() != length {
					t.Fatalf("%s failed (%v) but changed the request", requestCommands[c].name, err)
				}
				continue
			}
			if r.Len() != length+1 {
				t.Fatalf("%s succeeded with %d events, want %d", requestCommands[c].name, r.Len(), length+1)
			}
			if due, ok := r.Due(); ok {
				if civil.LondonDate(due).Before(civil.LondonDate(recv)) {
					t.Fatalf("due %v before receipt %v", due, recv)
				}
				if tg, ok := r.Target(); ok && tg.After(due) {
					t.Fatalf("target %v after due %v", tg, due)
				}
			}
		}
		again, err := Replay(r.Log(), WithPolicy(policy), WithCalendar(cal))
		if err != nil {
			t.Fatalf("Replay of a valid log: %v", err)
		}
		if !again.Equal(r) || !reflect.DeepEqual(again.s, r.s) {
			t.Fatalf("replay differs:\n%+v\n%+v", again.s, r.s)
		}
		data, err := EncodeLog(r.Log())
		if err != nil {
			t.Fatal(err)
		}
		events, err := DecodeLog(data)
		if err != nil {
			t.Fatal(err)
		}
		viaJSON, err := Replay(events, WithPolicy(policy), WithCalendar(cal))
		if err != nil {
			t.Fatalf("Replay via JSON: %v", err)
		}
		d1, ok1 := r.Due()
		d2, ok2 := viaJSON.Due()
		if !viaJSON.Equal(r) || viaJSON.State() != r.State() || ok1 != ok2 || !d1.Equal(d2) {
			t.Fatalf("JSON replay differs: %v due %v %v, want %v due %v %v", viaJSON, d2, ok2, r, d1, ok1)
		}
	})
}

// BenchmarkReplay replays a ten-event log of an access request.
func BenchmarkReplay(b *testing.B) {
	log := sampleLog(b)
	b.ReportAllocs()
	for b.Loop() {
		r, err := Replay(log)
		if err != nil {
			b.Fatal(err)
		}
		if _, ok := r.Due(); !ok {
			b.Fatal("no due date")
		}
	}
}

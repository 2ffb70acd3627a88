package rights_test

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/dpmodel/dpmodel/rights"
	"pgregory.net/rapid"
)

// TestRequestLogReplaysProperty runs a request as a state machine (rapid's
// T.Repeat with one action per command): after every command, accepted or
// refused, the log replays (rights.Replay) to an equal request; a refused
// command leaves the request as it was; an accepted one appends exactly
// one event; the due date is never before receipt.
func TestRequestLogReplaysProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		cal := gdprtest.ValidCalendar().Draw(t, "calendar")
		o := gdprtest.ValidOpening().Draw(t, "opening")
		r, err := rights.Open(o, rights.WithCalendar(cal))
		if err != nil {
			t.Fatalf("Open(%+v): %v", o, err)
		}
		at := o.Received
		actions := map[string]func(*rapid.T){}
		for _, name := range gdprtest.CommandNames() {
			actions[name] = func(t *rapid.T) {
				c := gdprtest.CommandAfter(at).Draw(t, "command")
				c.Name = name
				before := r.Log()
				if err := c.Apply(r); err != nil {
					if r.Len() != len(before) {
						t.Fatalf("%s refused (%v) but the log grew from %d to %d", name, err, len(before), r.Len())
					}
					return
				}
				if r.Len() != len(before)+1 {
					t.Fatalf("%s accepted but the log went from %d to %d events", name, len(before), r.Len())
				}
				at = c.At
			}
		}
		actions[""] = func(t *rapid.T) { // the invariant, checked after every action
			back, err := rights.Replay(r.Log(), rights.WithCalendar(cal))
			if err != nil {
				t.Fatalf("Replay of the log of %v: %v", r, err)
			}
			if !back.Equal(r) {
				t.Fatalf("Replay gave %v, want %v", back, r)
			}
			if due, ok := r.Due(); ok && due.Before(propDayOf(r.Received())) {
				t.Fatalf("due %v before receipt %v", due, r.Received())
			}
		}
		t.Repeat(actions)
	})
}

// TestValidRequestReplaysProperty: every request gdprtest.ValidRequest
// draws replays from its log to an equal request.
func TestValidRequestReplaysProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := gdprtest.ValidRequest().Draw(t, "request")
		back, err := rights.Replay(r.Log(), rights.WithCalendar(r.Calendar()))
		if err != nil {
			t.Fatalf("Replay: %v", err)
		}
		if !back.Equal(r) {
			t.Fatalf("Replay gave %v, want %v", back, r)
		}
	})
}

// TestReplayArbitraryLogNoPanicProperty: Replay of any log returns a
// request or an error, never panics, and a request it returns replays
// again to an equal one.
func TestReplayArbitraryLogNoPanicProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		log := gdprtest.ArbitraryLog().Draw(t, "log")
		r, err := rights.Replay(log)
		if err != nil {
			return
		}
		back, err := rights.Replay(r.Log())
		if err != nil || !back.Equal(r) {
			t.Fatalf("a replayed request does not replay again: %v", err)
		}
	})
}

func propDayOf(t time.Time) time.Time {
	y, m, d := t.In(propLondon).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, propLondon)
}

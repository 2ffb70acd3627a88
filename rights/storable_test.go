package rights

import (
	"errors"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// A live request holds only what EncodeLog can write back: a command with
// a year beyond 9999, a zone offset with seconds or text that is not valid
// UTF-8 is rejected (CodeNotStorable) and changes nothing, so the log of
// every request can be stored and replayed.
func TestCommandsRejectWhatCannotBeStored(t *testing.T) {
	recv := lon(t, 2026, 3, 2, 10)
	odd := time.FixedZone("LMT", -75) // London mean time: -0:01:15
	t.Run("open", func(t *testing.T) {
		tests := []struct {
			name string
			o    Opening
			path string
		}{
			{"year-10000", Opening{Received: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}, "at"},
			{"offset-seconds", Opening{Received: time.Date(2026, 3, 2, 10, 0, 0, 0, odd)}, "at"},
			{"actor-utf8", Opening{Received: recv, Actor: "d\xffo"}, "actor"},
			{"reason-utf8", Opening{Received: recv, Reason: "by \xc3"}, "reason"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				o := tt.o
				o.ID, o.Kind, o.Regime = testID, AccessRequest, basis.UK
				if o.Actor == "" {
					o.Actor = "dpo"
				}
				_, err := Open(o)
				var ie *basis.InputError
				if !errors.As(err, &ie) || ie.Code != CodeNotStorable || ie.Path != tt.path {
					t.Fatalf("Open error = %v, want %s at %q", err, CodeNotStorable, tt.path)
				}
			})
		}
	})
	t.Run("commands", func(t *testing.T) {
		r := openT(t, Opening{Kind: AccessRequest, Received: recv})
		before := r.Log()
		for name, err := range map[string]error{
			"start-year":      r.Start(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), "dpo", ""),
			"start-offset":    r.Start(time.Date(2026, 3, 3, 10, 0, 0, 0, odd), "dpo", ""),
			"start-reason":    r.Start(lon(t, 2026, 3, 3, 10), "dpo", "\xff"),
			"complete-actor":  r.Complete(lon(t, 2026, 3, 3, 10), "\xfe", ""),
			"announce-offset": r.AnnounceResults(lon(t, 2026, 3, 3, 10), "dpo", time.Date(2026, 3, 3, 9, 0, 0, 0, odd)),
		} {
			if basis.CodeOf(err) != CodeNotStorable {
				t.Errorf("%s: error = %v, want %s", name, err, CodeNotStorable)
			}
		}
		if !slices.EqualFunc(r.Log(), before, Event.equal) {
			t.Errorf("failed commands changed the log")
		}
		if _, err := EncodeLog(r.Log()); err != nil {
			t.Errorf("EncodeLog of a live request: %v", err)
		}
	})
	t.Run("encode", func(t *testing.T) {
		_, err := EncodeLog([]Event{{Kind: EventReceived, At: time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC), Actor: "dpo"}})
		if basis.CodeOf(err) != CodeNotStorable {
			t.Errorf("EncodeLog error = %v, want %s", err, CodeNotStorable)
		}
	})
}

// The log records the calendar its request runs on, so Replay of the
// stored log without options gives the same deadline. Received 2 December
// 2026 in Scotland: one month ends on Saturday 2 January 2027, 4 January is
// the substitute day for 2 January (BFDA 1971 Sch. 1 para 2), so the
// request is due Tuesday 5 January 2027; in England and Wales it would be
// Monday 4 January.
func TestLogRecordsCalendar(t *testing.T) {
	r := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 12, 2, 10)}, WithCalendar(Scotland))
	wantDue(t, r, "2027-01-05")
	data, err := EncodeLog(r.Log())
	if err != nil {
		t.Fatal(err)
	}
	events, err := DecodeLog(data)
	if err != nil {
		t.Fatal(err)
	}
	back := mustReplay(t, events)
	wantDue(t, back, "2027-01-05")
	if !back.Calendar().Equal(Scotland) || !back.Equal(r) {
		t.Errorf("replayed calendar %v, want %v", back.Calendar(), Scotland)
	}
	// The replayed request extends by its own calendar too: the first
	// month ends on 5 January in Scotland (4 January in England and Wales).
	rqMust(t, back.Extend(lon(t, 2027, 1, 5, 9), "dpo", "many records"))
	// The same calendar may be given again; another one is an error.
	mustReplay(t, events, WithCalendar(Scotland))
	if _, err := Replay(events, WithCalendar(EnglandAndWales)); basis.CodeOf(err) != CodeCalendarMismatch {
		t.Errorf("Replay with another calendar: %v, want %s", err, CodeCalendarMismatch)
	}
	// A log written before logs recorded the calendar replays as before:
	// with the calendar given, or the regime's default.
	old := r.Log()
	old[0].Calendar = nil
	wantDue(t, mustReplay(t, old), "2027-01-04")
	wantDue(t, mustReplay(t, old, WithCalendar(Scotland)), "2027-01-05")
	// The EU default, weekends only, is recorded too.
	eu := openT(t, Opening{Kind: AccessRequest, Regime: basis.EU, Received: lon(t, 2026, 12, 2, 10)})
	if c := eu.Log()[0].Calendar; c == nil || !c.Equal(WeekendsOnly) {
		t.Errorf("EU request records calendar %v, want weekends-only", c)
	}
}

// Values a register holds marshal with lowerCamel member names and leave
// out zero fields (time.Time included).
func TestJSONMemberNames(t *testing.T) {
	for _, v := range []any{Situation{}, Policy{}, Clock{}, Pause{}, Verdict{}, Money{}} {
		typ := reflect.TypeOf(v)
		for i := range typ.NumField() {
			f := typ.Field(i)
			tag := f.Tag.Get("json")
			want := string(f.Name[0]+'a'-'A') + f.Name[1:]
			if f.Name == "ID" {
				want = "id"
			}
			if tag != want+",omitzero" {
				t.Errorf("%s.%s has tag %q, want %q", typ.Name(), f.Name, tag, want+",omitzero")
			}
		}
	}
}

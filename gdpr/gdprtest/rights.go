package gdprtest

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
	"github.com/google/uuid"
	"pgregory.net/rapid"
)

// ValidCalendar draws one of the three UK divisions' calendars or
// WeekendsOnly, sometimes with closure days added.
func ValidCalendar() *rapid.Generator[rights.Calendar] {
	return rapid.Custom(func(t *rapid.T) rights.Calendar {
		c := rapid.SampledFrom([]rights.Calendar{rights.EnglandAndWales, rights.Scotland, rights.NorthernIreland, rights.WeekendsOnly}).Draw(t, "calendar")
		if rapid.Float64Range(0, 1).Draw(t, "closures") < 0.2 {
			c = c.WithClosures(rapid.SliceOfN(Midnight(), 1, 3).Draw(t, "closureDays")...)
		}
		return c
	})
}

// UUID draws a request ID (never the zero UUID).
func UUID() *rapid.Generator[uuid.UUID] {
	return rapid.Custom(func(t *rapid.T) uuid.UUID {
		var u uuid.UUID
		for i := range u {
			u[i] = rapid.Byte().Draw(t, "b")
		}
		u[6] = u[6]&0x0f | 0x40 // version 4
		u[8] = u[8]&0x3f | 0x80 // RFC 4122 variant
		return u
	})
}

// ValidOpening draws the receipt of a request that rights.Open accepts:
// an ID, a kind, a regime and a time of receipt after the GDPR applied
// (for a UK complaint to the controller, from 2026-06-19 and under the UK
// regime only), with the facts its kind needs (the time of the decision
// for human intervention; for a UK access request, perhaps exam marks).
func ValidOpening() *rapid.Generator[rights.Opening] {
	return rapid.Custom(func(t *rapid.T) rights.Opening {
		o := rights.Opening{ID: UUID().Draw(t, "id"), Kind: ValidRequestKind().Draw(t, "kind"),
			Regime: ValidRegime().Draw(t, "regime"), Actor: rapid.StringMatching(`[a-z]{1,8}`).Draw(t, "actor"),
			Reason: Text().Draw(t, "reason")}
		from := time.Date(2018, 5, 25, 12, 0, 0, 0, time.UTC)
		if o.Kind == rights.ComplaintToController {
			o.Regime, from = basis.UK, time.Date(2026, 6, 19, 12, 0, 0, 0, time.UTC)
		}
		o.Received = timeAfter(t, from, 9*365*24, "received")
		switch {
		case o.Kind == rights.HumanInterventionRequest:
			o.DecisionAt = o.Received.Add(-time.Duration(rapid.IntRange(1, 24*90).Draw(t, "decisionHoursBefore")) * time.Hour)
		case o.Kind == rights.AccessRequest && o.Regime == basis.UK && rapid.Bool().Draw(t, "examMarks"):
			o.ExamMarks = true
		}
		return o
	})
}

// timeAfter draws an instant up to hours hours after from, at a whole
// minute, in one of the generators' locations.
func timeAfter(t *rapid.T, from time.Time, hours int, label string) time.Time {
	h := rapid.IntRange(0, hours).Draw(t, label+"Hours")
	m := rapid.IntRange(0, 59).Draw(t, label+"Minutes")
	return from.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute).In(rapid.SampledFrom(locations).Draw(t, label+"Location"))
}

// Command is one command of a request's lifecycle: the name of the
// rights.Request method (Start, VerifyIdentity, AskIdentity,
// ReceiveIdentity, AskFee, PayFee, AskClarification, ReceiveClarification,
// Extend, Acknowledge, AnnounceResults, Complete, Refuse, Withdraw) and its
// arguments.
type Command struct {
	Name      string               // the command, one of CommandNames
	At        time.Time            // when it is given
	Actor     string               // who gives it
	Reason    string               // why, for commands that take one
	Announced time.Time            // AnnounceResults only
	Ground    rights.RefusalGround // Refuse only
	Exemption rights.Exemption     // Refuse only
}

// CommandNames are the names of the commands, in the order of the
// lifecycle.
var commandNames = []string{"Start", "VerifyIdentity", "AskIdentity", "ReceiveIdentity", "AskFee", "PayFee",
	"AskClarification", "ReceiveClarification", "Extend", "Acknowledge", "AnnounceResults", "Complete", "Refuse", "Withdraw"}

// CommandNames returns the names of the request commands, in the order of
// the lifecycle. The slice is new.
func CommandNames() []string { return append([]string(nil), commandNames...) }

// Apply calls the command's method on r and returns its error: nil, or a
// refusal that leaves r as it was.
func (c Command) Apply(r *rights.Request) error {
	switch c.Name {
	case "Start":
		return r.Start(c.At, c.Actor, c.Reason)
	case "VerifyIdentity":
		return r.VerifyIdentity(c.At, c.Actor, c.Reason)
	case "AskIdentity":
		return r.AskIdentity(c.At, c.Actor, c.Reason)
	case "ReceiveIdentity":
		return r.ReceiveIdentity(c.At, c.Actor, c.Reason)
	case "AskFee":
		return r.AskFee(c.At, c.Actor, c.Reason)
	case "PayFee":
		return r.PayFee(c.At, c.Actor, c.Reason)
	case "AskClarification":
		return r.AskClarification(c.At, c.Actor, c.Reason)
	case "ReceiveClarification":
		return r.ReceiveClarification(c.At, c.Actor, c.Reason)
	case "Extend":
		return r.Extend(c.At, c.Actor, c.Reason)
	case "Acknowledge":
		return r.Acknowledge(c.At, c.Actor, c.Reason)
	case "AnnounceResults":
		return r.AnnounceResults(c.At, c.Actor, c.Announced)
	case "Complete":
		return r.Complete(c.At, c.Actor, c.Reason)
	case "Refuse":
		return r.Refuse(c.At, c.Actor, c.Reason, c.Ground, c.Exemption)
	case "Withdraw":
		return r.Withdraw(c.At, c.Actor, c.Reason)
	}
	return &basis.InputError{Code: "gdprtest/unknown-command", Value: c.Name, Valid: CommandNames(), Message: "not a request command"}
}

// CommandAfter draws a command at a time from at to 40 days after it: any
// command (those that end the request less often), with a reason (the fee, extension and refusal need one), and
// for a refusal a defined ground and perhaps an exemption. The request may
// refuse it (Apply returns the error and changes nothing).
func CommandAfter(at time.Time) *rapid.Generator[Command] {
	return rapid.Custom(func(t *rapid.T) Command {
		// The three commands that end a request are drawn a fifth as often
		// as the others, so that runs get past the first few events.
		name := rapid.OneOf(rapid.SampledFrom(commandNames[:11]), rapid.SampledFrom(commandNames[:11]),
			rapid.SampledFrom(commandNames[:11]), rapid.SampledFrom(commandNames[:11]), rapid.SampledFrom(commandNames)).Draw(t, "command")
		c := Command{Name: name,
			At:     at.Add(time.Duration(rapid.IntRange(0, 40*24*60).Draw(t, "minutesLater")) * time.Minute),
			Actor:  rapid.StringMatching(`[a-z]{1,8}`).Draw(t, "actor"),
			Reason: rapid.StringMatching(`[a-z]{1,10}( [a-z]{1,10}){0,2}`).Draw(t, "reason")}
		switch c.Name {
		case "AnnounceResults":
			c.Announced = c.At.Add(-time.Duration(rapid.IntRange(0, 72).Draw(t, "announcedHoursBefore")) * time.Hour)
		case "Refuse":
			c.Ground = ValidRefusalGround().Draw(t, "ground")
			c.Exemption = orZero(ValidExemption()).Draw(t, "exemption")
		}
		return c
	})
}

// ValidRequest draws a request as it may stand after a run of its
// lifecycle: opened from a ValidOpening on a ValidCalendar, then up to 12
// commands drawn with CommandAfter, each at or after the one before. Only
// the commands the request accepts are in its log, so its log replays
// (rights.Replay) to an equal request.
func ValidRequest() *rapid.Generator[*rights.Request] {
	return rapid.Custom(func(t *rapid.T) *rights.Request {
		o := ValidOpening().Draw(t, "opening")
		r, err := rights.Open(o, rights.WithCalendar(ValidCalendar().Draw(t, "calendar")))
		if err != nil {
			t.Fatalf("gdprtest: Open refused an opening drawn as valid: %v", err)
		}
		at := o.Received
		for range rapid.IntRange(0, 12).Draw(t, "commands") {
			c := CommandAfter(at).Draw(t, "command")
			if c.Apply(r) == nil {
				at = c.At
			}
		}
		return r
	})
}

// ArbitraryEvent draws any rights.Event: any kind (zero and out of range
// included), any times, any fields whatever the kind.
func ArbitraryEvent() *rapid.Generator[rights.Event] { return arbitraryOf[rights.Event]() }

// ArbitraryLog draws a log for rights.Replay to refuse or accept: a valid
// request's log with one event changed, dropped or repeated, or events
// drawn by ArbitraryEvent.
func ArbitraryLog() *rapid.Generator[[]rights.Event] {
	return rapid.OneOf(
		rapid.SliceOfN(ArbitraryEvent(), 0, 4),
		rapid.Custom(func(t *rapid.T) []rights.Event {
			log := ValidRequest().Draw(t, "request").Log()
			i := rapid.IntRange(0, len(log)-1).Draw(t, "at")
			switch rapid.IntRange(0, 3).Draw(t, "mutation") {
			case 0:
				log[i] = ArbitraryEvent().Draw(t, "event")
			case 1:
				log = append(log[:i], log[i+1:]...)
			case 2:
				log = append(log[:i+1], log[i:]...)
			default:
				log[i].At = ArbitraryTime().Draw(t, "time")
			}
			return log
		}))
}

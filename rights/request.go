package rights

import (
	"iter"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/google/uuid"
)

// Request is one data subject request, or one complaint to the controller,
// from receipt to answer. It is a state machine over an append-only log of
// [Event]s: each command method either appends one event and succeeds, or
// returns an *[basis.InputError] and changes nothing. The state, the clock and
// the due date are derived from the log, so [Replay] of [Request.Log] gives
// the same request.
//
// The transitions are:
//
//	received ──start──▶ in progress ──extend──▶ extended
//	   │ ▲                 │ ▲                    │ ▲
//	   ▼ │ ask / answer    ▼ │                    ▼ │
//	awaiting identity, fee or clarification (back to where it was)
//
//	any open state ──complete──▶ completed (not while awaiting)
//	any open state ──refuse────▶ refused
//	any open state ──withdraw──▶ withdrawn
//
// A Request is not safe for concurrent use by several goroutines; its
// accessors are.
type Request struct {
	cal    Calendar // given with WithCalendar; the request's own is s.cal
	calSet bool     // WithCalendar was given
	policy Policy
	newID  func() (uuid.UUID, error)
	log    []Event
	s      reqState
}

// reqState is everything derived from the log. next works on a copy of it;
// its one slice, pauses, shares its array with the current state's, so next
// changes pauses only as the last step of an event that has passed every
// check (append, which leaves the current state's elements as they are, or
// setting the end of the running pause). A failed command therefore changes
// nothing, and [Request.Clock] hands out copies only.
type reqState struct {
	id         uuid.UUID
	kind       RequestKind
	regime     basis.Regime
	received   time.Time
	cal        Calendar // the calendar the request runs on (recorded at receipt)
	identityOn bool     // policy required identity checks (recorded at receipt)
	decisionAt time.Time
	examMarks  bool
	announced  time.Time

	state, resume State

	identityConfirmed bool
	identityAsked     bool
	identityReceived  time.Time
	feeAsked          bool
	feePaid           time.Time
	fee               Money
	pausesCount       bool // clarification pauses stop this request's clock
	pauses            []Pause
	extended          bool
	acknowledged      time.Time
	ground            RefusalGround
	exemption         Exemption
	closed            time.Time // completed, refused or withdrawn
}

// Option configures [Open] and [Replay]. The package has one option style:
// functional options, each with a sane default.
type Option func(*Request)

// WithCalendar sets the working-day calendar the request's time limit is
// computed in. [Open] records it in the first event, so [Replay] of the
// log uses it without being told; given to Replay, it must be the calendar
// the log records (else the error has code [CodeCalendarMismatch]), and it
// is used only for a log that records none. Give the controller's UK division, with no closure days but
// proclaimed public holidays (see [Calendar.WithClosures]). The default is
// [EnglandAndWales] for a UK request and [WeekendsOnly] for an EU request:
// under Regulation 1182/71 Arts. 2(1) and 3(4) the public holidays are those
// of the Member State concerned, which this package does not model, and
// weekends only never gives a later deadline than the law does.
func WithCalendar(cal Calendar) Option { return func(r *Request) { r.cal, r.calSet = cal, true } }

// WithPolicy sets the controller's [Policy]. The default is the zero
// Policy.
func WithPolicy(p Policy) Option { return func(r *Request) { r.policy = p } }

// WithIDs sets the generator [Open] calls when the [Opening] has no ID, such
// as uuid.NewRandom. By default there is none, and an Opening must carry
// its ID: the package has no hidden source of randomness.
func WithIDs(gen func() (uuid.UUID, error)) Option { return func(r *Request) { r.newID = gen } }

// Opening describes a request as it arrives.
type Opening struct {
	ID       uuid.UUID    // the request's ID; zero to take one from the generator set by WithIDs
	Kind     RequestKind  // what it asks for
	Regime   basis.Regime // the law it is made under
	Received time.Time    // when it arrived
	Actor    string       // who recorded it
	Reason   string       // a note, optional

	// DecisionAt is when the automated decision was taken; required for a
	// HumanInterventionRequest and for nothing else.
	DecisionAt time.Time
	// ExamMarks marks an access request for marks or other information
	// processed to determine the results of an exam (DPA 2018 Sch. 2
	// para 25(2)); UK only.
	ExamMarks bool
	// ResultsAnnounced is when the results were announced, if that was
	// before the request arrived; then para 25(3) does not apply. Record a
	// later announcement with [Request.AnnounceResults].
	ResultsAnnounced time.Time
}

// Open records the receipt of a request and returns it in [StateReceived].
// The policy's IdentityChecks setting is recorded in the first event, so a
// later change of policy does not change how the request's log replays.
//
// It returns an *[basis.InputError] when the opening is incomplete or the law it
// needs is not in force: a complaint to the controller received before
// 2026-06-19 or outside the UK is not a statutory complaint (code
// [CodeNotInForce]), nor is anything received before the GDPR applied.
func Open(o Opening, opts ...Option) (*Request, error) {
	r := newRequest(opts)
	if err := r.policy.Check(); err != nil {
		return nil, err.(*basis.InputError).Under("policy")
	}
	id := o.ID
	if id == uuid.Nil && r.newID != nil {
		var err error
		if id, err = r.newID(); err != nil {
			return nil, &basis.InputError{Code: CodeMissing, Path: "id", Message: "the ID generator failed", Err: err}
		}
	}
	cal := r.calendarFor(o.Regime)
	e := Event{
		Calendar: &cal,
		Kind:     EventReceived, At: o.Received, Actor: o.Actor, Reason: o.Reason,
		ID: id, Request: o.Kind, Regime: o.Regime, IdentityChecks: r.policy.IdentityChecks,
		DecisionAt: o.DecisionAt, ExamMarks: o.ExamMarks, Announced: o.ResultsAnnounced,
	}
	if err := r.apply(e, -1); err != nil {
		return nil, err
	}
	return r, nil
}

// Replay rebuilds a request from its log, checking every event as the
// command that made it was checked (except against the current policy,
// whose relevant settings the log records). The first event must be
// [EventReceived]; times must not decrease. An error is an
// *[basis.InputError] whose Path starts with the offending event's
// position, such as "[3].reason". The request runs on the calendar the log
// records (see [WithCalendar]). The events are copied.
func Replay(events []Event, opts ...Option) (*Request, error) {
	r := newRequest(opts)
	if len(events) == 0 {
		return nil, &basis.InputError{Code: CodeMissing, Message: "a log starts with a received event; this one is empty"}
	}
	r.log = make([]Event, 0, len(events))
	for i, e := range events {
		if err := r.apply(e, i); err != nil {
			return nil, err
		}
	}
	return r, nil
}

func newRequest(opts []Option) *Request {
	r := &Request{cal: EnglandAndWales}
	for _, o := range opts {
		if o != nil {
			o(r)
		}
	}
	return r
}

// ID returns the request's ID.
func (r *Request) ID() uuid.UUID { return r.s.id }

// Kind returns what the request asks for.
func (r *Request) Kind() RequestKind { return r.s.kind }

// Regime returns the law the request is made under.
func (r *Request) Regime() basis.Regime { return r.s.regime }

// Received returns when the request arrived.
func (r *Request) Received() time.Time { return r.s.received }

// State returns where the request stands.
func (r *Request) State() State { return r.s.state }

// Calendar returns the calendar its time limits are computed in, as its
// first event records it.
func (r *Request) Calendar() Calendar { return r.s.cal }

// Policy returns the controller policy it was opened or replayed with.
func (r *Request) Policy() Policy { return r.policy }

// Len returns the number of events in the log.
func (r *Request) Len() int { return len(r.log) }

// Events yields the log's events in order.
func (r *Request) Events() iter.Seq[Event] {
	return func(yield func(Event) bool) {
		for _, e := range r.log {
			if !yield(e) {
				return
			}
		}
	}
}

// Log returns a copy of the log, for storage and [Replay].
func (r *Request) Log() []Event { return slices.Clone(r.log) }

// Equal reports whether two requests have the same log, calendar and
// policy; times are compared as instants.
func (r *Request) Equal(o *Request) bool {
	if r == nil || o == nil {
		return r == o
	}
	return r.s.cal.Equal(o.s.cal) && r.policy == o.policy && slices.EqualFunc(r.log, o.log, Event.equal)
}

// Article returns the provision the request rests on, as in force for it
// and cited by its regime on the date it was received ("UK GDPR Art. 15",
// "GDPR Art. 15", "DPA 2018 s.164A"): for human intervention in the UK,
// Art. 22C(2)(c) for decisions from 2026-02-05 and Art. 22(3) before.
func (r *Request) Article() string {
	at := r.s.received
	if r.s.kind == HumanInterventionRequest {
		at = r.s.decisionAt
	}
	return r.s.kind.ArticleIn(r.s.regime, at)
}

// Refusal returns the ground and, for [RefusalExempt], the exemption of a refused
// request, and false for any other.
func (r *Request) Refusal() (RefusalGround, Exemption, bool) {
	if r.s.state != StateRefused {
		return 0, 0, false
	}
	return r.s.ground, r.s.exemption, true
}

// Fee returns the fee charged, and false if none was.
func (r *Request) Fee() (Money, bool) { return r.s.fee, r.s.feeAsked }

// Acknowledged returns when a complaint was acknowledged, and false if it
// has not been (or the request is not a complaint).
func (r *Request) Acknowledged() (time.Time, bool) {
	return r.s.acknowledged, !r.s.acknowledged.IsZero()
}

// IdentityConfirmed reports whether the requester's identity has been
// confirmed, by information asked for or already held.
func (r *Request) IdentityConfirmed() bool { return r.s.identityConfirmed }

// Clock returns the time-limit facts of the request, built from its log:
// the regime, whether it is an access request, receipt, identity and fee
// requests, clarification pauses (only where they stop the clock) and the
// extension. The slice of pauses is new.
//
// Identity information asked for delays the start only for the requests
// Art. 12(6) reaches (and so UK Art. 12A(2)(b)): see [identityDelays].
func (r *Request) Clock() Clock {
	identityDelays := identityDelays(r.s.kind, r.s.regime, r.s.received)
	c := Clock{
		Regime:        r.s.regime,
		Access:        r.s.kind == AccessRequest,
		Received:      r.s.received,
		IdentityAsked: identityDelays && r.s.identityAsked,
		FeeAsked:      r.s.feeAsked,
		FeeReceived:   r.s.feePaid,
		Extended:      r.s.extended,
	}
	if identityDelays {
		c.IdentityReceived = r.s.identityReceived
	}
	if r.s.pausesCount && len(r.s.pauses) > 0 {
		c.Clarifications = slices.Clone(r.s.pauses)
	}
	return c
}

// identityDelays reports whether identity information asked for under
// Art. 12(6) delays the start of the time limit of a request of kind k,
// made under regime g and received at received.
//
// Art. 12(6) as adopted reaches "the requests referred to in Articles 15 to
// 21", so under the EU GDPR, and for UK requests received before
// 2026-02-05, a request for human intervention in an automated decision
// (Art. 22(3)) is not delayed: its clock runs from receipt while the
// controller checks who is asking. For UK requests received from
// 2026-02-05, DUAA 2025 Sch. 6 para 2(6) amends UK GDPR Art. 12(6): "In
// paragraph 6, for “referred to in Articles 15 to 21” substitute “made
// under or by virtue of Articles 15 to 22D”." A request for human
// intervention under Art. 22C(2)(c) is then one Art. 12(6) reaches, and
// Art. 12A(2)(b) makes the relevant time the receipt of the identity
// information asked for. The amendment commences with Art. 12A (S.I.
// 2026/82 reg. 2), whose time limits apply to requests received from that
// date (reg. 4), so the request's date of receipt decides.
func identityDelays(k RequestKind, g basis.Regime, received time.Time) bool {
	if k != HumanInterventionRequest {
		return true
	}
	return g == basis.UK && basis.UK.InForce(basis.TimeLimitsArt12A, received)
}

// examRule reports whether DPA 2018 Sch. 2 para 25(3) sets the time limit.
func (s *reqState) examRule() bool {
	if !s.examMarks {
		return false
	}
	_, ok := ExamMarksDeadline(s.received, s.announced)
	return ok
}

// Due returns midnight (Europe/London) at the start of the last day on
// which the request may be answered, as its log stands:
//
//   - a complaint to the controller: the last day to acknowledge it
//     (DPA 2018 s.164A(3), see [AcknowledgeBy]); once acknowledged there is
//     no fixed date ("without undue delay", s.164A(4)) and Due is false;
//   - an access request for exam marks made before the results were
//     announced: [ExamMarksDeadline] (DPA 2018 Sch. 2 para 25(3));
//   - any other request: [Clock.Due] in the request's calendar, which is
//     false while identity information or a fee is awaited or an access
//     request is paused for clarification.
//
// Due describes the time limit, not the state: a completed request keeps
// the date it was due.
func (r *Request) Due() (time.Time, bool) {
	switch {
	case r.s.kind == ComplaintToController:
		if !r.s.acknowledged.IsZero() {
			return time.Time{}, false
		}
		t, err := AcknowledgeBy(r.s.regime, r.s.received)
		return t, err == nil
	case r.s.examRule():
		return ExamMarksDeadline(r.s.received, r.s.announced)
	}
	return r.Clock().Due(r.s.cal)
}

// Target returns the controller's internal target date: the policy's
// TargetWorkingDays working days after the day the time limit started to
// run (for a complaint, after receipt), never later than [Request.Due]. It
// is false when the policy sets no target or Due is false.
func (r *Request) Target() (time.Time, bool) {
	if r.policy.TargetWorkingDays <= 0 {
		return time.Time{}, false
	}
	due, ok := r.Due()
	if !ok {
		return time.Time{}, false
	}
	start := r.s.received
	if r.s.kind != ComplaintToController {
		if start, ok = r.Clock().Start(); !ok {
			return time.Time{}, false
		}
	}
	t := r.s.cal.AddWorkingDays(start, r.policy.TargetWorkingDays)
	if t.After(due) {
		t = due
	}
	return t, true
}

// Overdue reports whether an open request was not answered in time: at is
// on a day after the day [Request.Due] returns.
func (r *Request) Overdue(at time.Time) bool {
	if r.s.state.Terminal() {
		return false
	}
	due, ok := r.Due()
	return ok && civil.LondonDate(at).After(civil.LondonDate(due))
}

// String describes the request without personal data: kind, ID and state.
func (r *Request) String() string {
	return r.s.kind.String() + " request " + r.s.id.String() + " (" + r.s.state.String() + ", " + strconv.Itoa(len(r.log)) + " events)"
}

// LogValue describes the request for logs without personal data or free
// text: kind, ID, state and the number of events.
func (r *Request) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("kind", r.s.kind.String()),
		slog.String("id", r.s.id.String()),
		slog.String("state", r.s.state.String()),
		slog.Int("events", len(r.log)),
	)
}

package rights

import (
	"github.com/dpmodel/dpmodel/internal/civil"
	"iter"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/google/uuid"
)

// Request is one data subject request, or one complaint to the controller,
// from receipt to answer. It is a state machine over an append-only log of
// [Event]s: each command method either appends one event and succeeds, or
// returns a *[RequestError] and changes nothing. The state, the clock and
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
	cal    Calendar
	calSet bool // WithCalendar was given
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
	identityOn bool // policy required identity checks (recorded at receipt)
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
	ground            Ground
	exemption         Exemption
	closed            time.Time // completed, refused or withdrawn
}

// Option configures [Open] and [Replay].
type Option func(*Request)

// WithCalendar sets the working-day calendar the request's time limit is
// computed in. Give the controller's UK division, with no closure days but
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
// It returns a *[RequestError] when the opening is incomplete or the law it
// needs is not in force: a complaint to the controller received before
// 2026-06-19 or outside the UK is not a statutory complaint (code
// [CodeNotInForce]), nor is anything received before the GDPR applied.
func Open(o Opening, opts ...Option) (*Request, error) {
	r := newRequest(opts)
	if err := r.policy.Check(); err != nil {
		return nil, err
	}
	id := o.ID
	if id == uuid.Nil && r.newID != nil {
		var err error
		if id, err = r.newID(); err != nil {
			return nil, &RequestError{Code: CodeMissing, Index: -1, Field: "ID", Msg: "the ID generator failed", Err: err}
		}
	}
	e := Event{
		Kind: EventReceived, At: o.Received, Actor: o.Actor, Reason: o.Reason,
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
// [EventReceived]; times must not decrease. An error is a *[RequestError]
// whose Index is the offending event's position. The events are copied.
func Replay(events []Event, opts ...Option) (*Request, error) {
	r := newRequest(opts)
	if len(events) == 0 {
		return nil, &RequestError{Code: CodeMissing, Index: -1, Field: "events", Msg: "a log starts with a received event; this one is empty"}
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

// Calendar returns the calendar its time limits are computed in.
func (r *Request) Calendar() Calendar { return r.cal }

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
	return r.cal == o.cal && r.policy == o.policy && slices.EqualFunc(r.log, o.log, Event.equal)
}

// Article returns the provision the request rests on, as in force for it:
// for human intervention in the UK, Art. 22C(2)(c) for decisions from
// 2026-02-05 and Art. 22(3) before.
func (r *Request) Article() string {
	if r.s.kind == HumanInterventionRequest {
		return r.s.kind.ArticleIn(r.s.regime, r.s.decisionAt)
	}
	return r.s.kind.Article()
}

// Refusal returns the ground and, for [Exempt], the exemption of a refused
// request, and false for any other.
func (r *Request) Refusal() (Ground, Exemption, bool) {
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
// Identity information asked for delays the start only for requests under
// Arts. 15 to 21, the requests Art. 12(6) reaches (and so UK Art.
// 12A(2)(b)); for a request for human intervention in an automated decision
// the clock runs from receipt while the controller checks who is asking.
func (r *Request) Clock() Clock {
	identityDelays := r.s.kind != HumanInterventionRequest
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
	return r.Clock().Due(r.cal)
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
	t := r.cal.AddWorkingDays(start, r.policy.TargetWorkingDays)
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

// Start records that the controller began dealing with a received request.
func (r *Request) Start(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventStarted, At: at, Actor: actor, Reason: reason}, -1)
}

// VerifyIdentity records that the requester's identity was confirmed from
// information the controller already holds; the clock does not move.
func (r *Request) VerifyIdentity(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventIdentityVerified, At: at, Actor: actor, Reason: reason}, -1)
}

// AskIdentity records a request for information to confirm the requester's
// identity (Art. 12(6)). The request waits until [Request.ReceiveIdentity].
func (r *Request) AskIdentity(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventIdentityRequested, At: at, Actor: actor, Reason: reason}, -1)
}

// ReceiveIdentity records that the identity information arrived.
func (r *Request) ReceiveIdentity(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventIdentityReceived, At: at, Actor: actor, Reason: reason}, -1)
}

// AskFee charges the policy's fee for a manifestly unfounded or excessive
// request (Art. 12(5)(a)); the reason, which the controller must be able to
// show, is required. A policy with no fee is a [CodeNoFee] error: refuse
// instead.
func (r *Request) AskFee(at time.Time, actor, reason string) error {
	if r.policy.Fee.IsZero() {
		return newRequestError(CodeNoFee, "Policy.Fee", "", "the controller's policy charges no fee; refuse the request instead (Art. 12(5)(b))")
	}
	return r.apply(Event{Kind: EventFeeRequested, At: at, Actor: actor, Reason: reason, Fee: r.policy.Fee}, -1)
}

// PayFee records that the fee was paid.
func (r *Request) PayFee(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventFeePaid, At: at, Actor: actor, Reason: reason}, -1)
}

// AskClarification records that the controller asked the subject to specify
// the information or processing the request is about. For UK access
// requests (Art. 12A(5); before 2026-02-05, the ICO's guidance from
// 2020-10-21) the clock stops until [Request.ReceiveClarification]; for
// others the request waits but the clock runs on.
func (r *Request) AskClarification(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventClarificationRequested, At: at, Actor: actor, Reason: reason}, -1)
}

// ReceiveClarification records that the clarification arrived.
func (r *Request) ReceiveClarification(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventClarificationReceived, At: at, Actor: actor, Reason: reason}, -1)
}

// Extend extends the time limit by two further months. The reason, told to
// the subject, is required, and the extension must be made while the first
// month runs (Art. 12(3); UK Art. 12A(3)-(4)); once only. A complaint, and
// an exam-marks request under DPA 2018 Sch. 2 para 25(3), cannot be
// extended.
func (r *Request) Extend(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventExtended, At: at, Actor: actor, Reason: reason}, -1)
}

// Acknowledge records the acknowledgement of a complaint to the controller
// (DPA 2018 s.164A(3)) and puts it in progress.
func (r *Request) Acknowledge(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventAcknowledged, At: at, Actor: actor, Reason: reason}, -1)
}

// AnnounceResults records that the results of the exam an exam-marks
// request is about were announced at announced (DPA 2018 Sch. 2
// para 25(5): first published or, if not, first communicated to the
// candidate); from then the request is due within 40 days beginning with
// the announcement if that is sooner. announced may be earlier than at, but
// not before the request arrived.
func (r *Request) AnnounceResults(at time.Time, actor string, announced time.Time) error {
	return r.apply(Event{Kind: EventResultsAnnounced, At: at, Actor: actor, Announced: announced}, -1)
}

// Complete records that the request was answered.
func (r *Request) Complete(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventCompleted, At: at, Actor: actor, Reason: reason}, -1)
}

// Refuse records a refusal to act on the request. The reason is required
// (Art. 12(4): the subject must be told it, and of the right to complain).
// For [Exempt] the exemption must cover the right the request exercises
// ([Exemption.Covers]) and be law for it; for the other grounds it must be
// zero. A complaint to the controller cannot be refused.
func (r *Request) Refuse(at time.Time, actor, reason string, g Ground, ex Exemption) error {
	return r.apply(Event{Kind: EventRefused, At: at, Actor: actor, Reason: reason, Ground: g, Exemption: ex}, -1)
}

// Withdraw records that the subject withdrew the request.
func (r *Request) Withdraw(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventWithdrawn, At: at, Actor: actor, Reason: reason}, -1)
}

// apply checks e against the request and, if it is allowed, appends it and
// moves to the new state. On error nothing changes.
func (r *Request) apply(e Event, index int) error {
	next, err := r.next(e)
	if err != nil {
		if err.Index < 0 {
			err.Index = index
		}
		return err
	}
	r.s = next
	r.log = append(r.log, e)
	if len(r.log) == 1 && !r.calSet && next.regime == basis.EU {
		r.cal = WeekendsOnly // see WithCalendar
	}
	return nil
}

func (r *Request) next(e Event) (reqState, *RequestError) {
	s := r.s // a copy; slices in it are cloned before change
	if !e.Kind.IsValid() {
		return s, &RequestError{Code: CodeInvalid, Index: -1, Field: "Kind", Value: e.Kind.String(), Valid: eventKinds.Codes(), Msg: "not an event kind"}
	}
	if e.At.IsZero() {
		return s, newRequestError(CodeMissing, "At", "", "a %s event needs its time", e.Kind)
	}
	if e.Actor == "" {
		return s, newRequestError(CodeMissing, "Actor", "", "a %s event needs the person or system that recorded it", e.Kind)
	}
	if stray := e.setFields() &^ carries[e.Kind]; stray != 0 {
		f := firstFieldName(stray)
		return s, newRequestError(CodeUnexpected, f, "", "a %s event does not carry %s", e.Kind, f)
	}
	if len(r.log) == 0 {
		if e.Kind != EventReceived {
			return s, newRequestError(CodeIllegalTransition, "Kind", e.Kind.String(), "a log starts with a received event")
		}
		return r.received(e)
	}
	if e.Kind == EventReceived {
		return s, newRequestError(CodeIllegalTransition, "Kind", e.Kind.String(), "the request was already received")
	}
	if last := r.log[len(r.log)-1].At; e.At.Before(last) {
		return s, newRequestError(CodeTimeOrder, "At", e.At.Format(time.RFC3339Nano),
			"events are in time order; the previous one is at %s", last.Format(time.RFC3339Nano))
	}
	illegal := func() (reqState, *RequestError) {
		return s, newRequestError(CodeIllegalTransition, "Kind", e.Kind.String(), "a %s request in state %s cannot take a %s event",
			s.kind, s.state, e.Kind)
	}
	if s.state.Terminal() {
		return illegal()
	}
	open := s.state == StateReceived || s.state == StateInProgress || s.state == StateExtended
	complaint := s.kind == ComplaintToController
	notForComplaint := func() (reqState, *RequestError) {
		return s, newRequestError(CodeNotForKind, "Kind", e.Kind.String(),
			"a complaint to the controller (%s) has no %s step", ComplaintsArticle, e.Kind)
	}
	needReason := func(why string) *RequestError {
		if e.Reason == "" {
			return newRequestError(CodeMissing, "Reason", "", "%s", why)
		}
		return nil
	}

	switch e.Kind {
	case EventStarted:
		if s.state != StateReceived {
			return illegal()
		}
		if s.identityOn && !s.identityConfirmed {
			return s, newRequestError(CodeIdentityUnconfirmed, "Kind", e.Kind.String(),
				"the controller's policy requires the requester's identity to be confirmed first")
		}
		s.state = StateInProgress

	case EventIdentityVerified:
		if complaint {
			return notForComplaint()
		}
		if !open {
			return illegal()
		}
		if s.identityConfirmed {
			return s, newRequestError(CodeRepeated, "Kind", e.Kind.String(), "the requester's identity is already confirmed")
		}
		s.identityConfirmed = true

	case EventIdentityRequested:
		if complaint {
			return notForComplaint()
		}
		if !open {
			return illegal()
		}
		if s.identityAsked || s.identityConfirmed {
			return s, newRequestError(CodeRepeated, "Kind", e.Kind.String(), "identity information was already asked for or confirmed")
		}
		s.identityAsked = true
		s.resume, s.state = s.state, StateAwaitingIdentity

	case EventIdentityReceived:
		if s.state != StateAwaitingIdentity {
			return illegal()
		}
		s.identityReceived = e.At
		s.identityConfirmed = true
		s.state, s.resume = s.resume, 0

	case EventFeeRequested:
		if complaint {
			return notForComplaint()
		}
		if !open {
			return illegal()
		}
		if s.feeAsked {
			return s, newRequestError(CodeRepeated, "Kind", e.Kind.String(), "a fee was already charged")
		}
		if e.Fee.IsZero() {
			return s, newRequestError(CodeMissing, "Fee", "", "a fee-requested event carries the fee")
		}
		if err := e.Fee.check("Fee"); err != nil {
			return s, err.(*RequestError)
		}
		if err := needReason("a fee is charged only for a manifestly unfounded or excessive request, which the controller must show (Art. 12(5))"); err != nil {
			return s, err
		}
		s.feeAsked, s.fee = true, e.Fee
		s.resume, s.state = s.state, StateAwaitingFee

	case EventFeePaid:
		if s.state != StateAwaitingFee {
			return illegal()
		}
		s.feePaid = e.At
		s.state, s.resume = s.resume, 0

	case EventClarificationRequested:
		if complaint {
			return notForComplaint()
		}
		if !open {
			return illegal()
		}
		// s.pauses may share its array with r.s.pauses; appending never
		// changes the elements r.s.pauses sees, and nothing after this
		// can fail.
		s.pauses = append(s.pauses, Pause{From: e.At})
		s.resume, s.state = s.state, StateAwaitingClarification

	case EventClarificationReceived:
		if s.state != StateAwaitingClarification {
			return illegal()
		}
		// Written in place: the array is r.s.pauses's too, but nothing
		// after this can fail, so the old state is replaced at once, and
		// Clock hands out copies only.
		s.pauses[len(s.pauses)-1].To = e.At
		s.state, s.resume = s.resume, 0

	case EventExtended:
		if complaint {
			return notForComplaint()
		}
		if s.state == StateExtended {
			return s, newRequestError(CodeRepeated, "Kind", e.Kind.String(), "the time limit can be extended once, by two further months")
		}
		if !open {
			return illegal()
		}
		if s.examRule() {
			return s, newRequestError(CodeNotForKind, "Kind", e.Kind.String(),
				"the time limit of an exam-marks request is set by %s and cannot be extended", ExamMarks.Article())
		}
		if err := needReason("the subject must be told the reasons for an extension (Art. 12(3); UK Art. 12A(4)(b))"); err != nil {
			return s, err
		}
		last, ok := r.Clock().ExtensionDeadline(r.cal)
		if !ok {
			return s, newRequestError(CodeClock, "Kind", e.Kind.String(), "the time limit has not started, so it cannot be extended")
		}
		if civil.LondonDate(e.At).After(civil.LondonDate(last)) {
			return s, newRequestError(CodeTooLate, "At", e.At.Format(time.RFC3339),
				"an extension must be notified within the first month, which ended on %s (Art. 12(3); UK Art. 12A(4)(a))",
				last.Format(time.DateOnly))
		}
		s.extended = true
		s.state = StateExtended

	case EventAcknowledged:
		if !complaint {
			return s, newRequestError(CodeNotForKind, "Kind", e.Kind.String(), "only a complaint to the controller is acknowledged (%s(3))", ComplaintsArticle)
		}
		if !s.acknowledged.IsZero() {
			return s, newRequestError(CodeRepeated, "Kind", e.Kind.String(), "the complaint was already acknowledged")
		}
		if !open {
			return illegal()
		}
		s.acknowledged = e.At
		s.state = StateInProgress

	case EventResultsAnnounced:
		if !s.examMarks {
			return s, newRequestError(CodeNotForKind, "Kind", e.Kind.String(), "only an exam-marks request (%s) records exam results", ExamMarks.Article())
		}
		if !s.announced.IsZero() {
			return s, newRequestError(CodeRepeated, "Kind", e.Kind.String(), "the results were already announced")
		}
		if e.Announced.IsZero() {
			return s, newRequestError(CodeMissing, "Announced", "", "a results-announced event carries the time of the announcement")
		}
		if e.Announced.Before(s.received) || e.Announced.After(e.At) {
			return s, newRequestError(CodeInvalid, "Announced", e.Announced.Format(time.RFC3339),
				"the announcement must fall between receipt (%s) and the event (%s)", s.received.Format(time.RFC3339), e.At.Format(time.RFC3339))
		}
		s.announced = e.Announced

	case EventCompleted:
		if !open {
			return illegal()
		}
		if s.identityOn && !s.identityConfirmed && !complaint {
			return s, newRequestError(CodeIdentityUnconfirmed, "Kind", e.Kind.String(),
				"the controller's policy requires the requester's identity to be confirmed first")
		}
		s.state, s.closed = StateCompleted, e.At

	case EventRefused:
		if complaint {
			return notForComplaint()
		}
		if err := r.checkRefusal(e); err != nil {
			return s, err
		}
		s.ground, s.exemption = e.Ground, e.Exemption
		s.state, s.resume, s.closed = StateRefused, 0, e.At

	case EventWithdrawn:
		s.state, s.resume, s.closed = StateWithdrawn, 0, e.At
	}
	return s, nil
}

func (r *Request) checkRefusal(e Event) *RequestError {
	if !e.Ground.IsValid() {
		return &RequestError{Code: CodeInvalid, Index: -1, Field: "Ground", Value: e.Ground.String(), Valid: grounds.Codes(), Msg: "a refusal needs its ground"}
	}
	if e.Reason == "" {
		return newRequestError(CodeMissing, "Reason", "", "the subject must be told the reasons for a refusal (Art. 12(4))")
	}
	if e.Ground != Exempt {
		if e.Exemption != 0 {
			return newRequestError(CodeUnexpected, "Exemption", e.Exemption.String(), "an exemption is cited only with the ground %s", Exempt)
		}
		return nil
	}
	right := r.s.kind.Right()
	switch {
	case !e.Exemption.IsValid():
		return &RequestError{Code: CodeMissing, Index: -1, Field: "Exemption", Value: e.Exemption.String(), Valid: exemptions.Codes(), Msg: "a refusal on ground exempt cites the exemption"}
	case !e.Exemption.AvailableIn(r.s.regime, r.s.received):
		return newRequestError(CodeNotInForce, "Exemption", e.Exemption.String(), "%s is UK law only, from 2018-05-25; the request is under the %s regime",
			e.Exemption.Article(), r.s.regime)
	case !e.Exemption.Covers(right):
		return newRequestError(CodeExemptionScope, "Exemption", e.Exemption.String(), "%s does not disapply the right of a %s request (%s)",
			e.Exemption.Article(), r.s.kind, right.Article())
	}
	return nil
}

// received checks the first event and derives the opening state.
func (r *Request) received(e Event) (reqState, *RequestError) {
	var s reqState
	stamp := func() string { return e.At.Format(time.RFC3339) }
	switch {
	case e.ID == uuid.Nil:
		return s, newRequestError(CodeMissing, "ID", "", "a request needs an ID: set Opening.ID or an ID generator (WithIDs)")
	case !e.Request.IsValid():
		return s, &RequestError{Code: CodeInvalid, Index: -1, Field: "Request", Value: e.Request.String(), Valid: requestKinds.Codes(), Msg: "not a request kind"}
	case !e.Regime.IsValid():
		return s, &RequestError{Code: CodeInvalid, Index: -1, Field: "Regime", Value: e.Regime.String(), Valid: []string{"uk", "eu"}, Msg: "not a regime"}
	case !e.Regime.InForce(basis.GDPRApplies, e.At):
		return s, newRequestError(CodeNotInForce, "At", stamp(), "received before the GDPR applied (2018-05-25, Art. 99(2))")
	}
	if e.Request == ComplaintToController {
		if _, err := AcknowledgeBy(e.Regime, e.At); err != nil {
			return s, err.(*RequestError)
		}
	}
	if e.Request == HumanInterventionRequest {
		if e.DecisionAt.IsZero() {
			return s, newRequestError(CodeMissing, "DecisionAt", "", "a request for human intervention needs the time of the automated decision")
		}
		if e.DecisionAt.After(e.At) {
			return s, newRequestError(CodeInvalid, "DecisionAt", e.DecisionAt.Format(time.RFC3339), "the decision cannot come after the request about it (%s)", stamp())
		}
	} else if !e.DecisionAt.IsZero() {
		return s, newRequestError(CodeUnexpected, "DecisionAt", e.DecisionAt.Format(time.RFC3339), "only a request for human intervention carries a decision time")
	}
	if e.ExamMarks {
		if e.Request != AccessRequest {
			return s, newRequestError(CodeNotForKind, "ExamMarks", "true", "%s modifies the time limit of access requests only; this is a %s request",
				ExamMarks.Article(), e.Request)
		}
		if !ExamMarks.AvailableIn(e.Regime, e.At) {
			return s, newRequestError(CodeNotInForce, "ExamMarks", "true", "%s is UK law only; the request is under the %s regime", ExamMarks.Article(), e.Regime)
		}
	}
	if !e.Announced.IsZero() {
		if !e.ExamMarks {
			return s, newRequestError(CodeUnexpected, "Announced", e.Announced.Format(time.RFC3339), "only an exam-marks request records exam results")
		}
		if e.Announced.After(e.At) {
			return s, newRequestError(CodeInvalid, "Announced", e.Announced.Format(time.RFC3339),
				"at receipt only an earlier announcement is known; record a later one with AnnounceResults")
		}
	}
	s = reqState{
		id: e.ID, kind: e.Request, regime: e.Regime, received: e.At,
		identityOn: e.IdentityChecks, decisionAt: e.DecisionAt,
		examMarks: e.ExamMarks, announced: e.Announced,
		state: StateReceived,
	}
	// Whether clarification pauses stop this request's clock is the
	// Clock's rule (UK Art. 12A(5), or the ICO's guidance before it).
	if e.Request == AccessRequest {
		rules, ok := Clock{Regime: e.Regime, Access: true, Received: e.At}.rules()
		s.pausesCount = ok && rules.pauses
	}
	return s, nil
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

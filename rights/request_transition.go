package rights

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// This file holds the state machine of a [Request]: apply checks one event
// against the current state and, if it is allowed, moves to the next; each
// event kind but the first has one step method below, chosen by
// transition.step. The first event,
// the receipt, is checked in request_received.go.

// apply checks e against the request and, if it is allowed, appends it and
// moves to the new state. index is the event's position in a replayed log,
// or -1 for a command; an error's path is then put under "[index]". On
// error nothing changes.
func (r *Request) apply(e Event, index int) error {
	next, err := r.next(e)
	if err != nil {
		if index >= 0 {
			err = err.Under(basis.Index("", index))
		}
		return err
	}
	r.s = next
	r.log = append(r.log, e)
	return nil
}

// next returns the state after e, or why e is not allowed.
func (r *Request) next(e Event) (reqState, *basis.InputError) {
	if err := checkEvent(&e); err != nil {
		return r.s, err
	}
	if len(r.log) == 0 {
		if e.Kind != EventReceived {
			return r.s, inputError(CodeIllegalTransition, "kind", e.Kind.String(), "a log starts with a received event")
		}
		return r.received(e)
	}
	if e.Kind == EventReceived {
		return r.s, inputError(CodeIllegalTransition, "kind", e.Kind.String(), "the request was already received")
	}
	if last := r.log[len(r.log)-1].At; e.At.Before(last) {
		return r.s, inputError(CodeTimeOrder, "at", stamp(e.At), "events are in time order; the previous one is at %s", stamp(last))
	}
	t := transition{r: r, e: e, s: r.s}
	if t.s.state.Terminal() {
		return r.s, t.illegal()
	}
	if err := t.step(); err != nil {
		return r.s, err
	}
	return t.s, nil
}

// step runs the step of the event's kind. It is a switch rather than a
// table of functions so that the transition stays on the stack (an
// indirect call would make it escape: one allocation per event).
func (t *transition) step() *basis.InputError {
	switch t.e.Kind {
	case EventIdentityVerified:
		return t.identityVerified()
	case EventIdentityRequested:
		return t.identityRequested()
	case EventIdentityReceived:
		return t.identityReceived()
	case EventFeeRequested:
		return t.feeRequested()
	case EventFeePaid:
		return t.feePaid()
	case EventClarificationRequested:
		return t.clarificationRequested()
	case EventClarificationReceived:
		return t.clarificationReceived()
	case EventStarted:
		return t.started()
	case EventExtended:
		return t.extended()
	case EventAcknowledged:
		return t.acknowledged()
	case EventResultsAnnounced:
		return t.resultsAnnounced()
	case EventCompleted:
		return t.completed()
	case EventRefused:
		return t.refused()
	case EventWithdrawn:
		return t.withdrawn()
	}
	return t.illegal() // EventReceived after the first event is caught earlier
}

// checkEvent checks what every event needs whatever the state: a valid
// kind, a time, an actor, no field its kind does not carry, and values the
// log can store (see [CodeNotStorable]).
func checkEvent(e *Event) *basis.InputError {
	if !e.Kind.IsValid() {
		return &basis.InputError{Code: CodeInvalid, Path: "kind", Value: e.Kind.String(), Valid: eventKinds.Codes(), Message: "not an event kind"}
	}
	if e.At.IsZero() {
		return inputError(CodeMissing, "at", "", "a %s event needs its time", e.Kind)
	}
	if e.Actor == "" {
		return inputError(CodeMissing, "actor", "", "a %s event needs the person or system that recorded it", e.Kind)
	}
	if stray := e.setFields() &^ carries[e.Kind]; stray != 0 {
		f := firstFieldName(stray)
		return inputError(CodeUnexpected, f, "", "a %s event does not carry %s", e.Kind, f)
	}
	return checkStorable(e)
}

// transition is one event being checked against the state before it. s
// starts as a copy of the request's state; its one slice, pauses, shares
// its array with the current state's, so a step changes pauses only as its
// last action, once every check has passed (see reqState).
type transition struct {
	r *Request
	e Event
	s reqState
}

// open reports whether the request is being dealt with and not awaiting
// the subject.
func (t *transition) open() bool {
	return t.s.state == StateReceived || t.s.state == StateInProgress || t.s.state == StateExtended
}

func (t *transition) complaint() bool { return t.s.kind == ComplaintToController }

func (t *transition) illegal() *basis.InputError {
	return inputError(CodeIllegalTransition, "kind", t.e.Kind.String(), "a %s request in state %s cannot take a %s event",
		t.s.kind, t.s.state, t.e.Kind)
}

func (t *transition) notForComplaint() *basis.InputError {
	return inputError(CodeNotForKind, "kind", t.e.Kind.String(),
		"a complaint to the controller (%s) has no %s step", ComplaintsArticle, t.e.Kind)
}

// openNotComplaint is the check of the steps a complaint does not have and
// that need an open request.
func (t *transition) openNotComplaint() *basis.InputError {
	if t.complaint() {
		return t.notForComplaint()
	}
	if !t.open() {
		return t.illegal()
	}
	return nil
}

func (t *transition) repeated(format string, args ...any) *basis.InputError {
	return inputError(CodeRepeated, "kind", t.e.Kind.String(), format, args...)
}

// needReason reports a missing reason the law requires: why says which,
// and article (a GDPR article, cited by the regime only when the reason is
// missing, so that a good event costs nothing) where it comes from.
func (t *transition) needReason(why, article string) *basis.InputError {
	if t.e.Reason == "" {
		return inputError(CodeMissing, "reason", "", "%s (%s)", why, t.cite(article))
	}
	return nil
}

// cite names a GDPR article as in force for the request.
func (t *transition) cite(article string) string { return t.s.regime.Cite(article, t.s.received) }

// await moves to state, remembering where to come back to.
func (t *transition) await(state State) { t.s.resume, t.s.state = t.s.state, state }

// resume comes back from an awaiting state.
func (t *transition) resume() { t.s.state, t.s.resume = t.s.resume, 0 }

func (t *transition) started() *basis.InputError {
	if t.s.state != StateReceived {
		return t.illegal()
	}
	if t.s.identityOn && !t.s.identityConfirmed {
		return inputError(CodeIdentityUnconfirmed, "kind", t.e.Kind.String(),
			"the controller's policy requires the requester's identity to be confirmed first")
	}
	t.s.state = StateInProgress
	return nil
}

func (t *transition) identityVerified() *basis.InputError {
	if err := t.openNotComplaint(); err != nil {
		return err
	}
	if t.s.identityConfirmed {
		return t.repeated("the requester's identity is already confirmed")
	}
	t.s.identityConfirmed = true
	return nil
}

func (t *transition) identityRequested() *basis.InputError {
	if err := t.openNotComplaint(); err != nil {
		return err
	}
	if t.s.identityAsked || t.s.identityConfirmed {
		return t.repeated("identity information was already asked for or confirmed")
	}
	t.s.identityAsked = true
	t.await(StateAwaitingIdentity)
	return nil
}

func (t *transition) identityReceived() *basis.InputError {
	if t.s.state != StateAwaitingIdentity {
		return t.illegal()
	}
	t.s.identityReceived = t.e.At
	t.s.identityConfirmed = true
	t.resume()
	return nil
}

func (t *transition) feeRequested() *basis.InputError {
	if err := t.openNotComplaint(); err != nil {
		return err
	}
	if t.s.feeAsked {
		return t.repeated("a fee was already charged")
	}
	if t.e.Fee.IsZero() {
		return inputError(CodeMissing, "fee", "", "a fee-requested event carries the fee")
	}
	if err := t.e.Fee.check("fee"); err != nil {
		return err
	}
	if err := t.needReason("a fee is charged only for a manifestly unfounded or excessive request, which the controller must show", "Art. 12(5)"); err != nil {
		return err
	}
	t.s.feeAsked, t.s.fee = true, t.e.Fee
	t.await(StateAwaitingFee)
	return nil
}

func (t *transition) feePaid() *basis.InputError {
	if t.s.state != StateAwaitingFee {
		return t.illegal()
	}
	t.s.feePaid = t.e.At
	t.resume()
	return nil
}

func (t *transition) clarificationRequested() *basis.InputError {
	if err := t.openNotComplaint(); err != nil {
		return err
	}
	// t.s.pauses may share its array with r.s.pauses; appending never
	// changes the elements r.s.pauses sees, and nothing after this can
	// fail.
	t.s.pauses = append(t.s.pauses, Pause{From: t.e.At})
	t.await(StateAwaitingClarification)
	return nil
}

func (t *transition) clarificationReceived() *basis.InputError {
	if t.s.state != StateAwaitingClarification {
		return t.illegal()
	}
	// Written in place: the array is r.s.pauses's too, but nothing after
	// this can fail, so the old state is replaced at once, and Clock hands
	// out copies only.
	t.s.pauses[len(t.s.pauses)-1].To = t.e.At
	t.resume()
	return nil
}

func (t *transition) extended() *basis.InputError {
	if t.complaint() {
		return t.notForComplaint()
	}
	if t.s.state == StateExtended {
		return t.repeated("the time limit can be extended once, by two further months")
	}
	if !t.open() {
		return t.illegal()
	}
	if t.s.examRule() {
		return inputError(CodeNotForKind, "kind", t.e.Kind.String(),
			"the time limit of an exam-marks request is set by %s and cannot be extended", ExamMarks.Article())
	}
	if err := t.needReason("the subject must be told the reasons for an extension", t.extensionArticle(false)); err != nil {
		return err
	}
	last, ok := t.r.Clock().ExtensionDeadline(t.s.cal)
	if !ok {
		return inputError(CodeClock, "kind", t.e.Kind.String(), "the time limit has not started, so it cannot be extended")
	}
	if civil.LondonDate(t.e.At).After(civil.LondonDate(last)) {
		return inputError(CodeTooLate, "at", stamp(t.e.At),
			"an extension must be notified within the first month, which ended on %s (%s)",
			last.Format(time.DateOnly), t.cite(t.extensionArticle(true)))
	}
	t.s.extended = true
	t.s.state = StateExtended
	return nil
}

// extensionArticle names the rule on notifying an extension: Art. 12(3)
// (EU, and UK requests received before 2026-02-05) or UK Art. 12A(4)(a)
// (within the first month, when) or (b) (with reasons, what).
func (t *transition) extensionArticle(when bool) string {
	switch {
	case t.s.regime != basis.UK || !basis.UK.InForce(basis.TimeLimitsArt12A, t.s.received):
		return "Art. 12(3)"
	case when:
		return "Art. 12A(4)(a)"
	}
	return "Art. 12A(4)(b)"
}

func (t *transition) acknowledged() *basis.InputError {
	if !t.complaint() {
		return inputError(CodeNotForKind, "kind", t.e.Kind.String(), "only a complaint to the controller is acknowledged (%s(3))", ComplaintsArticle)
	}
	if !t.s.acknowledged.IsZero() {
		return t.repeated("the complaint was already acknowledged")
	}
	if !t.open() {
		return t.illegal()
	}
	t.s.acknowledged = t.e.At
	t.s.state = StateInProgress
	return nil
}

func (t *transition) resultsAnnounced() *basis.InputError {
	e := t.e
	if !t.s.examMarks {
		return inputError(CodeNotForKind, "kind", e.Kind.String(), "only an exam-marks request (%s) records exam results", ExamMarks.Article())
	}
	if !t.s.announced.IsZero() {
		return t.repeated("the results were already announced")
	}
	if e.Announced.IsZero() {
		return inputError(CodeMissing, "announced", "", "a results-announced event carries the time of the announcement")
	}
	if e.Announced.Before(t.s.received) || e.Announced.After(e.At) {
		return inputError(CodeInvalid, "announced", stamp(e.Announced),
			"the announcement must fall between receipt (%s) and the event (%s)", stamp(t.s.received), stamp(e.At))
	}
	t.s.announced = e.Announced
	return nil
}

func (t *transition) completed() *basis.InputError {
	if !t.open() {
		return t.illegal()
	}
	if t.s.identityOn && !t.s.identityConfirmed && !t.complaint() {
		return inputError(CodeIdentityUnconfirmed, "kind", t.e.Kind.String(),
			"the controller's policy requires the requester's identity to be confirmed first")
	}
	t.s.state, t.s.closed = StateCompleted, t.e.At
	return nil
}

func (t *transition) refused() *basis.InputError {
	if t.complaint() {
		return t.notForComplaint()
	}
	if err := t.checkRefusal(); err != nil {
		return err
	}
	t.s.ground, t.s.exemption = t.e.Ground, t.e.Exemption
	t.s.state, t.s.resume, t.s.closed = StateRefused, 0, t.e.At
	return nil
}

func (t *transition) checkRefusal() *basis.InputError {
	e := t.e
	if !e.Ground.IsValid() {
		return &basis.InputError{Code: CodeInvalid, Path: "ground", Value: e.Ground.String(), Valid: refusalGrounds.Codes(), Message: "a refusal needs its ground"}
	}
	if err := t.needReason("the subject must be told the reasons for a refusal", "Art. 12(4)"); err != nil {
		return err
	}
	if e.Ground != RefusalExempt {
		if e.Exemption != 0 {
			return inputError(CodeUnexpected, "exemption", e.Exemption.String(), "an exemption is cited only with the ground %s", RefusalExempt)
		}
		return nil
	}
	right := t.s.kind.Right()
	switch {
	case !e.Exemption.IsValid():
		return &basis.InputError{Code: CodeMissing, Path: "exemption", Value: e.Exemption.String(), Valid: exemptions.Codes(), Message: "a refusal on ground exempt cites the exemption"}
	case !e.Exemption.AvailableIn(t.s.regime, t.s.received):
		return inputError(CodeNotInForce, "exemption", e.Exemption.String(), "%s is UK law only, from 2018-05-25; the request is under the %s regime",
			e.Exemption.Article(), t.s.regime)
	case !e.Exemption.Covers(right):
		return inputError(CodeExemptionScope, "exemption", e.Exemption.String(), "%s does not disapply the right of a %s request (%s)",
			e.Exemption.Article(), t.s.kind, right.ArticleIn(t.s.regime, t.s.received))
	}
	return nil
}

func (t *transition) withdrawn() *basis.InputError {
	t.s.state, t.s.resume, t.s.closed = StateWithdrawn, 0, t.e.At
	return nil
}

package rights

import (
	"time"
)

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
		return inputError(CodeNoFee, "policy.fee", "", "the controller's policy charges no fee; refuse the request instead (%s)",
			cite(r.s.regime, "Art. 12(5)(b)", r.s.received))
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
// For [RefusalExempt] the exemption must cover the right the request exercises
// ([Exemption.Covers]) and be law for it; for the other grounds it must be
// zero. A complaint to the controller cannot be refused.
func (r *Request) Refuse(at time.Time, actor, reason string, g RefusalGround, ex Exemption) error {
	return r.apply(Event{Kind: EventRefused, At: at, Actor: actor, Reason: reason, Ground: g, Exemption: ex}, -1)
}

// Withdraw records that the subject withdrew the request.
func (r *Request) Withdraw(at time.Time, actor, reason string) error {
	return r.apply(Event{Kind: EventWithdrawn, At: at, Actor: actor, Reason: reason}, -1)
}

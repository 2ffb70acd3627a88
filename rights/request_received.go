package rights

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/google/uuid"
)

// received checks the first event of a log, the receipt of the request,
// and derives the opening state. Open and Replay both come here.
func (r *Request) received(e Event) (reqState, *basis.InputError) {
	var s reqState
	switch {
	case e.ID == uuid.Nil:
		return s, inputError(CodeMissing, "id", "", "a request needs an ID: set Opening.ID or an ID generator (WithIDs)")
	case !e.Request.IsValid():
		return s, &basis.InputError{Code: CodeInvalid, Path: "request", Value: e.Request.String(), Valid: requestKinds.Codes(), Message: "not a request kind"}
	case !e.Regime.IsValid():
		return s, &basis.InputError{Code: CodeInvalid, Path: "regime", Value: e.Regime.String(), Valid: []string{"uk", "eu"}, Message: "not a regime"}
	case !e.Regime.InForce(basis.GDPRApplies, e.At):
		return s, inputError(CodeNotInForce, "at", stamp(e.At), "received before the GDPR applied (2018-05-25, %s)", basis.EU.Cite("Art. 99(2)", e.At))
	}
	if e.Request == ComplaintToController {
		if _, err := AcknowledgeBy(e.Regime, e.At); err != nil {
			ie := *err.(*basis.InputError)
			ie.Path = "at" // the member of the received event
			return s, &ie
		}
	}
	if err := checkDecision(e); err != nil {
		return s, err
	}
	if err := checkExamMarks(e); err != nil {
		return s, err
	}
	cal, err := r.calendarOf(e)
	if err != nil {
		return s, err
	}
	s = reqState{
		id: e.ID, kind: e.Request, regime: e.Regime, received: e.At, cal: cal,
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

// checkDecision checks the decision time, which a request for human
// intervention needs and nothing else carries.
func checkDecision(e Event) *basis.InputError {
	if e.Request != HumanInterventionRequest {
		if !e.DecisionAt.IsZero() {
			return inputError(CodeUnexpected, "decisionAt", stamp(e.DecisionAt), "only a request for human intervention carries a decision time")
		}
		return nil
	}
	if e.DecisionAt.IsZero() {
		return inputError(CodeMissing, "decisionAt", "", "a request for human intervention needs the time of the automated decision")
	}
	if e.DecisionAt.After(e.At) {
		return inputError(CodeInvalid, "decisionAt", stamp(e.DecisionAt), "the decision cannot come after the request about it (%s)", stamp(e.At))
	}
	return nil
}

// checkExamMarks checks the DPA 2018 Sch. 2 para 25 facts of the receipt.
func checkExamMarks(e Event) *basis.InputError {
	if e.ExamMarks {
		if e.Request != AccessRequest {
			return inputError(CodeNotForKind, "examMarks", "true", "%s modifies the time limit of access requests only; this is a %s request",
				ExamMarks.Article(), e.Request)
		}
		if !ExamMarks.AvailableIn(e.Regime, e.At) {
			return inputError(CodeNotInForce, "examMarks", "true", "%s is UK law only; the request is under the %s regime", ExamMarks.Article(), e.Regime)
		}
	}
	if !e.Announced.IsZero() {
		if !e.ExamMarks {
			return inputError(CodeUnexpected, "announced", stamp(e.Announced), "only an exam-marks request records exam results")
		}
		if e.Announced.After(e.At) {
			return inputError(CodeInvalid, "announced", stamp(e.Announced),
				"at receipt only an earlier announcement is known; record a later one with AnnounceResults")
		}
	}
	return nil
}

// calendarOf returns the calendar the request runs on: the one its first
// event records; for a log that records none (written before logs recorded
// it), the one given with [WithCalendar], or the regime's default. A
// recorded calendar other than the one given is a [CodeCalendarMismatch].
func (r *Request) calendarOf(e Event) (Calendar, *basis.InputError) {
	if e.Calendar == nil {
		return r.calendarFor(e.Regime), nil
	}
	if r.calSet && !e.Calendar.Equal(r.cal) {
		return Calendar{}, &basis.InputError{Code: CodeCalendarMismatch, Path: "calendar", Value: e.Calendar.String(),
			Valid: []string{r.cal.String()}, Message: "the log records that the request runs on this calendar, not on the one given with WithCalendar"}
	}
	return *e.Calendar, nil
}

// calendarFor returns the calendar given with WithCalendar or, without it,
// the default for the regime (see [WithCalendar]).
func (r *Request) calendarFor(g basis.Regime) Calendar {
	switch {
	case r.calSet:
		return r.cal
	case g == basis.EU:
		return WeekendsOnly
	}
	return EnglandAndWales
}

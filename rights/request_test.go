package rights

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/google/uuid"
)

var testID = uuid.MustParse("6ba7b810-9dad-11d1-80b4-00c04fd430c8")

// soe is SOE's policy. Seed 001: "we will charge a reasonable fee of £50.
// We will aim to get you the information within one working week".
var soe = Policy{Fee: GBP(50), TargetWorkingDays: 5}

func lon(t testing.TB, y int, m time.Month, d, h int) time.Time {
	return time.Date(y, m, d, h, 0, 0, 0, mustLondon(t))
}

func openT(t testing.TB, o Opening, opts ...Option) *Request {
	t.Helper()
	if o.ID == uuid.Nil {
		o.ID = testID
	}
	if o.Actor == "" {
		o.Actor = "dpo"
	}
	if o.Regime == 0 {
		o.Regime = basis.UK
	}
	r, err := Open(o, opts...)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	return r
}

func rqMust(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func wantDue(t testing.TB, r *Request, want string) {
	t.Helper()
	got, ok := r.Due()
	switch {
	case want == "" && ok:
		t.Errorf("Due() = %s, want none", got.Format(time.DateOnly))
	case want != "" && !ok:
		t.Errorf("Due() = none, want %s", want)
	case want != "" && got.Format(time.DateOnly) != want:
		t.Errorf("Due() = %s, want %s", got.Format(time.DateOnly), want)
	}
}

func wantCode(t testing.TB, err error, code Code) {
	t.Helper()
	var re *basis.InputError
	if !errors.As(err, &re) {
		t.Fatalf("error = %v, want *basis.InputError with code %s", err, code)
	}
	if re.Code != code {
		t.Fatalf("code = %s (%v), want %s", re.Code, err, code)
	}
}

// TestAccessLifecycleSOE follows one access request to SOE through the
// policy quoted above, under UK Art. 12A.
func TestAccessLifecycleSOE(t *testing.T) {
	r := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 3, 2, 10)}, WithPolicy(soe))
	if r.State() != StateReceived || r.Len() != 1 || r.ID() != testID {
		t.Fatalf("opened: %v", r)
	}
	// One month: 2 March to 2 April (ICO: corresponding date).
	wantDue(t, r, "2026-04-02")
	// One working week: five working days after Monday 2 March.
	if tg, ok := r.Target(); !ok || tg.Format(time.DateOnly) != "2026-03-09" {
		t.Errorf("Target() = %v, %v; want 2026-03-09", tg, ok)
	}
	rqMust(t, r.Start(lon(t, 2026, 3, 3, 9), "dpo", ""))
	if r.State() != StateInProgress {
		t.Fatalf("state %v", r.State())
	}
	rqMust(t, r.Complete(lon(t, 2026, 3, 6, 15), "dpo", "copy sent"))
	if r.State() != StateCompleted || r.Overdue(lon(t, 2026, 5, 1, 9)) {
		t.Errorf("state %v, overdue %v", r.State(), r.Overdue(lon(t, 2026, 5, 1, 9)))
	}
	wantDue(t, r, "2026-04-02") // the due date is kept after completion
}

// TestClockFromLog checks that identity, fee, clarification and extension
// events move the due date as UK Art. 12A says.
func TestClockFromLog(t *testing.T) {
	recv := lon(t, 2026, 3, 2, 10) // Monday
	tests := []struct {
		name  string
		kind  RequestKind
		steps func(*Request) error
		state State
		due   string // "" for none
	}{
		{"identity-awaited", AccessRequest, func(r *Request) error {
			return r.AskIdentity(lon(t, 2026, 3, 3, 9), "dpo", "address does not match")
		}, StateAwaitingIdentity, ""},
		// Art. 12A(2): the month runs from receipt of the identity information.
		{"identity-received", AccessRequest, func(r *Request) error {
			return errors.Join(r.AskIdentity(lon(t, 2026, 3, 3, 9), "dpo", ""),
				r.ReceiveIdentity(lon(t, 2026, 3, 10, 9), "dpo", ""))
		}, StateReceived, "2026-04-10"},
		// Art. 12A(2): or from payment of the fee.
		{"fee-paid", AccessRequest, func(r *Request) error {
			return errors.Join(r.AskFee(lon(t, 2026, 3, 3, 9), "dpo", "fourth identical request this month"),
				r.PayFee(lon(t, 2026, 3, 16, 9), "finance", ""))
		}, StateReceived, "2026-04-16"},
		{"fee-awaited", ErasureRequest, func(r *Request) error {
			return r.AskFee(lon(t, 2026, 3, 3, 9), "dpo", "repetitive")
		}, StateAwaitingFee, ""},
		// Art. 12A(5)(b): 5 to 9 March do not count; 2 April + 5 days = 7 April.
		{"clarification-access", AccessRequest, func(r *Request) error {
			return errors.Join(r.Start(lon(t, 2026, 3, 3, 9), "dpo", ""),
				r.AskClarification(lon(t, 2026, 3, 5, 9), "dpo", "which years?"),
				r.ReceiveClarification(lon(t, 2026, 3, 9, 9), "dpo", ""))
		}, StateInProgress, "2026-04-07"},
		{"clarification-access-running", AccessRequest, func(r *Request) error {
			return r.AskClarification(lon(t, 2026, 3, 5, 9), "dpo", "which years?")
		}, StateAwaitingClarification, ""},
		// Art. 12A(5) is for access requests only: the erasure clock runs on.
		{"clarification-erasure", ErasureRequest, func(r *Request) error {
			return r.AskClarification(lon(t, 2026, 3, 5, 9), "dpo", "which account?")
		}, StateAwaitingClarification, "2026-04-02"},
		// Art. 12A(3): two further months; three months from 2 March.
		{"extended", PortabilityRequest, func(r *Request) error {
			return errors.Join(r.Start(lon(t, 2026, 3, 3, 9), "dpo", ""),
				r.Extend(lon(t, 2026, 3, 20, 9), "dpo", "data in six systems"))
		}, StateExtended, "2026-06-02"},
		// The last day of the first month is still in time.
		{"extended-last-day", RectificationRequest, func(r *Request) error {
			return r.Extend(lon(t, 2026, 4, 2, 16), "dpo", "complex")
		}, StateExtended, "2026-06-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openT(t, Opening{Kind: tt.kind, Received: recv}, WithPolicy(soe))
			rqMust(t, tt.steps(r))
			if r.State() != tt.state {
				t.Errorf("state %v, want %v", r.State(), tt.state)
			}
			wantDue(t, r, tt.due)
		})
	}
}

func TestExamMarksRequest(t *testing.T) {
	r := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 3, 10, 11), ExamMarks: true})
	wantDue(t, r, "2026-08-09") // 5 months beginning with 10 March
	wantCode(t, r.Extend(lon(t, 2026, 3, 11, 9), "dpo", "busy"), CodeNotForKind)
	rqMust(t, r.AnnounceResults(lon(t, 2026, 5, 20, 12), "exams", lon(t, 2026, 5, 20, 8)))
	wantDue(t, r, "2026-06-28") // 40 days beginning with 20 May
	wantCode(t, r.AnnounceResults(lon(t, 2026, 5, 21, 12), "exams", lon(t, 2026, 5, 21, 8)), CodeRepeated)

	// Results announced before the request: the ordinary month.
	r2 := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 8, 20, 11), ExamMarks: true,
		ResultsAnnounced: lon(t, 2026, 8, 13, 8)})
	wantDue(t, r2, "2026-09-21") // 20 September 2026 is a Sunday
	rqMust(t, r2.Extend(lon(t, 2026, 8, 21, 9), "dpo", "marks held by three examiners"))
}

func TestComplaintRequest(t *testing.T) {
	r := openT(t, Opening{Kind: ComplaintToController, Received: lon(t, 2026, 6, 19, 10)})
	if r.Article() != "DPA 2018 s.164A" {
		t.Errorf("Article() = %q", r.Article())
	}
	wantDue(t, r, "2026-07-18")
	for _, f := range []func() error{
		func() error { return r.AskIdentity(lon(t, 2026, 6, 20, 9), "dpo", "") },
		func() error { return r.Extend(lon(t, 2026, 6, 20, 9), "dpo", "x") },
		func() error { return r.Refuse(lon(t, 2026, 6, 20, 9), "dpo", "x", RefusalExcessive, 0) },
	} {
		wantCode(t, f(), CodeNotForKind)
	}
	rqMust(t, r.Acknowledge(lon(t, 2026, 6, 22, 9), "dpo", ""))
	if got, ok := r.Acknowledged(); !ok || !got.Equal(lon(t, 2026, 6, 22, 9)) || r.State() != StateInProgress {
		t.Errorf("Acknowledged() = %v %v, state %v", got, ok, r.State())
	}
	wantDue(t, r, "") // s.164A(4): without undue delay, no fixed date
	wantCode(t, r.Acknowledge(lon(t, 2026, 6, 23, 9), "dpo", ""), CodeRepeated)
	rqMust(t, r.Complete(lon(t, 2026, 7, 1, 9), "dpo", "outcome sent"))
}

func TestHumanInterventionArticle(t *testing.T) {
	// NET: "if you wish to request human intervention (i.e. have someone
	// review the action themselves, rather than relying only on the
	// automated method)".
	tests := []struct {
		name     string
		decision time.Time
		want     string
	}{
		{"decision-2026", lon(t, 2026, 3, 1, 9), "UK GDPR Art. 22C(2)(c)"},
		{"decision-2025", lon(t, 2025, 12, 1, 9), "UK GDPR Art. 22(3)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openT(t, Opening{Kind: HumanInterventionRequest, Received: lon(t, 2026, 3, 2, 9), DecisionAt: tt.decision})
			if r.Article() != tt.want {
				t.Errorf("Article() = %q, want %q", r.Article(), tt.want)
			}
			wantDue(t, r, "2026-04-02")
		})
	}
}

func TestRefusals(t *testing.T) {
	recv := lon(t, 2026, 3, 2, 10)
	tests := []struct {
		name   string
		kind   RequestKind
		regime basis.Regime
		reason string
		ground RefusalGround
		ex     Exemption
		code   Code // "" for success
	}{
		{"exam-scripts-access", AccessRequest, basis.UK, "scripts are exempt", RefusalExempt, ExamScripts, ""},
		{"reference-access", AccessRequest, basis.UK, "confidential reference", RefusalExempt, ConfidentialReferences, ""},
		{"unfounded", ErasureRequest, basis.EU, "request used to harass staff", RefusalManifestlyUnfounded, 0, ""},
		{"exam-scripts-erasure", ErasureRequest, basis.UK, "x", RefusalExempt, ExamScripts, CodeExemptionScope},
		{"exam-marks-is-no-refusal", AccessRequest, basis.UK, "x", RefusalExempt, ExamMarks, CodeExemptionScope},
		{"exam-scripts-eu", AccessRequest, basis.EU, "x", RefusalExempt, ExamScripts, CodeNotInForce},
		{"exempt-without-exemption", AccessRequest, basis.UK, "x", RefusalExempt, 0, CodeMissing},
		{"excessive-with-exemption", AccessRequest, basis.UK, "x", RefusalExcessive, ExamScripts, CodeUnexpected},
		{"no-reason", AccessRequest, basis.UK, "", RefusalExcessive, 0, CodeMissing},
		{"no-ground", AccessRequest, basis.UK, "x", 0, 0, CodeInvalid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openT(t, Opening{Kind: tt.kind, Regime: tt.regime, Received: recv})
			err := r.Refuse(lon(t, 2026, 3, 3, 9), "dpo", tt.reason, tt.ground, tt.ex)
			if tt.code != "" {
				wantCode(t, err, tt.code)
				if r.State() != StateReceived || r.Len() != 1 {
					t.Errorf("failed refusal changed the request: %v", r)
				}
				return
			}
			rqMust(t, err)
			g, ex, ok := r.Refusal()
			if !ok || g != tt.ground || ex != tt.ex || r.State() != StateRefused {
				t.Errorf("Refusal() = %v %v %v, state %v", g, ex, ok, r.State())
			}
		})
	}
}

// TestIllegalTransitions: every illegal command returns its code and
// leaves the request exactly as it was.
func TestIllegalTransitions(t *testing.T) {
	recv := lon(t, 2026, 3, 2, 10)
	later := lon(t, 2026, 3, 5, 10)
	completed := func(r *Request) error { return r.Complete(lon(t, 2026, 3, 4, 9), "dpo", "") }
	tests := []struct {
		name   string
		kind   RequestKind
		policy Policy
		setup  func(*Request) error
		cmd    func(*Request) error
		code   Code
	}{
		{"complete-withdrawn", AccessRequest, Policy{}, func(r *Request) error { return r.Withdraw(lon(t, 2026, 3, 3, 9), "subject", "") },
			func(r *Request) error { return r.Complete(later, "dpo", "") }, CodeIllegalTransition},
		{"start-twice", AccessRequest, Policy{}, func(r *Request) error { return r.Start(lon(t, 2026, 3, 3, 9), "dpo", "") },
			func(r *Request) error { return r.Start(later, "dpo", "") }, CodeIllegalTransition},
		{"pay-unasked-fee", AccessRequest, soe, nil,
			func(r *Request) error { return r.PayFee(later, "finance", "") }, CodeIllegalTransition},
		{"identity-not-asked", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.ReceiveIdentity(later, "dpo", "") }, CodeIllegalTransition},
		{"clarification-not-asked", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.ReceiveClarification(later, "dpo", "") }, CodeIllegalTransition},
		{"complete-while-awaiting", AccessRequest, Policy{}, func(r *Request) error { return r.AskIdentity(lon(t, 2026, 3, 3, 9), "dpo", "") },
			func(r *Request) error { return r.Complete(later, "dpo", "") }, CodeIllegalTransition},
		{"withdraw-completed", AccessRequest, Policy{}, completed,
			func(r *Request) error { return r.Withdraw(later, "subject", "") }, CodeIllegalTransition},
		{"fee-twice", AccessRequest, soe, func(r *Request) error {
			return errors.Join(r.AskFee(lon(t, 2026, 3, 3, 9), "dpo", "excessive"), r.PayFee(lon(t, 2026, 3, 4, 9), "finance", ""))
		}, func(r *Request) error { return r.AskFee(later, "dpo", "again") }, CodeRepeated},
		{"fee-without-policy-fee", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.AskFee(later, "dpo", "excessive") }, CodeNoFee},
		{"fee-without-reason", AccessRequest, soe, nil,
			func(r *Request) error { return r.AskFee(later, "dpo", "") }, CodeMissing},
		{"identity-twice", AccessRequest, Policy{}, func(r *Request) error { return r.VerifyIdentity(lon(t, 2026, 3, 3, 9), "dpo", "") },
			func(r *Request) error { return r.AskIdentity(later, "dpo", "") }, CodeRepeated},
		{"extend-without-reason", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.Extend(later, "dpo", "") }, CodeMissing},
		{"extend-after-first-month", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.Extend(lon(t, 2026, 4, 3, 9), "dpo", "complex") }, CodeTooLate},
		{"extend-twice", AccessRequest, Policy{}, func(r *Request) error { return r.Extend(lon(t, 2026, 3, 3, 9), "dpo", "complex") },
			func(r *Request) error { return r.Extend(later, "dpo", "more") }, CodeRepeated},
		{"extend-while-awaiting-identity", AccessRequest, Policy{}, func(r *Request) error { return r.AskIdentity(lon(t, 2026, 3, 3, 9), "dpo", "") },
			func(r *Request) error { return r.Extend(later, "dpo", "complex") }, CodeIllegalTransition},
		{"acknowledge-access", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.Acknowledge(later, "dpo", "") }, CodeNotForKind},
		{"results-for-plain-access", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.AnnounceResults(later, "exams", later) }, CodeNotForKind},
		{"time-goes-back", AccessRequest, Policy{}, func(r *Request) error { return r.Start(later, "dpo", "") },
			func(r *Request) error { return r.Complete(lon(t, 2026, 3, 4, 9), "dpo", "") }, CodeTimeOrder},
		{"no-actor", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.Start(later, "", "") }, CodeMissing},
		{"no-time", AccessRequest, Policy{}, nil,
			func(r *Request) error { return r.Start(time.Time{}, "dpo", "") }, CodeMissing},
		{"identity-policy-start", AccessRequest, Policy{IdentityChecks: true}, nil,
			func(r *Request) error { return r.Start(later, "dpo", "") }, CodeIdentityUnconfirmed},
		{"identity-policy-complete", ErasureRequest, Policy{IdentityChecks: true}, nil,
			func(r *Request) error { return r.Complete(later, "dpo", "") }, CodeIdentityUnconfirmed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := openT(t, Opening{Kind: tt.kind, Received: recv}, WithPolicy(tt.policy))
			if tt.setup != nil {
				rqMust(t, tt.setup(r))
			}
			before, log := r.s, r.Log()
			wantCode(t, tt.cmd(r), tt.code)
			if !reflect.DeepEqual(r.s, before) || !r.Equal(mustReplay(t, log, WithPolicy(tt.policy))) {
				t.Errorf("illegal command changed the request")
			}
		})
	}
}

func TestIdentityPolicy(t *testing.T) {
	r := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 3, 2, 10)}, WithPolicy(Policy{IdentityChecks: true}))
	rqMust(t, r.VerifyIdentity(lon(t, 2026, 3, 2, 11), "dpo", "member logged in to My SOE"))
	rqMust(t, r.Start(lon(t, 2026, 3, 2, 12), "dpo", ""))
	wantDue(t, r, "2026-04-02") // verifying from held information does not move the clock
	// The policy is recorded at receipt: replaying with a policy that does
	// not check identity gives the same request state.
	r2 := mustReplay(t, r.Log())
	if !reflect.DeepEqual(r2.s, r.s) {
		t.Error("replay under another policy differs")
	}
}

func TestOpenErrors(t *testing.T) {
	recv := lon(t, 2026, 3, 2, 10)
	tests := []struct {
		name  string
		o     Opening
		opts  []Option
		code  Code
		field string
	}{
		{"no-id", Opening{Kind: AccessRequest, Regime: basis.UK, Received: recv, Actor: "dpo"}, nil, CodeMissing, "id"},
		{"id-generator-fails", Opening{Kind: AccessRequest, Regime: basis.UK, Received: recv, Actor: "dpo"},
			[]Option{WithIDs(func() (uuid.UUID, error) { return uuid.Nil, errors.New("no entropy") })}, CodeMissing, "id"},
		{"no-kind", Opening{ID: testID, Regime: basis.UK, Received: recv, Actor: "dpo"}, nil, CodeInvalid, "request"},
		{"no-regime", Opening{ID: testID, Kind: AccessRequest, Received: recv, Actor: "dpo"}, nil, CodeInvalid, "regime"},
		{"no-time", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Actor: "dpo"}, nil, CodeMissing, "at"},
		{"no-actor", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Received: recv}, nil, CodeMissing, "actor"},
		{"before-gdpr", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Received: lon(t, 2018, 5, 24, 9), Actor: "dpo"}, nil, CodeNotInForce, "at"},
		{"complaint-before-2026-06-19", Opening{ID: testID, Kind: ComplaintToController, Regime: basis.UK, Received: lon(t, 2026, 6, 18, 9), Actor: "dpo"}, nil, CodeNotInForce, "at"},
		{"complaint-eu", Opening{ID: testID, Kind: ComplaintToController, Regime: basis.EU, Received: lon(t, 2026, 7, 1, 9), Actor: "dpo"}, nil, CodeNotInForce, "at"},
		{"intervention-without-decision", Opening{ID: testID, Kind: HumanInterventionRequest, Regime: basis.UK, Received: recv, Actor: "dpo"}, nil, CodeMissing, "decisionAt"},
		{"decision-after-request", Opening{ID: testID, Kind: HumanInterventionRequest, Regime: basis.UK, Received: recv, Actor: "dpo", DecisionAt: lon(t, 2026, 3, 3, 9)}, nil, CodeInvalid, "decisionAt"},
		{"decision-on-access", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Received: recv, Actor: "dpo", DecisionAt: lon(t, 2026, 3, 1, 9)}, nil, CodeUnexpected, "decisionAt"},
		{"exam-marks-erasure", Opening{ID: testID, Kind: ErasureRequest, Regime: basis.UK, Received: recv, Actor: "dpo", ExamMarks: true}, nil, CodeNotForKind, "examMarks"},
		{"exam-marks-eu", Opening{ID: testID, Kind: AccessRequest, Regime: basis.EU, Received: recv, Actor: "dpo", ExamMarks: true}, nil, CodeNotInForce, "examMarks"},
		{"announced-without-exam", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Received: recv, Actor: "dpo", ResultsAnnounced: lon(t, 2026, 3, 1, 9)}, nil, CodeUnexpected, "announced"},
		{"announced-in-future", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Received: recv, Actor: "dpo", ExamMarks: true, ResultsAnnounced: lon(t, 2026, 3, 9, 9)}, nil, CodeInvalid, "announced"},
		{"bad-policy", Opening{ID: testID, Kind: AccessRequest, Regime: basis.UK, Received: recv, Actor: "dpo"}, []Option{WithPolicy(Policy{Fee: Money{Minor: 5000, Currency: "gbp"}})}, CodeInvalid, "policy.fee.currency"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(tt.o, tt.opts...)
			if r != nil {
				t.Errorf("Open returned a request with error %v", err)
			}
			wantCode(t, err, tt.code)
			var re *basis.InputError
			errors.As(err, &re)
			if re.Path != tt.field {
				t.Errorf("Path = %q, want %q (%v)", re.Path, tt.field, err)
			}
		})
	}
}

func TestIDGenerator(t *testing.T) {
	gen := func() (uuid.UUID, error) { return testID, nil }
	r, err := Open(Opening{Kind: AccessRequest, Regime: basis.UK, Received: lon(t, 2026, 3, 2, 9), Actor: "dpo"}, WithIDs(gen))
	if err != nil || r.ID() != testID {
		t.Fatalf("Open with generator: %v, %v", r, err)
	}
	other := uuid.MustParse("00000000-0000-4000-8000-000000000001")
	r, err = Open(Opening{ID: other, Kind: AccessRequest, Regime: basis.UK, Received: lon(t, 2026, 3, 2, 9), Actor: "dpo"}, WithIDs(gen))
	if err != nil || r.ID() != other {
		t.Fatalf("the caller's ID must win over the generator: %v, %v", r, err)
	}
}

func mustReplay(t testing.TB, log []Event, opts ...Option) *Request {
	t.Helper()
	r, err := Replay(log, opts...)
	if err != nil {
		t.Fatalf("Replay: %v", err)
	}
	return r
}

func TestReplayErrors(t *testing.T) {
	recv := lon(t, 2026, 3, 2, 10)
	first := Event{Kind: EventReceived, At: recv, Actor: "dpo", ID: testID, Request: AccessRequest, Regime: basis.UK}
	tests := []struct {
		name string
		log  []Event
		path string
		code Code
	}{
		{"empty", nil, "", CodeMissing},
		{"starts-elsewhere", []Event{{Kind: EventStarted, At: recv, Actor: "dpo"}}, "[0].kind", CodeIllegalTransition},
		{"received-twice", []Event{first, first}, "[1].kind", CodeIllegalTransition},
		{"stray-field", []Event{first, {Kind: EventStarted, At: recv, Actor: "dpo", Fee: GBP(50)}}, "[1].fee", CodeUnexpected},
		{"stray-id", []Event{first, {Kind: EventCompleted, At: recv, Actor: "dpo", ID: testID}}, "[1].id", CodeUnexpected},
		{"bad-kind", []Event{first, {Kind: EventKind(77), At: recv, Actor: "dpo"}}, "[1].kind", CodeInvalid},
		{"fee-without-amount", []Event{first, {Kind: EventFeeRequested, At: recv, Actor: "dpo", Reason: "x"}}, "[1].fee", CodeMissing},
		{"negative-fee", []Event{first, {Kind: EventFeeRequested, At: recv, Actor: "dpo", Reason: "x", Fee: Money{Minor: -5, Currency: "GBP"}}}, "[1].fee.minor", CodeInvalid},
		{"out-of-order", []Event{first, {Kind: EventStarted, At: recv.Add(-time.Hour), Actor: "dpo"}}, "[1].at", CodeTimeOrder},
		{"calendar-on-later-event", []Event{first, {Kind: EventStarted, At: recv, Actor: "dpo", Calendar: &Scotland}}, "[1].calendar", CodeUnexpected},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Replay(tt.log)
			wantCode(t, err, tt.code)
			var re *basis.InputError
			errors.As(err, &re)
			if re.Path != tt.path {
				t.Errorf("Path = %q, want %q (%v)", re.Path, tt.path, err)
			}
		})
	}
}

func TestTargetNeverAfterDue(t *testing.T) {
	// A target longer than the month is capped at the legal time limit.
	r := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 3, 2, 10)}, WithPolicy(Policy{TargetWorkingDays: 40}))
	tg, ok := r.Target()
	due, _ := r.Due()
	if !ok || !tg.Equal(due) {
		t.Errorf("Target() = %v, want Due %v", tg, due)
	}
	if _, ok := openT(t, Opening{Kind: AccessRequest, Received: lon(t, 2026, 3, 2, 10)}).Target(); ok {
		t.Error("no policy target, but Target() is set")
	}
}

func TestMoneyString(t *testing.T) {
	tests := []struct {
		m    Money
		want string
	}{
		{GBP(50), "£50.00"},
		{Money{Minor: 1005, Currency: "EUR"}, "€10.05"},
		{Money{Minor: 1250, Currency: "USD"}, "12.50 USD"},
		{Money{}, "0"},
	}
	for _, tt := range tests {
		if got := tt.m.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.m, got, tt.want)
		}
	}
}

// An EU request is not moved past UK bank holidays by default: the public
// holidays that count are the Member State's (Reg. 1182/71 Arts. 2(1) and
// 3(4)), which are not modelled, so weekends only. Received 31 July 2026,
// one month runs to Monday 31 August 2026, the Summer bank holiday in
// England and Wales only.
func TestRequestDefaultCalendarByRegime(t *testing.T) {
	london := civil.London()
	received := time.Date(2026, 7, 31, 10, 0, 0, 0, london)
	tests := []struct {
		name   string
		regime basis.Regime
		opts   []Option
		want   time.Time
	}{
		{"uk-default-england-and-wales", basis.UK, nil, time.Date(2026, 9, 1, 0, 0, 0, 0, london)},
		{"eu-default-weekends-only", basis.EU, nil, time.Date(2026, 8, 31, 0, 0, 0, 0, london)},
		{"eu-calendar-given", basis.EU, []Option{WithCalendar(EnglandAndWales)}, time.Date(2026, 9, 1, 0, 0, 0, 0, london)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(Opening{ID: testID, Kind: AccessRequest,
				Regime: tt.regime, Received: received, Actor: "dpo"}, tt.opts...)
			if err != nil {
				t.Fatal(err)
			}
			due, ok := r.Due()
			if !ok || !due.Equal(tt.want) {
				t.Errorf("Due = %v, %v; want %v", due, ok, tt.want)
			}
			back, err := Replay(r.Log(), tt.opts...)
			if err != nil || !back.Equal(r) {
				t.Errorf("Replay = %v, %v; want the same request", back, err)
			}
		})
	}
}

// Identity information asked for under Art. 12(6) and a request for human
// intervention in an automated decision (UK Art. 22C(2)(c); Art. 22(3)).
//
// Art. 12(6) as adopted reaches "the requests referred to in Articles 15 to
// 21", so under the EU GDPR, and for UK requests received before
// 2026-02-05, asking does not delay the start of the month. For UK
// requests received from 2026-02-05, DUAA 2025 Sch. 6 para 2(6) reads "In
// paragraph 6, for “referred to in Articles 15 to 21” substitute “made
// under or by virtue of Articles 15 to 22D”", so Art. 12A(2)(b) makes the
// receipt of the identity information the relevant time.
func TestHumanInterventionIdentity(t *testing.T) {
	london := civil.London()
	day := func(m time.Month, d, h int) time.Time { return time.Date(2026, m, d, h, 0, 0, 0, london) }
	tests := []struct {
		name                 string
		regime               basis.Regime
		decision, received   time.Time
		asked, answered      time.Time
		awaiting, afterwards string // Due while awaiting identity ("" for none) and once it arrived
	}{
		// Received 2026-03-02, identity received 9 March: due 9 April.
		{"uk-after", basis.UK, day(2, 27, 16), day(3, 2, 10), day(3, 3, 9), day(3, 9, 9), "", "2026-04-09"},
		// Received on the first day of the amended Art. 12(6).
		{"uk-first-day", basis.UK, day(2, 5, 8), day(2, 5, 10), day(2, 6, 9), day(2, 10, 9), "", "2026-03-10"},
		// Received the day before: the old Art. 12(6), due from receipt.
		{"uk-day-before", basis.UK, day(2, 3, 16), day(2, 4, 10), day(2, 5, 9), day(2, 9, 9), "2026-03-04", "2026-03-04"},
		// The EU GDPR's Art. 12(6) still stops at Art. 21.
		{"eu", basis.EU, day(2, 27, 16), day(3, 2, 10), day(3, 3, 9), day(3, 9, 9), "2026-04-02", "2026-04-02"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Open(Opening{ID: testID, Kind: HumanInterventionRequest, Regime: tt.regime,
				Received: tt.received, DecisionAt: tt.decision, Actor: "dpo"})
			if err != nil {
				t.Fatal(err)
			}
			rqMust(t, r.AskIdentity(tt.asked, "dpo", "new email address"))
			wantDue(t, r, tt.awaiting)
			rqMust(t, r.ReceiveIdentity(tt.answered, "dpo", ""))
			wantDue(t, r, tt.afterwards)
			if err := r.Clock().Check(); err != nil {
				t.Errorf("Clock().Check() = %v", err)
			}
		})
	}
}

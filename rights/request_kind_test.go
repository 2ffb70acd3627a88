package rights

import (
	"bytes"
	"log/slog"
	"slices"
	"strings"
	"testing"
)

// textEnum is what every enumeration of the package provides.
type textEnum interface {
	String() string
	IsValid() bool
	AppendText([]byte) ([]byte, error)
	MarshalText() ([]byte, error)
}

func checkEnum[T textEnum](t *testing.T, name string, all []T, codes []string, parse func(string) (T, error), mustParse func(string) T) {
	t.Helper()
	var got []string
	for _, v := range all {
		got = append(got, v.String())
		if !v.IsValid() {
			t.Errorf("%s %v not valid", name, v)
		}
		text, err := v.MarshalText()
		app, err2 := v.AppendText([]byte("x:"))
		if err != nil || err2 != nil || string(app) != "x:"+string(text) {
			t.Errorf("%s %v: MarshalText %q %v, AppendText %q %v", name, v, text, err, app, err2)
		}
		p, err := parse(string(text))
		if err != nil || p.String() != v.String() || mustParse(string(text)).String() != v.String() {
			t.Errorf("%s: parse %q = %v, %v", name, text, p, err)
		}
	}
	if !slices.Equal(got, codes) {
		t.Errorf("%s codes = %v, want %v", name, got, codes)
	}
	if _, err := parse("no-such-code"); err == nil {
		t.Errorf("%s: parse of an unknown code succeeded", name)
	}
}

func TestEnumerations(t *testing.T) {
	checkEnum(t, "RequestKind", AllRequestKinds(), []string{"access", "rectification", "erasure", "restriction",
		"portability", "objection", "human-intervention", "complaint"}, ParseRequestKind, MustParseRequestKind)
	checkEnum(t, "State", AllStates(), []string{"received", "awaiting-identity", "awaiting-fee", "awaiting-clarification",
		"in-progress", "extended", "completed", "refused", "withdrawn"}, ParseState, MustParseState)
	checkEnum(t, "RefusalGround", AllRefusalGrounds(), []string{"manifestly-unfounded", "excessive", "exempt"}, ParseRefusalGround, MustParseRefusalGround)
	checkEnum(t, "Exemption", AllExemptions(), []string{"exam-scripts", "exam-marks", "confidential-references"}, ParseExemption, MustParseExemption)
	checkEnum(t, "Right", AllRights(), []string{"informed", "access", "rectification", "erasure", "restriction", "portability",
		"object", "automated-decisions", "withdraw-consent", "complain-to-authority"}, ParseRight, MustParseRight)
	checkEnum(t, "ErasureException", AllErasureExceptions(), []string{"freedom-of-expression", "legal-obligation-or-public-task",
		"public-health", "archiving-or-research", "legal-claims"}, ParseErasureException, MustParseErasureException)
	checkEnum(t, "EventKind", AllEventKinds(), []string{"received", "identity-verified", "identity-requested", "identity-received",
		"fee-requested", "fee-paid", "clarification-requested", "clarification-received", "started", "extended",
		"acknowledged", "results-announced", "completed", "refused", "withdrawn"}, ParseEventKind, MustParseEventKind)
}

func TestRequestKindRightsAndArticles(t *testing.T) {
	tests := []struct {
		k       RequestKind
		right   Right
		article string
	}{
		{AccessRequest, Access, "Art. 15"},
		{RectificationRequest, Rectification, "Art. 16"},
		{ErasureRequest, Erasure, "Art. 17"},
		{RestrictionRequest, Restriction, "Art. 18"},
		{PortabilityRequest, Portability, "Art. 20"},
		{ObjectionRequest, Object, "Art. 21"},
		{HumanInterventionRequest, AutomatedDecisions, "Art. 22(3)"},
		{ComplaintToController, 0, "DPA 2018 s.164A"},
		{RequestKind(0), 0, ""},
		{RequestKind(99), 0, ""},
	}
	for _, tt := range tests {
		if tt.k.Right() != tt.right || tt.k.Article() != tt.article {
			t.Errorf("%v: Right %v Article %q, want %v %q", tt.k, tt.k.Right(), tt.k.Article(), tt.right, tt.article)
		}
		// Every request kind's right is one the time limits govern.
		if tt.right != 0 && !tt.right.IsRequest() {
			t.Errorf("%v exercises %v, which is not a request right", tt.k, tt.right)
		}
	}
}

func TestStatePredicatesAndGrounds(t *testing.T) {
	for _, s := range AllStates() {
		terminal := s == StateCompleted || s == StateRefused || s == StateWithdrawn
		awaiting := s == StateAwaitingIdentity || s == StateAwaitingFee || s == StateAwaitingClarification
		if s.Terminal() != terminal || s.Awaiting() != awaiting {
			t.Errorf("%v: Terminal %v Awaiting %v", s, s.Terminal(), s.Awaiting())
		}
	}
	for g, want := range map[RefusalGround]string{RefusalManifestlyUnfounded: "Art. 12(5)(b)", RefusalExcessive: "Art. 12(5)(b)", RefusalExempt: "DPA 2018 Sch. 2", 0: ""} {
		if g.Article() != want {
			t.Errorf("%v.Article() = %q, want %q", g, g.Article(), want)
		}
	}
}

func TestRequestAccessors(t *testing.T) {
	r := openT(t, Opening{Kind: ErasureRequest, Received: lon(t, 2026, 3, 2, 10)}, WithPolicy(soe), WithCalendar(Scotland))
	rqMust(t, r.AskFee(lon(t, 2026, 3, 3, 9), "dpo", "fifth request this week"))
	rqMust(t, r.PayFee(lon(t, 2026, 3, 4, 9), "finance", ""))
	if fee, ok := r.Fee(); !ok || fee != GBP(50) {
		t.Errorf("Fee() = %v, %v", fee, ok)
	}
	if r.Regime().String() != "uk" || !r.Received().Equal(lon(t, 2026, 3, 2, 10)) || r.Calendar() != Scotland || r.Policy() != soe {
		t.Errorf("accessors: %v %v %v %v", r.Regime(), r.Received(), r.Calendar(), r.Policy())
	}
	if r.IdentityConfirmed() {
		t.Error("identity confirmed without a step")
	}
	var kinds []EventKind
	for e := range r.Events() {
		kinds = append(kinds, e.Kind)
	}
	if !slices.Equal(kinds, []EventKind{EventReceived, EventFeeRequested, EventFeePaid}) {
		t.Errorf("Events() = %v", kinds)
	}
	if _, _, ok := r.Refusal(); ok {
		t.Error("Refusal() on an open request")
	}
	// Due 4 April 2026 is a Saturday; Scotland has no Easter Monday, so
	// Monday 6 April is the next working day.
	wantDue(t, r, "2026-04-06")
	if !r.Overdue(lon(t, 2026, 4, 7, 9)) || r.Overdue(lon(t, 2026, 4, 6, 23)) {
		t.Error("Overdue is wrong around the due day")
	}
	if s := r.String(); s != "erasure request 6ba7b810-9dad-11d1-80b4-00c04fd430c8 (received, 3 events)" {
		t.Errorf("String() = %q", s)
	}
	var buf bytes.Buffer
	slog.New(slog.NewTextHandler(&buf, nil)).Info("req", "r", r)
	if out := buf.String(); !strings.Contains(out, "r.state=received") || strings.Contains(out, "fifth request") {
		t.Errorf("LogValue: %s", out)
	}
	if r.Equal(nil) || !(*Request)(nil).Equal(nil) {
		t.Error("Equal with nil")
	}
}

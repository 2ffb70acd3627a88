package gdpr

import (
	"bytes"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
)

func TestLedgerRefuses(t *testing.T) {
	id := uuid.MustParse("6f1c1c5e-3c1a-4e59-9a55-0d6c1f1e2a01")
	given := ts("2026-03-02T10:00:00Z")
	base := build(t, func(l *Ledger) (*Ledger, error) {
		return l.WithConsent(ConsentRecord{ID: id, Activity: "newsletter", Given: given})
	})
	tests := []struct {
		name string
		do   func(*Ledger) (*Ledger, error)
		code basis.Code
		path string
	}{
		{"no id", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{Activity: "a", Given: given})
		}, CodeLedgerIDMissing, "id"},
		{"repeated id", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: id, Activity: "a", Given: given})
		}, CodeLedgerIDRepeated, "id"},
		{"repeated id across kinds", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: id, Scope: ObjectToAll, When: given})
		}, CodeLedgerIDRepeated, "id"},
		{"another subject", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Subject: "other", Activity: "a", Given: given})
		}, CodeLedgerSubjectMismatch, "subject"},
		{"no activity", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Given: given})
		}, CodeLedgerActivityMissing, "activity"},
		{"no time", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "a"})
		}, CodeLedgerTimeMissing, "given"},
		{"before 2000", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "a", Given: time.Date(1999, 12, 31, 23, 59, 59, 999999999, time.UTC)})
		}, CodeLedgerTimeOutOfRange, "given"},
		{"from 2136", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "a", Given: given, Expires: time.Date(2136, 1, 1, 0, 0, 0, 0, time.UTC)})
		}, CodeLedgerTimeOutOfRange, "expires"},
		{"withdrawn before given", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "a", Given: given, Withdrawn: given.Add(-time.Nanosecond)})
		}, CodeLedgerTimeOrder, "withdrawn"},
		{"expires before given", func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "a", Given: given, Expires: given.Add(-time.Second)})
		}, CodeLedgerTimeOrder, "expires"},
		{"withdraw unknown", func(l *Ledger) (*Ledger, error) { return l.Withdraw(uuid.New(), given) }, CodeLedgerNotFound, "id"},
		{"withdraw before given", func(l *Ledger) (*Ledger, error) { return l.Withdraw(id, given.Add(-time.Second)) }, CodeLedgerTimeOrder, "withdrawn"},
		{"withdraw zero", func(l *Ledger) (*Ledger, error) { return l.Withdraw(id, time.Time{}) }, CodeLedgerTimeMissing, "withdrawn"},
		{"withdraw twice", func(l *Ledger) (*Ledger, error) {
			l, err := l.Withdraw(id, given.Add(time.Hour))
			if err != nil {
				return nil, err
			}
			return l.Withdraw(id, given.Add(2*time.Hour))
		}, CodeLedgerAlreadyEnded, "withdrawn"},
		{"objection scope", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), When: given})
		}, CodeLedgerBadEnum, "scope"},
		{"objection to an activity with none", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), Scope: ObjectToActivity, When: given})
		}, CodeLedgerActivityMissing, "activity"},
		{"objection to all naming an activity", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), Scope: ObjectToAll, Activity: "a", When: given})
		}, CodeLedgerActivityMissing, "activity"},
		{"objection with no time", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), Scope: ObjectToAll})
		}, CodeLedgerTimeMissing, "when"},
		{"grounds before objection", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), Scope: ObjectToAll, When: given, Grounds: CompellingGrounds{At: given.Add(-time.Second)}})
		}, CodeLedgerTimeOrder, "grounds.at"},
		{"grounds with no time", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), Scope: ObjectToAll, When: given, Grounds: CompellingGrounds{Reason: "x"}})
		}, CodeLedgerTimeMissing, "grounds.at"},
		{"grounds against marketing objection (Art. 21(3))", func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: uuid.New(), Scope: ObjectToDirectMarketing, When: given, Grounds: CompellingGrounds{At: given}})
		}, CodeLedgerGroundsNotAllowed, "grounds"},
		{"record grounds against marketing objection", func(l *Ledger) (*Ledger, error) {
			o := uuid.New()
			l, err := l.WithObjection(Objection{ID: o, Scope: ObjectToDirectMarketing, When: given})
			if err != nil {
				return nil, err
			}
			return l.RecordGrounds(o, CompellingGrounds{At: given})
		}, CodeLedgerGroundsNotAllowed, "grounds"},
		{"record grounds twice", func(l *Ledger) (*Ledger, error) {
			o := uuid.New()
			l, err := l.WithObjection(Objection{ID: o, Scope: ObjectToAll, When: given, Grounds: CompellingGrounds{At: given}})
			if err != nil {
				return nil, err
			}
			return l.RecordGrounds(o, CompellingGrounds{At: given})
		}, CodeLedgerAlreadyEnded, "grounds"},
		{"lift unknown", func(l *Ledger) (*Ledger, error) { return l.LiftObjection(uuid.New(), given) }, CodeLedgerNotFound, "id"},
		{"lift before", func(l *Ledger) (*Ledger, error) {
			o := uuid.New()
			l, err := l.WithObjection(Objection{ID: o, Scope: ObjectToAll, When: given})
			if err != nil {
				return nil, err
			}
			return l.LiftObjection(o, given.Add(-time.Second))
		}, CodeLedgerTimeOrder, "lifted"},
		{"restriction ground", func(l *Ledger) (*Ledger, error) {
			return l.WithRestriction(Restriction{ID: uuid.New(), Ground: 7, Start: given})
		}, CodeLedgerBadEnum, "ground"},
		{"restriction end before start", func(l *Ledger) (*Ledger, error) {
			return l.WithRestriction(Restriction{ID: uuid.New(), Start: given, End: given.Add(-time.Second)})
		}, CodeLedgerTimeOrder, "end"},
		{"end unknown restriction", func(l *Ledger) (*Ledger, error) { return l.EndRestriction(uuid.New(), given) }, CodeLedgerNotFound, "id"},
		{"end restriction twice", func(l *Ledger) (*Ledger, error) {
			r := uuid.New()
			l, err := l.WithRestriction(Restriction{ID: r, Start: given, End: given.Add(time.Hour)})
			if err != nil {
				return nil, err
			}
			return l.EndRestriction(r, given.Add(2*time.Hour))
		}, CodeLedgerAlreadyEnded, "end"},
		{"birth date", func(l *Ledger) (*Ledger, error) { return l.WithBirthDate(time.Time{}) }, CodeLedgerBirthDate, "birthDate"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before := rapidLedgerCopy(base)
			got, err := tc.do(base)
			var ie *basis.InputError
			if got != nil || !errors.As(err, &ie) {
				t.Fatalf("got %v, %v; want nil and *basis.InputError", got, err)
			}
			if ie.Code != tc.code || ie.Path != tc.path {
				t.Errorf("error %v: code %s path %q, want %s %q", err, ie.Code, ie.Path, tc.code, tc.path)
			}
			if !base.Equal(before) {
				t.Error("the ledger changed")
			}
		})
	}
}

func TestLedgerChanges(t *testing.T) {
	given := ts("2026-03-02T10:00:00Z")
	c, o, r := uuid.New(), uuid.New(), uuid.New()
	l := build(t,
		func(l *Ledger) (*Ledger, error) {
			return l.WithConsent(ConsentRecord{ID: c, Activity: "newsletter", Given: given})
		},
		func(l *Ledger) (*Ledger, error) {
			return l.WithObjection(Objection{ID: o, Scope: ObjectToAll, When: given})
		},
		func(l *Ledger) (*Ledger, error) { return l.WithRestriction(Restriction{ID: r, Start: given}) },
	)
	m := build(t,
		func(*Ledger) (*Ledger, error) { return l.Withdraw(c, given.Add(time.Hour)) },
		func(m *Ledger) (*Ledger, error) {
			return m.RecordGrounds(o, CompellingGrounds{At: given.Add(time.Hour), LegalClaims: true})
		},
		func(m *Ledger) (*Ledger, error) { return m.LiftObjection(o, given.Add(2*time.Hour)) },
		func(m *Ledger) (*Ledger, error) { return m.EndRestriction(r, given.Add(3*time.Hour)) },
	)
	cs := slices.Collect(m.Consents())
	os := slices.Collect(m.Objections())
	rs := slices.Collect(m.Restrictions())
	if len(cs) != 1 || !cs[0].Withdrawn.Equal(given.Add(time.Hour)) || cs[0].Subject != "member-1" {
		t.Errorf("consents %+v", cs)
	}
	if len(os) != 1 || !os[0].Lifted.Equal(given.Add(2*time.Hour)) || !os[0].Grounds.LegalClaims {
		t.Errorf("objections %+v", os)
	}
	if len(rs) != 1 || !rs[0].End.Equal(given.Add(3*time.Hour)) {
		t.Errorf("restrictions %+v", rs)
	}
	if l.Equal(m) {
		t.Error("the changes changed nothing")
	}
	if cs := slices.Collect(l.Consents()); !cs[0].Withdrawn.IsZero() {
		t.Error("Withdraw changed the original ledger")
	}
	var nilLedger *Ledger
	if n, err := nilLedger.WithConsent(ConsentRecord{ID: uuid.New(), Activity: "a", Given: given}); err != nil || n.Subject() != "" {
		t.Errorf("nil ledger: %v, %v", n, err)
	}
	if !nilLedger.Equal(NewLedger("")) {
		t.Error("nil ledger is not the empty ledger")
	}
}

// TestSubjectRedacted: personal data stays out of fmt and slog output
// (DESIGN.md principle 7).
func TestSubjectRedacted(t *testing.T) {
	c := ConsentRecord{ID: uuid.New(), Subject: "alice@example.org", Activity: "newsletter",
		Given: ts("2026-03-02T10:00:00Z"), Evidence: "ip 192.0.2.7"}
	l := build(t, func(*Ledger) (*Ledger, error) { return NewLedger("alice@example.org").WithConsent(c) })
	var buf bytes.Buffer
	log := slog.New(slog.NewJSONHandler(&buf, nil))
	log.Info("x", "consent", c, "ledger", l, "subject", c.Subject)
	fmt.Fprintf(&buf, "%v %+v %s %v", c, c, c.Subject, l)
	for _, secret := range []string{"alice", "192.0.2.7"} {
		if strings.Contains(buf.String(), secret) {
			t.Errorf("output shows %q: %s", secret, buf.String())
		}
	}
	if SubjectID("").String() != "" {
		t.Error("empty id not empty")
	}
}

// TestEnums holds the package's enumerations to the module's contract.
func TestEnums(t *testing.T) {
	checkEnum(t, "gdpr.ObjectionScope", AllObjectionScopes(), ParseObjectionScope, MustParseObjectionScope)
	checkEnum(t, "gdpr.RestrictionGround", AllRestrictionGrounds(), ParseRestrictionGround, MustParseRestrictionGround)
	checkEnum(t, "gdpr.RestrictionException", AllRestrictionExceptions(), ParseRestrictionException, MustParseRestrictionException)
	checkEnum(t, "gdpr.Reason", AllReasons(), ParseReason, MustParseReason)
	checkEnum(t, "gdpr.DecisionRule", AllDecisionRules(), ParseDecisionRule, MustParseDecisionRule)
	checkEnum(t, "gdpr.Outcome", AllOutcomes(), ParseOutcome, MustParseOutcome)
	if AccuracyContested.Article() != "Art. 18(1)(a)" || ObjectionPending.Article() != "Art. 18(1)(d)" {
		t.Error("restriction ground articles")
	}
	for _, r := range AllReasons() {
		if r != ReasonUnknownActivity && r.Article() == "" {
			t.Errorf("%v has no article", r)
		}
	}
}

type testEnum interface {
	~uint8
	String() string
	IsValid() bool
	MarshalText() ([]byte, error)
}

func checkEnum[T testEnum](t *testing.T, name string, all []T, parse func(string) (T, error), must func(string) T) {
	t.Helper()
	for i, v := range all {
		if int(v) != i+1 || !v.IsValid() {
			t.Errorf("%s: value %d at %d", name, v, i)
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if got, err := parse(string(b)); err != nil || got != v || must(string(b)) != v {
			t.Errorf("%s: Parse(%q) = %v, %v", name, b, got, err)
		}
		if p, ok := any(&v).(interface{ UnmarshalText([]byte) error }); !ok || p.UnmarshalText([]byte("nonsense")) == nil || v != all[i] {
			t.Errorf("%s: UnmarshalText accepted nonsense or changed the value", name)
		}
	}
	var zero T
	if zero.String() != "unspecified" || zero.IsValid() {
		t.Errorf("%s: zero is %q", name, zero.String())
	}
	bad := T(len(all) + 1)
	if bad.String() != fmt.Sprintf("%s(%d)", name, len(all)+1) || bad.IsValid() {
		t.Errorf("%s: out of range prints %q", name, bad.String())
	}
	if _, err := bad.MarshalText(); err == nil {
		t.Errorf("%s: out of range marshals", name)
	}
	var pe *basis.ParseError
	if _, err := parse("nonsense"); !errors.As(err, &pe) {
		t.Errorf("%s: Parse(nonsense) = %v", name, err)
	}
}

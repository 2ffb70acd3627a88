package gdpr

import (
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// DecisionRule names one rule a decision considers. The zero value is
// unspecified.
type DecisionRule uint8

const (
	// RuleActivity: the policy knows the activity.
	RuleActivity DecisionRule = iota + 1
	// RuleObjection: no objection stops the activity (Art. 21(1)-(3)).
	RuleObjection
	// RuleRestriction: no restriction stops the activity (Art. 18(2)).
	RuleRestriction
	// RuleConsent: consent is live, where the activity rests on it
	// (Art. 6(1)(a), 7(3)).
	RuleConsent
	// RuleParentalConsent: a child's consent to an information society
	// service offered directly to children is given by a parent (Art. 8(1)).
	RuleParentalConsent
)

var decisionRules = enum.New[DecisionRule]("gdpr.DecisionRule",
	"activity", "objection", "restriction", "consent", "parental-consent")

// AllDecisionRules returns every rule in the order a decision considers
// them.
func AllDecisionRules() []DecisionRule { return decisionRules.Values() }

// ParseDecisionRule returns the rule with the given code.
func ParseDecisionRule(s string) (DecisionRule, error) { return decisionRules.Parse(s) }

// MustParseDecisionRule is like [ParseDecisionRule] but panics on error.
func MustParseDecisionRule(s string) DecisionRule { return ledgerMustParse(decisionRules, s) }

// String returns the rule's code, "unspecified", or "gdpr.DecisionRule(n)".
func (r DecisionRule) String() string { return decisionRules.String(r) }

// IsValid reports whether r is one of the defined rules.
func (r DecisionRule) IsValid() bool { return decisionRules.Valid(r) }

// AppendText appends the rule's code to b.
func (r DecisionRule) AppendText(b []byte) ([]byte, error) { return decisionRules.AppendText(b, r) }

// MarshalText returns the rule's code; the zero value is empty text.
func (r DecisionRule) MarshalText() ([]byte, error) { return decisionRules.MarshalText(r) }

// UnmarshalText parses a code; on error r is unchanged.
func (r *DecisionRule) UnmarshalText(text []byte) error { return decisionRules.UnmarshalText(r, text) }

// Article returns the provision the rule applies, without the instrument.
func (r DecisionRule) Article() string {
	switch r {
	case RuleRestriction:
		return "Art. 18(2)"
	case RuleObjection:
		return "Art. 21"
	case RuleConsent:
		return "Art. 6(1)(a)"
	case RuleParentalConsent:
		return "Art. 8(1)"
	}
	return ""
}

// Outcome is what one rule found. The zero value is unspecified.
type Outcome uint8

const (
	// NotApplicable: the rule does not reach this activity or person.
	NotApplicable Outcome = iota + 1
	// Passed: the rule applies and lets the processing go on.
	Passed
	// Failed: the rule applies and stops the processing.
	Failed
)

var outcomes = enum.New[Outcome]("gdpr.Outcome", "not-applicable", "passed", "failed")

// AllOutcomes returns every outcome in order.
func AllOutcomes() []Outcome { return outcomes.Values() }

// ParseOutcome returns the outcome with the given code.
func ParseOutcome(s string) (Outcome, error) { return outcomes.Parse(s) }

// MustParseOutcome is like [ParseOutcome] but panics on error.
func MustParseOutcome(s string) Outcome { return ledgerMustParse(outcomes, s) }

// String returns the outcome's code, "unspecified", or "gdpr.Outcome(n)".
func (o Outcome) String() string { return outcomes.String(o) }

// IsValid reports whether o is one of the defined outcomes.
func (o Outcome) IsValid() bool { return outcomes.Valid(o) }

// AppendText appends the outcome's code to b.
func (o Outcome) AppendText(b []byte) ([]byte, error) { return outcomes.AppendText(b, o) }

// MarshalText returns the outcome's code; the zero value is empty text.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.MarshalText(o) }

// UnmarshalText parses a code; on error o is unchanged.
func (o *Outcome) UnmarshalText(text []byte) error { return outcomes.UnmarshalText(o, text) }

// Step is one rule considered, what it found and the record it used.
type Step struct {
	Rule    DecisionRule `json:"rule"`             // the rule considered
	Outcome Outcome      `json:"outcome"`          // what it found: passed, failed or not applicable
	Reason  Reason       `json:"reason,omitzero"`  // set when the step decides: a failure, or the reason an allowed decision gives
	Article string       `json:"article,omitzero"` // cited for the regime and date, such as "UK GDPR Art. 7(3)"
	Record  uuid.UUID    `json:"record,omitzero"`  // the record the step used; uuid.Nil when none
	Note    string       `json:"note"`             // what was found, in words; not an API
}

// Explanation is the full reasoning behind a decision, for audit: every
// rule considered in order, including those after the one that decided.
// Its Decision is the one [Policy.Decide] gives for the same question.
type Explanation struct {
	Activity string       `json:"activity"`         // the activity asked about
	Subject  SubjectID    `json:"subject,omitzero"` // the data subject (redacted when printed)
	At       time.Time    `json:"at"`               // the time asked about
	Regime   basis.Regime `json:"regime,omitzero"`  // the regime the activity is decided under
	Decision Decision     `json:"decision"`         // the answer Decide gives
	Steps    []Step       `json:"steps"`            // every rule considered, in the order Decide applies them
}

// String prints the explanation, one line per step:
//
//	activity "newsletter" at 2026-03-01T09:00:00Z (uk): denied (consent-withdrawn)
//	  activity: passed: bases consent; direct marketing
//	  objection: not-applicable: no objection in force reaches the activity
//	  ...
//
// The subject is not printed. The text is for people, not an API.
func (e Explanation) String() string {
	var b strings.Builder
	b.WriteString("activity ")
	b.WriteString(strconv.Quote(clipValue(e.Activity)))
	b.WriteString(" at ")
	b.WriteString(e.At.UTC().Format(time.RFC3339))
	if e.Regime != 0 {
		b.WriteString(" (" + e.Regime.String() + ")")
	}
	b.WriteString(": ")
	b.WriteString(e.Decision.String())
	for _, s := range e.Steps {
		b.WriteString("\n  ")
		b.WriteString(s.Rule.String())
		b.WriteString(": ")
		b.WriteString(s.Outcome.String())
		b.WriteString(": ")
		b.WriteString(s.Note)
		if s.Article != "" {
			b.WriteString(" (" + s.Article + ")")
		}
		if s.Record != uuid.Nil {
			b.WriteString(" [record " + s.Record.String() + "]")
		}
	}
	return b.String()
}

// Explain gives the reasoning of [Policy.Decide] for the same question.
// It allocates and is meant for audit, not the hot path.
func (p *Policy) Explain(activity string, l *Ledger, at time.Time) Explanation {
	h, ok := p.Activity(activity)
	if !ok {
		return Explanation{Activity: activity, Subject: l.Subject(), At: at,
			Decision: Decision{Reason: ReasonUnknownActivity},
			Steps: []Step{{Rule: RuleActivity, Outcome: Failed, Reason: ReasonUnknownActivity,
				Note: "the policy has no activity with this id"}}}
	}
	return h.Explain(l, at)
}

// Explain is [Policy.Explain] for the handle's activity.
func (h Handle) Explain(l *Ledger, at time.Time) Explanation {
	if h.r == nil {
		return (*Policy)(nil).Explain("", l, at)
	}
	r := h.r
	e := Explanation{Activity: r.id, Subject: l.Subject(), At: at, Regime: r.regime}
	if l == nil {
		l = &emptyLedger
	}
	q := instantOf(at)
	t := q.ns
	cite := func(article string) string { return r.regime.Cite(article, at) }
	var denied Reason
	deny := func(s Step) {
		if denied == 0 {
			denied = s.Reason
		}
		e.Steps = append(e.Steps, s)
	}
	allowReason := ReasonLawfulBasis
	if r.noBasis {
		e.Decision = Decision{Reason: ReasonNoBasis}
		e.Steps = append(e.Steps, Step{Rule: RuleActivity, Outcome: Failed, Reason: ReasonNoBasis, Article: cite("Art. 6(1)"),
			Note: "the register records no lawful basis for the activity"})
		return e
	}
	e.Steps = append(e.Steps, Step{Rule: RuleActivity, Outcome: Passed, Note: "bases " + basesText(r.rule.Bases) + activityTraits(r)})

	// Art. 21.
	cold := l.coldRecords()
	objectionSteps := len(e.Steps)
	overridden := false
	for i := range cold.objections {
		lo := &cold.objections[i]
		if lo.when > t || t >= lo.lifted {
			continue
		}
		s := Step{Rule: RuleObjection, Record: lo.o.ID}
		what := "objection (" + lo.o.Scope.String() + ") since " + stamp(lo.o.When)
		switch {
		case !r.covers(&lo.o):
			s.Outcome, s.Article = NotApplicable, cite(lo.o.Scope.Article())
			s.Note = what + " does not reach the activity"
			if lo.o.Scope != ObjectToDirectMarketing {
				s.Note += ": it rests on no public task or legitimate interest"
			}
			e.Steps = append(e.Steps, s)
			continue
		case r.marketing:
			s.Outcome, s.Reason, s.Article = Failed, ReasonDirectMarketingObjection, cite("Art. 21(3)")
			s.Note = what + "; the activity is direct marketing, which must stop"
			deny(s)
		case lo.grounds > t:
			s.Outcome, s.Reason, s.Article = Failed, ReasonObjection, cite("Art. 21(1)")
			s.Note = what + "; no compelling legitimate grounds recorded"
			deny(s)
		default:
			s.Outcome, s.Article = Passed, cite("Art. 21(1)")
			s.Note = what + "; compelling grounds recorded " + stamp(lo.o.Grounds.At)
			if lo.o.Grounds.LegalClaims {
				s.Note += " (legal claims)"
			}
			overridden = true
			e.Steps = append(e.Steps, s)
		}
	}
	if len(e.Steps) == objectionSteps {
		e.Steps = append(e.Steps, Step{Rule: RuleObjection, Outcome: NotApplicable, Note: "no objection in force reaches the activity"})
	}

	// Art. 18(2).
	var restricted bool
	for i := range cold.restrictions {
		lr := &cold.restrictions[i]
		if lr.start > t || t >= lr.end {
			continue
		}
		restricted = true
		s := Step{Rule: RuleRestriction, Article: cite("Art. 18(2)"), Record: lr.r.ID}
		note := "restricted since " + stamp(lr.r.Start)
		if lr.r.Ground != 0 {
			note += " (" + r.regime.Cite(lr.r.Ground.Article(), at) + ")"
		}
		if r.except == 0 {
			s.Outcome, s.Reason, s.Note = Failed, ReasonRestricted, note+"; the activity is not storage or another exception"
			deny(s)
		} else {
			s.Outcome, s.Note = Passed, note+"; the activity is an exception: "+r.except.String()
			e.Steps = append(e.Steps, s)
		}
	}
	if !restricted {
		e.Steps = append(e.Steps, Step{Rule: RuleRestriction, Outcome: NotApplicable, Note: "no restriction in force"})
	}

	// Art. 6(1)(a), 7(3) and 8(1).
	if !r.consent {
		e.Steps = append(e.Steps,
			Step{Rule: RuleConsent, Outcome: NotApplicable, Note: "the activity does not rest on consent"},
			Step{Rule: RuleParentalConsent, Outcome: NotApplicable, Note: "the activity does not rest on consent"})
	} else {
		i := l.consentAt(r, q)
		switch {
		case i < 0:
			deny(Step{Rule: RuleConsent, Outcome: Failed, Reason: ReasonNoConsent, Article: cite("Art. 6(1)(a)"),
				Note: "no consent given at or before the time"})
		case l.ended(i, l.hotAt(i), q):
			rec := cold.consents[i]
			if endedByWithdrawal(&rec) {
				deny(Step{Rule: RuleConsent, Outcome: Failed, Reason: ReasonConsentWithdrawn, Article: cite("Art. 7(3)"),
					Record: rec.ID, Note: "consent given " + stamp(rec.Given) + " was withdrawn " + stamp(rec.Withdrawn)})
			} else {
				deny(Step{Rule: RuleConsent, Outcome: Failed, Reason: ReasonConsentExpired, Article: cite("Art. 6(1)(a)"),
					Record: rec.ID, Note: "consent given " + stamp(rec.Given) + " expired " + stamp(rec.Expires)})
			}
		default:
			rec := cold.consents[i]
			allowReason = ReasonConsentLive
			note := "consent given " + stamp(rec.Given)
			if rec.NoticeVersion != "" {
				note += " against notice " + strconv.Quote(clipValue(rec.NoticeVersion))
			}
			e.Steps = append(e.Steps, Step{Rule: RuleConsent, Outcome: Passed, Article: cite("Art. 6(1)(a)"), Record: rec.ID, Note: note + " is live"})
		}
		if s, failed := h.explainChild(l, i, q, cite); failed {
			deny(s)
		} else {
			if s.Reason == ReasonAgeNotRecorded {
				allowReason = ReasonAgeNotRecorded
			}
			s.Reason = 0
			e.Steps = append(e.Steps, s)
		}
	}
	switch {
	case denied != 0:
		e.Decision = Decision{Reason: denied}
	case restricted:
		e.Decision = Decision{Allowed: true, Reason: ReasonRestrictionException}
	case overridden:
		e.Decision = Decision{Allowed: true, Reason: ReasonCompellingGrounds}
	default:
		e.Decision = Decision{Allowed: true, Reason: allowReason}
	}
	return e
}

// explainChild returns the Art. 8(1) step and whether it failed. A passed
// step with ReasonAgeNotRecorded says the age could not be checked.
func (h Handle) explainChild(l *Ledger, i int, q instant, cite func(string) string) (Step, bool) {
	r := h.r
	s := Step{Rule: RuleParentalConsent, Outcome: NotApplicable}
	switch {
	case !r.children:
		s.Note = "the activity is not an information society service offered directly to children"
		return s, false
	case i < 0 || l.ended(i, l.hotAt(i), q):
		s.Note = "no live consent to check"
		return s, false
	}
	rec := l.cold.consents[i]
	s.Record, s.Article = rec.ID, cite("Art. 8(1)")
	if rec.ByParent {
		s.Outcome, s.Note = Passed, "consent given by a holder of parental responsibility"
		return s, false
	}
	need := r.ageAt(ledgerNanos(l.cold.consents[i].Given))
	switch r.childConsent(l, i) {
	case childBelowAge:
		s.Outcome, s.Reason = Failed, ReasonParentalConsentMissing
		s.Note = "consent given " + stamp(rec.Given) + " by a child below " + strconv.Itoa(need) + ", not by a parent"
		return s, true
	case childAgeUnknown:
		s.Article = cite("Art. 8(2)")
		s.Reason = ReasonAgeNotRecorded
		s.Note = "no birth date recorded; the age of digital consent (" + strconv.Itoa(need) + ") could not be checked"
		if h.requireAge {
			s.Outcome = Failed
			return s, true
		}
		s.Outcome = Passed
		return s, false
	}
	if need == 0 {
		s.Note = "consent given before the GDPR applied"
		return s, false
	}
	s.Outcome = Passed
	s.Note = "the person was " + strconv.Itoa(need) + " or over on " + civil.In(rec.Given, r.regime.Location()).String()
	return s, false
}

func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339Nano) }

func basesText(bs []basis.Basis) string {
	parts := make([]string, len(bs))
	for i, b := range bs {
		parts[i] = b.String()
	}
	return strings.Join(parts, ", ")
}

func activityTraits(r *compiledRule) string {
	var s string
	if r.marketing {
		s += "; direct marketing"
	}
	if r.children {
		s += "; information society service offered directly to children"
	}
	if r.except != 0 {
		s += "; runs while restricted: " + r.except.String()
	}
	return s
}

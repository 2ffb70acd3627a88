package retention

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// Code is the stable identifier of a finding or an input error; it is
// [basis.Code], so the codes below are matched the same way as every other
// package's.
type Code = basis.Code

// Finding is one thing [Schedule.Check] found in a schedule ([basis.Finding]).
type Finding = basis.Finding

// Findings is the list [Schedule.Check] returns ([basis.Findings]).
type Findings = basis.Findings

// Codes of findings ([Schedule.Check]) and of input errors
// (*[basis.InputError] from [NewSchedule], [Schedule.Evaluate],
// [Schedule.Record], the sweep, [ParsePeriod], [ParseDay]). The severity of
// each finding is set where the rule is, in check.go.
const (
	// CodeNoID: a rule has no ID (an input error from [NewSchedule]).
	CodeNoID Code = "retention/no-id"
	// CodeDuplicateID: two rules share an ID (an input error from
	// [NewSchedule]).
	CodeDuplicateID Code = "retention/duplicate-id"
	// CodeLongID: a rule's ID is longer than [MaxIDLen] bytes (an input
	// error from [NewSchedule]).
	CodeLongID Code = "retention/long-id"
	// CodeTooManyRules: a schedule was given more than [MaxRules] rules (an
	// input error from [NewSchedule]).
	CodeTooManyRules Code = "retention/too-many-rules"
	// CodeUnknownRule: a record or evaluation names a rule the schedule does
	// not have (an input error from [Schedule.Evaluate], [Schedule.Record]
	// and the sweep).
	CodeUnknownRule Code = "retention/unknown-rule"
	// CodeUnknownData: no rule of the schedule governs the data category
	// named (an input error from [Schedule.EvaluateData]).
	CodeUnknownData Code = "retention/unknown-data"
	// CodeUnknownEvent: the [Facts] of a record name a trigger the schedule
	// does not know (an input error from [Schedule.Evaluate] and
	// [Schedule.EvaluateData]), such as a misspelt "completon", which would
	// otherwise read as "the trigger has not happened".
	CodeUnknownEvent Code = "retention/unknown-event"
	// CodeBadDay: a [Record]'s trigger day is neither zero ("not happened")
	// nor a valid [Day] (an input error from the sweep).
	CodeBadDay Code = "retention/bad-day"
	// CodeBadDayText: text that is not an RFC 3339 full-date of an existing
	// day (an input error from [ParseDay]).
	CodeBadDayText Code = "retention/bad-day-text"
	// CodeBadPeriodText: text that is not a retention period (an input
	// error from [ParsePeriod]).
	CodeBadPeriodText Code = "retention/bad-period-text"
	// CodePeriodRange: a [Period] field is negative or above its limit (an
	// input error from [Period.Validate] and MarshalText).
	CodePeriodRange Code = "retention/period-range"
	// CodeBadTriggerText: text that is not a well-formed trigger code (an
	// input error from [Trigger.UnmarshalText]).
	CodeBadTriggerText Code = "retention/bad-trigger-text"

	// CodeBadKind (error): a rule's kind is unspecified or out of range.
	CodeBadKind Code = "retention/bad-kind"
	// CodeNoAction: a rule that ends retention states no action (info: not
	// stated), or its action is out of range (error).
	CodeNoAction Code = "retention/no-action"
	// CodeBadPeriod (error): a period that must be positive is zero, a
	// period or grace period is out of range, or a kind that takes no period
	// has one.
	CodeBadPeriod Code = "retention/bad-period"
	// CodeBelowMinimum (error): a maximum lets the action fall due before a
	// statutory minimum for the same data and trigger has run, that is on
	// or before the minimum's last day (trigger + period) for some trigger
	// day.
	CodeBelowMinimum Code = "retention/below-minimum"
	// CodeMinimumOtherTrigger (warning): a statutory minimum counts from a
	// different event than a maximum for the same data, so the schedule
	// cannot hold the one against the other; see [Schedule.Check].
	CodeMinimumOtherTrigger Code = "retention/minimum-other-trigger"
	// CodeNoTrigger (warning): a rule whose period runs from an event names
	// none, so nothing can fall due under it.
	CodeNoTrigger Code = "retention/no-trigger"
	// CodeUnknownTrigger: a rule's trigger is not a well-formed code
	// (error), or is neither well known nor declared with [WithTriggers]
	// (warning: probably a misspelling).
	CodeUnknownTrigger Code = "retention/unknown-trigger"
	// CodeConflict (warning): two maxima for the same data and trigger
	// disagree, so the schedule does not say how long the data are kept.
	CodeConflict Code = "retention/conflict"
	// CodeNoLaw (warning): a Minimum or ByLaw rule does not name its law.
	CodeNoLaw Code = "retention/no-law"
	// CodeNoReason (info: not evidenced): a rule does not name the purpose
	// or law it serves.
	CodeNoReason Code = "retention/no-reason"
	// CodeCriteriaOnly (info): a rule gives criteria but no period. Art.
	// 13(2)(a) allows criteria "if that is not possible", but nothing can
	// fall due under such a rule.
	CodeCriteriaOnly Code = "retention/criteria-only"
	// CodeLawPeriodUnstated (info): a ByLaw rule does not state the law's
	// period, so nothing can fall due under it.
	CodeLawPeriodUnstated Code = "retention/law-period-unstated"
	// CodeNotRetentionDuty (error): a Minimum rule cites a provision that
	// imposes no duty to keep the personal data: a limitation period
	// (Limitation Act 1980), or DPA 2018 Sch. 1 para 40, which is a duty to
	// keep the appropriate policy document, not the data processed under it.
	CodeNotRetentionDuty Code = "retention/not-retention-duty"
)

// codeArticles holds the GDPR article each code rests on, without the
// instrument's name, which [basis.Regime.Cite] adds for the regime.
var codeArticles = map[Code]string{
	CodeNoID:                "Art. 30(1)(f)",
	CodeDuplicateID:         "Art. 30(1)(f)",
	CodeTooManyRules:        "Art. 30(1)(f)",
	CodeLongID:              "Art. 30(1)(f)",
	CodeUnknownRule:         "Art. 30(1)(f)",
	CodeUnknownData:         "Art. 30(1)(f)",
	CodeUnknownEvent:        "Art. 5(1)(e)",
	CodeBadDay:              "Art. 5(1)(e)",
	CodeBadKind:             "Art. 30(1)(f)",
	CodeNoAction:            "Art. 5(1)(e)",
	CodeBadPeriod:           "Art. 5(1)(e)",
	CodeBelowMinimum:        "Art. 6(1)(c), Art. 17(3)(b)",
	CodeMinimumOtherTrigger: "Art. 6(1)(c), Art. 17(3)(b)",
	CodeNoTrigger:           "Art. 30(1)(f)",
	CodeUnknownTrigger:      "Art. 30(1)(f)",
	CodeConflict:            "Art. 5(1)(e)",
	CodeNoLaw:               "Art. 6(3)",
	CodeNoReason:            "Art. 5(1)(b), Art. 5(1)(e)",
	CodeCriteriaOnly:        "Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)",
	CodeLawPeriodUnstated:   "Art. 13(2)(a), Art. 30(1)(f)",
	CodeNotRetentionDuty:    "Art. 6(1)(c), Art. 17(3)(b)",
}

// cite returns the article code c rests on as the instrument in force now
// for regime r: "UK GDPR Art. 5(1)(e)" for the UK, "GDPR Art. 5(1)(e)" for
// the EU. A schedule has no date, so the citation is that of the regime's
// current instrument ([basis.Regime.Cite] with the zero time).
func cite(r basis.Regime, at time.Time, c Code) string {
	a, ok := codeArticles[c]
	if !ok {
		return ""
	}
	return r.Cite(a, at)
}

// inputError builds the *basis.InputError for code c.
func inputError(c Code, path, value, msg string) *basis.InputError {
	return &basis.InputError{Code: c, Path: path, Value: value, Message: msg}
}

// quote quotes a bounded prefix of user input for a message.
func quote(s string) string { return text.Quote(s) }

func rulePath(id string) string { return basis.Key("rules", id) }

func itoa(n int) string { return strconv.Itoa(n) }

package retention

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// Code is the stable identifier of a problem in a schedule. Codes are the
// contract consumers match on; messages are prose and may change.
type Code string

// Problem codes. Those marked "advisory" describe schedules the law allows
// but the library cannot execute or enforce; the rest are mistakes.
const (
	// CodeNoID: a rule has no ID (from [NewSchedule]).
	CodeNoID Code = "retention/no-id"
	// CodeDuplicateID: two rules share an ID (from [NewSchedule]).
	CodeDuplicateID Code = "retention/duplicate-id"
	// CodeTooManyRules: a schedule was given more than [MaxRules] rules
	// (from [NewSchedule]).
	CodeTooManyRules Code = "retention/too-many-rules"
	// CodeUnknownRule: a record or evaluation names a rule the schedule does
	// not have (from [Schedule.Evaluate] and the sweep).
	CodeUnknownRule Code = "retention/unknown-rule"
	// CodeUnknownData: no rule of the schedule governs the data category
	// named (from [Schedule.EvaluateData]).
	CodeUnknownData Code = "retention/unknown-data"
	// CodeBadKind: a rule's kind is unspecified or out of range.
	CodeBadKind Code = "retention/bad-kind"
	// CodeNoAction: a rule that ends retention has no (valid) action.
	CodeNoAction Code = "retention/no-action"
	// CodeBadPeriod: a period that must be positive is zero or negative, a
	// period or grace period is out of range, or a kind that takes no period
	// has one.
	CodeBadPeriod Code = "retention/bad-period"
	// CodeBelowMinimum: a maximum lets the action fall due before a
	// statutory minimum for the same data and trigger has run, that is on
	// or before the minimum's last day (trigger + period) for some trigger
	// day.
	CodeBelowMinimum Code = "retention/below-minimum"
	// CodeMinimumOtherTrigger (advisory): a statutory minimum counts from a
	// different event than a maximum for the same data, so the schedule
	// cannot hold the one against the other; see [Schedule.Check].
	CodeMinimumOtherTrigger Code = "retention/minimum-other-trigger"
	// CodeNoTrigger: a rule whose period runs from an event names none.
	CodeNoTrigger Code = "retention/no-trigger"
	// CodeUnknownTrigger: a rule's trigger is neither well known nor declared
	// with [WithTriggers], or is not a well-formed code.
	CodeUnknownTrigger Code = "retention/unknown-trigger"
	// CodeConflict: two rules for the same data and trigger disagree (both
	// are reported, each naming the other).
	CodeConflict Code = "retention/conflict"
	// CodeNoLaw: a Minimum or ByLaw rule does not name its law.
	CodeNoLaw Code = "retention/no-law"
	// CodeNoReason: a rule does not name the purpose or law it serves.
	CodeNoReason Code = "retention/no-reason"
	// CodeCriteriaOnly (advisory): a rule gives criteria but no period. Art.
	// 13(2)(a) allows criteria "if that is not possible", but nothing can
	// fall due under such a rule.
	CodeCriteriaOnly Code = "retention/criteria-only"
	// CodeLawPeriodUnstated (advisory): a ByLaw rule does not state the
	// law's period, so nothing can fall due under it.
	CodeLawPeriodUnstated Code = "retention/law-period-unstated"
)

var codeArticles = map[Code]string{
	CodeNoID:                "UK GDPR Art. 30(1)(f)",
	CodeDuplicateID:         "UK GDPR Art. 30(1)(f)",
	CodeTooManyRules:        "UK GDPR Art. 30(1)(f)",
	CodeUnknownRule:         "UK GDPR Art. 30(1)(f)",
	CodeUnknownData:         "UK GDPR Art. 30(1)(f)",
	CodeBadKind:             "UK GDPR Art. 30(1)(f)",
	CodeNoAction:            "UK GDPR Art. 5(1)(e)",
	CodeBadPeriod:           "UK GDPR Art. 5(1)(e)",
	CodeBelowMinimum:        "UK GDPR Art. 6(1)(c), Art. 17(3)(b)",
	CodeMinimumOtherTrigger: "UK GDPR Art. 6(1)(c), Art. 17(3)(b)",
	CodeNoTrigger:           "UK GDPR Art. 30(1)(f)",
	CodeUnknownTrigger:      "UK GDPR Art. 30(1)(f)",
	CodeConflict:            "UK GDPR Art. 5(1)(e)",
	CodeNoLaw:               "UK GDPR Art. 6(3)",
	CodeNoReason:            "UK GDPR Art. 5(1)(b), Art. 5(1)(e)",
	CodeCriteriaOnly:        "UK GDPR Art. 13(2)(a), Art. 14(2)(a), Art. 30(1)(f)",
	CodeLawPeriodUnstated:   "UK GDPR Art. 13(2)(a), Art. 30(1)(f)",
}

// Article returns the provision a code rests on, or "" for an unknown code.
func (c Code) Article() string { return codeArticles[c] }

// Advisory reports whether c describes a schedule the law allows but the
// library cannot execute or enforce ([CodeCriteriaOnly],
// [CodeLawPeriodUnstated], [CodeMinimumOtherTrigger]).
func (c Code) Advisory() bool {
	return c == CodeCriteriaOnly || c == CodeLawPeriodUnstated || c == CodeMinimumOtherTrigger
}

// Error is one problem with a schedule, a rule or a record.
type Error struct {
	Code    Code   // stable identifier
	Rule    string // the rule at fault (its ID), if any
	Other   string // the other rule involved (conflicts, minimums), if any
	Field   string // the rule's field at fault, e.g. "Period"
	Value   string // the offending value, printed
	Article string // the provision the problem rests on
	Message string // what is wrong and what would be valid, in words
}

// Error renders the problem on one line: the rule, the field, the message
// and the code.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString("retention: ")
	if e.Rule != "" {
		b.WriteString("rule " + strconv.Quote(e.Rule) + ": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field + ": ")
	}
	b.WriteString(e.Message)
	b.WriteString(" [" + string(e.Code) + "]")
	return b.String()
}

// Errors is a list of problems, sorted by rule, code, other rule and field.
type Errors []*Error

// Error reports the first problem and how many more there are.
func (l Errors) Error() string {
	switch len(l) {
	case 0:
		return "retention: no errors"
	case 1:
		return l[0].Error()
	}
	return l[0].Error() + " (and " + strconv.Itoa(len(l)-1) + " more)"
}

// Err returns l as an error, or nil when l is empty.
func (l Errors) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

// Codes returns the code of every problem, in order.
func (l Errors) Codes() []Code {
	out := make([]Code, len(l))
	for i, e := range l {
		out[i] = e.Code
	}
	return out
}

// Unwrap returns the problems, so errors.As finds an *Error in the list.
func (l Errors) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

func (l Errors) sort() {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Code, b.Code),
			cmp.Compare(a.Other, b.Other),
			cmp.Compare(a.Field, b.Field),
		)
	})
}

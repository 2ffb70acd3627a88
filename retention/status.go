package retention

import "github.com/dpmodel/dpmodel/internal/enum"

// Status is the outcome of evaluating one record against a rule. The zero
// value is unspecified and is never returned by [Schedule.Evaluate].
type Status uint8

const (
	// NotDue: the trigger has happened but the retention period has not
	// ended.
	NotDue Status = iota + 1
	// Due: the retention period has ended; the action is due and the grace
	// period has not run out.
	Due
	// Overdue: the grace period has run out too (UK GDPR Art. 5(1)(e)).
	Overdue
	// TriggerPending: the event the period runs from has not happened.
	TriggerPending
	// Held: the action would be due but a legal hold suspends it (UK GDPR
	// Art. 17(3)(e): data needed for legal claims).
	Held
	// Undetermined: the rule gives no period to compute with (criteria
	// only, or a law whose period the schedule does not state).
	Undetermined
)

var statuses = enum.New[Status]("retention.Status",
	"not-due", "due", "overdue", "trigger-pending", "held", "undetermined")

var statusArticles = [...]string{
	NotDue:         "UK GDPR Art. 5(1)(e)",
	Due:            "UK GDPR Art. 5(1)(e)",
	Overdue:        "UK GDPR Art. 5(1)(e)",
	TriggerPending: "UK GDPR Art. 5(1)(e)",
	Held:           "UK GDPR Art. 17(3)(e)",
	Undetermined:   "UK GDPR Art. 13(2)(a), Art. 30(1)(f)",
}

// AllStatuses returns every status in order.
func AllStatuses() []Status { return statuses.Values() }

// ParseStatus returns the status with the given code, such as "overdue".
func ParseStatus(s string) (Status, error) { return statuses.Parse(s) }

// MustParseStatus is like [ParseStatus] but panics on error.
func MustParseStatus(s string) Status { return mustParse(statuses, s) }

// String returns the status's code, "unspecified", or "retention.Status(n)".
func (s Status) String() string { return statuses.String(s) }

// IsValid reports whether s is one of the defined statuses.
func (s Status) IsValid() bool { return statuses.Valid(s) }

// AppendText appends the status's code to b.
func (s Status) AppendText(b []byte) ([]byte, error) { return statuses.AppendText(b, s) }

// MarshalText returns the status's code; the zero value is empty text.
func (s Status) MarshalText() ([]byte, error) { return statuses.MarshalText(s) }

// UnmarshalText parses a code; on error s is unchanged.
func (s *Status) UnmarshalText(text []byte) error { return statuses.UnmarshalText(s, text) }

// Article returns the provision behind the status, or "" for an invalid one.
func (s Status) Article() string {
	if !s.IsValid() {
		return ""
	}
	return statusArticles[s]
}

// Actionable reports whether the rule's action should be carried out now:
// [Due] or [Overdue].
func (s Status) Actionable() bool { return s == Due || s == Overdue }

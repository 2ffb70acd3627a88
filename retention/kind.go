package retention

import "github.com/dpmodel/dpmodel/internal/enum"

// Kind is the form of a retention [Rule]: each form of statement the seed
// notices make. The zero value is unspecified, which [Schedule.Check]
// reports as [CodeBadKind].
type Kind uint8

const (
	// After: keep for a period after a trigger, plus a grace period for
	// internal processes, then act ("up to 10 years after completion of the
	// assessment, plus up to 12 months ... to securely review and delete").
	// The period is a maximum (UK GDPR Art. 5(1)(e)): "kept for up to N
	// years" allows the action on the anniversary, trigger + period.
	After Kind = iota + 1
	// Until: keep until an event, then act at once or within the grace
	// period ("for the duration of time that you are a member"; "delete your
	// contact details immediately on notification"). The trigger is the
	// event that ends retention (UK GDPR Art. 5(1)(e)).
	Until
	// Minimum: a statutory duty to keep records for at least a period,
	// which no maximum may undercut ("a minimum retention period is
	// required by law (such as retaining records for HMRC purposes)"). The
	// rule names the law; keeping the data is then a legal obligation (UK
	// GDPR Art. 6(1)(c), Art. 17(3)(b)). Such statutes exclude the day of
	// the event ("three years from the date on which they are made",
	// Companies Act 2006 s.388(4)(a); "after the end of the tax year", PAYE
	// reg. 97), so the record is kept through the anniversary and the
	// minimum has run on trigger + period + 1 day, the floor it puts on a
	// maximum. For a statute counting "beginning with" the day that is one
	// day more than needed, the safe side. DPA 2018 Sch. 1 para 40 is no
	// Minimum: it keeps the appropriate policy document, not the data.
	//
	// A limitation period (Limitation Act 1980 ss.2, 5) is no Minimum: it
	// imposes no duty to keep anything, and a shorter maximum is lawful.
	// Data kept for the defence of claims (UK GDPR Art. 17(3)(e), Art.
	// 6(1)(f)) are an [After] rule citing the Act as its Reason and Law.
	Minimum
	// ByLaw: keep for as long as a named law requires ("Regulatory lifetime
	// - ... required to be held to comply with other legislation"). The
	// period is the law's, when the schedule states it (UK GDPR Art.
	// 6(1)(c)).
	ByLaw
	// Criteria: no period, only the criteria used to determine it, which
	// UK GDPR Art. 13(2)(a) and 14(2)(a) allow where a period cannot be
	// given ("These set out the criteria we use to determine how long we
	// keep information"). Such a rule is never due; [Schedule.Check]
	// reports it as [CodeCriteriaOnly].
	Criteria
)

var kinds = enum.New[Kind]("retention.Kind", "after", "until", "minimum", "by-law", "criteria")

var kindArticles = [...]string{
	After:    "UK GDPR Art. 5(1)(e)",
	Until:    "UK GDPR Art. 5(1)(e)",
	Minimum:  "UK GDPR Art. 6(1)(c), Art. 17(3)(b)",
	ByLaw:    "UK GDPR Art. 6(1)(c), Art. 17(3)(b)",
	Criteria: "UK GDPR Art. 13(2)(a), Art. 14(2)(a)",
}

// AllKinds returns every kind in order.
func AllKinds() []Kind { return kinds.Values() }

// ParseKind returns the kind with the given code, such as "by-law".
func ParseKind(s string) (Kind, error) { return kinds.Parse(s) }

// MustParseKind is like [ParseKind] but panics on error.
func MustParseKind(s string) Kind { return mustParse(kinds, s) }

// String returns the kind's code, "unspecified", or "retention.Kind(n)".
func (k Kind) String() string { return kinds.String(k) }

// IsValid reports whether k is one of the defined kinds.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// AppendText appends the kind's code to b.
func (k Kind) AppendText(b []byte) ([]byte, error) { return kinds.AppendText(b, k) }

// MarshalText returns the kind's code; the zero value is empty text.
func (k Kind) MarshalText() ([]byte, error) { return kinds.MarshalText(k) }

// UnmarshalText parses a code; on error k is unchanged.
func (k *Kind) UnmarshalText(text []byte) error { return kinds.UnmarshalText(k, text) }

// Article returns the provision the form rests on, or "" for an invalid kind.
func (k Kind) Article() string {
	if !k.IsValid() {
		return ""
	}
	return kindArticles[k]
}

// maximum reports whether rules of kind k cap retention (and so must not
// undercut a statutory minimum).
func (k Kind) maximum() bool { return k == After || k == Until || k == ByLaw }

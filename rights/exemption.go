package rights

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Exemption is one of the exemptions in Schedule 2 to the Data Protection
// Act 2018 that membership bodies and assessment organisations meet. They
// are UK law only. The zero value is unspecified.
type Exemption uint8

const (
	// ExamScripts: information recorded by candidates during an exam is
	// exempt from the listed provisions of Sch. 2 Part 4 (Arts. 13(1)-(3),
	// 14(1)-(4) and 15(1)-(3)), so a request for the scripts themselves may
	// be refused (DPA 2018 Sch. 2 para 25(1)). "Exam" includes professional
	// examinations and assessments of performance at work (para 25(4)).
	ExamScripts Exemption = iota + 1
	// ExamMarks: marks and other information processed to determine exam
	// results are not exempt, but an access request made before the results
	// are announced has its own time limit: the earlier of 5 months
	// beginning when the request is made and 40 days beginning with the
	// announcement (DPA 2018 Sch. 2 para 25(2)-(3)). Results are announced
	// when first published or, if not published, first communicated to the
	// candidate (para 25(5)). See [ExamMarksDeadline].
	ExamMarks
	// ConfidentialReferences: a reference given (or to be given) in
	// confidence for the subject's education, training or employment, a
	// volunteer placement, an appointment to office or the provision of a
	// service is exempt from the listed provisions of Sch. 2 Part 4
	// (Arts. 13(1)-(3), 14(1)-(4), 15(1)-(3)) (DPA 2018 Sch. 2 para 24).
	ConfidentialReferences
)

var exemptions = enum.New[Exemption]("rights.Exemption",
	"exam-scripts", "exam-marks", "confidential-references")

var exemptionArticles = [...]string{
	ExamScripts:            "DPA 2018 Sch. 2 para 25(1)",
	ExamMarks:              "DPA 2018 Sch. 2 para 25(2)-(5)",
	ConfidentialReferences: "DPA 2018 Sch. 2 para 24",
}

// AllExemptions returns every exemption in order.
func AllExemptions() []Exemption { return exemptions.Values() }

// ParseExemption returns the exemption with the given code, such as
// "exam-scripts".
func ParseExemption(s string) (Exemption, error) { return exemptions.Parse(s) }

// MustParseExemption is like [ParseExemption] but panics on error.
func MustParseExemption(s string) Exemption {
	e, err := ParseExemption(s)
	if err != nil {
		panic(err)
	}
	return e
}

// String returns the exemption's code, "unspecified", or
// "rights.Exemption(n)".
func (e Exemption) String() string { return exemptions.String(e) }

// IsValid reports whether e is one of the defined exemptions.
func (e Exemption) IsValid() bool { return exemptions.Valid(e) }

// AppendText appends the exemption's code to b.
func (e Exemption) AppendText(b []byte) ([]byte, error) { return exemptions.AppendText(b, e) }

// MarshalText returns the exemption's code; the zero value is empty text.
func (e Exemption) MarshalText() ([]byte, error) { return exemptions.MarshalText(e) }

// UnmarshalText parses a code; on error e is unchanged.
func (e *Exemption) UnmarshalText(text []byte) error { return exemptions.UnmarshalText(e, text) }

// Article returns the provision, such as "DPA 2018 Sch. 2 para 24", or ""
// for an invalid exemption.
func (e Exemption) Article() string {
	if !e.IsValid() {
		return ""
	}
	return exemptionArticles[e]
}

// Covers reports whether the exemption disapplies right r, so that a
// request exercising r may be refused by citing it. Exam scripts and
// confidential references disapply Arts. 13-15 (the Sch. 2 Part 4 listed
// provisions, para 18): the rights to be informed and of access. Exam marks
// disapply nothing; they change the time limit of an access request.
func (e Exemption) Covers(r Right) bool {
	switch e {
	case ExamScripts, ConfidentialReferences:
		return r == Informed || r == Access
	}
	return false
}

// AvailableIn reports whether the exemption is law under regime g on the
// date of at: in the UK from 2018-05-25 (DPA 2018, S.I. 2018/625), never
// under the EU regime.
func (e Exemption) AvailableIn(g basis.Regime, at time.Time) bool {
	return e.IsValid() && g == basis.UK && g.InForce(basis.GDPRApplies, at)
}

// ExamMarksDeadline returns the time limit of an access request for exam
// marks received at received, when the results are announced at announced
// (the zero time while they have not been), under DPA 2018 Sch. 2
// para 25(3): the answer is due "before the end of the period of 5 months
// beginning when the question arises, or if earlier, before the end of the
// period of 40 days beginning with the announcement of the results".
//
// The result is midnight at the start of the last day of that period in
// Europe/London. Both periods count their first day: 40 days beginning with
// the announcement end 39 days after it, and 5 months beginning with the
// day of receipt end on the day before the corresponding date five months
// on (on the last day of that month where it has no corresponding date:
// 31 January gives 30 June). The statute moves neither end to a working
// day, so neither does this.
//
// ok is false when para 25(3) does not apply because the results were
// announced on or before the day the request was received: the ordinary
// time limit then applies.
func ExamMarksDeadline(received, announced time.Time) (due time.Time, ok bool) {
	start := civil.LondonDate(received)
	if !announced.IsZero() && !civil.LondonDate(announced).After(start) {
		return time.Time{}, false
	}
	last := fiveMonthsEnd(start)
	if !announced.IsZero() {
		if d := civil.LondonDate(announced).AddDays(39); d.Before(last) {
			last = d
		}
	}
	return civil.LondonMidnight(last), true
}

// fiveMonthsEnd returns the last day of the period of five months beginning
// with d: the day before the corresponding date, or the last day of the
// month where there is no corresponding date.
func fiveMonthsEnd(d civil.Date) civil.Date {
	end := d.AddMonths(5)
	if end.Day() != d.Day() {
		return end // clamped to the month's last day: no corresponding date
	}
	return end.AddDays(-1)
}

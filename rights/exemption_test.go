package rights

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// TestExamMarksDeadline works the examples of DPA 2018 Sch. 2 para 25(3) by
// hand: "before the end of the period of 5 months beginning when the
// question arises, or if earlier, before the end of the period of 40 days
// beginning with the announcement of the results".
func TestExamMarksDeadline(t *testing.T) {
	london := mustLondon(t)
	day := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 10, 0, 0, 0, london) }
	tests := []struct {
		name      string
		received  time.Time
		announced time.Time
		want      string
	}{
		// 5 months beginning with 10 March end on 9 August.
		{"not-yet-announced", day(2026, 3, 10), time.Time{}, "2026-08-09"},
		// 40 days beginning with 20 May: 12 days in May, 28 in June.
		{"announcement-first", day(2026, 3, 10), day(2026, 5, 20), "2026-06-28"},
		// 5 months beginning with 15 January end on 14 June, before
		// 40 days beginning with 10 June (19 July).
		{"five-months-first", day(2026, 1, 15), day(2026, 6, 10), "2026-06-14"},
		// No 31 June: the period ends on the month's last day.
		{"31-january", day(2026, 1, 31), time.Time{}, "2026-06-30"},
		// 1 March: the day before 1 August.
		{"first-of-month", day(2026, 3, 1), time.Time{}, "2026-07-31"},
		// No 30 February: the last day of February, in a leap year 29th.
		{"30-september-leap", day(2027, 9, 30), time.Time{}, "2028-02-29"},
		{"30-september", day(2026, 9, 30), time.Time{}, "2027-02-28"},
		// 29 February 2028 exists: the day before it.
		{"29-september-leap", day(2027, 9, 29), time.Time{}, "2028-02-28"},
		// 40 days beginning with 28 December run over the year end and
		// beat 5 months beginning with 1 December (30 April).
		{"over-new-year", day(2026, 12, 1), day(2026, 12, 28), "2027-02-05"},
		// Announced the day after receipt.
		{"next-day", day(2026, 3, 10), day(2026, 3, 11), "2026-04-19"},
		// 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
		{"london-date", time.Date(2026, 6, 30, 23, 30, 0, 0, time.UTC), time.Time{}, "2026-11-30"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := ExamMarksDeadline(tt.received, tt.announced)
			if !ok {
				t.Fatal("ok = false, want the para 25(3) time limit")
			}
			if got.Location().String() != "Europe/London" || got.Hour() != 0 || got.Minute() != 0 {
				t.Errorf("due %v is not midnight in London", got)
			}
			if s := got.Format(time.DateOnly); s != tt.want {
				t.Errorf("due %s, want %s", s, tt.want)
			}
		})
	}
}

// TestExamMarksDeadlineNotApplicable: para 25(3) applies only where the
// question arises "before the day on which the exam results are announced".
func TestExamMarksDeadlineNotApplicable(t *testing.T) {
	london := mustLondon(t)
	tests := []struct {
		name                string
		received, announced time.Time
	}{
		{"same-day", time.Date(2026, 8, 13, 9, 0, 0, 0, london), time.Date(2026, 8, 13, 16, 0, 0, 0, london)},
		{"announced-before", time.Date(2026, 8, 20, 9, 0, 0, 0, london), time.Date(2026, 8, 13, 8, 0, 0, 0, london)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if due, ok := ExamMarksDeadline(tt.received, tt.announced); ok {
				t.Errorf("ExamMarksDeadline = %v, true; want not applicable", due)
			}
		})
	}
}

func TestExemptions(t *testing.T) {
	tests := []struct {
		e       Exemption
		code    string
		article string
		covers  []Right
	}{
		{ExamScripts, "exam-scripts", "DPA 2018 Sch. 2 para 25(1)", []Right{Informed, Access}},
		{ExamMarks, "exam-marks", "DPA 2018 Sch. 2 para 25(2)-(5)", nil},
		{ConfidentialReferences, "confidential-references", "DPA 2018 Sch. 2 para 24", []Right{Informed, Access}},
	}
	if len(AllExemptions()) != len(tests) {
		t.Fatalf("AllExemptions has %d", len(AllExemptions()))
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if tt.e.String() != tt.code || tt.e.Article() != tt.article {
				t.Errorf("got %q %q", tt.e, tt.e.Article())
			}
			if MustParseExemption(tt.code) != tt.e {
				t.Errorf("parse %q failed", tt.code)
			}
			for _, r := range AllRights() {
				want := false
				for _, c := range tt.covers {
					want = want || c == r
				}
				if got := tt.e.Covers(r); got != want {
					t.Errorf("Covers(%v) = %v, want %v", r, got, want)
				}
			}
		})
	}
	at := time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC)
	if !ExamScripts.AvailableIn(basis.UK, at) || ExamScripts.AvailableIn(basis.EU, at) {
		t.Error("exam scripts exemption must be UK law only")
	}
	if ExamScripts.AvailableIn(basis.UK, time.Date(2018, 5, 24, 12, 0, 0, 0, time.UTC)) {
		t.Error("DPA 2018 Sch. 2 is not in force before 2018-05-25")
	}
}

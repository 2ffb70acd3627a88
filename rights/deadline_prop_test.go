package rights_test

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/gdpr/gdprtest"
	"github.com/dpmodel/dpmodel/rights"
	"pgregory.net/rapid"
)

var propLondon = func() *time.Location {
	loc, err := time.LoadLocation("Europe/London")
	if err != nil {
		panic(err)
	}
	return loc
}()

// TestDeadlineNeverBeforeReceiptProperty: the last day to answer is never
// before the day of receipt (in Europe/London); it is at least the
// corresponding day of the next month clamped to that month's end (so at
// least 28 days later), and a working day of the calendar (UK GDPR
// Art. 12(3); the ICO's method, reference §4.3).
func TestDeadlineNeverBeforeReceiptProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		received := gdprtest.Time().Draw(t, "received")
		cal := gdprtest.ValidCalendar().Draw(t, "calendar")
		due := rights.Deadline(received, cal)
		y, m, d := received.In(propLondon).Date()
		day := time.Date(y, m, d, 0, 0, 0, 0, propLondon)
		if due.Before(day) {
			t.Fatalf("Deadline(%v) = %v, before the day of receipt %v", received, due, day)
		}
		if due.Before(day.AddDate(0, 0, 28)) {
			t.Fatalf("Deadline(%v) = %v, less than 28 days after receipt", received, due)
		}
		if !cal.IsWorkingDay(due) {
			t.Fatalf("Deadline(%v) = %v, not a working day of %v", received, due, cal)
		}
		if h, mi, s := due.In(propLondon).Clock(); h != 0 || mi != 0 || s != 0 {
			t.Fatalf("Deadline(%v) = %v, not midnight in London", received, due)
		}
	})
}

// TestDeadlineMonotonicProperty: a request received later is never due
// earlier.
func TestDeadlineMonotonicProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		a := gdprtest.Time().Draw(t, "a")
		b := a.Add(time.Duration(rapid.IntRange(0, 60*24*40).Draw(t, "minutesLater")) * time.Minute)
		cal := gdprtest.ValidCalendar().Draw(t, "calendar")
		if da, db := rights.Deadline(a, cal), rights.Deadline(b, cal); db.Before(da) {
			t.Fatalf("received %v due %v, but received later %v due earlier %v", a, da, b, db)
		}
	})
}

package gdpr_test

import (
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
)

func TestLookups(t *testing.T) {
	r := sampleRegister()
	tests := []struct {
		name string
		ok   func(id string) bool
		id   string
	}{
		{"Activity", func(id string) bool { a, ok := r.Activity(id); return ok && a.ID == id }, "events"},
		{"Subject", func(id string) bool { s, ok := r.Subject(id); return ok && s.ID == id }, "members"},
		{"DataCategory", func(id string) bool { d, ok := r.DataCategory(id); return ok && d.ID == id }, "access-needs"},
		{"Recipient", func(id string) bool { x, ok := r.Recipient(id); return ok && x.ID == id }, "mailer"},
		{"Transfer", func(id string) bool { x, ok := r.Transfer(id); return ok && x.ID == id }, "mailer-us"},
		{"RetentionRule", func(id string) bool { x, ok := r.RetentionRule(id); return ok && x.ID == id }, "members-6y"},
		{"Entity", func(id string) bool { x, ok := r.Entity(id); return ok && x.ID == id }, "services"},
	}
	for _, tt := range tests {
		if !tt.ok(tt.id) {
			t.Errorf("%s(%q) not found", tt.name, tt.id)
		}
		if tt.ok("no-such-id") {
			t.Errorf("%s(no-such-id) found", tt.name)
		}
	}
	// A lookup returns the element itself, not a copy.
	a, _ := r.Activity("events")
	a.Purpose = "changed"
	if r.Activities[1].Purpose != "changed" {
		t.Errorf("Activity returned a copy")
	}
}

func ids[T any](seq func(func(T) bool), id func(T) string) []string {
	var out []string
	for x := range seq {
		out = append(out, id(x))
	}
	return out
}

func TestIterators(t *testing.T) {
	r := sampleRegister()
	a, _ := r.Activity("marketing")
	a.Data = append(a.Data, "no-such-data") // skipped by DataOf
	if got := ids(r.DataOf(a), func(d *gdpr.DataCategory) string { return d.ID }); !slices.Equal(got, []string{"contact", "browsing"}) {
		t.Errorf("DataOf = %v", got)
	}
	if got := ids(r.SubjectsOf(a), func(s *gdpr.Subject) string { return s.ID }); !slices.Equal(got, []string{"members"}) {
		t.Errorf("SubjectsOf = %v", got)
	}
	if got := ids(r.RecipientsOf(a), func(x *gdpr.Recipient) string { return x.ID }); !slices.Equal(got, []string{"mailer"}) {
		t.Errorf("RecipientsOf = %v", got)
	}
	if got := ids(r.TransfersOf(a), func(x *gdpr.Transfer) string { return x.ID }); !slices.Equal(got, []string{"mailer-us"}) {
		t.Errorf("TransfersOf = %v", got)
	}
	m, _ := r.Activity("membership")
	if got := ids(r.RetentionOf(m), func(x *gdpr.RetentionRule) string { return x.ID }); !slices.Equal(got, []string{"members-6y"}) {
		t.Errorf("RetentionOf = %v", got)
	}
	if got := ids(r.ActivitiesUsing("contact"), func(x *gdpr.Activity) string { return x.ID }); !slices.Equal(got, []string{"membership", "events", "marketing"}) {
		t.Errorf("ActivitiesUsing(contact) = %v", got)
	}
	var order []int
	for i, x := range r.AllActivities() {
		order = append(order, i)
		if x != &r.Activities[i] {
			t.Errorf("AllActivities yields a copy at %d", i)
		}
		if i == 1 {
			break // stopping early must not panic
		}
	}
	if !slices.Equal(order, []int{0, 1}) {
		t.Errorf("AllActivities order = %v", order)
	}
	for range r.ActivitiesUsing("contact") {
		break
	}
	for range r.DataOf(a) {
		break
	}
	e, _ := r.Activity("events")
	if s := r.Sensitive(e); !s.Has(basis.Health) || s.CriminalOffence() {
		t.Errorf("Sensitive(events) = %v", s)
	}
	if s := r.Sensitive(m); s.Special() || !s.CriminalOffence() {
		t.Errorf("Sensitive(membership) = %v", s)
	}
}

func TestDate(t *testing.T) {
	for _, s := range []string{"2024-02-29", "0001-01-01", "9999-12-31", "2026-02-05"} {
		d, err := gdpr.ParseDate(s)
		if err != nil || d.String() != s || !d.IsValid() {
			t.Errorf("ParseDate(%q) = %v, %v", s, d, err)
		}
		var back gdpr.Date
		if err := back.UnmarshalText([]byte(s)); err != nil || back != d {
			t.Errorf("UnmarshalText(%q) = %v, %v", s, back, err)
		}
	}
	for _, s := range []string{"2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-01T00:00:00Z", "0000-01-01", "yesterday"} {
		if _, err := gdpr.ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) succeeded", s)
		}
		keep := gdpr.MustParseDate("2020-01-01")
		if err := keep.UnmarshalText([]byte(s)); err == nil || keep != gdpr.MustParseDate("2020-01-01") {
			t.Errorf("UnmarshalText(%q) = %v and changed the date to %v", s, err, keep)
		}
	}
	var zero gdpr.Date
	if !zero.IsZero() || zero.IsValid() || zero.String() != "" || !zero.In(time.UTC).IsZero() {
		t.Errorf("zero Date: %v %v %q", zero.IsZero(), zero.IsValid(), zero)
	}
	if text, err := zero.MarshalText(); err != nil || len(text) != 0 {
		t.Errorf("zero Date MarshalText = %q, %v", text, err)
	}
	bad := gdpr.Date{Year: 2023, Month: 2, Day: 29}
	if _, err := bad.MarshalText(); err == nil || bad.String() != "gdpr.Date(2023-2-29)" {
		t.Errorf("bad Date: %v, %q", err, bad)
	}
	a, b := gdpr.MustParseDate("2024-01-31"), gdpr.MustParseDate("2024-02-01")
	if !a.Before(b) || a.After(b) || !b.After(a) || a.Before(a) {
		t.Errorf("ordering of %v and %v", a, b)
	}
	london, _ := time.LoadLocation("Europe/London")
	at := time.Date(2026, 3, 29, 0, 30, 0, 0, london)
	if d := gdpr.DateOf(at); d != gdpr.MustParseDate("2026-03-29") {
		t.Errorf("DateOf(%v) = %v", at, d)
	}
	if got := b.In(london); !got.Equal(time.Date(2024, 2, 1, 0, 0, 0, 0, london)) {
		t.Errorf("In = %v", got)
	}
	if !gdpr.DateOf(time.Time{}).IsZero() {
		t.Errorf("DateOf(zero time) is not zero")
	}
}

func TestFact(t *testing.T) {
	if gdpr.FactOf(true) != gdpr.Yes || gdpr.FactOf(false) != gdpr.No {
		t.Errorf("FactOf")
	}
	if gdpr.NotStated.IsStated() || !gdpr.No.IsStated() || !gdpr.No.IsNo() || gdpr.NotStated.IsNo() || !gdpr.Yes.IsYes() {
		t.Errorf("Fact predicates")
	}
	f := gdpr.Yes
	if err := f.UnmarshalText([]byte("not-stated")); err != nil || f != gdpr.NotStated {
		t.Errorf("UnmarshalText(not-stated) = %v, %v", f, err)
	}
	if _, err := gdpr.ParseFact("not-stated"); err == nil {
		t.Errorf("ParseFact(not-stated) succeeded; not stated has no code of its own")
	}
}

func TestEqual(t *testing.T) {
	a, b := sampleRegister(), sampleRegister()
	if !a.Recipients[0].Equal(b.Recipients[0]) || !a.Transfers[0].Equal(b.Transfers[0]) {
		t.Fatal("equal elements compare unequal")
	}
	b.Recipients[0].Evidence.Quote = "other"
	b.Transfers[0].Recipients = nil
	if a.Recipients[0].Equal(b.Recipients[0]) || a.Transfers[0].Equal(b.Transfers[0]) {
		t.Error("Equal ignores evidence or recipients")
	}
	b = sampleRegister()
	b.Recipients[0].Name = "other"
	b.Transfers[0].Countries = nil
	if a.Recipients[0].Equal(b.Recipients[0]) || a.Transfers[0].Equal(b.Transfers[0]) {
		t.Error("Equal ignores the embedded value")
	}
}

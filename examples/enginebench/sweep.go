package enginebench

import (
	"time"

	"github.com/dpmodel/dpmodel/retention"
)

// RetentionRules is the sweep's schedule: six "keep for a period after a
// trigger, then delete or anonymise" rules.
func RetentionRules() []retention.Rule {
	return []retention.Rule{
		{ID: "members", Data: "member-record", Kind: retention.After, Trigger: retention.EndOfMembership,
			Period: retention.Years(6), Action: retention.Delete, Reason: "claims by or against former members"},
		{ID: "contacts", Data: "contact", Kind: retention.After, Trigger: retention.LastActivity,
			Period: retention.Years(2), Action: retention.Delete, Reason: "keeping in touch"},
		{ID: "events", Data: "event-booking", Kind: retention.After, Trigger: retention.Collection,
			Period: retention.Months(18), Action: retention.Anonymise, Reason: "event statistics"},
		{ID: "exams", Data: "exam-result", Kind: retention.After, Trigger: retention.Completion,
			Period: retention.Period{Years: 5, Months: 1}, Action: retention.Anonymise, Reason: "appeals and certificates"},
		{ID: "contracts", Data: "supplier-contract", Kind: retention.After, Trigger: retention.EndOfContract,
			Period: retention.Years(6), Action: retention.Delete, Reason: "Limitation Act 1980 s.5", Law: "Limitation Act 1980 s.5"},
		{ID: "cctv", Data: "cctv", Kind: retention.After, Trigger: retention.Collection,
			Period: retention.Months(1), Action: retention.Delete, Reason: "site security"},
	}
}

// PlainRecord is how a host holds a record without the library: the
// trigger as a time (midnight in London), the rule by index.
type PlainRecord struct {
	ID      uint64
	Rule    int
	Held    bool
	Trigger time.Time // zero: the trigger has not happened
}

// SweepRecords returns n records in both forms, spread over the rules, with
// triggers from 1980 to 2025 (a deterministic sequence), one in fifty held
// and one in twenty with no trigger yet.
func SweepRecords(s *retention.Schedule, n int) ([]retention.Record, []PlainRecord) {
	start := retention.DayFromYMD(1980, 1, 1)
	span := uint64(retention.DayFromYMD(2025, 12, 31) - start)
	recs := make([]retention.Record, n)
	plain := make([]PlainRecord, n)
	x := uint64(0x9E3779B97F4A7C15)
	for i := range recs {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		rule := int(x % uint64(s.Len()))
		recs[i] = retention.Record{ID: uint64(i), Rule: retention.Ref(rule), Held: x%50 == 0}
		plain[i] = PlainRecord{ID: uint64(i), Rule: rule, Held: x%50 == 0}
		if x%20 != 1 {
			d := start + retention.Day(x>>20%span)
			recs[i].Trigger = d
			plain[i].Trigger = d.Time(London)
		}
	}
	return recs, plain
}

// PlainDue is the loop a host writes without the library: each record's
// trigger plus its period with time.AddDate, compared with the as-of day.
// AddDate normalises, so a month added to 31 January gives 3 March (2 in a
// leap year), not the last day of February: records triggered on the 29th
// to the 31st come due a few days late.
func PlainDue(rules []retention.Rule, recs []PlainRecord, asOf time.Time) int {
	y, m, d := asOf.In(London).Date()
	day := time.Date(y, m, d, 0, 0, 0, 0, London)
	due := 0
	for i := range recs {
		r := &recs[i]
		if r.Held || r.Trigger.IsZero() {
			continue
		}
		p := rules[r.Rule].Period
		if !r.Trigger.AddDate(p.Years, p.Months, p.Days).After(day) {
			due++
		}
	}
	return due
}

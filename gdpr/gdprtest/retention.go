package gdprtest

import (
	"strconv"

	"github.com/dpmodel/dpmodel/retention"
	"pgregory.net/rapid"
)

// ValidPeriod draws a period within the limits (retention.MaxYears,
// MaxMonths, MaxDays), mostly the short ones schedules state, sometimes
// zero, sometimes at a limit.
func ValidPeriod() *rapid.Generator[retention.Period] {
	return rapid.OneOf(
		rapid.Custom(func(t *rapid.T) retention.Period {
			return retention.Period{Years: rapid.IntRange(0, 12).Draw(t, "years"), Months: rapid.IntRange(0, 24).Draw(t, "months"),
				Days: rapid.IntRange(0, 60).Draw(t, "days")}
		}),
		rapid.Custom(func(t *rapid.T) retention.Period {
			return retention.Period{Years: rapid.IntRange(0, retention.MaxYears).Draw(t, "years"),
				Months: rapid.IntRange(0, retention.MaxMonths).Draw(t, "months"), Days: rapid.IntRange(0, retention.MaxDays).Draw(t, "days")}
		}),
		rapid.Just(retention.Period{}))
}

// PositivePeriod draws a valid period that is not zero.
func PositivePeriod() *rapid.Generator[retention.Period] {
	return rapid.Custom(func(t *rapid.T) retention.Period {
		p := ValidPeriod().Draw(t, "period")
		if p.IsZero() {
			p.Months = rapid.IntRange(1, 12).Draw(t, "months")
		}
		return p
	})
}

// ArbitraryPeriod draws any period: negative fields and fields above the
// limits included.
func ArbitraryPeriod() *rapid.Generator[retention.Period] {
	return rapid.OneOf(ValidPeriod(), rapid.Custom(func(t *rapid.T) retention.Period {
		f := rapid.OneOf(rapid.IntRange(-3, 3), rapid.Int(), rapid.IntRange(retention.MaxDays-1, retention.MaxDays+1))
		return retention.Period{Years: f.Draw(t, "years"), Months: f.Draw(t, "months"), Days: f.Draw(t, "days")}
	}))
}

// ValidTrigger draws a well-known trigger or a well-formed one of the
// schedule's own (declare those with retention.WithTriggers).
func ValidTrigger() *rapid.Generator[retention.Trigger] {
	return rapid.OneOf(rapid.SampledFrom(retention.WellKnownTriggers()), WellKnownTrigger(),
		rapid.Map(rapid.StringMatching(`[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}`), func(s string) retention.Trigger { return retention.Trigger(s) }))
}

// WellKnownTrigger draws one of retention.WellKnownTriggers.
func WellKnownTrigger() *rapid.Generator[retention.Trigger] {
	return rapid.SampledFrom(retention.WellKnownTriggers())
}

// ArbitraryTrigger draws any text as a trigger.
func ArbitraryTrigger() *rapid.Generator[retention.Trigger] {
	return rapid.OneOf(ValidTrigger(), rapid.Map(ArbitraryText(), func(s string) retention.Trigger { return retention.Trigger(s) }))
}

// ValidRule draws a rule with what its kind needs (see retention.Rule): a
// slug ID, a reason, and for After a well-known trigger, a positive period
// and an action; for Until a trigger and an action; for Minimum a trigger,
// a positive period and a law; for ByLaw a law and an action; for Criteria
// the criteria. Its Data is empty: ValidRegister fills it with the id of a
// data category.
func ValidRule() *rapid.Generator[retention.Rule] {
	return rapid.Custom(func(t *rapid.T) retention.Rule {
		r := retention.Rule{ID: ID().Draw(t, "id"), Kind: ValidRetentionKind().Draw(t, "kind"),
			Reason: rapid.StringMatching(`[a-z]{1,10}( [a-z]{1,10}){0,3}`).Draw(t, "reason")}
		law := rapid.StringMatching(`[A-Z][a-z]{2,8} Act (19[5-9][0-9]|20[0-2][0-9]) s\.[1-9][0-9]{0,2}`)
		switch r.Kind {
		case retention.After:
			r.Trigger, r.Period, r.Action = WellKnownTrigger().Draw(t, "trigger"), PositivePeriod().Draw(t, "period"), ValidAction().Draw(t, "action")
			r.Grace = ValidPeriod().Draw(t, "grace")
		case retention.Until:
			r.Trigger, r.Action = WellKnownTrigger().Draw(t, "trigger"), ValidAction().Draw(t, "action")
			r.Grace = ValidPeriod().Draw(t, "grace")
		case retention.Minimum:
			r.Trigger, r.Period, r.Law = WellKnownTrigger().Draw(t, "trigger"), PositivePeriod().Draw(t, "period"), law.Draw(t, "law")
			r.Action = orZero(ValidAction()).Draw(t, "action")
		case retention.ByLaw:
			r.Law, r.Action = law.Draw(t, "law"), ValidAction().Draw(t, "action")
			if rapid.Bool().Draw(t, "known") {
				r.Trigger, r.Period = WellKnownTrigger().Draw(t, "trigger"), PositivePeriod().Draw(t, "period")
			}
		case retention.Criteria:
			r.Criteria = rapid.StringMatching(`[a-z]{1,10}( [a-z]{1,10}){1,4}`).Draw(t, "criteria")
		}
		return r
	})
}

// ArbitraryRule draws any retention.Rule.
func ArbitraryRule() *rapid.Generator[retention.Rule] { return arbitraryOf[retention.Rule]() }

// ValidRules draws up to n rules with distinct IDs.
func ValidRules(n int) *rapid.Generator[[]retention.Rule] {
	return rapid.Custom(func(t *rapid.T) []retention.Rule {
		rules := rapid.SliceOfN(ValidRule(), 0, n).Draw(t, "rules")
		for i := range rules {
			rules[i].ID += "-" + strconv.Itoa(i) // distinct whatever was drawn
		}
		return rules
	})
}

// ValidSchedule draws a schedule of up to eight rules (see ValidRule),
// built with retention.NewSchedule in one of the regimes' locations.
func ValidSchedule() *rapid.Generator[*retention.Schedule] {
	return rapid.Custom(func(t *rapid.T) *retention.Schedule {
		rules := ValidRules(8).Draw(t, "rules")
		s, err := retention.NewSchedule(rules, retention.WithLocation(rapid.SampledFrom(locations).Draw(t, "location")))
		if err != nil {
			t.Fatalf("gdprtest: NewSchedule refused rules drawn as valid: %v", err)
		}
		return s
	})
}

// ValidDay draws a day from 2016 to 2040 (see Midnight), as retention
// counts them.
func ValidDay() *rapid.Generator[retention.Day] {
	return rapid.Custom(func(t *rapid.T) retention.Day {
		d := date(t, 2016, 2040)
		return retention.DayFromYMD(d.y, d.m, d.d)
	})
}

// ValidRecords draws up to n records for schedule s: each governed by
// one of its rules, with a trigger day (or none yet) and perhaps a hold.
func ValidRecords(s *retention.Schedule, n int) *rapid.Generator[[]retention.Record] {
	return rapid.Custom(func(t *rapid.T) []retention.Record {
		k := rapid.IntRange(0, n).Draw(t, "n")
		if s.Len() == 0 {
			return nil
		}
		out := make([]retention.Record, k)
		for i := range out {
			out[i] = retention.Record{ID: uint64(i), Rule: retention.Ref(rapid.IntRange(0, s.Len()-1).Draw(t, "rule")),
				Held: rapid.Float64Range(0, 1).Draw(t, "held") < 0.1, Trigger: orZero(ValidDay()).Draw(t, "trigger")}
		}
		return out
	})
}

// Package retention models how long personal data are kept, from which event,
// and what happens at the end: for one record, and streamed over millions.
//
// # Periods
//
// A [Period] is years, months and days, added to a date by the XML Schema
// rule (years and months first, clamping the day to the month's last day,
// then days), so 31 January plus one month is the last day of February and
// 29 February plus one year is 28 February. [Period.AddTo] works on a
// [time.Time]'s date in its own location and keeps its clock. Periods read
// and write ISO 8601 durations ("P40Y", "P6M", "P1Y6M", "P2W") through
// [ParsePeriod], MarshalText and UnmarshalText; time components, signs,
// fractions and numbers above a thousand years are rejected with a
// [PeriodError] (which is [basis.InputError]) naming the column and quoting
// a bounded prefix of the text.
//
// # Rules and schedules
//
// A [Rule] is one retention statement in one of five forms ([Kind]): a period
// after a [Trigger] plus a grace period, then an [Action] ([After]); until an
// event ([Until]); a statutory minimum no maximum may undercut ([Minimum]);
// for as long as a named law requires ([ByLaw]); or criteria only
// ([Criteria]). Only a duty to keep records is a [Minimum] (Companies Act
// 2006 s.388, Income Tax (PAYE) Regulations 2003 reg. 97, VATA 1994 Sch. 11
// para 6, Charities Act 2011 ss.131 and 134): it makes keeping the data a
// legal obligation (UK GDPR Art. 6(1)(c), Art. 17(3)(b)). A limitation
// period (Limitation Act 1980 ss.2, 5) imposes no such duty; it is a reason
// to keep data for the defence of legal claims (Art. 17(3)(e), Art.
// 6(1)(f)), stated as the Reason and Law of an [After] rule, and a shorter
// maximum is then no error. Nor is DPA 2018 Sch. 1 para 40 a minimum: it
// requires the appropriate policy document to be kept for six months after
// the processing under a Schedule 1 condition ends, not the personal data;
// [Schedule.Check] reports a Minimum citing either
// ([CodeNotRetentionDuty]). Triggers are an open set of codes with
// well-known constants.
//
// A [Schedule] holds rules by ID; [Schedule.Check] reports what it finds as
// [basis.Findings] (the module's one findings vocabulary: a stable [Code],
// a severity set at each rule, a path in the JSON member names of the rules
// such as `rules["net-9.3"].period`, and the article cited for the regime),
// and [Schedule.Evaluate] decides one record's [Facts] as of a date: its
// due date, deadline, action and reason, or that it is not due, that its
// trigger has not happened, or that a legal hold applies.
// [Schedule.EvaluateData] does the same for every rule of one data category.
// Malformed input (rules that cannot be told apart, an unknown rule, data
// category or event name, an invalid trigger day, text that is not a period
// or a date) is a *[basis.InputError] with a code, never a finding.
//
// # Dates
//
// Every dated comparison is of calendar dates in the schedule's location
// (Europe/London by default, [WithLocation] to change it): an event's day,
// the day a hold lapses ([Hold.ActiveOn]) and the as-of day of an
// evaluation or a sweep are each the date of the time there, whatever the
// clock time, the date rule of the module ([basis.Regime.OnOrBefore]).
//
// # Combining rules
//
// A [Rule] speaks for one data category (its Data) from one trigger. Rules
// combine in three ways:
//
//   - Whichever comes first. A statement with several ends ("until the
//     time that you notify us otherwise, or your account has been inactive
//     for five years") is one rule per end, for the same data and different
//     triggers. [Schedule.EvaluateData] weighs them all for one record and
//     returns the decision of the rule that falls due first; a sweep takes
//     one [Record] per rule and yields whichever is due.
//   - Statutory floors. A [Minimum] rule for the same data and the same
//     trigger floors every maximum: the maximum's action is not due before
//     the minimum has run, and its grace period runs from the end of the
//     minimum when that is later. Statutes that keep records "for N years
//     from the date on which they are made" (Companies Act 2006 s.388(4))
//     or "after the end of the tax year" (PAYE reg. 97; Charities Act 2011
//     ss.131, 134) exclude the day of the event, so the period ends at the
//     end of the anniversary (the last day of the month where it has no
//     such day): the record is kept through the anniversary and may go
//     from the day after. A minimum's floor is therefore trigger + period +
//     1 day; a record made on 29 February 2020 under the three years of
//     s.388(4)(a) is kept through 28 February 2023 and may go from 1 March
//     2023. A statute worded "beginning with" the day of the event ends a
//     day earlier, so its floor keeps the data one day longer than the
//     statute needs: the safe side for a floor. A maximum ("kept for up to N years") is due on trigger +
//     period, the anniversary itself, so a maximum equal to a minimum
//     undercuts it by that day. [Schedule.Check] reports a maximum that
//     would undercut the minimum ([CodeBelowMinimum]).
//   - Minimums from another event. The statutes count from different events
//     (the date a record is made, the end of the financial or tax year, the
//     end of processing), and a [Record] carries one trigger day, so a
//     minimum counted from another trigger than a maximum's cannot floor
//     it. [Schedule.Check] reports the pair ([CodeMinimumOtherTrigger]); the
//     host keeps such data until both have run (evaluate both rules and act
//     on the later), or states the maximum from the minimum's trigger.
//
// Two maxima for the same data and trigger that disagree are a conflict
// ([CodeConflict]); the schedule does not pick one.
//
// # Sweeps
//
// A [Sweeper] decides many records for one "as of" date. For each rule it
// computes, once, the latest trigger day whose action is due (exact, because
// adding a clamped period is non-decreasing in the start date), so deciding
// a [Record] is one integer comparison with no allocation. [Sweeper.Sweep]
// streams an iter.Seq of records to an iter.Seq2 of the due ones, in input
// order; its answers are those of [Schedule.Evaluate] one by one. Calendar
// dates are [Day] numbers counted in the schedule's location (Europe/London
// by default); there is no hidden clock.
//
// # References
//
//   - UK GDPR and Regulation (EU) 2016/679, Art. 5(1)(e) (storage
//     limitation), Art. 13(2)(a) and 14(2)(a) (the period or the criteria
//     used to determine it), Art. 17(3)(b) and (e), Art. 30(1)(f), Art. 89(1).
//   - XML Schema Part 2: Datatypes, Appendix E (adding durations to
//     dateTimes); ISO 8601 durations.
//   - Statutory minimums (duties to keep records) in the reference
//     (legal-facts §13): Companies Act 2006 s.388(4); Charities Act 2011
//     ss.131, 134; Income Tax (PAYE) Regulations 2003 reg. 97; VATA 1994
//     Sch. 11 para 6(3). The reference lists DPA 2018 Sch. 1 para 40 there
//     too, but it is a duty to keep the appropriate policy document, not
//     the personal data (para 40(1)), so it is no minimum for the data.
//   - Limitation periods, which justify keeping data for the defence of
//     claims but impose no duty to keep it: Limitation Act 1980 ss.2, 5
//     (legal-facts §13); UK GDPR Art. 6(1)(f), Art. 17(3)(e).
package retention

// Package rights models data subjects' rights under the UK GDPR (with the
// Data Protection Act 2018) and the EU GDPR in two halves: which rights
// apply to which processing, and the time limits and lifecycle of one
// request from receipt to answer, on the working-day calendars of the three
// UK divisions.
//
// # Rights and when they apply
//
// [Right] enumerates the rights: to be informed (Arts. 13 and 14), of
// access (15), to rectification (16), to erasure (17), to restriction (18),
// to portability (20), to object (21), about solely automated decisions (22;
// in the UK Arts. 22A-22D for decisions from 2026-02-05), to withdraw
// consent (7(3)) and to complain to the supervisory authority (77). Each
// knows its article ([Right.Article], [Right.ArticleIn] for the law in force
// on a date) and its W3C DPV term ([Right.DPV]).
//
// [Applies] answers from the lawful basis alone, by the ICO's table of
// rights by basis: no erasure for a legal obligation or public task
// (Art. 17(3)(b)); portability only for consent and contract (Art. 20(1));
// objection under Art. 21(1) only for a public task and (recognised)
// legitimate interests; withdrawal only of consent. [Assess] takes the
// facts that change the answer in a [Situation] (regime and date,
// automated means, data the subject provided, direct marketing, research,
// a solely automated decision with legal or similarly significant effect
// and when it was taken, the Art. 17(3) exceptions relied on) and returns
// a [Verdict] whose reasons are [basis.Finding] values, each with a stable
// [Code], a severity and the article it rests on, cited by the regime on
// the date. An objection to direct marketing is absolute (Art. 21(2)-(3));
// under UK Art. 22B(4) no solely automated significant decision may rest on
// a recognised legitimate interest.
//
// # Calendars
//
// A [Calendar] says which days are working days: Monday to Friday, less the
// bank and public holidays of [EnglandAndWales], [Scotland] or
// [NorthernIreland], computed by rule for any year (fixed dates with their
// substitute days, Easter, first and last Mondays; see [HolidayKind] for
// each rule and its source in the Banking and Financial Dealings Act 1971)
// with the one-off changes proclaimed since 2018 (2020, 2022, 2023).
// [WeekendsOnly] is the zero Calendar. [Calendar.WithClosures] adds a host's
// own closure days; [Calendar.HolidayOn], [Calendar.Holidays],
// [Calendar.NextWorkingDay], [Calendar.WorkingDayOnOrAfter] and
// [Calendar.AddWorkingDays] navigate it. Dates are calendar dates in
// Europe/London. A Calendar is a small comparable value with a text form,
// such as "scotland+2026-12-24,2026-12-31" ([ParseCalendar],
// [Calendar.MarshalText]), for a host's configuration.
//
// # Time limits
//
// [Deadline] is the ICO's one-month method: the day of receipt is day 1,
// the answer is due on the corresponding date of the next month (the
// month's last day where there is none), moved to the next working day.
// Received 3 September, due 3 October; received 31 January, due 28 (in a
// leap year 29) February. It does not allocate.
//
// [Clock] holds the facts that move the time limit and applies the law in
// force for the request, judged by its date of receipt:
//
//   - UK requests received from 2026-02-05: Art. 12A. The month runs from
//     the "relevant time", the latest of receipt, receipt of identity
//     information asked for under Art. 12(6) and payment of a fee charged
//     under Art. 12(5); an extension by two further months must be notified
//     before the end of the first month; while the controller awaits
//     clarification of an access request (Art. 15 only) the days from the
//     day it asked to the day it heard do not count (Art. 12A(5)).
//   - Earlier UK requests: the ICO's guidance of the time. The month ran
//     from the day after receipt before 2019-08-15 and from the day of
//     receipt afterwards; identity and fee requests delayed the start;
//     clarification of an access request stopped the clock from the ICO's
//     guidance of 2020-10-21.
//   - EU requests: Art. 12(3), "within one month of receipt", counted by
//     Regulation 1182/71 Art. 3, which gives the same day as the ICO's
//     method; no pause and no delayed start.
//
// An extended period ends three months from the start. [Clock.Due],
// [Clock.ExtensionDeadline] and [Clock.Check] (an *[basis.InputError]) are
// its methods; Due has no date for a clock Check rejects.
//
// Two time limits of their own: an access request for exam marks made
// before the results are announced is due by the earlier of the end of 5
// months beginning when it was made and of 40 days beginning with the
// announcement ([ExamMarksDeadline], DPA 2018 Sch. 2 para 25(3)); a UK
// complaint to the controller must be acknowledged within 30 days beginning
// with its receipt ([AcknowledgeBy], DPA 2018 s.164A(3), for complaints
// received from 2026-06-19). Both count the first day and move neither end
// to a working day, as the statute reads; [Deadline] instead follows the
// ICO's published method for the one-month limit.
//
// # Requests
//
// A [Request] is one request's lifecycle as a state machine over an
// append-only log of [Event]s (time, actor, reason, kind). It starts with
// [Open] in [StateReceived] and moves through awaiting identity, a fee or
// clarification, in progress and extended to completed, refused (as
// manifestly unfounded or excessive, or citing an [Exemption]) or
// withdrawn. Each command method either appends one event or returns an
// *[basis.InputError] and changes nothing. The state, the [Clock] and the due
// date ([Request.Due]) are derived from the log; [Replay] rebuilds the same
// request from it, checking every event, and [EncodeLog] and [DecodeLog]
// store it as JSON. IDs are [github.com/google/uuid.UUID] values from the
// caller or from a generator set with [WithIDs]; nothing is random or read
// from a clock unless the caller passes it in.
//
// [RequestKind] covers the rights of Arts. 15 to 21, a request for human
// intervention in a solely automated decision (Art. 22(3); UK Art. 22C for
// decisions from 2026-02-05), and the UK complaint to the controller. A
// controller's [Policy] sets the fee for manifestly unfounded or excessive
// requests, an internal target in working days ([Request.Target]) and
// whether identity is always checked; SOE's notice is the model ("a
// reasonable fee of £50", "within one working week").
//
// # Exemptions
//
// [Exemption] models the DPA 2018 Schedule 2 exemptions that membership
// bodies and assessment organisations meet: exam scripts (para 25(1)) and
// confidential references (para 24), which disapply Arts. 13(1)-(3),
// 14(1)-(4) and 15(1)-(3) (the Part 4 listed provisions, para 18) so that a
// refusal can cite them, and exam marks (para 25(2)-(5)), which change the
// time limit of an access request instead.
//
// # Errors and codes
//
// The package speaks the module's one findings vocabulary. Malformed input
// (a rejected command, event or log, an impossible [Clock], a [Situation]
// that cannot be assessed, text that is not a calendar) is an
// *[basis.InputError] whose Path is the JSON member at fault, in the member
// names of the encoding ("reason", "[3].at", "clarifications[1].to",
// "exceptions[0]"). The reasons of [Assess] are [basis.Finding] values in a
// [basis.Findings] list. Every error and finding carries a [Code]
// (basis.Code), a stable string that starts with "rights/"
// ("rights/illegal-transition", "rights/clock-pause-not-access",
// "rights/object-direct-marketing"), as the other dpmodel packages' codes
// start with their own names. [basis.CodeOf] finds the code in an error
// tree; errors.Is(err, &basis.InputError{Code: c}) matches by code.
// Messages are prose for a privacy officer and may change; a bad
// enumeration code wraps a *[basis.ParseError]. Every GDPR article is cited
// through [basis.Regime.Cite] ("UK GDPR Art. 21" in the UK from 2021-01-01,
// "GDPR Art. 21" otherwise).
//
// # References
//
//   - Regulation (EU) 2016/679 (GDPR), Arts. 7(3), 12-22, 77 and 99.
//   - UK GDPR Arts. 12(6)(b), 12A, 15(1A), 21(1) and 22A-22D, inserted or
//     amended by the Data (Use and Access) Act 2025 ss. 70, 76, 78 and 80.
//   - Data Protection Act 2018 s.164A (inserted by DUAA 2025 s.103) and
//     Schedule 2 paras 18, 24 and 25 (legislation.gov.uk, ukpga/2018/12).
//   - S.I. 2026/82, the DUAA 2025 (Commencement No. 6 and Transitional and
//     Saving Provisions) Regulations 2026, regs. 2-5 and 7.
//   - Regulation (EEC, Euratom) No 1182/71, Art. 3 (EU periods of time).
//   - ICO, "Right of access" guidance: how to count one month and an
//     extension, and (from 21 October 2020) stopping the clock for
//     clarification; ICO guidance on the lawful bases (the table behind
//     [Applies]).
//   - Banking and Financial Dealings Act 1971 s.1 and Schedule 1; gov.uk
//     bank-holidays.json for the proclaimed one-off changes; the Summer
//     Time Act 1972 and S.I. 2002/262 for the London date.
//   - W3C Data Privacy Vocabulary (DPV 2), EU GDPR extension, rights terms
//     (https://w3id.org/dpv/legal/eu/gdpr).
//   - The project's legal-facts reference, §4 (rights, time limits and
//     their history), §5 (rights by basis), §6 (automated decisions) and
//     §12 (UK bank holidays).
package rights

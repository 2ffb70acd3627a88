// Package recipient models who receives personal data, in what role and
// under what agreement, and whether a transfer of personal data to a third
// country is lawful on a given date.
//
// # Recipients and agreements
//
// A [Recipient] is a named recipient or a category of recipients (Art. 4(9),
// 13(1)(e)) with its [Role] (processor, sub-processor, joint controller,
// independent controller, public authority), the countries where it
// processes data and its [Agreement]: an Art. 28(3) processor contract,
// whose required terms are a checklist ([Terms]) that may be incomplete; an
// Art. 26 joint-controller arrangement, whose essence must be available to
// data subjects; or a data sharing agreement. [Recipient.Check] and
// [Agreement.Check] take the regime and report what they find as of a date
// as [Findings] (the module's one list, [basis.Findings]), each with a
// stable code, a severity, a path in JSON member names ("countries[1]",
// "agreement.terms") and the article as cited on that date.
//
// "Not stated" is not "absent". The facts a rule needs are [Evidence]:
// Present, Absent, or not stated (the zero value). A processor recorded as
// having no contract ([Agreement.InPlace] Absent) is an Error; a processor
// whose contract the record does not give is Info [CodeNotEvidenced], since
// neither Art. 13 nor a notice requires showing it. An independent
// controller needs no agreement at all.
//
// # Countries
//
// A [Country] is an officially assigned ISO 3166-1 alpha-2 code, validated
// against the full list embedded in the package (see [ISOVersion]). It knows
// EU and EEA membership over time: the United Kingdom was a member state
// until 2020-01-31 and EU law applied to it until the end of the transition
// period on 2020-12-31; Croatia joined on 2013-07-01; Iceland, Liechtenstein
// and Norway are EEA EFTA states.
//
// # Transfers
//
// [Adequate] answers whether adequacy in force on a date covers a country's
// private sector generally, for the EU list (Art. 45) and the UK list (DPA
// 2018 s.17A and Sch. 21 para 5). [Restricted] says whether sending data to
// a country is a transfer to a third country at all. A [Transfer] names its
// destinations and its [Mechanism] (adequacy, full or partial with a
// [Scope]; the EU clauses of 2001, 2004, 2010 and 2021 with its [Module]s;
// the UK IDTA and Addendum; binding corporate rules; codes of conduct and
// certification; each Art. 49(1) derogation; Safe Harbor, the Privacy
// Shield, the EU-US Data Privacy Framework and its UK Extension).
// [Transfer.Findings] reports every problem, and [Transfer.Check] returns
// its Error-severity findings as one error (nil when lawful as recorded):
// an invalidated mechanism, an old clause set past its deadline, the IDTA
// before it existed, consent that is not explicit, adequacy claimed where
// there was none, partial adequacy without its scope, a mechanism of the
// other regime, or, for a UK exporter from 2026-02-05, an Art. 46
// safeguard relied on without the exporter's assessment that the data
// protection test is met ([Transfer.DataProtectionTest]). Findings cite the
// law of the date judged (UK adequacy: DPA 2018 s.17A, then UK GDPR
// Art. 45A from 2026-02-05).
//
// Adequacy with a scope (Canada's commercial organisations, Japan's APPI,
// Korea's PIPA) counts as general for [Adequate] but covers no recipient
// outside that scope, such as a Canadian public body or a Korean political
// party; the host must not rely on adequacy for such a recipient.
//
// A destination that is no third country on the date (within the EEA, or
// from the UK to the EEA before 2021-01-01) makes no transfer, and a
// transfer to destinations that adequacy covers needs nothing more: no
// mechanism named besides is judged there.
//
// Every date is judged as the calendar date in the regime's location
// (Europe/London for the UK, Europe/Brussels for the EU; see
// [basis.Regime.OnOrBefore]), so an agreement made at 09:00 counts for a
// check at 08:00 the same day; no function reads the clock.
//
// Malformed input (an unknown code in text or JSON) is a
// [*basis.InputError]. A value built in Go can still hold an out-of-range
// enumeration or a bad country code; a check reports it as an
// Error-severity finding with the input's code (CodeInvalidValue,
// CodeUnknownCountry), since a check returns findings, not an error.
//
// # Notices
//
// For Art. 13(1)(e) a notice names each recipient or category
// ([Recipient.Label]); for Art. 13(1)(f) it tells of each transfer, the
// adequacy or the safeguards relied on ([Mechanism.NoticeText],
// [Mechanism.Kind]) and, for safeguards, how to obtain a copy
// ([MechanismKind.NeedsCopy]).
//
// # References
//
//   - Regulation (EU) 2016/679 (GDPR), Arts. 4(7)-(9), 26, 28, 44-49.
//   - UK GDPR and the Data Protection Act 2018, ss. 17A, 119A and Sch. 21
//     paras 4-5; Data (Use and Access) Act 2025 Sch. 7 (UK Arts. 44A-45B,
//     46(1A) and 46(6)-(8)) and Sch. 9 paras 12, 25-27; S.I. 2026/82
//     reg 2 (in force 2026-02-05).
//   - Commission decisions 2000/518/EC, 2000/520/EC, 2001/497/EC,
//     2002/2/EC, 2003/490/EC, 2003/821/EC, 2004/411/EC, 2004/915/EC,
//     2008/393/EC, 2010/87/EU, 2010/146/EU, 2010/625/EU, 2011/61/EU,
//     2012/484/EU, 2013/65/EU, (EU) 2016/1250, (EU) 2019/419,
//     (EU) 2021/914, (EU) 2021/1772, (EU) 2022/254, (EU) 2023/1795,
//     (EU) 2026/179.
//   - Court of Justice: C-362/14 (2015-10-06), C-311/18 (2020-07-16).
//   - S.I. 2019/419, S.I. 2022/1213, S.I. 2023/1028; the ICO's IDTA and
//     Addendum (in force 2022-03-21).
//   - EU-UK Withdrawal Agreement Arts. 126-127; Trade and Cooperation
//     Agreement Art. FINPROV.10A.
//   - ISO 3166-1, Codes for the representation of names of countries.
//   - W3C Data Privacy Vocabulary 2, https://w3id.org/dpv.
package recipient

// Package basis is the legal vocabulary the rest of dpmodel is built on: the
// regimes (UK and EU), the dated changes in their law, the Art. 6(1) lawful
// bases, the Art. 9(1) special categories and Art. 10 criminal offence data,
// the Art. 9(2) conditions with the UK's DPA 2018 Schedule 1 conditions, the
// grounds that justify a purpose, and the Art. 8 age of digital consent.
//
// # Enumerations
//
// Every enumeration is a small unsigned integer type whose zero value means
// "unspecified": [Regime], [Change], [Basis], [SpecialCategory],
// [DataClass], [Condition], [Schedule1Part], [Schedule1Condition] and
// [RecognisedInterest]. Each has a stable lowercase code used by String,
// MarshalText and UnmarshalText, a Parse and MustParse function whose errors
// ([ParseError]) name the bad value and the valid codes, an All function
// listing the values in order, an Article method giving the provision, and a
// DPV method giving the W3C Data Privacy Vocabulary IRI where DPV has a term
// ("" where it has none). An out-of-range value prints as "basis.Basis(17)"
// and fails to marshal with a [RangeError].
//
// # Law over time
//
// The UK's law changed on 2026-02-05 (Data (Use and Access) Act 2025,
// commenced by S.I. 2026/82) and again on 2026-06-19. A rule that changed asks
// [Regime.InForce] with the date it is judged at, so the same register is
// judged by the law in force on that date. Dates are calendar dates in the
// regime's location ([Regime.Location]): Europe/London for the UK.
//
// # Special categories and criminal offence data
//
// [SpecialCategory] holds the eight kinds of Art. 9(1); criminal offence
// data (Art. 10, with alleged offences in the UK under DPA 2018 s.11(2)) is
// not one of them but the other [DataClass]. [SensitiveData] is the set an
// activity processes, e.g. health data and criminal offence data.
//
// [SpecialCategoryJustification.Check] judges an Art. 9(2) [Condition]
// with the [Schedule1Condition] values relied on and what the record says
// of an appropriate policy document (a [Presence]: not stated, present or
// absent): in the UK, points (b), (h), (i) and (j) need their
// Part 1 condition (paras 1 to 4) and point (g) a Part 2 condition (paras 6
// to 28) (DPA 2018 s.10(1)-(3)). Para 1 and every Part 2 condition need an
// appropriate policy document (paras 1(1)(b) and 5), except para 13 and
// the disclosures of paras 10(2) and 27(3), which are values of their own.
// [CriminalOffenceJustification.Check] judges Art. 10 processing: an
// [OfficialAuthority] that controls the processing, or (EU) a law
// authorising it, or in the UK a condition in Parts 1 to 3 (s.10(5)), a law
// counting there only through such a condition; para 35 needs a policy
// document, and paras 36 and 37 count only with the Part 2 condition (or
// para 20) they extend, whose document requirement they keep. Not
// modelled: point (g) or Art. 10 resting on relevant international law
// through DPA 2018 Schedule A1 (s.9A, from 2026-02-05), and the data
// categories to which some Part 2 conditions are limited.
//
// # Grounds and findings
//
// A [Ground] is a basis with what it needs: the interest and a [LIA] (the
// ICO's purpose, necessity and balancing tests, dated) for legitimate
// interests, the Annex 1 condition for a recognised legitimate interest
// (UK only, from 2026-02-05), the law for a legal obligation or public
// task, and the [ConsentTerms] for consent. [Ground.Check] returns
// [Findings]: data, each with a stable [Code], a [Severity], the regime,
// the article, the JSON path of the field and a message. Statutory breaches
// are Error; the legitimate interests assessment, which is ICO guidance
// serving the accountability principle (Art. 5(2)), gives Warning when the
// record states it was not made or failed a test and Info "not evidenced"
// when the record is silent. With [AsPublicAuthority] it reports point (f)
// (and in the UK from 2026-02-05 point (ea)) as barred (Art. 6(1), second
// subparagraph; DUAA 2025 s.70(2)(c)). The gdpr package puts the findings
// under the register's paths with [Findings.Under]; tests and callers match
// on codes, never on messages.
//
// # Countries
//
// [Country] is an ISO 3166-1 alpha-2 code ([ISOVersion]), with
// [ParseCountry] giving the code to use for reserved ones ("UK" → "GB",
// "EL" → "GR") and the EU and EEA membership of each code over time
// ([Country.EUMember], [Country.EEAMember], [Country.InEEA]).
// recipient.Country is the same type.
//
// # Age of digital consent
//
// Art. 8 sets an age only for consent (Art. 6(1)(a)) asked in relation to
// an information society service offered directly to a child: below it, a
// holder of parental responsibility must give or authorise the consent. It
// says nothing about other services, other bases or a child's capacity in
// general, and in the UK preventive or counselling services are outside it
// (UK GDPR Art. 8(4)).
//
// [LookupDigitalConsent] and [DigitalConsentAge] give the age for the UK
// ("GB", 13), each EU state and the EEA EFTA states by [Country] as of a
// date: from 2018-05-25 in the UK and the EU, from 2018-07-20
// in Iceland, Liechtenstein and Norway (EEA Joint Committee Decision
// No 154/2018), and with national changes such as Denmark's 15 from
// 2024-01-01. Values the reference could not verify are marked
// [DigitalConsent].Unverified. [Ground.Check] applies the UK's 13, or under
// the EU regime the age of the state named with [ForCountry], else the
// Regulation's 16.
//
// # References
//
//   - Regulation (EU) 2016/679 (GDPR), Arts. 4, 6, 7, 8, 9, 10, 13, 99.
//   - Decision of the EEA Joint Committee No 154/2018 of 6 July 2018
//     (OJ L 183, 19.7.2018, p. 23), incorporating the GDPR into the EEA
//     Agreement; in force 2018-07-20 (EFTA Secretariat notice of
//     2018-07-19).
//   - UK GDPR and the Data Protection Act 2018, ss. 7-11 and Schedule 1
//     (paras 1-41).
//   - Data (Use and Access) Act 2025 (c. 18), ss. 70-80, 87, 103, 112, 114.
//   - S.I. 2026/82, the Act's Commencement No. 6 Regulations.
//   - National laws on the age of digital consent as listed, per source,
//     in the reference's section 3.
//   - ICO guidance on legitimate interests (the three-part test), special
//     category data, criminal offence data and children (Art. 8).
//   - W3C Data Privacy Vocabulary 2: https://w3id.org/dpv, its GDPR
//     extension https://w3id.org/dpv/legal/eu/gdpr and its personal data
//     extension https://w3id.org/dpv/pd.
//   - dpmodel's legal-facts reference, sections 1-3 and 14.
package basis

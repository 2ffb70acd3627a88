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
// [CheckSpecialCategory] judges an Art. 9(2) [Condition] with the
// [Schedule1Condition] values relied on and whether an appropriate policy
// document is in place: in the UK, points (b), (h), (i) and (j) need their
// Part 1 condition and point (g) a Part 2 condition (DPA 2018 s.10).
// [CheckCriminalOffence] judges Art. 10 processing: official authority, or
// in the UK a condition in Parts 1 to 3 (s.10(5)).
//
// # Grounds and problems
//
// A [Ground] is a basis with what it needs: the interest and a [LIA] for
// legitimate interests, the Annex 1 condition for a recognised legitimate
// interest, the law for a legal obligation or public task, and the
// [ConsentTerms] for consent. [Ground.Check] returns [Problems]: data, each
// with a stable [Code], the article, the field and a message. The gdpr
// package turns them into findings; tests and callers match on codes, never
// on messages.
//
// # Age of digital consent
//
// [LookupDigitalConsent] and [DigitalConsentAge] give the Art. 8 age for the
// UK ("GB"), each EU state and the EEA states by ISO 3166-1 alpha-2 code as
// of a date (Denmark 15 from 2024-01-01). Values the reference could not
// verify are marked [DigitalConsent].Unverified.
//
// # References
//
//   - Regulation (EU) 2016/679 (GDPR), Arts. 4, 6, 7, 8, 9, 10, 13, 99.
//   - UK GDPR and the Data Protection Act 2018, ss. 7-11 and Schedule 1.
//   - Data (Use and Access) Act 2025 (c. 18), ss. 70-80, 87, 103, 112, 114.
//   - S.I. 2026/82, the Act's Commencement No. 6 Regulations.
//   - ICO guidance on legitimate interests (the three-part test), special
//     category data, criminal offence data and children (Art. 8).
//   - W3C Data Privacy Vocabulary 2: https://w3id.org/dpv, its GDPR
//     extension https://w3id.org/dpv/legal/eu/gdpr and its personal data
//     extension https://w3id.org/dpv/pd.
//   - dpmodel's legal-facts reference, sections 1-3 and 14.
package basis

// Package basis is the legal vocabulary the rest of dpmodel is built on: the
// regimes (UK and EU), the dated changes in their law, the Art. 6(1) lawful
// bases, the Art. 9(1) special categories and Art. 10 criminal offence data,
// the Art. 9(2) conditions with the UK's DPA 2018 Schedule 1 conditions, the
// grounds that justify a purpose, and the Art. 8 age of digital consent.
//
// # Enumerations
//
// Every enumeration is a small unsigned integer type whose zero value means
// "unspecified". Each has a stable lowercase code used by String,
// MarshalText and UnmarshalText, a Parse and MustParse function whose errors
// ([ParseError]) name the bad value and the valid codes, an All function
// listing the values in order, an Article method giving the provision, and,
// where the W3C Data Privacy Vocabulary has a term, a DPV method giving its
// IRI. An out-of-range value prints as "basis.Basis(17)".
//
// # Law over time
//
// The UK's law changed on 2026-02-05 (Data (Use and Access) Act 2025,
// commenced by S.I. 2026/82) and again on 2026-06-19. A rule that changed asks
// [Regime.InForce] with the date it is judged at, so the same register is
// judged by the law in force on that date.
//
// # References
//
//   - Regulation (EU) 2016/679 (GDPR), Arts. 6, 8, 9, 10.
//   - UK GDPR and the Data Protection Act 2018, s.10 and Schedule 1.
//   - Data (Use and Access) Act 2025 (c. 18), ss. 70-80, 103, 112, 114.
//   - S.I. 2026/82, the Act's Commencement No. 6 Regulations.
//   - W3C Data Privacy Vocabulary 2, https://w3id.org/dpv.
package basis

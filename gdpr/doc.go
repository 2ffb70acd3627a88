// Package gdpr is the register: an organisation's record of processing
// (Art. 30) and what its privacy notice tells people (Arts. 13 and 14), as
// one typed value, with its JSON format.
//
// # The model
//
// A [Register] holds the [Controller] (its legal entities, contacts, DPO,
// representatives, supervisory authority and complaints route), the
// regimes it is judged under, the notice it models, and lists of elements
// with ids: categories of data subjects ([Subject]), categories of personal
// data ([DataCategory]), [Recipient]s, [Transfer]s, retention rules
// ([RetentionRule]) and processing [Activity]s. An activity is one purpose;
// it names the subjects, data, recipients, transfers and retention rules it
// uses by id, and records its grounds, special category and criminal
// offence justifications, sources, automated decisions, profiling, direct
// marketing, children, device storage and access, reuse and DPIA. How
// rights are stated and requests handled is a [RightsHandling].
//
// # Not stated
//
// A register built from a public notice knows little of the organisation's
// internal documents, so "not stated" is a state of its own, distinct from
// "no" and from any value. Every yes-or-no fact is a [Fact], whose zero
// value [NotStated] is neither [Yes] nor [No]; every enumeration's zero
// value is "unspecified"; a zero [Date] or period is "not stated"; an empty
// list is "none recorded". Each element may carry [Evidence]: the quote or
// locator it rests on.
//
// # Enumerations
//
// Every enumeration is a uint8 whose zero value is unspecified, with All…,
// Parse…, MustParse…, String, IsValid, AppendText, MarshalText and
// UnmarshalText through one code path, a stable lowercase code, and
// Article (and DPV where DPV has a term).
//
// # JSON
//
// [Decode] and [Encode] read and write the format documented in FORMAT.md:
// lowerCamel member names, empty members left out, codes for
// enumerations, ISO 8601 dates ("2024-05-01") and durations ("P6Y").
// Decoding is strict (see [Decode]); every error is a *basis.InputError
// with a JSON path, a line and a column.
package gdpr

import "github.com/dpmodel/dpmodel/basis"

// Code is the stable identifier of a finding or an input error.
type Code = basis.Code

// Finding is one thing a check found in a register (see [basis.Finding]).
type Finding = basis.Finding

// Findings is a list of findings (see [basis.Findings]).
type Findings = basis.Findings

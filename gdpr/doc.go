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
//
// # Validation
//
// [Validate] judges a register as of a date under each regime it names and
// returns [Findings]: every finding has a stable code, a severity, the
// regime, the JSON path of the element it is about (such as
// "activities[3].grounds[0].lia"), the article it rests on and a message
// for a privacy officer. Codes are the contract; messages are prose and may
// change. Besides the gdpr codes below, findings carry the codes of the
// domain checks Validate runs on the register's elements: basis/...,
// recipient/..., retention/... and rights/... (documented in those
// packages).
//
// Each table lists a code, its usual severity and the provision it rests
// on. A test holds these tables against the code constants of the package:
// every constant is listed here and every code listed is a constant.
//
// # Codes of the register
//
//	gdpr/regime-not-stated            info     Art. 3                 no regime named; judged under the UK regime
//
// # Codes of lawful bases, special category data, children and automated decisions
//
// # Codes of recipients, transfers and retention
//
// # Codes of rights, transparency and PECR
//
// # Codes of malformed input
//
// [Decode] returns these as the Code of a *basis.InputError, never as findings.
//
//	gdpr/json-syntax                  input    -                      not JSON, truncated or empty
//	gdpr/json-trailing-data           input    -                      something after the register's object
//	gdpr/json-duplicate-member        input    -                      an object with two members of one name
//	gdpr/json-unknown-member          input    -                      a member the format does not define (names are case-sensitive)
//	gdpr/json-wrong-type              input    -                      a value of the wrong JSON type, or null
//	gdpr/json-bad-value               input    -                      an unknown code, a bad date or period, a number out of range
//	gdpr/json-too-deep                input    -                      nesting deeper than MaxDepth
//	gdpr/json-too-large               input    -                      input longer than MaxBytes
//	gdpr/json-too-many-items          input    -                      more than MaxItems values
//	gdpr/json-invalid-utf8            input    -                      a string that is not UTF-8
//	gdpr/id-missing                   input    -                      an element without its id
//	gdpr/id-invalid                   input    -                      an id that is not a lowercase slug
//	gdpr/id-duplicate                 input    -                      two elements of one kind with the same id
//	gdpr/reference-dangling           input    -                      a reference to an id no element has
//	gdpr/reference-duplicate          input    -                      the same id referred to twice in one list
//	gdpr/json-encode                  input    -                      Encode met a value it cannot write
package gdpr

import "github.com/dpmodel/dpmodel/basis"

// Code is the stable identifier of a finding or an input error.
type Code = basis.Code

// Finding is one thing a check found in a register (see [basis.Finding]).
type Finding = basis.Finding

// Findings is a list of findings (see [basis.Findings]).
type Findings = basis.Findings

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
// # Limits
//
// [Decode] refuses input longer than MaxBytes (16 MiB) before reading it,
// nesting deeper than MaxDepth (16), more than MaxItems (2,097,152) JSON
// values, and ids longer than MaxIDLen (100) bytes. Decoding follows the
// types, so nesting where the format has none is refused at the first level
// too deep (CodeJSONWrongType). Within the limits Decode allocates at most a
// few bytes per input byte (about 3 for a register of many small objects, 1
// for long strings; a test bounds it at 8); input over MaxBytes is refused
// with under 2 KiB allocated. Errors quote only a bounded prefix of the
// input.
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
//	gdpr/date-missing                 error    -                      Validate was given the zero time; nothing else is judged
//
// # Codes of lawful bases, special category data, children and automated decisions
//
//	gdpr/no-basis                     error    Art. 6(1)              an activity with no lawful basis, and no general list
//	gdpr/bases-not-mapped             warning  Art. 13(1)(c)          bases given only as a general list, not with the purposes
//	gdpr/not-a-basis                  error    Art. 6(1)              a justification recorded that is no Art. 6(1) basis
//	gdpr/contract-not-party           error    Art. 6(1)(b)           contract where the person is recorded as not party to it
//	gdpr/contract-for-marketing       warning  Art. 6(1)(b)           direct marketing resting on contract alone
//	gdpr/vital-interests-routine      warning  Art. 6(1)(d)           vital interests not recorded as an emergency (info when silent)
//	gdpr/consent-and-other-basis      warning  Art. 6(1); 7(3)        consent and another basis for the same purpose
//	gdpr/consent-conditional          error    Art. 7(4)              consent a condition of a service, or refusal has a detriment
//	gdpr/reuse-not-assessed           warning  Art. 6(4); UK 8A       reuse without a compatibility assessment (info when silent)
//	gdpr/reuse-incompatible           error    Art. 5(1)(b); 6(4)     reuse for a purpose recorded as not compatible
//	gdpr/sensitive-not-identified     warning  Art. 9(1); 10          health or criminal-record data not marked as sensitive
//	gdpr/special-condition-missing    error    Art. 9(2)              special category data with no Art. 9(2) condition covering it
//	gdpr/consent-not-explicit         warning  Art. 9(2)(a); 22(2)(c) explicit consent relied on, the consent not recorded as explicit
//	gdpr/schedule1-category           error    DPA 2018 Sch. 1        a Sch. 1 condition for categories it does not cover (paras 8, 9, 19, 22)
//	gdpr/schedule1-purpose            info     DPA 2018 Sch. 1        para 18 (safeguarding) where the subjects are recorded as adults
//	gdpr/criminal-condition-missing   error    Art. 10                criminal offence data with no Art. 10 justification
//	gdpr/child-notice-not-evidenced   info     Art. 12(1)             children likely, no child-appropriate information recorded
//	gdpr/adm-exception-missing        error    Art. 22(2)             solely automated significant decisions with no exception (EU; UK before 2026-02-05)
//	gdpr/adm-safeguards-missing       warning  Art. 22(3); UK 22C     solely automated significant decisions with no safeguards
//	gdpr/dpia-missing                 error    Art. 35(1), (3)        a DPIA required and recorded as not carried out
//	gdpr/dpia-not-evidenced           info     Art. 35(3), (4)        a DPIA required or on the ICO's list, none recorded
//
// # Codes of recipients, transfers and retention
//
//	gdpr/recipients-open-ended        info     Art. 13(1)(e)          an activity's recipients not listed exhaustively (warning with special category data)
//	gdpr/processor-own-purposes       error    Art. 28(10)            a processor recorded as using the data for its own purposes
//	gdpr/entity-activities-not-stated info     Art. 13(1)(a)          several legal entities, none stating which activities it controls
//	gdpr/activity-uncontrolled        warning  Art. 13(1)(a), 30(1)(a) several legal entities, none controlling the activity
//	gdpr/transfer-not-recorded        warning  Art. 13(1)(f), 30(1)(e) a location or recipient in a third country with no transfer recorded
//	gdpr/safeguards-copy              warning  Art. 13(1)(f)          no way to obtain a copy of Art. 46, 47 or 49(1) second subparagraph safeguards (info: not stated)
//	gdpr/retention-missing            warning  Art. 13(2)(a), 30(1)(f) an activity with no retention rule for it or its data
//	gdpr/data-retention-missing       warning  Art. 13(2)(a), 30(1)(f) a data category no retention rule governs
//
// # Codes of rights, transparency and PECR
//
// An item of Arts. 13 and 14 the register does not record is info ("not
// evidenced"); one recorded as not given is judged as the law requires.
// The PECR codes of device storage and access cite the ePrivacy Directive
// (2002/58/EC) Art. 5(3) under the EU regime, and are at most warnings
// there; the marketing codes are UK only.
//
//	gdpr/right-not-given              warning  Arts. 7(3), 17, 20, 21 a right promised that no basis relied on gives
//	gdpr/right-no-channel             info     Art. 12(2)             no way to make a request recorded
//	gdpr/marketing-objection-missing  error    Art. 21(2)-(4)         direct marketing with no right to object stated (warning: missing; info: no rights recorded)
//	gdpr/marketing-objection-limited  warning  Art. 21(2)-(3)         the right to object stated with a scope, though the marketing objection is absolute
//	gdpr/response-time-too-long       error    Art. 12(3); Art. 12A    response time over a month with no extension explained, or over three months (warning: 29-31 days)
//	gdpr/response-from-wrong-event    error    Art. 12(3); Art. 12A    response time counted from the wrong event (EU: error; UK: info or warning by date)
//	gdpr/requests-writing-only        warning  Art. 12(2); Recital 59 requests accepted only in writing
//	gdpr/fee-every-request            error    Art. 12(5)             a fee for every request
//	gdpr/exemption-not-available      info     DPA 2018 Sch. 2        a UK exemption relied on under the EU regime
//	gdpr/exemption-outside-scope      error    DPA 2018 Sch. 2        an exemption relied on to restrict a right it does not disapply
//	gdpr/complaints-route-missing     error    DPA 2018 s.164A        UK from 2026-06-19: no complaint to the controller offered (info: not recorded)
//	gdpr/complaint-authority-missing  error    Art. 13(2)(d); s.165   no right to complain to the supervisory authority stated (info: not recorded)
//	gdpr/notice-controller-identity   info     Art. 13(1)(a)          no controller named
//	gdpr/notice-controller-contact    info     Art. 13(1)(a)          no contact details of the controller
//	gdpr/notice-dpo-contact           info     Art. 13(1)(b)          a DPO designated or required, with no contact details
//	gdpr/dpo-required                 error    Art. 37(1)             no DPO designated though Art. 37(1) requires one
//	gdpr/notice-purpose               info     Art. 13(1)(c)          an activity with no purpose
//	gdpr/notice-recipients            info     Art. 13(1)(e)          an activity with no recipients recorded and not said to have none
//	gdpr/notice-rights                error    Art. 13(2)(b)          a right that applies recorded as not stated (info: not recorded)
//	gdpr/notice-withdraw-consent      error    Art. 13(2)(c)          consent relied on, withdrawal recorded as not stated (info: not recorded)
//	gdpr/notice-provision             info     Art. 13(2)(e)          data from the person with no requirement or consequence stated
//	gdpr/provision-inconsistent       warning  Art. 13(2)(e)          data of one name stated required and optional
//	gdpr/notice-source                info     Art. 14(2)(f)          data from others with no source (warning: sources recorded as not named)
//	gdpr/art14-timing                 info     Art. 14(3)             data from others with no plan to tell the person in time
//	gdpr/notice-adm                   info     Art. 13(2)(f)          automated decisions without logic or significance, or profiling with decisions not stated
//	gdpr/activity-no-data             info     Art. 30(1)(c)          an activity with no data categories
//	gdpr/device-consent-missing       warning  PECR reg. 6; Sch. A1   device storage or access that needs consent, with none recorded (info: exception may apply)
//	gdpr/device-exception-invalid     error    PECR reg. 6(4)         an exception that does not cover the purpose or is not law on the date
//	gdpr/device-exception-conditions  error    PECR Sch. A1           a Sch. A1 exception whose means of objecting is not offered (info: not recorded)
//	gdpr/device-not-informed          error    PECR reg. 6(2)         device storage or access without clear and comprehensive information
//	gdpr/device-not-disclosed         info     PECR reg. 6            browsing data observed with no device item recorded
//	gdpr/marketing-route-missing      info     PECR regs. 19, 20, 22  electronic marketing with no route recorded
//	gdpr/marketing-route-invalid      error    PECR regs. 19, 20, 22  a route that does not allow the channel on the date (info: no charity recorded)
//	gdpr/marketing-corporate          info     PECR regs. 20, 22(1)   marketing to corporate subscribers only
//	gdpr/marketing-tps                error    PECR reg. 21(1)(b)     marketing calls not screened against the TPS (info: not recorded)
//
// # Codes of the generated notice
//
// [Missing] and [NoticeDoc].Missing report the Art. 13/14 items the
// register lacks to complete its notice. Where Validate has a code for the
// same item (gdpr/notice-controller-identity and the others in the table
// above) the notice reports that code; these are the notice's own.
//
//	gdpr/notice-purposes              warning  Art. 13(1)(c)          no activity, so no purpose
//	gdpr/notice-basis                 warning  Art. 13(1)(c)          no lawful basis for a purpose, or a ground's basis not stated (info: bases listed in general)
//	gdpr/notice-legitimate-interest   warning  Art. 13(1)(d)          legitimate interests with no interest stated
//	gdpr/notice-data-categories       warning  Art. 14(1)(d)          no data category for an activity with data from others (info otherwise)
//	gdpr/notice-recipient-unnamed     warning  Art. 13(1)(e)          a recipient with neither name nor category
//	gdpr/notice-transfer-mechanism    warning  Art. 13(1)(f)          a transfer states no adequacy decision or safeguard
//	gdpr/notice-transfer-copy         warning  Art. 13(1)(f)          safeguards with no way to obtain a copy stated
//	gdpr/notice-retention             warning  Art. 13(2)(a)          an activity with no retention period or criteria
//	gdpr/notice-right                 warning  Art. 13(2)(b)          access, rectification, erasure, restriction, objection or portability not stated
//	gdpr/notice-complaint             warning  Art. 13(2)(d)          neither the right to complain nor the authority stated
//	gdpr/notice-controller-complaints info     DPA 2018 s.164A(2)     UK from 2026-06-19, no route for complaints to the controller
//	gdpr/notice-data-source           info     Art. 14(1)             a data category's source (Art. 13 or 14) not stated
//	gdpr/notice-sources               warning  Art. 14(2)(f)          data from others with no source named
//	gdpr/notice-automated             warning  Art. 13(2)(f)          automated decisions with no logic or significance (info: whether any not stated)
//
// # Codes of run-time decisions
//
// Malformed records and registers given to [NewLedger], [Compile] and the
// TS 27560 import are *basis.InputError with these codes.
//
//	gdpr/ledger-id-missing            input    -                      a record without its id (uuid.Nil)
//	gdpr/ledger-id-repeated           input    -                      two records with one id
//	gdpr/ledger-subject-mismatch      input    -                      a record of another data subject
//	gdpr/ledger-activity-missing      input    -                      a record naming no activity
//	gdpr/ledger-time-missing          input    -                      a record without its time
//	gdpr/ledger-time-out-of-range     input    -                      a time outside 2000 to 2135 (held in 32 bits of seconds)
//	gdpr/ledger-time-order            input    -                      an end (withdrawal, expiry, lifting, end of restriction) before its start
//	gdpr/ledger-not-found             input    -                      no record with that id
//	gdpr/ledger-already-ended         input    -                      a withdrawal, lifting or end already recorded
//	gdpr/ledger-bad-enum              input    -                      an enumeration value out of range
//	gdpr/ledger-birth-date            input    -                      a date of birth that cannot be one
//	gdpr/ledger-grounds-not-allowed   input    -                      compelling grounds against a direct-marketing objection, which is absolute (Art. 21(3))
//	gdpr/policy-id-missing            input    -                      an activity rule without its id
//	gdpr/policy-id-repeated           input    -                      two activity rules with one id
//	gdpr/policy-regime                input    -                      an activity rule's regime unspecified or out of range
//	gdpr/policy-basis                 input    -                      a basis out of range or not available in its regime
//	gdpr/policy-age                   input    -                      a parental-consent age below 0 or above 18
//	gdpr/policy-country               input    -                      a country with no age of digital consent, or not GB under the UK regime
//	gdpr/policy-exception             input    -                      a restriction exception out of range
//	gdpr/ts27560-missing              input    -                      a TS 27560 record lacking a required member
//	gdpr/ts27560-invalid              input    -                      a TS 27560 member with a value that cannot be used
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
//	gdpr/notice-input                 input    -                      NoticeOf, Missing or DataFlow given no date or a regime not valid
package gdpr

import "github.com/dpmodel/dpmodel/basis"

// Code is the stable identifier of a finding or an input error.
type Code = basis.Code

// Finding is one thing a check found in a register (see [basis.Finding]).
type Finding = basis.Finding

// Findings is a list of findings (see [basis.Findings]).
type Findings = basis.Findings

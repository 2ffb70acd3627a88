// Package gdprtest provides rapid generators and go-cmp options for
// property-based tests of code that uses the dpmodel packages, in the
// manner of testing/fstest and net/http/httptest: a separate package built
// only on the public API, for tests to import.
//
// It is the only package of the module that imports pgregory.net/rapid
// and github.com/google/go-cmp outside tests (rapid registers command-line
// flags in its init, so a library must not import it). Import it only from
// _test.go files.
//
// A consumer's property reads:
//
//	func TestEveryActivityHasAPurpose(t *testing.T) {
//		rapid.Check(t, func(t *rapid.T) {
//			reg := gdprtest.ValidRegister().Draw(t, "reg")
//			at := gdprtest.AsOf().Draw(t, "at")
//			for _, f := range gdpr.Validate(reg, at) {
//				if f.Severity == basis.Error {
//					t.Fatalf("a valid register has an error: %v", f)
//				}
//			}
//		})
//	}
//
// # Two families
//
// Every generator is a *rapid.Generator[T] value. Generators named Valid…
// draw values that are valid by construction: defined enumeration values,
// text a notice could hold, dates that exist, ids that are slugs, and for
// a register, references that resolve. Generators named Arbitrary… draw
// anything the type can hold: zero and out-of-range enumerations, any
// UTF-8 text (control characters included), times from year 1 to 9999 in
// odd offsets, dates that do not exist, negative periods, ids that are
// not slugs, references to nothing. Use the first to test what code does
// with good input and the second to test that it refuses bad input with an
// error and without a panic.
//
// For registers there are three levels: ArbitraryRegister (anything),
// WellFormedRegister (Encode and Decode accept it; it may break any rule of
// law) and ValidRegister (well formed, and gdpr.Validate reports no
// Error-severity finding for it on any day AsOf draws).
//
// # Enumerations
//
// Each enumeration E of the module has ValidE, uniform over the type's
// All… function, and ArbitraryE, which adds zero and values above the last
// defined one:
//
//   - basis: [ValidBasis], [ValidChange], [ValidCondition], [ValidDataClass],
//     [ValidPresence], [ValidRecognisedInterest], [ValidRegime],
//     [ValidSchedule1Condition], [ValidSchedule1Part], [ValidSeverity],
//     [ValidSpecialCategory];
//   - recipient: [ValidAgreementKind], [ValidRecipientEvidence]
//     (recipient.Evidence, the same type as basis.Presence), [ValidMechanism], [ValidMechanismKind],
//     [ValidModule], [ValidRole], [ValidScope], [ValidTerm];
//   - retention: [ValidAction], [ValidRetentionKind] (retention.Kind),
//     [ValidRetentionStatus] (retention.Status);
//   - rights: [ValidErasureException], [ValidEventKind], [ValidExemption],
//     [ValidRefusalGround], [ValidHolidayKind], [ValidRequestKind],
//     [ValidRight], [ValidRequestState] (rights.State);
//   - gdpr: [ValidADMException], [ValidChannelKind], [ValidClockStart],
//     [ValidDataKind], [ValidFact], [ValidFeePolicy], [ValidMarketingChannel],
//     [ValidMarketingRoute], [ValidNoticeTiming], [ValidRequirement],
//     [ValidSourceKind], [ValidStorageException], [ValidStoragePurpose],
//     [ValidDecisionRule], [ValidObjectionScope], [ValidOutcome],
//     [ValidReason], [ValidRestrictionException], [ValidRestrictionGround].
//
// with ArbitraryBasis, ArbitraryChange and so on for each.
//
// # Values
//
// Text, ids, times and dates: [Text], [ArbitraryText], [ID], [ArbitraryID],
// [Time], [Midnight], [ArbitraryTime], [AsOf], [ValidDate], [ArbitraryDate],
// [UUID].
//
// basis: [ValidCountry], [ArbitraryCountry], [ValidSensitiveData],
// [ArbitrarySensitiveData], [ValidGround], [ArbitraryGround], [ValidLIA],
// [ArbitraryLIA], [ValidLIATest], [ValidConsentTerms],
// [ArbitraryConsentTerms], [ValidSpecialCategoryJustification],
// [ArbitrarySpecialCategoryJustification],
// [ValidCriminalOffenceJustification],
// [ArbitraryCriminalOffenceJustification].
//
// recipient: [ValidRecipient], [ArbitraryRecipient], [ValidAgreement],
// [ArbitraryAgreement], [ValidTransfer], [ArbitraryTransfer],
// [ValidTerms], [ArbitraryTerms].
//
// retention: [ValidPeriod], [PositivePeriod], [ArbitraryPeriod],
// [ValidTrigger], [WellKnownTrigger], [ArbitraryTrigger], [ValidRule],
// [ValidRules], [ArbitraryRule], [ValidSchedule], [ValidDay],
// [ArbitraryDay], [ValidRecords], [ArbitraryRecord].
//
// rights: [ValidCalendar], [ValidOpening], [ArbitraryOpening],
// [ValidRequest] (a request after a valid run of commands), [Command] with
// [CommandAfter] and [CommandNames] (for state-machine tests with
// rapid.T.Repeat), [ArbitraryEvent], [ArbitraryLog].
//
// gdpr: [ValidEvidence], [ArbitraryEvidence], [ValidContact],
// [ArbitraryContact], [ValidController], [ArbitraryController],
// [ValidSubject], [ArbitrarySubject], [ValidDataCategory],
// [ArbitraryDataCategory], [ValidRegisterRecipient],
// [ArbitraryRegisterRecipient], [ValidRegisterTransfer],
// [ArbitraryRegisterTransfer], [ValidRetentionRule],
// [ArbitraryRetentionRule], [ValidRegisterGround],
// [ArbitraryRegisterGround], [ValidActivity], [ValidActivityOf],
// [ArbitraryActivity], [ValidRightsHandling], [ArbitraryRightsHandling],
// [WellFormedRegister], [ValidRegister], [ArbitraryRegister].
//
// Consent and decisions: [ValidSubjectID], [ValidConsentRecord],
// [ArbitraryConsentRecord], [ValidObjection], [ValidRestriction],
// [ValidLedger], [ArbitraryLedgerRecords], [ValidPolicy] (gdpr.Compile of a
// ValidRegister).
//
// Where a gdpr type and a domain type share a name, the gdpr one's
// generator says Register (ValidRegisterRecipient draws a gdpr.Recipient,
// ValidRecipient a recipient.Recipient).
//
// # Comparing
//
// [CmpOptions] compares registers by meaning: lists whose order carries no
// meaning as sets, nil and empty lists alike, times by calendar date. Its
// diff output is for people, not an API. It costs tens of milliseconds per
// pair of registers (it sorts every list and looks inside every element),
// so a property that compares thousands of registers should test
// cmp.Equal with cmp.Comparer(time.Time.Equal) first, which is exact and
// ten times cheaper, and use CmpOptions where order or clock time may
// differ, or to explain a failure.
package gdprtest

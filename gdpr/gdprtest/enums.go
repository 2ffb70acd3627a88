// The enumeration generators: one Valid… and one Arbitrary… per
// enumeration of the module, each built on the type's All… function.

package gdprtest

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
	"pgregory.net/rapid"
)

// ValidBasis draws a defined basis.Basis (never zero), uniformly from basis.AllBases.
func ValidBasis() *rapid.Generator[basis.Basis] { return valid(basis.AllBases()) }

// ArbitraryBasis draws any basis.Basis: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryBasis() *rapid.Generator[basis.Basis] { return arbitrary(basis.AllBases()) }

// ValidChange draws a defined basis.Change (never zero), uniformly from basis.AllChanges.
func ValidChange() *rapid.Generator[basis.Change] { return valid(basis.AllChanges()) }

// ArbitraryChange draws any basis.Change: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryChange() *rapid.Generator[basis.Change] { return arbitrary(basis.AllChanges()) }

// ValidCondition draws a defined basis.Condition (never zero), uniformly from basis.AllConditions.
func ValidCondition() *rapid.Generator[basis.Condition] { return valid(basis.AllConditions()) }

// ArbitraryCondition draws any basis.Condition: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryCondition() *rapid.Generator[basis.Condition] { return arbitrary(basis.AllConditions()) }

// ValidDataClass draws a defined basis.DataClass (never zero), uniformly from basis.AllDataClasses.
func ValidDataClass() *rapid.Generator[basis.DataClass] { return valid(basis.AllDataClasses()) }

// ArbitraryDataClass draws any basis.DataClass: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryDataClass() *rapid.Generator[basis.DataClass] { return arbitrary(basis.AllDataClasses()) }

// ValidPresence draws a defined basis.Presence (never zero), uniformly from basis.AllPresences.
func ValidPresence() *rapid.Generator[basis.Presence] { return valid(basis.AllPresences()) }

// ArbitraryPresence draws any basis.Presence: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryPresence() *rapid.Generator[basis.Presence] { return arbitrary(basis.AllPresences()) }

// ValidRecognisedInterest draws a defined basis.RecognisedInterest (never zero), uniformly from basis.AllRecognisedInterests.
func ValidRecognisedInterest() *rapid.Generator[basis.RecognisedInterest] {
	return valid(basis.AllRecognisedInterests())
}

// ArbitraryRecognisedInterest draws any basis.RecognisedInterest: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRecognisedInterest() *rapid.Generator[basis.RecognisedInterest] {
	return arbitrary(basis.AllRecognisedInterests())
}

// ValidRegime draws a defined basis.Regime (never zero), uniformly from basis.AllRegimes.
func ValidRegime() *rapid.Generator[basis.Regime] { return valid(basis.AllRegimes()) }

// ArbitraryRegime draws any basis.Regime: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRegime() *rapid.Generator[basis.Regime] { return arbitrary(basis.AllRegimes()) }

// ValidSchedule1Condition draws a defined basis.Schedule1Condition (never zero), uniformly from basis.AllSchedule1Conditions.
func ValidSchedule1Condition() *rapid.Generator[basis.Schedule1Condition] {
	return valid(basis.AllSchedule1Conditions())
}

// ArbitrarySchedule1Condition draws any basis.Schedule1Condition: a defined value, zero (unspecified)
// or a value out of range.
func ArbitrarySchedule1Condition() *rapid.Generator[basis.Schedule1Condition] {
	return arbitrary(basis.AllSchedule1Conditions())
}

// ValidSchedule1Part draws a defined basis.Schedule1Part (never zero), uniformly from basis.AllSchedule1Parts.
func ValidSchedule1Part() *rapid.Generator[basis.Schedule1Part] {
	return valid(basis.AllSchedule1Parts())
}

// ArbitrarySchedule1Part draws any basis.Schedule1Part: a defined value, zero (unspecified)
// or a value out of range.
func ArbitrarySchedule1Part() *rapid.Generator[basis.Schedule1Part] {
	return arbitrary(basis.AllSchedule1Parts())
}

// ValidSeverity draws a defined basis.Severity (never zero), uniformly from basis.AllSeverities.
func ValidSeverity() *rapid.Generator[basis.Severity] { return valid(basis.AllSeverities()) }

// ArbitrarySeverity draws any basis.Severity: a defined value, zero (unspecified)
// or a value out of range.
func ArbitrarySeverity() *rapid.Generator[basis.Severity] { return arbitrary(basis.AllSeverities()) }

// ValidSpecialCategory draws a defined basis.SpecialCategory (never zero), uniformly from basis.AllSpecialCategories.
func ValidSpecialCategory() *rapid.Generator[basis.SpecialCategory] {
	return valid(basis.AllSpecialCategories())
}

// ArbitrarySpecialCategory draws any basis.SpecialCategory: a defined value, zero (unspecified)
// or a value out of range.
func ArbitrarySpecialCategory() *rapid.Generator[basis.SpecialCategory] {
	return arbitrary(basis.AllSpecialCategories())
}

// ValidAgreementKind draws a defined recipient.AgreementKind (never zero), uniformly from recipient.AllAgreementKinds.
func ValidAgreementKind() *rapid.Generator[recipient.AgreementKind] {
	return valid(recipient.AllAgreementKinds())
}

// ArbitraryAgreementKind draws any recipient.AgreementKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryAgreementKind() *rapid.Generator[recipient.AgreementKind] {
	return arbitrary(recipient.AllAgreementKinds())
}

// ValidRecipientEvidence draws a defined recipient.Evidence (never zero), uniformly from recipient.AllEvidence.
func ValidRecipientEvidence() *rapid.Generator[recipient.Evidence] {
	return valid(recipient.AllEvidence())
}

// ArbitraryRecipientEvidence draws any recipient.Evidence: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRecipientEvidence() *rapid.Generator[recipient.Evidence] {
	return arbitrary(recipient.AllEvidence())
}

// ValidMechanism draws a defined recipient.Mechanism (never zero), uniformly from recipient.AllMechanisms.
func ValidMechanism() *rapid.Generator[recipient.Mechanism] { return valid(recipient.AllMechanisms()) }

// ArbitraryMechanism draws any recipient.Mechanism: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryMechanism() *rapid.Generator[recipient.Mechanism] {
	return arbitrary(recipient.AllMechanisms())
}

// ValidMechanismKind draws a defined recipient.MechanismKind (never zero), uniformly from recipient.AllMechanismKinds.
func ValidMechanismKind() *rapid.Generator[recipient.MechanismKind] {
	return valid(recipient.AllMechanismKinds())
}

// ArbitraryMechanismKind draws any recipient.MechanismKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryMechanismKind() *rapid.Generator[recipient.MechanismKind] {
	return arbitrary(recipient.AllMechanismKinds())
}

// ValidModule draws a defined recipient.Module (never zero), uniformly from recipient.AllModules.
func ValidModule() *rapid.Generator[recipient.Module] { return valid(recipient.AllModules()) }

// ArbitraryModule draws any recipient.Module: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryModule() *rapid.Generator[recipient.Module] { return arbitrary(recipient.AllModules()) }

// ValidRole draws a defined recipient.Role (never zero), uniformly from recipient.AllRoles.
func ValidRole() *rapid.Generator[recipient.Role] { return valid(recipient.AllRoles()) }

// ArbitraryRole draws any recipient.Role: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRole() *rapid.Generator[recipient.Role] { return arbitrary(recipient.AllRoles()) }

// ValidScope draws a defined recipient.Scope (never zero), uniformly from recipient.AllScopes.
func ValidScope() *rapid.Generator[recipient.Scope] { return valid(recipient.AllScopes()) }

// ArbitraryScope draws any recipient.Scope: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryScope() *rapid.Generator[recipient.Scope] { return arbitrary(recipient.AllScopes()) }

// ValidTerm draws a defined recipient.Term (never zero), uniformly from recipient.AllTerms.
func ValidTerm() *rapid.Generator[recipient.Term] { return valid(recipient.AllTerms()) }

// ArbitraryTerm draws any recipient.Term: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryTerm() *rapid.Generator[recipient.Term] { return arbitrary(recipient.AllTerms()) }

// ValidAction draws a defined retention.Action (never zero), uniformly from retention.AllActions.
func ValidAction() *rapid.Generator[retention.Action] { return valid(retention.AllActions()) }

// ArbitraryAction draws any retention.Action: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryAction() *rapid.Generator[retention.Action] { return arbitrary(retention.AllActions()) }

// ValidRetentionKind draws a defined retention.Kind (never zero), uniformly from retention.AllKinds.
func ValidRetentionKind() *rapid.Generator[retention.Kind] { return valid(retention.AllKinds()) }

// ArbitraryRetentionKind draws any retention.Kind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRetentionKind() *rapid.Generator[retention.Kind] {
	return arbitrary(retention.AllKinds())
}

// ValidRetentionStatus draws a defined retention.Status (never zero), uniformly from retention.AllStatuses.
func ValidRetentionStatus() *rapid.Generator[retention.Status] { return valid(retention.AllStatuses()) }

// ArbitraryRetentionStatus draws any retention.Status: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRetentionStatus() *rapid.Generator[retention.Status] {
	return arbitrary(retention.AllStatuses())
}

// ValidErasureException draws a defined rights.ErasureException (never zero), uniformly from rights.AllErasureExceptions.
func ValidErasureException() *rapid.Generator[rights.ErasureException] {
	return valid(rights.AllErasureExceptions())
}

// ArbitraryErasureException draws any rights.ErasureException: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryErasureException() *rapid.Generator[rights.ErasureException] {
	return arbitrary(rights.AllErasureExceptions())
}

// ValidEventKind draws a defined rights.EventKind (never zero), uniformly from rights.AllEventKinds.
func ValidEventKind() *rapid.Generator[rights.EventKind] { return valid(rights.AllEventKinds()) }

// ArbitraryEventKind draws any rights.EventKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryEventKind() *rapid.Generator[rights.EventKind] {
	return arbitrary(rights.AllEventKinds())
}

// ValidExemption draws a defined rights.Exemption (never zero), uniformly from rights.AllExemptions.
func ValidExemption() *rapid.Generator[rights.Exemption] { return valid(rights.AllExemptions()) }

// ArbitraryExemption draws any rights.Exemption: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryExemption() *rapid.Generator[rights.Exemption] {
	return arbitrary(rights.AllExemptions())
}

// ValidRefusalGround draws a defined rights.RefusalGround (never zero), uniformly from rights.AllRefusalGrounds.
func ValidRefusalGround() *rapid.Generator[rights.RefusalGround] {
	return valid(rights.AllRefusalGrounds())
}

// ArbitraryRefusalGround draws any rights.RefusalGround: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRefusalGround() *rapid.Generator[rights.RefusalGround] {
	return arbitrary(rights.AllRefusalGrounds())
}

// ValidHolidayKind draws a defined rights.HolidayKind (never zero), uniformly from rights.AllHolidayKinds.
func ValidHolidayKind() *rapid.Generator[rights.HolidayKind] { return valid(rights.AllHolidayKinds()) }

// ArbitraryHolidayKind draws any rights.HolidayKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryHolidayKind() *rapid.Generator[rights.HolidayKind] {
	return arbitrary(rights.AllHolidayKinds())
}

// ValidRequestKind draws a defined rights.RequestKind (never zero), uniformly from rights.AllRequestKinds.
func ValidRequestKind() *rapid.Generator[rights.RequestKind] { return valid(rights.AllRequestKinds()) }

// ArbitraryRequestKind draws any rights.RequestKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRequestKind() *rapid.Generator[rights.RequestKind] {
	return arbitrary(rights.AllRequestKinds())
}

// ValidRight draws a defined rights.Right (never zero), uniformly from rights.AllRights.
func ValidRight() *rapid.Generator[rights.Right] { return valid(rights.AllRights()) }

// ArbitraryRight draws any rights.Right: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRight() *rapid.Generator[rights.Right] { return arbitrary(rights.AllRights()) }

// ValidRequestState draws a defined rights.State (never zero), uniformly from rights.AllStates.
func ValidRequestState() *rapid.Generator[rights.State] { return valid(rights.AllStates()) }

// ArbitraryRequestState draws any rights.State: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRequestState() *rapid.Generator[rights.State] { return arbitrary(rights.AllStates()) }

// ValidADMException draws a defined gdpr.ADMException (never zero), uniformly from gdpr.AllADMExceptions.
func ValidADMException() *rapid.Generator[gdpr.ADMException] { return valid(gdpr.AllADMExceptions()) }

// ArbitraryADMException draws any gdpr.ADMException: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryADMException() *rapid.Generator[gdpr.ADMException] {
	return arbitrary(gdpr.AllADMExceptions())
}

// ValidChannelKind draws a defined gdpr.ChannelKind (never zero), uniformly from gdpr.AllChannelKinds.
func ValidChannelKind() *rapid.Generator[gdpr.ChannelKind] { return valid(gdpr.AllChannelKinds()) }

// ArbitraryChannelKind draws any gdpr.ChannelKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryChannelKind() *rapid.Generator[gdpr.ChannelKind] {
	return arbitrary(gdpr.AllChannelKinds())
}

// ValidClockStart draws a defined gdpr.ClockStart (never zero), uniformly from gdpr.AllClockStarts.
func ValidClockStart() *rapid.Generator[gdpr.ClockStart] { return valid(gdpr.AllClockStarts()) }

// ArbitraryClockStart draws any gdpr.ClockStart: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryClockStart() *rapid.Generator[gdpr.ClockStart] { return arbitrary(gdpr.AllClockStarts()) }

// ValidDataKind draws a defined gdpr.DataKind (never zero), uniformly from gdpr.AllDataKinds.
func ValidDataKind() *rapid.Generator[gdpr.DataKind] { return valid(gdpr.AllDataKinds()) }

// ArbitraryDataKind draws any gdpr.DataKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryDataKind() *rapid.Generator[gdpr.DataKind] { return arbitrary(gdpr.AllDataKinds()) }

// ValidFact draws a defined gdpr.Fact (never zero), uniformly from gdpr.AllFacts.
func ValidFact() *rapid.Generator[gdpr.Fact] { return valid(gdpr.AllFacts()) }

// ArbitraryFact draws any gdpr.Fact: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryFact() *rapid.Generator[gdpr.Fact] { return arbitrary(gdpr.AllFacts()) }

// ValidFeePolicy draws a defined gdpr.FeePolicy (never zero), uniformly from gdpr.AllFeePolicies.
func ValidFeePolicy() *rapid.Generator[gdpr.FeePolicy] { return valid(gdpr.AllFeePolicies()) }

// ArbitraryFeePolicy draws any gdpr.FeePolicy: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryFeePolicy() *rapid.Generator[gdpr.FeePolicy] { return arbitrary(gdpr.AllFeePolicies()) }

// ValidMarketingChannel draws a defined gdpr.MarketingChannel (never zero), uniformly from gdpr.AllMarketingChannels.
func ValidMarketingChannel() *rapid.Generator[gdpr.MarketingChannel] {
	return valid(gdpr.AllMarketingChannels())
}

// ArbitraryMarketingChannel draws any gdpr.MarketingChannel: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryMarketingChannel() *rapid.Generator[gdpr.MarketingChannel] {
	return arbitrary(gdpr.AllMarketingChannels())
}

// ValidMarketingRoute draws a defined gdpr.MarketingRoute (never zero), uniformly from gdpr.AllMarketingRoutes.
func ValidMarketingRoute() *rapid.Generator[gdpr.MarketingRoute] {
	return valid(gdpr.AllMarketingRoutes())
}

// ArbitraryMarketingRoute draws any gdpr.MarketingRoute: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryMarketingRoute() *rapid.Generator[gdpr.MarketingRoute] {
	return arbitrary(gdpr.AllMarketingRoutes())
}

// ValidNoticeTiming draws a defined gdpr.NoticeTiming (never zero), uniformly from gdpr.AllNoticeTimings.
func ValidNoticeTiming() *rapid.Generator[gdpr.NoticeTiming] { return valid(gdpr.AllNoticeTimings()) }

// ArbitraryNoticeTiming draws any gdpr.NoticeTiming: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryNoticeTiming() *rapid.Generator[gdpr.NoticeTiming] {
	return arbitrary(gdpr.AllNoticeTimings())
}

// ValidRequirement draws a defined gdpr.Requirement (never zero), uniformly from gdpr.AllRequirements.
func ValidRequirement() *rapid.Generator[gdpr.Requirement] { return valid(gdpr.AllRequirements()) }

// ArbitraryRequirement draws any gdpr.Requirement: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRequirement() *rapid.Generator[gdpr.Requirement] {
	return arbitrary(gdpr.AllRequirements())
}

// ValidSourceKind draws a defined gdpr.SourceKind (never zero), uniformly from gdpr.AllSourceKinds.
func ValidSourceKind() *rapid.Generator[gdpr.SourceKind] { return valid(gdpr.AllSourceKinds()) }

// ArbitrarySourceKind draws any gdpr.SourceKind: a defined value, zero (unspecified)
// or a value out of range.
func ArbitrarySourceKind() *rapid.Generator[gdpr.SourceKind] { return arbitrary(gdpr.AllSourceKinds()) }

// ValidStorageException draws a defined gdpr.StorageException (never zero), uniformly from gdpr.AllStorageExceptions.
func ValidStorageException() *rapid.Generator[gdpr.StorageException] {
	return valid(gdpr.AllStorageExceptions())
}

// ArbitraryStorageException draws any gdpr.StorageException: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryStorageException() *rapid.Generator[gdpr.StorageException] {
	return arbitrary(gdpr.AllStorageExceptions())
}

// ValidStoragePurpose draws a defined gdpr.StoragePurpose (never zero), uniformly from gdpr.AllStoragePurposes.
func ValidStoragePurpose() *rapid.Generator[gdpr.StoragePurpose] {
	return valid(gdpr.AllStoragePurposes())
}

// ArbitraryStoragePurpose draws any gdpr.StoragePurpose: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryStoragePurpose() *rapid.Generator[gdpr.StoragePurpose] {
	return arbitrary(gdpr.AllStoragePurposes())
}

// ValidDecisionRule draws a defined gdpr.DecisionRule (never zero), uniformly from gdpr.AllDecisionRules.
func ValidDecisionRule() *rapid.Generator[gdpr.DecisionRule] { return valid(gdpr.AllDecisionRules()) }

// ArbitraryDecisionRule draws any gdpr.DecisionRule: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryDecisionRule() *rapid.Generator[gdpr.DecisionRule] {
	return arbitrary(gdpr.AllDecisionRules())
}

// ValidObjectionScope draws a defined gdpr.ObjectionScope (never zero), uniformly from gdpr.AllObjectionScopes.
func ValidObjectionScope() *rapid.Generator[gdpr.ObjectionScope] {
	return valid(gdpr.AllObjectionScopes())
}

// ArbitraryObjectionScope draws any gdpr.ObjectionScope: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryObjectionScope() *rapid.Generator[gdpr.ObjectionScope] {
	return arbitrary(gdpr.AllObjectionScopes())
}

// ValidOutcome draws a defined gdpr.Outcome (never zero), uniformly from gdpr.AllOutcomes.
func ValidOutcome() *rapid.Generator[gdpr.Outcome] { return valid(gdpr.AllOutcomes()) }

// ArbitraryOutcome draws any gdpr.Outcome: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryOutcome() *rapid.Generator[gdpr.Outcome] { return arbitrary(gdpr.AllOutcomes()) }

// ValidReason draws a defined gdpr.Reason (never zero), uniformly from gdpr.AllReasons.
func ValidReason() *rapid.Generator[gdpr.Reason] { return valid(gdpr.AllReasons()) }

// ArbitraryReason draws any gdpr.Reason: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryReason() *rapid.Generator[gdpr.Reason] { return arbitrary(gdpr.AllReasons()) }

// ValidRestrictionException draws a defined gdpr.RestrictionException (never zero), uniformly from gdpr.AllRestrictionExceptions.
func ValidRestrictionException() *rapid.Generator[gdpr.RestrictionException] {
	return valid(gdpr.AllRestrictionExceptions())
}

// ArbitraryRestrictionException draws any gdpr.RestrictionException: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRestrictionException() *rapid.Generator[gdpr.RestrictionException] {
	return arbitrary(gdpr.AllRestrictionExceptions())
}

// ValidRestrictionGround draws a defined gdpr.RestrictionGround (never zero), uniformly from gdpr.AllRestrictionGrounds.
func ValidRestrictionGround() *rapid.Generator[gdpr.RestrictionGround] {
	return valid(gdpr.AllRestrictionGrounds())
}

// ArbitraryRestrictionGround draws any gdpr.RestrictionGround: a defined value, zero (unspecified)
// or a value out of range.
func ArbitraryRestrictionGround() *rapid.Generator[gdpr.RestrictionGround] {
	return arbitrary(gdpr.AllRestrictionGrounds())
}

package gdprtest

import (
	"reflect"
	"sync"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
	"github.com/google/uuid"
	"pgregory.net/rapid"
)

// arbitraryTypes returns the generators arbitraryOf uses for the types
// whose reflected form is not what a consumer can hold (enumerations drawn
// from any uint8 would almost never be defined; times and sets have
// unexported fields).
var arbitraryTypes = sync.OnceValue(func() map[reflect.Type]*rapid.Generator[any] {
	m := map[reflect.Type]*rapid.Generator[any]{}
	add := func(v any, g interface{ AsAny() *rapid.Generator[any] }) { m[reflect.TypeOf(v)] = g.AsAny() }
	add(time.Time{}, ArbitraryTime())
	add(uuid.UUID{}, rapid.OneOf(rapid.Just(uuid.UUID{}), UUID()))
	add(basis.Country(""), ArbitraryCountry())
	add(basis.SensitiveData{}, ArbitrarySensitiveData())
	add(rights.Calendar{}, ValidCalendar())
	add(recipient.Terms(0), ArbitraryTerms())
	add(retention.Period{}, ArbitraryPeriod())
	add(retention.Trigger(""), ArbitraryTrigger())
	add(gdpr.Date{}, ArbitraryDate())
	add(basis.Basis(0), ArbitraryBasis())
	add(basis.Change(0), ArbitraryChange())
	add(basis.Condition(0), ArbitraryCondition())
	add(basis.DataClass(0), ArbitraryDataClass())
	add(basis.Presence(0), ArbitraryPresence())
	add(basis.RecognisedInterest(0), ArbitraryRecognisedInterest())
	add(basis.Regime(0), ArbitraryRegime())
	add(basis.Schedule1Condition(0), ArbitrarySchedule1Condition())
	add(basis.Schedule1Part(0), ArbitrarySchedule1Part())
	add(basis.Severity(0), ArbitrarySeverity())
	add(basis.SpecialCategory(0), ArbitrarySpecialCategory())
	add(recipient.AgreementKind(0), ArbitraryAgreementKind())
	add(recipient.Evidence(0), ArbitraryRecipientEvidence())
	add(recipient.Mechanism(0), ArbitraryMechanism())
	add(recipient.MechanismKind(0), ArbitraryMechanismKind())
	add(recipient.Module(0), ArbitraryModule())
	add(recipient.Role(0), ArbitraryRole())
	add(recipient.Scope(0), ArbitraryScope())
	add(recipient.Term(0), ArbitraryTerm())
	add(retention.Action(0), ArbitraryAction())
	add(retention.Kind(0), ArbitraryRetentionKind())
	add(retention.Status(0), ArbitraryRetentionStatus())
	add(rights.ErasureException(0), ArbitraryErasureException())
	add(rights.EventKind(0), ArbitraryEventKind())
	add(rights.Exemption(0), ArbitraryExemption())
	add(rights.RefusalGround(0), ArbitraryRefusalGround())
	add(rights.HolidayKind(0), ArbitraryHolidayKind())
	add(rights.RequestKind(0), ArbitraryRequestKind())
	add(rights.Right(0), ArbitraryRight())
	add(rights.State(0), ArbitraryRequestState())
	add(gdpr.ADMException(0), ArbitraryADMException())
	add(gdpr.ChannelKind(0), ArbitraryChannelKind())
	add(gdpr.ClockStart(0), ArbitraryClockStart())
	add(gdpr.DataKind(0), ArbitraryDataKind())
	add(gdpr.Fact(0), ArbitraryFact())
	add(gdpr.FeePolicy(0), ArbitraryFeePolicy())
	add(gdpr.MarketingChannel(0), ArbitraryMarketingChannel())
	add(gdpr.MarketingRoute(0), ArbitraryMarketingRoute())
	add(gdpr.NoticeTiming(0), ArbitraryNoticeTiming())
	add(gdpr.Requirement(0), ArbitraryRequirement())
	add(gdpr.SourceKind(0), ArbitrarySourceKind())
	add(gdpr.StorageException(0), ArbitraryStorageException())
	add(gdpr.StoragePurpose(0), ArbitraryStoragePurpose())
	add(gdpr.RestrictionGround(0), ArbitraryRestrictionGround())
	add(gdpr.RestrictionException(0), ArbitraryRestrictionException())
	add(gdpr.Reason(0), ArbitraryReason())
	add(gdpr.Outcome(0), ArbitraryOutcome())
	add(gdpr.ObjectionScope(0), ArbitraryObjectionScope())
	add(gdpr.DecisionRule(0), ArbitraryDecisionRule())
	return m
})

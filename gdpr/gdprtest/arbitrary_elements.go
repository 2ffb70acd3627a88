package gdprtest

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
	"pgregory.net/rapid"
)

// ArbitraryLIA draws any basis.LIA.
func ArbitraryLIA() *rapid.Generator[basis.LIA] { return arbitraryOf[basis.LIA]() }

// ArbitraryConsentTerms draws any basis.ConsentTerms (negative ages
// included).
func ArbitraryConsentTerms() *rapid.Generator[basis.ConsentTerms] {
	return arbitraryOf[basis.ConsentTerms]()
}

// ArbitraryDay draws any retention.Day: zero (no day), valid days and
// values outside the calendar.
func ArbitraryDay() *rapid.Generator[retention.Day] {
	return rapid.OneOf(rapid.Just(retention.Day(0)), ValidDay(),
		rapid.Map(rapid.Int32(), func(i int32) retention.Day { return retention.Day(i) }))
}

// ArbitraryRecord draws any retention.Record: any rule reference (most of
// them naming no rule of a small schedule) and any day.
func ArbitraryRecord() *rapid.Generator[retention.Record] {
	return rapid.Custom(func(t *rapid.T) retention.Record {
		return retention.Record{ID: rapid.Uint64().Draw(t, "id"), Rule: retention.Ref(rapid.Uint16().Draw(t, "rule")),
			Held: rapid.Bool().Draw(t, "held"), Trigger: ArbitraryDay().Draw(t, "trigger")}
	})
}

// ArbitraryOpening draws any rights.Opening: any kind and regime, any
// times, facts whatever the kind, the zero ID.
func ArbitraryOpening() *rapid.Generator[rights.Opening] { return arbitraryOf[rights.Opening]() }

// ArbitraryContact draws any gdpr.Contact.
func ArbitraryContact() *rapid.Generator[gdpr.Contact] { return arbitraryOf[gdpr.Contact]() }

// ArbitrarySubject draws any gdpr.Subject (any id).
func ArbitrarySubject() *rapid.Generator[gdpr.Subject] { return arbitraryOf[gdpr.Subject]() }

// ArbitraryDataCategory draws any gdpr.DataCategory.
func ArbitraryDataCategory() *rapid.Generator[gdpr.DataCategory] {
	return arbitraryOf[gdpr.DataCategory]()
}

// ArbitraryRegisterRecipient draws any gdpr.Recipient.
func ArbitraryRegisterRecipient() *rapid.Generator[gdpr.Recipient] {
	return arbitraryOf[gdpr.Recipient]()
}

// ArbitraryRegisterTransfer draws any gdpr.Transfer.
func ArbitraryRegisterTransfer() *rapid.Generator[gdpr.Transfer] {
	return arbitraryOf[gdpr.Transfer]()
}

// ArbitraryRetentionRule draws any gdpr.RetentionRule.
func ArbitraryRetentionRule() *rapid.Generator[gdpr.RetentionRule] {
	return arbitraryOf[gdpr.RetentionRule]()
}

// ArbitraryActivity draws any gdpr.Activity: references of any text,
// repeated or naming nothing, and every field of any value.
func ArbitraryActivity() *rapid.Generator[gdpr.Activity] { return arbitraryOf[gdpr.Activity]() }

// ArbitraryController draws any gdpr.Controller.
func ArbitraryController() *rapid.Generator[gdpr.Controller] {
	return arbitraryOf[gdpr.Controller]()
}

// ArbitraryRightsHandling draws any gdpr.RightsHandling (statements of one
// right repeated, periods out of range).
func ArbitraryRightsHandling() *rapid.Generator[gdpr.RightsHandling] {
	return arbitraryOf[gdpr.RightsHandling]()
}

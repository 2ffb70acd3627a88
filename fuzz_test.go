package dpmodel_test

import (
	"bytes"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// parser parses text and returns the canonical text of what it parsed.
type parser func(string) ([]byte, bool)

func parserOf[T interface{ MarshalText() ([]byte, error) }](parse func(string) (T, error)) parser {
	return func(s string) ([]byte, bool) {
		v, err := parse(s)
		if err != nil {
			return nil, false
		}
		b, err := v.MarshalText()
		return b, err == nil
	}
}

// parsers are the Parse functions of every enumeration in the module; each
// package fuzzes its richer decoders (periods, days, calendars, event logs,
// countries) itself.
var parsers = map[string]parser{
	"basis.Regime":             parserOf(basis.ParseRegime),
	"basis.Change":             parserOf(basis.ParseChange),
	"basis.Basis":              parserOf(basis.ParseBasis),
	"basis.SpecialCategory":    parserOf(basis.ParseSpecialCategory),
	"basis.DataClass":          parserOf(basis.ParseDataClass),
	"basis.Condition":          parserOf(basis.ParseCondition),
	"basis.Schedule1Part":      parserOf(basis.ParseSchedule1Part),
	"basis.Schedule1Condition": parserOf(basis.ParseSchedule1Condition),
	"basis.RecognisedInterest": parserOf(basis.ParseRecognisedInterest),
	"basis.Severity":           parserOf(basis.ParseSeverity),
	"recipient.Role":           parserOf(recipient.ParseRole),
	"recipient.AgreementKind":  parserOf(recipient.ParseAgreementKind),
	"recipient.Term":           parserOf(recipient.ParseTerm),
	"recipient.Mechanism":      parserOf(recipient.ParseMechanism),
	"recipient.MechanismKind":  parserOf(recipient.ParseMechanismKind),
	"recipient.Module":         parserOf(recipient.ParseModule),
	"recipient.Scope":          parserOf(recipient.ParseScope),
	"retention.Action":         parserOf(retention.ParseAction),
	"retention.Kind":           parserOf(retention.ParseKind),
	"retention.Status":         parserOf(retention.ParseStatus),
	"rights.Right":             parserOf(rights.ParseRight),
	"rights.ErasureException":  parserOf(rights.ParseErasureException),
	"rights.EventKind":         parserOf(rights.ParseEventKind),
	"rights.Exemption":         parserOf(rights.ParseExemption),
	"rights.RefusalGround":     parserOf(rights.ParseRefusalGround),
	"rights.HolidayKind":       parserOf(rights.ParseHolidayKind),
	"rights.RequestKind":       parserOf(rights.ParseRequestKind),
	"rights.State":             parserOf(rights.ParseState),
	"gdpr.Fact":                parserOf(gdpr.ParseFact),
	"gdpr.ChannelKind":         parserOf(gdpr.ParseChannelKind),
	"gdpr.DataKind":            parserOf(gdpr.ParseDataKind),
	"gdpr.SourceKind":          parserOf(gdpr.ParseSourceKind),
	"gdpr.Requirement":         parserOf(gdpr.ParseRequirement),
	"gdpr.NoticeTiming":        parserOf(gdpr.ParseNoticeTiming),
	"gdpr.ADMException":        parserOf(gdpr.ParseADMException),
	"gdpr.MarketingChannel":    parserOf(gdpr.ParseMarketingChannel),
	"gdpr.MarketingRoute":      parserOf(gdpr.ParseMarketingRoute),
	"gdpr.StoragePurpose":      parserOf(gdpr.ParseStoragePurpose),
	"gdpr.StorageException":    parserOf(gdpr.ParseStorageException),
	"gdpr.FeePolicy":           parserOf(gdpr.ParseFeePolicy),
	"gdpr.ClockStart":          parserOf(gdpr.ParseClockStart),
}

// FuzzParseEnumerations feeds the same text to every enumeration's Parse:
// none may panic, and whatever parses must print its canonical code, which
// parses back to the same code (lenient input, canonical output).
func FuzzParseEnumerations(f *testing.F) {
	for _, s := range []string{"", "uk", "Legitimate Interests", "explicit_consent", "access",
		"delete", "in-progress", "scc-2021", "EU", " processor ", "no-such-code", "\x00", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, parse := range parsers {
			code, ok := parse(s)
			if !ok {
				continue
			}
			again, ok := parse(string(code))
			if !ok || !bytes.Equal(again, code) {
				t.Fatalf("%s: %q parses to %q, which parses to %q (%v)", name, s, code, again, ok)
			}
		}
	})
}

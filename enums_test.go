package dpmodel_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// enumeration is what every dpmodel enumeration offers (STYLE.md, point 2).
type enumeration interface {
	~uint8
	String() string
	MarshalText() ([]byte, error)
	IsValid() bool
}

// TestEnumerations holds every enumeration of the module to the same
// contract: values 1..n with a zero that means unspecified; a stable code
// that round-trips through text and JSON; unknown codes rejected with a
// *basis.ParseError naming every valid code and leaving the target as it
// was; out-of-range values printed as "pkg.Type(n)" and refused by
// MarshalText, never a panic; and an article for every value that has one.
func TestEnumerations(t *testing.T) {
	check(t, "basis.Regime", basis.AllRegimes(), basis.ParseRegime)
	check(t, "basis.Change", basis.AllChanges(), basis.ParseChange)
	check(t, "basis.Basis", basis.AllBases(), basis.ParseBasis)
	check(t, "basis.SpecialCategory", basis.AllSpecialCategories(), basis.ParseSpecialCategory)
	check(t, "basis.DataClass", basis.AllDataClasses(), basis.ParseDataClass)
	check(t, "basis.Condition", basis.AllConditions(), basis.ParseCondition)
	check(t, "basis.Schedule1Part", basis.AllSchedule1Parts(), basis.ParseSchedule1Part)
	check(t, "basis.Schedule1Condition", basis.AllSchedule1Conditions(), basis.ParseSchedule1Condition)
	check(t, "basis.RecognisedInterest", basis.AllRecognisedInterests(), basis.ParseRecognisedInterest)
	check(t, "basis.Severity", basis.AllSeverities(), basis.ParseSeverity)
	check(t, "recipient.Role", recipient.AllRoles(), recipient.ParseRole)
	check(t, "recipient.AgreementKind", recipient.AllAgreementKinds(), recipient.ParseAgreementKind)
	check(t, "recipient.Term", recipient.AllTerms(), recipient.ParseTerm)
	check(t, "recipient.Mechanism", recipient.AllMechanisms(), recipient.ParseMechanism)
	check(t, "recipient.MechanismKind", recipient.AllMechanismKinds(), recipient.ParseMechanismKind)
	check(t, "recipient.Module", recipient.AllModules(), recipient.ParseModule)
	check(t, "recipient.Scope", recipient.AllScopes(), recipient.ParseScope)
	check(t, "retention.Action", retention.AllActions(), retention.ParseAction)
	check(t, "retention.Kind", retention.AllKinds(), retention.ParseKind)
	check(t, "retention.Status", retention.AllStatuses(), retention.ParseStatus)
	check(t, "rights.Right", rights.AllRights(), rights.ParseRight)
	check(t, "rights.ErasureException", rights.AllErasureExceptions(), rights.ParseErasureException)
	check(t, "rights.EventKind", rights.AllEventKinds(), rights.ParseEventKind)
	check(t, "rights.Exemption", rights.AllExemptions(), rights.ParseExemption)
	check(t, "rights.RefusalGround", rights.AllRefusalGrounds(), rights.ParseRefusalGround)
	check(t, "rights.HolidayKind", rights.AllHolidayKinds(), rights.ParseHolidayKind)
	check(t, "rights.RequestKind", rights.AllRequestKinds(), rights.ParseRequestKind)
	check(t, "rights.State", rights.AllStates(), rights.ParseState)
	check(t, "gdpr.Fact", gdpr.AllFacts(), gdpr.ParseFact)
	check(t, "gdpr.ChannelKind", gdpr.AllChannelKinds(), gdpr.ParseChannelKind)
	check(t, "gdpr.DataKind", gdpr.AllDataKinds(), gdpr.ParseDataKind)
	check(t, "gdpr.SourceKind", gdpr.AllSourceKinds(), gdpr.ParseSourceKind)
	check(t, "gdpr.Requirement", gdpr.AllRequirements(), gdpr.ParseRequirement)
	check(t, "gdpr.NoticeTiming", gdpr.AllNoticeTimings(), gdpr.ParseNoticeTiming)
	check(t, "gdpr.ADMException", gdpr.AllADMExceptions(), gdpr.ParseADMException)
	check(t, "gdpr.MarketingChannel", gdpr.AllMarketingChannels(), gdpr.ParseMarketingChannel)
	check(t, "gdpr.MarketingRoute", gdpr.AllMarketingRoutes(), gdpr.ParseMarketingRoute)
	check(t, "gdpr.StoragePurpose", gdpr.AllStoragePurposes(), gdpr.ParseStoragePurpose)
	check(t, "gdpr.StorageException", gdpr.AllStorageExceptions(), gdpr.ParseStorageException)
	check(t, "gdpr.FeePolicy", gdpr.AllFeePolicies(), gdpr.ParseFeePolicy)
	check(t, "gdpr.ClockStart", gdpr.AllClockStarts(), gdpr.ParseClockStart)
}

func check[T enumeration, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, name string, all []T, parse func(string) (T, error)) {
	t.Run(name, func(t *testing.T) {
		if len(all) == 0 {
			t.Fatal("no values")
		}
		codes := make([]string, len(all))
		for i, v := range all {
			if int(v) != i+1 {
				t.Fatalf("value %d of All is %d: values must run 1..n", i, v)
			}
			if !v.IsValid() {
				t.Errorf("%v: IsValid is false", v)
			}
			text, err := v.MarshalText()
			if err != nil || string(text) != v.String() || v.String() == "" {
				t.Errorf("%d: MarshalText = %q, %v; String = %q", v, text, err, v.String())
			}
			codes[i] = string(text)
			if got, err := parse(string(text)); err != nil || got != v {
				t.Errorf("parse(%q) = %v, %v", text, got, err)
			}
			if got, err := parse(strings.ToUpper(string(text))); err != nil || got != v {
				t.Errorf("parse(%q) = %v, %v; input should be case-insensitive", strings.ToUpper(string(text)), got, err)
			}
			var back T
			if err := P(&back).UnmarshalText(text); err != nil || back != v {
				t.Errorf("UnmarshalText(%q) = %v, %v", text, back, err)
			}
			// JSON, as a field of a struct, the way a register holds it.
			type holder struct{ V T }
			j, err := json.Marshal(holder{v})
			if err != nil {
				t.Fatalf("json.Marshal(%v): %v", v, err)
			}
			var h holder
			if err := json.Unmarshal(j, &h); err != nil || h.V != v {
				t.Errorf("JSON %s decodes to %v, %v", j, h.V, err)
			}
			if a, ok := any(v).(interface{ Article() string }); ok && a.Article() == "" && noArticle[name] != v.String() {
				t.Errorf("%v: Article is empty", v)
			}
		}

		// Unknown codes: an error naming the value and every valid code;
		// the target is left as it was.
		_, err := parse("no-such-code")
		var pe *basis.ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("parse(unknown) error = %v (%T), want *basis.ParseError", err, err)
		}
		if pe.Value != "no-such-code" || strings.Join(pe.Valid, ",") != strings.Join(codes, ",") {
			t.Errorf("ParseError = %+v, want value and valid codes %v", pe, codes)
		}
		keep := all[len(all)-1]
		if err := P(&keep).UnmarshalText([]byte("no-such-code")); err == nil || keep != all[len(all)-1] {
			t.Errorf("UnmarshalText(unknown) = %v and changed the value to %v", err, keep)
		}
		var h struct{ V T }
		if err := json.Unmarshal([]byte(`{"V":"no-such-code"}`), &h); err == nil {
			t.Errorf("JSON with an unknown code decoded without error")
		}

		// Zero: unspecified, empty text both ways.
		var zero T
		if zero.IsValid() || zero.String() != "unspecified" {
			t.Errorf("zero: IsValid %v, String %q", zero.IsValid(), zero.String())
		}
		if text, err := zero.MarshalText(); err != nil || len(text) != 0 {
			t.Errorf("zero: MarshalText = %q, %v; want empty", text, err)
		}

		// Out of range: printed, refused, never a panic.
		for _, n := range []int{len(all) + 1, 255} {
			v := T(n)
			if want := fmt.Sprintf("%s(%d)", name, n); v.String() != want {
				t.Errorf("T(%d).String() = %q, want %q", n, v.String(), want)
			}
			if v.IsValid() {
				t.Errorf("T(%d) is valid", n)
			}
			if _, err := v.MarshalText(); err == nil {
				t.Errorf("T(%d).MarshalText succeeded", n)
			}
			if a, ok := any(v).(interface{ Article() string }); ok {
				_ = a.Article()
			}
			if d, ok := any(v).(interface{ DPV() string }); ok {
				_ = d.DPV()
			}
		}
	})
}

// noArticle names, per enumeration, the one value that rests on no
// provision of law, so an empty Article is right: a host's own closure day.
var noArticle = map[string]string{"rights.HolidayKind": "closure"}

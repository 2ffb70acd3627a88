package gdpr_test

import (
	"bytes"
	"reflect"
	"strconv"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/google/go-cmp/cmp"
	"pgregory.net/rapid"
)

// enumOrZero draws a value of an enumeration, zero (unspecified)
// included.
func enumOrZero[T ~uint8](all []T) *rapid.Generator[T] {
	return rapid.OneOf(rapid.Just(T(0)), rapid.SampledFrom(all))
}

func genText() *rapid.Generator[string] {
	return rapid.OneOf(rapid.Just(""), rapid.StringMatching(`[a-zA-Z0-9 &<>"\\é.,-]{1,12}`))
}

func genEvidence() *rapid.Generator[gdpr.Evidence] {
	return rapid.Custom(func(t *rapid.T) gdpr.Evidence {
		return gdpr.Evidence{Quote: genText().Draw(t, "quote"), Locator: genText().Draw(t, "locator")}
	})
}

// refsTo draws a list of distinct ids among the first n of prefix.
func refsTo(t *rapid.T, prefix string, n int, label string) []string {
	if n == 0 {
		return nil
	}
	picks := rapid.SliceOfNDistinct(rapid.IntRange(0, n-1), 0, n, rapid.ID[int]).Draw(t, label)
	var out []string
	for _, i := range picks {
		out = append(out, prefix+strconv.Itoa(i))
	}
	return out
}

// genRegister draws well-formed registers: unique ids, references that
// resolve, every enumeration (zero included) and fact state.
func genRegister() *rapid.Generator[*gdpr.Register] {
	return rapid.Custom(func(t *rapid.T) *gdpr.Register {
		nd := rapid.IntRange(0, 4).Draw(t, "nData")
		ns := rapid.IntRange(0, 3).Draw(t, "nSubjects")
		nr := rapid.IntRange(0, 3).Draw(t, "nRules")
		na := rapid.IntRange(0, 4).Draw(t, "nActivities")
		fact := enumOrZero(gdpr.AllFacts())
		r := &gdpr.Register{
			Controller: gdpr.Controller{
				Name:            genText().Draw(t, "name"),
				PublicAuthority: fact.Draw(t, "pa"),
				DPO:             gdpr.DPO{Designated: fact.Draw(t, "dpo"), LargeScaleSensitive: fact.Draw(t, "lss")},
				Contacts: rapid.SliceOfN(rapid.Custom(func(t *rapid.T) gdpr.Contact {
					return gdpr.Contact{Kind: enumOrZero(gdpr.AllChannelKinds()).Draw(t, "kind"), Value: genText().Draw(t, "value")}
				}), 0, 3).Draw(t, "contacts"),
			},
			Regimes: rapid.SliceOfN(rapid.SampledFrom(basis.AllRegimes()), 0, 2).Draw(t, "regimes"),
			Notice: gdpr.Notice{Version: genText().Draw(t, "version"), Date: rapid.OneOf(rapid.Just(gdpr.Date{}),
				rapid.Custom(func(t *rapid.T) gdpr.Date {
					y := rapid.IntRange(1, 9999).Draw(t, "y")
					m := rapid.IntRange(1, 12).Draw(t, "m")
					d := rapid.IntRange(1, 28).Draw(t, "d")
					return gdpr.Date{Year: y, Month: timeMonth(m), Day: d}
				})).Draw(t, "date")},
			Rights: gdpr.RightsHandling{
				WritingOnly:  fact.Draw(t, "writing"),
				ResponseTime: retention.Period{Months: rapid.IntRange(0, 3).Draw(t, "months"), Days: rapid.IntRange(0, 40).Draw(t, "days")},
				ResponseFrom: enumOrZero(gdpr.AllClockStarts()).Draw(t, "from"),
				Fee:          enumOrZero(gdpr.AllFeePolicies()).Draw(t, "fee"),
			},
			Evidence: genEvidence().Draw(t, "evidence"),
		}
		for i := range ns {
			r.Subjects = append(r.Subjects, gdpr.Subject{ID: "s" + strconv.Itoa(i), Children: fact.Draw(t, "children")})
		}
		for i := range nd {
			sens := basis.NewSensitiveData(rapid.SliceOfN(rapid.SampledFrom(basis.AllSpecialCategories()), 0, 2).Draw(t, "special")...)
			if rapid.Bool().Draw(t, "criminal") {
				sens = sens.WithCriminalOffence()
			}
			r.Data = append(r.Data, gdpr.DataCategory{ID: "d" + strconv.Itoa(i), Name: genText().Draw(t, "dname"),
				Kind: enumOrZero(gdpr.AllDataKinds()).Draw(t, "kind"), Sensitive: sens,
				Source:    enumOrZero(gdpr.AllSourceKinds()).Draw(t, "source"),
				Provision: enumOrZero(gdpr.AllRequirements()).Draw(t, "provision"),
				Evidence:  genEvidence().Draw(t, "evidence")})
		}
		for i := range nr {
			r.Retention = append(r.Retention, gdpr.RetentionRule{Rule: retention.Rule{ID: "r." + strconv.Itoa(i),
				Period: retention.Years(rapid.IntRange(0, 10).Draw(t, "years"))}})
		}
		for i := range na {
			a := gdpr.Activity{ID: "a-" + strconv.Itoa(i), Purpose: genText().Draw(t, "purpose"),
				Subjects:             refsTo(t, "s", ns, "subjects"),
				Data:                 refsTo(t, "d", nd, "data"),
				RecipientsExhaustive: fact.Draw(t, "exhaustive"),
				Automated: gdpr.Automated{Decisions: fact.Draw(t, "adm"),
					Exception: enumOrZero(gdpr.AllADMExceptions()).Draw(t, "exception")},
				Art14: gdpr.Art14Plan{Timing: enumOrZero(gdpr.AllNoticeTimings()).Draw(t, "timing")},
				DPIA:  gdpr.DPIA{Required: fact.Draw(t, "dpiaRequired"), Done: fact.Draw(t, "dpiaDone")},
			}
			a.Retention = refsTo(t, "r.", nr, "retention")
			for range rapid.IntRange(0, 2).Draw(t, "nGrounds") {
				a.Grounds = append(a.Grounds, gdpr.Ground{Ground: basis.Ground{Basis: enumOrZero(basis.AllBases()).Draw(t, "basis"),
					Interest: genText().Draw(t, "interest")}, Evidence: genEvidence().Draw(t, "evidence")})
			}
			if rapid.Bool().Draw(t, "marketing") {
				a.Marketing.Channels = []gdpr.MarketingUse{{Channel: rapid.SampledFrom(gdpr.AllMarketingChannels()).Draw(t, "channel"),
					Route: enumOrZero(gdpr.AllMarketingRoutes()).Draw(t, "route")}}
				a.Marketing.TPSScreened = fact.Draw(t, "tps")
			}
			if rapid.Bool().Draw(t, "device") {
				a.Devices = []gdpr.DeviceItem{{Name: genText().Draw(t, "dev"),
					Purpose:           enumOrZero(gdpr.AllStoragePurposes()).Draw(t, "purpose"),
					StrictlyNecessary: fact.Draw(t, "sn"),
					Exception:         enumOrZero(gdpr.AllStorageExceptions()).Draw(t, "exc")}}
			}
			r.Activities = append(r.Activities, a)
		}
		return r
	})
}

// TestRoundTripProperty: every well-formed register encodes, decodes to an
// equal register and re-encodes to the same bytes.
func TestRoundTripProperty(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genRegister().Draw(t, "register")
		enc, err := gdpr.Encode(r)
		if err != nil {
			t.Fatalf("Encode: %v", err)
		}
		back, err := gdpr.Decode(enc)
		if err != nil {
			t.Fatalf("Decode: %v\n%s", err, enc)
		}
		if !reflect.DeepEqual(r, back) {
			t.Fatalf("round trip (-want +got):\n%s", cmp.Diff(r, back, cmpOpts...))
		}
		again, err := gdpr.Encode(back)
		if err != nil || !bytes.Equal(enc, again) {
			t.Fatalf("re-encoding differs (%v)", err)
		}
	})
}

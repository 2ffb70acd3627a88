package gdpr_test

import (
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/rights"
)

// basisRegister is a small register that the lawful basis family finds
// nothing in: one activity on contract, with a party to it, over a name.
func basisRegister() *gdpr.Register {
	return &gdpr.Register{
		Controller: gdpr.Controller{Name: "Example Society", PublicAuthority: gdpr.No},
		Regimes:    []basis.Regime{basis.UK},
		Subjects:   []gdpr.Subject{{ID: "members", Name: "members", Children: gdpr.No}},
		Data: []gdpr.DataCategory{
			{ID: "name", Name: "name", Kind: gdpr.KindName},
		},
		Activities: []gdpr.Activity{{
			ID: "membership", Purpose: "running your membership",
			Subjects: []string{"members"}, Data: []string{"name"},
			Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, SubjectParty: gdpr.Yes}},
		}},
	}
}

// Helpers that edit the first activity.
func vbAct(r *gdpr.Register) *gdpr.Activity { return &r.Activities[0] }

func vbGrounds(gs ...gdpr.Ground) func(*gdpr.Register) {
	return func(r *gdpr.Register) { vbAct(r).Grounds = gs }
}

func vbGround(b basis.Basis) gdpr.Ground { return gdpr.Ground{Ground: basis.Ground{Basis: b}} }

func vbLI(interest string) gdpr.Ground {
	g := vbGround(basis.LegitimateInterests)
	g.Interest = interest
	pass := basis.LIATest{Reasoning: "recorded", Passed: true}
	g.LIA = basis.LIA{Made: basis.Present, Purpose: pass, Necessity: pass, Balancing: pass,
		Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	return g
}

func vbConsent() gdpr.Ground {
	g := vbGround(basis.Consent)
	g.Consent.Withdrawal = "unsubscribe link in every email"
	return g
}

// withData adds data categories to the register and names them in the
// first activity.
func vbWithData(ds ...gdpr.DataCategory) func(*gdpr.Register) {
	return func(r *gdpr.Register) {
		for _, d := range ds {
			r.Data = append(r.Data, d)
			vbAct(r).Data = append(vbAct(r).Data, d.ID)
		}
	}
}

func vbHealth() gdpr.DataCategory {
	return gdpr.DataCategory{ID: "access", Name: "access requirements", Kind: gdpr.KindHealth,
		Sensitive: basis.NewSensitiveData(basis.Health)}
}

func vbSensitive(id string, cats ...basis.SpecialCategory) gdpr.DataCategory {
	return gdpr.DataCategory{ID: id, Name: id, Sensitive: basis.NewSensitiveData(cats...)}
}

func vbCriminal() gdpr.DataCategory {
	return gdpr.DataCategory{ID: "dbs", Name: "DBS check results", Kind: gdpr.KindCriminalRecord,
		Sensitive: basis.SensitiveData{}.WithCriminalOffence()}
}

func vbSpecial(c basis.Condition, sch1 ...basis.Schedule1Condition) gdpr.SpecialJustification {
	return gdpr.SpecialJustification{SpecialCategoryJustification: basis.SpecialCategoryJustification{
		Condition: c, Schedule1: sch1, APD: basis.Present}}
}

func vbAll(edits ...func(*gdpr.Register)) func(*gdpr.Register) {
	return func(r *gdpr.Register) {
		for _, e := range edits {
			e(r)
		}
	}
}

func vbWith(f func(a *gdpr.Activity)) func(*gdpr.Register) {
	return func(r *gdpr.Register) { f(vbAct(r)) }
}

var (
	vbBefore = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	vbAfter  = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
)

func TestValidateLawfulBasis(t *testing.T) {
	eu := func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }
	tests := []struct {
		name string
		at   time.Time // zero: vbAfter
		edit func(*gdpr.Register)
		code gdpr.Code
		path string // "" with fire false: the code is nowhere
		fire bool
		// article, when set, must be part of the finding's article.
		article string
	}{
		// No basis, and a general list.
		{name: "no basis", edit: vbGrounds(), code: gdpr.CodeNoBasis, path: "activities[0].grounds", fire: true},
		{name: "no basis: a ground", code: gdpr.CodeNoBasis},
		{name: "no basis: general list instead", edit: vbAll(vbGrounds(), func(r *gdpr.Register) { r.Bases = []gdpr.Ground{vbGround(basis.Contract)} }),
			code: gdpr.CodeNoBasis},
		{name: "general list only", edit: vbAll(vbGrounds(), func(r *gdpr.Register) { r.Bases = []gdpr.Ground{vbGround(basis.Contract)} }),
			code: gdpr.CodeBasesNotMapped, path: "bases", fire: true},
		{name: "general list with mapped grounds", edit: func(r *gdpr.Register) { r.Bases = []gdpr.Ground{vbGround(basis.Contract)} },
			code: gdpr.CodeBasesNotMapped},
		{name: "general list: legitimate interests with no interest", edit: func(r *gdpr.Register) { r.Bases = []gdpr.Ground{vbLI("")} },
			code: basis.CodeInterestMissing, path: "bases[0].interest", fire: true},
		{name: "general list: legitimate interests with its interest", edit: func(r *gdpr.Register) { r.Bases = []gdpr.Ground{vbLI("running the society")} },
			code: basis.CodeInterestMissing},

		// Legitimate interests.
		{name: "legitimate interests, no interest", edit: vbGrounds(vbLI("")),
			code: basis.CodeInterestMissing, path: "activities[0].grounds[0].interest", fire: true},
		{name: "legitimate interests, no assessment", edit: vbGrounds(func() gdpr.Ground {
			g := vbLI("fraud prevention")
			g.LIA = basis.LIA{Made: basis.Absent}
			return g
		}()), code: basis.CodeLIAMissing, path: "activities[0].grounds[0].lia.made", fire: true},
		{name: "legitimate interests, assessed", edit: vbGrounds(vbLI("fraud prevention")), code: basis.CodeLIAMissing},
		{name: "public authority on legitimate interests", edit: vbAll(vbGrounds(vbLI("x")), func(r *gdpr.Register) { r.Controller.PublicAuthority = gdpr.Yes }),
			code: basis.CodeBarredForPublicAuthority, path: "activities[0].grounds[0].basis", fire: true},
		{name: "not a public authority on legitimate interests", edit: vbGrounds(vbLI("x")), code: basis.CodeBarredForPublicAuthority},

		// Recognised legitimate interests (UK from 2026-02-05).
		{name: "recognised interest under the EU regime", edit: vbAll(eu, vbGrounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}})),
			code: basis.CodeBasisNotAvailable, path: "activities[0].grounds[0].basis", fire: true},
		{name: "recognised interest before 2026-02-05", at: vbBefore, edit: vbGrounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}}),
			code: basis.CodeBasisNotAvailable, path: "activities[0].grounds[0].basis", fire: true},
		{name: "recognised interest without an Annex 1 condition", edit: vbGrounds(vbGround(basis.RecognisedLegitimateInterest)),
			code: basis.CodeRecognisedInterestMissing, path: "activities[0].grounds[0].recognised", fire: true},
		{name: "recognised interest with its condition", edit: vbGrounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}}),
			code: basis.CodeRecognisedInterestMissing},

		// A justification that is no basis.
		{name: "justification that is no basis", edit: vbGrounds(gdpr.Ground{Evidence: gdpr.Evidence{Quote: "We use your data because it is in our records."}}),
			code: gdpr.CodeNotABasis, path: "activities[0].grounds[0].basis", fire: true},
		{name: "justification that is no basis: not also basis-missing", edit: vbGrounds(gdpr.Ground{Evidence: gdpr.Evidence{Quote: "We use your data because it is in our records."}}),
			code: basis.CodeBasisMissing},
		{name: "empty ground: basis-missing", edit: vbGrounds(gdpr.Ground{}), code: basis.CodeBasisMissing, path: "activities[0].grounds[0].basis", fire: true},
		{name: "a real basis is a basis", code: gdpr.CodeNotABasis},

		// Contract.
		{name: "contract, not a party", edit: vbWith(func(a *gdpr.Activity) { a.Grounds[0].SubjectParty = gdpr.No }),
			code: gdpr.CodeContractNotParty, path: "activities[0].grounds[0].subjectParty", fire: true},
		{name: "contract, party not stated", edit: vbWith(func(a *gdpr.Activity) { a.Grounds[0].SubjectParty = gdpr.NotStated }),
			code: gdpr.CodeContractNotParty},
		{name: "contract for marketing", edit: vbWith(func(a *gdpr.Activity) {
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByEmail}}
		}), code: gdpr.CodeContractForMarketing, path: "activities[0].grounds", fire: true},
		{name: "marketing on consent", edit: vbAll(vbGrounds(vbConsent()), vbWith(func(a *gdpr.Activity) {
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByEmail, Route: gdpr.MarketingConsent}}
		})), code: gdpr.CodeContractForMarketing},

		// Vital interests.
		{name: "vital interests, not an emergency", edit: vbGrounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.VitalInterests}, Emergency: gdpr.No}),
			code: gdpr.CodeVitalInterestsRoutine, path: "activities[0].grounds[0].emergency", fire: true},
		{name: "vital interests, emergency not stated", edit: vbGrounds(vbGround(basis.VitalInterests)),
			code: gdpr.CodeVitalInterestsRoutine, path: "activities[0].grounds[0].emergency", fire: true},
		{name: "vital interests in an emergency", edit: vbGrounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.VitalInterests}, Emergency: gdpr.Yes}),
			code: gdpr.CodeVitalInterestsRoutine},

		// Consent.
		{name: "consent and another basis", edit: vbGrounds(vbConsent(), vbLI("x")),
			code: gdpr.CodeConsentAndOther, path: "activities[0].grounds", fire: true},
		{name: "consent alone", edit: vbGrounds(vbConsent()), code: gdpr.CodeConsentAndOther},
		{name: "consent with no way to withdraw", edit: vbGrounds(vbGround(basis.Consent)),
			code: basis.CodeConsentWithdrawalMissing, path: "activities[0].grounds[0].consent.withdrawal", fire: true},
		{name: "consent with a way to withdraw", edit: vbGrounds(vbConsent()), code: basis.CodeConsentWithdrawalMissing},
		{name: "consent conditional", edit: vbGrounds(func() gdpr.Ground { g := vbConsent(); g.Conditional = gdpr.Yes; return g }()),
			code: gdpr.CodeConsentConditional, path: "activities[0].grounds[0].conditional", fire: true},
		{name: "consent not conditional", edit: vbGrounds(func() gdpr.Ground { g := vbConsent(); g.Conditional = gdpr.No; return g }()),
			code: gdpr.CodeConsentConditional},

		// Reuse.
		{name: "reuse not assessed, UK from 2026-02-05", edit: vbWith(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.No} }),
			code: gdpr.CodeReuseNotAssessed, path: "activities[0].reuse.assessed", fire: true, article: "UK GDPR Art. 8A; Annex 2"},
		{name: "reuse not assessed, UK before 2026-02-05", at: vbBefore, edit: vbWith(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.No} }),
			code: gdpr.CodeReuseNotAssessed, path: "activities[0].reuse.assessed", fire: true, article: "UK GDPR Art. 6(4)"},
		{name: "reuse not assessed, EU", edit: vbAll(eu, vbWith(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events"} })),
			code: gdpr.CodeReuseNotAssessed, path: "activities[0].reuse.assessed", fire: true, article: "GDPR Art. 6(4)"},
		{name: "reuse assessed compatible", edit: vbWith(func(a *gdpr.Activity) {
			a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.Yes, Compatible: gdpr.Yes}
		}), code: gdpr.CodeReuseNotAssessed},
		{name: "reuse on consent", edit: vbAll(vbGrounds(vbConsent()), vbWith(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.No} })),
			code: gdpr.CodeReuseNotAssessed},
		{name: "reuse incompatible", edit: vbWith(func(a *gdpr.Activity) {
			a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.Yes, Compatible: gdpr.No}
		}), code: gdpr.CodeReuseIncompatible, path: "activities[0].reuse.compatible", fire: true},
		{name: "reuse compatible", edit: vbWith(func(a *gdpr.Activity) {
			a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.Yes, Compatible: gdpr.Yes}
		}), code: gdpr.CodeReuseIncompatible},
	}
	runBasisCases(t, tests)
}

type basisCase = struct {
	name    string
	at      time.Time
	edit    func(*gdpr.Register)
	code    gdpr.Code
	path    string
	fire    bool
	article string
}

func runBasisCases(t *testing.T, tests []basisCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := basisRegister()
			if tt.edit != nil {
				tt.edit(r)
			}
			at := tt.at
			if at.IsZero() {
				at = vbAfter
			}
			fs := gdpr.Validate(r, at)
			var got []gdpr.Finding
			for _, f := range fs {
				if f.Code == tt.code && (tt.path == "" || f.Path == tt.path) {
					got = append(got, f)
				}
			}
			switch {
			case tt.fire && len(got) == 0:
				t.Errorf("no %s at %q; got %v", tt.code, tt.path, vbCodesPaths(fs))
			case !tt.fire && len(got) > 0:
				t.Errorf("%s at %q fired: %v", tt.code, got[0].Path, got[0])
			case tt.article != "" && !strings.Contains(got[0].Article, tt.article):
				t.Errorf("%s article %q, want %q", tt.code, got[0].Article, tt.article)
			}
		})
	}
}

func vbCodesPaths(fs gdpr.Findings) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f.Code) + "@" + f.Path
	}
	return out
}

func TestValidateSpecialCategory(t *testing.T) {
	healthSPI := func(sch1 ...basis.Schedule1Condition) func(*gdpr.Register) {
		return vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.SubstantialPublicInterest, sch1...)}
		})
	}
	tests := []basisCase{
		// Data of a special kind not identified as such.
		{name: "health from access needs not marked", edit: vbWithData(gdpr.DataCategory{ID: "access", Name: "access requirements", Kind: gdpr.KindHealth}),
			code: gdpr.CodeSensitiveNotIdentified, path: "data[1].sensitive", fire: true},
		{name: "criminal records from DBS checks not marked", edit: vbWithData(gdpr.DataCategory{ID: "dbs", Name: "DBS checks", Kind: gdpr.KindCriminalRecord}),
			code: gdpr.CodeSensitiveNotIdentified, path: "data[1].sensitive", fire: true},
		{name: "health marked", edit: vbAll(vbWithData(vbHealth()), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		})), code: gdpr.CodeSensitiveNotIdentified},
		{name: "gender is not special category", edit: vbWithData(gdpr.DataCategory{ID: "gender", Kind: gdpr.KindGender}), code: gdpr.CodeSensitiveNotIdentified},
		{name: "gender: no Art. 9 condition asked", edit: vbWithData(gdpr.DataCategory{ID: "gender", Kind: gdpr.KindGender}), code: gdpr.CodeSpecialConditionMissing},
		{name: "date of birth is not special category", edit: vbWithData(gdpr.DataCategory{ID: "dob", Kind: gdpr.KindDateOfBirth}), code: gdpr.CodeSensitiveNotIdentified},
		{name: "date of birth: no Art. 9 condition asked", edit: vbWithData(gdpr.DataCategory{ID: "dob", Kind: gdpr.KindDateOfBirth}), code: gdpr.CodeSpecialConditionMissing},
		{name: "photos are not special category", edit: vbWithData(gdpr.DataCategory{ID: "photos", Kind: gdpr.KindPhotograph}), code: gdpr.CodeSensitiveNotIdentified},
		{name: "photos: no Art. 9 condition asked", edit: vbWithData(gdpr.DataCategory{ID: "photos", Kind: gdpr.KindPhotograph}), code: gdpr.CodeSpecialConditionMissing},
		{name: "sanctions screening is not criminal offence data", edit: vbWithData(gdpr.DataCategory{ID: "sanctions", Name: "sanctions screening results", Kind: gdpr.KindIdentifying}),
			code: gdpr.CodeSensitiveNotIdentified},
		{name: "sanctions screening: no Art. 10 justification asked", edit: vbWithData(gdpr.DataCategory{ID: "sanctions", Name: "sanctions screening results", Kind: gdpr.KindIdentifying}),
			code: gdpr.CodeCriminalConditionMissing},

		// Art. 9(2) conditions.
		{name: "no Art. 9 condition", edit: vbWithData(vbHealth()), code: gdpr.CodeSpecialConditionMissing, path: "activities[0].special", fire: true},
		{name: "no Art. 9 condition, EU", edit: vbAll(vbWithData(vbHealth()), func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }),
			code: gdpr.CodeSpecialConditionMissing, path: "activities[0].special", fire: true},
		{name: "a condition covering other data only", edit: vbAll(vbWithData(vbHealth(), vbSensitive("faith", basis.ReligiousPhilosophicalBeliefs)), vbWith(func(a *gdpr.Activity) {
			j := vbSpecial(basis.ExplicitConsent)
			j.Data = []string{"faith"}
			a.Special = []gdpr.SpecialJustification{j}
		})), code: gdpr.CodeSpecialConditionMissing, path: "activities[0].data[1]", fire: true},
		{name: "a condition covering all", edit: vbAll(vbWithData(vbHealth()), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		})), code: gdpr.CodeSpecialConditionMissing},
		{name: "explicit consent, consent not explicit", edit: vbAll(vbWithData(vbHealth()), vbGrounds(vbConsent()), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.ExplicitConsent)}
		})), code: gdpr.CodeConsentNotExplicit, path: "activities[0].special[0].condition", fire: true},
		{name: "explicit consent, explicit", edit: vbAll(vbWithData(vbHealth()), vbGrounds(func() gdpr.Ground { g := vbConsent(); g.Consent.Explicit = true; return g }()), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.ExplicitConsent)}
		})), code: gdpr.CodeConsentNotExplicit},

		// UK Schedule 1.
		{name: "substantial public interest without Sch. 1", edit: vbAll(vbWithData(vbHealth()), healthSPI()),
			code: basis.CodeSchedule1Missing, path: "activities[0].special[0].schedule1", fire: true},
		{name: "substantial public interest with Sch. 1", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Equality)),
			code: basis.CodeSchedule1Missing},
		{name: "para 8 for political opinions", edit: vbAll(vbWithData(vbSensitive("politics", basis.PoliticalOpinions)), healthSPI(basis.Sch1Equality)),
			code: gdpr.CodeSchedule1Category, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "para 8 for health", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Equality)), code: gdpr.CodeSchedule1Category},
		{name: "para 9 for health", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1SeniorDiversity)),
			code: gdpr.CodeSchedule1Category, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "para 9 for ethnic origin", edit: vbAll(vbWithData(vbSensitive("ethnicity", basis.RacialEthnicOrigin)), healthSPI(basis.Sch1SeniorDiversity)),
			code: gdpr.CodeSchedule1Category},
		{name: "para 18 for adults only", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Safeguarding)),
			code: gdpr.CodeSchedule1Purpose, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "para 18 with children", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Safeguarding), func(r *gdpr.Register) { r.Subjects[0].Children = gdpr.Yes }),
			code: gdpr.CodeSchedule1Purpose},
		{name: "policy document recorded as absent", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Equality), vbWith(func(a *gdpr.Activity) { a.Special[0].APD = basis.Absent })),
			code: basis.CodeAPDMissing, path: "activities[0].special[0].apd", fire: true},
		{name: "policy document not stated", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Equality), vbWith(func(a *gdpr.Activity) { a.Special[0].APD = basis.NotStated })),
			code: basis.CodeAPDNotEvidenced, path: "activities[0].special[0].apd", fire: true},
		{name: "policy document in place", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Equality)), code: basis.CodeAPDNotEvidenced},
		{name: "Sch. 1 under the EU regime", edit: vbAll(vbWithData(vbHealth()), healthSPI(basis.Sch1Equality), func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }),
			code: basis.CodeSchedule1NotAvailable, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "no policy document for a condition that needs none", edit: vbAll(vbWithData(vbHealth()), vbWith(func(a *gdpr.Activity) {
			j := vbSpecial(basis.HealthSocialCare, basis.Sch1HealthSocialCare)
			j.APD = basis.Absent
			a.Special = []gdpr.SpecialJustification{j}
		})), code: basis.CodeAPDMissing},
		{name: "no policy document finding without a condition relied on", edit: vbWithData(vbHealth()), code: basis.CodeAPDNotEvidenced},

		// Criminal offence data.
		{name: "criminal offence data with no condition", edit: vbWithData(vbCriminal()),
			code: gdpr.CodeCriminalConditionMissing, path: "activities[0].criminal", fire: true},
		{name: "criminal offence data under an Art. 9 condition", edit: vbAll(vbWithData(vbCriminal()), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.ExplicitConsent)}
		})), code: gdpr.CodeCriminalConditionMissing, path: "activities[0].criminal", fire: true},
		{name: "criminal offence data on a law, UK", edit: vbAll(vbWithData(vbCriminal()), vbWith(func(a *gdpr.Activity) {
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: basis.CriminalOffenceJustification{Law: "Police Act 1997"}}}
		})), code: basis.CodeCriminalAuthorityMissing, path: "activities[0].criminal[0].schedule1", fire: true},
		{name: "criminal offence data on Sch. 1 consent", edit: vbAll(vbWithData(vbCriminal()), vbWith(func(a *gdpr.Activity) {
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: basis.CriminalOffenceJustification{Schedule1: []basis.Schedule1Condition{basis.Sch1Consent}}}}
		})), code: gdpr.CodeCriminalConditionMissing},
	}
	runBasisCases(t, tests)
}

func TestValidateChildrenADMAndDPIA(t *testing.T) {
	eu := func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }
	solely := func(e gdpr.ADMException, safeguards ...string) func(*gdpr.Register) {
		return vbWith(func(a *gdpr.Activity) {
			a.Automated = gdpr.Automated{Decisions: gdpr.Yes, Exception: e, Safeguards: safeguards}
			a.DPIA.Done = gdpr.Yes
		})
	}
	childConsent := func(age int) func(*gdpr.Register) {
		g := vbConsent()
		g.Consent.OfferedToChildren, g.Consent.ParentalConsentBelow = true, age
		return vbGrounds(g)
	}
	tests := []basisCase{
		// Age of digital consent.
		{name: "parental consent below 13, UK", edit: childConsent(12),
			code: basis.CodeParentalAgeTooLow, path: "activities[0].grounds[0].consent.parentalConsentBelow", fire: true},
		{name: "parental consent below 13, EU (16)", edit: vbAll(eu, childConsent(13)),
			code: basis.CodeParentalAgeTooLow, path: "activities[0].grounds[0].consent.parentalConsentBelow", fire: true},
		{name: "parental consent age above the threshold", edit: childConsent(16), code: basis.CodeParentalAgeTooLow},

		// Information for children.
		{name: "children likely, no child notice", edit: func(r *gdpr.Register) { r.Subjects[0].Children = gdpr.Yes },
			code: gdpr.CodeChildNoticeNotEvidenced, path: "activities[0].children.childFriendlyNotice", fire: true},
		{name: "activity involves children", edit: vbWith(func(a *gdpr.Activity) { a.Children.Involved = gdpr.Yes }),
			code: gdpr.CodeChildNoticeNotEvidenced, path: "activities[0].children.childFriendlyNotice", fire: true},
		{name: "children likely, child notice", edit: vbAll(func(r *gdpr.Register) { r.Subjects[0].Children = gdpr.Yes },
			vbWith(func(a *gdpr.Activity) { a.Children.ChildFriendlyNotice = gdpr.Yes })), code: gdpr.CodeChildNoticeNotEvidenced},
		{name: "no children", code: gdpr.CodeChildNoticeNotEvidenced},

		// Automated decisions: EU, and UK before 2026-02-05.
		{name: "ADM with no exception, EU", edit: vbAll(eu, solely(0, "human review")),
			code: gdpr.CodeADMExceptionMissing, path: "activities[0].automated.exception", fire: true},
		{name: "ADM with no exception, UK before 2026-02-05", at: vbBefore, edit: solely(0, "human review"),
			code: gdpr.CodeADMExceptionMissing, path: "activities[0].automated.exception", fire: true},
		{name: "ADM with no exception, UK from 2026-02-05", edit: solely(0, "human review"), code: gdpr.CodeADMExceptionMissing},
		{name: "ADM on contract, EU", edit: vbAll(eu, solely(gdpr.ADMContract, "human review")), code: gdpr.CodeADMExceptionMissing},
		{name: "ADM with no safeguards, EU", edit: vbAll(eu, solely(gdpr.ADMContract)),
			code: gdpr.CodeADMSafeguardsMissing, path: "activities[0].automated.safeguards", fire: true, article: "GDPR Art. 22(3)"},
		{name: "ADM with no safeguards, UK from 2026-02-05", edit: solely(0),
			code: gdpr.CodeADMSafeguardsMissing, path: "activities[0].automated.safeguards", fire: true, article: "UK GDPR Art. 22C"},
		{name: "ADM with safeguards", edit: vbAll(eu, solely(gdpr.ADMContract, "human review")), code: gdpr.CodeADMSafeguardsMissing},
		{name: "ADM on explicit consent, consent not explicit, EU", edit: vbAll(eu, vbGrounds(vbConsent()), solely(gdpr.ADMExplicitConsent, "human review")),
			code: gdpr.CodeConsentNotExplicit, path: "activities[0].automated.exception", fire: true},
		{name: "ADM on special category data, EU", edit: vbAll(eu, vbWithData(vbHealth()), solely(gdpr.ADMContract, "human review"), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.HealthSocialCare)}
		})), code: rights.ReasonSpecialCategoryADM, path: "activities[0].automated", fire: true},
		{name: "ADM on special category data, UK from 2026-02-05", edit: vbAll(vbWithData(vbHealth()), solely(0, "human review"), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		})), code: rights.ReasonSpecialCategoryADM, path: "activities[0].automated", fire: true},
		{name: "ADM on explicitly consented special category data", edit: vbAll(eu, vbWithData(vbHealth()), solely(gdpr.ADMContract, "human review"), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.ExplicitConsent)}
		})), code: rights.ReasonSpecialCategoryADM},
		{name: "ADM on a recognised legitimate interest, UK", edit: vbAll(vbGrounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}}), solely(0, "human review")),
			code: rights.ReasonArt22BProhibited, path: "activities[0].grounds[0].basis", fire: true},
		{name: "profiling with a human involved", edit: vbAll(eu, vbWith(func(a *gdpr.Activity) {
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeADMExceptionMissing},
		{name: "profiling with a human involved, decisions recorded", edit: vbAll(eu, solely(0), vbWith(func(a *gdpr.Activity) {
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeADMExceptionMissing},
		{name: "profiling with a human involved: no safeguards asked", edit: vbAll(eu, solely(0), vbWith(func(a *gdpr.Activity) {
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeADMSafeguardsMissing},
		{name: "profiling with a human involved: no DPIA asked", edit: vbAll(eu, vbWith(func(a *gdpr.Activity) {
			a.Automated.Decisions = gdpr.Yes
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeDPIANotEvidenced},

		// DPIA.
		{name: "ADM with DPIA recorded as not done", edit: vbAll(solely(gdpr.ADMContract, "review"), vbWith(func(a *gdpr.Activity) { a.DPIA.Done = gdpr.No })),
			code: gdpr.CodeDPIAMissing, path: "activities[0].dpia.done", fire: true},
		{name: "ADM with no DPIA recorded", edit: vbAll(solely(gdpr.ADMContract, "review"), vbWith(func(a *gdpr.Activity) { a.DPIA.Done = gdpr.NotStated })),
			code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "ADM with a DPIA", edit: solely(gdpr.ADMContract, "review"), code: gdpr.CodeDPIANotEvidenced},
		{name: "large-scale special category data", edit: vbAll(vbWithData(vbHealth()), func(r *gdpr.Register) {
			r.Controller.DPO.LargeScaleSensitive = gdpr.Yes
			vbAct(r).Special = []gdpr.SpecialJustification{vbSpecial(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		}), code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "public monitoring, DPIA not done", edit: vbWith(func(a *gdpr.Activity) { a.PublicMonitoring = gdpr.Yes; a.DPIA.Done = gdpr.No }),
			code: gdpr.CodeDPIAMissing, path: "activities[0].dpia.done", fire: true},
		{name: "recorded as high risk, DPIA not done", edit: vbWith(func(a *gdpr.Activity) { a.DPIA = gdpr.DPIA{Required: gdpr.Yes, Done: gdpr.No} }),
			code: gdpr.CodeDPIAMissing, path: "activities[0].dpia.done", fire: true},
		{name: "ICO list: biometric data", edit: vbAll(vbWithData(vbSensitive("face", basis.Biometric)), vbWith(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.ExplicitConsent)}
		})), code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "ICO list: marketing to children", edit: vbWith(func(a *gdpr.Activity) {
			a.Children.Involved = gdpr.Yes
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByPost}}
		}), code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "ordinary processing needs no DPIA", code: gdpr.CodeDPIANotEvidenced},
		{name: "ordinary processing: no DPIA missing", code: gdpr.CodeDPIAMissing},
	}
	runBasisCases(t, tests)
}

// TestValidateLawfulBasisClean: the base register gives no finding of
// this family.
func TestValidateLawfulBasisClean(t *testing.T) {
	for _, at := range []time.Time{vbBefore, vbAfter} {
		for _, rg := range []basis.Regime{basis.UK, basis.EU} {
			r := basisRegister()
			r.Regimes = []basis.Regime{rg}
			if fs := gdpr.Validate(r, at); len(fs) > 0 {
				for _, f := range fs {
					if strings.HasPrefix(string(f.Code), "basis/") || isBasisFamily(f.Code) {
						t.Errorf("%s %s: %s at %s", rg, at.Format(time.DateOnly), f.Code, f.Path)
					}
				}
			}
		}
	}
}

func isBasisFamily(c gdpr.Code) bool {
	switch c {
	case gdpr.CodeNoBasis, gdpr.CodeBasesNotMapped, gdpr.CodeNotABasis, gdpr.CodeContractNotParty,
		gdpr.CodeContractForMarketing, gdpr.CodeVitalInterestsRoutine, gdpr.CodeConsentAndOther,
		gdpr.CodeConsentConditional, gdpr.CodeReuseNotAssessed, gdpr.CodeReuseIncompatible,
		gdpr.CodeSensitiveNotIdentified, gdpr.CodeSpecialConditionMissing, gdpr.CodeConsentNotExplicit,
		gdpr.CodeSchedule1Category, gdpr.CodeSchedule1Purpose, gdpr.CodeCriminalConditionMissing,
		gdpr.CodeChildNoticeNotEvidenced, gdpr.CodeADMExceptionMissing, gdpr.CodeADMSafeguardsMissing,
		gdpr.CodeDPIAMissing, gdpr.CodeDPIANotEvidenced:
		return true
	}
	return false
}

// basisBenchRegister returns a register of n activities that the lawful
// basis family finds nothing in, using grounds of every kind, special
// category and criminal offence data with their conditions, and
// automated decisions with their safeguards.
func basisBenchRegister(n int, rg basis.Regime) *gdpr.Register {
	r := basisRegister()
	r.Regimes = []basis.Regime{rg}
	crim := basis.CriminalOffenceJustification{Schedule1: []basis.Schedule1Condition{basis.Sch1Consent}}
	if rg == basis.EU {
		crim = basis.CriminalOffenceJustification{Law: "a Member State law"}
	}
	r.Data = append(r.Data, vbHealth(), vbCriminal(), gdpr.DataCategory{ID: "email", Kind: gdpr.KindEmailAddress})
	explicit := vbConsent()
	explicit.Consent.Explicit = true
	a0 := r.Activities[0]
	r.Activities = r.Activities[:0]
	for i := range n {
		a := a0
		a.ID = "a" + string(rune('a'+i%26))
		a.Data = []string{"name", "email"}
		switch i % 5 {
		case 0:
			a.Grounds = []gdpr.Ground{vbLI("running the society")}
		case 1:
			a.Grounds = []gdpr.Ground{explicit}
			a.Data = []string{"name", "access"}
			a.Special = []gdpr.SpecialJustification{vbSpecial(basis.ExplicitConsent)}
		case 2:
			a.Data = []string{"name", "dbs"}
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: crim}}
		case 3:
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.LegalObligation, Law: "Charities Act 2011"}}}
			a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.Yes, Compatible: gdpr.Yes}
		case 4:
			a.Automated = gdpr.Automated{Decisions: gdpr.Yes, Exception: gdpr.ADMContract, Safeguards: []string{"human review"}}
			a.DPIA.Done = gdpr.Yes
		}
		r.Activities = append(r.Activities, a)
	}
	return r
}

// TestValidateLawfulBasisAllocs: the family allocates nothing per
// activity when it finds nothing.
func TestValidateLawfulBasisAllocs(t *testing.T) {
	for _, rg := range []basis.Regime{basis.UK, basis.EU} {
		small, large := basisBenchRegister(10, rg), basisBenchRegister(1000, rg)
		// The register is clean for this family; the other families
		// (transparency asks for recipients, for instance) may speak.
		var fs gdpr.Findings
		for _, f := range gdpr.Validate(large, vbAfter) {
			if isBasisFamily(f.Code) || strings.HasPrefix(string(f.Code), "basis/") {
				fs = append(fs, f)
			}
		}
		if len(fs) > 0 {
			t.Fatalf("%s: %d findings in the clean register: %v", rg, len(fs), vbCodesPaths(fs[:1]))
		}
		// Allocations come only from findings (their paths, messages and
		// the growing list), never from an activity in which nothing is
		// found: at most four per finding beyond the small register's.
		ns, nl := len(gdpr.Validate(small, vbAfter)), len(gdpr.Validate(large, vbAfter))
		s := testing.AllocsPerRun(20, func() { gdpr.Validate(small, vbAfter) })
		l := testing.AllocsPerRun(20, func() { gdpr.Validate(large, vbAfter) })
		if l-s > 4*float64(nl-ns) {
			t.Errorf("%s: %v allocations for 1,000 activities (%d findings), %v for 10 (%d findings)", rg, l, nl, s, ns)
		}
	}
}

func BenchmarkValidateLawfulBasis(b *testing.B) {
	r := basisBenchRegister(1000, basis.UK)
	b.ReportAllocs()
	for b.Loop() {
		gdpr.Validate(r, vbAfter)
	}
}

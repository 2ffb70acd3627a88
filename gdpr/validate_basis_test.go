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
func act(r *gdpr.Register) *gdpr.Activity { return &r.Activities[0] }

func grounds(gs ...gdpr.Ground) func(*gdpr.Register) {
	return func(r *gdpr.Register) { act(r).Grounds = gs }
}

func ground(b basis.Basis) gdpr.Ground { return gdpr.Ground{Ground: basis.Ground{Basis: b}} }

func li(interest string) gdpr.Ground {
	g := ground(basis.LegitimateInterests)
	g.Interest = interest
	pass := basis.LIATest{Reasoning: "recorded", Passed: true}
	g.LIA = basis.LIA{Made: basis.Present, Purpose: pass, Necessity: pass, Balancing: pass,
		Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	return g
}

func consent() gdpr.Ground {
	g := ground(basis.Consent)
	g.Consent.Withdrawal = "unsubscribe link in every email"
	return g
}

// withData adds data categories to the register and names them in the
// first activity.
func withData(ds ...gdpr.DataCategory) func(*gdpr.Register) {
	return func(r *gdpr.Register) {
		for _, d := range ds {
			r.Data = append(r.Data, d)
			act(r).Data = append(act(r).Data, d.ID)
		}
	}
}

func health() gdpr.DataCategory {
	return gdpr.DataCategory{ID: "access", Name: "access requirements", Kind: gdpr.KindHealth,
		Sensitive: basis.NewSensitiveData(basis.Health)}
}

func sensitive(id string, cats ...basis.SpecialCategory) gdpr.DataCategory {
	return gdpr.DataCategory{ID: id, Name: id, Sensitive: basis.NewSensitiveData(cats...)}
}

func criminalData() gdpr.DataCategory {
	return gdpr.DataCategory{ID: "dbs", Name: "DBS check results", Kind: gdpr.KindCriminalRecord,
		Sensitive: basis.SensitiveData{}.WithCriminalOffence()}
}

func special(c basis.Condition, sch1 ...basis.Schedule1Condition) gdpr.SpecialJustification {
	return gdpr.SpecialJustification{SpecialCategoryJustification: basis.SpecialCategoryJustification{
		Condition: c, Schedule1: sch1, APD: basis.Present}}
}

func all(edits ...func(*gdpr.Register)) func(*gdpr.Register) {
	return func(r *gdpr.Register) {
		for _, e := range edits {
			e(r)
		}
	}
}

func with(f func(a *gdpr.Activity)) func(*gdpr.Register) {
	return func(r *gdpr.Register) { f(act(r)) }
}

var (
	beforeDUAA = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)
	afterDUAA  = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
)

func TestValidateLawfulBasis(t *testing.T) {
	eu := func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }
	tests := []struct {
		name string
		at   time.Time // zero: afterDUAA
		edit func(*gdpr.Register)
		code gdpr.Code
		path string // "" with fire false: the code is nowhere
		fire bool
		// article, when set, must be part of the finding's article.
		article string
	}{
		// No basis, and a general list.
		{name: "no basis", edit: grounds(), code: gdpr.CodeNoBasis, path: "activities[0].grounds", fire: true},
		{name: "no basis: a ground", code: gdpr.CodeNoBasis},
		{name: "no basis: general list instead", edit: all(grounds(), func(r *gdpr.Register) { r.Bases = []gdpr.Ground{ground(basis.Contract)} }),
			code: gdpr.CodeNoBasis},
		{name: "general list only", edit: all(grounds(), func(r *gdpr.Register) { r.Bases = []gdpr.Ground{ground(basis.Contract)} }),
			code: gdpr.CodeBasesNotMapped, path: "bases", fire: true},
		{name: "general list with mapped grounds", edit: func(r *gdpr.Register) { r.Bases = []gdpr.Ground{ground(basis.Contract)} },
			code: gdpr.CodeBasesNotMapped},
		{name: "general list: legitimate interests with no interest", edit: func(r *gdpr.Register) { r.Bases = []gdpr.Ground{li("")} },
			code: basis.CodeInterestMissing, path: "bases[0].interest", fire: true},
		{name: "general list: legitimate interests with its interest", edit: func(r *gdpr.Register) { r.Bases = []gdpr.Ground{li("running the society")} },
			code: basis.CodeInterestMissing},

		// Legitimate interests.
		{name: "legitimate interests, no interest", edit: grounds(li("")),
			code: basis.CodeInterestMissing, path: "activities[0].grounds[0].interest", fire: true},
		{name: "legitimate interests, no assessment", edit: grounds(func() gdpr.Ground {
			g := li("fraud prevention")
			g.LIA = basis.LIA{Made: basis.Absent}
			return g
		}()), code: basis.CodeLIAMissing, path: "activities[0].grounds[0].lia.made", fire: true},
		{name: "legitimate interests, assessed", edit: grounds(li("fraud prevention")), code: basis.CodeLIAMissing},
		{name: "public authority on legitimate interests", edit: all(grounds(li("x")), func(r *gdpr.Register) { r.Controller.PublicAuthority = gdpr.Yes }),
			code: basis.CodeBarredForPublicAuthority, path: "activities[0].grounds[0].basis", fire: true},
		{name: "not a public authority on legitimate interests", edit: grounds(li("x")), code: basis.CodeBarredForPublicAuthority},

		// Recognised legitimate interests (UK from 2026-02-05).
		{name: "recognised interest under the EU regime", edit: all(eu, grounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}})),
			code: basis.CodeBasisNotAvailable, path: "activities[0].grounds[0].basis", fire: true},
		{name: "recognised interest before 2026-02-05", at: beforeDUAA, edit: grounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}}),
			code: basis.CodeBasisNotAvailable, path: "activities[0].grounds[0].basis", fire: true},
		{name: "recognised interest without an Annex 1 condition", edit: grounds(ground(basis.RecognisedLegitimateInterest)),
			code: basis.CodeRecognisedInterestMissing, path: "activities[0].grounds[0].recognised", fire: true},
		{name: "recognised interest with its condition", edit: grounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}}),
			code: basis.CodeRecognisedInterestMissing},

		// A justification that is no basis.
		{name: "justification that is no basis", edit: grounds(gdpr.Ground{Evidence: gdpr.Evidence{Quote: "We use your data because it is in our records."}}),
			code: gdpr.CodeNotABasis, path: "activities[0].grounds[0].basis", fire: true},
		{name: "justification that is no basis: not also basis-missing", edit: grounds(gdpr.Ground{Evidence: gdpr.Evidence{Quote: "We use your data because it is in our records."}}),
			code: basis.CodeBasisMissing},
		{name: "empty ground: basis-missing", edit: grounds(gdpr.Ground{}), code: basis.CodeBasisMissing, path: "activities[0].grounds[0].basis", fire: true},
		{name: "a real basis is a basis", code: gdpr.CodeNotABasis},

		// Contract.
		{name: "contract, not a party", edit: with(func(a *gdpr.Activity) { a.Grounds[0].SubjectParty = gdpr.No }),
			code: gdpr.CodeContractNotParty, path: "activities[0].grounds[0].subjectParty", fire: true},
		{name: "contract, party not stated", edit: with(func(a *gdpr.Activity) { a.Grounds[0].SubjectParty = gdpr.NotStated }),
			code: gdpr.CodeContractNotParty},
		{name: "contract for marketing", edit: with(func(a *gdpr.Activity) {
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByEmail}}
		}), code: gdpr.CodeContractForMarketing, path: "activities[0].grounds", fire: true},
		{name: "marketing on consent", edit: all(grounds(consent()), with(func(a *gdpr.Activity) {
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByEmail, Route: gdpr.MarketingConsent}}
		})), code: gdpr.CodeContractForMarketing},

		// Vital interests.
		{name: "vital interests, not an emergency", edit: grounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.VitalInterests}, Emergency: gdpr.No}),
			code: gdpr.CodeVitalInterestsRoutine, path: "activities[0].grounds[0].emergency", fire: true},
		{name: "vital interests, emergency not stated", edit: grounds(ground(basis.VitalInterests)),
			code: gdpr.CodeVitalInterestsRoutine, path: "activities[0].grounds[0].emergency", fire: true},
		{name: "vital interests in an emergency", edit: grounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.VitalInterests}, Emergency: gdpr.Yes}),
			code: gdpr.CodeVitalInterestsRoutine},

		// Consent.
		{name: "consent and another basis", edit: grounds(consent(), li("x")),
			code: gdpr.CodeConsentAndOther, path: "activities[0].grounds", fire: true},
		{name: "consent alone", edit: grounds(consent()), code: gdpr.CodeConsentAndOther},
		{name: "consent with no way to withdraw", edit: grounds(ground(basis.Consent)),
			code: basis.CodeConsentWithdrawalMissing, path: "activities[0].grounds[0].consent.withdrawal", fire: true},
		{name: "consent with a way to withdraw", edit: grounds(consent()), code: basis.CodeConsentWithdrawalMissing},
		{name: "consent conditional", edit: grounds(func() gdpr.Ground { g := consent(); g.Conditional = gdpr.Yes; return g }()),
			code: gdpr.CodeConsentConditional, path: "activities[0].grounds[0].conditional", fire: true},
		{name: "consent not conditional", edit: grounds(func() gdpr.Ground { g := consent(); g.Conditional = gdpr.No; return g }()),
			code: gdpr.CodeConsentConditional},

		// Reuse.
		{name: "reuse not assessed, UK from 2026-02-05", edit: with(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.No} }),
			code: gdpr.CodeReuseNotAssessed, path: "activities[0].reuse.assessed", fire: true, article: "UK GDPR Art. 8A; Annex 2"},
		{name: "reuse not assessed, UK before 2026-02-05", at: beforeDUAA, edit: with(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.No} }),
			code: gdpr.CodeReuseNotAssessed, path: "activities[0].reuse.assessed", fire: true, article: "UK GDPR Art. 6(4)"},
		{name: "reuse not assessed, EU", edit: all(eu, with(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events"} })),
			code: gdpr.CodeReuseNotAssessed, path: "activities[0].reuse.assessed", fire: true, article: "GDPR Art. 6(4)"},
		{name: "reuse assessed compatible", edit: with(func(a *gdpr.Activity) {
			a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.Yes, Compatible: gdpr.Yes}
		}), code: gdpr.CodeReuseNotAssessed},
		{name: "reuse on consent", edit: all(grounds(consent()), with(func(a *gdpr.Activity) { a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.No} })),
			code: gdpr.CodeReuseNotAssessed},
		{name: "reuse incompatible", edit: with(func(a *gdpr.Activity) {
			a.Reuse = gdpr.Reuse{From: "events", Assessed: gdpr.Yes, Compatible: gdpr.No}
		}), code: gdpr.CodeReuseIncompatible, path: "activities[0].reuse.compatible", fire: true},
		{name: "reuse compatible", edit: with(func(a *gdpr.Activity) {
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
				at = afterDUAA
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
				t.Errorf("no %s at %q; got %v", tt.code, tt.path, codesPaths(fs))
			case !tt.fire && len(got) > 0:
				t.Errorf("%s at %q fired: %v", tt.code, got[0].Path, got[0])
			case tt.article != "" && !strings.Contains(got[0].Article, tt.article):
				t.Errorf("%s article %q, want %q", tt.code, got[0].Article, tt.article)
			}
		})
	}
}

func codesPaths(fs gdpr.Findings) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f.Code) + "@" + f.Path
	}
	return out
}

func TestValidateSpecialCategory(t *testing.T) {
	healthSPI := func(sch1 ...basis.Schedule1Condition) func(*gdpr.Register) {
		return with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.SubstantialPublicInterest, sch1...)}
		})
	}
	tests := []basisCase{
		// Data of a special kind not identified as such.
		{name: "health from access needs not marked", edit: withData(gdpr.DataCategory{ID: "access", Name: "access requirements", Kind: gdpr.KindHealth}),
			code: gdpr.CodeSensitiveNotIdentified, path: "data[1].sensitive", fire: true},
		{name: "criminal records from DBS checks not marked", edit: withData(gdpr.DataCategory{ID: "dbs", Name: "DBS checks", Kind: gdpr.KindCriminalRecord}),
			code: gdpr.CodeSensitiveNotIdentified, path: "data[1].sensitive", fire: true},
		{name: "health marked", edit: all(withData(health()), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		})), code: gdpr.CodeSensitiveNotIdentified},
		{name: "gender is not special category", edit: withData(gdpr.DataCategory{ID: "gender", Kind: gdpr.KindGender}), code: gdpr.CodeSensitiveNotIdentified},
		{name: "gender: no Art. 9 condition asked", edit: withData(gdpr.DataCategory{ID: "gender", Kind: gdpr.KindGender}), code: gdpr.CodeSpecialConditionMissing},
		{name: "date of birth is not special category", edit: withData(gdpr.DataCategory{ID: "dob", Kind: gdpr.KindDateOfBirth}), code: gdpr.CodeSensitiveNotIdentified},
		{name: "date of birth: no Art. 9 condition asked", edit: withData(gdpr.DataCategory{ID: "dob", Kind: gdpr.KindDateOfBirth}), code: gdpr.CodeSpecialConditionMissing},
		{name: "photos are not special category", edit: withData(gdpr.DataCategory{ID: "photos", Kind: gdpr.KindPhotograph}), code: gdpr.CodeSensitiveNotIdentified},
		{name: "photos: no Art. 9 condition asked", edit: withData(gdpr.DataCategory{ID: "photos", Kind: gdpr.KindPhotograph}), code: gdpr.CodeSpecialConditionMissing},
		{name: "sanctions screening is not criminal offence data", edit: withData(gdpr.DataCategory{ID: "sanctions", Name: "sanctions screening results", Kind: gdpr.KindIdentifying}),
			code: gdpr.CodeSensitiveNotIdentified},
		{name: "sanctions screening: no Art. 10 justification asked", edit: withData(gdpr.DataCategory{ID: "sanctions", Name: "sanctions screening results", Kind: gdpr.KindIdentifying}),
			code: gdpr.CodeCriminalConditionMissing},

		// Art. 9(2) conditions.
		{name: "no Art. 9 condition", edit: withData(health()), code: gdpr.CodeSpecialConditionMissing, path: "activities[0].special", fire: true},
		{name: "no Art. 9 condition, EU", edit: all(withData(health()), func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }),
			code: gdpr.CodeSpecialConditionMissing, path: "activities[0].special", fire: true},
		{name: "a condition covering other data only", edit: all(withData(health(), sensitive("faith", basis.ReligiousPhilosophicalBeliefs)), with(func(a *gdpr.Activity) {
			j := special(basis.ExplicitConsent)
			j.Data = []string{"faith"}
			a.Special = []gdpr.SpecialJustification{j}
		})), code: gdpr.CodeSpecialConditionMissing, path: "activities[0].data[1]", fire: true},
		{name: "a condition covering all", edit: all(withData(health()), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		})), code: gdpr.CodeSpecialConditionMissing},
		{name: "explicit consent, consent not explicit", edit: all(withData(health()), grounds(consent()), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.ExplicitConsent)}
		})), code: gdpr.CodeConsentNotExplicit, path: "activities[0].special[0].condition", fire: true},
		{name: "explicit consent, explicit", edit: all(withData(health()), grounds(func() gdpr.Ground { g := consent(); g.Consent.Explicit = true; return g }()), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.ExplicitConsent)}
		})), code: gdpr.CodeConsentNotExplicit},

		// UK Schedule 1.
		{name: "substantial public interest without Sch. 1", edit: all(withData(health()), healthSPI()),
			code: basis.CodeSchedule1Missing, path: "activities[0].special[0].schedule1", fire: true},
		{name: "substantial public interest with Sch. 1", edit: all(withData(health()), healthSPI(basis.Sch1Equality)),
			code: basis.CodeSchedule1Missing},
		{name: "para 8 for political opinions", edit: all(withData(sensitive("politics", basis.PoliticalOpinions)), healthSPI(basis.Sch1Equality)),
			code: gdpr.CodeSchedule1Category, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "para 8 for health", edit: all(withData(health()), healthSPI(basis.Sch1Equality)), code: gdpr.CodeSchedule1Category},
		{name: "para 9 for health", edit: all(withData(health()), healthSPI(basis.Sch1SeniorDiversity)),
			code: gdpr.CodeSchedule1Category, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "para 9 for ethnic origin", edit: all(withData(sensitive("ethnicity", basis.RacialEthnicOrigin)), healthSPI(basis.Sch1SeniorDiversity)),
			code: gdpr.CodeSchedule1Category},
		{name: "para 18 for adults only", edit: all(withData(health()), healthSPI(basis.Sch1Safeguarding)),
			code: gdpr.CodeSchedule1Purpose, path: "activities[0].special[0].schedule1[0]", fire: true},
		{name: "para 18 with children", edit: all(withData(health()), healthSPI(basis.Sch1Safeguarding), func(r *gdpr.Register) { r.Subjects[0].Children = gdpr.Yes }),
			code: gdpr.CodeSchedule1Purpose},
		{name: "policy document recorded as absent", edit: all(withData(health()), healthSPI(basis.Sch1Equality), with(func(a *gdpr.Activity) { a.Special[0].APD = basis.Absent })),
			code: basis.CodeAPDMissing, path: "activities[0].special[0].apd", fire: true},
		{name: "no policy document for a condition that needs none", edit: all(withData(health()), with(func(a *gdpr.Activity) {
			j := special(basis.HealthSocialCare, basis.Sch1HealthSocialCare)
			j.APD = basis.Absent
			a.Special = []gdpr.SpecialJustification{j}
		})), code: basis.CodeAPDMissing},
		{name: "no policy document finding without a condition relied on", edit: withData(health()), code: basis.CodeAPDNotEvidenced},

		// Criminal offence data.
		{name: "criminal offence data with no condition", edit: withData(criminalData()),
			code: gdpr.CodeCriminalConditionMissing, path: "activities[0].criminal", fire: true},
		{name: "criminal offence data under an Art. 9 condition", edit: all(withData(criminalData()), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.ExplicitConsent)}
		})), code: gdpr.CodeCriminalConditionMissing, path: "activities[0].criminal", fire: true},
		{name: "criminal offence data on a law, UK", edit: all(withData(criminalData()), with(func(a *gdpr.Activity) {
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: basis.CriminalOffenceJustification{Law: "Police Act 1997"}}}
		})), code: basis.CodeCriminalAuthorityMissing, path: "activities[0].criminal[0].schedule1", fire: true},
		{name: "criminal offence data on Sch. 1 consent", edit: all(withData(criminalData()), with(func(a *gdpr.Activity) {
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: basis.CriminalOffenceJustification{Schedule1: []basis.Schedule1Condition{basis.Sch1Consent}}}}
		})), code: gdpr.CodeCriminalConditionMissing},
	}
	runBasisCases(t, tests)
}

func TestValidateChildrenADMAndDPIA(t *testing.T) {
	eu := func(r *gdpr.Register) { r.Regimes = []basis.Regime{basis.EU} }
	solely := func(e gdpr.ADMException, safeguards ...string) func(*gdpr.Register) {
		return with(func(a *gdpr.Activity) {
			a.Automated = gdpr.Automated{Decisions: gdpr.Yes, Exception: e, Safeguards: safeguards}
			a.DPIA.Done = gdpr.Yes
		})
	}
	childConsent := func(age int) func(*gdpr.Register) {
		g := consent()
		g.Consent.OfferedToChildren, g.Consent.ParentalConsentBelow = true, age
		return grounds(g)
	}
	tests := []basisCase{
		// Age of digital consent.
		{name: "parental consent below 13, UK", edit: childConsent(12),
			code: basis.CodeParentalAgeTooLow, path: "activities[0].grounds[0].consent.parentalConsentBelow", fire: true},
		{name: "parental consent below 13, EU (16)", edit: all(eu, childConsent(13)),
			code: basis.CodeParentalAgeTooLow, path: "activities[0].grounds[0].consent.parentalConsentBelow", fire: true},
		{name: "parental consent age above the threshold", edit: childConsent(16), code: basis.CodeParentalAgeTooLow},

		// Information for children.
		{name: "children likely, no child notice", edit: func(r *gdpr.Register) { r.Subjects[0].Children = gdpr.Yes },
			code: gdpr.CodeChildNoticeNotEvidenced, path: "activities[0].children.childFriendlyNotice", fire: true},
		{name: "activity involves children", edit: with(func(a *gdpr.Activity) { a.Children.Involved = gdpr.Yes }),
			code: gdpr.CodeChildNoticeNotEvidenced, path: "activities[0].children.childFriendlyNotice", fire: true},
		{name: "children likely, child notice", edit: all(func(r *gdpr.Register) { r.Subjects[0].Children = gdpr.Yes },
			with(func(a *gdpr.Activity) { a.Children.ChildFriendlyNotice = gdpr.Yes })), code: gdpr.CodeChildNoticeNotEvidenced},
		{name: "no children", code: gdpr.CodeChildNoticeNotEvidenced},

		// Automated decisions: EU, and UK before 2026-02-05.
		{name: "ADM with no exception, EU", edit: all(eu, solely(0, "human review")),
			code: gdpr.CodeADMExceptionMissing, path: "activities[0].automated.exception", fire: true},
		{name: "ADM with no exception, UK before 2026-02-05", at: beforeDUAA, edit: solely(0, "human review"),
			code: gdpr.CodeADMExceptionMissing, path: "activities[0].automated.exception", fire: true},
		{name: "ADM with no exception, UK from 2026-02-05", edit: solely(0, "human review"), code: gdpr.CodeADMExceptionMissing},
		{name: "ADM on contract, EU", edit: all(eu, solely(gdpr.ADMContract, "human review")), code: gdpr.CodeADMExceptionMissing},
		{name: "ADM with no safeguards, EU", edit: all(eu, solely(gdpr.ADMContract)),
			code: gdpr.CodeADMSafeguardsMissing, path: "activities[0].automated.safeguards", fire: true, article: "GDPR Art. 22(3)"},
		{name: "ADM with no safeguards, UK from 2026-02-05", edit: solely(0),
			code: gdpr.CodeADMSafeguardsMissing, path: "activities[0].automated.safeguards", fire: true, article: "UK GDPR Art. 22C"},
		{name: "ADM with safeguards", edit: all(eu, solely(gdpr.ADMContract, "human review")), code: gdpr.CodeADMSafeguardsMissing},
		{name: "ADM on explicit consent, consent not explicit, EU", edit: all(eu, grounds(consent()), solely(gdpr.ADMExplicitConsent, "human review")),
			code: gdpr.CodeConsentNotExplicit, path: "activities[0].automated.exception", fire: true},
		{name: "ADM on special category data, EU", edit: all(eu, withData(health()), solely(gdpr.ADMContract, "human review"), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.HealthSocialCare)}
		})), code: rights.ReasonSpecialCategoryADM, path: "activities[0].automated", fire: true},
		{name: "ADM on special category data, UK from 2026-02-05", edit: all(withData(health()), solely(0, "human review"), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		})), code: rights.ReasonSpecialCategoryADM, path: "activities[0].automated", fire: true},
		{name: "ADM on explicitly consented special category data", edit: all(eu, withData(health()), solely(gdpr.ADMContract, "human review"), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.ExplicitConsent)}
		})), code: rights.ReasonSpecialCategoryADM},
		{name: "ADM on a recognised legitimate interest, UK", edit: all(grounds(gdpr.Ground{Ground: basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Crime}}), solely(0, "human review")),
			code: rights.ReasonArt22BProhibited, path: "activities[0].grounds[0].basis", fire: true},
		{name: "profiling with a human involved", edit: all(eu, with(func(a *gdpr.Activity) {
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeADMExceptionMissing},
		{name: "profiling with a human involved, decisions recorded", edit: all(eu, solely(0), with(func(a *gdpr.Activity) {
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeADMExceptionMissing},
		{name: "profiling with a human involved: no safeguards asked", edit: all(eu, solely(0), with(func(a *gdpr.Activity) {
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeADMSafeguardsMissing},
		{name: "profiling with a human involved: no DPIA asked", edit: all(eu, with(func(a *gdpr.Activity) {
			a.Automated.Decisions = gdpr.Yes
			a.Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		})), code: gdpr.CodeDPIANotEvidenced},

		// DPIA.
		{name: "ADM with DPIA recorded as not done", edit: all(solely(gdpr.ADMContract, "review"), with(func(a *gdpr.Activity) { a.DPIA.Done = gdpr.No })),
			code: gdpr.CodeDPIAMissing, path: "activities[0].dpia.done", fire: true},
		{name: "ADM with no DPIA recorded", edit: all(solely(gdpr.ADMContract, "review"), with(func(a *gdpr.Activity) { a.DPIA.Done = gdpr.NotStated })),
			code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "ADM with a DPIA", edit: solely(gdpr.ADMContract, "review"), code: gdpr.CodeDPIANotEvidenced},
		{name: "large-scale special category data", edit: all(withData(health()), func(r *gdpr.Register) {
			r.Controller.DPO.LargeScaleSensitive = gdpr.Yes
			act(r).Special = []gdpr.SpecialJustification{special(basis.HealthSocialCare, basis.Sch1HealthSocialCare)}
		}), code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "public monitoring, DPIA not done", edit: with(func(a *gdpr.Activity) { a.PublicMonitoring = gdpr.Yes; a.DPIA.Done = gdpr.No }),
			code: gdpr.CodeDPIAMissing, path: "activities[0].dpia.done", fire: true},
		{name: "recorded as high risk, DPIA not done", edit: with(func(a *gdpr.Activity) { a.DPIA = gdpr.DPIA{Required: gdpr.Yes, Done: gdpr.No} }),
			code: gdpr.CodeDPIAMissing, path: "activities[0].dpia.done", fire: true},
		{name: "ICO list: biometric data", edit: all(withData(sensitive("face", basis.Biometric)), with(func(a *gdpr.Activity) {
			a.Special = []gdpr.SpecialJustification{special(basis.ExplicitConsent)}
		})), code: gdpr.CodeDPIANotEvidenced, path: "activities[0].dpia.done", fire: true},
		{name: "ICO list: marketing to children", edit: with(func(a *gdpr.Activity) {
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
	for _, at := range []time.Time{beforeDUAA, afterDUAA} {
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
	r.Data = append(r.Data, health(), criminalData(), gdpr.DataCategory{ID: "email", Kind: gdpr.KindEmailAddress})
	explicit := consent()
	explicit.Consent.Explicit = true
	a0 := r.Activities[0]
	r.Activities = r.Activities[:0]
	for i := range n {
		a := a0
		a.ID = "a" + string(rune('a'+i%26))
		a.Data = []string{"name", "email"}
		switch i % 5 {
		case 0:
			a.Grounds = []gdpr.Ground{li("running the society")}
		case 1:
			a.Grounds = []gdpr.Ground{explicit}
			a.Data = []string{"name", "access"}
			a.Special = []gdpr.SpecialJustification{special(basis.ExplicitConsent)}
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
		if fs := gdpr.Validate(large, afterDUAA); len(fs) > 0 {
			t.Fatalf("%s: %d findings in the clean register: %v", rg, len(fs), codesPaths(fs[:1]))
		}
		s := testing.AllocsPerRun(20, func() { gdpr.Validate(small, afterDUAA) })
		l := testing.AllocsPerRun(20, func() { gdpr.Validate(large, afterDUAA) })
		if l > s {
			t.Errorf("%s: %v allocations for 1,000 activities, %v for 10", rg, l, s)
		}
	}
}

func BenchmarkValidateLawfulBasis(b *testing.B) {
	r := basisBenchRegister(1000, basis.UK)
	b.ReportAllocs()
	for b.Loop() {
		gdpr.Validate(r, afterDUAA)
	}
}

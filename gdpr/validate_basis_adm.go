package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
)

// The codes of the checks of children, automated decisions (Art. 22; UK
// Arts. 22A-22D from 2026-02-05) and DPIAs (Art. 35). The age of digital
// consent is [basis.Ground.Check]'s (basis/parental-age-missing,
// basis/parental-age-too-low), and special category data in a solely
// automated decision, or one on a recognised legitimate interest, are
// [rights.Assess]'s reasons (rights/adm-special-category,
// rights/art-22b-prohibited), reported at the activity's "automated" and
// "grounds[j].basis".
const (
	// CodeChildNoticeNotEvidenced (Info): an activity that involves
	// children, or whose data subjects may include children, does not
	// record information given in language a child can understand
	// (Art. 12(1); Recital 58; ICO Age appropriate design code, standard 4).
	CodeChildNoticeNotEvidenced Code = "gdpr/child-notice-not-evidenced"
	// CodeADMExceptionMissing (Error): solely automated decisions with
	// legal or similarly significant effects are recorded with no
	// Art. 22(2) exception (EU; UK for decisions before 2026-02-05).
	CodeADMExceptionMissing Code = "gdpr/adm-exception-missing"
	// CodeADMSafeguardsMissing (Warning): solely automated significant
	// decisions with no safeguards recorded: under Art. 22(2)(a) or (c) at
	// least human intervention, expressing a view and contesting the
	// decision (Art. 22(3)); in the UK from 2026-02-05, for every such
	// decision, the safeguards of Art. 22C.
	CodeADMSafeguardsMissing Code = "gdpr/adm-safeguards-missing"
	// CodeDPIAMissing (Error): a DPIA is required (Art. 35(3): solely
	// automated significant decisions, which rest on an evaluation of
	// personal aspects; large-scale special category or criminal offence
	// data; systematic monitoring of a publicly accessible area on a large
	// scale; or the record says the activity is high risk) and the record
	// states none was carried out (Art. 35(1)).
	CodeDPIAMissing Code = "gdpr/dpia-missing"
	// CodeDPIANotEvidenced (Info): a DPIA is required, or the activity is
	// on the ICO's list of processing likely to result in a high risk
	// (Art. 35(4): biometric or genetic data, profiling or marketing aimed
	// at children, tracking a person's location or behaviour), and no DPIA
	// is recorded as carried out.
	CodeDPIANotEvidenced Code = "gdpr/dpia-not-evidenced"
)

// solelyAutomated reports whether the activity records solely automated
// decisions with significant effects; a person meaningfully involved in
// the profiling's decisions makes them not solely automated (Art. 22(1);
// UK Art. 22A(1)(a)).
func (a *Activity) solelyAutomated() bool {
	return a.Automated.Decisions == Yes && a.Profiling.HumanInvolved != Yes
}

// children checks the information given to children (Art. 12(1)). The
// age of digital consent is checked with each consent ground.
func (v *validator) children(i int, a *Activity, f *activityFacts) {
	if a.Children.ChildFriendlyNotice == Yes || !f.children {
		return
	}
	msg := "children are likely to be among the data subjects, and information in language a child can understand is not recorded (not evidenced)"
	if a.Children.ChildFriendlyNotice == No {
		msg = "children are likely to be among the data subjects, and the record states the information is not written for them"
	}
	v.add(Finding{Code: CodeChildNoticeNotEvidenced, Severity: basis.Info, Path: actPath(i, ".children.childFriendlyNotice"),
		Article: v.cite("Art. 12(1); Recital 58"), Message: msg})
}

// automated checks solely automated decisions with significant effects:
// Art. 22 (EU, and UK decisions before 2026-02-05) or UK Arts. 22A-22D.
func (v *validator) automated(i int, a *Activity, f *activityFacts, law *basisLaw) {
	if !a.solelyAutomated() {
		return
	}
	ad := &a.Automated
	if law.art22A {
		// UK Art. 22A-22D: no Art. 22(2) exception is needed; the
		// safeguards of Art. 22C are.
		if len(ad.Safeguards) == 0 {
			v.add(Finding{Code: CodeADMSafeguardsMissing, Severity: basis.Warning, Path: actPath(i, ".automated.safeguards"),
				Article: v.cite("Art. 22C"),
				Message: "solely automated significant decisions need safeguards: telling the person, letting them make representations, obtain human intervention and contest the decision"})
		}
	} else {
		switch ad.Exception {
		case 0:
			// Art. 13(2)(f) does not ask for the exception to be told, so
			// an exception not recorded is not evidenced (Info).
			v.add(Finding{Code: CodeADMExceptionMissing, Severity: basis.Info, Path: actPath(i, ".automated.exception"),
				Article: v.cite("Art. 22(1)-(2)"),
				Message: "solely automated significant decisions are made with no Art. 22(2) exception: contract, law or explicit consent"})
		case ADMExplicitConsent:
			if g := a.inexplicitConsent(); g >= 0 {
				v.consentNotExplicit(i, g, actPath(i, ".automated.exception"), "Art. 22(2)(c)")
			}
		}
		if (ad.Exception == ADMContract || ad.Exception == ADMExplicitConsent) && len(ad.Safeguards) == 0 {
			v.add(Finding{Code: CodeADMSafeguardsMissing, Severity: basis.Warning, Path: actPath(i, ".automated.safeguards"),
				Article: v.cite("Art. 22(3)"),
				Message: "decisions under Art. 22(2)(a) or (c) need at least the right to obtain human intervention, to express a view and to contest the decision"})
		}
	}
	v.admAssess(i, a, f.sens, law)
}

// admAssess asks [rights.Assess] about the decision's special category
// data (Art. 22(4); UK Art. 22B(1)-(3)) and, in the UK from 2026-02-05, a
// recognised legitimate interest (Art. 22B(4)), and reports its warnings
// and errors.
func (v *validator) admAssess(i int, a *Activity, sens basis.SensitiveData, law *basisLaw) {
	g := -1
	for j := range a.Grounds {
		b := a.Grounds[j].Basis
		if b == basis.RecognisedLegitimateInterest && law.rli {
			g = j
			break
		}
		if g < 0 && b.IsValid() && (b != basis.RecognisedLegitimateInterest || law.rli) {
			g = j
		}
	}
	if g < 0 || (!sens.Special() && a.Grounds[g].Basis != basis.RecognisedLegitimateInterest) {
		return
	}
	s := rights.Situation{Regime: v.regime, At: v.at, Basis: a.Grounds[g].Basis,
		SolelyAutomated: true, SignificantEffect: true, SpecialCategoryData: sens.Special()}
	for j := range a.Special {
		switch a.Special[j].Condition {
		case basis.ExplicitConsent:
			s.ExplicitConsent = true
		case basis.SubstantialPublicInterest:
			s.SubstantialPublicInterest = true
		}
	}
	verdict, err := rights.Assess(rights.AutomatedDecisions, s)
	if err != nil {
		return // the date or the basis is reported by the ground's own check
	}
	for _, r := range verdict.Reasons {
		if r.Severity < basis.Warning {
			continue
		}
		if r.Path == "basis" {
			r.Path = groundPath(i, g, ".basis")
		} else {
			r.Path = actPath(i, ".automated")
		}
		v.add(r)
	}
}

// dpia checks that a DPIA was carried out where Art. 35(3) requires one,
// or the record says the activity is high risk (Art. 35(1)), and
// reports, as guidance, activities on the ICO's Art. 35(4) list.
func (v *validator) dpia(i int, a *Activity, f *activityFacts) {
	sens := f.sens
	if a.DPIA.Done == Yes {
		return
	}
	var article string
	switch {
	case a.solelyAutomated():
		article = "Art. 35(3)(a)"
	case !sens.IsEmpty() && v.reg.Controller.DPO.LargeScaleSensitive == Yes:
		article = "Art. 35(3)(b)"
	case a.PublicMonitoring == Yes:
		article = "Art. 35(3)(c)"
	case a.DPIA.Required == Yes:
		article = "Art. 35(1)"
	}
	if article != "" {
		if a.DPIA.Done == No {
			v.add(Finding{Code: CodeDPIAMissing, Severity: basis.Error, Path: actPath(i, ".dpia.done"),
				Article: v.cite(article),
				Message: "the activity needs a data protection impact assessment, and the record states none was carried out"})
			return
		}
		v.add(Finding{Code: CodeDPIANotEvidenced, Severity: basis.Info, Path: actPath(i, ".dpia.done"),
			Article: v.cite(article),
			Message: "the activity needs a data protection impact assessment, and none is recorded (not evidenced)"})
		return
	}
	why := ""
	switch {
	case sens.Has(basis.Biometric) || sens.Has(basis.Genetic):
		why = "biometric or genetic data"
	case f.children && (a.Profiling.Done == Yes || len(a.Marketing.Channels) > 0):
		why = "profiling or marketing aimed at children"
	case a.Profiling.Done == Yes && f.tracks:
		why = "tracking a person's location or behaviour"
	}
	if why != "" {
		v.add(Finding{Code: CodeDPIANotEvidenced, Severity: basis.Info, Path: actPath(i, ".dpia.done"),
			Article: v.cite("Art. 35(4)") + "; ICO list of processing likely to result in high risk",
			Message: "the activity is on the ICO's list of processing likely to result in a high risk (" + why + "), and no DPIA is recorded"})
	}
}

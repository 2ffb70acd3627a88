package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// The codes of the lawful basis checks (Art. 6, 7; Art. 6(4), UK Art. 8A).
const (
	// CodeNoBasis (Error): an activity names no lawful basis and the
	// register gives no general list of bases either (Art. 6(1)).
	CodeNoBasis Code = "gdpr/no-basis"
	// CodeBasesNotMapped (Warning): the notice gives its lawful bases only
	// as a general list ([Register].Bases), not mapped to the purposes of
	// the activities that name none, whereas Art. 13(1)(c) and 14(1)(c)
	// ask for the purposes together with their legal basis. Reported once,
	// at "bases", with the activities as Related.
	CodeBasesNotMapped Code = "gdpr/bases-not-mapped"
	// CodeNotABasis (Error): a ground records a justification (its
	// evidence) but no Art. 6(1) basis, so what the notice relies on is no
	// lawful basis ("we process your data because it is in our records").
	// The finding's Value is the quoted justification.
	CodeNotABasis Code = "gdpr/not-a-basis"
	// CodeContractNotParty (Error): a contract ground where the record
	// states that the data subject is not party to the contract nor taking
	// steps at their request before entering into one (Art. 6(1)(b)).
	CodeContractNotParty Code = "gdpr/contract-not-party"
	// CodeContractForMarketing (Warning): an activity that sends direct
	// marketing rests on contract alone; marketing is rarely necessary for
	// performing a contract with the person (Art. 6(1)(b); EDPB Guidelines
	// 2/2019, para 52).
	CodeContractForMarketing Code = "gdpr/contract-for-marketing"
	// CodeVitalInterestsRoutine (Warning; Info when the record is silent):
	// vital interests relied on for processing not recorded as needed in an
	// emergency ([Ground].Emergency); Art. 6(1)(d) is for protecting life
	// and should serve only where no other basis manifestly can (Recital
	// 46).
	CodeVitalInterestsRoutine Code = "gdpr/vital-interests-routine"
	// CodeConsentAndOther (Warning): consent and another lawful basis are
	// stated for the same purpose; if consent is withdrawn the controller
	// cannot switch to the other basis without misleading the person, and
	// the rights differ by basis (Arts. 6(1), 7(3); ICO guidance, "Consent",
	// When is consent appropriate?).
	CodeConsentAndOther Code = "gdpr/consent-and-other-basis"
	// CodeConsentConditional (Error): consent recorded as a condition of a
	// service it is not necessary for, or whose refusal has a detriment
	// ([Ground].Conditional), so it is not freely given (Art. 4(11),
	// Art. 7(4); Recitals 42 and 43).
	CodeConsentConditional Code = "gdpr/consent-conditional"
	// CodeReuseNotAssessed (Warning; Info when the record is silent): data
	// collected for another purpose are reused, not on consent, and the
	// record states no compatibility assessment was made (Art. 6(4); in the
	// UK from 2026-02-05, Art. 8A and Annex 2).
	CodeReuseNotAssessed Code = "gdpr/reuse-not-assessed"
	// CodeReuseIncompatible (Error): the record states that the new purpose
	// is not compatible with the one the data were collected for, and the
	// processing does not rest on consent (Art. 5(1)(b), Art. 6(4); UK from
	// 2026-02-05, Art. 8A(1)).
	CodeReuseIncompatible Code = "gdpr/reuse-incompatible"
)

// basisPass is what the lawful basis checks (Art. 6), special category
// and criminal offence data (Arts. 9 and 10; DPA 2018 s.10 and Sch. 1),
// children and automated decisions (Arts. 8 and 22; UK Arts. 22A-22D),
// further processing (Art. 6(4); UK Art. 8A) and DPIAs (Art. 35) carry
// through one pass over the activities for the current regime:
// [validator.basisStart] before it, [validator.basisActivity] for each
// activity, [validator.basisEnd] after it.
type basisPass struct {
	opts     []basis.CheckOption
	law      basisLaw // the dated rules of the family, asked once per regime
	unmapped []string // the activities with no ground when the register lists bases in general
}

// basisStart runs the checks of the family that are not about one
// activity, and returns what the pass over the activities needs.
func (v *validator) basisStart() basisPass {
	var p basisPass
	if v.reg.Controller.PublicAuthority == Yes {
		// Art. 6(1), second subparagraph; UK: DPA 2018 s.7. The register
		// does not say which activities are the authority's tasks, so every
		// activity of a public authority is judged as one.
		p.opts = []basis.CheckOption{basis.AsPublicAuthority()}
	}
	for j := range v.reg.Bases {
		v.ground(-1, j, &v.reg.Bases[j], p.opts)
	}
	p.law = basisLaw{
		art8A:  v.regime.InForce(basis.CompatibilityArt8A, v.at),
		art22A: v.regime.InForce(basis.AutomatedDecisionsArt22A, v.at),
		rli:    basis.RecognisedLegitimateInterest.AvailableIn(v.regime, v.at),
	}
	v.sensitiveData()
	return p
}

// basisActivity runs the checks of the family on activity i.
func (v *validator) basisActivity(i int, a *Activity, p *basisPass) {
	if len(a.Grounds) == 0 {
		if len(v.reg.Bases) > 0 {
			p.unmapped = append(p.unmapped, activityPath(i))
		} else {
			// No basis recorded, for the activity or in general: Art. 6(1)
			// needs one and Art. 13(1)(c) needs it told; not shown to
			// be absent, so a likely gap (Warning).
			v.add(Finding{Code: CodeNoBasis, Severity: basis.Warning, Path: actPath(i, ".grounds"),
				Article: v.cite("Art. 6(1)"), Value: a.ID,
				Message: "the activity names no lawful basis and the register lists none in general"})
		}
	}
	for j := range a.Grounds {
		v.ground(i, j, &a.Grounds[j], p.opts)
	}
	v.groundsTogether(i, a)
	// Each check below is called only where it may report, its own first
	// test made here: most activities need none of them.
	if !reuseIsZero(&a.Reuse) {
		v.reuse(i, a, &p.law)
	}
	f := v.facts(i, a)
	if f.sens.Special() || len(a.Special) > 0 {
		v.special(i, a, f.sens)
	}
	if f.sens.CriminalOffence() || len(a.Criminal) > 0 {
		v.criminal(i, a, f.sens)
	}
	if f.children && a.Children.ChildFriendlyNotice != Yes {
		v.children(i, a, &f)
	}
	if a.solelyAutomated() {
		v.automated(i, a, &f, &p.law)
	}
	if a.DPIA.Done != Yes {
		v.dpia(i, a, &f)
	}
}

// basisEnd runs the checks of the family that need every activity seen.
func (v *validator) basisEnd(p *basisPass) {
	if len(p.unmapped) > 0 {
		v.add(Finding{Code: CodeBasesNotMapped, Severity: basis.Warning, Path: "bases", Related: p.unmapped,
			Article: v.cite("Art. 13(1)(c); Art. 14(1)(c)"),
			Message: "the lawful bases are given only as a general list, not with the purposes they serve"})
	}
}

// reuseIsZero is r.IsZero() without copying r, cheapest test first.
func reuseIsZero(r *Reuse) bool {
	return r.Assessed == 0 && r.Compatible == 0 && r.From == "" && r.Evidence == Evidence{}
}

// basisLaw is which dated rules of the family are in force for the
// regime on the date judged.
type basisLaw struct {
	art8A  bool // UK Art. 8A and Annex 2 replace Art. 6(4) (from 2026-02-05)
	art22A bool // UK Arts. 22A-22D replace Art. 22 (decisions from 2026-02-05)
	rli    bool // the recognised legitimate interest, Art. 6(1)(ea), exists
}

// groundPath is the path of member suffix of ground j of activity i
// (the ground itself for suffix ""), or of the general
// list's ground j for i < 0. Paths are built only for a finding, so that
// the passing path of Validate allocates nothing.
func groundPath(i, j int, suffix string) string {
	if i < 0 {
		return indexPath("bases", j, suffix)
	}
	return elemPath(i, ".grounds", j, suffix)
}

// ground checks ground j of activity i (of the general list for i < 0):
// the basis's own check, and the facts of the register's Ground.
func (v *validator) ground(i, j int, g *Ground, opts []basis.CheckOption) {
	if g.Basis == 0 && !g.Evidence.IsZero() {
		quote := g.Evidence.Quote
		if quote == "" {
			quote = g.Evidence.Locator
		}
		v.add(Finding{Code: CodeNotABasis, Severity: basis.Error, Path: groundPath(i, j, ".basis"),
			Article: v.cite("Art. 6(1)"), Value: text.Clip(quote),
			Message: "the justification recorded is not one of the lawful bases of Art. 6(1); name the basis it relies on"})
		return
	}
	if fs := g.Ground.Check(v.regime, v.at, opts...); len(fs) > 0 {
		v.addUnder(groundPath(i, j, ""), fs)
	}
	switch g.Basis {
	case basis.Contract:
		if g.SubjectParty == No {
			v.add(Finding{Code: CodeContractNotParty, Severity: basis.Error, Path: groundPath(i, j, ".subjectParty"),
				Article: v.cite("Art. 6(1)(b)"),
				Message: "contract is relied on, but the person is recorded as neither party to the contract nor asking for steps before entering into one"})
		}
	case basis.VitalInterests:
		switch g.Emergency {
		case No:
			v.add(Finding{Code: CodeVitalInterestsRoutine, Severity: basis.Warning, Path: groundPath(i, j, ".emergency"),
				Article: v.cite("Art. 6(1)(d); Recital 46"),
				Message: "vital interests are relied on for processing recorded as not needed in an emergency; another basis is likely to apply"})
		case NotStated:
			v.add(Finding{Code: CodeVitalInterestsRoutine, Severity: basis.Info, Path: groundPath(i, j, ".emergency"),
				Article: v.cite("Art. 6(1)(d); Recital 46"),
				Message: "vital interests are relied on, but the record does not show the processing is needed to protect someone's life (not evidenced)"})
		}
	case basis.Consent:
		if g.Conditional == Yes {
			v.add(Finding{Code: CodeConsentConditional, Severity: basis.Error, Path: groundPath(i, j, ".conditional"),
				Article: v.cite("Art. 4(11); Art. 7(4)"),
				Message: "consent is a condition of a service it is not necessary for, or refusing it has a detriment, so it is not freely given"})
		}
	}
}

// groundsTogether checks an activity's grounds as a set: consent with
// another basis, and direct marketing on contract alone.
func (v *validator) groundsTogether(i int, a *Activity) {
	consent, other, contractOnly := false, false, len(a.Grounds) > 0
	for j := range a.Grounds {
		b := a.Grounds[j].Basis
		if !b.IsValid() {
			continue
		}
		if b == basis.Consent {
			consent = true
		} else {
			other = true
		}
		contractOnly = contractOnly && b == basis.Contract
	}
	if consent && other {
		v.add(Finding{Code: CodeConsentAndOther, Severity: basis.Warning, Path: actPath(i, ".grounds"),
			Article: v.cite("Art. 6(1); Art. 7(3)"),
			Message: "consent and another lawful basis are stated for the same purpose; if consent is withdrawn the other basis cannot take its place without misleading the person"})
	}
	if contractOnly && other && len(a.Marketing.Channels) > 0 {
		v.add(Finding{Code: CodeContractForMarketing, Severity: basis.Warning, Path: actPath(i, ".grounds"),
			Article: v.cite("Art. 6(1)(b)"),
			Message: "direct marketing rests on contract alone, but marketing is rarely necessary to perform a contract with the person"})
	}
}

// hasBasis reports whether one of the activity's grounds is b.
func (a *Activity) hasBasis(b basis.Basis) bool {
	for j := range a.Grounds {
		if a.Grounds[j].Basis == b {
			return true
		}
	}
	return false
}

// reuse checks the further processing of data collected for another
// purpose: EU and UK before 2026-02-05 Art. 6(4); UK from 2026-02-05
// Art. 8A, whose Annex 2 lists purposes deemed compatible (Art. 8A(3)(d)).
// Processing on consent needs no compatibility test (Art. 6(4); UK
// Art. 8A(3)(a)).
func (v *validator) reuse(i int, a *Activity, law *basisLaw) {
	r := &a.Reuse
	if r.Assessed == Yes && r.Compatible != No || reuseIsZero(r) || a.hasBasis(basis.Consent) {
		return
	}
	article := v.cite("Art. 6(4)")
	if law.art8A {
		article = v.cite("Art. 8A; Annex 2")
	}
	path := actPath(i, ".reuse")
	switch {
	case r.Compatible == No:
		v.add(Finding{Code: CodeReuseIncompatible, Severity: basis.Error, Path: path + ".compatible",
			Article: v.cite("Art. 5(1)(b)") + "; " + article,
			Message: "the data are reused for a purpose recorded as not compatible with the one they were collected for"})
	case r.Assessed == No:
		v.add(Finding{Code: CodeReuseNotAssessed, Severity: basis.Warning, Path: path + ".assessed",
			Article: article,
			Message: "data collected for another purpose are reused and the record states that no compatibility assessment was made"})
	case r.Assessed == NotStated:
		v.add(Finding{Code: CodeReuseNotAssessed, Severity: basis.Info, Path: path + ".assessed",
			Article: article,
			Message: "data collected for another purpose are reused; no compatibility assessment is recorded (not evidenced)"})
	}
}

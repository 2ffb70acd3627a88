package gdpr

import (
	"slices"

	"github.com/dpmodel/dpmodel/basis"
)

// The codes of the checks of special category data (Art. 9; DPA 2018
// s.10 and Sch. 1) and criminal offence data (Art. 10).
const (
	// CodeSensitiveNotIdentified (Warning): a data category whose kind is
	// special category or criminal offence data (KindHealth, such as
	// dietary or access requirements; KindCriminalRecord, such as a DBS
	// check) is not marked as such in [DataCategory].Sensitive, so no
	// Art. 9 or Art. 10 condition is looked for (Art. 4(15), 9(1), 10).
	// Kinds that are not themselves special category data (gender, date of
	// birth, photographs, Recital 51) are never reported.
	CodeSensitiveNotIdentified Code = "gdpr/sensitive-not-identified"
	// CodeSpecialConditionMissing (Error): an activity processes special
	// category data with no Art. 9(2) condition for it: none at all (path
	// "activities[i].special"), or none covering one of its categories
	// (path "activities[i].data[k]") (Art. 9(1)-(2)).
	CodeSpecialConditionMissing Code = "gdpr/special-condition-missing"
	// CodeConsentNotExplicit (Warning): explicit consent is relied on
	// (Art. 9(2)(a), or for a solely automated decision Art. 22(2)(c)), but
	// none of the activity's consent grounds is recorded as explicit
	// ([basis.ConsentTerms].Explicit).
	CodeConsentNotExplicit Code = "gdpr/consent-not-explicit"
	// CodeSchedule1Category (Error): a DPA 2018 Sch. 1 condition relied on
	// for special categories it does not cover: para 8 (equality) only
	// racial or ethnic origin, religious or philosophical beliefs, health
	// and sexual orientation (para 8(1)); para 9 (senior diversity) only
	// racial or ethnic origin (para 9(1)); para 19 (economic well-being)
	// only health (para 19(a)); para 22 (political parties) only political
	// opinions (para 22(1)).
	CodeSchedule1Category Code = "gdpr/schedule1-category"
	// CodeSchedule1Purpose (Info): DPA 2018 Sch. 1 para 18 (safeguarding
	// of children and of individuals at risk) relied on by an activity
	// whose data subjects are all recorded as not including children: the
	// condition then holds only for individuals aged 18 or over who are at
	// risk (para 18(1)(a), (2)), which the record does not show.
	CodeSchedule1Purpose Code = "gdpr/schedule1-purpose"
	// CodeCriminalConditionMissing (Error): an activity processes criminal
	// offence data with no Art. 10 justification; an Art. 9(2) condition
	// does not serve (Art. 10; UK: DPA 2018 s.10(4)-(5)).
	CodeCriminalConditionMissing Code = "gdpr/criminal-condition-missing"
)

// sensitiveData reports the data categories whose kind is special
// category or criminal offence data but which are not marked so.
func (v *validator) sensitiveData() {
	for i := range v.reg.Data {
		d := &v.reg.Data[i]
		switch {
		case d.Kind == KindHealth && !d.Sensitive.Has(basis.Health):
			v.add(Finding{Code: CodeSensitiveNotIdentified, Severity: basis.Warning,
				Path: basis.Index("data", i) + ".sensitive", Article: v.cite("Art. 4(15); Art. 9(1)"), Value: d.ID,
				Message: "data concerning health (such as dietary or access requirements) are special category data, but the category is not marked as such"})
		case d.Kind == KindCriminalRecord && !d.Sensitive.CriminalOffence():
			v.add(Finding{Code: CodeSensitiveNotIdentified, Severity: basis.Warning,
				Path: basis.Index("data", i) + ".sensitive", Article: v.cite("Art. 10"), Value: d.ID,
				Message: "criminal records (such as DBS check results) are criminal offence data, but the category is not marked as such"})
		}
	}
}

// activityFacts are what the family's checks of one activity read from
// the data categories and data subjects it names, gathered in one pass.
type activityFacts struct {
	sens     basis.SensitiveData // the union of the categories' sensitive data
	tracks   bool                // location or browsing data (the ICO's "tracking")
	children bool                // the activity involves children, or (not saying) names subjects who may include them
}

// facts gathers the facts of activity i.
func (v *validator) facts(i int, a *Activity) activityFacts {
	info := &v.acts[i]
	f := activityFacts{sens: info.sens, tracks: info.tracks}
	switch a.Children.Involved {
	case Yes:
		f.children = true
	case NotStated:
		f.children = info.children
	}
	return f
}

// union is the union of s and t.
func union(s, t basis.SensitiveData) basis.SensitiveData {
	switch {
	case t.IsEmpty():
		return s
	case s.IsEmpty():
		return t
	}
	for c := range t.Categories() {
		s = s.With(c)
	}
	if t.CriminalOffence() {
		s = s.WithCriminalOffence()
	}
	return s
}

// covered is the sensitive data of the categories a justification covers:
// those it names, or all of the activity's when it names none.
func (v *validator) covered(ids []string, all basis.SensitiveData) basis.SensitiveData {
	if len(ids) == 0 {
		return all
	}
	var s basis.SensitiveData
	for _, id := range ids {
		if d := v.data[id]; d != nil {
			s = union(s, d.Sensitive)
		}
	}
	return s
}

// special checks the Art. 9 conditions of activity i.
func (v *validator) special(i int, a *Activity, sens basis.SensitiveData) {
	if sens.Special() {
		if len(a.Special) == 0 {
			// Art. 9 conditions need not be told (Art. 13), so none
			// recorded is a likely gap (Warning), not shown unlawful.
			v.add(Finding{Code: CodeSpecialConditionMissing, Severity: basis.Warning, Path: actPath(i, ".special"),
				Article: v.cite("Art. 9(1)-(2)"), Value: sens.String(),
				Message: "special category data are processed with no Art. 9(2) condition"})
		} else {
			v.specialCoverage(i, a)
		}
	}
	for j := range a.Special {
		s := &a.Special[j]
		if fs := s.SpecialCategoryJustification.Check(v.regime, v.at); len(fs) > 0 {
			v.addUnder(elemPath(i, ".special", j, ""), fs)
		}
		if s.Condition == basis.ExplicitConsent {
			if g := a.inexplicitConsent(); g >= 0 {
				v.consentNotExplicit(i, g, elemPath(i, ".special", j, "")+".condition", "Art. 9(2)(a)")
			}
		}
		if v.regime == basis.UK {
			v.schedule1Fit(i, j, a, s, v.covered(s.Data, sens))
		}
	}
}

// specialCoverage reports each special category data category of the
// activity that no justification covers.
func (v *validator) specialCoverage(i int, a *Activity) {
	for k, id := range a.Data {
		d := v.data[id]
		if d == nil || !d.Sensitive.Special() {
			continue
		}
		ok := false
		for j := range a.Special {
			if len(a.Special[j].Data) == 0 || slices.Contains(a.Special[j].Data, id) {
				ok = true
				break
			}
		}
		if !ok {
			v.add(Finding{Code: CodeSpecialConditionMissing, Severity: basis.Warning, Path: elemPath(i, ".data", k, ""),
				Article: v.cite("Art. 9(1)-(2)"), Value: id,
				Message: "no Art. 9(2) condition of the activity covers this special category data"})
		}
	}
}

// inexplicitConsent returns the index of the activity's first consent
// ground when none of its consent grounds is explicit, else -1. A register
// that records no consent ground says nothing of the consent's terms and
// gets -1.
func (a *Activity) inexplicitConsent() int {
	found := -1
	for j := range a.Grounds {
		if a.Grounds[j].Basis == basis.Consent {
			if a.Grounds[j].Consent.Explicit {
				return -1
			}
			if found < 0 {
				found = j
			}
		}
	}
	return found
}

// consentNotExplicit reports explicit consent relied on at path while
// ground g of activity i, the activity's consent, is not explicit.
func (v *validator) consentNotExplicit(i, g int, path, article string) {
	// ConsentTerms.Explicit is a bool: false is also "not recorded", so
	// this is not evidenced (Info), not shown to be non-explicit.
	v.add(Finding{Code: CodeConsentNotExplicit, Severity: basis.Info, Path: path,
		Related: []string{groundPath(i, g, ".consent.explicit")}, Article: v.cite(article),
		Message: "explicit consent is relied on, but the activity's consent is not recorded as explicit"})
}

// schedule1Allowed are the special categories a Schedule 1 condition is
// limited to; a condition not listed has no such limit.
var schedule1Allowed = [...]struct {
	cond    basis.Schedule1Condition
	allowed basis.SensitiveData
	article string
}{
	// DPA 2018 Sch. 1 para 8(1)(a) with the table in para 8(2): racial or
	// ethnic origin, religious or philosophical beliefs, data concerning
	// health, sexual orientation.
	// The register's category joins sex life with sexual orientation, so
	// SexLifeOrientation is accepted.
	{basis.Sch1Equality, basis.NewSensitiveData(basis.RacialEthnicOrigin, basis.ReligiousPhilosophicalBeliefs, basis.Health, basis.SexLifeOrientation), "DPA 2018 Sch. 1 para 8(1)(a), (2)"},
	// Para 9(1)(a): personal data revealing racial or ethnic origin.
	{basis.Sch1SeniorDiversity, basis.NewSensitiveData(basis.RacialEthnicOrigin), "DPA 2018 Sch. 1 para 9(1)(a)"},
	// Para 19(1)(b): "is of data concerning health" ((a) is the economic
	// risk test).
	{basis.Sch1EconomicWellBeing, basis.NewSensitiveData(basis.Health), "DPA 2018 Sch. 1 para 19(1)(b)"},
	// Para 22(1)(a): personal data revealing political opinions.
	{basis.Sch1PoliticalParties, basis.NewSensitiveData(basis.PoliticalOpinions), "DPA 2018 Sch. 1 para 22(1)(a)"},
}

// schedule1Fit reports the Schedule 1 conditions of justification j that
// do not fit the categories it covers or the activity's data subjects.
func (v *validator) schedule1Fit(i, j int, a *Activity, s *SpecialJustification, cov basis.SensitiveData) {
	for k, c := range s.Schedule1 {
		for _, lim := range schedule1Allowed {
			if lim.cond != c {
				continue
			}
			for cat := range cov.Categories() {
				if !lim.allowed.Has(cat) {
					v.add(Finding{Code: CodeSchedule1Category, Severity: basis.Error,
						Path:    basis.Index(elemPath(i, ".special", j, "")+".schedule1", k),
						Article: lim.article, Value: cat.String(),
						Message: c.Article() + " does not cover " + cat.String() + " data"})
				}
			}
		}
		if c == basis.Sch1Safeguarding && v.adultsOnly(i, a) {
			v.add(Finding{Code: CodeSchedule1Purpose, Severity: basis.Info,
				Path:    basis.Index(elemPath(i, ".special", j, "")+".schedule1", k),
				Article: "DPA 2018 Sch. 1 para 18", Value: c.String(),
				Message: "para 18 protects children and individuals at risk; the data subjects are recorded as not including children, and the record does not show they are individuals at risk (not evidenced)"})
		}
	}
}

// adultsOnly reports whether a names data subjects and every one of them
// is recorded as not including children.
func (v *validator) adultsOnly(i int, a *Activity) bool {
	return v.acts[i].adults && a.Children.Involved != Yes
}

// criminal checks the Art. 10 justifications of activity i.
func (v *validator) criminal(i int, a *Activity, sens basis.SensitiveData) {
	if sens.CriminalOffence() && len(a.Criminal) == 0 {
		msg := "criminal offence data are processed with no Art. 10 justification"
		if len(a.Special) > 0 {
			msg += "; an Art. 9(2) condition does not authorise criminal offence data"
		}
		article := v.cite("Art. 10")
		if v.regime == basis.UK {
			article += "; DPA 2018 s.10(5)"
		}
		v.add(Finding{Code: CodeCriminalConditionMissing, Severity: basis.Warning, Path: actPath(i, ".criminal"),
			Article: article, Message: msg})
	}
	for j := range a.Criminal {
		if fs := a.Criminal[j].CriminalOffenceJustification.Check(v.regime, v.at); len(fs) > 0 {
			v.addUnder(elemPath(i, ".criminal", j, ""), fs)
		}
	}
}

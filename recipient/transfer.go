package recipient

import (
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Consent records how the data subject agreed to a transfer relied on under
// Art. 49(1)(a).
type Consent struct {
	// Explicit reports an express statement of consent to the transfer
	// (a signed statement, an unticked box ticked for the transfer), not
	// consent inferred from conduct such as submitting a form.
	Explicit bool
	// InformedOfRisks reports that the data subject was told, before
	// consenting, of the possible risks of the transfer for want of an
	// adequacy decision and appropriate safeguards.
	InformedOfRisks bool
}

// Compelling records the conditions of the second subparagraph of
// Art. 49(1), the transfer of last resort.
type Compelling struct {
	NotRepetitive       bool   // the transfer is not repetitive
	LimitedSubjects     bool   // it concerns only a limited number of data subjects
	Interests           string // the compelling legitimate interests pursued, not overridden by the data subject's
	SafeguardsAssessed  bool   // all the circumstances were assessed and suitable safeguards provided (documented, Art. 30(1)(e), 49(6))
	AuthorityInformed   bool   // the supervisory authority was informed of the transfer
	DataSubjectInformed bool   // the data subject was informed of the transfer and the interests
}

// Transfer is one transfer, or set of transfers, of personal data to a
// third country: where it goes, to whom and on what it relies, with the
// facts the check needs. A register holds a []Transfer per activity; the
// Art. 13(1)(f) notice tells of each.
type Transfer struct {
	// Recipient names the importer or the category of importers, as in the
	// [Recipient] the data go to, such as "US service providers".
	Recipient string
	// Countries are the destinations. Empty with AnyThirdCountry set means
	// the destinations are not named ("outside the UK and EEA").
	Countries []Country
	// AnyThirdCountry reports that the transfer goes to third countries the
	// controller does not name.
	AnyThirdCountry bool
	// Mechanism is what the transfer relies on; zero means nothing.
	Mechanism Mechanism
	// Module is the module of the EU 2021 clauses used (SCC2021).
	Module Module
	// Scope is the scope of partial adequacy relied on (PartialAdequacy;
	// implied by SafeHarbor, PrivacyShield, DataPrivacyFramework and
	// UKExtension).
	Scope Scope
	// Certified reports that the importer is certified under the scope's
	// programme (on the DPF List, in the UK Extension, and so on).
	Certified bool
	// Concluded is when the contract was concluded (the SCCs, the IDTA, the
	// Addendum, ad hoc clauses). The old EU clauses need it after their
	// repeal; a contract concluded after the date judged is an error.
	Concluded time.Time
	// Consent is how the data subject agreed (DerogationConsent).
	Consent Consent
	// Compelling holds the conditions of the second subparagraph of
	// Art. 49(1) (CompellingLegitimateInterests).
	Compelling Compelling
	// PublicPowers reports that the exporter is a public authority
	// exercising its public powers, which excludes Art. 49(1)(a), (b) and
	// (c) and the second subparagraph (Art. 49(3)).
	PublicPowers bool
}

// mechanismArticles holds the provision a finding about a mechanism cites,
// for each regime (UK = 1, EU = 2) and mechanism: the mechanism's
// [Mechanism.Article] with the regime's instrument in front, except that a
// UK exporter's old EU clauses rest on DPA 2018 Sch. 21 para 7 (the clauses
// that gave appropriate safeguards under EU GDPR Art. 46 immediately before
// IP completion day continue to do so), as limited by the ICO's
// transitional provisions issued under para 8 with the IDTA. It is computed
// once when the package is initialised and never changed, so that a failed
// check does not build the string again.
var mechanismArticles = func() (arts [3][len(mechanismTable)]string) {
	for m := Mechanism(1); int(m) < len(mechanismTable); m++ {
		arts[basis.UK][m] = regimeArticle(basis.UK, m.Article())
		arts[basis.EU][m] = regimeArticle(basis.EU, m.Article())
	}
	for _, m := range [...]Mechanism{SCC2001, SCC2004, SCC2010} {
		arts[basis.UK][m] = "UK GDPR Art. 46(1); DPA 2018 Sch. 21 paras 7-8; " + mechanismTable[m].source
	}
	return arts
}()

// mechanismArticle returns the provision a finding about m under r cites,
// or "" for an invalid regime or mechanism.
func mechanismArticle(r basis.Regime, m Mechanism) string {
	if !r.IsValid() || !m.IsValid() {
		return ""
	}
	return mechanismArticles[r][m]
}

// regimeArticle prefixes a GDPR article with the regime's instrument.
func regimeArticle(r basis.Regime, art string) string {
	if art == "" || strings.HasPrefix(art, "UK GDPR") || strings.HasPrefix(art, "DPA") {
		return art
	}
	if r == basis.UK {
		return "UK GDPR " + art
	}
	return "GDPR " + art
}

// Check says whether the transfer is lawful under regime r on the calendar
// date of at in the regime's location, or why not, as an *Error with a
// stable code. The checks run in this order:
//
//  1. the input: a regime, a date, a valid mechanism, valid countries or
//     AnyThirdCountry (CodeInvalidValue, CodeDateMissing,
//     CodeUnknownCountry, CodeNoDestination);
//  2. no mechanism: an error only if a destination is a third country on
//     the date (CodeNoMechanism);
//  3. the mechanism on the date: its regime, its first day, its end, and
//     for contracts their conclusion date (CodeOtherRegime,
//     CodeNotYetInForce, CodeInvalidated, CodeTransitionEnded,
//     CodeRepealed, CodeConclusionMissing, CodeConcludedAfterDate); before
//     2021-01-01 a UK exporter was under the EU GDPR, so EU mechanisms are
//     judged by their EU dates then; the mechanisms the GDPR created or
//     restated (Arts. 46(2)(a), (b), (e), (f), 46(3), 47 and 49) are judged
//     from 2018-05-25 (Art. 99(2)), since the package does not model their
//     forerunners under Directive 95/46/EC, and are not yet in force before;
//  4. the facts it needs: the module of the 2021 clauses, explicit and
//     informed consent, the public-authority exclusion, the conditions of
//     the last-resort transfer;
//  5. if no destination is a third country on the date, nothing more is
//     needed (sending data within the EEA, or from the UK to the EEA before
//     2021-01-01);
//  6. adequacy for each destination that is a third country: a decision in
//     force on the date, general or with the scope claimed, and
//     certification where the scope needs it (CodeNoAdequacy,
//     CodeAdequacyPartialOnly, CodeScopeMissing, CodeScopeMismatch,
//     CodeWrongDestination, CodeNotCertified).
//
// Check does not judge what it cannot know: whether a derogation's
// necessity test is met, or whether supplementary measures are needed
// after Schrems II.
func (t Transfer) Check(r basis.Regime, at time.Time) error {
	if e := t.check(r, at); e != nil {
		return e
	}
	return nil
}

func (t Transfer) check(r basis.Regime, at time.Time) *Error {
	if !r.IsValid() {
		return &Error{Code: CodeInvalidValue, Field: "regime", Value: r.String(),
			Message: "not a regime (valid: uk, eu)"}
	}
	if at.IsZero() {
		return &Error{Code: CodeDateMissing, Field: "at",
			Message: "no date to judge the transfer at"}
	}
	m := t.Mechanism
	if m != 0 && !m.IsValid() {
		return &Error{Code: CodeInvalidValue, Field: "Mechanism", Value: m.String(),
			Message: "not a transfer mechanism (valid: " + strings.Join(mechanisms.Codes(), ", ") + ")"}
	}
	for i, c := range t.Countries {
		if !c.IsValid() {
			return countryError("Countries["+strconv.Itoa(i)+"]", string(c))
		}
	}
	if len(t.Countries) == 0 && !t.AnyThirdCountry {
		return &Error{Code: CodeNoDestination, Article: regimeArticle(r, "Art. 30(1)(e)"), Field: "Countries",
			Message: "the transfer names no country and does not say it goes to unnamed third countries"}
	}
	d := regimeDay(r, at)
	restricted := t.AnyThirdCountry
	for _, c := range t.Countries {
		if restrictedOn(r, c, d) {
			restricted = true
			break
		}
	}
	if m == 0 {
		if !restricted {
			return nil
		}
		art := "Art. 44"
		if r.InForce(basis.TransfersArt44A, at) {
			art = "Art. 44A"
		}
		return &Error{Code: CodeNoMechanism, Article: regimeArticle(r, art), Field: "Mechanism",
			Message: "a transfer to " + t.destinations(r, d) + " relies on no adequacy, safeguard or derogation"}
	}
	if e := t.checkWindow(r, m, d); e != nil {
		return e
	}
	if e := t.checkFacts(r, m); e != nil {
		return e
	}
	if !restricted {
		return nil
	}
	return t.checkDestinations(r, m, d)
}

// destinations describes the restricted destinations for a message.
func (t Transfer) destinations(r basis.Regime, d civil.Date) string {
	var names []string
	for _, c := range t.Countries {
		if restrictedOn(r, c, d) {
			names = append(names, string(c))
		}
	}
	if t.AnyThirdCountry {
		names = append(names, "unnamed third countries")
	}
	return strings.Join(names, ", ")
}

func (t Transfer) checkWindow(r basis.Regime, m Mechanism, d civil.Date) *Error {
	info := &mechanismTable[m]
	w := info.win[r]
	if !w.ok && r == basis.UK && d.Before(ukGDPRDay) {
		// Before 2021-01-01 the EU GDPR applied in the UK, so an EU
		// mechanism is judged by its EU dates (the 2021 clauses were not
		// yet in force in 2020, rather than foreign).
		w = info.win[basis.EU]
	}
	if !w.ok {
		other := basis.EU
		if r == basis.EU {
			other = basis.UK
		}
		msg := m.String() + " is a mechanism of the " + strings.ToUpper(other.String()) + " regime, not available to a " + strings.ToUpper(r.String()) + " exporter"
		switch m {
		case SCC2021:
			msg += "; a UK exporter uses the EU clauses with the UK Addendum (uk-addendum)"
		case DataPrivacyFramework:
			msg += "; a UK exporter relies on the UK Extension (uk-extension)"
		case UKExtension:
			msg += "; an EU exporter relies on the Data Privacy Framework (eu-us-dpf)"
		case IDTA, UKAddendum:
			msg += "; an EU exporter uses the EU 2021 clauses (eu-scc-2021)"
		}
		return &Error{Code: CodeOtherRegime, Article: mechanismArticle(r, m), Field: "Mechanism", Value: m.String(), Message: msg}
	}
	if d.Before(w.from) {
		return &Error{Code: CodeNotYetInForce, Article: mechanismArticle(r, m), Field: "Mechanism", Value: m.String(),
			Message: m.String() + " can be relied on only from " + w.from.String() + "; the date judged is " + d.String()}
	}
	if d.After(w.until) {
		return &Error{Code: w.ended, Article: mechanismArticle(r, m), Field: "Mechanism", Value: m.String(),
			Message: m.String() + " cannot be relied on after " + w.until.String() + ": " + w.endNote}
	}
	if t.Concluded.IsZero() {
		if w.contract && d.After(w.newUntil) {
			return &Error{Code: CodeConclusionMissing, Article: mechanismArticle(r, m), Field: "Concluded",
				Message: "after " + w.newUntil.String() + " " + m.String() + " is valid only for contracts concluded on or before that day; say when the contract was concluded"}
		}
		return nil
	}
	c := regimeDay(r, t.Concluded)
	if c.After(d) {
		return &Error{Code: CodeConcludedAfterDate, Article: mechanismArticle(r, m), Field: "Concluded", Value: c.String(),
			Message: "the contract was concluded after " + d.String() + ", so it did not exist then"}
	}
	if c.Before(w.from) {
		return &Error{Code: CodeNotYetInForce, Article: mechanismArticle(r, m), Field: "Concluded", Value: c.String(),
			Message: "the contract was concluded before " + m.String() + " could be used (" + w.from.String() + ")"}
	}
	if c.After(w.newUntil) {
		return &Error{Code: CodeRepealed, Article: mechanismArticle(r, m), Field: "Concluded", Value: c.String(),
			Message: "no new contract could be concluded on " + m.String() + " after " + w.newUntil.String()}
	}
	return nil
}

func (t Transfer) checkFacts(r basis.Regime, m Mechanism) *Error {
	switch m {
	case SCC2021:
		if t.Module == 0 {
			return &Error{Code: CodeModuleMissing, Article: "Implementing Decision (EU) 2021/914, Annex", Field: "Module",
				Message: "the 2021 clauses are used in one of four modules (valid: " + strings.Join(modules.Codes(), ", ") + ")"}
		}
		if !t.Module.IsValid() {
			return &Error{Code: CodeInvalidValue, Article: "Implementing Decision (EU) 2021/914, Annex", Field: "Module",
				Value: t.Module.String(), Message: "not a module (valid: " + strings.Join(modules.Codes(), ", ") + ")"}
		}
	case DerogationConsent, DerogationContract, DerogationContractInInterest, CompellingLegitimateInterests:
		if t.PublicPowers {
			return &Error{Code: CodePublicAuthorityExcluded, Article: regimeArticle(r, "Art. 49(3)"), Field: "PublicPowers",
				Message: m.String() + " is not available to public authorities exercising their public powers"}
		}
	}
	switch m {
	case DerogationConsent:
		if !t.Consent.Explicit {
			return &Error{Code: CodeConsentNotExplicit, Article: mechanismArticle(r, m), Field: "Consent.Explicit",
				Message: "consent to a transfer must be explicit; agreement inferred from submitting data is not"}
		}
		if !t.Consent.InformedOfRisks {
			return &Error{Code: CodeConsentNotInformed, Article: mechanismArticle(r, m), Field: "Consent.InformedOfRisks",
				Message: "the data subject must be informed of the possible risks of the transfer before consenting"}
		}
	case CompellingLegitimateInterests:
		c := t.Compelling
		var missing []string
		if !c.NotRepetitive {
			missing = append(missing, "not repetitive")
		}
		if !c.LimitedSubjects {
			missing = append(missing, "limited number of data subjects")
		}
		if strings.TrimSpace(c.Interests) == "" {
			missing = append(missing, "compelling legitimate interests named")
		}
		if !c.SafeguardsAssessed {
			missing = append(missing, "circumstances assessed and suitable safeguards provided")
		}
		if !c.AuthorityInformed {
			missing = append(missing, "supervisory authority informed")
		}
		if !c.DataSubjectInformed {
			missing = append(missing, "data subject informed")
		}
		if len(missing) > 0 {
			return &Error{Code: CodeCompellingConditions, Article: mechanismArticle(r, m), Field: "Compelling",
				Message: "conditions not met: " + strings.Join(missing, "; ")}
		}
	}
	return nil
}

func (t Transfer) checkDestinations(r basis.Regime, m Mechanism, d civil.Date) *Error {
	var scope Scope
	switch m {
	case Adequacy:
	case PartialAdequacy:
		scope = t.Scope
		if scope == 0 {
			return &Error{Code: CodeScopeMissing, Article: mechanismArticle(r, m), Field: "Scope",
				Message: "partial adequacy must name its scope (valid: " + strings.Join(scopes.Codes(), ", ") + ")"}
		}
		if !scope.IsValid() {
			return &Error{Code: CodeInvalidValue, Field: "Scope", Value: scope.String(),
				Message: "not a scope (valid: " + strings.Join(scopes.Codes(), ", ") + ")"}
		}
		if sm := scopeInfo[scope].mechanism; sm != 0 {
			// The scope of an EU-US instrument brings that instrument's
			// dates and regime with it.
			if e := t.checkWindow(r, sm, d); e != nil {
				return e
			}
		}
	case SafeHarbor, PrivacyShield, DataPrivacyFramework, UKExtension:
		scope = mechanismTable[m].scope
		if t.Scope != 0 && t.Scope != scope {
			return &Error{Code: CodeScopeMismatch, Article: mechanismArticle(r, m), Field: "Scope", Value: t.Scope.String(),
				Message: m.String() + " has the scope " + scope.String()}
		}
	default:
		return nil
	}
	if t.AnyThirdCountry {
		return &Error{Code: CodeNoAdequacy, Article: mechanismArticle(r, m), Field: "AnyThirdCountry",
			Message: "adequacy cannot be relied on for destinations that are not named"}
	}
	for i, c := range t.Countries {
		if !restrictedOn(r, c, d) {
			continue
		}
		if scope != 0 && scope.Country() != c {
			return &Error{Code: CodeWrongDestination, Article: mechanismArticle(r, m), Field: "Countries[" + strconv.Itoa(i) + "]", Value: string(c),
				Message: "the scope " + scope.String() + " covers only " + string(scope.Country())}
		}
		a, ok := lookup(r, c, d)
		if !ok {
			return &Error{Code: CodeNoAdequacy, Article: mechanismArticle(r, m), Field: "Countries[" + strconv.Itoa(i) + "]", Value: string(c),
				Message: "no adequacy decision or regulations covered " + string(c) + " (" + c.Name() + ") for " + strings.ToUpper(r.String()) + " exporters on " + d.String()}
		}
		switch {
		case scope == 0 && !a.general:
			return &Error{Code: CodeAdequacyPartialOnly, Article: mechanismArticle(r, m), Field: "Countries[" + strconv.Itoa(i) + "]", Value: string(c),
				Message: "adequacy for " + string(c) + " on " + d.String() + " (" + a.instrument + ") reaches only recipients within the scope " + a.scope.String() + "; claim partial-adequacy with that scope"}
		case scope != 0 && a.scope != scope:
			return &Error{Code: CodeScopeMismatch, Article: mechanismArticle(r, m), Field: "Scope", Value: scope.String(),
				Message: "adequacy for " + string(c) + " on " + d.String() + " (" + a.instrument + ") has the scope " + scopeOrWhole(a.scope)}
		}
		if scope.Certified() && !t.Certified {
			return &Error{Code: CodeNotCertified, Article: mechanismArticle(r, scopeInfo[scope].mechanism), Field: "Certified",
				Message: "adequacy under " + scope.String() + " reaches only recipients certified under it"}
		}
	}
	return nil
}

func scopeOrWhole(s Scope) string {
	if s == 0 {
		return "of the whole country"
	}
	return s.String()
}

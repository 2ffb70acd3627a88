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
//
// Adequacy (Mechanism Adequacy or PartialAdequacy) serves only a recipient
// within the decision's or regulations' scope. For Canada that is a
// commercial organisation subject to PIPEDA, for Japan a business operator
// subject to the APPI and for the Republic of Korea a recipient subject to
// PIPA outside the exclusions of Implementing Decision (EU) 2022/254
// (personal credit information under the supervision of the Financial
// Services Commission, and processing by religious organisations and by
// political parties that the decision excludes). A transfer to a recipient
// outside the scope, such as a Canadian public body or a Korean political
// party, is not covered by adequacy: the host must not rely on it there
// and must name a safeguard or a derogation instead. [Transfer.Check]
// cannot see this from the country alone.
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
	// Addendum, ad hoc clauses) or, for the other Art. 46 safeguards, when
	// the arrangements were entered into. The old EU clauses need it after
	// their repeal; a contract concluded after the date judged is an error.
	// For a UK exporter from 2026-02-05 a day before 2026-02-05 shows that
	// the arrangements are saved by DUAA 2025 Sch. 9 para 27 (see
	// DataProtectionTest).
	Concluded time.Time
	// DataProtectionTest records that the exporter, acting reasonably and
	// proportionately, considered that the data protection test is met for
	// the transfer or that type of transfer: that after the transfer the
	// protection given by the safeguards (and, where relevant, other means)
	// is not materially lower than under the UK GDPR and the DPA 2018 (UK
	// GDPR Art. 46(1A)(a)(ii), 46(6)-(8), inserted by DUAA 2025 Sch. 7
	// para 6; in force 2026-02-05, S.I. 2026/82 reg 2(z9)). What is
	// reasonable and proportionate depends on all the circumstances,
	// including the nature and volume of the data (Art. 46(7)). For an
	// instrument between public bodies (Art. 46(2)(a)) the assessment of
	// each public body party to it also counts (Art. 46(1A)(b)(ii)).
	//
	// From 2026-02-05 a UK exporter's Art. 46 safeguard counts only with
	// it, unless the transfer is made under arrangements entered into
	// before 2026-02-05 (Concluded) with safeguards under Art. 46(2) or
	// (3), which DUAA 2025 Sch. 9 para 27 saves as appropriate safeguards
	// where they met the old Art. 46(1) and Art. 44 conditions the day
	// before (the package assumes they did; it does not judge the
	// safeguards' content). It means nothing under the EU regime and
	// before 2026-02-05.
	DataProtectionTest bool
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

// law is the body of transfer law a finding is judged under: the regime and,
// for the UK, the period of the date judged.
type law uint8

const (
	lawEU        law = iota // the EU GDPR
	lawUKUnderEU            // a UK exporter before 2021-01-01, when the EU GDPR applied in the UK
	lawUK                   // the UK GDPR and the DPA 2018, 2021-01-01 to 2026-02-04
	lawUKDUAA               // the UK GDPR as amended by DUAA 2025 Sch. 7, from 2026-02-05
	numLaws
)

// lawOn returns the law a transfer under r is judged by on the date of at;
// r must be valid.
func lawOn(r basis.Regime, at time.Time) law {
	switch {
	case r != basis.UK:
		return lawEU
	case r.InForce(basis.TransfersArt44A, at):
		return lawUKDUAA
	case regimeDay(r, at).Before(ukGDPRDay):
		return lawUKUnderEU
	}
	return lawUK
}

// ukAdequacyArticles is the UK provision adequacy rests on in each period:
// adequacy regulations under DPA 2018 s.17A (inserted by S.I. 2019/419;
// the preserved EU decisions are treated as such by Sch. 21 para 4) from
// 2021-01-01; from 2026-02-05 regulations approving transfers under UK
// GDPR Art. 45A, which DUAA 2025 Sch. 7 para 4 inserts as Sch. 7 para 3
// omits Art. 45 and Sch. 9 para 12 omits s.17A, and under which Sch. 9
// para 26 treats the s.17A regulations in force the day before as made.
var ukAdequacyArticles = [numLaws]string{lawUK: "DPA 2018 s.17A", lawUKDUAA: "UK GDPR Art. 45A"}

// mechanismArticles holds the provision a finding about a mechanism cites,
// for each [law] and mechanism: the mechanism's [Mechanism.Article] with
// the regime's instrument in front, except that
//
//   - before 2021-01-01 a UK exporter's adequacy and old EU clauses are
//     cited as the EU GDPR's, which then applied in the UK;
//   - from 2021-01-01 a UK exporter's adequacy (the EU-US instruments too)
//     rests on [ukAdequacyArticles] of the date, with the instrument
//     claimed after it;
//   - from 2021-01-01 a UK exporter's old EU clauses rest on DPA 2018
//     Sch. 21 para 7 (the clauses that gave appropriate safeguards under
//     EU GDPR Art. 46 immediately before IP completion day continue to do
//     so), as limited by the ICO's transitional provisions issued under
//     para 8 with the IDTA. They ceased to be valid on 2024-03-21, so a
//     finding about them cites the paragraphs under which they ended even
//     after DUAA 2025 Sch. 9 para 25(5) omitted them on 2026-02-05.
//
// It is computed once when the package is initialised and never changed,
// so that a failed check does not build the string again.
var mechanismArticles = func() (arts [numLaws][len(mechanismTable)]string) {
	for m := Mechanism(1); int(m) < len(mechanismTable); m++ {
		eu := regimeArticle(basis.EU, m.Article())
		uk := regimeArticle(basis.UK, m.Article())
		arts[lawEU][m] = eu
		arts[lawUKUnderEU][m], arts[lawUK][m], arts[lawUKDUAA][m] = uk, uk, uk
		switch m {
		case SCC2001, SCC2004, SCC2010:
			arts[lawUKUnderEU][m] = eu
			old := "UK GDPR Art. 46(1); DPA 2018 Sch. 21 paras 7-8; " + mechanismTable[m].source
			arts[lawUK][m], arts[lawUKDUAA][m] = old, old
		}
		if mechanismTable[m].kind != AdequacyKind {
			continue
		}
		arts[lawUKUnderEU][m] = eu
		for _, l := range [...]law{lawUK, lawUKDUAA} {
			arts[l][m] = ukAdequacyArticles[l]
			if src := mechanismTable[m].source; src != "" && m != Adequacy && m != PartialAdequacy {
				arts[l][m] += "; " + src
			}
		}
	}
	return arts
}()

// mechanismArticle returns the provision a finding about m under law l
// cites, or "" for an invalid mechanism.
func mechanismArticle(l law, m Mechanism) string {
	if l >= numLaws || !m.IsValid() {
		return ""
	}
	return mechanismArticles[l][m]
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
//  6. for a UK exporter from 2026-02-05 relying on an Art. 46 safeguard,
//     the exporter's assessment that the data protection test is met (UK
//     GDPR Art. 46(1A)(a)(ii)), unless arrangements entered into before
//     2026-02-05 are saved by DUAA 2025 Sch. 9 para 27
//     (CodeDataProtectionTestMissing; see [Transfer.DataProtectionTest]);
//  7. adequacy for each destination that is a third country: a decision in
//     force on the date, general or with the scope claimed, and
//     certification where the scope needs it (CodeNoAdequacy,
//     CodeAdequacyPartialOnly, CodeScopeMissing, CodeScopeMismatch,
//     CodeWrongDestination, CodeNotCertified).
//
// Findings cite the provision of the date judged: for a UK exporter,
// adequacy rests on DPA 2018 s.17A from 2021-01-01 and on UK GDPR Art. 45A
// from 2026-02-05 (DUAA 2025 Sch. 7 paras 3-4, Sch. 9 paras 12 and 26).
//
// Check does not judge what it cannot know: whether a derogation's
// necessity test is met, whether supplementary measures are needed after
// Schrems II, or whether the exporter's assessment of the data protection
// test was in fact reasonable and proportionate.
//
// Adequacy covers only recipients within its scope: a decision or
// regulations counted as general for Canada (commercial organisations
// under PIPEDA), Japan (business operators under the APPI) and the
// Republic of Korea (recipients under PIPA, without its exclusions) do not
// reach a recipient outside that scope, such as a Canadian public body or
// a Korean political party or religious organisation. Check cannot tell
// from the country which recipients are within scope: the host must not
// claim Adequacy or PartialAdequacy for a recipient outside it, but rely
// on safeguards or a derogation there.
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
	l := lawOn(r, at)
	if e := t.checkWindow(r, l, m, d); e != nil {
		return e
	}
	if e := t.checkFacts(r, l, m); e != nil {
		return e
	}
	if !restricted {
		return nil
	}
	if e := t.checkDataProtectionTest(l, m); e != nil {
		return e
	}
	return t.checkDestinations(r, l, m, d)
}

// checkDataProtectionTest applies UK GDPR Art. 46(1A) (DUAA 2025 Sch. 7
// para 6, in force 2026-02-05): a UK exporter's transfer is made subject to
// appropriate safeguards only if, besides the safeguards of Art. 46(2) or
// (3), the exporter, acting reasonably and proportionately, considers that
// the data protection test of Art. 46(6) is met. DUAA 2025 Sch. 9 para 27
// saves, in addition, transfers made under arrangements entered into before
// 2026-02-05 with safeguards under Art. 46(2) or (3) (every Art. 46
// mechanism of this package; the old EU clauses ended before then).
func (t Transfer) checkDataProtectionTest(l law, m Mechanism) *Error {
	if l != lawUKDUAA || m.Kind() != SafeguardsKind || t.DataProtectionTest {
		return nil
	}
	if !t.Concluded.IsZero() && !basis.UK.InForce(basis.TransfersArt44A, t.Concluded) {
		return nil // arrangements entered into before 2026-02-05: Sch. 9 para 27
	}
	art := "UK GDPR Art. 46(1A)(a)(ii), 46(6)-(7)"
	if m == PublicAuthorityInstrument {
		art = "UK GDPR Art. 46(1A)(a)(ii), (b)(ii), 46(6)-(7)"
	}
	msg := "from 2026-02-05 " + m.String() + " gives appropriate safeguards only if the exporter, acting reasonably and proportionately, " +
		"considers that the data protection test is met (protection not materially lower than under the UK GDPR and the DPA 2018)"
	if t.Concluded.IsZero() {
		msg += "; arrangements entered into before 2026-02-05 are saved (DUAA 2025 Sch. 9 para 27): say when they were (Concluded)"
		return &Error{Code: CodeDataProtectionTestMissing, Article: art, Field: "DataProtectionTest", Value: "false", Message: msg}
	}
	c := regimeDay(basis.UK, t.Concluded)
	msg += "; arrangements entered into on " + c.String() + " are not saved by DUAA 2025 Sch. 9 para 27, which needs a day before 2026-02-05"
	return &Error{Code: CodeDataProtectionTestMissing, Article: art, Field: "DataProtectionTest", Value: "false", Message: msg}
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

func (t Transfer) checkWindow(r basis.Regime, l law, m Mechanism, d civil.Date) *Error {
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
		return &Error{Code: CodeOtherRegime, Article: mechanismArticle(l, m), Field: "Mechanism", Value: m.String(), Message: msg}
	}
	if d.Before(w.from) {
		return &Error{Code: CodeNotYetInForce, Article: mechanismArticle(l, m), Field: "Mechanism", Value: m.String(),
			Message: m.String() + " can be relied on only from " + w.from.String() + "; the date judged is " + d.String()}
	}
	if d.After(w.until) {
		return &Error{Code: w.ended, Article: mechanismArticle(l, m), Field: "Mechanism", Value: m.String(),
			Message: m.String() + " cannot be relied on after " + w.until.String() + ": " + w.endNote}
	}
	if t.Concluded.IsZero() {
		if w.contract && d.After(w.newUntil) {
			return &Error{Code: CodeConclusionMissing, Article: mechanismArticle(l, m), Field: "Concluded",
				Message: "after " + w.newUntil.String() + " " + m.String() + " is valid only for contracts concluded on or before that day; say when the contract was concluded"}
		}
		return nil
	}
	c := regimeDay(r, t.Concluded)
	if c.After(d) {
		return &Error{Code: CodeConcludedAfterDate, Article: mechanismArticle(l, m), Field: "Concluded", Value: c.String(),
			Message: "the contract was concluded after " + d.String() + ", so it did not exist then"}
	}
	if c.Before(w.from) {
		return &Error{Code: CodeNotYetInForce, Article: mechanismArticle(l, m), Field: "Concluded", Value: c.String(),
			Message: "the contract was concluded before " + m.String() + " could be used (" + w.from.String() + ")"}
	}
	if c.After(w.newUntil) {
		return &Error{Code: CodeRepealed, Article: mechanismArticle(l, m), Field: "Concluded", Value: c.String(),
			Message: "no new contract could be concluded on " + m.String() + " after " + w.newUntil.String()}
	}
	return nil
}

func (t Transfer) checkFacts(r basis.Regime, l law, m Mechanism) *Error {
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
			return &Error{Code: CodeConsentNotExplicit, Article: mechanismArticle(l, m), Field: "Consent.Explicit",
				Message: "consent to a transfer must be explicit; agreement inferred from submitting data is not"}
		}
		if !t.Consent.InformedOfRisks {
			return &Error{Code: CodeConsentNotInformed, Article: mechanismArticle(l, m), Field: "Consent.InformedOfRisks",
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
			return &Error{Code: CodeCompellingConditions, Article: mechanismArticle(l, m), Field: "Compelling",
				Message: "conditions not met: " + strings.Join(missing, "; ")}
		}
	}
	return nil
}

func (t Transfer) checkDestinations(r basis.Regime, l law, m Mechanism, d civil.Date) *Error {
	var scope Scope
	switch m {
	case Adequacy:
	case PartialAdequacy:
		scope = t.Scope
		if scope == 0 {
			return &Error{Code: CodeScopeMissing, Article: mechanismArticle(l, m), Field: "Scope",
				Message: "partial adequacy must name its scope (valid: " + strings.Join(scopes.Codes(), ", ") + ")"}
		}
		if !scope.IsValid() {
			return &Error{Code: CodeInvalidValue, Field: "Scope", Value: scope.String(),
				Message: "not a scope (valid: " + strings.Join(scopes.Codes(), ", ") + ")"}
		}
		if sm := scopeInfo[scope].mechanism; sm != 0 {
			// The scope of an EU-US instrument brings that instrument's
			// dates and regime with it.
			if e := t.checkWindow(r, l, sm, d); e != nil {
				return e
			}
		}
	case SafeHarbor, PrivacyShield, DataPrivacyFramework, UKExtension:
		scope = mechanismTable[m].scope
		if t.Scope != 0 && t.Scope != scope {
			return &Error{Code: CodeScopeMismatch, Article: mechanismArticle(l, m), Field: "Scope", Value: t.Scope.String(),
				Message: m.String() + " has the scope " + scope.String()}
		}
	default:
		return nil
	}
	if t.AnyThirdCountry {
		return &Error{Code: CodeNoAdequacy, Article: mechanismArticle(l, m), Field: "AnyThirdCountry",
			Message: "adequacy cannot be relied on for destinations that are not named"}
	}
	for i, c := range t.Countries {
		if !restrictedOn(r, c, d) {
			continue
		}
		if scope != 0 && scope.Country() != c {
			return &Error{Code: CodeWrongDestination, Article: mechanismArticle(l, m), Field: "Countries[" + strconv.Itoa(i) + "]", Value: string(c),
				Message: "the scope " + scope.String() + " covers only " + string(scope.Country())}
		}
		a, ok := lookup(r, c, d)
		if !ok {
			return &Error{Code: CodeNoAdequacy, Article: mechanismArticle(l, m), Field: "Countries[" + strconv.Itoa(i) + "]", Value: string(c),
				Message: "no adequacy decision or regulations covered " + string(c) + " (" + c.Name() + ") for " + strings.ToUpper(r.String()) + " exporters on " + d.String()}
		}
		switch {
		case scope == 0 && !a.general:
			return &Error{Code: CodeAdequacyPartialOnly, Article: mechanismArticle(l, m), Field: "Countries[" + strconv.Itoa(i) + "]", Value: string(c),
				Message: "adequacy for " + string(c) + " on " + d.String() + " (" + a.instrument + ") reaches only recipients within the scope " + a.scope.String() + "; claim partial-adequacy with that scope"}
		case scope != 0 && a.scope != scope:
			return &Error{Code: CodeScopeMismatch, Article: mechanismArticle(l, m), Field: "Scope", Value: scope.String(),
				Message: "adequacy for " + string(c) + " on " + d.String() + " (" + a.instrument + ") has the scope " + scopeOrWhole(a.scope)}
		}
		if scope.Certified() && !t.Certified {
			return &Error{Code: CodeNotCertified, Article: mechanismArticle(l, scopeInfo[scope].mechanism), Field: "Certified",
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

package recipient

import (
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// Findings reports every problem of the transfer under regime r on the
// calendar date of at in the regime's location, in this order, with paths
// in the JSON member names of [Transfer] ("mechanism", "countries[1]",
// "consent.explicit"). Nil means nothing was found.
//
//  1. the input: a regime, a date, a valid mechanism, valid countries, and
//     countries or AnyThirdCountry (Error: CodeInvalidValue,
//     CodeDateMissing, CodeUnknownCountry, CodeNoDestination). A bad
//     regime or date stops the check.
//  2. Whether it is a transfer at all: if no destination is a third
//     country on the date (sending data within the EEA, from the UK to the
//     EEA before 2021-01-01, from the EU to the UK under the Trade and
//     Cooperation Agreement's bridge), Chapter V does not apply and
//     nothing about the mechanism is reported, whatever its dates (GDPR
//     Art. 44: "transfer ... to a third country"). Likewise, when every
//     destination is covered by adequacy in force for the whole of its
//     private sector on the date, a transfer may take place without any
//     specific authorisation (Art. 45(1); for a UK exporter DPA 2018
//     s.17A, from 2026-02-05 UK GDPR Art. 45A), so a safeguard or
//     derogation named besides, say the old clauses from the UK to Ireland
//     today, is not judged.
//  3. No mechanism for a restricted transfer (Error, CodeNoMechanism); for
//     destinations adequacy covers, Info CodeNotEvidenced (the notice must
//     still state the adequacy, Art. 13(1)(f)).
//  4. The mechanism on the date (Error unless said): its regime, its first
//     day, its end, and for contracts their conclusion date
//     (CodeOtherRegime, CodeNotYetInForce, CodeInvalidated,
//     CodeTransitionEnded, CodeRepealed, CodeConcludedAfterDate;
//     Warning CodeConclusionMissing). Before 2021-01-01 a UK exporter was
//     under the EU GDPR, so EU mechanisms are judged by their EU dates
//     then; the mechanisms the GDPR created or restated (Arts. 46(2)(a),
//     (b), (e), (f), 46(3), 47 and 49) are judged from 2018-05-25
//     (Art. 99(2)), since the package does not model their forerunners
//     under Directive 95/46/EC.
//  5. The facts it needs: the module of the 2021 clauses (Warning
//     CodeModuleMissing), the public-authority exclusion (Error), explicit
//     and informed consent and the conditions of the last-resort transfer
//     (Error where recorded Absent, Info CodeNotEvidenced where not
//     stated).
//  6. For a UK exporter from 2026-02-05 relying on an Art. 46 safeguard,
//     the exporter's assessment that the data protection test is met (UK
//     GDPR Art. 46(1A)(a)(ii)), unless arrangements entered into before
//     2026-02-05 are saved by DUAA 2025 Sch. 9 para 27
//     (CodeDataProtectionTestMissing; see [Transfer.DataProtectionTest]).
//  7. Adequacy for each destination that is a third country: a decision in
//     force on the date, general or with the scope claimed, and
//     certification where the scope needs it (CodeNoAdequacy,
//     CodeAdequacyPartialOnly, CodeScopeMissing (Warning),
//     CodeScopeMismatch, CodeWrongDestination, CodeNotCertified). Not
//     judged when the mechanism itself failed step 4.
//
// Findings cite the provision of the date judged ([basis.Regime.Cite]):
// for a UK exporter, the GDPR before 2021-01-01; adequacy rests on DPA
// 2018 s.17A from 2021-01-01 and on UK GDPR Art. 45A from 2026-02-05 (DUAA
// 2025 Sch. 7 paras 3-4, Sch. 9 paras 12 and 26).
//
// Findings does not judge what it cannot know: whether a derogation's
// necessity test is met, whether supplementary measures are needed after
// Schrems II, or whether the exporter's assessment of the data protection
// test was in fact reasonable and proportionate.
//
// Adequacy covers only recipients within its scope: a decision or
// regulations counted as general for Canada (commercial organisations
// under PIPEDA), Japan (business operators under the APPI) and the
// Republic of Korea (recipients under PIPA, without its exclusions) do not
// reach a recipient outside that scope, such as a Canadian public body or
// a Korean political party or religious organisation. Findings cannot
// tell from the country which recipients are within scope: the host must
// not claim Adequacy or PartialAdequacy for a recipient outside it, but
// rely on safeguards or a derogation there.
func (t Transfer) Findings(r basis.Regime, at time.Time) Findings {
	var fs Findings
	if f, bad := judgeable(r, at, "the transfer"); bad {
		return append(fs, f)
	}
	m := t.Mechanism
	if m != 0 && !m.IsValid() {
		fs = append(fs, badValue("mechanism", m.String(), "a transfer mechanism", mechanisms.Codes()))
	}
	var bad uint64 // bit i: destination i is no country code (the first 64)
	for i, c := range t.Countries {
		if !c.IsValid() {
			fs = append(fs, badCountry(basis.Index("countries", i), c))
			if i < 64 {
				bad |= 1 << i
			}
		}
	}
	if len(t.Countries) == 0 && !t.AnyThirdCountry {
		return append(fs, Finding{Code: CodeNoDestination, Severity: basis.Error, Regime: r, Path: "countries",
			Article: cite(r, at, "Art. 30(1)(e)"),
			Message: "the transfer names no country and does not say it goes to unnamed third countries"})
	}
	d := regimeDay(r, at)
	restricted := t.AnyThirdCountry
	var third uint64 // bit i: destination i is a third country on d (the first 64)
	for i, c := range t.Countries {
		if restrictedOn(r, c, d) {
			restricted = true
			if i < 64 {
				third |= 1 << i
			}
		}
	}
	if !restricted {
		return fs // not a transfer to a third country on the date
	}
	// covered: adequacy for the whole private sector covers every
	// destination that is a third country. An adequacy mechanism is
	// judged destination by destination below instead.
	covered := false
	if m == 0 || (m.IsValid() && m.Kind() != AdequacyKind) {
		covered = t.adequacyCovers(r, d, third)
	}
	if m == 0 {
		art := "Art. 44"
		if r.InForce(basis.TransfersArt44A, at) {
			art = "Art. 44A"
		}
		if covered {
			return append(fs, Finding{Code: CodeNotEvidenced, Severity: basis.Info, Regime: r, Path: "mechanism",
				Article: cite(r, at, "Art. 13(1)(f)"),
				Message: "no mechanism is recorded; adequacy covers " + t.destinations(r, d) + " on " + d.String() + ", which the notice should state"})
		}
		// No mechanism recorded is not evidence that none exists, but
		// Art. 13(1)(f) and 30(1)(e) ask for it to be told and recorded:
		// a likely gap (Warning), not shown unlawful.
		return append(fs, Finding{Code: CodeNoMechanism, Severity: basis.Warning, Regime: r, Path: "mechanism",
			Article: cite(r, at, art) + "; " + cite(r, at, "Art. 13(1)(f), 30(1)(e)"),
			Message: "a transfer to " + t.destinations(r, d) + " records no adequacy, safeguard or derogation it relies on"})
	}
	if !m.IsValid() || (covered && m.Kind() != AdequacyKind) {
		return fs
	}
	l := lawOn(r, at)
	n := len(fs)
	fs = t.checkWindow(fs, r, l, m, d, "mechanism")
	windowFailed := false
	for _, f := range fs[n:] {
		windowFailed = windowFailed || f.Severity == basis.Error
	}
	fs = t.checkFacts(fs, r, at, l, m)
	fs = t.checkDataProtectionTest(fs, l, m)
	if windowFailed {
		return fs
	}
	return t.checkDestinations(fs, r, l, m, d, third&^bad)
}

// adequacyCovers reports whether adequacy in force on d for the whole of
// a country's private sector covers every named destination that is a
// third country (third marks them, as in checkDestinations), and no
// unnamed one is claimed.
func (t Transfer) adequacyCovers(r basis.Regime, d civil.Date, third uint64) bool {
	if t.AnyThirdCountry {
		return false
	}
	for i, c := range t.Countries {
		if (i < 64 && third&(1<<i) == 0) || (i >= 64 && !restrictedOn(r, c, d)) {
			continue
		}
		if a, ok := lookup(r, c, d); !ok || !a.general {
			return false
		}
	}
	return true
}

// Check returns nil when the transfer is lawful as recorded under regime r
// on the date of at, and otherwise the Error-severity [Transfer.Findings]
// as one error: Findings(r, at).Err(). Match on the code with
// [basis.CodeOf].
func (t Transfer) Check(r basis.Regime, at time.Time) error { return t.Findings(r, at).Err() }

// finding builds a transfer finding under regime r.
func finding(code Code, sev basis.Severity, r basis.Regime, path, art, value, msg string) Finding {
	return Finding{Code: code, Severity: sev, Regime: r, Path: path, Article: art, Value: value, Message: msg}
}

// evidence reports a fact the rule needs: nothing when Present, absent
// (Error) when recorded Absent, Info CodeNotEvidenced when not stated.
func evidence(fs Findings, e Evidence, r basis.Regime, path, art string, absent Code, absentMsg, fact string) Findings {
	switch e {
	case Present:
		return fs
	case Absent:
		return append(fs, finding(absent, basis.Error, r, path, art, "", absentMsg))
	case 0:
		return append(fs, finding(CodeNotEvidenced, basis.Info, r, path, art, "", "not evidenced: "+fact))
	}
	return append(fs, badValue(path, e.String(), "an evidence value", evidenceCodes))
}

// checkDataProtectionTest applies UK GDPR Art. 46(1A) (DUAA 2025 Sch. 7
// para 6, in force 2026-02-05): a UK exporter's transfer is made subject to
// appropriate safeguards only if, besides the safeguards of Art. 46(2) or
// (3), the exporter, acting reasonably and proportionately, considers that
// the data protection test of Art. 46(6) is met. DUAA 2025 Sch. 9 para 27
// saves, in addition, transfers made under arrangements entered into before
// 2026-02-05 with safeguards under Art. 46(2) or (3) (every Art. 46
// mechanism of this package; the old EU clauses ended before then).
func (t Transfer) checkDataProtectionTest(fs Findings, l law, m Mechanism) Findings {
	if l != lawUKDUAA || m.Kind() != SafeguardsKind || t.DataProtectionTest == Present {
		return fs
	}
	if !t.Concluded.IsZero() && !basis.UK.InForce(basis.TransfersArt44A, t.Concluded) {
		return fs // arrangements entered into before 2026-02-05: Sch. 9 para 27
	}
	art := "UK GDPR Art. 46(1A)(a)(ii), 46(6)-(7)"
	if m == PublicAuthorityInstrument {
		art = "UK GDPR Art. 46(1A)(a)(ii), (b)(ii), 46(6)-(7)"
	}
	msg := "from 2026-02-05 " + m.String() + " gives appropriate safeguards only if the exporter, acting reasonably and proportionately, " +
		"considers that the data protection test is met (protection not materially lower than under the UK GDPR and the DPA 2018)"
	switch t.DataProtectionTest {
	case 0:
		return append(fs, finding(CodeNotEvidenced, basis.Info, basis.UK, "dataProtectionTest", art, "", "not evidenced: "+msg))
	case Absent:
	default:
		return append(fs, badValue("dataProtectionTest", t.DataProtectionTest.String(), "an evidence value", evidenceCodes))
	}
	if t.Concluded.IsZero() {
		// Lawful only if the arrangements are saved, which the record
		// does not say: a likely gap.
		msg += "; arrangements entered into before 2026-02-05 are saved (DUAA 2025 Sch. 9 para 27): say when they were (concluded)"
		return append(fs, finding(CodeDataProtectionTestMissing, basis.Warning, basis.UK, "dataProtectionTest", art, "absent", msg))
	}
	c := regimeDay(basis.UK, t.Concluded)
	msg += "; arrangements entered into on " + c.String() + " are not saved by DUAA 2025 Sch. 9 para 27, which needs a day before 2026-02-05"
	return append(fs, finding(CodeDataProtectionTestMissing, basis.Error, basis.UK, "dataProtectionTest", art, "absent", msg))
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

// checkWindow reports whether mechanism m can be relied on under regime r
// on day d, and for a contract whether it was concluded in time; path is
// where the mechanism is named ("mechanism", or "scope" for the instrument
// a scope brings).
func (t Transfer) checkWindow(fs Findings, r basis.Regime, l law, m Mechanism, d civil.Date, path string) Findings {
	info := &mechanismTable[m]
	w := info.win[r]
	if !w.ok && r == basis.UK && d.Before(ukGDPRDay) {
		// Before 2021-01-01 the EU GDPR applied in the UK, so an EU
		// mechanism is judged by its EU dates (the 2021 clauses were not
		// yet in force in 2020, rather than foreign).
		w = info.win[basis.EU]
	}
	art := mechanismArticle(l, m)
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
		return append(fs, finding(CodeOtherRegime, basis.Error, r, path, art, m.String(), msg))
	}
	live := true
	switch {
	case d.Before(w.from):
		live = false
		fs = append(fs, finding(CodeNotYetInForce, basis.Error, r, path, art, m.String(),
			m.String()+" can be relied on only from "+w.from.String()+"; the date judged is "+d.String()))
	case d.After(w.until):
		live = false
		fs = append(fs, finding(w.ended, basis.Error, r, path, art, m.String(),
			m.String()+" cannot be relied on after "+w.until.String()+": "+w.endNote))
	}
	if t.Concluded.IsZero() {
		if live && w.contract && d.After(w.newUntil) {
			// Lawful only if the contract was concluded in time, which the
			// record does not say.
			fs = append(fs, finding(CodeConclusionMissing, basis.Warning, r, "concluded", art, "",
				"after "+w.newUntil.String()+" "+m.String()+" is valid only for contracts concluded on or before that day; say when the contract was concluded"))
		}
		return fs
	}
	c := regimeDay(r, t.Concluded)
	if c.After(d) {
		fs = append(fs, finding(CodeConcludedAfterDate, basis.Error, r, "concluded", art, c.String(),
			"the contract was concluded after "+d.String()+", so it did not exist then"))
	}
	switch {
	case c.Before(w.from):
		fs = append(fs, finding(CodeNotYetInForce, basis.Error, r, "concluded", art, c.String(),
			"the contract was concluded before "+m.String()+" could be used ("+w.from.String()+")"))
	case c.After(w.newUntil):
		fs = append(fs, finding(CodeRepealed, basis.Error, r, "concluded", art, c.String(),
			"no new contract could be concluded on "+m.String()+" after "+w.newUntil.String()))
	}
	return fs
}

// checkFacts reports the facts mechanism m needs.
func (t Transfer) checkFacts(fs Findings, r basis.Regime, at time.Time, l law, m Mechanism) Findings {
	switch m {
	case SCC2021:
		const art = "Implementing Decision (EU) 2021/914, Annex"
		switch {
		case t.Module == 0:
			fs = append(fs, finding(CodeModuleMissing, basis.Warning, r, "module", art, "",
				"the 2021 clauses are used in one of four modules, which is not recorded (valid: "+strings.Join(modules.Codes(), ", ")+")"))
		case !t.Module.IsValid():
			fs = append(fs, badValue("module", t.Module.String(), "a module", modules.Codes()))
		}
	case DerogationConsent, DerogationContract, DerogationContractInInterest, CompellingLegitimateInterests:
		if t.PublicPowers {
			fs = append(fs, finding(CodePublicAuthorityExcluded, basis.Error, r, "publicPowers", cite(r, at, "Art. 49(3)"), "",
				m.String()+" is not available to public authorities exercising their public powers"))
		}
	}
	art := mechanismArticle(l, m)
	switch m {
	case DerogationConsent:
		fs = evidence(fs, t.Consent.Explicit, r, "consent.explicit", art, CodeConsentNotExplicit,
			"consent to a transfer must be explicit; agreement inferred from submitting data is not",
			"that the data subject explicitly consented to the transfer")
		fs = evidence(fs, t.Consent.InformedOfRisks, r, "consent.informedOfRisks", art, CodeConsentNotInformed,
			"the data subject must be informed of the possible risks of the transfer before consenting",
			"that the data subject was informed of the possible risks of the transfer before consenting")
	case CompellingLegitimateInterests:
		c := t.Compelling
		for _, cond := range [...]struct {
			e          Evidence
			path, fact string
		}{
			{c.NotRepetitive, "compelling.notRepetitive", "the transfer is not repetitive"},
			{c.LimitedSubjects, "compelling.limitedSubjects", "it concerns only a limited number of data subjects"},
			{c.SafeguardsAssessed, "compelling.safeguardsAssessed", "all the circumstances were assessed and suitable safeguards provided"},
			{c.AuthorityInformed, "compelling.authorityInformed", "the supervisory authority was informed of the transfer"},
			{c.DataSubjectInformed, "compelling.dataSubjectInformed", "the data subject was informed of the transfer and the interests pursued"},
		} {
			fs = evidence(fs, cond.e, r, cond.path, art, CodeCompellingConditions, "condition not met: "+cond.fact, cond.fact)
		}
		if strings.TrimSpace(c.Interests) == "" {
			fs = append(fs, finding(CodeNotEvidenced, basis.Info, r, "compelling.interests", art, "",
				"not evidenced: the compelling legitimate interests pursued"))
		}
	}
	return fs
}

// checkDestinations reports whether the adequacy relied on covers each
// destination that is a third country on day d.
// third marks the valid destinations that are third countries on d, as
// [Transfer.Findings] found them (beyond the first 64 it is worked out
// again).
func (t Transfer) checkDestinations(fs Findings, r basis.Regime, l law, m Mechanism, d civil.Date, third uint64) Findings {
	var scope Scope
	art := mechanismArticle(l, m)
	switch m {
	case Adequacy:
	case PartialAdequacy:
		scope = t.Scope
		if scope == 0 {
			// The claim is incomplete: probably not enough as recorded.
			return append(fs, finding(CodeScopeMissing, basis.Warning, r, "scope", art, "",
				"partial adequacy must name its scope (valid: "+strings.Join(scopes.Codes(), ", ")+")"))
		}
		if !scope.IsValid() {
			return append(fs, badValue("scope", scope.String(), "a scope", scopes.Codes()))
		}
		if sm := scopeInfo[scope].mechanism; sm != 0 {
			// The scope of an EU-US instrument brings that instrument's
			// dates and regime with it.
			n := len(fs)
			if fs = t.checkWindow(fs, r, l, sm, d, "scope"); len(fs) > n {
				return fs
			}
		}
	case SafeHarbor, PrivacyShield, DataPrivacyFramework, UKExtension:
		scope = mechanismTable[m].scope
		if t.Scope != 0 && t.Scope != scope {
			fs = append(fs, finding(CodeScopeMismatch, basis.Error, r, "scope", art, t.Scope.String(),
				m.String()+" has the scope "+scope.String()))
		}
	default:
		return fs
	}
	if t.AnyThirdCountry {
		fs = append(fs, finding(CodeNoAdequacy, basis.Error, r, "anyThirdCountry", art, "",
			"adequacy cannot be relied on for destinations that are not named"))
	}
	certified := false
	for i, c := range t.Countries {
		if (i < 64 && third&(1<<i) == 0) || (i >= 64 && (!c.IsValid() || !restrictedOn(r, c, d))) {
			continue
		}
		p := countryPath(i)
		if scope != 0 && scope.Country() != c {
			fs = append(fs, finding(CodeWrongDestination, basis.Error, r, p, art, string(c),
				"the scope "+scope.String()+" covers only "+string(scope.Country())))
			continue
		}
		a, ok := lookup(r, c, d)
		switch {
		case !ok:
			fs = append(fs, finding(CodeNoAdequacy, basis.Error, r, p, art, string(c),
				"no adequacy decision or regulations covered "+string(c)+" ("+c.Name()+") for "+strings.ToUpper(r.String())+" exporters on "+d.String()))
			continue
		case scope == 0 && !a.general:
			fs = append(fs, finding(CodeAdequacyPartialOnly, basis.Error, r, p, art, string(c),
				"adequacy for "+string(c)+" on "+d.String()+" ("+a.instrument+") reaches only recipients within the scope "+a.scope.String()+"; claim partial-adequacy with that scope"))
			continue
		case scope != 0 && a.scope != scope:
			fs = append(fs, finding(CodeScopeMismatch, basis.Error, r, "scope", art, scope.String(),
				"adequacy for "+string(c)+" on "+d.String()+" ("+a.instrument+") has the scope "+scopeOrWhole(a.scope)))
			continue
		}
		if scope.Certified() && !certified {
			certified = true
			fs = evidence(fs, t.Certified, r, "certified", mechanismArticle(l, scopeInfo[scope].mechanism), CodeNotCertified,
				"adequacy under "+scope.String()+" reaches only recipients certified under it",
				"that the recipient is certified under "+scope.String()+", as the adequacy relied on requires")
		}
	}
	return fs
}

// countryPaths holds the paths of the first destinations, so that a check
// that finds nothing builds no string.
var countryPaths = func() (ps [8]string) {
	for i := range ps {
		ps[i] = basis.Index("countries", i)
	}
	return ps
}()

// countryPath returns the path of destination i, "countries[i]".
func countryPath(i int) string {
	if i < len(countryPaths) {
		return countryPaths[i]
	}
	return basis.Index("countries", i)
}

func scopeOrWhole(s Scope) string {
	if s == 0 {
		return "of the whole country"
	}
	return s.String()
}

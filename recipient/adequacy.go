package recipient

import (
	"iter"
	"sync"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// AdequacyEntry is one adequacy decision (EU) or set of adequacy
// regulations (UK) for one country, with the days it is in force.
type AdequacyEntry struct {
	Regime     basis.Regime `json:"regime,omitzero"`     // whose exporters it serves
	Country    Country      `json:"country,omitzero"`    // the destination
	Instrument string       `json:"instrument,omitzero"` // the decision or regulations, such as "Implementing Decision (EU) 2019/419"
	From       time.Time    `json:"from,omitzero"`       // midnight at the start of its first day in force, in the regime's location
	Until      time.Time    `json:"until,omitzero"`      // midnight at the start of its last day in force; zero while it lasts
	Scope      Scope        `json:"scope,omitzero"`      // the part of the country it reaches; zero for the whole
	General    bool         `json:"general,omitzero"`    // it covers the country's private sector generally (see [Adequate])
}

// adequacy is one row of an adequacy table.
type adequacy struct {
	country     Country
	instrument  string
	from, until civil.Date // until: last day in force, civil.Max while it lasts
	scope       Scope
	general     bool
}

// euAdequacy is the EU list (Art. 45(3); decisions under Directive 95/46/EC
// Art. 25(6) stay in force under Art. 45(9)). Dates are the dates of
// adoption, on which each decision was notified to the member states and
// took effect; sources in the reference, §10.2 and §10.3. The Safe Harbor
// and Privacy Shield decisions reached only certified organisations and
// ended when the Court of Justice invalidated them.
var euAdequacy = [...]adequacy{
	{"CH", "Decision 2000/518/EC", civil.MustParse("2000-07-26"), civil.Max, 0, true},
	{"US", "Decision 2000/520/EC (Safe Harbor; invalid from 2015-10-06, C-362/14)", civil.MustParse("2000-07-26"), civil.MustParse("2015-10-05"), ScopeSafeHarbor, false},
	{"CA", "Decision 2002/2/EC", civil.MustParse("2001-12-20"), civil.Max, ScopeCanadaPIPEDA, true},
	{"AR", "Decision 2003/490/EC", civil.MustParse("2003-06-30"), civil.Max, 0, true},
	{"GG", "Decision 2003/821/EC", civil.MustParse("2003-11-21"), civil.Max, 0, true},
	{"IM", "Decision 2004/411/EC", civil.MustParse("2004-04-28"), civil.Max, 0, true},
	{"JE", "Decision 2008/393/EC", civil.MustParse("2008-05-08"), civil.Max, 0, true},
	{"FO", "Decision 2010/146/EU", civil.MustParse("2010-03-05"), civil.Max, 0, true},
	{"AD", "Decision 2010/625/EU", civil.MustParse("2010-10-19"), civil.Max, 0, true},
	{"IL", "Decision 2011/61/EU", civil.MustParse("2011-01-31"), civil.Max, 0, true},
	{"UY", "Implementing Decision 2012/484/EU", civil.MustParse("2012-08-21"), civil.Max, 0, true},
	{"NZ", "Implementing Decision 2013/65/EU", civil.MustParse("2012-12-19"), civil.Max, 0, true},
	{"US", "Implementing Decision (EU) 2016/1250 (Privacy Shield; invalid from 2020-07-16, C-311/18)", civil.MustParse("2016-07-12"), civil.MustParse("2020-07-15"), ScopePrivacyShield, false},
	{"JP", "Implementing Decision (EU) 2019/419", civil.MustParse("2019-01-23"), civil.Max, ScopeJapanAPPI, true},
	// The UK decision had a sunset on 2025-06-27, was extended to
	// 2025-12-27 and was renewed on 2025-12-19 for six years to 2031-12-27
	// (the reference, §10.2; the numbers of the extending and renewing
	// decisions are not verified there).
	{"GB", "Implementing Decision (EU) 2021/1772", civil.MustParse("2021-06-28"), civil.MustParse("2025-06-27"), 0, true},
	{"GB", "Implementing Decision (EU) 2021/1772 as extended to 2025-12-27", civil.MustParse("2025-06-28"), civil.MustParse("2025-12-27"), 0, true},
	{"GB", "Implementing Decision (EU) 2021/1772 as renewed on 2025-12-19", civil.MustParse("2025-12-28"), civil.MustParse("2031-12-27"), 0, true},
	{"KR", "Implementing Decision (EU) 2022/254", civil.MustParse("2021-12-17"), civil.Max, ScopeKoreaPIPA, true},
	{"US", "Implementing Decision (EU) 2023/1795 (Data Privacy Framework)", civil.MustParse("2023-07-10"), civil.Max, ScopeDPF, false},
	{"BR", "Implementing Decision (EU) 2026/179", civil.MustParse("2026-01-26"), civil.Max, 0, true},
}

// ukGDPRDay is the first day of the UK GDPR (S.I. 2019/419): before it the
// EU GDPR applied in the UK, and the EU list served UK exporters.
var ukGDPRDay = civil.MustParse("2021-01-01")

// ukAdequacy is the UK list from 2021-01-01 (IP completion day was
// 2020-12-31 at 23:00): the EU decisions that DPA 2018 Sch. 21 para 4
// treats as adequacy regulations, listed in para 5(2)(a) to (m), and the
// UK's own regulations (DPA 2018 s.17A). From 2026-02-05 all of them are
// treated as regulations under UK GDPR Art. 45A (DUAA 2025 Sch. 9 para
// 25(3)(a) amending Sch. 21 para 4(1), and para 26); the rows stand. The revised para 5(2) has no
// point (l), and the Privacy Shield decision, invalid before IP completion
// day, is not among its points. The EEA states (para 5(1)(a))
// and Gibraltar (para 5(1)(b)) are adequate under the same paragraph; see
// [Adequate]. The reference (§10.4) marks the Faroe Islands as unverified;
// the revised text of the Act on legislation.gov.uk lists Decision
// 2010/146/EU as para 5(2)(g), and the dates of every preserved decision
// below match those in para 5(2).
var ukAdequacy = [...]adequacy{
	{"CH", "DPA 2018 Sch. 21 para 5(2)(a) (Decision 2000/518/EC)", ukGDPRDay, civil.Max, 0, true},
	{"CA", "DPA 2018 Sch. 21 para 5(2)(b) (Decision 2002/2/EC)", ukGDPRDay, civil.Max, ScopeCanadaPIPEDA, true},
	{"AR", "DPA 2018 Sch. 21 para 5(2)(c) (Decision 2003/490/EC)", ukGDPRDay, civil.Max, 0, true},
	{"GG", "DPA 2018 Sch. 21 para 5(2)(d) (Decision 2003/821/EC)", ukGDPRDay, civil.Max, 0, true},
	{"IM", "DPA 2018 Sch. 21 para 5(2)(e) (Decision 2004/411/EC)", ukGDPRDay, civil.Max, 0, true},
	{"JE", "DPA 2018 Sch. 21 para 5(2)(f) (Decision 2008/393/EC)", ukGDPRDay, civil.Max, 0, true},
	{"FO", "DPA 2018 Sch. 21 para 5(2)(g) (Decision 2010/146/EU)", ukGDPRDay, civil.Max, 0, true},
	{"AD", "DPA 2018 Sch. 21 para 5(2)(h) (Decision 2010/625/EU)", ukGDPRDay, civil.Max, 0, true},
	{"IL", "DPA 2018 Sch. 21 para 5(2)(i) (Decision 2011/61/EU)", ukGDPRDay, civil.Max, 0, true},
	{"UY", "DPA 2018 Sch. 21 para 5(2)(j) (Decision 2012/484/EU)", ukGDPRDay, civil.Max, 0, true},
	{"NZ", "DPA 2018 Sch. 21 para 5(2)(k) (Decision 2013/65/EU)", ukGDPRDay, civil.Max, 0, true},
	{"JP", "DPA 2018 Sch. 21 para 5(2)(m) (Decision (EU) 2019/419)", ukGDPRDay, civil.Max, ScopeJapanAPPI, true},
	{"GI", "DPA 2018 Sch. 21 para 5(1)(b) (Gibraltar)", ukGDPRDay, civil.Max, 0, true},
	{"KR", "S.I. 2022/1213", civil.MustParse("2022-12-19"), civil.Max, ScopeKoreaPIPA, true},
	{"US", "S.I. 2023/1028 (UK Extension to the Data Privacy Framework)", civil.MustParse("2023-10-12"), civil.Max, ScopeUKExtension, false},
}

// eeaAdequacyInstrument is the UK provision that makes the EEA states
// adequate from 2021-01-01.
const eeaAdequacyInstrument = "DPA 2018 Sch. 21 para 5(1)(a) (EEA state)"

// tcaBridge is the last day of the "specified period" of the EU-UK Trade
// and Cooperation Agreement, Art. FINPROV.10A (OJ L 444, 2020-12-31): from
// 2021-01-01, the Agreement's provisional application, transmission of
// personal data from the EU to the UK was not to be considered a transfer
// to a third country, for at most four months extended by two, ending
// earlier on the day the Commission adopted the adequacy decisions on the
// UK: 2021-06-28 (Implementing Decisions (EU) 2021/1772 and 2021/1773).
// That day the GDPR decision is in force, so no day is left uncovered.
var tcaBridge = civil.MustParse("2021-06-27")

// lookup returns the row for c on day d under regime r (the EU list for
// UK exporters before 2021-01-01), and the EEA row for the UK's EEA
// adequacy.
func lookup(r basis.Regime, c Country, d civil.Date) (adequacy, bool) {
	if r == basis.UK && !d.Before(ukGDPRDay) {
		for i := range ukAdequacy {
			a := &ukAdequacy[i]
			if a.country == c && !d.Before(a.from) && !d.After(a.until) {
				return *a, true
			}
		}
		// No EEA state is in the table, so the order of the two tests
		// does not matter; the table is the cheaper.
		if c != "GB" && inEEAOn(c, d) {
			return adequacy{country: c, instrument: eeaAdequacyInstrument, from: ukGDPRDay, until: civil.Max, general: true}, true
		}
		return adequacy{}, false
	}
	if r != basis.UK && r != basis.EU {
		return adequacy{}, false
	}
	for i := range euAdequacy {
		a := &euAdequacy[i]
		if a.country == c && !d.Before(a.from) && !d.After(a.until) {
			return *a, true
		}
	}
	return adequacy{}, false
}

// inEEAOn reports whether EU data-protection law applied in c on day d as
// part of the EU or the EEA ([Country.InEEA], which takes the calendar
// date in Brussels). Noon UTC on day d is 13:00 or 14:00 in Brussels the
// same day, so it stands for d.
func inEEAOn(c Country, d civil.Date) bool {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' || !everInEEA()[letterIndex(c)] {
		return false // never part of the EU or the EEA: no need to ask the date
	}
	// A civil.Date counts days from 1970-01-01, so noon UTC on d is this
	// Unix time (without the calendar arithmetic of time.Date).
	return c.InEEA(time.Unix(int64(d)*86400+12*3600, 0))
}

// letterIndex numbers a code of two upper-case letters.
func letterIndex(c Country) int { return int(c[0]-'A')*26 + int(c[1]-'A') }

// everInEEA marks, by [letterIndex], the countries [Country.InEEA] reports
// on some day, so that the many checks of a country that never was (India,
// the United States) skip the time-zone arithmetic InEEA does. It asks
// InEEA on 1 January and 1 July of every year from 1958 (the Treaty of
// Rome) to 2100, which finds every country whose cover lasted six months
// or more; every cover the package knows (membership, the EEA, a
// territory's status, the UK's transition period of eleven months) is
// longer, and TestEverInEEA checks each month. It is worked out once, on
// first use.
var everInEEA = sync.OnceValue(func() *[26 * 26]bool {
	var ever [26 * 26]bool
	for _, c := range AllCountries() {
		for y := 1958; y <= 2100 && !ever[letterIndex(c)]; y++ {
			for _, m := range [...]time.Month{time.January, time.July} {
				if c.InEEA(time.Date(y, m, 1, 12, 0, 0, 0, time.UTC)) {
					ever[letterIndex(c)] = true
				}
			}
		}
	}
	return &ever
})

// regimeDay is the calendar date of at in r's location.
func regimeDay(r basis.Regime, at time.Time) civil.Date { return civil.In(at, r.Location()) }

// Adequate reports whether, on the calendar date of at in the regime's
// location, an adequacy decision (EU, Art. 45(3)) or adequacy regulations
// (UK, DPA 2018 s.17A and Sch. 21 paras 4-5; from 2026-02-05 regulations
// under UK GDPR Art. 45A, DUAA 2025 Sch. 7 para 4 and Sch. 9 para 26) in
// force cover country c's private sector generally. Japan (APPI), the
// Republic of Korea (PIPA) and Canada (commercial organisations under
// PIPEDA) count, although their adequacy has a scope ([AdequacyEntry.Scope]).
//
// True is therefore not an answer for every recipient in the country: a
// recipient outside the scope is not covered, such as a Canadian public
// body (PIPEDA governs commercial organisations), a Japanese recipient not
// subject to the APPI, or a Korean political party, religious organisation
// or holder of personal credit information that Implementing Decision (EU)
// 2022/254 excludes. The host must not rely on adequacy for such a
// recipient; it needs Art. 46 safeguards or an Art. 49 derogation (see
// [Transfer]).
//
// It is false where adequacy reaches only certified recipients (the United
// States: Safe Harbor, the Privacy Shield, the Data Privacy Framework and
// its UK Extension), where there is none, and where none is needed because
// the destination is not a third country (the EU/EEA for EU exporters, and
// the UK from 2021-01-01 to 2021-06-27 under the bridge of the Trade and
// Cooperation Agreement, see [Restricted]; for UK exporters the UK itself,
// and the EEA and Gibraltar before 2021-01-01).
//
// From 2021-01-01 the UK regime treats the EEA states and Gibraltar as
// adequate (DPA 2018 Sch. 21 para 5(1)(a) and (b)); before then the UK
// applied the EU GDPR and the EU's list. The EU's decision on the UK
// (Implementing Decision (EU) 2021/1772) applies from 2021-06-28; it was
// extended to 2025-12-27 and renewed on 2025-12-19 to 2031-12-27.
func Adequate(r basis.Regime, c Country, at time.Time) bool {
	a, ok := lookup(r, c, regimeDay(r, at))
	return ok && a.general
}

// AdequacyOf returns the adequacy entry for c in force under r on the date
// of at, including the entries that reach only certified recipients, and
// false where there is none.
func AdequacyOf(r basis.Regime, c Country, at time.Time) (AdequacyEntry, bool) {
	a, ok := lookup(r, c, regimeDay(r, at))
	if !ok {
		return AdequacyEntry{}, false
	}
	return a.entry(r), true
}

func (a adequacy) entry(r basis.Regime) AdequacyEntry {
	e := AdequacyEntry{Regime: r, Country: a.country, Instrument: a.instrument,
		From: a.from.Time(r.Location()), Scope: a.scope, General: a.general}
	if a.until != civil.Max {
		e.Until = a.until.Time(r.Location())
	}
	return e
}

// AdequacyEntries yields the entries of regime r's own list in the order of
// the table: for the EU, every decision with its dates; for the UK, the
// regulations and preserved decisions from 2021-01-01 (the EEA states,
// adequate under DPA 2018 Sch. 21 para 5, are not listed one by one).
func AdequacyEntries(r basis.Regime) iter.Seq[AdequacyEntry] {
	return func(yield func(AdequacyEntry) bool) {
		var rows []adequacy
		switch r {
		case basis.EU:
			rows = euAdequacy[:]
		case basis.UK:
			rows = ukAdequacy[:]
		}
		for _, a := range rows {
			if !yield(a.entry(r)) {
				return
			}
		}
	}
}

// Restricted reports whether sending personal data from an exporter under
// regime r to country c on the date of at is a transfer to a third country
// (Chapter V). It is false for the EU/EEA under the EU regime (including
// the UK until 2020-12-31 and, under the Trade and Cooperation Agreement's
// bridge, until 2021-06-27); for UK exporters it is false for the UK itself
// and, before 2021-01-01, for the EU/EEA and Gibraltar. An invalid regime or
// country counts as restricted.
func Restricted(r basis.Regime, c Country, at time.Time) bool {
	return restrictedOn(r, c, regimeDay(r, at))
}

func restrictedOn(r basis.Regime, c Country, d civil.Date) bool {
	switch r {
	case basis.EU:
		if inEEAOn(c, d) {
			return false
		}
		if c == "GB" && !d.Before(ukGDPRDay) && !d.After(tcaBridge) {
			return false
		}
		return true
	case basis.UK:
		if c == "GB" {
			return false
		}
		if d.Before(ukGDPRDay) && inEEAOn(c, d) {
			return false
		}
		return true
	}
	return true
}

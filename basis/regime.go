package basis

import (
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// ParseError reports text that is not a code of an enumeration: it names the
// type, the bad value and the valid codes. Every dpmodel package returns this
// type from its Parse functions and UnmarshalText methods.
type ParseError = enum.ParseError

// RangeError reports an enumeration value out of range when it is marshalled.
type RangeError = enum.RangeError

// Regime is the body of data-protection law a processing operation is judged
// under. The zero value is unspecified.
type Regime uint8

const (
	// UK is the UK GDPR with the Data Protection Act 2018 and PECR, as
	// amended from time to time (notably by the Data (Use and Access) Act
	// 2025). Before 2021-01-01 the EU GDPR itself applied in the UK, with the
	// DPA 2018 (S.I. 2019/419; IP completion day 2020-12-31 23:00).
	UK Regime = iota + 1
	// EU is Regulation (EU) 2016/679 (the EU GDPR) as it applies in the
	// EU/EEA: in the EU states from 2018-05-25 (Art. 99(2)), and in
	// Iceland, Liechtenstein and Norway from 2018-07-20, when EEA Joint
	// Committee Decision No 154/2018 entered into force. A Regime carries
	// no country, so [GDPRApplies] dates the EU regime from 2018-05-25;
	// [LookupDigitalConsent] and [ForCountry] apply the EEA date.
	EU
)

var regimes = enum.New[Regime]("basis.Regime", "uk", "eu")

// AllRegimes returns every regime in order.
func AllRegimes() []Regime { return regimes.Values() }

// ParseRegime returns the regime with the given code ("uk", "eu").
func ParseRegime(s string) (Regime, error) { return regimes.Parse(s) }

// MustParseRegime is like [ParseRegime] but panics on error.
func MustParseRegime(s string) Regime { return mustParse(regimes, s) }

// String returns the regime's code, "unspecified", or "basis.Regime(n)".
func (r Regime) String() string { return regimes.String(r) }

// IsValid reports whether r is UK or EU.
func (r Regime) IsValid() bool { return regimes.Valid(r) }

// AppendText appends the regime's code to b.
func (r Regime) AppendText(b []byte) ([]byte, error) { return regimes.AppendText(b, r) }

// MarshalText returns the regime's code; the zero value is empty text.
func (r Regime) MarshalText() ([]byte, error) { return regimes.MarshalText(r) }

// UnmarshalText parses a code; on error r is unchanged.
func (r *Regime) UnmarshalText(text []byte) error { return regimes.UnmarshalText(r, text) }

// Article returns the instrument the regime rests on.
func (r Regime) Article() string {
	switch r {
	case UK:
		return "UK GDPR; DPA 2018"
	case EU:
		return "Regulation (EU) 2016/679"
	}
	return ""
}

// Location returns the location in which the regime's dates are counted:
// Europe/London for the UK, Europe/Brussels (the Official Journal's seat of
// publication) for the EU, and UTC otherwise.
func (r Regime) Location() *time.Location {
	switch r {
	case UK:
		return civil.London()
	case EU:
		return civil.Brussels()
	}
	return time.UTC
}

// Change is one dated change in the law: the start of the GDPR, or an
// amendment whose effect depends on the date a thing is judged at. Rules that
// changed ask [Regime.InForce] instead of comparing dates themselves.
type Change uint8

const (
	// GDPRApplies: the GDPR applies from 2018-05-25 (Art. 99(2)); in the UK
	// with the DPA 2018 (S.I. 2018/625). In the EEA EFTA states it applies
	// from 2018-07-20 (EEA Joint Committee Decision No 154/2018), which this
	// country-free change does not model.
	GDPRApplies Change = iota + 1
	// UKGDPR: the UK GDPR replaces the EU GDPR in the UK at the end of the
	// transition period, 2021-01-01 (S.I. 2019/419).
	UKGDPR
	// ReasonableSearch: UK Art. 15(1A), an access request needs only a
	// reasonable and proportionate search (DUAA 2025 s.78; in force
	// 2025-06-19 and treated as in force from 2024-01-01, s.78(5)).
	ReasonableSearch
	// RecognisedLegitimateInterests: UK Art. 6(1)(ea) and Annex 1
	// (DUAA 2025 s.70; S.I. 2026/82 reg 2, from 2026-02-05).
	RecognisedLegitimateInterests
	// CompatibilityArt8A: UK Art. 8A and Annex 2 replace Art. 6(4)
	// (DUAA 2025 s.71; from 2026-02-05).
	CompatibilityArt8A
	// TimeLimitsArt12A: UK Art. 12A time limits for requests received from
	// 2026-02-05 (DUAA 2025 s.76; S.I. 2026/82 reg 4 keeps the old limits
	// for earlier requests).
	TimeLimitsArt12A
	// AutomatedDecisionsArt22A: UK Arts. 22A to 22D for decisions taken from
	// 2026-02-05 (DUAA 2025 s.80; S.I. 2026/82 reg 5).
	AutomatedDecisionsArt22A
	// TransfersArt44A: UK Arts. 44A, 45A and 45B on international transfers
	// (DUAA 2025 Sch. 7; from 2026-02-05).
	TransfersArt44A
	// StorageAccessScheduleA1: PECR reg. 6 and Schedule A1 with the
	// statistical, appearance and emergency-assistance exceptions
	// (DUAA 2025 s.112 and Sch. 12; from 2026-02-05).
	StorageAccessScheduleA1
	// CharitySoftOptIn: PECR reg. 22(3A), the charity soft opt-in
	// (DUAA 2025 s.114; from 2026-02-05).
	CharitySoftOptIn
	// ComplaintsToController: DPA 2018 s.164A, complaints to controllers, for
	// complaints received from 2026-06-19; from the same day UK GDPR Art. 77
	// is omitted and complaints to the Commissioner rest on DPA 2018 s.165 as
	// amended (DUAA 2025 s.103; S.I. 2026/82 regs 3 and 7).
	ComplaintsToController
	// ResearchArt84B: DPA 2018 Sch. 1 para 4 (research) requires processing
	// "in accordance with Article 84B" instead of Art. 89(1) with DPA 2018
	// s.19 (DUAA 2025 s.87; from 2026-02-05).
	ResearchArt84B
	// ElectedRepresentativesGracePeriod: DPA 2018 Sch. 1 para 23, a former
	// member stays an elected representative for 30 days beginning with the
	// day after the election, instead of until the fourth day after it
	// (DUAA 2025 s.73; from 2026-02-05).
	ElectedRepresentativesGracePeriod
)

var changes = enum.New[Change]("basis.Change",
	"gdpr-applies", "uk-gdpr", "reasonable-search", "recognised-legitimate-interests",
	"compatibility-art-8a", "time-limits-art-12a", "automated-decisions-art-22a",
	"transfers-art-44a", "storage-access-schedule-a1", "charity-soft-opt-in",
	"complaints-to-controller", "research-art-84b", "elected-representatives-grace-period")

// change holds what is known of one Change: the regime it belongs to, its
// first day in force (a civil date in the regime's location) and its source.
type changeInfo struct {
	regime  Regime // 0: both regimes
	from    civil.Date
	article string
}

var changeTable = [...]changeInfo{
	GDPRApplies:                       {0, civil.MustParse("2018-05-25"), "GDPR Art. 99(2); S.I. 2018/625"},
	UKGDPR:                            {UK, civil.MustParse("2021-01-01"), "S.I. 2019/419"},
	ReasonableSearch:                  {UK, civil.MustParse("2024-01-01"), "UK GDPR Art. 15(1A); DUAA 2025 s.78"},
	RecognisedLegitimateInterests:     {UK, civil.MustParse("2026-02-05"), "UK GDPR Art. 6(1)(ea); DUAA 2025 s.70; S.I. 2026/82 reg. 2"},
	CompatibilityArt8A:                {UK, civil.MustParse("2026-02-05"), "UK GDPR Art. 8A; DUAA 2025 s.71; S.I. 2026/82 reg. 2"},
	TimeLimitsArt12A:                  {UK, civil.MustParse("2026-02-05"), "UK GDPR Art. 12A; DUAA 2025 s.76; S.I. 2026/82 regs. 2 and 4"},
	AutomatedDecisionsArt22A:          {UK, civil.MustParse("2026-02-05"), "UK GDPR Arts. 22A-22D; DUAA 2025 s.80; S.I. 2026/82 regs. 2 and 5"},
	TransfersArt44A:                   {UK, civil.MustParse("2026-02-05"), "UK GDPR Art. 44A; DUAA 2025 Sch. 7; S.I. 2026/82 reg. 2"},
	StorageAccessScheduleA1:           {UK, civil.MustParse("2026-02-05"), "PECR reg. 6 and Sch. A1; DUAA 2025 s.112; S.I. 2026/82 reg. 2"},
	CharitySoftOptIn:                  {UK, civil.MustParse("2026-02-05"), "PECR reg. 22(3A); DUAA 2025 s.114; S.I. 2026/82 reg. 2"},
	ComplaintsToController:            {UK, civil.MustParse("2026-06-19"), "DPA 2018 s.164A; DUAA 2025 s.103; S.I. 2026/82 regs. 3 and 7"},
	ResearchArt84B:                    {UK, civil.MustParse("2026-02-05"), "DPA 2018 Sch. 1 para 4; DUAA 2025 s.87; S.I. 2026/82 reg. 2"},
	ElectedRepresentativesGracePeriod: {UK, civil.MustParse("2026-02-05"), "DPA 2018 Sch. 1 para 23; DUAA 2025 s.73; S.I. 2026/82 reg. 2"},
}

// AllChanges returns every change in order.
func AllChanges() []Change { return changes.Values() }

// ParseChange returns the change with the given code.
func ParseChange(s string) (Change, error) { return changes.Parse(s) }

// MustParseChange is like [ParseChange] but panics on error.
func MustParseChange(s string) Change { return mustParse(changes, s) }

// String returns the change's code, "unspecified", or "basis.Change(n)".
func (c Change) String() string { return changes.String(c) }

// IsValid reports whether c is one of the defined changes.
func (c Change) IsValid() bool { return changes.Valid(c) }

// AppendText appends the change's code to b.
func (c Change) AppendText(b []byte) ([]byte, error) { return changes.AppendText(b, c) }

// MarshalText returns the change's code; the zero value is empty text.
func (c Change) MarshalText() ([]byte, error) { return changes.MarshalText(c) }

// UnmarshalText parses a code; on error c is unchanged.
func (c *Change) UnmarshalText(text []byte) error { return changes.UnmarshalText(c, text) }

// Article returns the provisions that made the change and brought it into
// force.
func (c Change) Article() string {
	if !c.IsValid() {
		return ""
	}
	return changeTable[c].article
}

// Regime returns the regime the change belongs to, or zero for a change that
// belongs to both (GDPRApplies).
func (c Change) Regime() Regime {
	if !c.IsValid() {
		return 0
	}
	return changeTable[c].regime
}

// Commencement returns midnight at the start of the first day the change is
// in force, in the location of its regime (Europe/London for UK changes).
// It is the zero time for an invalid change.
func (c Change) Commencement() time.Time {
	if !c.IsValid() {
		return time.Time{}
	}
	info := changeTable[c]
	r := info.regime
	if r == 0 {
		r = EU
	}
	return info.from.Time(r.Location())
}

// InForce reports whether change c is part of regime r's law on the calendar
// date of at in r's location. A change of the other regime is never in force
// (the UK's recognised legitimate interests are not EU law); GDPRApplies is
// in force in both from 2018-05-25.
func (r Regime) InForce(c Change, at time.Time) bool {
	if !r.IsValid() || !c.IsValid() {
		return false
	}
	return r.inForceOn(c, r.date(at))
}

// inForceOn is [Regime.InForce] for a valid regime and change and the
// calendar date d already taken in the regime's location, so that a check
// that asks several times converts its date once.
func (r Regime) inForceOn(c Change, d civil.Date) bool {
	info := changeTable[c]
	if info.regime != 0 && info.regime != r {
		return false
	}
	return !d.Before(info.from)
}

func mustParse[T ~uint8](t *enum.Table[T], s string) T {
	v, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

package basis

import (
	"math/bits"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// memberKind says how the EU or the EEA covers a place.
type memberKind uint8

const (
	// euState: a member state of the EU (a party to the Treaties).
	euState memberKind = iota + 1
	// euTerritory: a territory with its own ISO code where the Treaties, and
	// so the GDPR, apply as part of a member state (outermost regions under
	// Art. 349 and 355(1) TFEU, the Åland Islands under Art. 355(4), and
	// Gibraltar under Art. 355(3)).
	euTerritory
	// transition: the United Kingdom after its withdrawal, during the
	// transition period, when Union law still applied to and in it
	// (Withdrawal Agreement Arts. 126 and 127).
	transition
	// eftaEEA: an EFTA state that is a party to the EEA Agreement.
	eftaEEA
)

// membership is one period in which EU or EEA law covered a place.
type membership struct {
	country     Country
	kind        memberKind
	from, until civil.Date // first and last day; until is civil.Max while it lasts
	source      string
}

var (
	rome              = civil.MustParse("1958-01-01") // Treaty of Rome in force
	eeaAgreementStart = civil.MustParse("1994-01-01") // EEA Agreement in force
	ukExitDay         = civil.MustParse("2020-01-31") // last day of UK membership
	ipComplete        = civil.MustParse("2020-12-31") // last day of the transition period
)

// memberships lists the EU member states with their accession dates, the
// territories with their own ISO code where EU law applies, the United
// Kingdom's transition period and the EEA EFTA states. Sources: the
// accession treaties and acts (1972, 1979, 1985, 1994, 2003, 2005, 2012),
// the Withdrawal Agreement (OJ C 384 I, 2019-11-12) Arts. 126-127, the EEA
// Agreement (in force 1994-01-01; Liechtenstein 1995-05-01), the Greenland
// Treaty (1985), Council Decision 2010/718/EU (Saint-Barthélemy) and
// European Council Decision 2012/419/EU (Mayotte).
var memberships = [...]membership{
	{"BE", euState, rome, civil.Max, "Treaty of Rome"},
	{"DE", euState, rome, civil.Max, "Treaty of Rome"},
	{"FR", euState, rome, civil.Max, "Treaty of Rome"},
	{"IT", euState, rome, civil.Max, "Treaty of Rome"},
	{"LU", euState, rome, civil.Max, "Treaty of Rome"},
	{"NL", euState, rome, civil.Max, "Treaty of Rome"},
	{"GF", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"GP", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"MQ", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"RE", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"MF", euTerritory, rome, civil.Max, "TFEU Arts. 349, 355(1)"},
	{"BL", euTerritory, rome, civil.MustParse("2011-12-31"), "Decision 2010/718/EU (an overseas country and territory from 2012-01-01)"},
	{"YT", euTerritory, civil.MustParse("2014-01-01"), civil.Max, "Decision 2012/419/EU"},
	{"DK", euState, civil.MustParse("1973-01-01"), civil.Max, "1972 Act of Accession"},
	{"IE", euState, civil.MustParse("1973-01-01"), civil.Max, "1972 Act of Accession"},
	{"GB", euState, civil.MustParse("1973-01-01"), ukExitDay, "1972 Act of Accession; Withdrawal Agreement Art. 185"},
	{"GB", transition, ukExitDay.AddDays(1), ipComplete, "Withdrawal Agreement Arts. 126-127"},
	{"GI", euTerritory, civil.MustParse("1973-01-01"), ipComplete, "TFEU Art. 355(3); Withdrawal Agreement Arts. 3, 127"},
	{"GL", euTerritory, civil.MustParse("1973-01-01"), civil.MustParse("1985-01-31"), "Greenland Treaty (withdrawal from 1985-02-01)"},
	{"GR", euState, civil.MustParse("1981-01-01"), civil.Max, "1979 Act of Accession"},
	{"ES", euState, civil.MustParse("1986-01-01"), civil.Max, "1985 Act of Accession"},
	{"PT", euState, civil.MustParse("1986-01-01"), civil.Max, "1985 Act of Accession"},
	{"AT", eftaEEA, eeaAgreementStart, civil.MustParse("1994-12-31"), "EEA Agreement"},
	{"FI", eftaEEA, eeaAgreementStart, civil.MustParse("1994-12-31"), "EEA Agreement"},
	{"SE", eftaEEA, eeaAgreementStart, civil.MustParse("1994-12-31"), "EEA Agreement"},
	{"AT", euState, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession"},
	{"FI", euState, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession"},
	{"SE", euState, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession"},
	{"AX", euTerritory, civil.MustParse("1995-01-01"), civil.Max, "1994 Act of Accession, Protocol 2; TFEU Art. 355(4)"},
	{"CY", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"CZ", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"EE", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"HU", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"LT", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"LV", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"MT", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"PL", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"SI", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"SK", euState, civil.MustParse("2004-05-01"), civil.Max, "2003 Act of Accession"},
	{"BG", euState, civil.MustParse("2007-01-01"), civil.Max, "2005 Act of Accession"},
	{"RO", euState, civil.MustParse("2007-01-01"), civil.Max, "2005 Act of Accession"},
	{"HR", euState, civil.MustParse("2013-07-01"), civil.Max, "2012 Act of Accession"},
	{"IS", eftaEEA, eeaAgreementStart, civil.Max, "EEA Agreement"},
	{"NO", eftaEEA, eeaAgreementStart, civil.Max, "EEA Agreement"},
	{"LI", eftaEEA, civil.MustParse("1995-05-01"), civil.Max, "EEA Agreement (Liechtenstein from 1995-05-01)"},
}

// codeIndex maps a two-letter upper-case code to 0..675, or -1.
func codeIndex(c Country) int {
	if len(c) != 2 || c[0] < 'A' || c[0] > 'Z' || c[1] < 'A' || c[1] > 'Z' {
		return -1
	}
	return int(c[0]-'A')*26 + int(c[1]-'A')
}

// membershipRows indexes memberships by code: bit i of the entry for a code
// is set when memberships[i] is about that code. It is computed once when
// the package is initialised and never changed.
var membershipRows = func() (idx [26 * 26]uint64) {
	for i, m := range memberships {
		idx[codeIndex(m.country)] |= 1 << i
	}
	return idx
}()

// coverOn returns the kind of EU or EEA cover of c on day d, or 0.
func (c Country) coverOn(d civil.Date) memberKind {
	k := codeIndex(c)
	if k < 0 {
		return 0
	}
	for rows := membershipRows[k]; rows != 0; rows &= rows - 1 {
		m := &memberships[bits.TrailingZeros64(rows)]
		if !d.Before(m.from) && !d.After(m.until) {
			return m.kind
		}
	}
	return 0
}

// euDay is the calendar date of t in Brussels, where the dates of the
// Treaties and of EU decisions are counted.
func euDay(t time.Time) civil.Date { return civil.In(t, civil.Brussels()) }

// EUMember reports whether c was a member state of the European Union (or
// the European Communities before 1993) on the date of at in Brussels. The
// United Kingdom was a member from 1973-01-01 to 2020-01-31; Croatia is one
// from 2013-07-01. Territories with their own code are not member states
// (see [Country.InEEA]).
func (c Country) EUMember(at time.Time) bool { return c.coverOn(euDay(at)) == euState }

// EEAMember reports whether c was a party to the EEA Agreement on the date
// of at: an EU member state from 1994-01-01, or an EEA EFTA state (Iceland
// and Norway from 1994-01-01, Liechtenstein from 1995-05-01, and Austria,
// Finland and Sweden in 1994 before they joined the EU).
func (c Country) EEAMember(at time.Time) bool {
	d := euDay(at)
	switch c.coverOn(d) {
	case euState:
		return !d.Before(eeaAgreementStart)
	case eftaEEA:
		return true
	}
	return false
}

// InTransition reports whether c is the United Kingdom during the
// transition period, 2020-02-01 to 2020-12-31, when it was no longer a
// member state but Union law applied to and in it (Withdrawal Agreement
// Arts. 126-127).
func (c Country) InTransition(at time.Time) bool { return c.coverOn(euDay(at)) == transition }

// InEEA reports whether EU data-protection law (the GDPR, from 2018-05-25)
// applied in c on the date of at as part of the EU or the EEA, so that
// sending data there from the EU was not a transfer to a third country: a
// member state, an EEA EFTA state, a territory with its own code that is
// part of the EU (Åland, the French outermost regions, Gibraltar until
// 2020-12-31), or the United Kingdom during the transition period.
func (c Country) InEEA(at time.Time) bool { return c.coverOn(euDay(at)) != 0 }

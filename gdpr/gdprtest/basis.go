package gdprtest

import (
	"reflect"

	"github.com/dpmodel/dpmodel/basis"
	"pgregory.net/rapid"
)

// ValidCountry draws an officially assigned ISO 3166-1 alpha-2 code
// (basis.AllCountries), with extra weight on the UK, EU, EEA and adequacy
// countries the rules treat specially.
func ValidCountry() *rapid.Generator[basis.Country] {
	return rapid.OneOf(rapid.SampledFrom(basis.AllCountries()),
		rapid.SampledFrom([]basis.Country{"GB", "IE", "FR", "DE", "NO", "IS", "LI", "CH", "US", "CA", "JP", "KR", "IN", "CN"}))
}

// ArbitraryCountry draws any text as a country: valid codes, lower case,
// the reserved "UK" and "EL", user-assigned and unassigned codes, empty and
// random text.
func ArbitraryCountry() *rapid.Generator[basis.Country] {
	return rapid.OneOf(ValidCountry(),
		rapid.Map(rapid.SampledFrom([]string{"", "UK", "EL", "EU", "XK", "ZZ", "gb", " US ", "USA", "G"}), func(s string) basis.Country { return basis.Country(s) }),
		rapid.Map(rapid.StringMatching(`[A-Za-z]{2}`), func(s string) basis.Country { return basis.Country(s) }),
		rapid.Map(ArbitraryText(), func(s string) basis.Country { return basis.Country(s) }))
}

// ValidSensitiveData draws a set of special categories, possibly with
// criminal offence data, possibly empty.
func ValidSensitiveData() *rapid.Generator[basis.SensitiveData] {
	return rapid.Custom(func(t *rapid.T) basis.SensitiveData {
		s := basis.NewSensitiveData(rapid.SliceOfN(ValidSpecialCategory(), 0, 3).Draw(t, "categories")...)
		if rapid.Bool().Draw(t, "criminal") {
			s = s.WithCriminalOffence()
		}
		return s
	})
}

// ArbitrarySensitiveData draws a set as ValidSensitiveData does: the type
// holds only defined categories (NewSensitiveData leaves others out), so
// there is nothing else to draw.
func ArbitrarySensitiveData() *rapid.Generator[basis.SensitiveData] { return ValidSensitiveData() }

// ValidLIATest draws a test with reasoning, passed or failed.
func ValidLIATest() *rapid.Generator[basis.LIATest] {
	return rapid.Custom(func(t *rapid.T) basis.LIATest {
		return basis.LIATest{Reasoning: rapid.StringMatching(`[a-z ]{1,12}`).Draw(t, "reasoning"), Passed: rapid.Bool().Draw(t, "passed")}
	})
}

// ValidLIA draws a legitimate interests assessment record in any of its
// three states (not stated, stated as absent, made).
func ValidLIA() *rapid.Generator[basis.LIA] {
	return rapid.OneOf(rapid.Just(basis.LIA{}), rapid.Just(basis.LIA{Made: basis.Absent}),
		rapid.Custom(func(t *rapid.T) basis.LIA {
			test := orZero(ValidLIATest())
			return basis.LIA{Made: basis.Present, Purpose: test.Draw(t, "purpose"), Necessity: test.Draw(t, "necessity"),
				Balancing: test.Draw(t, "balancing"), Date: orZero(Midnight()).Draw(t, "date")}
		}))
}

// ValidConsentTerms draws the terms of a consent ground.
func ValidConsentTerms() *rapid.Generator[basis.ConsentTerms] {
	return rapid.Custom(func(t *rapid.T) basis.ConsentTerms {
		c := basis.ConsentTerms{Explicit: rapid.Bool().Draw(t, "explicit"), Withdrawal: Text().Draw(t, "withdrawal"),
			OfferedToChildren: rapid.Bool().Draw(t, "children")}
		if c.OfferedToChildren {
			c.ParentalConsentBelow = rapid.OneOf(rapid.Just(0), rapid.IntRange(13, 16)).Draw(t, "parentalBelow")
		}
		return c
	})
}

// ValidGround draws a basis.Ground with a defined basis and only the
// fields that basis reads: an interest and an assessment for legitimate
// interests, a recognised interest for Art. 6(1)(ea), a law for a legal
// obligation or public task, terms for consent.
func ValidGround() *rapid.Generator[basis.Ground] {
	return rapid.Custom(func(t *rapid.T) basis.Ground {
		g := basis.Ground{Basis: ValidBasis().Draw(t, "basis")}
		switch g.Basis {
		case basis.LegitimateInterests:
			g.Interest = Text().Draw(t, "interest")
			g.LIA = ValidLIA().Draw(t, "lia")
		case basis.RecognisedLegitimateInterest:
			g.Recognised = ValidRecognisedInterest().Draw(t, "recognised")
		case basis.LegalObligation, basis.PublicTask:
			g.Law = Text().Draw(t, "law")
		case basis.Consent:
			g.Consent = ValidConsentTerms().Draw(t, "consent")
		}
		return g
	})
}

// ArbitraryGround draws any basis.Ground: any basis (zero and out of
// range included), any fields set whatever the basis, any text and times.
func ArbitraryGround() *rapid.Generator[basis.Ground] { return arbitraryOf[basis.Ground]() }

// ValidSpecialCategoryJustification draws a justification with a defined
// Art. 9(2) condition, defined Schedule 1 conditions and any APD state.
// It need not be sound for a regime: see ValidRegister for that.
func ValidSpecialCategoryJustification() *rapid.Generator[basis.SpecialCategoryJustification] {
	return rapid.Custom(func(t *rapid.T) basis.SpecialCategoryJustification {
		return basis.SpecialCategoryJustification{Condition: ValidCondition().Draw(t, "condition"),
			Schedule1: distinctOf(t, ValidSchedule1Condition(), 2, "schedule1"),
			APD:       orZero(ValidPresence()).Draw(t, "apd")}
	})
}

// ValidCriminalOffenceJustification draws a justification with any of an
// official authority, a law and defined Schedule 1 conditions.
func ValidCriminalOffenceJustification() *rapid.Generator[basis.CriminalOffenceJustification] {
	return rapid.Custom(func(t *rapid.T) basis.CriminalOffenceJustification {
		j := basis.CriminalOffenceJustification{Law: Text().Draw(t, "law"),
			Schedule1: distinctOf(t, ValidSchedule1Condition(), 2, "schedule1"),
			APD:       orZero(ValidPresence()).Draw(t, "apd")}
		if rapid.Bool().Draw(t, "authority") {
			j.OfficialAuthority = basis.OfficialAuthority{Body: rapid.StringMatching(`[A-Z][a-z]{2,10}`).Draw(t, "body"), Controls: rapid.Bool().Draw(t, "controls")}
		}
		return j
	})
}

// ArbitrarySpecialCategoryJustification draws any value of the type.
func ArbitrarySpecialCategoryJustification() *rapid.Generator[basis.SpecialCategoryJustification] {
	return arbitraryOf[basis.SpecialCategoryJustification]()
}

// ArbitraryCriminalOffenceJustification draws any value of the type.
func ArbitraryCriminalOffenceJustification() *rapid.Generator[basis.CriminalOffenceJustification] {
	return arbitraryOf[basis.CriminalOffenceJustification]()
}

// distinctOf draws nil or up to n distinct values of g.
func distinctOf[T comparable](t *rapid.T, g *rapid.Generator[T], n int, label string) []T {
	s := rapid.SliceOfNDistinct(g, 0, n, rapid.ID[T]).Draw(t, label)
	if len(s) == 0 {
		return nil
	}
	return s
}

// arbitraryOf draws any value of T by reflection, with the module's own
// generators for its enumerations, countries, times, sets and text, so
// that every field can hold zero, defined, out-of-range and odd values.
func arbitraryOf[T any]() *rapid.Generator[T] {
	return rapid.MakeCustom[T](rapid.MakeConfig{Types: arbitraryTypes(), Kinds: map[reflect.Kind]*rapid.Generator[any]{
		reflect.String: rapid.Map(ArbitraryText(), func(s string) any { return s }),
		reflect.Int:    rapid.Map(rapid.OneOf(rapid.IntRange(-2, 40), rapid.Int()), func(i int) any { return i }),
	}})
}

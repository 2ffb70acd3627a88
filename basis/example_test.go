package basis_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

var london, _ = time.LoadLocation("Europe/London")

func ExampleRegime_InForce() {
	before := time.Date(2026, 2, 4, 12, 0, 0, 0, london)
	after := time.Date(2026, 2, 5, 12, 0, 0, 0, london)
	fmt.Println(basis.UK.InForce(basis.RecognisedLegitimateInterests, before))
	fmt.Println(basis.UK.InForce(basis.RecognisedLegitimateInterests, after))
	fmt.Println(basis.EU.InForce(basis.RecognisedLegitimateInterests, after))
	// Output:
	// false
	// true
	// false
}

func ExampleParseBasis() {
	b, err := basis.ParseBasis("Legitimate Interests")
	fmt.Println(b, b.Article(), err)

	_, err = basis.ParseBasis("legit")
	var pe *basis.ParseError
	fmt.Println(errors.As(err, &pe), pe.Value)
	fmt.Println(basis.Basis(17))
	// Output:
	// legitimate-interests Art. 6(1)(f) <nil>
	// true legit
	// basis.Basis(17)
}

func ExampleGround_Check() {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, london)
	g := basis.Ground{
		Basis:    basis.LegitimateInterests,
		Interest: "managing and improving our organisation",
		LIA: basis.LIA{
			Purpose:   basis.LIATest{Reasoning: "improving services members use", Passed: true},
			Necessity: basis.LIATest{Reasoning: "feedback cannot be reviewed otherwise", Passed: true},
			Date:      time.Date(2025, 11, 3, 0, 0, 0, 0, london),
		},
	}
	for _, p := range g.Check(basis.UK, at) {
		fmt.Println(p.Code, p.Field, p.Article)
	}
	// Output:
	// basis/lia-test-missing LIA.Balancing UK GDPR Art. 6(1)(f)
}

func ExampleGround_Check_recognisedLegitimateInterest() {
	g := basis.Ground{Basis: basis.RecognisedLegitimateInterest, Recognised: basis.Safeguarding}
	before := time.Date(2026, 2, 4, 12, 0, 0, 0, london)
	after := time.Date(2026, 2, 5, 12, 0, 0, 0, london)
	fmt.Println(g.Check(basis.UK, before).Codes())
	fmt.Println(g.Check(basis.UK, after).Codes())
	fmt.Println(g.Check(basis.EU, after).Codes())
	// Output:
	// [basis/basis-not-available]
	// []
	// [basis/basis-not-available]
}

func ExampleCheckSpecialCategory() {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, london)
	// Health data to make reasonable adjustments required by law:
	// Art. 9(2)(b) with DPA 2018 Sch. 1 para 1, which needs an appropriate
	// policy document.
	ps := basis.CheckSpecialCategory(basis.UK, at, basis.EmploymentSocialSecurity,
		[]basis.Schedule1Condition{basis.Sch1Employment}, false)
	for _, p := range ps {
		fmt.Println(p.Code, p.Article)
	}
	// Para 10 used for disclosure to a competent authority needs none.
	ps = basis.CheckSpecialCategory(basis.UK, at, basis.SubstantialPublicInterest,
		[]basis.Schedule1Condition{basis.Sch1UnlawfulActsDisclosure}, false)
	fmt.Println(len(ps), basis.Sch1UnlawfulActsDisclosure.Article())
	// Output:
	// basis/apd-missing DPA 2018 Sch. 1 para 1(1)(b)
	// 0 DPA 2018 Sch. 1 para 10(2)
}

func ExampleCheckCriminalOffence() {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, london)
	// A DBS check relying on safeguarding (Sch. 1 para 18) through para 36.
	ps := basis.CheckCriminalOffence(basis.UK, at, "",
		[]basis.Schedule1Condition{basis.Sch1Part2Extension, basis.Sch1Safeguarding}, true)
	fmt.Println(len(ps))
	ps = basis.CheckCriminalOffence(basis.UK, at, "", nil, false)
	fmt.Println(ps.Codes())
	// Output:
	// 0
	// [basis/criminal-authority-missing]
}

func ExampleSensitiveData() {
	s := basis.NewSensitiveData(basis.Health).WithCriminalOffence()
	text, _ := s.MarshalText()
	fmt.Println(string(text))
	fmt.Println(s.Has(basis.Health), s.CriminalOffence(), s.Has(basis.Genetic))
	// Output:
	// health,criminal-offence
	// true true false
}

func ExampleDigitalConsentAge() {
	for _, day := range []time.Time{
		time.Date(2023, 12, 31, 12, 0, 0, 0, time.UTC),
		time.Date(2024, 1, 1, 12, 0, 0, 0, time.UTC),
	} {
		age, _ := basis.DigitalConsentAge("DK", day)
		fmt.Println(day.Format(time.DateOnly), age)
	}
	uk, _ := basis.DigitalConsentAge("GB", time.Date(2026, 1, 1, 0, 0, 0, 0, london))
	fmt.Println("GB", uk)
	// Output:
	// 2023-12-31 13
	// 2024-01-01 15
	// GB 13
}

func ExampleCondition_Schedule1Part() {
	for _, c := range []basis.Condition{basis.ExplicitConsent, basis.EmploymentSocialSecurity, basis.SubstantialPublicInterest} {
		fmt.Println(c.Article(), c.Schedule1Part(basis.UK), c.DPV())
	}
	// Output:
	// Art. 9(2)(a) unspecified https://w3id.org/dpv/legal/eu/gdpr#A9-2-a
	// Art. 9(2)(b) part-1 https://w3id.org/dpv/legal/eu/gdpr#A9-2-b
	// Art. 9(2)(g) part-2 https://w3id.org/dpv/legal/eu/gdpr#A9-2-g
}

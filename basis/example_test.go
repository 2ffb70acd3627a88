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
	for _, f := range g.Check(basis.UK, at) {
		fmt.Println(f.Severity, f.Code, f.Path, f.Article)
	}
	// A record silent on the assessment is "not evidenced" (Info); one
	// stating that none was made is a Warning.
	g.LIA = basis.LIA{}
	fmt.Println(g.Check(basis.UK, at))
	g.LIA = basis.LIA{Made: basis.Absent}
	fmt.Println(g.Check(basis.UK, at).Codes(), g.Check(basis.UK, at).Err())
	// Output:
	// info basis/lia-test-missing lia.balancing UK GDPR Art. 6(1)(f); Art. 5(2)
	// lia: no legitimate interests assessment is recorded (not evidenced) (UK GDPR Art. 5(2); Art. 6(1)(f)) [basis/lia-not-evidenced]
	// [basis/lia-missing] <nil>
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

func ExampleSpecialCategoryJustification_Check() {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, london)
	// Health data to make reasonable adjustments required by law:
	// Art. 9(2)(b) with DPA 2018 Sch. 1 para 1, which needs an appropriate
	// policy document.
	j := basis.SpecialCategoryJustification{
		Condition: basis.EmploymentSocialSecurity,
		Schedule1: []basis.Schedule1Condition{basis.Sch1Employment},
	}
	for _, f := range j.Check(basis.UK, at) { // the record is silent on the document
		fmt.Println(f.Severity, f.Code, f.Path, f.Article)
	}
	j.APD = basis.Absent // the record says there is none
	for _, f := range j.Check(basis.UK, at) {
		fmt.Println(f.Severity, f.Code, f.Path, f.Article)
	}
	// Para 10 used for disclosure to a competent authority needs none.
	j = basis.SpecialCategoryJustification{
		Condition: basis.SubstantialPublicInterest,
		Schedule1: []basis.Schedule1Condition{basis.Sch1UnlawfulActsDisclosure},
	}
	fmt.Println(len(j.Check(basis.UK, at)), basis.Sch1UnlawfulActsDisclosure.Article())
	// Output:
	// info basis/apd-not-evidenced apd DPA 2018 Sch. 1 para 1(1)(b)
	// error basis/apd-missing apd DPA 2018 Sch. 1 para 1(1)(b)
	// 0 DPA 2018 Sch. 1 para 10(2)
}

func ExampleCriminalOffenceJustification_Check() {
	at := time.Date(2026, 3, 1, 9, 0, 0, 0, london)
	// A DBS check relying on safeguarding (Sch. 1 para 18) through para 36.
	j := basis.CriminalOffenceJustification{
		Schedule1: []basis.Schedule1Condition{basis.Sch1Part2Extension, basis.Sch1Safeguarding},
		APD:       basis.Present,
	}
	fmt.Println(len(j.Check(basis.UK, at)))
	// In the UK a law authorising the processing is not an official
	// authority: it counts only through a Schedule 1 condition (DPA 2018
	// s.10(5)).
	j = basis.CriminalOffenceJustification{Law: "Rehabilitation of Offenders Act 1974"}
	fmt.Println(j.Check(basis.UK, at).Codes())
	// The Disclosure and Barring Service itself, controlling the processing.
	j = basis.CriminalOffenceJustification{OfficialAuthority: basis.OfficialAuthority{
		Body: "Disclosure and Barring Service", Controls: true}}
	fmt.Println(len(j.Check(basis.UK, at)))
	// Output:
	// 0
	// [basis/criminal-authority-missing]
	// 0
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
	_, err := basis.DigitalConsentAge("UK", time.Date(2026, 1, 1, 0, 0, 0, 0, london))
	fmt.Println(err)
	// Output:
	// 2023-12-31 13
	// 2024-01-01 15
	// GB 13
	// "UK": not an officially assigned ISO 3166-1 alpha-2 code; ISO reserves UK but the code to use is GB [basis/country-unknown]
}

func ExampleParseCountry() {
	c, err := basis.ParseCountry(" gb")
	fmt.Println(c, c.Name(), err)
	fmt.Println(c.EUMember(time.Date(2020, 1, 31, 12, 0, 0, 0, time.UTC)), c.InEEA(time.Date(2021, 1, 1, 12, 0, 0, 0, time.UTC)))
	_, err = basis.ParseCountry("EL")
	fmt.Println(basis.CodeOf(err))
	// Output:
	// GB United Kingdom of Great Britain and Northern Ireland <nil>
	// true false
	// basis/country-unknown
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

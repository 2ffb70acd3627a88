package recipient_test

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
)

func ExampleAdequate() {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, c := range []recipient.Country{"JP", "KR", "CA", "US", "FR", "IN"} {
		fmt.Println(c, recipient.Adequate(basis.UK, c, at), recipient.Adequate(basis.EU, c, at))
	}
	// Output:
	// JP true true
	// KR true true
	// CA true true
	// US false false
	// FR true false
	// IN false false
}

// STEM Learning's notice (archived 2019-06-02): "if using a service in the
// US is it signed up to the EU-US Privacy Shield."
func ExampleTransfer_Check() {
	t := recipient.Transfer{
		Recipient: "US email service",
		Countries: []recipient.Country{"US"},
		Mechanism: recipient.PrivacyShield,
		Certified: true,
	}
	fmt.Println(t.Check(basis.UK, time.Date(2019, 6, 2, 12, 0, 0, 0, time.UTC)))
	err := t.Check(basis.UK, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))
	fmt.Println(recipient.CodeOf(err))
	// Output:
	// <nil>
	// recipient/invalidated
}

func ExampleParseCountry() {
	c, err := recipient.ParseCountry("gb")
	fmt.Println(c, c.Name(), err)
	_, err = recipient.ParseCountry("UK")
	fmt.Println(err)
	// Output:
	// GB United Kingdom of Great Britain and Northern Ireland <nil>
	// "UK": not an officially assigned ISO 3166-1 alpha-2 code; ISO reserves UK but the code to use is GB [basis/country-unknown]
}

func ExampleRecipient_Check() {
	r := recipient.Recipient{
		Name: "Adestra",
		Role: recipient.Processor,
		Agreement: recipient.Agreement{
			Kind:      recipient.ProcessorContract,
			Made:      time.Date(2018, 5, 1, 0, 0, 0, 0, time.UTC),
			InWriting: true,
			Terms:     recipient.AllArt28Terms() &^ recipient.TermsOf(recipient.Audits),
		},
	}
	for _, e := range r.Check(time.Date(2019, 6, 2, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(e.Code, e.Field, e.Article)
	}
	// Output:
	// recipient/terms-missing Agreement.Terms Art. 28(3)(h)
}

func ExampleCountry_EUMember() {
	gb := recipient.Country("GB")
	for _, d := range []string{"2020-01-31", "2020-02-01", "2021-01-01"} {
		at, _ := time.Parse(time.DateOnly, d)
		at = at.Add(12 * time.Hour)
		fmt.Println(d, gb.EUMember(at), gb.InTransition(at), recipient.Restricted(basis.EU, gb, at))
	}
	// Output:
	// 2020-01-31 true false false
	// 2020-02-01 false true false
	// 2021-01-01 false false false
}

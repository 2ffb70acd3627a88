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
		Certified: recipient.Present,
	}
	fmt.Println(t.Check(basis.UK, time.Date(2019, 6, 2, 12, 0, 0, 0, time.UTC)))
	err := t.Check(basis.UK, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))
	fmt.Println(basis.CodeOf(err))
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
			InWriting: recipient.Present,
			Terms:     recipient.AllArt28Terms() &^ recipient.TermsOf(recipient.Audits),
		},
	}
	for _, f := range r.Check(basis.UK, time.Date(2019, 6, 2, 0, 0, 0, 0, time.UTC)) {
		fmt.Println(f.Severity, f.Code, f.Path, f.Article)
	}
	// A processor whose contract the record does not give: not evidenced,
	// which is no error.
	fs := recipient.Recipient{Name: "PushFar", Role: recipient.Processor}.Check(basis.UK, time.Date(2022, 2, 10, 12, 0, 0, 0, time.UTC))
	fmt.Println(fs[0].Severity, fs[0].Code, fs[0].Path, fs[0].Article, fs.Err())
	// Output:
	// error recipient/terms-missing agreement.terms GDPR Art. 28(3)(h)
	// info recipient/not-evidenced agreement UK GDPR Art. 28(3) <nil>
}

// STEM Learning's notice (archived 2019-06-02): "By submitting your
// personal data, you're agreeing to this transfer". Findings reports every
// problem, each with its severity and path.
func ExampleTransfer_Findings() {
	t := recipient.Transfer{
		Recipient:       "services outside the EEA",
		AnyThirdCountry: true,
		Mechanism:       recipient.DerogationConsent,
		Consent:         recipient.Consent{Explicit: recipient.Absent},
	}
	fs := t.Findings(basis.UK, time.Date(2019, 6, 2, 12, 0, 0, 0, time.UTC))
	for _, f := range fs {
		fmt.Println(f.Severity, f.Code, f.Path, f.Article)
	}
	fmt.Println(basis.CodeOf(t.Check(basis.UK, time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC))))
	// Output:
	// error recipient/consent-not-explicit consent.explicit GDPR Art. 49(1)(a)
	// info recipient/not-evidenced consent.informedOfRisks GDPR Art. 49(1)(a)
	// recipient/consent-not-explicit
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

package gdpr_test

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
)

// Validate judges a register as of a date. Here a professional body's
// event bookings rest on contract and keep access needs (health data)
// without recording the Art. 9 condition or any retention (warnings: likely
// gaps); the booking service's processor contract, the rights and the
// right to complain are not recorded (info: not evidenced), and from
// 2026-06-19 neither is a route for complaints to the controller (DPA 2018
// s.164A); and the US transfer relies on the EU-US Privacy Shield, valid
// in 2019 and not since Schrems II (2020-07-16): an error.
func ExampleValidate() {
	reg := &gdpr.Register{
		Controller: gdpr.Controller{Name: "Example Institute",
			Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}}},
		Regimes: []basis.Regime{basis.UK},
		Data: []gdpr.DataCategory{
			{ID: "contact", Name: "contact details", Kind: gdpr.KindContact},
			{ID: "access-needs", Name: "access requirements", Kind: gdpr.KindHealth, Sensitive: basis.NewSensitiveData(basis.Health)},
		},
		Recipients: []gdpr.Recipient{{ID: "booking-service", Recipient: recipient.Recipient{
			Name: "US booking service", Role: recipient.Processor, Countries: []recipient.Country{"US"}}}},
		Transfers: []gdpr.Transfer{{ID: "booking-us", Recipients: []string{"booking-service"}, Transfer: recipient.Transfer{
			Countries: []recipient.Country{"US"}, Mechanism: recipient.PrivacyShield, Certified: recipient.Present}}},
		Activities: []gdpr.Activity{{
			ID: "events", Purpose: "running events",
			Data:       []string{"contact", "access-needs"},
			Grounds:    []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, SubjectParty: gdpr.Yes}},
			Recipients: []string{"booking-service"},
			Transfers:  []string{"booking-us"},
		}},
	}
	for _, day := range []string{"2019-06-02", "2026-11-23"} {
		at, _ := time.Parse(time.DateOnly, day)
		fs := gdpr.Validate(reg, at)
		fmt.Println("as of", day)
		for _, f := range fs {
			fmt.Println(" ", f.Severity, f.Code, f.Path)
		}
	}
	// Output:
	// as of 2019-06-02
	//   warning gdpr/retention-missing activities[0].retention
	//   warning gdpr/special-condition-missing activities[0].special
	//   info gdpr/complaint-authority-missing controller.authority
	//   warning gdpr/data-retention-missing data[0]
	//   warning gdpr/data-retention-missing data[1]
	//   info recipient/not-evidenced recipients[0].agreement
	//   info gdpr/notice-rights rights.rights
	// as of 2026-11-23
	//   warning gdpr/retention-missing activities[0].retention
	//   warning gdpr/special-condition-missing activities[0].special
	//   info gdpr/complaint-authority-missing controller.authority
	//   info gdpr/complaints-route-missing controller.complaints
	//   warning gdpr/data-retention-missing data[0]
	//   warning gdpr/data-retention-missing data[1]
	//   info recipient/not-evidenced recipients[0].agreement
	//   info gdpr/notice-rights rights.rights
	//   error recipient/invalidated transfers[0].mechanism
}

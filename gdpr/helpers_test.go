package gdpr_test

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// sampleRegister returns a register of a fictional professional body that
// uses every part of the model; testdata/register.json is its encoding.
func sampleRegister() *gdpr.Register {
	q := func(quote, loc string) gdpr.Evidence { return gdpr.Evidence{Quote: quote, Locator: loc} }
	return &gdpr.Register{
		Controller: gdpr.Controller{
			Name: "Example Institute",
			Entities: []gdpr.Entity{
				{ID: "institute", Name: "The Example Institute", CharityNumber: "1234567", Activities: []string{"membership", "marketing"}},
				{ID: "services", Name: "Example Services Ltd", CompanyNumber: "01234567", Activities: []string{"events"}},
			},
			Address:         "1 Example Street, London",
			Contacts:        []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}, {Kind: gdpr.ChannelPost, Value: "1 Example Street, London"}},
			PublicAuthority: gdpr.No,
			DPO: gdpr.DPO{Designated: gdpr.Yes, Name: "Data Protection Officer",
				Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "dpo@example.org"}},
				Evidence: q("You can contact our Data Protection Officer at dpo@example.org.", "notice §2")},
			Representatives: []gdpr.Representative{{Regime: basis.EU, Name: "Example EU Rep BV",
				Contacts: []gdpr.Contact{{Kind: gdpr.ChannelWebForm, Value: "https://eurep.example/contact?org=1&lang=en"}}}},
			Authority:  gdpr.Authority{Name: "Information Commissioner's Office", Contacts: []gdpr.Contact{{Kind: gdpr.ChannelWebForm, Value: "https://ico.org.uk/make-a-complaint/"}}},
			Complaints: gdpr.Complaints{Offered: gdpr.Yes, Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "complaints@example.org"}}},
		},
		Regimes: []basis.Regime{basis.UK, basis.EU},
		Notice:  gdpr.Notice{Version: "3.2", Date: gdpr.MustParseDate("2026-03-01"), URL: "https://example.org/privacy"},
		Subjects: []gdpr.Subject{
			{ID: "members", Name: "members and applicants", Children: gdpr.No},
			{ID: "delegates", Name: "event delegates", Children: gdpr.Yes},
		},
		Data: []gdpr.DataCategory{
			{ID: "contact", Name: "contact details", Kind: gdpr.KindContact, Source: gdpr.FromSubject,
				Provision: gdpr.Contractual, Consequence: "we cannot provide your membership"},
			{ID: "access-needs", Name: "access and dietary requirements", Kind: gdpr.KindHealth,
				Sensitive: basis.NewSensitiveData(basis.Health), Source: gdpr.FromSubject, Provision: gdpr.Optional},
			{ID: "employer", Name: "employer and job title", Kind: gdpr.KindProfessional, Source: gdpr.FromThirdParty},
			{ID: "browsing", Name: "website usage", Kind: gdpr.KindBrowsing, Source: gdpr.Observed},
			{ID: "dbs", Name: "criminal record checks for volunteers with children", Kind: gdpr.KindCriminalRecord,
				Sensitive: basis.SensitiveData{}.WithCriminalOffence(), Source: gdpr.FromThirdParty},
		},
		Recipients: []gdpr.Recipient{
			{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Inc", Category: "email service", Role: recipient.Processor,
				Countries: []recipient.Country{"US"},
				Agreement: recipient.Agreement{Kind: recipient.ProcessorContract, Made: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), InWriting: recipient.Present}},
				Evidence: q("We use Mailer Inc to send our emails.", "")},
			{ID: "venues", Recipient: recipient.Recipient{Category: "event venues", Role: recipient.IndependentController}, OwnPurposes: gdpr.Yes},
		},
		Transfers: []gdpr.Transfer{
			{ID: "mailer-us", Transfer: recipient.Transfer{Recipient: "Mailer Inc", Countries: []recipient.Country{"US"},
				Mechanism: recipient.IDTA, Concluded: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)}, Recipients: []string{"mailer"},
				SafeguardsCopy: gdpr.Yes},
		},
		Retention: []gdpr.RetentionRule{
			{Rule: retention.Rule{ID: "members-6y", Data: "contact", Kind: retention.After, Trigger: retention.EndOfMembership,
				Period: retention.Years(6), Action: retention.Delete, Reason: "defence of claims", Law: "Limitation Act 1980 s.5"}},
			{Rule: retention.Rule{ID: "events-1y", Kind: retention.After, Trigger: retention.EndOfActivity,
				Period: retention.Years(1), Action: retention.Anonymise, Reason: "event administration"}},
		},
		Activities: []gdpr.Activity{
			{ID: "membership", Purpose: "administering membership", Subjects: []string{"members"}, Data: []string{"contact", "employer", "dbs"},
				Grounds:    []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, SubjectParty: gdpr.Yes}},
				Recipients: []string{"mailer"}, RecipientsExhaustive: gdpr.Yes, Transfers: []string{"mailer-us"}, Retention: []string{"members-6y"},
				Criminal: []gdpr.CriminalJustification{{CriminalOffenceJustification: basis.CriminalOffenceJustification{
					Schedule1: []basis.Schedule1Condition{basis.Sch1Safeguarding}, APD: basis.Present}, Data: []string{"dbs"},
					Evidence: q("We carry out DBS checks on volunteers who work with children.", "notice §7")}},
				Sources:   []gdpr.Source{{Kind: gdpr.FromThirdParty, Name: "your employer"}},
				Art14:     gdpr.Art14Plan{SourcesNamed: gdpr.Yes, Timing: gdpr.FirstCommunication},
				Automated: gdpr.Automated{Decisions: gdpr.No},
				Profiling: gdpr.Profiling{Done: gdpr.No},
			},
			{ID: "events", Purpose: "running events", Subjects: []string{"delegates"}, Data: []string{"contact", "access-needs"},
				Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.LegitimateInterests, Interest: "running safe events",
					LIA: basis.LIA{Purpose: basis.LIATest{Reasoning: "events are our charitable purpose", Passed: true}}}}},
				Special:    []gdpr.SpecialJustification{{SpecialCategoryJustification: basis.SpecialCategoryJustification{Condition: basis.ExplicitConsent}, Data: []string{"access-needs"}}},
				Recipients: []string{"venues"}, RecipientsExhaustive: gdpr.No, Retention: []string{"events-1y"},
				Children: gdpr.Children{Involved: gdpr.Yes, ChildFriendlyNotice: gdpr.No},
				DPIA:     gdpr.DPIA{Required: gdpr.No},
			},
			{ID: "marketing", Purpose: "telling members about our services", Subjects: []string{"members"}, Data: []string{"contact", "browsing"},
				Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Consent, Consent: basis.ConsentTerms{Withdrawal: "unsubscribe link in every email"}},
					Conditional: gdpr.No, Evidence: q("You can unsubscribe at any time.", "notice §5")}},
				Recipients: []string{"mailer"}, Transfers: []string{"mailer-us"},
				Marketing: gdpr.Marketing{Channels: []gdpr.MarketingUse{
					{Channel: gdpr.ByEmail, Route: gdpr.SoftOptIn}, {Channel: gdpr.ByPost}}, TPSScreened: gdpr.NotStated},
				Devices: []gdpr.DeviceItem{
					{Name: "_analytics", Purpose: gdpr.PurposeStatistical, Provider: "first party", StrictlyNecessary: gdpr.No,
						Exception: gdpr.ExceptionStatistical},
					{Name: "pixel", Purpose: gdpr.PurposeEmailTracking, Provider: "Mailer Inc", Consent: "preference centre"},
				},
				Reuse: gdpr.Reuse{From: "membership", Assessed: gdpr.Yes, Compatible: gdpr.Yes},
				DPIA:  gdpr.DPIA{Required: gdpr.No, Done: gdpr.Yes, Date: gdpr.MustParseDate("2025-11-30")},
			},
		},
		Bases:     []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}}, {Ground: basis.Ground{Basis: basis.Consent}}},
		Changes:   gdpr.ChangePolicy{Published: gdpr.Yes, Direct: gdpr.NotStated, Description: "we post changes on this page"},
		Locations: []gdpr.ProcessingLocation{{Country: "GB", Description: "head office"}, {Country: "US", Description: "email delivery"}},
		Rights: gdpr.RightsHandling{
			Rights: []gdpr.RightStatement{
				{Right: rights.Access, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.Erasure, Stated: gdpr.Yes, Scope: "in certain circumstances"},
				{Right: rights.Object, Stated: gdpr.Yes},
			},
			Channels:        []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "dpo@example.org"}, {Kind: gdpr.ChannelPhone, Value: "+44 20 0000 0000"}},
			WritingOnly:     gdpr.No,
			RequiredDetails: []string{"proof of identity"},
			ResponseTime:    retention.Months(1),
			ResponseFrom:    gdpr.FromReceipt,
			Fee:             gdpr.UnfoundedOrExcessive,
			Exemptions:      []gdpr.ExemptionUse{{Exemption: rights.ConfidentialReferences, Scope: "references for applicants"}},
		},
	}
}

package recipient_test

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
)

// date returns noon in London on the date s (the seeds are UK notices).
func date(s string) time.Time {
	t, err := time.ParseInLocation(time.DateOnly, s, basis.UK.Location())
	if err != nil {
		panic(err)
	}
	return t.Add(12 * time.Hour)
}

// today is the date the project judges the notices as of.
var today = date("2026-11-23")

// seed is one notice's recipients and transfers.
type seed struct {
	name       string
	noticeDate time.Time
	recipients []recipient.Recipient
	transfers  []transferWant
}

// transferWant is one transfer with the code expected as of the notice's
// date and as of today ("" for lawful).
type transferWant struct {
	t               recipient.Transfer
	atNotice, today recipient.Code
}

func seeds() []seed {
	return []seed{
		{
			// 000: IET, "Updated on: 7 February 2020".
			name: "IET", noticeDate: date("2020-02-07"),
			recipients: []recipient.Recipient{
				// "Typical examples of where we may use third parties to help
				// us deliver services and meet legal obligations include: CRM
				// system providers; IT and business services providers; Payment
				// service providers; Event management organisations; Auditing,
				// legal and trustees; HR management; Survey management
				// providers; Membership bodies to support professional
				// registration"
				{Category: "CRM system providers", Role: recipient.Processor},
				{Category: "IT and business services providers", Role: recipient.Processor},
				{Category: "Payment service providers", Role: recipient.IndependentController},
				{Category: "Event management organisations", Role: recipient.Processor},
				{Category: "Auditing, legal and trustees", Role: recipient.IndependentController},
				{Category: "HR management", Role: recipient.Processor},
				{Category: "Survey management providers", Role: recipient.Processor},
				{Category: "Membership bodies to support professional registration", Role: recipient.IndependentController},
				// "Some of this information will be shared with the Engineering
				// Council in order to register your professional status"
				{Name: "Engineering Council", Role: recipient.IndependentController, Countries: []recipient.Country{"GB"}},
				// "it may be necessary to share personal data with IET Local
				// Networks ..., and IET offices outside the European Economic
				// Area (EEA)."
				{Category: "IET offices outside the EEA", Role: recipient.IndependentController},
			},
			transfers: []transferWant{
				// "Your personal data may also be disclosed and transferred to
				// third parties outside of the UK and European Economic Area
				// (the “EEA”)" -- no safeguard is named.
				{recipient.Transfer{Recipient: "third parties outside the UK and EEA", AnyThirdCountry: true},
					recipient.CodeNoMechanism, recipient.CodeNoMechanism},
			},
		},
		{
			// 001: SOE; undated. Judged as of the WIG era for want of a date.
			name: "SOE", noticeDate: date("2022-02-10"),
			recipients: []recipient.Recipient{
				// "we have appropriate contracts covering data processing in
				// place with all these organisations" -- processors a. to l.
				{Name: "MA Business", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Messagepipes by Pixl8", Role: recipient.Processor, Agreement: soeContract},
				{Name: "UK Engage", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Romax Direct Marketing", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Smart Impact", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Pixl8", Role: recipient.Processor, Agreement: soeContract},
				{Name: "HSBC", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Pt-X and Smart Debit", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Opayo", Role: recipient.Processor, Agreement: soeContract},
				// "We have appropriate agreements covering data control in
				// place with all these organisations" -- joint controllers.
				{Name: "The Engineering Council", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Society for the Environment", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Audit Bureau of Circulations", Role: recipient.JointController, Agreement: soeArrangement},
				// "we are obliged to pass this information to the DVSA twice a
				// year, so they can act as data controller"
				{Name: "The Driver and Vehicle Standards Agency", Role: recipient.PublicAuthority},
				{Name: "The Institute of the Motor Industry & irtec centres", Role: recipient.JointController, Agreement: soeArrangement},
				{Category: "Workshop Accreditation delivery partners", Role: recipient.JointController, Agreement: soeArrangement},
				// "if you live within one of our non-UK regions, we may, with
				// your permission, pass data to a local SOE representative."
				{Category: "local SOE representatives", Role: recipient.IndependentController, Countries: []recipient.Country{"HK"}},
			},
			transfers: []transferWant{
				// "with your permission" is not shown to be explicit consent
				// after being told of the risks (Art. 49(1)(a)).
				{recipient.Transfer{Recipient: "local SOE representative", Countries: []recipient.Country{"HK"},
					Mechanism: recipient.DerogationConsent}, recipient.CodeConsentNotExplicit, recipient.CodeConsentNotExplicit},
				// "if you live in Hong Kong and wish to apply for CEng, we would
				// need to offer you a local mentor" -- steps at the member's
				// request (Art. 49(1)(b)).
				{recipient.Transfer{Recipient: "local SOE representative", Countries: []recipient.Country{"HK"},
					Mechanism: recipient.DerogationContract}, "", ""},
			},
		},
		{
			// 002: NET, updated 05/11/2020.
			name: "NET", noticeDate: date("2020-11-05"),
			recipients: []recipient.Recipient{
				// "we share your assessment breakdown, results and overall grade
				// with the training provider and your employer" and "with the
				// Joint Industry Board" -- 5.4: "a valid data sharing agreement
				// in accordance with UK data protection law will be in force."
				{Category: "Training providers", Role: recipient.IndependentController, Agreement: netSharing},
				{Category: "Employers", Role: recipient.IndependentController, Agreement: netSharing},
				{Name: "Joint Industry Board", Role: recipient.IndependentController, Agreement: netSharing},
				{Category: "Assessment Centres", Role: recipient.IndependentController, Agreement: netSharing},
				// "We share information with Government bodies and auditors"
				{Category: "Government bodies and auditors", Role: recipient.PublicAuthority},
				// "third-party service providers, such as our webhost provider
				// and email exchange server"
				{Category: "Webhost and email providers", Role: recipient.Processor,
					Countries: []recipient.Country{"GB", "IE"}, Agreement: netContract},
			},
			transfers: []transferWant{
				// "As data is only stored in the UK, EU or EEA countries, most
				// likely these safeguards will be EU Standard Contractual
				// Clauses." In November 2020 the EEA was no third country for
				// the UK; today the old clauses have lapsed in the UK
				// (2024-03-21), though Ireland is adequate under Sch. 21.
				{recipient.Transfer{Recipient: "Webhost and email providers", Countries: []recipient.Country{"IE"},
					Mechanism: recipient.SCC2010, Concluded: date("2019-01-01")}, "", recipient.CodeTransitionEnded},
				{recipient.Transfer{Recipient: "Webhost and email providers", Countries: []recipient.Country{"IE"},
					Mechanism: recipient.Adequacy}, "", ""},
				// The 2021 clauses alone never served a UK exporter.
				{recipient.Transfer{Recipient: "Webhost and email providers", Countries: []recipient.Country{"IE"},
					Mechanism: recipient.SCC2021, Module: recipient.ControllerToProcessor},
					recipient.CodeNotYetInForce, recipient.CodeOtherRegime},
			},
		},
		{
			// 003: WIG, "Privacy policy draft completed: 10 February 2022".
			name: "WIG", noticeDate: date("2022-02-10"),
			recipients: []recipient.Recipient{
				// "We may share this information with third parties where the
				// information is necessary to deliver the service as required
				// e.g. event venues, programme facilitators, prospective
				// employers and mentoring partners."
				{Category: "Event venues", Role: recipient.IndependentController},
				{Category: "Programme facilitators", Role: recipient.Processor, Agreement: wigContract},
				{Category: "Prospective employers", Role: recipient.IndependentController},
				{Category: "Mentoring partners", Role: recipient.IndependentController},
				// "Sign up to our Mentor Match platform (run by a third party
				// provider -PushFar)."
				{Name: "PushFar", Category: "Mentor Match platform", Role: recipient.Processor, Agreement: wigContract},
			},
		},
		{
			// 004: STEM Learning, archived 2019-06-02.
			name: "STEM Learning", noticeDate: date("2019-06-02"),
			recipients: []recipient.Recipient{
				// "These third party processors are listed below."
				{Name: "STEM Learning Limited", Role: recipient.Processor, Purpose: "Business processing, marketing and reporting"},
				{Name: "Adestra", Category: "Email system", Role: recipient.Processor, Purpose: "To send marketing emails"},
				{Category: "Research organisations", Role: recipient.IndependentController},
				{Category: "Funders", Role: recipient.IndependentController},
				{Category: "CPD/training venues and deliverers", Role: recipient.Processor},
				{Category: "CPD sponsor", Role: recipient.IndependentController},
				{Category: "Assessors", Role: recipient.Processor},
				{Category: "Employer – for STEM Ambassadors only", Role: recipient.IndependentController},
			},
			transfers: []transferWant{
				// "For example, if using a service in the US is it signed up to
				// the EU-US Privacy Shield." Valid on 2019-06-02; invalid from
				// 2020-07-16 (C-311/18).
				{recipient.Transfer{Recipient: "US services", Countries: []recipient.Country{"US"},
					Mechanism: recipient.PrivacyShield, Certified: true}, "", recipient.CodeInvalidated},
				// "By submitting your personal data, you're agreeing to this
				// transfer, storing or processing." Not explicit consent
				// informed of the risks (Art. 49(1)(a)).
				{recipient.Transfer{Recipient: "services outside the EEA", AnyThirdCountry: true,
					Mechanism: recipient.DerogationConsent}, recipient.CodeConsentNotExplicit, recipient.CodeConsentNotExplicit},
			},
		},
	}
}

var (
	soeContract = recipient.Agreement{Kind: recipient.ProcessorContract, Made: date("2018-05-01"),
		InWriting: true, Terms: recipient.AllArt28Terms()}
	soeArrangement = recipient.Agreement{Kind: recipient.JointArrangement, Made: date("2018-05-01"), EssenceAvailable: true}
	netSharing     = recipient.Agreement{Kind: recipient.DataSharing, Made: date("2018-09-01")}
	netContract    = recipient.Agreement{Kind: recipient.ProcessorContract, Made: date("2018-09-01"),
		InWriting: true, Terms: recipient.AllArt28Terms()}
	wigContract = recipient.Agreement{Kind: recipient.ProcessorContract, Made: date("2021-06-01"),
		InWriting: true, Terms: recipient.AllArt28Terms()}
)

func TestSeeds(t *testing.T) {
	for _, s := range seeds() {
		t.Run(s.name, func(t *testing.T) {
			for _, r := range s.recipients {
				if r.Label() == "" {
					t.Errorf("recipient %+v has no label", r)
				}
				es := r.Check(s.noticeDate)
				// The notices do not give the processor contracts of IET,
				// STEM Learning or WIG's venues; those recipients must be
				// reported as lacking one, and the others must be clean.
				if r.Role.Requires() != 0 && r.Agreement.IsZero() {
					if !es.Has(recipient.CodeAgreementMissing) {
						t.Errorf("%s: Check = %v, want %s", r.Label(), es, recipient.CodeAgreementMissing)
					}
					continue
				}
				if err := es.Err(); err != nil {
					t.Errorf("%s: Check = %v", r.Label(), err)
				}
			}
			for _, tw := range s.transfers {
				for _, c := range []struct {
					at   time.Time
					want recipient.Code
				}{{s.noticeDate, tw.atNotice}, {today, tw.today}} {
					err := tw.t.Check(basis.UK, c.at)
					if got := recipient.CodeOf(err); got != c.want {
						t.Errorf("%s via %v at %s: %v, want %q", tw.t.Recipient, tw.t.Mechanism, c.at.Format(time.DateOnly), err, c.want)
					}
				}
			}
		})
	}
}

// TestSTEMNoticeSaysPrivacyShield: the Art. 13(1)(f) text of the mechanism
// STEM Learning named is an adequacy kind, not safeguards needing a copy.
func TestSTEMNoticeSaysPrivacyShield(t *testing.T) {
	m := recipient.PrivacyShield
	if m.NoticeText() != "the EU-US Privacy Shield" || m.Kind() != recipient.AdequacyKind || m.Kind().NeedsCopy() {
		t.Errorf("PrivacyShield: %q %v %v", m.NoticeText(), m.Kind(), m.Kind().NeedsCopy())
	}
	if !recipient.SCC2021.Kind().NeedsCopy() {
		t.Error("the 2021 clauses are safeguards whose copy a notice must offer")
	}
}

package recipient_test

import (
	"slices"
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
	// alsoAt are further dates at which the notice-date expectations must
	// hold: for an undated notice, the range its text allows.
	alsoAt     []time.Time
	recipients []recipient.Recipient
	transfers  []transferWant
}

// transferWant is one transfer with the codes of every finding expected
// as of the notice's date and as of today (nil for none), and at further
// dates where they differ from the notice date's.
type transferWant struct {
	t               recipient.Transfer
	atNotice, today []recipient.Code
	at              map[string][]recipient.Code
}

// codes is shorthand for a list of expected codes.
func codes(cs ...recipient.Code) []recipient.Code { return cs }

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
				// "It is supported by a wholly-owned trading subsidiary, IET
				// Services Limited. ... the IET maintains a relationship with
				// Foothold, the benevolent fund, which is a separate charity
				// ... the IET may disclose your information to any of these
				// legal entities"
				{Name: "IET Services Limited", Role: recipient.IndependentController, Countries: []recipient.Country{"GB"}},
				{Name: "Foothold", Role: recipient.IndependentController, Countries: []recipient.Country{"GB"}},
				// "it may be necessary to share personal data with IET Local
				// Networks (set up and run by IET volunteers for the benefit of
				// members), and IET offices outside the European Economic
				// Area (EEA)." Local Networks are volunteer groups, not the
				// IET's processors by contract: independent controllers.
				{Name: "IET Local Networks", Role: recipient.IndependentController},
				{Category: "IET offices outside the EEA", Role: recipient.IndependentController},
				// "The IET uses payment services providers, for example,
				// Netbanx, PayPal, RBS, WorldPay, or Paysafe ... you are being
				// transferred to one of these sites."
				{Name: "Netbanx", Category: "Payment service provider", Role: recipient.IndependentController},
				{Name: "PayPal", Category: "Payment service provider", Role: recipient.IndependentController},
				{Name: "RBS", Category: "Payment service provider", Role: recipient.IndependentController},
				{Name: "WorldPay", Category: "Payment service provider", Role: recipient.IndependentController},
				{Name: "Paysafe", Category: "Payment service provider", Role: recipient.IndependentController},
				// "Some events or publications ... are organised in
				// co-operation with other organisations. ... it will be made
				// clear with whom your registration data is being shared."
				{Category: "Event and publication co-organisers", Role: recipient.IndependentController},
				// "When you register for a third-party service, it will be
				// clearly explained that the IET will need to share your data
				// with the third-party company"
				{Category: "Third-party service companies", Role: recipient.IndependentController},
				// "except for the purposes of law enforcement, regulation or
				// legal proceedings"
				{Category: "Law enforcement, regulators and courts", Role: recipient.PublicAuthority},
				// "the IET uses Google Analytics, which records the pages
				// requested from particular IP addresses" -- a processor.
				// The notice says nothing of where Google processes the data
				// or of a contract with it: the model is silent, and the
				// check reports the contract as not evidenced.
				{Name: "Google", Category: "Google Analytics", Role: recipient.Processor},
			},
			transfers: []transferWant{
				// "Your personal data may also be disclosed and transferred to
				// third parties outside of the UK and European Economic Area
				// (the “EEA”)" -- no safeguard is named.
				{t: recipient.Transfer{Recipient: "third parties outside the UK and EEA", AnyThirdCountry: true},
					atNotice: codes(recipient.CodeNoMechanism), today: codes(recipient.CodeNoMechanism)},
				// "IET offices outside the European Economic Area (EEA)" --
				// no safeguard named either.
				{t: recipient.Transfer{Recipient: "IET offices outside the EEA", AnyThirdCountry: true},
					atNotice: codes(recipient.CodeNoMechanism), today: codes(recipient.CodeNoMechanism)},
			},
		},
		{
			// 001: SOE; undated. The text bounds its date: it cites the
			// "Data Protection Act 2018" (Royal Assent 2018-05-23; the GDPR
			// applies from 2018-05-25) and names "Opayo (formerly SagePay)",
			// a name Sage Pay took in 2020 (the month is not verified here).
			// It is judged at 2022-02-10, the latest dated seed, and every
			// expectation must hold on the first day the text allows and
			// across the end of the transition period, so the choice does
			// not decide any finding.
			name: "SOE", noticeDate: date("2022-02-10"),
			alsoAt: []time.Time{date("2018-05-25"), date("2020-01-01"), date("2020-12-31"), date("2021-01-01")},
			recipients: []recipient.Recipient{
				// "we have appropriate contracts covering data processing in
				// place with all these organisations" -- processors a. to l.
				// The notice says a contract is in place and nothing of its
				// date, form or terms: those are reported as not evidenced.
				{Name: "MA Business", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Messagepipes by Pixl8", Role: recipient.Processor, Agreement: soeContract},
				{Name: "UK Engage", Role: recipient.Processor, Agreement: soeContract},
				// "d. The Institution of Mechanical Engineers (IMechE) ... we
				// pass on mailing data ... this is turn is passed to the IMechE
				// publisher, currently Think Publishing." The notice lists
				// IMechE, IPowerE, CABE, ICorr, ICT and IDE as processors
				// (d.-f., j.-l.) and IPowerE, CABE, ICorr, ICT and IDE again as
				// joint controllers; both entries are kept as written. Think
				// Publishing works for IMechE, and no contract reaching it is
				// given: the check reports it as not evidenced.
				{Name: "The Institution of Mechanical Engineers (IMechE)", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Think Publishing", Category: "IMechE publisher", Role: recipient.SubProcessor},
				{Name: "The Institution of Power Engineers (IPowerE)", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Chartered Association of Building Engineers (CABE)", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Romax Direct Marketing", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Smart Impact", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Pixl8", Role: recipient.Processor, Agreement: soeContract},
				{Name: "HSBC", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Pt-X and Smart Debit", Role: recipient.Processor, Agreement: soeContract},
				{Name: "Opayo", Role: recipient.Processor, Agreement: soeContract},
				{Name: "The Institute of Corrosion (ICorr)", Role: recipient.Processor, Agreement: soeContract},
				{Name: "The Institute of Concrete Technology (ICT)", Role: recipient.Processor, Agreement: soeContract},
				{Name: "The Institute of Demolition Engineers (IDE)", Role: recipient.Processor, Agreement: soeContract},
				// "We have appropriate agreements covering data control in
				// place with all these organisations" -- joint controllers.
				// The notice gives no essence of the arrangements (Art.
				// 26(2)): EssenceAvailable is not stated, and the check
				// reports it as not evidenced.
				{Name: "The Engineering Council", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Society for the Environment", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Audit Bureau of Circulations", Role: recipient.JointController, Agreement: soeArrangement},
				// "we are obliged to pass this information to the DVSA twice a
				// year, so they can act as data controller"
				{Name: "The Driver and Vehicle Standards Agency", Role: recipient.PublicAuthority},
				// "e. The Institution of Power Engineers (IPowerE) ... we
				// control the data" and f., j., k., l. again.
				{Name: "The Institution of Power Engineers (IPowerE)", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "Chartered Association of Building Engineers (CABE)", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Institute of the Motor Industry & irtec centres", Role: recipient.JointController, Agreement: soeArrangement},
				// "h. S&B Automotive – our partner in the IRTE Skills
				// Challenge competition"
				{Name: "S&B Automotive", Role: recipient.JointController, Agreement: soeArrangement},
				{Category: "Workshop Accreditation delivery partners", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Institute of Corrosion (ICorr)", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Institute of Concrete Technology (ICT)", Role: recipient.JointController, Agreement: soeArrangement},
				{Name: "The Institute of Demolition Engineers (IDE)", Role: recipient.JointController, Agreement: soeArrangement},
				// "m. Fee paying organisations and corporate partners ... we
				// acquire and share your data with/from the organisation"
				{Category: "Fee paying organisations and corporate partners", Role: recipient.JointController, Agreement: soeArrangement},
				// "n. SOE's regional network ... Regions will have 'view
				// only' access to essential member data"
				{Category: "SOE's regional network", Role: recipient.JointController, Agreement: soeArrangement},
				// "we may deem it necessary to share such food information
				// with the emergency services" (vital interests)
				{Category: "Emergency services", Role: recipient.PublicAuthority},
				// "if you live within one of our non-UK regions, we may, with
				// your permission, pass data to a local SOE representative."
				{Category: "local SOE representatives", Role: recipient.IndependentController, Countries: []recipient.Country{"HK"}},
			},
			transfers: []transferWant{
				// "if you live within one of our non-UK regions, we may, with
				// your permission, pass data to a local SOE representative.
				// For example, if you live in Hong Kong ..." -- consent
				// (Art. 49(1)(a)); the notice does not say whether it is
				// explicit or given after being told of the risks, so both
				// are not evidenced. The notice claims no other derogation.
				{t: recipient.Transfer{Recipient: "local SOE representative", Countries: []recipient.Country{"HK"},
					Mechanism: recipient.DerogationConsent},
					atNotice: codes(recipient.CodeNotEvidenced, recipient.CodeNotEvidenced),
					today:    codes(recipient.CodeNotEvidenced, recipient.CodeNotEvidenced)},
				// "Our data processing activities take place within the
				// European Union" -- no member state is named (IE stands for
				// any) and no mechanism. No transfer until 2020-12-31; from
				// 2021-01-01 adequacy covers it (DPA 2018 Sch. 21 para
				// 5(1)(a)), and the record names no mechanism: not evidenced.
				{t: recipient.Transfer{Recipient: "SOE's processors", Countries: []recipient.Country{"IE"}},
					atNotice: codes(recipient.CodeNotEvidenced), today: codes(recipient.CodeNotEvidenced),
					at: map[string][]recipient.Code{"2018-05-25": nil, "2020-01-01": nil, "2020-12-31": nil}},
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
				// No date is given: the check reports it as not evidenced.
				{Category: "Training providers", Role: recipient.IndependentController, Agreement: netSharing},
				{Category: "Employers", Role: recipient.IndependentController, Agreement: netSharing},
				{Name: "Joint Industry Board", Role: recipient.IndependentController, Agreement: netSharing},
				{Category: "Assessment Centres", Role: recipient.IndependentController, Agreement: netSharing},
				// "We share information with Government bodies and auditors"
				{Category: "Government bodies and auditors", Role: recipient.PublicAuthority},
				// 5.2.4: "we may disclose your personal information to the
				// prospective buyer or transferee" -- under a data sharing
				// agreement (5.4).
				{Category: "Prospective buyers or transferees of the business", Role: recipient.IndependentController, Agreement: netSharing},
				// 5.2.5: "We will share your information if we have a legal
				// obligation to do so, including for the purposes of fraud
				// protection and credit risk reduction."
				{Category: "Fraud prevention and credit risk bodies", Role: recipient.IndependentController},
				// 11.3: "third parties (including, for example, advertising
				// networks and providers of external services like web traffic
				// analysis services) may also use cookies, over which we have
				// no control" -- controllers of their own cookies.
				{Category: "Advertising networks and web traffic analysis services", Role: recipient.IndependentController},
				// 12.1: "We also use Google Analytics, a web analytics service
				// provided by Google, Inc." The notice says where NET's data
				// are held (8: "secure servers, based within the UK, the EU
				// or the European Economic Area"), not that Google processes
				// them elsewhere, and gives no contract with Google.
				{Name: "Google, Inc.", Category: "Google Analytics", Role: recipient.Processor},
				// 5.5: "third-party service providers, such as our webhost
				// provider and email exchange server"; 8: "held on secure
				// servers, based within the UK, the EU or the European
				// Economic Area (EEA)" (IE stands for the EU/EEA state not
				// named). 5.5 requires "appropriate security measures" of
				// them; no Art. 28(3) contract is stated.
				{Category: "Webhost and email providers", Role: recipient.Processor,
					Countries: []recipient.Country{"GB", "IE"}},
				// 5.5: "and other businesses that provide certain services on
				// our behalf ... We do not allow our third-party service
				// providers to use your personal data for their own purposes."
				{Category: "Other service providers", Role: recipient.Processor},
			},
			transfers: []transferWant{
				// 8 c): "Where data is transferred outside of the UK, the
				// transfers will be appropriately safeguarded. As data is only
				// stored in the UK, EU or EEA countries, most likely these
				// safeguards will be EU Standard Contractual Clauses." In
				// November 2020 the EU clauses for processors were those of
				// Decision 2010/87/EU; no conclusion date is given. The EEA
				// was no third country for the UK then, and today adequacy
				// covers it (DPA 2018 Sch. 21 para 5(1)(a)), so the lapsed
				// clauses are not judged. IE stands for the state not named.
				// The notice names no transfer to the US (of Google's or any
				// other): none is modelled.
				{t: recipient.Transfer{Recipient: "Webhost and email providers", Countries: []recipient.Country{"IE"},
					Mechanism: recipient.SCC2010}},
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
				// The notice mentions no processor contract, so the contracts of
				// facilitators and PushFar are reported as not evidenced.
				{Category: "Event venues", Role: recipient.IndependentController},
				{Category: "Programme facilitators", Role: recipient.Processor},
				{Category: "Prospective employers", Role: recipient.IndependentController},
				{Category: "Mentoring partners", Role: recipient.IndependentController},
				// "Sign up to our Mentor Match platform (run by a third party
				// provider -PushFar)."
				{Name: "PushFar", Category: "Mentor Match platform", Role: recipient.Processor},
				// "Your information is securely stored in our password
				// protected CRM ... database, on our system or on third party
				// platforms where due data protection and security checks have
				// been made." Checks are not an Art. 28(3) contract; none is
				// evidenced.
				{Category: "Third-party storage platforms", Role: recipient.Processor},
			},
		},
		{
			// 004: STEM Learning, archived 2019-06-02.
			name: "STEM Learning", noticeDate: date("2019-06-02"),
			recipients: []recipient.Recipient{
				// "it may also be shared with our data processors who provide
				// email, relationship management, anonymous analytics and
				// storage services."
				{Category: "Email, relationship management, analytics and storage providers", Role: recipient.Processor},
				// "We use Google Analytics software (Universal Analytics) ...
				// We do not allow Google to use or share our analytics data."
				// Where Google processes the data is not said.
				{Name: "Google", Category: "Google Analytics", Role: recipient.Processor},
				// "These third party processors are listed below." The table
				// also lists research organisations, funders, sponsors and
				// employers, who use the data for their own purposes: they
				// are modelled as the independent controllers they are
				// (Art. 4(7)), not as the notice labels them.
				{Name: "STEM Learning Limited", Role: recipient.Processor, Purpose: "Business processing, marketing and reporting"},
				{Name: "Adestra", Category: "Email system", Role: recipient.Processor, Purpose: "To send marketing emails"},
				{Category: "Research organisations", Role: recipient.IndependentController},
				{Category: "Funders", Role: recipient.IndependentController},
				{Category: "CPD/training venues and deliverers", Role: recipient.Processor},
				{Category: "CPD sponsor", Role: recipient.IndependentController},
				{Category: "Assessors", Role: recipient.Processor},
				{Category: "Employer – for STEM Ambassadors only", Role: recipient.IndependentController},
				// "your employer or a professional institution"
				{Category: "Professional institutions – for STEM Ambassadors only", Role: recipient.IndependentController},
				// "We may share your information with other relevant
				// organisations if you are asked and you agree"
				{Category: "Other relevant organisations, with your agreement", Role: recipient.IndependentController},
			},
			transfers: []transferWant{
				// "For example, if using a service in the US is it signed up to
				// the EU-US Privacy Shield." ("signed up": certified.) Valid on 2019-06-02; invalid from
				// 2020-07-16 (C-311/18).
				{t: recipient.Transfer{Recipient: "US services", Countries: []recipient.Country{"US"},
					Mechanism: recipient.PrivacyShield, Certified: recipient.Present},
					today: codes(recipient.CodeInvalidated)},
				// "the information you provide may be transferred to countries
				// outside the European Economic Area. These countries may not
				// have similar data protection laws to the UK. By submitting
				// your personal data, you're agreeing to this transfer" --
				// consent inferred from submitting data, recorded as not
				// explicit (Art. 49(1)(a)). Whether the sentence on other laws
				// informs of "the possible risks of such transfers" is not
				// decided here: not stated.
				{t: recipient.Transfer{Recipient: "services outside the EEA", AnyThirdCountry: true,
					Mechanism: recipient.DerogationConsent, Consent: recipient.Consent{Explicit: recipient.Absent}},
					atNotice: codes(recipient.CodeConsentNotExplicit, recipient.CodeNotEvidenced),
					today:    codes(recipient.CodeConsentNotExplicit, recipient.CodeNotEvidenced)},
			},
		},
	}
}

var (
	// The SOE notice says only that the agreements are in place.
	soeContract    = recipient.Agreement{Kind: recipient.ProcessorContract, InPlace: recipient.Present}
	soeArrangement = recipient.Agreement{Kind: recipient.JointArrangement, InPlace: recipient.Present}
	// NET 5.4: "a valid data sharing agreement ... will be in force".
	netSharing = recipient.Agreement{Kind: recipient.DataSharing, InPlace: recipient.Present}
)

func TestSeeds(t *testing.T) {
	for _, s := range seeds() {
		t.Run(s.name, func(t *testing.T) {
			for _, r := range s.recipients {
				if r.Label() == "" {
					t.Errorf("recipient %+v has no label", r)
				}
				fs := r.Check(basis.UK, s.noticeDate)
				for _, at := range append(s.alsoAt, today) {
					if got, want := r.Check(basis.UK, at).Codes(), fs.Codes(); !slices.Equal(got, want) {
						t.Errorf("%s at %s: %v, want %v as at the notice date", r.Label(), at.Format(time.DateOnly), got, want)
					}
				}
				// No notice states a fact that makes a recipient unlawful:
				// what a notice does not give (contracts, their dates and
				// terms, the essence of arrangements) is reported as not
				// evidenced, never as absent.
				if r.Role.Requires() != 0 && fs == nil {
					t.Errorf("%s: a %v with no details of its agreement, want the gap reported", r.Label(), r.Role)
				}
				for _, f := range fs {
					if f.Severity != basis.Info {
						t.Errorf("%s: %v is not Info", r.Label(), f)
					}
				}
			}
			for _, tw := range s.transfers {
				type when struct {
					at   time.Time
					want []recipient.Code
				}
				dates := []when{{s.noticeDate, tw.atNotice}, {today, tw.today}}
				for _, at := range s.alsoAt {
					want, ok := tw.at[at.Format(time.DateOnly)]
					if !ok {
						want = tw.atNotice
					}
					dates = append(dates, when{at, want})
				}
				for _, c := range dates {
					fs := tw.t.Findings(basis.UK, c.at)
					if got := fs.Codes(); !slices.Equal(got, c.want) {
						t.Errorf("%s via %v at %s: %v, want %v", tw.t.Recipient, tw.t.Mechanism, c.at.Format(time.DateOnly), fs, c.want)
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

package gdpr_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// Dates around the DUAA 2025 commencements (S.I. 2026/82 regs. 2 and 3).
var (
	beforeDUAA     = time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC) // before 2026-02-05
	afterDUAA      = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)  // 2026-02-05 in force, 2026-06-19 not
	afterComplaint = time.Date(2026, 7, 1, 12, 0, 0, 0, time.UTC)  // both in force
)

// cleanTransparency is a small register that gives no finding of the
// transparency family under either regime on any of the dates above.
func cleanTransparency() *gdpr.Register {
	return &gdpr.Register{
		Controller: gdpr.Controller{
			Name:       "Example Society",
			Entities:   []gdpr.Entity{{ID: "society", Name: "Example Society", CharityNumber: "1000001"}},
			Contacts:   []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}},
			DPO:        gdpr.DPO{Designated: gdpr.No},
			Authority:  gdpr.Authority{Name: "Information Commissioner's Office"},
			Complaints: gdpr.Complaints{Offered: gdpr.Yes},
		},
		Regimes:  []basis.Regime{basis.UK},
		Subjects: []gdpr.Subject{{ID: "members", Name: "members"}},
		Data: []gdpr.DataCategory{
			{ID: "contact", Name: "contact details", Kind: gdpr.KindContact, Source: gdpr.FromSubject,
				Provision: gdpr.Contractual, Consequence: "we cannot provide your membership"},
			{ID: "employer", Name: "employer", Kind: gdpr.KindProfessional, Source: gdpr.FromThirdParty},
		},
		Activities: []gdpr.Activity{
			{ID: "membership", Purpose: "administering membership", Subjects: []string{"members"}, Data: []string{"contact", "employer"},
				Grounds:              []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, SubjectParty: gdpr.Yes}},
				RecipientsExhaustive: gdpr.Yes,
				Sources:              []gdpr.Source{{Kind: gdpr.FromThirdParty, Name: "your employer"}},
				Art14:                gdpr.Art14Plan{SourcesNamed: gdpr.Yes, Timing: gdpr.WithinAMonth},
			},
			{ID: "news", Purpose: "sending news", Subjects: []string{"members"}, Data: []string{"contact"},
				Grounds:              []gdpr.Ground{{Ground: basis.Ground{Basis: basis.LegitimateInterests, Interest: "telling members about the society"}}},
				RecipientsExhaustive: gdpr.Yes,
				Marketing:            gdpr.Marketing{Channels: []gdpr.MarketingUse{{Channel: gdpr.ByPost}}},
			},
		},
		Rights: gdpr.RightsHandling{
			Rights: []gdpr.RightStatement{
				{Right: rights.Access, Stated: gdpr.Yes},
				{Right: rights.Rectification, Stated: gdpr.Yes},
				{Right: rights.Erasure, Stated: gdpr.Yes},
				{Right: rights.Restriction, Stated: gdpr.Yes},
				{Right: rights.Object, Stated: gdpr.Yes},
				{Right: rights.Portability, Stated: gdpr.Yes},
			},
			Channels:     []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}},
			ResponseTime: retention.Months(1),
			ResponseFrom: gdpr.FromReceipt,
			Fee:          gdpr.Free,
		},
	}
}

// transparencyCodes are the codes of the family under test.
func isTransparencyCode(c basis.Code) bool {
	s := string(c)
	for _, p := range []string{"gdpr/right-", "gdpr/marketing-", "gdpr/response-", "gdpr/requests-", "gdpr/fee-",
		"gdpr/exemption-", "gdpr/complaint", "gdpr/notice-", "gdpr/dpo-", "gdpr/provision-", "gdpr/art14-",
		"gdpr/activity-no-data", "gdpr/device-"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

func TestTransparencyCleanRegister(t *testing.T) {
	for _, regime := range []basis.Regime{basis.UK, basis.EU} {
		for _, at := range []time.Time{beforeDUAA, afterDUAA, afterComplaint} {
			r := cleanTransparency()
			r.Regimes = []basis.Regime{regime}
			for _, f := range gdpr.Validate(r, at) {
				if isTransparencyCode(f.Code) {
					t.Errorf("%s %s: unexpected %s at %s (%s)", regime, at.Format(time.DateOnly), f.Code, f.Path, f.Message)
				}
			}
		}
	}
}

type transparencyCase struct {
	name   string
	regime basis.Regime // zero: UK
	at     time.Time    // zero: afterComplaint
	edit   func(r *gdpr.Register)
	code   basis.Code
	path   string         // for a firing case: the path of the finding
	sev    basis.Severity // for a firing case: its severity (zero: any)
}

func runTransparency(t *testing.T, c transparencyCase) basis.Findings {
	t.Helper()
	r := cleanTransparency()
	if c.regime != 0 {
		r.Regimes = []basis.Regime{c.regime}
	}
	if c.edit != nil {
		c.edit(r)
	}
	at := c.at
	if at.IsZero() {
		at = afterComplaint
	}
	return gdpr.Validate(r, at)
}

func TestTransparencyFires(t *testing.T) {
	act := func(r *gdpr.Register, i int) *gdpr.Activity { return &r.Activities[i] }
	stmt := func(r *gdpr.Register, right rights.Right) *gdpr.RightStatement {
		for i := range r.Rights.Rights {
			if r.Rights.Rights[i].Right == right {
				return &r.Rights.Rights[i]
			}
		}
		r.Rights.Rights = append(r.Rights.Rights, gdpr.RightStatement{Right: right})
		return &r.Rights.Rights[len(r.Rights.Rights)-1]
	}
	removeRight := func(r *gdpr.Register, right rights.Right) {
		var keep []gdpr.RightStatement
		for _, s := range r.Rights.Rights {
			if s.Right != right {
				keep = append(keep, s)
			}
		}
		r.Rights.Rights = keep
	}
	onlyLegalObligation := func(r *gdpr.Register) {
		for i := range r.Activities {
			r.Activities[i].Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.LegalObligation, Law: "Companies Act 2006"}}}
		}
	}
	devices := func(items ...gdpr.DeviceItem) func(*gdpr.Register) {
		return func(r *gdpr.Register) { act(r, 1).Devices = items }
	}
	channel := func(u gdpr.MarketingUse) func(*gdpr.Register) {
		return func(r *gdpr.Register) { act(r, 1).Marketing.Channels = []gdpr.MarketingUse{u} }
	}
	cases := []transparencyCase{
		// Rights and requests.
		{name: "erasure promised for legal obligation only", edit: onlyLegalObligation,
			code: gdpr.CodeRightNotGiven, path: "rights.rights[2]", sev: basis.Info},
		{name: "withdraw consent promised with no consent", edit: func(r *gdpr.Register) {
			stmt(r, rights.WithdrawConsent).Stated = gdpr.Yes
		}, code: gdpr.CodeRightNotGiven, path: "rights.rights[6]", sev: basis.Info},
		{name: "no way to exercise rights", edit: func(r *gdpr.Register) {
			r.Rights.Channels, r.Controller.Contacts = nil, nil
		}, code: gdpr.CodeRightNoChannel, path: "rights.channels", sev: basis.Info},
		{name: "marketing objection recorded as not stated", edit: func(r *gdpr.Register) {
			stmt(r, rights.Object).Stated = gdpr.No
		}, code: gdpr.CodeMarketingObjectionMissing, path: "activities[1].marketing", sev: basis.Error},
		{name: "marketing objection missing from the rights", edit: func(r *gdpr.Register) { removeRight(r, rights.Object) },
			code: gdpr.CodeMarketingObjectionMissing, path: "activities[1].marketing", sev: basis.Warning},
		{name: "marketing objection with no rights recorded", edit: func(r *gdpr.Register) { r.Rights.Rights = nil },
			code: gdpr.CodeMarketingObjectionMissing, path: "activities[1].marketing", sev: basis.Info},
		{name: "marketing objection limited by scope", edit: func(r *gdpr.Register) {
			stmt(r, rights.Object).Scope = "where we rely on legitimate interests"
		}, code: gdpr.CodeMarketingObjectionLimited, path: "activities[1].marketing", sev: basis.Warning},
		{name: "response time of two months unexplained", edit: func(r *gdpr.Register) { r.Rights.ResponseTime = retention.Months(2) },
			code: gdpr.CodeResponseTimeTooLong, path: "rights.responseTime", sev: basis.Error},
		{name: "response time of 40 days", edit: func(r *gdpr.Register) { r.Rights.ResponseTime = retention.Days(40) },
			code: gdpr.CodeResponseTimeTooLong, path: "rights.responseTime", sev: basis.Error},
		{name: "response time of 30 days", edit: func(r *gdpr.Register) { r.Rights.ResponseTime = retention.Days(30) },
			code: gdpr.CodeResponseTimeTooLong, path: "rights.responseTime", sev: basis.Warning},
		{name: "response time of four months explained", edit: func(r *gdpr.Register) {
			r.Rights.ResponseTime, r.Rights.Extension = retention.Months(4), "complex requests"
		}, code: gdpr.CodeResponseTimeTooLong, path: "rights.responseTime", sev: basis.Error},
		{name: "EU: response counted from identity", regime: basis.EU, edit: func(r *gdpr.Register) { r.Rights.ResponseFrom = gdpr.FromIdentity },
			code: gdpr.CodeResponseFromWrongEvent, path: "rights.responseFrom", sev: basis.Error},
		{name: "UK before Art. 12A: counted from clarification", at: beforeDUAA, edit: func(r *gdpr.Register) { r.Rights.ResponseFrom = gdpr.FromClarification },
			code: gdpr.CodeResponseFromWrongEvent, path: "rights.responseFrom", sev: basis.Warning},
		{name: "UK before Art. 12A: counted from identity", at: beforeDUAA, edit: func(r *gdpr.Register) { r.Rights.ResponseFrom = gdpr.FromIdentity },
			code: gdpr.CodeResponseFromWrongEvent, path: "rights.responseFrom", sev: basis.Info},
		{name: "UK Art. 12A: counted from clarification", at: afterDUAA, edit: func(r *gdpr.Register) { r.Rights.ResponseFrom = gdpr.FromClarification },
			code: gdpr.CodeResponseFromWrongEvent, path: "rights.responseFrom", sev: basis.Info},
		{name: "requests in writing only", edit: func(r *gdpr.Register) { r.Rights.WritingOnly = gdpr.Yes },
			code: gdpr.CodeRequestsWritingOnly, path: "rights.writingOnly", sev: basis.Warning},
		{name: "fee for every request", edit: func(r *gdpr.Register) { r.Rights.Fee = gdpr.EveryRequest },
			code: gdpr.CodeFeeEveryRequest, path: "rights.fee", sev: basis.Error},
		{name: "UK exemption under the EU regime", regime: basis.EU, edit: func(r *gdpr.Register) {
			r.Rights.Exemptions = []gdpr.ExemptionUse{{Exemption: rights.ConfidentialReferences}}
		}, code: gdpr.CodeExemptionNotAvailable, path: "rights.exemptions[0]", sev: basis.Info},
		{name: "confidential references used to refuse erasure", edit: func(r *gdpr.Register) {
			r.Rights.Exemptions = []gdpr.ExemptionUse{{Exemption: rights.ConfidentialReferences, Rights: []rights.Right{rights.Access, rights.Erasure}}}
		}, code: gdpr.CodeExemptionOutsideScope, path: "rights.exemptions[0].rights[1]", sev: basis.Error},
		{name: "exam marks used to refuse access", edit: func(r *gdpr.Register) {
			r.Rights.Exemptions = []gdpr.ExemptionUse{{Exemption: rights.ExamMarks, Rights: []rights.Right{rights.Access}}}
		}, code: gdpr.CodeExemptionOutsideScope, path: "rights.exemptions[0].rights[0]", sev: basis.Error},
		{name: "complaints to the controller not offered", edit: func(r *gdpr.Register) { r.Controller.Complaints.Offered = gdpr.No },
			code: gdpr.CodeComplaintsRouteMissing, path: "controller.complaints.offered", sev: basis.Error},
		{name: "complaints to the controller not recorded", edit: func(r *gdpr.Register) { r.Controller.Complaints = gdpr.Complaints{} },
			code: gdpr.CodeComplaintsRouteMissing, path: "controller.complaints", sev: basis.Info},
		{name: "complaint to the authority recorded as not stated", edit: func(r *gdpr.Register) {
			r.Controller.Authority = gdpr.Authority{}
			stmt(r, rights.ComplainToAuthority).Stated = gdpr.No
		}, code: gdpr.CodeComplaintAuthorityMissing, path: "rights.rights[6].stated", sev: basis.Error},
		{name: "complaint to the authority not recorded", regime: basis.EU, edit: func(r *gdpr.Register) { r.Controller.Authority = gdpr.Authority{} },
			code: gdpr.CodeComplaintAuthorityMissing, path: "controller.authority", sev: basis.Info},

		// Arts. 13 and 14.
		{name: "no controller named", edit: func(r *gdpr.Register) { r.Controller.Name, r.Controller.Entities = "", nil },
			code: gdpr.CodeNoticeControllerIdentity, path: "controller.name", sev: basis.Info},
		{name: "no controller contact", edit: func(r *gdpr.Register) { r.Controller.Contacts = nil },
			code: gdpr.CodeNoticeControllerContact, path: "controller.contacts", sev: basis.Info},
		{name: "DPO designated with no contact", edit: func(r *gdpr.Register) { r.Controller.DPO = gdpr.DPO{Designated: gdpr.Yes, Name: "DPO"} },
			code: gdpr.CodeNoticeDPOContact, path: "controller.dpo.contacts", sev: basis.Info},
		{name: "public authority without a DPO's contact", edit: func(r *gdpr.Register) {
			r.Controller.PublicAuthority, r.Controller.DPO = gdpr.Yes, gdpr.DPO{}
		}, code: gdpr.CodeNoticeDPOContact, path: "controller.dpo.contacts", sev: basis.Info},
		{name: "public authority with no DPO", edit: func(r *gdpr.Register) { r.Controller.PublicAuthority = gdpr.Yes },
			code: gdpr.CodeDPORequired, path: "controller.dpo.designated", sev: basis.Error},
		{name: "no purpose", edit: func(r *gdpr.Register) { act(r, 0).Purpose = "" },
			code: gdpr.CodeNoticePurpose, path: "activities[0].purpose", sev: basis.Info},
		{name: "no recipients recorded", edit: func(r *gdpr.Register) { act(r, 0).RecipientsExhaustive = gdpr.NotStated },
			code: gdpr.CodeNoticeRecipients, path: "activities[0].recipients", sev: basis.Info},
		{name: "access recorded as not stated", edit: func(r *gdpr.Register) { stmt(r, rights.Access).Stated = gdpr.No },
			code: gdpr.CodeNoticeRights, path: "rights.rights[0].stated", sev: basis.Error},
		{name: "portability not recorded for contract", edit: func(r *gdpr.Register) { removeRight(r, rights.Portability) },
			code: gdpr.CodeNoticeRights, path: "rights.rights", sev: basis.Info},
		{name: "no rights recorded", edit: func(r *gdpr.Register) { r.Rights.Rights = nil },
			code: gdpr.CodeNoticeRights, path: "rights.rights", sev: basis.Info},
		{name: "withdrawal recorded as not stated", edit: func(r *gdpr.Register) {
			act(r, 1).Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Consent}}}
			stmt(r, rights.WithdrawConsent).Stated = gdpr.No
		}, code: gdpr.CodeNoticeWithdrawConsent, path: "rights.rights[6].stated", sev: basis.Error},
		{name: "withdrawal not recorded for explicit consent", edit: func(r *gdpr.Register) {
			act(r, 0).Special = []gdpr.SpecialJustification{{SpecialCategoryJustification: basis.SpecialCategoryJustification{Condition: basis.ExplicitConsent}}}
		}, code: gdpr.CodeNoticeWithdrawConsent, path: "rights.rights", sev: basis.Info},
		{name: "provision not stated", edit: func(r *gdpr.Register) { r.Data[0].Provision = 0 },
			code: gdpr.CodeNoticeProvision, path: "data[0].provision", sev: basis.Info},
		{name: "required with no consequence", edit: func(r *gdpr.Register) { r.Data[0].Consequence = "" },
			code: gdpr.CodeNoticeProvision, path: "data[0].consequence", sev: basis.Info},
		{name: "provision stated both ways", edit: func(r *gdpr.Register) {
			r.Data = append(r.Data, gdpr.DataCategory{ID: "contact-2", Name: "contact details", Source: gdpr.FromSubject, Provision: gdpr.Optional})
		}, code: gdpr.CodeProvisionInconsistent, path: "data[2].provision", sev: basis.Warning},
		{name: "sources not recorded", edit: func(r *gdpr.Register) { act(r, 0).Sources, act(r, 0).Art14.SourcesNamed = nil, gdpr.NotStated },
			code: gdpr.CodeNoticeSource, path: "activities[0].sources", sev: basis.Info},
		{name: "sources recorded as not named", edit: func(r *gdpr.Register) { act(r, 0).Sources, act(r, 0).Art14.SourcesNamed = nil, gdpr.No },
			code: gdpr.CodeNoticeSource, path: "activities[0].art14.sourcesNamed", sev: basis.Warning},
		{name: "no plan to tell within a month", edit: func(r *gdpr.Register) { act(r, 0).Art14.Timing = 0 },
			code: gdpr.CodeArt14Timing, path: "activities[0].art14.timing", sev: basis.Info},
		{name: "ADM without logic", edit: func(r *gdpr.Register) {
			act(r, 0).Automated = gdpr.Automated{Decisions: gdpr.Yes, Significance: "membership refused"}
		}, code: gdpr.CodeNoticeADM, path: "activities[0].automated.logic", sev: basis.Info},
		{name: "profiling with decisions not stated", edit: func(r *gdpr.Register) { act(r, 0).Profiling = gdpr.Profiling{Done: gdpr.Yes} },
			code: gdpr.CodeNoticeADM, path: "activities[0].automated.decisions", sev: basis.Info},
		{name: "activity with no data", edit: func(r *gdpr.Register) { act(r, 1).Data = nil },
			code: gdpr.CodeActivityNoData, path: "activities[1].data", sev: basis.Info},

		// PECR and the ePrivacy Directive.
		{name: "advertising cookie without consent", edit: devices(gdpr.DeviceItem{Name: "ads", Purpose: gdpr.PurposeAdvertising}),
			code: gdpr.CodeDeviceConsentMissing, path: "activities[1].devices[0]", sev: basis.Warning},
		{name: "social plugin without consent", edit: devices(gdpr.DeviceItem{Name: "share", Purpose: gdpr.PurposeSocialMedia}),
			code: gdpr.CodeDeviceConsentMissing, path: "activities[1].devices[0]", sev: basis.Warning},
		{name: "email pixel claiming the statistical exception", at: afterDUAA,
			edit: devices(gdpr.DeviceItem{Name: "pixel", Purpose: gdpr.PurposeEmailTracking, Exception: gdpr.ExceptionStatistical}),
			code: gdpr.CodeDeviceExceptionInvalid, path: "activities[1].devices[0].exception", sev: basis.Error},
		{name: "analytics without consent before Sch. A1", at: beforeDUAA, edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical}),
			code: gdpr.CodeDeviceConsentMissing, path: "activities[1].devices[0]", sev: basis.Warning},
		{name: "statistical exception before Sch. A1", at: beforeDUAA,
			edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Informed: gdpr.Yes, Objection: gdpr.Yes}),
			code: gdpr.CodeDeviceExceptionInvalid, path: "activities[1].devices[0].exception", sev: basis.Error},
		{name: "statistical exception with no means to object", at: afterDUAA,
			edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Objection: gdpr.No}),
			code: gdpr.CodeDeviceExceptionConditions, path: "activities[1].devices[0].objection", sev: basis.Error},
		{name: "EU: analytics exception", regime: basis.EU,
			edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Informed: gdpr.Yes, Objection: gdpr.Yes}),
			code: gdpr.CodeDeviceExceptionInvalid, path: "activities[1].devices[0].exception", sev: basis.Warning},
		{name: "device item without information", edit: devices(gdpr.DeviceItem{Name: "ads", Purpose: gdpr.PurposeAdvertising, Consent: "banner", Informed: gdpr.No}),
			code: gdpr.CodeDeviceNotInformed, path: "activities[1].devices[0].informed", sev: basis.Error},
		{name: "browsing data with no device item", edit: func(r *gdpr.Register) {
			r.Data = append(r.Data, gdpr.DataCategory{ID: "browsing", Name: "website use", Kind: gdpr.KindBrowsing, Source: gdpr.Observed})
			act(r, 1).Data = append(act(r, 1).Data, "browsing")
		}, code: gdpr.CodeDeviceNotDisclosed, path: "activities[1].devices", sev: basis.Info},
		{name: "email marketing with no route", edit: channel(gdpr.MarketingUse{Channel: gdpr.ByEmail}),
			code: gdpr.CodeMarketingRouteMissing, path: "activities[1].marketing.channels[0].route", sev: basis.Info},
		{name: "charity soft opt-in before 2026-02-05", at: beforeDUAA, edit: channel(gdpr.MarketingUse{Channel: gdpr.ByEmail, Route: gdpr.CharitySoftOptIn}),
			code: gdpr.CodeMarketingRouteInvalid, path: "activities[1].marketing.channels[0].route", sev: basis.Error},
		{name: "charity soft opt-in with no charity", at: afterDUAA, edit: func(r *gdpr.Register) {
			r.Controller.Entities[0].CharityNumber = ""
			channel(gdpr.MarketingUse{Channel: gdpr.BySMS, Route: gdpr.CharitySoftOptIn})(r)
		}, code: gdpr.CodeMarketingRouteInvalid, path: "activities[1].marketing.channels[0].route", sev: basis.Info},
		{name: "soft opt-in for automated calls", edit: channel(gdpr.MarketingUse{Channel: gdpr.ByAutomatedCall, Route: gdpr.SoftOptIn}),
			code: gdpr.CodeMarketingRouteInvalid, path: "activities[1].marketing.channels[0].route", sev: basis.Error},
		{name: "corporate subscribers", edit: channel(gdpr.MarketingUse{Channel: gdpr.ByEmail, Route: gdpr.CorporateSubscribers}),
			code: gdpr.CodeMarketingCorporate, path: "activities[1].marketing.channels[0].route", sev: basis.Info},
		{name: "calls not screened against the TPS", edit: func(r *gdpr.Register) {
			act(r, 1).Marketing = gdpr.Marketing{Channels: []gdpr.MarketingUse{{Channel: gdpr.ByPhone}}, TPSScreened: gdpr.No}
		}, code: gdpr.CodeMarketingTPS, path: "activities[1].marketing.tpsScreened", sev: basis.Error},
		{name: "calls with screening not stated", edit: channel(gdpr.MarketingUse{Channel: gdpr.ByPhone}),
			code: gdpr.CodeMarketingTPS, path: "activities[1].marketing.tpsScreened", sev: basis.Info},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fs := runTransparency(t, c)
			for _, f := range fs {
				if f.Code == c.code && f.Path == c.path {
					if c.sev != 0 && f.Severity != c.sev {
						t.Errorf("%s at %s: severity %s, want %s", c.code, c.path, f.Severity, c.sev)
					}
					return
				}
			}
			t.Errorf("no %s at %s; got %v", c.code, c.path, fs)
		})
	}
}

// TestTransparencyDoesNotFire holds the cases that must give no finding of
// the code named (issue 9, "tests that must not fire", and the boundary of
// each check).
func TestTransparencyDoesNotFire(t *testing.T) {
	act := func(r *gdpr.Register, i int) *gdpr.Activity { return &r.Activities[i] }
	devices := func(items ...gdpr.DeviceItem) func(*gdpr.Register) {
		return func(r *gdpr.Register) { act(r, 1).Devices = items }
	}
	cases := []transparencyCase{
		{name: "a stated DPO with a garbled email", edit: func(r *gdpr.Register) {
			r.Controller.DPO = gdpr.DPO{Designated: gdpr.Yes, Name: "DPO", Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "dpo(at)example"}}}
		}, code: gdpr.CodeNoticeDPOContact},
		{name: "a stated complaint right with a garbled email", edit: func(r *gdpr.Register) {
			r.Controller.Authority = gdpr.Authority{Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "casework@@ico"}}}
			r.Controller.Complaints = gdpr.Complaints{Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "complaints at example"}}}
		}, code: gdpr.CodeComplaintAuthorityMissing},
		{name: "a complaint to the controller with a garbled email", edit: func(r *gdpr.Register) {
			r.Controller.Complaints = gdpr.Complaints{Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "complaints at example"}}}
		}, code: gdpr.CodeComplaintsRouteMissing},
		{name: "the complaint right stated without naming the authority", edit: func(r *gdpr.Register) {
			r.Controller.Authority = gdpr.Authority{}
			r.Rights.Rights = append(r.Rights.Rights, gdpr.RightStatement{Right: rights.ComplainToAuthority, Stated: gdpr.Yes})
		}, code: gdpr.CodeComplaintAuthorityMissing},
		{name: "a post contact only", edit: func(r *gdpr.Register) {
			r.Controller.Contacts = []gdpr.Contact{{Kind: gdpr.ChannelPost, Value: "1 High Street"}}
			r.Rights.Channels = nil
		}, code: gdpr.CodeNoticeControllerContact},
		{name: "a phone contact only is a request channel", edit: func(r *gdpr.Register) {
			r.Controller.Contacts = []gdpr.Contact{{Kind: gdpr.ChannelPhone, Value: "020 0000"}}
			r.Rights.Channels = nil
		}, code: gdpr.CodeRightNoChannel},
		{name: "no complaint route before 2026-06-19", at: afterDUAA, edit: func(r *gdpr.Register) { r.Controller.Complaints = gdpr.Complaints{} },
			code: gdpr.CodeComplaintsRouteMissing},
		{name: "EU: no complaint route", regime: basis.EU, edit: func(r *gdpr.Register) { r.Controller.Complaints = gdpr.Complaints{} },
			code: gdpr.CodeComplaintsRouteMissing},
		{name: "a month response target", edit: func(r *gdpr.Register) { r.Rights.ResponseTime = retention.Months(1) },
			code: gdpr.CodeResponseTimeTooLong},
		{name: "a shorter response target", edit: func(r *gdpr.Register) { r.Rights.ResponseTime = retention.Days(28) },
			code: gdpr.CodeResponseTimeTooLong},
		{name: "an extension explained", edit: func(r *gdpr.Register) {
			r.Rights.ResponseTime, r.Rights.Extension = retention.Months(3), "by two further months for complex requests"
		}, code: gdpr.CodeResponseTimeTooLong},
		{name: "UK Art. 12A: counted from identity", at: afterDUAA, edit: func(r *gdpr.Register) { r.Rights.ResponseFrom = gdpr.FromIdentity },
			code: gdpr.CodeResponseFromWrongEvent},
		{name: "UK Art. 12A: counted from the fee", at: afterDUAA, edit: func(r *gdpr.Register) { r.Rights.ResponseFrom = gdpr.FromFee },
			code: gdpr.CodeResponseFromWrongEvent},
		{name: "a fee only for manifestly unfounded or excessive requests", edit: func(r *gdpr.Register) { r.Rights.Fee = gdpr.UnfoundedOrExcessive },
			code: gdpr.CodeFeeEveryRequest},
		{name: "identity checks", edit: func(r *gdpr.Register) {
			r.Rights.RequiredDetails = []string{"proof of identity"}
			r.Rights.WritingOnly = gdpr.No
		}, code: gdpr.CodeRequestsWritingOnly},
		{name: "rights in certain circumstances", edit: func(r *gdpr.Register) {
			r.Rights.Rights[2].Scope = "in certain circumstances"
			r.Rights.Rights[5].Scope = "in certain circumstances"
		}, code: gdpr.CodeMarketingObjectionLimited},
		{name: "rights in certain circumstances are no gap", edit: func(r *gdpr.Register) { r.Rights.Rights[2].Scope = "in certain circumstances" },
			code: gdpr.CodeNoticeRights},
		{name: "rights narrowed for public task", edit: func(r *gdpr.Register) {
			for i := range r.Activities {
				r.Activities[i].Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.PublicTask}}}
			}
			r.Rights.Rights = []gdpr.RightStatement{
				{Right: rights.Access, Stated: gdpr.Yes}, {Right: rights.Rectification, Stated: gdpr.Yes},
				{Right: rights.Restriction, Stated: gdpr.Yes}, {Right: rights.Object, Stated: gdpr.Yes},
				{Right: rights.Erasure, Stated: gdpr.No, Scope: "not where we perform our public task"},
			}
		}, code: gdpr.CodeNoticeRights},
		{name: "rights narrowed for public task promise nothing ungiven", edit: func(r *gdpr.Register) {
			for i := range r.Activities {
				r.Activities[i].Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.PublicTask}}}
			}
			r.Rights.Rights = []gdpr.RightStatement{{Right: rights.Access, Stated: gdpr.Yes}, {Right: rights.Object, Stated: gdpr.Yes}}
		}, code: gdpr.CodeRightNotGiven},
		{name: "objection promised for marketing on consent", edit: func(r *gdpr.Register) {
			for i := range r.Activities {
				r.Activities[i].Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Consent, Consent: basis.ConsentTerms{Withdrawal: "unsubscribe"}}}}
			}
		}, code: gdpr.CodeRightNotGiven},
		{name: "confidential references withheld", edit: func(r *gdpr.Register) {
			r.Rights.Exemptions = []gdpr.ExemptionUse{{Exemption: rights.ConfidentialReferences, Scope: "references we give", Rights: []rights.Right{rights.Access}}}
		}, code: gdpr.CodeExemptionOutsideScope},
		{name: "confidential references withheld under UK law", edit: func(r *gdpr.Register) {
			r.Rights.Exemptions = []gdpr.ExemptionUse{{Exemption: rights.ConfidentialReferences, Rights: []rights.Right{rights.Access, rights.Informed}}}
		}, code: gdpr.CodeExemptionNotAvailable},
		{name: "no DPO where none is needed", edit: func(r *gdpr.Register) { r.Controller.DPO = gdpr.DPO{} },
			code: gdpr.CodeNoticeDPOContact},
		{name: "ADM recorded as none with profiling", edit: func(r *gdpr.Register) {
			act(r, 0).Automated = gdpr.Automated{Decisions: gdpr.No}
			act(r, 0).Profiling = gdpr.Profiling{Done: gdpr.Yes}
		}, code: gdpr.CodeNoticeADM},
		{name: "profiling with a human involved", edit: func(r *gdpr.Register) {
			act(r, 0).Profiling = gdpr.Profiling{Done: gdpr.Yes, HumanInvolved: gdpr.Yes}
		}, code: gdpr.CodeNoticeADM},
		{name: "no Art. 14 items for data from the person", edit: func(r *gdpr.Register) {
			act(r, 1).Art14 = gdpr.Art14Plan{}
		}, code: gdpr.CodeArt14Timing},
		{name: "one name required in both places", edit: func(r *gdpr.Register) {
			r.Data = append(r.Data, gdpr.DataCategory{ID: "contact-2", Name: "contact details", Source: gdpr.FromSubject, Provision: gdpr.Statutory, Consequence: "x"})
		}, code: gdpr.CodeProvisionInconsistent},
		{name: "no provision for data from others", edit: func(r *gdpr.Register) { r.Data[1].Provision = 0 },
			code: gdpr.CodeNoticeProvision},

		{name: "the objection to direct marketing stated in the scope", edit: func(r *gdpr.Register) {
			r.Rights.Rights[4].Scope = "processing on legitimate interests; Direct Marketing (including profiling)"
		}, code: gdpr.CodeMarketingObjectionLimited},
		{name: "withdrawal stated by the consent ground", edit: func(r *gdpr.Register) {
			act(r, 1).Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Consent, Consent: basis.ConsentTerms{Withdrawal: "unsubscribe link"}}}}
		}, code: gdpr.CodeNoticeWithdrawConsent},

		// PECR.
		{name: "strictly necessary item under the communication exception", at: beforeDUAA,
			edit: devices(gdpr.DeviceItem{Name: "lb", Purpose: gdpr.PurposeStrictlyNecessary, Exception: gdpr.ExceptionCommunication}),
			code: gdpr.CodeDeviceExceptionInvalid},
		{name: "postal marketing", edit: func(r *gdpr.Register) {}, code: gdpr.CodeMarketingRouteMissing},
		{name: "legitimate-interests postal marketing", edit: func(r *gdpr.Register) {
			act(r, 1).Marketing = gdpr.Marketing{Channels: []gdpr.MarketingUse{{Channel: gdpr.ByPost}}, TPSScreened: gdpr.NotStated}
		}, code: gdpr.CodeMarketingTPS},
		{name: "analytics meeting the Sch. A1 conditions", at: afterDUAA,
			edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Informed: gdpr.Yes, Objection: gdpr.Yes}),
			code: gdpr.CodeDeviceConsentMissing},
		{name: "analytics meeting the Sch. A1 conditions: exception valid", at: afterDUAA,
			edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Informed: gdpr.Yes, Objection: gdpr.Yes}),
			code: gdpr.CodeDeviceExceptionInvalid},
		{name: "analytics meeting the Sch. A1 conditions: conditions met", at: afterDUAA,
			edit: devices(gdpr.DeviceItem{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Informed: gdpr.Yes, Objection: gdpr.Yes}),
			code: gdpr.CodeDeviceExceptionConditions},
		{name: "strictly necessary cookie", at: beforeDUAA, edit: devices(gdpr.DeviceItem{Name: "session", Purpose: gdpr.PurposeStrictlyNecessary}),
			code: gdpr.CodeDeviceConsentMissing},
		{name: "advertising with consent", edit: devices(gdpr.DeviceItem{Name: "ads", Purpose: gdpr.PurposeAdvertising, Consent: "banner with reject all"}),
			code: gdpr.CodeDeviceConsentMissing},
		{name: "email with consent", edit: func(r *gdpr.Register) {
			act(r, 1).Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByEmail, Route: gdpr.MarketingConsent}}
		}, code: gdpr.CodeMarketingRouteMissing},
		{name: "charity soft opt-in after 2026-02-05", at: afterDUAA, edit: func(r *gdpr.Register) {
			act(r, 1).Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByEmail, Route: gdpr.CharitySoftOptIn}}
		}, code: gdpr.CodeMarketingRouteInvalid},
		{name: "calls with consent need no TPS screening", edit: func(r *gdpr.Register) {
			act(r, 1).Marketing = gdpr.Marketing{Channels: []gdpr.MarketingUse{{Channel: gdpr.ByPhone, Route: gdpr.MarketingConsent}}, TPSScreened: gdpr.No}
		}, code: gdpr.CodeMarketingTPS},
		{name: "EU: no PECR marketing checks", regime: basis.EU, edit: func(r *gdpr.Register) {
			act(r, 1).Marketing = gdpr.Marketing{Channels: []gdpr.MarketingUse{{Channel: gdpr.ByPhone}}, TPSScreened: gdpr.No}
		}, code: gdpr.CodeMarketingTPS},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, f := range runTransparency(t, c) {
				if f.Code == c.code {
					t.Errorf("unexpected %s at %s (%s)", f.Code, f.Path, f.Message)
				}
			}
		})
	}
}

// TestTransparencyRegimes checks that a finding judged under both regimes
// is reported once under each, with the regime's citation.
func TestTransparencyRegimes(t *testing.T) {
	r := cleanTransparency()
	r.Regimes = []basis.Regime{basis.UK, basis.EU}
	r.Rights.Fee = gdpr.EveryRequest
	var got []string
	for _, f := range gdpr.Validate(r, afterComplaint) {
		if f.Code == gdpr.CodeFeeEveryRequest {
			got = append(got, f.Regime.String()+" "+f.Article)
		}
	}
	want := []string{"uk UK GDPR Art. 12(5)", "eu GDPR Art. 12(5)"}
	if strings.Join(got, "|") != strings.Join(want, "|") && strings.Join(got, "|") != want[1]+"|"+want[0] {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestComplaintCitation checks the citation of the right to complain to
// the Commissioner moves to DPA 2018 s.165 from 2026-06-19.
func TestComplaintCitation(t *testing.T) {
	for _, c := range []struct {
		at   time.Time
		want string
	}{
		{afterDUAA, "UK GDPR Art. 13(2)(d); UK GDPR Art. 77"},
		{afterComplaint, "UK GDPR Art. 13(2)(d) (DUAA 2025 Sch. 10); DPA 2018 s.165"},
	} {
		r := cleanTransparency()
		r.Controller.Authority = gdpr.Authority{}
		fs := gdpr.Validate(r, c.at)
		found := false
		for _, f := range fs {
			if f.Code == gdpr.CodeComplaintAuthorityMissing {
				found = true
				if f.Article != c.want {
					t.Errorf("%s: article %q, want %q", c.at.Format(time.DateOnly), f.Article, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no %s", c.at.Format(time.DateOnly), gdpr.CodeComplaintAuthorityMissing)
		}
	}
}

// bigTransparency is cleanTransparency with n activities, the analytics
// and marketing items of a typical notice on every second one.
func bigTransparency(n int) *gdpr.Register {
	r := cleanTransparency()
	base := r.Activities
	r.Activities = make([]gdpr.Activity, n)
	for i := range r.Activities {
		a := base[i%2]
		a.ID = "a-" + strconv.Itoa(i)
		if i%2 == 1 {
			a.Devices = []gdpr.DeviceItem{
				{Name: "session", Purpose: gdpr.PurposeStrictlyNecessary},
				{Name: "_ga", Purpose: gdpr.PurposeStatistical, Exception: gdpr.ExceptionStatistical, Informed: gdpr.Yes, Objection: gdpr.Yes},
			}
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.ByPost}, {Channel: gdpr.ByEmail, Route: gdpr.MarketingConsent}}
		}
		r.Activities[i] = a
	}
	return r
}

func BenchmarkValidateTransparency(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		r := bigTransparency(n)
		r.Regimes = []basis.Regime{basis.UK}
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				// The register is clean for this family; other families may
				// speak (it records no retention, for instance).
				for _, f := range gdpr.Validate(r, afterDUAA) {
					if isTransparencyCode(f.Code) {
						b.Fatalf("unexpected finding: %v", f)
					}
				}
			}
		})
	}
}

// TestDeviceCitation checks that device findings cite PECR in the UK and
// the ePrivacy Directive under the EU regime.
func TestDeviceCitation(t *testing.T) {
	for _, c := range []struct {
		regime basis.Regime
		want   string
	}{
		{basis.UK, "PECR reg. 6; Sch. A1"},
		{basis.EU, "Directive 2002/58/EC Art. 5(3)"},
	} {
		r := cleanTransparency()
		r.Regimes = []basis.Regime{c.regime}
		r.Activities[1].Devices = []gdpr.DeviceItem{{Name: "ads", Purpose: gdpr.PurposeAdvertising}}
		n := 0
		for _, f := range gdpr.Validate(r, afterDUAA) {
			if f.Code == gdpr.CodeDeviceConsentMissing {
				n++
				if f.Article != c.want {
					t.Errorf("%s: article %q, want %q", c.regime, f.Article, c.want)
				}
			}
		}
		if n != 1 {
			t.Errorf("%s: %d findings of %s, want 1", c.regime, n, gdpr.CodeDeviceConsentMissing)
		}
	}
}

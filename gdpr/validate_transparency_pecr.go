package gdpr

import "github.com/dpmodel/dpmodel/basis"

// The codes of storage and access on devices and of electronic marketing.
// PECR is UK law: under the UK regime these cite PECR; under the EU regime
// the device checks cite the ePrivacy Directive (2002/58/EC) Art. 5(3),
// which each Member State implements in its own law, so they are at most
// warnings there, and the marketing checks (Directive Art. 13, national
// law) are not run.
const (
	// CodeDeviceConsentMissing: an item stored on or read from a device
	// needs consent (no exception applies to its purpose on the date) and
	// the register records none: advertising, social media plugins and
	// email tracking pixels always; analytics and appearance before
	// 2026-02-05 (PECR reg. 6(1)-(4) as then in force; from 2026-02-05,
	// reg. 6 and Sch. A1) (Warning; Info where an exception could apply or
	// the purpose is not stated).
	CodeDeviceConsentMissing Code = "gdpr/device-consent-missing"
	// CodeDeviceExceptionInvalid: an item relies on an exception that does
	// not cover its purpose, or that is not law on the date (the
	// statistical, appearance and emergency assistance exceptions before
	// 2026-02-05) (PECR reg. 6(4); Sch. A1) (Error; Warning under the EU
	// regime).
	CodeDeviceExceptionInvalid Code = "gdpr/device-exception-invalid"
	// CodeDeviceExceptionConditions: an item relies on the statistical or
	// appearance exception and its conditions are recorded as not met
	// (Error) or the means of objecting is not recorded (Info): clear
	// information and a simple, free means of objecting (PECR Sch. A1, from
	// 2026-02-05).
	CodeDeviceExceptionConditions Code = "gdpr/device-exception-conditions"
	// CodeDeviceNotInformed: an item that is not strictly necessary is
	// recorded as stored or read without clear and comprehensive
	// information (PECR reg. 6(2); Sch. A1) (Error; Warning under the EU
	// regime).
	CodeDeviceNotInformed Code = "gdpr/device-not-informed"
	// CodeDeviceNotDisclosed: an activity gathers browsing data observed
	// from the person's device and records no storage or access item
	// (PECR reg. 6) (Info).
	CodeDeviceNotDisclosed Code = "gdpr/device-not-disclosed"
	// CodeMarketingRouteMissing: electronic marketing (email, SMS,
	// automated calls, fax) with no PECR route recorded (PECR regs. 19, 20,
	// 22) (Info).
	CodeMarketingRouteMissing Code = "gdpr/marketing-route-missing"
	// CodeMarketingRouteInvalid: a route that does not allow the channel on
	// the date: the charity soft opt-in before 2026-02-05 (Error) or with no
	// charity recorded among the controller's entities (Info), a soft
	// opt-in for automated calls or fax, which need consent (Error) (PECR
	// regs. 19, 20, 22(3), (3A)).
	CodeMarketingRouteInvalid Code = "gdpr/marketing-route-invalid"
	// CodeMarketingCorporate: marketing by email, SMS or fax relies on
	// sending only to corporate subscribers; sole traders and some
	// partnerships are individual subscribers (PECR regs. 20, 22(1)) (Info).
	CodeMarketingCorporate Code = "gdpr/marketing-corporate"
	// CodeMarketingTPS: live marketing calls to numbers recorded as not
	// screened against the Telephone Preference Service (Error) or with no
	// screening recorded (Info), unless the person consented (PECR
	// reg. 21(1)(b), (4), 26).
	CodeMarketingTPS Code = "gdpr/marketing-tps"
)

// deviceArticle cites the provision on storage and access: PECR in the UK,
// the ePrivacy Directive under the EU regime.
func (v *validator) deviceArticle(uk string) string {
	if v.regime == basis.EU {
		return "Directive 2002/58/EC Art. 5(3)"
	}
	return uk
}

// pecrA1 cites the provision of PECR reg. 6 in force: old, until
// 2026-02-05, and with Sch. A1 (DUAA 2025 s.112 and Sch. 12) from then.
func pecrA1(a1 bool, old string) string {
	if a1 {
		return "PECR reg. 6; Sch. A1"
	}
	return old
}

// capEU lowers an Error to a Warning under the EU regime, whose storage
// rules are each Member State's law.
func (v *validator) capEU(s basis.Severity) basis.Severity {
	if v.regime == basis.EU && s > basis.Warning {
		return basis.Warning
	}
	return s
}

// exceptionPurpose is the purpose each exception covers.
var exceptionPurpose = [...]StoragePurpose{
	ExceptionCommunication:       PurposeCommunication,
	ExceptionStrictlyNecessary:   PurposeStrictlyNecessary,
	ExceptionStatistical:         PurposeStatistical,
	ExceptionAppearance:          PurposeAppearance,
	ExceptionEmergencyAssistance: PurposeEmergencyAssistance,
}

// devices judges each storage or access item of activity i per its
// purpose category (PECR reg. 6 and, from 2026-02-05, Sch. A1).
// browsing is whether the activity observes browsing data.
func (v *validator) devices(i int, a *Activity, c *tctx, browsing bool) {
	if len(a.Devices) == 0 {
		if browsing {
			v.add(Finding{Code: CodeDeviceNotDisclosed, Severity: basis.Info, Path: actPath(i, ".devices"),
				Article: v.deviceArticle("PECR reg. 6"),
				Message: "the activity observes browsing data and records no storage of or access to information on devices (not evidenced)"})
		}
		return
	}
	a1 := c.a1
	for j := range a.Devices {
		d := &a.Devices[j]
		path := func(suffix string) string { return elemPath(i, ".devices", j, suffix) }
		p, e := d.Purpose, d.Exception
		necessary := p == PurposeCommunication || p == PurposeStrictlyNecessary ||
			!p.IsValid() && (d.StrictlyNecessary.IsYes() || e == ExceptionCommunication || e == ExceptionStrictlyNecessary)
		if !necessary && d.Informed.IsNo() {
			v.add(Finding{Code: CodeDeviceNotInformed, Severity: v.capEU(basis.Error), Path: path(".informed"),
				Article: v.deviceArticle(pecrA1(a1, "PECR reg. 6(2)")),
				Message: "the item is stored or read without clear and comprehensive information about its purpose"})
		}
		if d.Consent != "" {
			continue // consent is relied on
		}
		if e.IsValid() {
			v.deviceException(path, d, a1)
			continue
		}
		if necessary {
			continue
		}
		f := Finding{Code: CodeDeviceConsentMissing, Path: path(""), Value: p.String()}
		switch p {
		case PurposeAdvertising, PurposeSocialMedia, PurposeEmailTracking:
			f.Severity, f.Article = basis.Warning, v.deviceArticle(pecrA1(a1, "PECR reg. 6(1)"))
			f.Message = "advertising, social media plugins and email tracking always need consent, and the register records none"
		case PurposeStatistical, PurposeAppearance, PurposeEmergencyAssistance:
			if a1 {
				f.Severity, f.Article = basis.Info, "PECR Sch. A1"
				f.Message = "no consent and no exception recorded; a Sch. A1 exception may apply if its conditions are met (not evidenced)"
			} else {
				f.Severity, f.Article = basis.Warning, v.deviceArticle("PECR reg. 6(1)-(4)")
				f.Message = "only communication and strictly necessary items are exempt; this item needs consent, and the register records none"
				if v.regime == basis.UK {
					f.Message = "before 2026-02-05 only communication and strictly necessary items were exempt (PECR reg. 6(4)); this item needs consent, and the register records none"
				}
			}
		default:
			f.Severity, f.Article = basis.Info, v.deviceArticle("PECR reg. 6")
			f.Message = "the item's purpose is not stated and no consent or exception is recorded (not evidenced)"
		}
		v.add(f)
	}
}

// basicException reports whether e is one of the two exceptions PECR had
// before 2026-02-05 (reg. 6(4)(a) and (b)).
func basicException(e StorageException) bool {
	return e == ExceptionCommunication || e == ExceptionStrictlyNecessary
}

// basicPurpose reports whether p is a purpose those exceptions cover; an
// item of either purpose under either exception is exempt, the exception
// merely misnamed.
func basicPurpose(p StoragePurpose) bool {
	return p == PurposeCommunication || p == PurposeStrictlyNecessary
}

// deviceException judges the exception an item relies on.
func (v *validator) deviceException(path func(string) string, d *DeviceItem, a1 bool) {
	e, p := d.Exception, d.Purpose
	newException := e == ExceptionStatistical || e == ExceptionAppearance || e == ExceptionEmergencyAssistance
	switch {
	case p.IsValid() && exceptionPurpose[e] != p && !(basicException(e) && basicPurpose(p)):
		v.add(Finding{Code: CodeDeviceExceptionInvalid, Severity: v.capEU(basis.Error), Path: path(".exception"), Value: e.String(),
			Article: v.deviceArticle(e.Article()),
			Message: "the exception relied on does not cover the item's purpose (" + p.String() + "), which needs consent"})
	case newException && v.regime == basis.EU:
		v.add(Finding{Code: CodeDeviceExceptionInvalid, Severity: basis.Warning, Path: path(".exception"), Value: e.String(),
			Article: v.deviceArticle(""),
			Message: "the Directive exempts only transmission and strictly necessary items; a Member State's law may exempt more"})
	case newException && !a1:
		v.add(Finding{Code: CodeDeviceExceptionInvalid, Severity: basis.Error, Path: path(".exception"), Value: e.String(),
			Article: "PECR reg. 6(4)",
			Message: "before 2026-02-05 only communication and strictly necessary items were exempt from consent"})
	case e == ExceptionStatistical || e == ExceptionAppearance:
		switch {
		case d.Informed.IsNo():
			// reported as device-not-informed
		case d.Objection.IsNo():
			v.add(Finding{Code: CodeDeviceExceptionConditions, Severity: basis.Error, Path: path(".objection"), Value: e.String(),
				Article: "PECR Sch. A1",
				Message: "the exception needs a simple and free means of objecting, recorded as not offered"})
		case !d.Objection.IsStated():
			v.add(Finding{Code: CodeDeviceExceptionConditions, Severity: basis.Info, Path: path(".objection"), Value: e.String(),
				Article: "PECR Sch. A1",
				Message: "the exception needs a simple and free means of objecting, which the register does not record (not evidenced)"})
		}
	}
}

// marketingChannels judges each channel of activity i's direct marketing
// by PECR (UK only).
func (v *validator) marketingChannels(i int, a *Activity) {
	if v.regime != basis.UK {
		return
	}
	path := func(k int, suffix string) string { return elemPath(i, ".marketing.channels", k, suffix) }
	m := &a.Marketing
	for k := range m.Channels {
		u := &m.Channels[k]
		switch u.Channel {
		case ByEmail, BySMS, ByFax, ByAutomatedCall:
			v.electronicRoute(path, k, u)
		case ByPhone:
			if u.Route == MarketingConsent {
				continue // reg. 21(4): the subscriber has agreed to calls
			}
			switch {
			case m.TPSScreened.IsNo():
				v.add(Finding{Code: CodeMarketingTPS, Severity: basis.Error, Path: actPath(i, ".marketing.tpsScreened"), Article: "PECR reg. 21(1)(b)",
					Related: []string{path(k, "")},
					Message: "marketing calls are made to numbers not screened against the Telephone Preference Service"})
			case !m.TPSScreened.IsStated():
				v.add(Finding{Code: CodeMarketingTPS, Severity: basis.Info, Path: actPath(i, ".marketing.tpsScreened"), Article: "PECR reg. 21(1)(b)",
					Related: []string{path(k, "")},
					Message: "marketing calls are made and the register does not record screening against the Telephone Preference Service (not evidenced)"})
			}
		}
	}
}

// electronicRoute judges the route of electronic marketing: email and SMS
// (reg. 22), fax (reg. 20) and automated calls (reg. 19).
func (v *validator) electronicRoute(path func(int, string) string, k int, u *MarketingUse) {
	article := u.Channel.Article()
	switch u.Route {
	case 0:
		v.add(Finding{Code: CodeMarketingRouteMissing, Severity: basis.Info, Path: path(k, ".route"), Article: article,
			Message: "electronic marketing with no consent or other route recorded (not evidenced)"})
	case MarketingConsent:
	case CorporateSubscribers:
		if u.Channel == ByAutomatedCall {
			v.add(Finding{Code: CodeMarketingRouteInvalid, Severity: basis.Error, Path: path(k, ".route"), Value: u.Route.String(), Article: "PECR reg. 19",
				Message: "automated marketing calls need the subscriber's consent, corporate subscribers included"})
			return
		}
		v.add(Finding{Code: CodeMarketingCorporate, Severity: basis.Info, Path: path(k, ".route"), Value: u.Route.String(), Article: article,
			Message: "marketing to corporate subscribers only: sole traders and some partnerships are individual subscribers, who need consent or a soft opt-in"})
	case SoftOptIn, CharitySoftOptIn:
		if u.Channel == ByAutomatedCall || u.Channel == ByFax {
			v.add(Finding{Code: CodeMarketingRouteInvalid, Severity: basis.Error, Path: path(k, ".route"), Value: u.Route.String(), Article: article,
				Message: "a soft opt-in allows email and SMS only; this channel needs consent"})
			return
		}
		if u.Route != CharitySoftOptIn {
			return
		}
		switch {
		case !v.regime.InForce(basis.CharitySoftOptIn, v.at):
			v.add(Finding{Code: CodeMarketingRouteInvalid, Severity: basis.Error, Path: path(k, ".route"), Value: u.Route.String(), Article: u.Route.Article(),
				Message: "the charity soft opt-in is law only from 2026-02-05; before then a charity needed consent or the ordinary soft opt-in"})
		case !v.charity():
			v.add(Finding{Code: CodeMarketingRouteInvalid, Severity: basis.Info, Path: path(k, ".route"), Value: u.Route.String(), Article: u.Route.Article(),
				Message: "the charity soft opt-in is relied on and no entity of the controller has a charity number (not evidenced)"})
		}
	}
}

// charity reports whether some entity of the controller is a registered
// charity.
func (v *validator) charity() bool {
	for i := range v.reg.Controller.Entities {
		if v.reg.Controller.Entities[i].CharityNumber != "" {
			return true
		}
	}
	return false
}

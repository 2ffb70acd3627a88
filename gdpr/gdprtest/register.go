package gdprtest

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/retention"
	"pgregory.net/rapid"
)

// ValidDate draws a day from 2016 to 2040 (never the zero Date), with
// extra weight on month ends.
func ValidDate() *rapid.Generator[gdpr.Date] {
	return rapid.Custom(func(t *rapid.T) gdpr.Date {
		d := date(t, 2016, 2040)
		return gdpr.Date{Year: d.y, Month: d.m, Day: d.d}
	})
}

// ArbitraryDate draws any gdpr.Date: the zero Date, days that exist from
// 0001-01-01 to 9999-12-31, and days that do not (2023-02-29, month 13,
// day 0, negative years).
func ArbitraryDate() *rapid.Generator[gdpr.Date] {
	return rapid.OneOf(rapid.Just(gdpr.Date{}), ValidDate(),
		rapid.Custom(func(t *rapid.T) gdpr.Date {
			d := date(t, 1, 9999)
			return gdpr.Date{Year: d.y, Month: d.m, Day: d.d}
		}),
		rapid.Custom(func(t *rapid.T) gdpr.Date {
			return gdpr.Date{Year: rapid.IntRange(-1, 10001).Draw(t, "year"), Month: time.Month(rapid.IntRange(-1, 13).Draw(t, "month")),
				Day: rapid.IntRange(-1, 32).Draw(t, "day")}
		}))
}

// ValidEvidence draws evidence: none, a quote, a locator or both.
func ValidEvidence() *rapid.Generator[gdpr.Evidence] {
	return rapid.Custom(func(t *rapid.T) gdpr.Evidence {
		return gdpr.Evidence{Quote: Text().Draw(t, "quote"), Locator: Text().Draw(t, "locator")}
	})
}

// ArbitraryEvidence draws evidence of any text.
func ArbitraryEvidence() *rapid.Generator[gdpr.Evidence] { return arbitraryOf[gdpr.Evidence]() }

// ValidContact draws a contact channel of a defined kind with a value.
func ValidContact() *rapid.Generator[gdpr.Contact] {
	return rapid.Custom(func(t *rapid.T) gdpr.Contact {
		c := gdpr.Contact{Kind: ValidChannelKind().Draw(t, "kind"), Evidence: ValidEvidence().Draw(t, "evidence")}
		switch c.Kind {
		case gdpr.ChannelEmail:
			c.Value = rapid.StringMatching(`[a-z]{1,8}@[a-z]{1,8}\.org`).Draw(t, "email")
		case gdpr.ChannelPhone:
			c.Value = rapid.StringMatching(`\+44 [0-9]{4} [0-9]{6}`).Draw(t, "phone")
		case gdpr.ChannelWebForm:
			c.Value = rapid.StringMatching(`https://[a-z]{1,8}\.org/[a-z]{1,8}`).Draw(t, "url")
		default:
			c.Value = rapid.StringMatching(`[0-9]{1,3} [A-Z][a-z]{1,8} Street, London`).Draw(t, "address")
		}
		return c
	})
}

// ValidSubject draws a category of data subjects with an id.
func ValidSubject() *rapid.Generator[gdpr.Subject] {
	return rapid.Custom(func(t *rapid.T) gdpr.Subject {
		return gdpr.Subject{ID: ID().Draw(t, "id"), Name: Text().Draw(t, "name"), Children: orZero(ValidFact()).Draw(t, "children"),
			Evidence: ValidEvidence().Draw(t, "evidence")}
	})
}

// ValidDataCategory draws a category of personal data with an id, any
// kind, sensitivity, source and provision (each perhaps unspecified).
func ValidDataCategory() *rapid.Generator[gdpr.DataCategory] {
	return rapid.Custom(func(t *rapid.T) gdpr.DataCategory {
		d := gdpr.DataCategory{ID: ID().Draw(t, "id"), Name: Text().Draw(t, "name"), Kind: orZero(ValidDataKind()).Draw(t, "kind"),
			Source: orZero(ValidSourceKind()).Draw(t, "source"), Provision: orZero(ValidRequirement()).Draw(t, "provision"),
			Consequence: Text().Draw(t, "consequence"), Evidence: ValidEvidence().Draw(t, "evidence")}
		if rapid.Float64Range(0, 1).Draw(t, "sensitive") < 0.3 {
			d.Sensitive = ValidSensitiveData().Draw(t, "sensitiveData")
		}
		return d
	})
}

// ValidRegisterRecipient draws a gdpr.Recipient: an id and a
// ValidRecipient with its register facts.
func ValidRegisterRecipient() *rapid.Generator[gdpr.Recipient] {
	return rapid.Custom(func(t *rapid.T) gdpr.Recipient {
		return gdpr.Recipient{ID: ID().Draw(t, "id"), Recipient: ValidRecipient().Draw(t, "recipient"),
			OwnPurposes: orZero(ValidFact()).Draw(t, "ownPurposes"), Internal: orZero(ValidFact()).Draw(t, "internal"),
			Evidence: ValidEvidence().Draw(t, "evidence")}
	})
}

// ValidRegisterTransfer draws a gdpr.Transfer: an id and a ValidTransfer,
// naming no recipients of the register.
func ValidRegisterTransfer() *rapid.Generator[gdpr.Transfer] {
	return rapid.Custom(func(t *rapid.T) gdpr.Transfer {
		return gdpr.Transfer{ID: ID().Draw(t, "id"), Transfer: ValidTransfer().Draw(t, "transfer"),
			SafeguardsCopy: orZero(ValidFact()).Draw(t, "safeguardsCopy"), Evidence: ValidEvidence().Draw(t, "evidence")}
	})
}

// ValidRetentionRule draws a gdpr.RetentionRule: a ValidRule (governing no
// data category of the register) with evidence.
func ValidRetentionRule() *rapid.Generator[gdpr.RetentionRule] {
	return rapid.Custom(func(t *rapid.T) gdpr.RetentionRule {
		return gdpr.RetentionRule{Rule: ValidRule().Draw(t, "rule"), Evidence: ValidEvidence().Draw(t, "evidence")}
	})
}

// ValidRegisterGround draws a gdpr.Ground: a ValidGround with the facts of
// Art. 6(1)(b) and 7(4) where its basis reads them.
func ValidRegisterGround() *rapid.Generator[gdpr.Ground] {
	return rapid.Custom(func(t *rapid.T) gdpr.Ground {
		g := gdpr.Ground{Ground: ValidGround().Draw(t, "ground"), Evidence: ValidEvidence().Draw(t, "evidence")}
		switch g.Basis {
		case basis.Contract:
			g.SubjectParty = orZero(ValidFact()).Draw(t, "subjectParty")
		case basis.Consent:
			g.Conditional = orZero(ValidFact()).Draw(t, "conditional")
		}
		return g
	})
}

// ArbitraryRegisterGround draws any gdpr.Ground.
func ArbitraryRegisterGround() *rapid.Generator[gdpr.Ground] { return arbitraryOf[gdpr.Ground]() }

// ValidActivity draws an activity with an id that names no other element
// of a register: a purpose, grounds and the facts of an activity. Use
// ValidActivityOf for one that uses a register's elements.
func ValidActivity() *rapid.Generator[gdpr.Activity] { return ValidActivityOf(&gdpr.Register{}) }

// ValidActivityOf draws an activity (with an id not checked against r's)
// whose references name elements of r: its subjects, data categories,
// recipients, transfers and retention rules, each named at most once, and
// special category and criminal offence justifications over r's data.
func ValidActivityOf(r *gdpr.Register) *rapid.Generator[gdpr.Activity] {
	ids := idsOf(r)
	return rapid.Custom(func(t *rapid.T) gdpr.Activity {
		fact := orZero(ValidFact())
		a := gdpr.Activity{ID: ID().Draw(t, "id"), Purpose: Text().Draw(t, "purpose"),
			Subjects: pick(t, ids.subjects, "subjects"), Data: pick(t, ids.data, "data"),
			Grounds:    sliceOf(t, ValidRegisterGround(), 2, "grounds"),
			Recipients: pick(t, ids.recipients, "recipients"), RecipientsExhaustive: fact.Draw(t, "exhaustive"),
			Transfers: pick(t, ids.transfers, "transfers"), Retention: pick(t, ids.retention, "retention"),
			Evidence: ValidEvidence().Draw(t, "evidence")}
		if len(a.Data) > 0 && rapid.Bool().Draw(t, "special") {
			a.Special = []gdpr.SpecialJustification{{SpecialCategoryJustification: ValidSpecialCategoryJustification().Draw(t, "justification"),
				Data: pick(t, a.Data, "specialData")}}
		}
		if len(a.Data) > 0 && rapid.Bool().Draw(t, "criminal") {
			a.Criminal = []gdpr.CriminalJustification{{CriminalOffenceJustification: ValidCriminalOffenceJustification().Draw(t, "justification"),
				Data: pick(t, a.Data, "criminalData")}}
		}
		if rapid.Bool().Draw(t, "sources") {
			a.Sources = sliceOf(t, rapid.Custom(func(t *rapid.T) gdpr.Source {
				return gdpr.Source{Kind: orZero(ValidSourceKind()).Draw(t, "kind"), Name: Text().Draw(t, "name")}
			}), 2, "source")
			a.Art14 = gdpr.Art14Plan{SourcesNamed: fact.Draw(t, "named"), Timing: orZero(ValidNoticeTiming()).Draw(t, "timing")}
		}
		a.Automated = gdpr.Automated{Decisions: fact.Draw(t, "decisions")}
		if a.Automated.Decisions == gdpr.Yes {
			a.Automated.Logic, a.Automated.Significance = Text().Draw(t, "logic"), Text().Draw(t, "significance")
			a.Automated.Exception = orZero(ValidADMException()).Draw(t, "exception")
			a.Automated.Safeguards = sliceOf(t, rapid.SampledFrom([]string{"human intervention", "express a view", "contest the decision"}), 3, "safeguards")
		}
		a.Profiling = gdpr.Profiling{Done: fact.Draw(t, "profiling"), HumanInvolved: fact.Draw(t, "human")}
		if rapid.Bool().Draw(t, "marketing") {
			a.Marketing = gdpr.Marketing{Channels: sliceOf(t, rapid.Custom(func(t *rapid.T) gdpr.MarketingUse {
				return gdpr.MarketingUse{Channel: ValidMarketingChannel().Draw(t, "channel"), Route: orZero(ValidMarketingRoute()).Draw(t, "route")}
			}), 2, "channels"), TPSScreened: fact.Draw(t, "tps")}
		}
		a.Children = gdpr.Children{Involved: fact.Draw(t, "childrenInvolved"), ChildFriendlyNotice: fact.Draw(t, "childFriendly")}
		if rapid.Bool().Draw(t, "devices") {
			a.Devices = sliceOf(t, rapid.Custom(func(t *rapid.T) gdpr.DeviceItem {
				return gdpr.DeviceItem{Name: Text().Draw(t, "name"), Purpose: orZero(ValidStoragePurpose()).Draw(t, "purpose"),
					Provider: Text().Draw(t, "provider"), StrictlyNecessary: fact.Draw(t, "necessary"),
					Exception: orZero(ValidStorageException()).Draw(t, "exception"), Consent: Text().Draw(t, "consent")}
			}), 2, "device")
		}
		if rapid.Float64Range(0, 1).Draw(t, "reuse") < 0.2 {
			a.Reuse = gdpr.Reuse{From: Text().Draw(t, "from"), Assessed: fact.Draw(t, "assessed"), Compatible: fact.Draw(t, "compatible")}
		}
		a.DPIA = gdpr.DPIA{Required: fact.Draw(t, "dpiaRequired"), Done: fact.Draw(t, "dpiaDone"), Date: orZero(ValidDate()).Draw(t, "dpiaDate")}
		return a
	})
}

// registerIDs are the ids of a register's elements, by kind.
type registerIDs struct{ entities, subjects, data, recipients, transfers, retention, activities []string }

func idsOf(r *gdpr.Register) registerIDs {
	var ids registerIDs
	for _, x := range r.Controller.Entities {
		ids.entities = append(ids.entities, x.ID)
	}
	for _, x := range r.Subjects {
		ids.subjects = append(ids.subjects, x.ID)
	}
	for _, x := range r.Data {
		ids.data = append(ids.data, x.ID)
	}
	for _, x := range r.Recipients {
		ids.recipients = append(ids.recipients, x.ID)
	}
	for _, x := range r.Transfers {
		ids.transfers = append(ids.transfers, x.ID)
	}
	for _, x := range r.Retention {
		ids.retention = append(ids.retention, x.ID)
	}
	for _, x := range r.Activities {
		ids.activities = append(ids.activities, x.ID)
	}
	return ids
}

// ValidController draws a controller with a name, perhaps legal entities
// (naming no activities), contacts, a DPO record, representatives, the
// supervisory authority and a complaints route.
func ValidController() *rapid.Generator[gdpr.Controller] {
	return rapid.Custom(func(t *rapid.T) gdpr.Controller {
		fact := orZero(ValidFact())
		c := gdpr.Controller{Name: rapid.StringMatching(`The [A-Z][a-z]{2,10} (Institution|Society|Trust)`).Draw(t, "name"),
			Address: Text().Draw(t, "address"), Contacts: sliceOf(t, ValidContact(), 2, "contacts"),
			PublicAuthority: fact.Draw(t, "publicAuthority"),
			DPO: gdpr.DPO{Designated: fact.Draw(t, "dpo"), LargeScaleMonitoring: fact.Draw(t, "monitoring"),
				LargeScaleSensitive: fact.Draw(t, "sensitive")},
			Authority:  gdpr.Authority{Name: rapid.SampledFrom([]string{"", "Information Commissioner's Office"}).Draw(t, "authority")},
			Complaints: gdpr.Complaints{Offered: fact.Draw(t, "complaints")},
			Evidence:   ValidEvidence().Draw(t, "evidence")}
		if c.DPO.Designated == gdpr.Yes {
			c.DPO.Name, c.DPO.Contacts = Text().Draw(t, "dpoName"), sliceOf(t, ValidContact(), 2, "dpoContacts")
		}
		for _, id := range distinctIDs(t, rapid.IntRange(0, 2).Draw(t, "entities"), "entityIDs") {
			c.Entities = append(c.Entities, gdpr.Entity{ID: id, Name: Text().Draw(t, "entityName"),
				CompanyNumber: rapid.OneOf(rapid.Just(""), rapid.StringMatching(`0[0-9]{7}`)).Draw(t, "company"),
				CharityNumber: rapid.OneOf(rapid.Just(""), rapid.StringMatching(`[0-9]{6}|SC0[0-9]{5}`)).Draw(t, "charity")})
		}
		return c
	})
}

// ValidRightsHandling draws how rights are stated and requests handled:
// one statement per right at most, channels, a response time and its
// start, a fee policy and at most one use of each exemption.
func ValidRightsHandling() *rapid.Generator[gdpr.RightsHandling] {
	return rapid.Custom(func(t *rapid.T) gdpr.RightsHandling {
		h := gdpr.RightsHandling{Channels: sliceOf(t, ValidContact(), 2, "channels"),
			WritingOnly: orZero(ValidFact()).Draw(t, "writingOnly"), RequiredDetails: sliceOf(t, Text(), 2, "details"),
			ResponseTime: rapid.SampledFrom([]retention.Period{{}, {Months: 1}, {Days: 30}, {Months: 3}}).Draw(t, "responseTime"),
			ResponseFrom: orZero(ValidClockStart()).Draw(t, "from"), Fee: orZero(ValidFeePolicy()).Draw(t, "fee")}
		for _, r := range distinctOf(t, ValidRight(), 4, "rights") {
			h.Rights = append(h.Rights, gdpr.RightStatement{Right: r, Stated: orZero(ValidFact()).Draw(t, "stated"),
				Scope: Text().Draw(t, "scope"), How: Text().Draw(t, "how")})
		}
		for _, e := range distinctOf(t, ValidExemption(), 2, "exemptions") {
			h.Exemptions = append(h.Exemptions, gdpr.ExemptionUse{Exemption: e, Scope: Text().Draw(t, "exemptionScope")})
		}
		return h
	})
}

// WellFormedRegister draws a register that Encode accepts and Decode gives
// back: unique slug ids in every kind, references that resolve (each named
// once per list), defined or unspecified enumerations, every fact state,
// dates that exist. It is not judged against the law: a register it draws
// may have findings of any severity. ValidRegister draws ones that pass.
func WellFormedRegister() *rapid.Generator[*gdpr.Register] {
	return rapid.Custom(func(t *rapid.T) *gdpr.Register {
		r := &gdpr.Register{Controller: ValidController().Draw(t, "controller"),
			Regimes: distinctOf(t, ValidRegime(), 2, "regimes"),
			Notice: gdpr.Notice{Version: rapid.StringMatching(`[1-9]\.[0-9]`).Draw(t, "version"), Date: orZero(ValidDate()).Draw(t, "noticeDate"),
				URL: rapid.OneOf(rapid.Just(""), rapid.StringMatching(`https://[a-z]{1,8}\.org/privacy`)).Draw(t, "url")},
			Changes:  gdpr.ChangePolicy{Published: orZero(ValidFact()).Draw(t, "published"), Direct: orZero(ValidFact()).Draw(t, "direct")},
			Rights:   ValidRightsHandling().Draw(t, "rights"),
			Evidence: ValidEvidence().Draw(t, "evidence")}
		for _, id := range distinctIDs(t, rapid.IntRange(0, 3).Draw(t, "nSubjects"), "subjectIDs") {
			s := ValidSubject().Draw(t, "subject")
			s.ID = id
			r.Subjects = append(r.Subjects, s)
		}
		for _, id := range distinctIDs(t, rapid.IntRange(0, 4).Draw(t, "nData"), "dataIDs") {
			d := ValidDataCategory().Draw(t, "data")
			d.ID = id
			r.Data = append(r.Data, d)
		}
		for _, id := range distinctIDs(t, rapid.IntRange(0, 3).Draw(t, "nRecipients"), "recipientIDs") {
			x := ValidRegisterRecipient().Draw(t, "recipient")
			x.ID = id
			r.Recipients = append(r.Recipients, x)
		}
		ids := idsOf(r)
		for _, id := range distinctIDs(t, rapid.IntRange(0, 2).Draw(t, "nTransfers"), "transferIDs") {
			x := ValidRegisterTransfer().Draw(t, "transfer")
			x.ID, x.Recipients = id, pick(t, ids.recipients, "transferRecipients")
			r.Transfers = append(r.Transfers, x)
		}
		for _, id := range distinctIDs(t, rapid.IntRange(0, 3).Draw(t, "nRules"), "ruleIDs") {
			x := ValidRetentionRule().Draw(t, "rule")
			x.ID = id
			if len(ids.data) > 0 && rapid.Bool().Draw(t, "ruleData") {
				x.Data = rapid.SampledFrom(ids.data).Draw(t, "ruleDataID")
			}
			r.Retention = append(r.Retention, x)
		}
		act := ValidActivityOf(r)
		for _, id := range distinctIDs(t, rapid.IntRange(0, 4).Draw(t, "nActivities"), "activityIDs") {
			a := act.Draw(t, "activity")
			a.ID = id
			r.Activities = append(r.Activities, a)
		}
		activities := idsOf(r).activities
		for i := range r.Controller.Entities {
			r.Controller.Entities[i].Activities = pick(t, activities, "entityActivities")
		}
		r.Bases = sliceOf(t, ValidRegisterGround(), 2, "bases")
		r.Locations = sliceOf(t, rapid.Custom(func(t *rapid.T) gdpr.ProcessingLocation {
			return gdpr.ProcessingLocation{Country: ValidCountry().Draw(t, "country"), Description: Text().Draw(t, "description")}
		}), 2, "locations")
		return r
	})
}

// ArbitraryRegister draws any register the type can hold: ids of any text,
// repeated or missing, references to nothing, enumerations out of range,
// dates that do not exist, any times and text. Encode and Decode refuse
// most of them; use it to test that a consumer handles the errors.
func ArbitraryRegister() *rapid.Generator[*gdpr.Register] {
	return rapid.OneOf(
		rapid.Ptr(arbitraryOf[gdpr.Register](), false),
		rapid.Custom(func(t *rapid.T) *gdpr.Register { return mutate(t, WellFormedRegister().Draw(t, "register")) }))
}

// mutate breaks one thing in a well-formed register.
func mutate(t *rapid.T, r *gdpr.Register) *gdpr.Register {
	switch rapid.IntRange(0, 5).Draw(t, "mutation") {
	case 0:
		if len(r.Subjects) > 0 {
			r.Subjects[0].ID = ArbitraryID().Draw(t, "id")
		}
	case 1:
		if len(r.Data) > 1 {
			r.Data[1].ID = r.Data[0].ID
		}
	case 2:
		if len(r.Activities) > 0 {
			r.Activities[0].Data = append(r.Activities[0].Data, ArbitraryID().Draw(t, "ref"))
		}
	case 3:
		r.Notice.Date = ArbitraryDate().Draw(t, "date")
	case 4:
		r.Regimes = append(r.Regimes, ArbitraryRegime().Draw(t, "regime"))
	default:
		r.Rights.Rights = append(r.Rights.Rights, gdpr.RightStatement{Right: ArbitraryRight().Draw(t, "right")})
	}
	return r
}

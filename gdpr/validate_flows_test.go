package gdpr_test

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
)

// flowsAt is the date the flows tests judge at.
var flowsAt = time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)

// flowsBase is a small register with nothing for the flows checks to
// find: one activity, one data category and a complete retention rule for
// it, judged under the UK regime.
func flowsBase() *gdpr.Register {
	return &gdpr.Register{
		Regimes: []basis.Regime{basis.UK},
		Data:    []gdpr.DataCategory{{ID: "contact", Kind: gdpr.KindContact}},
		Retention: []gdpr.RetentionRule{{Rule: retention.Rule{ID: "contact-6y", Data: "contact", Kind: retention.After,
			Trigger: retention.EndOfMembership, Period: retention.Years(6), Action: retention.Delete, Reason: "defence of claims"}}},
		Activities: []gdpr.Activity{{ID: "membership", Data: []string{"contact"}, RecipientsExhaustive: gdpr.Yes}},
	}
}

// withRecipient adds r to the register and to every activity.
func withRecipient(reg *gdpr.Register, r gdpr.Recipient) *gdpr.Register {
	reg.Recipients = append(reg.Recipients, r)
	for i := range reg.Activities {
		reg.Activities[i].Recipients = append(reg.Activities[i].Recipients, r.ID)
	}
	return reg
}

// withTransfer adds t to the register and to every activity.
func withTransfer(reg *gdpr.Register, t gdpr.Transfer) *gdpr.Register {
	reg.Transfers = append(reg.Transfers, t)
	for i := range reg.Activities {
		reg.Activities[i].Transfers = append(reg.Activities[i].Transfers, t.ID)
	}
	return reg
}

// twoActivities adds a second activity like the first, named "events".
func twoActivities(reg *gdpr.Register) *gdpr.Register {
	b := reg.Activities[0]
	b.ID = "events"
	reg.Activities = append(reg.Activities, b)
	return reg
}

// cp is a finding's code and path, with a severity when the test asks it
// (zero: any).
type cp struct {
	code basis.Code
	path string
	sev  basis.Severity
}

func (c cp) String() string {
	s := string(c.code) + " at " + strconv.Quote(c.path)
	if c.sev != 0 {
		s += " (" + c.sev.String() + ")"
	}
	return s
}

// matches counts the findings of fs with c's code and path (and severity
// when given).
func (c cp) matches(fs gdpr.Findings) int {
	n := 0
	for _, f := range fs {
		if f.Code == c.code && f.Path == c.path && (c.sev == 0 || f.Severity == c.sev) {
			n++
		}
	}
	return n
}

// flowsCode reports whether c is a code the flows family reports: its own
// and those of the recipient and retention packages.
func flowsCode(c basis.Code) bool {
	switch c {
	case gdpr.CodeRecipientsOpenEnded, gdpr.CodeProcessorOwnPurposes, gdpr.CodeActivityUncontrolled,
		gdpr.CodeEntityActivitiesNotStated, gdpr.CodeTransferNotRecorded, gdpr.CodeSafeguardsCopy,
		gdpr.CodeRetentionMissing, gdpr.CodeDataRetentionMissing:
		return true
	}
	return strings.HasPrefix(string(c), "recipient/") || strings.HasPrefix(string(c), "retention/")
}

func TestValidateFlows(t *testing.T) {
	processor := func(a recipient.Agreement) gdpr.Recipient {
		return gdpr.Recipient{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Ltd", Role: recipient.Processor, Agreement: a}}
	}
	fullContract := recipient.Agreement{Kind: recipient.ProcessorContract, Made: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC),
		InWriting: recipient.Present, Terms: recipient.AllArt28Terms()}
	joint := func(a recipient.Agreement) gdpr.Recipient {
		return gdpr.Recipient{ID: "partner", Recipient: recipient.Recipient{Name: "Partner", Role: recipient.JointController, Agreement: a}}
	}
	transfer := func(m recipient.Mechanism, cs ...recipient.Country) gdpr.Transfer {
		return gdpr.Transfer{ID: "t", Transfer: recipient.Transfer{Countries: cs, Mechanism: m,
			Concluded: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC), DataProtectionTest: recipient.Present}, SafeguardsCopy: gdpr.Yes}
	}
	health := func(reg *gdpr.Register) *gdpr.Register {
		reg.Data[0].Sensitive = basis.NewSensitiveData(basis.Health)
		return reg
	}
	entities := func(reg *gdpr.Register, controls ...[]string) *gdpr.Register {
		for i, c := range controls {
			reg.Controller.Entities = append(reg.Controller.Entities, gdpr.Entity{ID: "entity-" + strconv.Itoa(i), Activities: c})
		}
		return reg
	}
	rules := func(reg *gdpr.Register, rs ...retention.Rule) *gdpr.Register {
		reg.Retention = nil
		for _, r := range rs {
			reg.Retention = append(reg.Retention, gdpr.RetentionRule{Rule: r})
		}
		return reg
	}
	after := func(id, data string, years int) retention.Rule {
		return retention.Rule{ID: id, Data: data, Kind: retention.After, Trigger: retention.EndOfFinancialYear,
			Period: retention.Years(years), Action: retention.Delete, Reason: "accounts"}
	}

	tests := []struct {
		name  string
		reg   *gdpr.Register
		want  []cp // each exactly once
		never []cp // none
	}{
		{"base register: nothing found", flowsBase(), nil, nil},

		// Recipients and roles.
		{"role not stated, once per recipient however many activities name it",
			withRecipient(twoActivities(flowsBase()), gdpr.Recipient{ID: "r", Recipient: recipient.Recipient{Name: "Someone"}}),
			[]cp{{recipient.CodeRoleMissing, "recipients[0].role", basis.Info}}, nil},
		{"role stated",
			withRecipient(flowsBase(), gdpr.Recipient{ID: "r", Recipient: recipient.Recipient{Name: "Venue", Role: recipient.IndependentController}}),
			nil, []cp{{recipient.CodeRoleMissing, "recipients[0].role", 0}}},
		{"open-ended list: info",
			func() *gdpr.Register { r := flowsBase(); r.Activities[0].RecipientsExhaustive = gdpr.No; return r }(),
			[]cp{{gdpr.CodeRecipientsOpenEnded, "activities[0].recipientsExhaustive", basis.Info}}, nil},
		{"open-ended list of special category data: warning",
			func() *gdpr.Register {
				r := health(flowsBase())
				r.Activities[0].RecipientsExhaustive = gdpr.No
				return r
			}(),
			[]cp{{gdpr.CodeRecipientsOpenEnded, "activities[0].recipientsExhaustive", basis.Warning}}, nil},
		{"exhaustive or not stated list",
			func() *gdpr.Register {
				r := twoActivities(health(flowsBase()))
				r.Activities[1].RecipientsExhaustive = gdpr.NotStated
				return r
			}(),
			nil, []cp{{gdpr.CodeRecipientsOpenEnded, "activities[0].recipientsExhaustive", 0}, {gdpr.CodeRecipientsOpenEnded, "activities[1].recipientsExhaustive", 0}}},
		{"processor using the data for its own purposes",
			func() *gdpr.Register {
				r := processor(fullContract)
				r.OwnPurposes = gdpr.Yes
				return withRecipient(flowsBase(), r)
			}(),
			[]cp{{gdpr.CodeProcessorOwnPurposes, "recipients[0].ownPurposes", basis.Warning}}, nil},
		{"independent controller using the data for its own purposes",
			withRecipient(flowsBase(), gdpr.Recipient{ID: "venue", Recipient: recipient.Recipient{Category: "venues", Role: recipient.IndependentController}, OwnPurposes: gdpr.Yes}),
			nil, []cp{{gdpr.CodeProcessorOwnPurposes, "recipients[0].ownPurposes", 0}}},
		{"processor with a contract recorded as absent",
			withRecipient(flowsBase(), processor(recipient.Agreement{InPlace: recipient.Absent})),
			[]cp{{recipient.CodeAgreementMissing, "recipients[0].agreement", basis.Error}}, nil},
		{"processor contract lacking Art. 28(3) terms",
			func() *gdpr.Register {
				a := fullContract
				a.Terms = recipient.TermsOf(recipient.SubjectMatter)
				return withRecipient(flowsBase(), processor(a))
			}(),
			[]cp{{recipient.CodeTermsMissing, "recipients[0].agreement.terms", basis.Error}}, nil},
		{"processor contract complete",
			withRecipient(flowsBase(), processor(fullContract)),
			nil, []cp{{recipient.CodeTermsMissing, "recipients[0].agreement.terms", 0}, {recipient.CodeAgreementMissing, "recipients[0].agreement", 0}}},
		{"processor contract not stated: not evidenced",
			withRecipient(flowsBase(), processor(recipient.Agreement{})),
			[]cp{{recipient.CodeNotEvidenced, "recipients[0].agreement", basis.Info}}, nil},
		{"general statement that processor contracts exist",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), processor(recipient.Agreement{}))
				r.ProcessorContracts = gdpr.ProcessorContracts{InPlace: gdpr.Yes,
					Evidence: gdpr.Evidence{Quote: "Our suppliers act only on our instructions under contract."}}
				return r
			}(),
			nil, []cp{{recipient.CodeNotEvidenced, "recipients[0].agreement", 0}, {recipient.CodeAgreementMissing, "recipients[0].agreement", 0}}},
		{"general statement that processors have no contracts",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), processor(recipient.Agreement{}))
				r.ProcessorContracts.InPlace = gdpr.No
				return r
			}(),
			[]cp{{recipient.CodeAgreementMissing, "recipients[0].agreement", basis.Error}}, nil},
		{"general statement does not hide a processor's own absent contract",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), processor(recipient.Agreement{InPlace: recipient.Absent}))
				r.ProcessorContracts.InPlace = gdpr.Yes
				return r
			}(),
			[]cp{{recipient.CodeAgreementMissing, "recipients[0].agreement", basis.Error}}, nil},
		{"independent controller without an Art. 28 contract",
			withRecipient(flowsBase(), gdpr.Recipient{ID: "venue", Recipient: recipient.Recipient{Category: "venues", Role: recipient.IndependentController}}),
			nil, []cp{{recipient.CodeAgreementMissing, "recipients[0].agreement", 0}, {recipient.CodeNotEvidenced, "recipients[0].agreement", 0}}},
		{"joint controller whose arrangement's essence is not available",
			withRecipient(flowsBase(), joint(recipient.Agreement{Kind: recipient.JointArrangement, Made: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
				EssenceAvailable: recipient.Absent})),
			[]cp{{recipient.CodeEssenceNotAvailable, "recipients[0].agreement.essenceAvailable", basis.Error}}, nil},
		{"joint controller's essence not available, arrangement of no stated kind",
			withRecipient(flowsBase(), joint(recipient.Agreement{InPlace: recipient.Present, EssenceAvailable: recipient.Absent})),
			[]cp{{recipient.CodeEssenceNotAvailable, "recipients[0].agreement.essenceAvailable", basis.Error}}, nil},
		{"joint controller's essence available",
			withRecipient(flowsBase(), joint(recipient.Agreement{Kind: recipient.JointArrangement, Made: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
				EssenceAvailable: recipient.Present})),
			nil, []cp{{recipient.CodeEssenceNotAvailable, "recipients[0].agreement.essenceAvailable", 0}}},
		{"internal unit is no recipient",
			withRecipient(flowsBase(), gdpr.Recipient{ID: "branch", Recipient: recipient.Recipient{Name: "Our Dublin office", Countries: []recipient.Country{"IN"}}, Internal: gdpr.Yes}),
			nil, []cp{{recipient.CodeRoleMissing, "recipients[0].role", 0}, {gdpr.CodeTransferNotRecorded, "recipients[0].countries[0]", 0}}},
		{"activity no entity controls",
			entities(twoActivities(flowsBase()), []string{"membership"}, nil),
			[]cp{{gdpr.CodeActivityUncontrolled, "activities[1]", basis.Warning}},
			[]cp{{gdpr.CodeActivityUncontrolled, "activities[0]", 0}, {gdpr.CodeEntityActivitiesNotStated, "controller.entities", 0}}},
		{"every activity controlled",
			entities(twoActivities(flowsBase()), []string{"membership"}, []string{"events"}),
			nil, []cp{{gdpr.CodeActivityUncontrolled, "activities[0]", 0}, {gdpr.CodeActivityUncontrolled, "activities[1]", 0}}},
		{"one entity controls everything",
			entities(twoActivities(flowsBase()), nil),
			nil, []cp{{gdpr.CodeActivityUncontrolled, "activities[0]", 0}, {gdpr.CodeEntityActivitiesNotStated, "controller.entities", 0}}},
		{"several entities, none stating its activities",
			entities(twoActivities(flowsBase()), nil, nil),
			[]cp{{gdpr.CodeEntityActivitiesNotStated, "controller.entities", basis.Info}},
			[]cp{{gdpr.CodeActivityUncontrolled, "activities[0]", 0}}},

		// Transfers.
		{"foreign processing location with no transfer",
			func() *gdpr.Register {
				r := flowsBase()
				r.Locations = []gdpr.ProcessingLocation{{Country: "GB"}, {Country: "IN"}}
				return r
			}(),
			[]cp{{gdpr.CodeTransferNotRecorded, "locations[1].country", basis.Warning}},
			[]cp{{gdpr.CodeTransferNotRecorded, "locations[0].country", 0}}},
		{"foreign processing location with its transfer",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.IDTA, "IN"))
				r.Locations = []gdpr.ProcessingLocation{{Country: "IN"}}
				return r
			}(),
			nil, []cp{{gdpr.CodeTransferNotRecorded, "locations[0].country", 0}}},
		{"EEA location is no third country for an EU exporter",
			func() *gdpr.Register {
				r := flowsBase()
				r.Regimes = []basis.Regime{basis.EU}
				r.Locations = []gdpr.ProcessingLocation{{Country: "FR"}}
				return r
			}(),
			nil, []cp{{gdpr.CodeTransferNotRecorded, "locations[0].country", 0}}},
		{"UK location of a register judged also under the EU regime: info",
			func() *gdpr.Register {
				r := flowsBase()
				r.Regimes = []basis.Regime{basis.UK, basis.EU}
				r.Locations = []gdpr.ProcessingLocation{{Country: "GB"}}
				return r
			}(),
			[]cp{{gdpr.CodeTransferNotRecorded, "locations[0].country", basis.Info}}, nil},
		{"recipient abroad with no transfer",
			withRecipient(flowsBase(), gdpr.Recipient{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Inc",
				Role: recipient.IndependentController, Countries: []recipient.Country{"GB", "US"}}}),
			[]cp{{gdpr.CodeTransferNotRecorded, "recipients[0].countries[1]", basis.Warning}},
			[]cp{{gdpr.CodeTransferNotRecorded, "recipients[0].countries[0]", 0}}},
		{"recipient abroad, a transfer for another recipient only",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), gdpr.Recipient{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Inc",
					Role: recipient.IndependentController, Countries: []recipient.Country{"US"}}})
				t := transfer(recipient.IDTA, "US")
				t.Recipients = []string{"other"}
				r = withRecipient(r, gdpr.Recipient{ID: "other", Recipient: recipient.Recipient{Name: "Other", Role: recipient.IndependentController}})
				return withTransfer(r, t)
			}(),
			[]cp{{gdpr.CodeTransferNotRecorded, "recipients[0].countries[0]", basis.Warning}}, nil},
		{"recipient abroad with its transfer",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), gdpr.Recipient{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Inc",
					Role: recipient.IndependentController, Countries: []recipient.Country{"US"}}})
				t := transfer(recipient.IDTA, "US")
				t.Recipients = []string{"mailer"}
				return withTransfer(r, t)
			}(),
			nil, []cp{{gdpr.CodeTransferNotRecorded, "recipients[0].countries[0]", 0}}},
		{"recipient abroad, a transfer to unnamed third countries",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), gdpr.Recipient{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Inc",
					Role: recipient.IndependentController, Countries: []recipient.Country{"US"}}})
				t := transfer(recipient.IDTA)
				t.AnyThirdCountry = true
				return withTransfer(r, t)
			}(),
			nil, []cp{{gdpr.CodeTransferNotRecorded, "recipients[0].countries[0]", 0}}},
		{"transfer with no safeguard, once however many activities name it",
			withTransfer(twoActivities(flowsBase()), transfer(0, "IN")),
			[]cp{{recipient.CodeNoMechanism, "transfers[0].mechanism", basis.Warning}}, nil},
		{"mechanism not valid on the date",
			withTransfer(flowsBase(), transfer(recipient.PrivacyShield, "US")),
			[]cp{{recipient.CodeInvalidated, "transfers[0].mechanism", basis.Error}}, nil},
		{"derogation whose conditions are not met",
			func() *gdpr.Register {
				t := transfer(recipient.DerogationConsent, "IN")
				t.Consent = recipient.Consent{Explicit: recipient.Absent, InformedOfRisks: recipient.Present}
				return withTransfer(flowsBase(), t)
			}(),
			[]cp{{recipient.CodeConsentNotExplicit, "transfers[0].consent.explicit", basis.Error}}, nil},
		{"partial adequacy without its scope",
			withTransfer(flowsBase(), transfer(recipient.PartialAdequacy, "US")),
			[]cp{{recipient.CodeScopeMissing, "transfers[0].scope", 0}}, nil},
		{"transfer within the EEA for an EU exporter: not a transfer",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(0, "FR"))
				r.Regimes = []basis.Regime{basis.EU}
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			nil, []cp{{recipient.CodeNoMechanism, "transfers[0].mechanism", 0}, {gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},
		{"transfer with no recorded destination: no transfer finding",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(0))
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			nil, []cp{{recipient.CodeNoDestination, "transfers[0].countries", 0}, {recipient.CodeNoMechanism, "transfers[0].mechanism", 0},
				{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},
		{"transfer to the controller's own branch abroad: not a transfer",
			func() *gdpr.Register {
				r := withRecipient(flowsBase(), gdpr.Recipient{ID: "branch", Recipient: recipient.Recipient{Name: "Our Mumbai office", Countries: []recipient.Country{"IN"}}, Internal: gdpr.Yes})
				t := transfer(0, "IN")
				t.Recipients = []string{"branch"}
				return withTransfer(r, t)
			}(),
			nil, []cp{{recipient.CodeNoMechanism, "transfers[0].mechanism", 0}}},
		{"no way to obtain a copy of the safeguards: recorded as not said",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.IDTA, "IN"))
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			[]cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", basis.Warning}}, nil},
		{"way to obtain a copy of the safeguards not stated",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.IDTA, "IN"))
				r.Transfers[0].SafeguardsCopy = gdpr.NotStated
				return r
			}(),
			[]cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", basis.Info}}, nil},
		{"no way to obtain a copy of the suitable safeguards of a last-resort transfer",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.CompellingLegitimateInterests, "IN"))
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			[]cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", basis.Warning}}, nil},
		{"a derogation has no safeguards to copy",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.DerogationContract, "IN"))
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			nil, []cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},
		{"copy of the safeguards offered",
			withTransfer(flowsBase(), transfer(recipient.IDTA, "IN")),
			nil, []cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},
		{"adequacy needs no copy of safeguards",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.Adequacy, "CH"))
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			nil, []cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},

		{"safeguards named besides adequacy for the whole private sector",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.IDTA, "CH"))
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			nil, []cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},
		{"safeguards for a transfer within the EEA",
			func() *gdpr.Register {
				r := withTransfer(flowsBase(), transfer(recipient.SCC2021, "FR"))
				r.Regimes = []basis.Regime{basis.EU}
				r.Transfers[0].SafeguardsCopy = gdpr.No
				return r
			}(),
			nil, []cp{{gdpr.CodeSafeguardsCopy, "transfers[0].safeguardsCopy", 0}}},

		// Retention.
		{"no retention for an activity or a data category",
			func() *gdpr.Register { r := flowsBase(); r.Retention = nil; return r }(),
			[]cp{{gdpr.CodeRetentionMissing, "activities[0].retention", basis.Warning}, {gdpr.CodeDataRetentionMissing, "data[0]", basis.Warning}}, nil},
		{"activity names a rule for the activity as a whole",
			func() *gdpr.Register {
				r := rules(flowsBase(), retention.Rule{ID: "all-1y", Kind: retention.After, Trigger: retention.EndOfActivity,
					Period: retention.Years(1), Action: retention.Delete, Reason: "events"})
				r.Activities[0].Retention = []string{"all-1y"}
				return r
			}(),
			nil, []cp{{gdpr.CodeRetentionMissing, "activities[0].retention", 0}, {gdpr.CodeDataRetentionMissing, "data[0]", 0}}},
		{"a second data category without a rule",
			func() *gdpr.Register {
				r := flowsBase()
				r.Data = append(r.Data, gdpr.DataCategory{ID: "employer"})
				r.Activities[0].Data = append(r.Activities[0].Data, "employer")
				return r
			}(),
			[]cp{{gdpr.CodeDataRetentionMissing, "data[1]", basis.Warning}},
			[]cp{{gdpr.CodeRetentionMissing, "activities[0].retention", 0}, {gdpr.CodeDataRetentionMissing, "data[0]", 0}}},
		{"only criteria",
			rules(flowsBase(), retention.Rule{ID: "c", Data: "contact", Kind: retention.Criteria, Criteria: "as long as needed", Reason: "membership"}),
			[]cp{{retention.CodeCriteriaOnly, "retention[0].criteria", basis.Info}}, nil},
		{"criteria naming a law",
			rules(flowsBase(), retention.Rule{ID: "law", Data: "contact", Kind: retention.ByLaw, Law: "Companies Act 2006 s.388",
				Action: retention.Delete, Reason: "accounts"}),
			[]cp{{retention.CodeLawPeriodUnstated, "retention[0].period", basis.Info}}, nil},
		{"a period with no trigger",
			rules(flowsBase(), retention.Rule{ID: "p", Data: "contact", Kind: retention.After, Period: retention.Years(2),
				Action: retention.Delete, Reason: "membership"}),
			[]cp{{retention.CodeNoTrigger, "retention[0].trigger", basis.Warning}}, nil},
		{"a period below a statutory minimum",
			rules(flowsBase(),
				retention.Rule{ID: "min", Data: "contact", Kind: retention.Minimum, Trigger: retention.EndOfFinancialYear,
					Period: retention.Years(6), Law: "Companies Act 2006 s.388", Reason: "accounts"},
				after("max", "contact", 3)),
			[]cp{{retention.CodeBelowMinimum, "retention[1].period", basis.Error}}, nil},
		{"a period at or above the statutory minimum",
			rules(flowsBase(),
				retention.Rule{ID: "min", Data: "contact", Kind: retention.Minimum, Trigger: retention.EndOfFinancialYear,
					Period: retention.Years(6), Law: "Companies Act 2006 s.388", Reason: "accounts"},
				after("max", "contact", 7)),
			nil, []cp{{retention.CodeBelowMinimum, "retention[1].period", 0}}},
		{"rules that cannot be told apart",
			rules(flowsBase(), after("dup", "contact", 6), after("dup", "contact", 6)),
			[]cp{{retention.CodeDuplicateID, "retention[1].id", basis.Error}},
			[]cp{{retention.CodeDuplicateID, "retention[0].id", 0}}},
		{"rules with no id and a repeated id",
			rules(flowsBase(), after("", "contact", 6), after("a", "contact", 6), after("a", "contact", 6)),
			[]cp{{retention.CodeNoID, "retention[0].id", basis.Error}, {retention.CodeDuplicateID, "retention[2].id", basis.Error}}, nil},
		{"three rules at fault",
			rules(flowsBase(), after("a", "contact", 6), after("a", "contact", 6), after("", "contact", 6), after("b", "contact", 6), after("a", "contact", 6)),
			[]cp{{retention.CodeDuplicateID, "retention[1].id", basis.Error}, {retention.CodeNoID, "retention[2].id", basis.Error},
				{retention.CodeDuplicateID, "retention[4].id", basis.Error}},
			[]cp{{retention.CodeDuplicateID, "retention[0].id", 0}, {retention.CodeDuplicateID, "retention[3].id", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fs := gdpr.Validate(tt.reg, flowsAt)
			for _, w := range tt.want {
				if n := w.matches(fs); n != 1 {
					t.Errorf("want %v once, found %d times", w, n)
				}
			}
			for _, w := range tt.never {
				if n := w.matches(fs); n != 0 {
					t.Errorf("want no %v, found %d", w, n)
				}
			}
			if tt.want == nil && tt.never == nil {
				for _, f := range fs {
					if flowsCode(f.Code) {
						t.Errorf("unexpected finding %s at %q: %s", f.Code, f.Path, f.Message)
					}
				}
			}
			if t.Failed() {
				for _, f := range fs {
					t.Logf("  %s %s %q %s", f.Severity, f.Code, f.Path, f.Message)
				}
			}
		})
	}
}

// TestValidateFlowsRelated holds the Related paths of a schedule finding
// to the register's paths.
func TestValidateFlowsRelated(t *testing.T) {
	reg := flowsBase()
	reg.Retention = []gdpr.RetentionRule{
		{Rule: retention.Rule{ID: "min", Data: "contact", Kind: retention.Minimum, Trigger: retention.EndOfFinancialYear,
			Period: retention.Years(6), Law: "Companies Act 2006 s.388", Reason: "accounts"}},
		{Rule: retention.Rule{ID: "max", Data: "contact", Kind: retention.After, Trigger: retention.EndOfFinancialYear,
			Period: retention.Years(3), Action: retention.Delete, Reason: "accounts"}},
	}
	for _, f := range gdpr.Validate(reg, flowsAt) {
		if f.Code != retention.CodeBelowMinimum {
			continue
		}
		if len(f.Related) != 1 || f.Related[0] != "retention[0].period" {
			t.Errorf("Related = %q, want [retention[0].period]", f.Related)
		}
		if !strings.HasPrefix(f.Article, "Companies Act") {
			t.Errorf("Article = %q", f.Article)
		}
		return
	}
	t.Fatal("no below-minimum finding")
}

// TestValidateFlowsRegimes: a register judged under both regimes gets the
// domain findings of each element once per regime.
func TestValidateFlowsRegimes(t *testing.T) {
	reg := withTransfer(twoActivities(flowsBase()), gdpr.Transfer{ID: "t", Transfer: recipient.Transfer{Countries: []recipient.Country{"IN"}}})
	reg.Regimes = []basis.Regime{basis.UK, basis.EU}
	n := map[basis.Regime]int{}
	for _, f := range gdpr.Validate(reg, flowsAt) {
		if f.Code == recipient.CodeNoMechanism && f.Path == "transfers[0].mechanism" {
			n[f.Regime]++
		}
	}
	if n[basis.UK] != 1 || n[basis.EU] != 1 {
		t.Errorf("no-mechanism per regime = %v, want one each", n)
	}
}

// BenchmarkValidateFlows measures Validate on generated registers (the
// other families' checks included once they exist), as generated and with
// every list of recipients exhaustive, so that the flows checks find
// almost nothing.
func BenchmarkValidateFlows(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		for _, clean := range []bool{false, true} {
			reg := generated(n)
			name := strconv.Itoa(n) + "-activities"
			if clean {
				name += "-exhaustive"
				for i := range reg.Activities {
					reg.Activities[i].RecipientsExhaustive = gdpr.Yes
				}
			}
			b.Run(name, func(b *testing.B) {
				b.ReportAllocs()
				for b.Loop() {
					gdpr.Validate(reg, flowsAt)
				}
			})
		}
	}
}

// TestProcessorContractsJSON: the register's general statement of
// processor contracts is a member of the JSON format.
func TestProcessorContractsJSON(t *testing.T) {
	in := `{"processorContracts":{"inPlace":"yes","evidence":{"quote":"Our suppliers act under contract."}}}`
	reg, err := gdpr.Decode([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if reg.ProcessorContracts.InPlace != gdpr.Yes || reg.ProcessorContracts.Evidence.Quote == "" {
		t.Errorf("decoded %+v", reg.ProcessorContracts)
	}
	out, err := gdpr.Encode(reg)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), `"processorContracts"`) {
		t.Errorf("encoded %s", out)
	}
}

package gdpr_test

import (
	"math/rand/v2"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// cleanRegister is a register of n activities recorded as a careful
// controller would record them: every ground with its basis (legitimate
// interests with a complete assessment), recipients with their roles and
// agreements, retention rules, the rights stated with channels and a
// complete controller. Validate finds (almost) nothing in it, so it
// measures the passing path of every check.
func cleanRegister(n int) *gdpr.Register {
	made := time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)
	r := &gdpr.Register{
		Controller: gdpr.Controller{
			Name:            "Example Ltd",
			Address:         "1 Example Street, London",
			Contacts:        []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}},
			PublicAuthority: gdpr.No,
			DPO: gdpr.DPO{Designated: gdpr.Yes, Name: "Data Protection Officer",
				Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "dpo@example.org"}}},
			Authority:  gdpr.Authority{Name: "Information Commissioner's Office", Contacts: []gdpr.Contact{{Kind: gdpr.ChannelWebForm, Value: "https://ico.org.uk/make-a-complaint/"}}},
			Complaints: gdpr.Complaints{Offered: gdpr.Yes, Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "complaints@example.org"}}},
		},
		Regimes:  []basis.Regime{basis.UK},
		Subjects: []gdpr.Subject{{ID: "customers", Name: "customers", Children: gdpr.No}},
		Data: []gdpr.DataCategory{
			{ID: "contact", Name: "contact details", Kind: gdpr.KindContact, Source: gdpr.FromSubject,
				Provision: gdpr.Contractual, Consequence: "we cannot deliver your order"},
			{ID: "orders", Name: "order history", Kind: gdpr.KindTransactional, Source: gdpr.FromSubject,
				Provision: gdpr.Contractual, Consequence: "we cannot deliver your order"},
		},
		Recipients: []gdpr.Recipient{
			{ID: "couriers", Recipient: recipient.Recipient{Name: "Courier Ltd", Category: "delivery", Role: recipient.Processor,
				Countries: []recipient.Country{"GB"},
				Agreement: recipient.Agreement{Kind: recipient.ProcessorContract, Made: made, InWriting: recipient.Present,
					Terms: recipient.AllArt28Terms()}}},
		},
		Retention: []gdpr.RetentionRule{
			{Rule: retention.Rule{ID: "orders-6y", Kind: retention.After, Trigger: retention.EndOfActivity,
				Period: retention.Years(6), Action: retention.Delete, Reason: "defence of claims", Law: "Limitation Act 1980 s.5"}},
		},
		Locations: []gdpr.ProcessingLocation{{Country: "GB", Description: "head office"}},
		Rights: gdpr.RightsHandling{
			Rights: []gdpr.RightStatement{
				{Right: rights.Access, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.Rectification, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.Erasure, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.Restriction, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.Object, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.Portability, Stated: gdpr.Yes, How: "email dpo@example.org"},
				{Right: rights.ComplainToAuthority, Stated: gdpr.Yes},
			},
			Channels:     []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "dpo@example.org"}},
			WritingOnly:  gdpr.No,
			ResponseTime: retention.Months(1),
			ResponseFrom: gdpr.FromReceipt,
			Fee:          gdpr.UnfoundedOrExcessive,
		},
	}
	lia := basis.LIA{
		Purpose:   basis.LIATest{Reasoning: "fraud prevention protects our customers", Passed: true},
		Necessity: basis.LIATest{Reasoning: "no less intrusive means checks orders", Passed: true},
		Balancing: basis.LIATest{Reasoning: "customers expect their orders to be checked", Passed: true},
		Date:      made,
	}
	r.Activities = make([]gdpr.Activity, 0, n)
	for i := range n {
		a := gdpr.Activity{ID: "activity-" + strconv.Itoa(i), Purpose: "purpose number " + strconv.Itoa(i),
			Subjects: []string{"customers"}, Data: []string{"contact", "orders"},
			Recipients: []string{"couriers"}, RecipientsExhaustive: gdpr.Yes, Retention: []string{"orders-6y"},
			Children:  gdpr.Children{Involved: gdpr.No},
			Automated: gdpr.Automated{Decisions: gdpr.No},
			Profiling: gdpr.Profiling{Done: gdpr.No},
			DPIA:      gdpr.DPIA{Required: gdpr.No},
		}
		if i%2 == 0 {
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, SubjectParty: gdpr.Yes}}
		} else {
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.LegitimateInterests,
				Interest: "preventing fraud", LIA: lia}}}
		}
		r.Activities = append(r.Activities, a)
	}
	return r
}

func TestCleanRegister(t *testing.T) {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	if fs := gdpr.Validate(cleanRegister(10), at); len(fs) > 0 {
		for _, f := range fs {
			t.Log(f)
		}
		t.Errorf("a clean register gives %d findings", len(fs))
	}
}

// BenchmarkValidateClean measures the passing path of Validate: a register
// that gives (almost) no findings. BenchmarkValidate, on the sample
// register's activities repeated, is the case of many findings.
func BenchmarkValidateClean(b *testing.B) {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	for _, n := range []int{1000, 10000} {
		r := cleanRegister(n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			b.ReportAllocs()
			var fs gdpr.Findings
			for b.Loop() {
				fs = gdpr.Validate(r, at)
			}
			b.ReportMetric(float64(len(fs)), "findings")
		})
	}
}

// TestValidateOrderIsSort: Validate's findings come out in exactly the
// order of [basis.Findings.Sort], whatever order the checks made them in
// (Validate sorts by activity first; this holds it to the one order).
func TestValidateOrderIsSort(t *testing.T) {
	at := time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)
	regs := map[string]*gdpr.Register{
		"sample":    sampleRegister(),
		"generated": generated(120),
		"clean":     cleanRegister(30),
	}
	noRegime := generated(70)
	noRegime.Regimes = nil
	regs["no regime"] = noRegime
	many := generated(130) // more than one bucket of 64 findings and activity indices of three digits
	many.Activities[0].Grounds = nil
	regs["many"] = many
	for name, r := range regs {
		fs := gdpr.Validate(r, at)
		if len(fs) == 0 && name != "clean" {
			t.Fatalf("%s: no findings", name)
		}
		c := slices.Clone(fs)
		rand.New(rand.NewPCG(1, uint64(len(c)))).Shuffle(len(c), func(i, j int) { c[i], c[j] = c[j], c[i] })
		c.Sort()
		for i := range c {
			if !c[i].Equal(fs[i]) {
				t.Fatalf("%s: finding %d is %v, Sort puts %v there", name, i, fs[i], c[i])
			}
		}
	}
}

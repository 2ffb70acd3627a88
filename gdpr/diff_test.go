package gdpr_test

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// diffPairs are pairs of registers built from the bundled ones: the old
// register as bundled, the new one changed by edit.
var diffPairs = []struct {
	name, seed string
	edit       func(r *gdpr.Register)
	// tell are the paths of the changes people must be told of.
	tell []string
}{
	{"iet-unchanged", "iet", func(r *gdpr.Register) {}, nil},
	{
		"net-new-transfer-and-purpose", "net",
		func(r *gdpr.Register) {
			// A new transfer to the US under the IDTA for the service
			// providers, used by the website activity, and a new purpose.
			r.Transfers = append(r.Transfers, gdpr.Transfer{ID: "us-hosting", Transfer: recipient.Transfer{
				Recipient: "US hosting provider", Countries: []basis.Country{"US"}, Mechanism: recipient.IDTA,
				Concluded: time.Date(2025, 1, 10, 0, 0, 0, 0, time.UTC)}, Recipients: []string{"service-providers"}})
			a, _ := r.Activity("website")
			a.Transfers = append(a.Transfers, "us-hosting")
			r.Activities = append(r.Activities, gdpr.Activity{ID: "alumni-survey", Purpose: "surveying former candidates about their careers",
				Subjects: []string{"candidates"}, Data: []string{"candidate-contact"},
				Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Consent}}}, Recipients: []string{"service-providers"}})
		},
		[]string{"activities[10].transfers[0]", "activities[18]", "transfers[1]"},
	},
	{
		"stem-purpose-basis-recipient-retention", "stem",
		func(r *gdpr.Register) {
			r.Activities[0].Purpose += ", and evaluating their impact"
			r.Activities[2].Grounds = append(r.Activities[2].Grounds, gdpr.Ground{Ground: basis.Ground{
				Basis: basis.LegitimateInterests, Interest: "showing the work of the programme"}})
			r.Activities[1].Recipients = slices.DeleteFunc(r.Activities[1].Recipients, func(id string) bool { return id == "adestra" })
			rule, _ := r.RetentionRule("stem-8y-cpd")
			rule.Period = retention.Years(6)
			// An evidence-only change is no change.
			r.Activities[3].Evidence.Quote += " (checked)"
		},
		[]string{"activities[0].purpose", "activities[2].grounds[1]"},
	},
	{
		"soe-controller-rights-destination", "soe",
		func(r *gdpr.Register) {
			r.Controller.Name = "The Society of Operations Engineers"
			r.Rights.Rights = slices.DeleteFunc(r.Rights.Rights, func(s gdpr.RightStatement) bool { return s.Right == rights.Portability })
			r.Rights.Rights = append(r.Rights.Rights, gdpr.RightStatement{Right: rights.WithdrawConsent, Stated: gdpr.Yes})
			r.Transfers[0].Countries = append(r.Transfers[0].Countries, "SG")
			r.Recipients = r.Recipients[1:]
			for i := range r.Activities {
				r.Activities[i].Recipients = slices.DeleteFunc(r.Activities[i].Recipients, func(id string) bool { return id == "ma-business" })
			}
		},
		[]string{"transfers[0].countries[1]"},
	},
}

// TestDiffSeeds diffs each pair against a golden file and checks which
// changes are marked to tell people first.
func TestDiffSeeds(t *testing.T) {
	for _, p := range diffPairs {
		t.Run(p.name, func(t *testing.T) {
			old, new := loadSeed(t, p.seed), loadSeed(t, p.seed)
			p.edit(new)
			cs := gdpr.Diff(old, new)
			goldenFile(t, filepath.Join("testdata", "diff", p.name+".txt"), cs.Text())
			var tell []string
			for c := range cs.Tell() {
				tell = append(tell, c.Path)
				if c.Article == "" {
					t.Errorf("%s: must tell, with no article", c.Path)
				}
			}
			if !slices.Equal(tell, p.tell) {
				t.Errorf("changes to tell = %q, want %q", tell, p.tell)
			}
			if cs.MustTell() != (len(p.tell) > 0) {
				t.Errorf("MustTell() = %v", cs.MustTell())
			}
			if back := gdpr.Diff(new, old); len(back) == 0 && len(cs) > 0 {
				t.Error("the reverse diff is empty")
			}
		})
	}
}

// TestDiffKinds checks single changes: their kind, path and marking.
func TestDiffKinds(t *testing.T) {
	base := func() *gdpr.Register {
		return &gdpr.Register{
			Regimes:    []basis.Regime{basis.EU},
			Recipients: []gdpr.Recipient{{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer"}}},
			Activities: []gdpr.Activity{{ID: "a", Purpose: "membership",
				Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}}}}},
		}
	}
	tests := []struct {
		name     string
		edit     func(r *gdpr.Register)
		kind     gdpr.ChangeKind
		path     string
		mustTell bool
		article  string
	}{
		{"new purpose", func(r *gdpr.Register) { r.Activities = append(r.Activities, gdpr.Activity{ID: "b", Purpose: "events"}) },
			gdpr.Added, "activities[1]", true, "GDPR Arts. 13(1)(c), 13(3) and 14(4)"},
		{"changed purpose", func(r *gdpr.Register) { r.Activities[0].Purpose = "marketing" }, gdpr.Changed, "activities[0].purpose", true, "GDPR Arts. 13(1)(c), 13(3) and 14(4)"},
		{"new basis", func(r *gdpr.Register) {
			r.Activities[0].Grounds = append(r.Activities[0].Grounds, gdpr.Ground{Ground: basis.Ground{Basis: basis.Consent}})
		}, gdpr.Added, "activities[0].grounds[1]", true, "GDPR Arts. 13(1)(c), 13(3) and 14(4)"},
		{"second ground of a basis already relied on", func(r *gdpr.Register) {
			r.Activities[0].Grounds = append(r.Activities[0].Grounds, gdpr.Ground{Ground: basis.Ground{Basis: basis.Contract}})
		}, gdpr.Added, "activities[0].grounds[1]", false, ""},
		{"basis removed", func(r *gdpr.Register) { r.Activities[0].Grounds = nil }, gdpr.Removed, "activities[0].grounds[0]", false, ""},
		{"recipient for a purpose", func(r *gdpr.Register) { r.Activities[0].Recipients = []string{"mailer"} },
			gdpr.Added, "activities[0].recipients[0]", true, "GDPR Arts. 13(1)(e), 13(3) and 14(4)"},
		{"recipient removed", func(r *gdpr.Register) { r.Recipients = nil }, gdpr.Removed, "recipients[0]", false, ""},
		{"recipient renamed", func(r *gdpr.Register) { r.Recipients[0].Name = "Mailer Ltd" }, gdpr.Changed, "recipients[0].name", false, ""},
		{"general basis", func(r *gdpr.Register) { r.Bases = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.PublicTask}}} },
			gdpr.Added, "bases[0]", true, "GDPR Arts. 13(1)(c), 13(3) and 14(4)"},
		{"evidence only", func(r *gdpr.Register) { r.Activities[0].Evidence.Quote = "We run membership." }, 0, "", false, ""},
		{"dpo", func(r *gdpr.Register) { r.Controller.DPO.Designated = gdpr.Yes }, gdpr.Changed, "controller.dpo", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			new := base()
			tt.edit(new)
			cs := gdpr.Diff(base(), new)
			if tt.kind == 0 {
				if len(cs) != 0 {
					t.Fatalf("Diff = %s, want none", cs.Text())
				}
				return
			}
			if len(cs) != 1 {
				t.Fatalf("Diff gave %d changes, want 1:\n%s", len(cs), cs.Text())
			}
			c := cs[0]
			if c.Kind != tt.kind || c.Path != tt.path || c.MustTell != tt.mustTell || c.Article != tt.article {
				t.Errorf("Diff = %+v, want kind %v path %s mustTell %v article %q", c, tt.kind, tt.path, tt.mustTell, tt.article)
			}
		})
	}
}

// TestDiffNilAndOrder checks that nil registers are empty ones and that
// paths sort with numeric indices in numeric order.
func TestDiffNilAndOrder(t *testing.T) {
	if cs := gdpr.Diff(nil, nil); len(cs) != 0 {
		t.Errorf("Diff(nil, nil) = %s", cs.Text())
	}
	reg := loadSeed(t, "net")
	cs := gdpr.Diff(nil, reg)
	if len(cs) == 0 {
		t.Fatal("Diff(nil, net) is empty")
	}
	var acts []string
	for _, c := range cs {
		if c.Element == "activity" && c.Kind == gdpr.Added {
			acts = append(acts, c.Path)
		}
	}
	if len(acts) != len(reg.Activities) || acts[9] != "activities[9]" || acts[10] != "activities[10]" {
		t.Errorf("added activities in order %q", acts)
	}
	for c := range gdpr.Diff(reg, nil).Tell() {
		t.Errorf("a removal is marked to tell: %s", c.Path)
	}
}

package gdpr_test

import (
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
)

// TestFlowStatus checks the status of a transfer edge by what
// recipient.Transfer.Findings reports on the date: the EU-US Privacy
// Shield valid until the Court of Justice invalidated it on 2020-07-16
// (Case C-311/18, Schrems II), no mechanism "not stated", an adequate
// destination valid without one.
func TestFlowStatus(t *testing.T) {
	shield := recipient.Transfer{Countries: []basis.Country{"US"}, Mechanism: recipient.PrivacyShield, Certified: recipient.Present}
	tests := []struct {
		name string
		t    recipient.Transfer
		day  string
		want gdpr.TransferStatus
	}{
		{"privacy shield before Schrems II", shield, "2020-07-15", gdpr.TransferValid},
		{"privacy shield after Schrems II", shield, "2020-07-17", gdpr.TransferInvalid},
		{"no mechanism to the US", recipient.Transfer{Countries: []basis.Country{"US"}}, "2024-01-01", gdpr.TransferNotStated},
		{"no destination", recipient.Transfer{}, "2024-01-01", gdpr.TransferNotStated},
		{"adequate destination without mechanism", recipient.Transfer{Countries: []basis.Country{"JP"}}, "2024-01-01", gdpr.TransferValid},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			reg := &gdpr.Register{Controller: gdpr.Controller{Name: "C"}, Regimes: []basis.Regime{basis.UK},
				Transfers: []gdpr.Transfer{{ID: "t", Transfer: tt.t}}}
			f, err := gdpr.DataFlow(reg, day(tt.day, basis.UK))
			if err != nil {
				t.Fatal(err)
			}
			if len(f.Transfers) != 1 || f.Transfers[0].Status != tt.want || f.Transfers[0].From != "" {
				t.Fatalf("Transfers = %+v, want one from the controller with status %v", f.Transfers, tt.want)
			}
			if svg := string(f.SVG()); !strings.Contains(svg, `stroke="`+map[gdpr.TransferStatus]string{
				gdpr.TransferValid: "#1a7f37", gdpr.TransferInvalid: "#cf222e", gdpr.TransferNotStated: "#9a6700"}[tt.want]+`" stroke-width="3"`) {
				t.Errorf("the SVG does not colour the edge %v", tt.want)
			}
		})
	}
}

// TestFlowGroupsAndEscapes checks grouping by role, internal units left
// out, edges from each named recipient, and labels made safe for Mermaid
// and SVG.
func TestFlowGroupsAndEscapes(t *testing.T) {
	reg := &gdpr.Register{
		Controller: gdpr.Controller{Name: `A "quoted" <b>name</b> #1`},
		Recipients: []gdpr.Recipient{
			{ID: "p", Recipient: recipient.Recipient{Name: "P", Role: recipient.Processor}},
			{ID: "c", Recipient: recipient.Recipient{Category: "venues", Role: recipient.IndependentController}},
			{ID: "u", Recipient: recipient.Recipient{Name: "Unit"}, Internal: gdpr.Yes},
			{ID: "q", Recipient: recipient.Recipient{Name: "Q", Role: recipient.Processor}},
		},
		Transfers: []gdpr.Transfer{{ID: "t", Transfer: recipient.Transfer{Countries: []basis.Country{"US", "IN"}, Mechanism: recipient.IDTA},
			Recipients: []string{"p", "q", "u"}}},
	}
	f, err := gdpr.DataFlow(reg, day("2024-01-01", basis.UK))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Groups) != 2 || f.Groups[0].Role != recipient.Processor || len(f.Groups[0].Recipients) != 2 || f.Groups[1].Role != recipient.IndependentController {
		t.Errorf("Groups = %+v", f.Groups)
	}
	if len(f.Transfers) != 4 || len(f.Destinations) != 2 {
		t.Errorf("Transfers = %+v, Destinations = %+v; want 4 edges (p, q to US, IN) and 2 destinations", f.Transfers, f.Destinations)
	}
	mm := string(f.Mermaid())
	if strings.Contains(mm, `"quoted"`) || strings.Contains(mm, "<b>") || !strings.Contains(mm, "#quot;quoted#quot; #lt;b#gt;") {
		t.Errorf("Mermaid labels not escaped:\n%s", mm)
	}
	if probs := checkSVG(f.SVG()); len(probs) > 0 {
		t.Errorf("SVG: %q", probs)
	}
}

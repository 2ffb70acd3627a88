package gdpr_test

import (
	"fmt"
	"os"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
)

// A transfer under the EU-US Privacy Shield was valid until the Court of
// Justice invalidated it on 2020-07-16 (Schrems II); the picture colours
// the edge by its status on the date.
func ExampleFlowGraph_Mermaid() {
	reg := &gdpr.Register{
		Controller: gdpr.Controller{Name: "Example Institute"},
		Regimes:    []basis.Regime{basis.UK},
		Recipients: []gdpr.Recipient{{ID: "mailer", Recipient: recipient.Recipient{
			Name: "Mailer Inc", Role: recipient.Processor}}},
		Transfers: []gdpr.Transfer{{ID: "mailer-us", Transfer: recipient.Transfer{
			Recipient: "Mailer Inc", Countries: []basis.Country{"US"}, Mechanism: recipient.PrivacyShield,
			Certified: recipient.Present}, Recipients: []string{"mailer"}}},
	}
	at := time.Date(2020, 9, 1, 0, 0, 0, 0, basis.UK.Location())
	f, err := gdpr.DataFlow(reg, at)
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(f.Mermaid())
	fmt.Println(f.Transfers[0].Status)
	// Output:
	// flowchart LR
	//   %% Data flows of Example Institute on 2020-09-01 under the UK regime
	//   ctrl["Example Institute"]:::controller
	//   subgraph g0["Processors acting on our behalf"]
	//     r0["Mailer Inc"]
	//   end
	//   subgraph dest["Destinations of transfers"]
	//     d0["United States of America (US)"]
	//   end
	//   ctrl --> r0
	//   r0 -->|"invalid: the EU-US Privacy Shield"| d0
	//   subgraph legend["Legend"]
	//     lv["transfer valid on 2020-09-01"]:::valid
	//     li["transfer invalid on 2020-09-01"]:::invalid
	//     ln["transfer mechanism not stated"]:::notstated
	//   end
	//   linkStyle 1 stroke:#cf222e,stroke-width:3px,stroke-dasharray:8 4
	//   classDef controller stroke-width:3px
	//   classDef valid stroke:#1a7f37,stroke-width:3px
	//   classDef invalid stroke:#cf222e,stroke-width:3px,stroke-dasharray:8 4
	//   classDef notstated stroke:#9a6700,stroke-width:3px,stroke-dasharray:2 4
	// invalid
}

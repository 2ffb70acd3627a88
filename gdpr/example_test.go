package gdpr_test

import (
	"fmt"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/retention"
)

// A register is a plain value: activities name the data categories and
// retention rules they use by id.
func Example() {
	reg := &gdpr.Register{
		Controller: gdpr.Controller{
			Name:     "Example Institute",
			Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}},
			DPO:      gdpr.DPO{Designated: gdpr.No},
		},
		Regimes: []basis.Regime{basis.UK},
		Data: []gdpr.DataCategory{
			{ID: "contact", Name: "contact details", Kind: gdpr.KindContact, Source: gdpr.FromSubject},
			{ID: "access-needs", Name: "access requirements", Kind: gdpr.KindHealth, Sensitive: basis.NewSensitiveData(basis.Health)},
		},
		Retention: []gdpr.RetentionRule{{Rule: retention.Rule{ID: "events-1y", Kind: retention.After,
			Trigger: retention.EndOfActivity, Period: retention.Years(1), Action: retention.Delete}}},
		Activities: []gdpr.Activity{{
			ID:        "events",
			Purpose:   "running events",
			Data:      []string{"contact", "access-needs"},
			Grounds:   []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}}},
			Special:   []gdpr.SpecialJustification{{SpecialCategoryJustification: basis.SpecialCategoryJustification{Condition: basis.ExplicitConsent}}},
			Retention: []string{"events-1y"},
		}},
	}
	a, _ := reg.Activity("events")
	for d := range reg.DataOf(a) {
		fmt.Printf("%s: %s, kind %s (%s)\n", d.ID, d.Name, d.Kind, d.Kind.DPV())
	}
	fmt.Println("sensitive:", reg.Sensitive(a))
	fmt.Println("DPO designated:", reg.Controller.DPO.Designated, "| public authority:", reg.Controller.PublicAuthority)
	// Output:
	// contact: contact details, kind contact (https://w3id.org/dpv/pd#Contact)
	// access-needs: access requirements, kind health (https://w3id.org/dpv/pd#Health)
	// sensitive: health
	// DPO designated: no | public authority: unspecified
}

func ExampleEncode() {
	reg := &gdpr.Register{
		Regimes: []basis.Regime{basis.UK},
		Notice:  gdpr.Notice{Version: "3.2", Date: gdpr.MustParseDate("2026-03-01")},
		Subjects: []gdpr.Subject{
			{ID: "members", Name: "members", Children: gdpr.No},
			{ID: "delegates", Name: "event delegates"}, // children: not stated, so left out
		},
	}
	data, err := gdpr.Encode(reg)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(data))
	// Output:
	// {
	//   "regimes": [
	//     "uk"
	//   ],
	//   "notice": {
	//     "version": "3.2",
	//     "date": "2026-03-01"
	//   },
	//   "subjects": [
	//     {
	//       "id": "members",
	//       "name": "members",
	//       "children": "no"
	//     },
	//     {
	//       "id": "delegates",
	//       "name": "event delegates"
	//     }
	//   ]
	// }
}

func ExampleDecode() {
	reg, err := gdpr.Decode([]byte(`{
  "data": [{"id": "contact", "kind": "contact"}],
  "activities": [{"id": "newsletter", "purpose": "sending our newsletter", "data": ["contact"],
                  "grounds": [{"basis": "consent", "consent": {"withdrawal": "unsubscribe link"}}]}]
}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range reg.AllActivities() {
		fmt.Println(a.ID, "on", a.Grounds[0].Basis, "withdrawn by", a.Grounds[0].Consent.Withdrawal)
	}
	// Output:
	// newsletter on consent withdrawn by unsubscribe link
}

// Every error names the JSON path, the line and column, the value and
// what would be valid.
func ExampleDecode_error() {
	_, err := gdpr.Decode([]byte(`{
  "data": [{"id": "contact"}],
  "activities": [{"id": "newsletter", "data": ["contact", "health"]}]
}`))
	fmt.Println(err)
	_, err = gdpr.Decode([]byte(`{"regimes": ["uk", "mars"]}`))
	fmt.Println(err)
	// Output:
	// activities[0].data[1]: 3:59: "health": no element of data has this id [gdpr/reference-dangling]
	// regimes[1]: 1:20: "mars": unknown code for basis.Regime (valid: uk, eu) [gdpr/json-bad-value]
}

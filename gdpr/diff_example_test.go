package gdpr_test

import (
	"os"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
)

// Diff says what changed between two versions of a register and which
// changes people must be told of before the new processing starts.
func ExampleDiff() {
	old := exampleRegister()
	new := exampleRegister()
	new.Recipients = []gdpr.Recipient{{ID: "mailer", Recipient: recipient.Recipient{Name: "Mailer Inc", Role: recipient.Processor}}}
	new.Activities[0].Recipients = []string{"mailer"}
	new.Activities = append(new.Activities, gdpr.Activity{ID: "newsletter", Purpose: "sending our newsletter",
		Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Consent}}}})
	new.Controller.Address = "1 Example Street, London"
	gdpr.Diff(old, new).WriteText(os.Stdout)
	// Output:
	// + activities[0].recipients[0]: activity "membership": recipient "mailer" added [tell first: UK GDPR Arts. 13(1)(e), 13(3) and 14(4)]
	// + activities[1]: activity "newsletter" added, a new purpose [tell first: UK GDPR Arts. 13(1)(c), 13(3) and 14(4)]
	// ~ controller.address: controller: address changed: (none) to "1 Example Street, London"
	// + recipients[0]: recipient "mailer" added, a new recipient [tell first: UK GDPR Arts. 13(1)(e), 13(3) and 14(4)]
	// 4 changes, 3 to tell people before the new processing starts.
}

// Command quickstart is the README's complete example: it decodes a small
// register, validates it as of two dates, asks when an access request is
// due, and decides whether a member may be emailed.
package main

import (
	"fmt"
	"io"
	"log"
	"os"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/rights"
)

// register is a professional body's record of processing in the JSON
// format of gdpr/FORMAT.md: one newsletter sent on consent, with its
// provider in the United States under the EU-US Privacy Shield.
const register = `{
  "controller": {"name": "Example Institution", "contacts": [{"kind": "email", "value": "privacy@example.org"}]},
  "regimes": ["uk"],
  "data": [{"id": "email", "name": "email address", "kind": "email-address"}],
  "recipients": [{"id": "mailer", "name": "US email service", "role": "processor", "countries": ["US"]}],
  "transfers": [{"id": "mailer-us", "recipients": ["mailer"], "countries": ["US"], "mechanism": "privacy-shield", "certified": "present"}],
  "activities": [{
    "id": "newsletter",
    "purpose": "sending the monthly newsletter",
    "data": ["email"],
    "grounds": [{"basis": "consent", "consent": {"withdrawal": "unsubscribe link in every email"}}],
    "recipients": ["mailer"],
    "transfers": ["mailer-us"],
    "marketing": {"channels": [{"channel": "email", "route": "consent"}]}
  }]
}`

func main() {
	if err := run(os.Stdout); err != nil {
		log.Fatal(err)
	}
}

func run(w io.Writer) error {
	reg, err := gdpr.Decode([]byte(register))
	if err != nil {
		return err // a bad member names its JSON path, line and column
	}

	// Validate judges the register as of a date: the Privacy Shield was
	// valid in 2019 and has not been since Schrems II (2020-07-16).
	for _, day := range []string{"2019-06-02", "2026-11-23"} {
		at, _ := time.Parse(time.DateOnly, day)
		fmt.Fprintln(w, "as of", day)
		for f := range gdpr.Validate(reg, at).AtLeast(basis.Warning) {
			fmt.Fprintf(w, "  %s %s at %s (%s)\n", f.Severity, f.Code, f.Path, f.Article)
		}
	}

	// An access request received on 31 January is due on 28 February (the
	// ICO's method: no 31 February, so the month's last day).
	london, _ := time.LoadLocation("Europe/London")
	received := time.Date(2025, time.January, 31, 16, 45, 0, 0, london)
	fmt.Fprintln(w, "access request due", rights.Deadline(received, rights.EnglandAndWales).Format("Mon 2 Jan 2006"))

	// May we email this member now? Consent given in March, withdrawn in
	// April.
	policy, err := gdpr.Compile(reg)
	if err != nil {
		return err
	}
	id := uuid.MustParse("0b7e4c52-8d0f-4f59-a2c4-3f7f2d1e9a01")
	member, _ := gdpr.NewLedger("M-10442").WithConsent(gdpr.ConsentRecord{
		ID: id, Activity: "newsletter", Given: time.Date(2026, 3, 2, 10, 0, 0, 0, time.UTC)})
	member, _ = member.Withdraw(id, time.Date(2026, 4, 1, 8, 30, 0, 0, time.UTC))
	for _, day := range []time.Time{time.Date(2026, 3, 15, 9, 0, 0, 0, time.UTC), time.Date(2026, 4, 15, 9, 0, 0, 0, time.UTC)} {
		fmt.Fprintln(w, "email on", day.Format(time.DateOnly)+":", policy.Decide("newsletter", member, day))
	}
	return nil
}

package rights

import (
	"github.com/dpmodel/dpmodel/internal/civil"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// ComplaintsArticle is the provision that gives UK data subjects a
// statutory complaint to the controller: DPA 2018 s.164A, inserted by
// DUAA 2025 s.103.
const ComplaintsArticle = "DPA 2018 s.164A"

// AcknowledgeBy returns the last day on which a complaint to the controller
// received at received must be acknowledged: "within the period of 30 days
// beginning when the complaint is received" (DPA 2018 s.164A(3)), so 29 days
// after the day of receipt, counted in Europe/London with no move to a
// working day. The result is midnight at the start of that day.
//
// The duty applies only to complaints received on or after 2026-06-19
// (S.I. 2026/82 regs. 3 and 7); for an earlier complaint, or under the EU
// regime, there is no statutory complaint and AcknowledgeBy returns an
// *[basis.InputError] with code [CodeNotInForce]. The controller must then respond
// without undue delay and tell the complainant the outcome (s.164A(4)),
// which sets no fixed date.
func AcknowledgeBy(g basis.Regime, received time.Time) (time.Time, error) {
	if !g.InForce(basis.ComplaintsToController, received) {
		return time.Time{}, inputError(CodeNotInForce, "received", stamp(received),
			"a complaint to the controller is statutory only in the UK for complaints received from 2026-06-19 (%s; S.I. 2026/82 reg. 7); regime is %s",
			ComplaintsArticle, g)
	}
	return civil.LondonMidnight(civil.LondonDate(received).AddDays(29)), nil
}

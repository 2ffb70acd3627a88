package gdpr

import (
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/recipient"
)

// TransferStatus is how a transfer stands on the date a [FlowGraph] is
// drawn for, from what [recipient.Transfer.Findings] reports. The zero
// value is unspecified.
type TransferStatus uint8

const (
	// TransferValid: the check finds no Error-severity problem on the date
	// (a mechanism valid for the destinations, or destinations that need
	// none).
	TransferValid TransferStatus = iota + 1
	// TransferInvalid: the register states a mechanism and the check finds
	// an Error-severity problem with the transfer on the date (Chapter V).
	TransferInvalid
	// TransferNotStated: the check finds an Error-severity problem and the
	// register states no mechanism: what the transfer relies on is not
	// stated.
	TransferNotStated
)

var transferStatusWords = [...]string{TransferValid: "valid", TransferInvalid: "invalid", TransferNotStated: "not stated"}

// String returns "valid", "invalid", "not stated", or "unspecified".
func (s TransferStatus) String() string {
	if s == 0 || int(s) >= len(transferStatusWords) {
		return "unspecified"
	}
	return transferStatusWords[s]
}

// FlowGraph is the picture of where a register's personal data go: the
// controller, the recipients grouped by role, and the destinations of the
// transfers to third countries, each transfer with its status on a date.
// Render it with [FlowGraph.Mermaid] or [FlowGraph.SVG].
type FlowGraph struct {
	// Regime is the regime the transfers are judged under.
	Regime basis.Regime
	// Date is the calendar date judged, in the regime's location.
	Date Date
	// Controller names the controller ([NotStatedText] when the register
	// does not).
	Controller string
	// Groups are the recipients by role, in the order processor,
	// sub-processor, joint controller, independent controller, public
	// authority, role not stated; empty groups are left out. Units of the
	// controller's own legal person (Recipient.Internal) are not drawn.
	Groups []FlowGroup
	// Destinations are the destinations of the transfers, in order of
	// first appearance.
	Destinations []FlowDestination
	// Transfers are the edges from a recipient (or the controller) to a
	// destination, in register order.
	Transfers []FlowTransfer
}

// FlowGroup is the recipients of one role.
type FlowGroup struct {
	// Role is the role; zero for recipients whose role is not stated.
	Role recipient.Role
	// Label names the group: "Processors acting on our behalf".
	Label string
	// Recipients are the group's recipients in register order.
	Recipients []FlowNode
}

// FlowNode is a recipient in the picture.
type FlowNode struct {
	// ID is the recipient's id in the register.
	ID string
	// Label is its name or category.
	Label string
}

// FlowDestination is where transfers go: a country, or unnamed third
// countries, or a destination not stated.
type FlowDestination struct {
	// Country is the country; "" for unnamed third countries or a
	// destination not stated.
	Country basis.Country
	// Label names it: "United States of America (US)".
	Label string
}

// FlowTransfer is one edge of a transfer.
type FlowTransfer struct {
	// Transfer is the transfer's id in the register.
	Transfer string
	// From is the id of the recipient the data go to, or "" for the
	// controller when the transfer names no recipient of the register.
	From string
	// To is the index of the destination in Destinations.
	To int
	// Status is the transfer's status on the date.
	Status TransferStatus
	// Mechanism is what the transfer relies on, as a notice names it, or
	// "" when not stated.
	Mechanism string
}

// DataFlow draws the data flows of reg as of the calendar date of at in
// the regime's location (see [WithRegime]): a transfer is valid, invalid or
// not stated according to [recipient.Transfer.Findings] under that regime
// on that date. It is deterministic. The error is a *basis.InputError with
// code [CodeNoticeInput] for a zero at or a regime that is not valid; a nil
// register draws as an empty one.
func DataFlow(reg *Register, at time.Time, opts ...RenderOption) (*FlowGraph, error) {
	g, err := resolveRender(reg, at, opts)
	if err != nil {
		return nil, err
	}
	if reg == nil {
		reg = &Register{}
	}
	y, m, d := civil.RegimeDate(g == basis.EU, at).YMD()
	f := &FlowGraph{Regime: g, Date: Date{y, m, d}, Controller: orNotStated(reg.Controller.Name)}
	groups := make([]FlowGroup, len(roleGroups))
	drawn := map[string]bool{}
	for i := range reg.Recipients {
		r := &reg.Recipients[i]
		if r.Internal == Yes {
			continue
		}
		k := roleGroup(r)
		groups[k].Recipients = append(groups[k].Recipients, FlowNode{ID: r.ID, Label: orNotStated(r.Label())})
		drawn[r.ID] = true
	}
	for i, gr := range roleGroups {
		if len(groups[i].Recipients) > 0 {
			groups[i].Role, groups[i].Label = gr.role, gr.label
			f.Groups = append(f.Groups, groups[i])
		}
	}
	dest := func(c basis.Country, label string) int {
		for i, d := range f.Destinations {
			if d.Country == c && d.Label == label {
				return i
			}
		}
		f.Destinations = append(f.Destinations, FlowDestination{Country: c, Label: label})
		return len(f.Destinations) - 1
	}
	for i := range reg.Transfers {
		t := &reg.Transfers[i]
		status := TransferValid
		fs := t.Transfer.Findings(g, at)
		if fs.Has(recipient.CodeNoMechanism) {
			// A restricted transfer with no mechanism recorded (a
			// warning, not shown unlawful): drawn as not stated.
			status = TransferNotStated
		}
		for range fs.AtLeast(basis.Error) {
			status = TransferInvalid
			if t.Mechanism == 0 {
				status = TransferNotStated
			}
			break
		}
		var to []int
		for _, c := range t.Countries {
			label := string(c)
			if n := c.Name(); n != "" {
				label = n + " (" + string(c) + ")"
			}
			to = append(to, dest(c, label))
		}
		if t.AnyThirdCountry {
			to = append(to, dest("", "Third countries not named"))
		}
		if len(to) == 0 {
			to = append(to, dest("", "Destination not stated"))
		}
		var from []string
		for _, id := range t.Recipients {
			if drawn[id] {
				from = append(from, id)
			}
		}
		if len(from) == 0 {
			from = []string{""}
		}
		mech := ""
		if t.Mechanism.IsValid() {
			mech = t.Mechanism.NoticeText()
		}
		for _, fr := range from {
			for _, d := range to {
				f.Transfers = append(f.Transfers, FlowTransfer{Transfer: t.ID, From: fr, To: d, Status: status, Mechanism: mech})
			}
		}
	}
	return f, nil
}

// clipLabel shortens s to at most n runes, ending with "…" when cut.
func clipLabel(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// edgeText is the label of a transfer edge: its status and mechanism.
func (t FlowTransfer) edgeText() string {
	if t.Mechanism == "" {
		return t.Status.String() + ": no mechanism stated"
	}
	return t.Status.String() + ": " + t.Mechanism
}

var statusColours = [...]string{TransferValid: "#1a7f37", TransferInvalid: "#cf222e", TransferNotStated: "#9a6700"}
var statusDashes = [...]string{TransferValid: "", TransferInvalid: "8 4", TransferNotStated: "2 4"}

func statusIndex(s TransferStatus) TransferStatus {
	if s == 0 || int(s) >= len(statusColours) {
		return TransferNotStated
	}
	return s
}

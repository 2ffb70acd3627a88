package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
)

// Codes of transfers.
const (
	// CodeTransferNotRecorded: a processing location or a recipient is in
	// a country that is a third country on the date, and no transfer to it
	// is recorded, so the notice does not tell of it (Art. 13(1)(f),
	// 30(1)(e)). Warning; Info where the country is the territory of the
	// other regime the register is judged under (a UK controller judged
	// also under the EU regime processes in the UK without a transfer
	// unless an EU establishment sends the data there).
	CodeTransferNotRecorded Code = "gdpr/transfer-not-recorded"
	// CodeSafeguardsCopy: a transfer relies on Art. 46 or 47 safeguards
	// (or on the suitable safeguards of the second subparagraph of
	// Art. 49(1)) and the notice does not say how to obtain a copy of them or where
	// they are made available (Art. 13(1)(f), 14(1)(f)). Warning where
	// recorded as not said; Info where not stated.
	CodeSafeguardsCopy Code = "gdpr/safeguards-copy"
)

// transferChecks judges each transfer once, and the processing locations.
func (v *validator) transferChecks() {
	for i := range v.reg.Transfers {
		t := &v.reg.Transfers[i]
		if len(t.Countries) == 0 && !t.AnyThirdCountry {
			// No foreign location is recorded, so nothing shows a
			// transfer to a third country: no transfer finding (the
			// recipient package would call the record one with no
			// destination).
			continue
		}
		if v.internalOnly(t) {
			// Data sent to the controller's own units or branches abroad
			// go to no other person (Art. 4(9)), so Chapter V does not
			// apply to this record.
			continue
		}
		v.addUnderIndex("transfers", i, t.Transfer.Findings(v.regime, v.at))
		// Art. 13(1)(f), 14(1)(f): "in the case of transfers referred to in
		// Article 46 or 47, or the second subparagraph of Article 49(1)",
		// the means to obtain a copy of the safeguards.
		k := t.Mechanism.Kind()
		if (k == recipient.SafeguardsKind || k == recipient.CompellingKind) && t.SafeguardsCopy != Yes && v.needsSafeguards(t) {
			f := Finding{Code: CodeSafeguardsCopy, Severity: basis.Info, Path: indexPath("transfers", i, ".safeguardsCopy"),
				Article: v.cite("Art. 13(1)(f), 14(1)(f)"),
				Message: "not evidenced that the notice says how to obtain a copy of the safeguards or where they are made available"}
			if t.SafeguardsCopy == No {
				f.Severity = basis.Warning
				f.Message = "the notice does not say how to obtain a copy of the safeguards or where they are made available"
			}
			v.add(f)
		}
	}
	for i := range v.reg.Locations {
		c := v.reg.Locations[i].Country
		if c.IsValid() && recipient.Restricted(v.regime, c, v.at) && !v.transferRecorded("", c) {
			v.add(v.transferNotRecorded(indexPath("locations", i, ".country"), c,
				"the data are processed in "+string(c)+", a third country, but no transfer to it is recorded"))
		}
	}
}

// internalOnly reports whether a transfer names recipients and every one
// is a unit of the controller's own legal person.
func (v *validator) internalOnly(t *Transfer) bool {
	if len(t.Recipients) == 0 {
		return false
	}
	for _, id := range t.Recipients {
		if r := v.recipients[id]; r == nil || r.Internal != Yes {
			return false
		}
	}
	return true
}

// needsSafeguards reports whether a transfer is restricted on the date
// and not covered throughout by adequacy for a whole private sector, so
// that the safeguards it names are what it rests on ([recipient.Transfer.Findings]
// does not judge a safeguard named besides such adequacy).
func (v *validator) needsSafeguards(t *Transfer) bool {
	if t.AnyThirdCountry {
		return true
	}
	for _, c := range t.Countries {
		if recipient.Restricted(v.regime, c, v.at) && !recipient.Adequate(v.regime, c, v.at) {
			return true
		}
	}
	return false
}

// transferRecorded reports whether a transfer records data going to
// country c, for recipient id (a transfer that names the recipient, or
// that names no recipients) or, for id "", for any recipient.
func (v *validator) transferRecorded(id string, c basis.Country) bool {
	st := v.flow
	if !st.transfersIndexed {
		st.transfersIndexed = true
		st.transferTo = make(map[recipientCountry]bool)
		for i := range v.reg.Transfers {
			t := &v.reg.Transfers[i]
			mark := func(r string) {
				if t.AnyThirdCountry {
					st.transferTo[recipientCountry{r, ""}] = true
				}
				for _, c := range t.Countries {
					st.transferTo[recipientCountry{r, c}] = true
				}
			}
			mark("") // every transfer records a flow to its countries
			for _, r := range t.Recipients {
				mark(r)
			}
		}
	}
	if id == "" {
		return st.transferTo[recipientCountry{"", c}] || st.transferTo[recipientCountry{"", ""}]
	}
	if st.transferTo[recipientCountry{id, c}] || st.transferTo[recipientCountry{id, ""}] {
		return true
	}
	// A transfer that names no recipients serves every recipient in its
	// countries.
	for i := range v.reg.Transfers {
		t := &v.reg.Transfers[i]
		if len(t.Recipients) == 0 && (t.AnyThirdCountry || containsCountry(t.Countries, c)) {
			return true
		}
	}
	return false
}

func containsCountry(cs []basis.Country, c basis.Country) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// transferNotRecorded is the finding for a place of processing in a third
// country with no transfer recorded: Info where the country is the home of
// the other regime the register is judged under.
func (v *validator) transferNotRecorded(path string, c basis.Country, msg string) Finding {
	f := Finding{Code: CodeTransferNotRecorded, Severity: basis.Warning, Path: path, Value: string(c),
		Article: v.cite("Art. 13(1)(f), 30(1)(e)"), Message: msg}
	if v.otherRegimeHome(c) {
		f.Severity = basis.Info
		f.Message += "; if the data go there only within the controller's own establishment there, no transfer is needed"
	}
	return f
}

// otherRegimeHome reports whether c is in the territory of the other
// regime the register is also judged under: the UK for the EU regime, the
// EEA for the UK regime.
func (v *validator) otherRegimeHome(c basis.Country) bool {
	other := basis.EU
	if v.regime == basis.EU {
		other = basis.UK
	}
	judged := false
	for _, r := range v.reg.Regimes {
		judged = judged || r == other
	}
	if !judged {
		return false
	}
	if other == basis.UK {
		return c == "GB"
	}
	return c.InEEA(v.at)
}

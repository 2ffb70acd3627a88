package enginebench

import (
	"crypto/sha1"
	"strconv"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/google/uuid"
)

// Rules returns the register as dpmodel's activity rules, for
// gdpr.NewPolicy.
func Rules(register []Activity) []gdpr.ActivityRule {
	rules := make([]gdpr.ActivityRule, len(register))
	for i, a := range register {
		rules[i] = gdpr.ActivityRule{
			ID:                a.ID,
			Regime:            basis.UK,
			Bases:             a.Bases,
			DirectMarketing:   a.DirectMarketing,
			OfferedToChildren: a.OfferedToChildren,
		}
		switch a.WhileRestricted {
		case StorageOnly:
			rules[i].WhileRestricted = gdpr.StorageOnly
		case LegalClaims:
			rules[i].WhileRestricted = gdpr.LegalClaims
		}
	}
	return rules
}

// recordID derives a record's id from the person's and the record's place,
// so that the ledgers are the same on every run.
func recordID(person string, kind byte, i int) uuid.UUID {
	return uuid.NewHash(sha1.New(), uuid.NameSpaceOID, []byte(person+"/"+string(kind)+strconv.Itoa(i)), 5)
}

// Ledger returns p's records as dpmodel's ledger, built at once with
// gdpr.NewLedgerOf, as a host loading a person's records does.
func Ledger(p Person) (*gdpr.Ledger, error) {
	r := gdpr.LedgerRecords{Subject: gdpr.SubjectID(p.ID), BirthDate: p.Born}
	for i, c := range p.Consents {
		r.Consents = append(r.Consents, gdpr.ConsentRecord{ID: recordID(p.ID, 'c', i), Activity: c.Activity,
			Given: c.Given, Withdrawn: c.Withdrawn, ByParent: c.ByParent})
	}
	for i, o := range p.Objections {
		g := gdpr.Objection{ID: recordID(p.ID, 'o', i), Activity: o.Activity, When: o.When, Lifted: o.Lifted}
		switch o.Scope {
		case ScopeDirectMarketing:
			g.Scope = gdpr.ObjectToDirectMarketing
		case ScopeActivity:
			g.Scope = gdpr.ObjectToActivity
		case ScopeAll:
			g.Scope = gdpr.ObjectToAll
		}
		if !o.Grounds.IsZero() {
			g.Grounds = gdpr.CompellingGrounds{At: o.Grounds, Reason: "recorded"}
		}
		r.Objections = append(r.Objections, g)
	}
	for i, x := range p.Restrictions {
		r.Restrictions = append(r.Restrictions, gdpr.Restriction{ID: recordID(p.ID, 'r', i), Start: x.Start, End: x.End})
	}
	return gdpr.NewLedgerOf(r)
}

package gdpr

import (
	"slices"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
)

// Compile makes the [Policy] of a register: one [ActivityRule] per
// activity, derived from what the register records.
//
//   - ID is the activity's id.
//   - Regime is the register's one regime, or the one given with
//     [UnderRegime] (needed when the register names both, or none).
//   - Bases are the bases of the activity's grounds, in order; an activity
//     with no grounds takes the register's general bases (Register.Bases,
//     the bases a notice lists without mapping them to purposes), and an
//     activity with neither denies everything ([ReasonNoBasis]).
//   - DirectMarketing is whether the activity records a marketing channel.
//   - OfferedToChildren and ParentalConsentBelow come from its consent
//     grounds' basis.ConsentTerms (the highest age given).
//   - Country is the one given with [InCountry], under the EU regime.
//   - WhileRestricted is what [ExceptWhileRestricted] says: a register does
//     not record the Art. 18(2) exceptions.
//
// It returns a [*basis.InputError] whose Path is in the register's JSON
// names ("activities[2].grounds[0].basis") for an activity it cannot use:
// see [NewPolicy]. The register is not kept: later changes to it do not
// change the policy.
func Compile(reg *Register, opts ...PolicyOption) (*Policy, error) {
	var o policyOptions
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	if reg == nil {
		reg = &Register{}
	}
	regime := o.regime
	if regime == 0 {
		switch rs := slices.Compact(slices.Sorted(slices.Values(reg.Regimes))); len(rs) {
		case 1:
			regime = rs[0]
		default:
			return nil, &basis.InputError{Code: CodePolicyRegime, Path: "regimes",
				Valid:   []string{basis.UK.String(), basis.EU.String()},
				Message: "the register must name exactly one regime, or the policy be compiled UnderRegime(r)"}
		}
	}
	var general []basis.Basis
	for _, g := range reg.Bases {
		if !slices.Contains(general, g.Basis) {
			general = append(general, g.Basis)
		}
	}
	rules := make([]ActivityRule, len(reg.Activities))
	fromGeneral := make([]bool, len(reg.Activities))
	for i := range reg.Activities {
		a := &reg.Activities[i]
		r := ActivityRule{ID: a.ID, Regime: regime, DirectMarketing: len(a.Marketing.Channels) > 0}
		for _, g := range a.Grounds {
			r.Bases = append(r.Bases, g.Basis)
			if g.Basis == basis.Consent && g.Consent.OfferedToChildren {
				r.OfferedToChildren = true
				r.ParentalConsentBelow = max(r.ParentalConsentBelow, g.Consent.ParentalConsentBelow)
			}
		}
		if len(r.Bases) == 0 {
			r.Bases, fromGeneral[i] = slices.Clone(general), true
		}
		rules[i] = r
	}
	p, i, err := newPolicy(rules, func(i int) bool { return len(rules[i].Bases) == 0 }, opts)
	if err != nil {
		return nil, registerPath(err, i, fromGeneral[i])
	}
	return p, nil
}

// registerPath turns the path of a rule's error ("[2].bases[1]") into the
// register's ("activities[2].grounds[1].basis", or "bases[1].basis" for a
// basis from the register's general list).
func registerPath(err *basis.InputError, i int, general bool) *basis.InputError {
	c := *err
	rest := strings.TrimPrefix(c.Path, basis.Index("", i))
	at := basis.Index("activities", i)
	switch {
	case strings.HasPrefix(rest, ".bases["):
		j := strings.TrimPrefix(rest, ".bases")
		if general {
			c.Path = "bases" + j + ".basis"
		} else {
			c.Path = at + ".grounds" + j + ".basis"
		}
	case rest == ".bases":
		c.Path = at + ".grounds"
	case rest == ".regime":
		c.Path = "regimes"
	case rest == ".parentalConsentBelow":
		c.Path = at + ".grounds"
	case rest == ".country", rest == ".whileRestricted":
		c.Path = "" // set by an option, not by the register
	default:
		c.Path = at + rest
	}
	return &c
}

package gdpr

import (
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// RestrictionException is the case of Art. 18(2) in which an activity may
// go on while the data subject's data are restricted. The zero value is
// none: a restriction stops the activity.
type RestrictionException uint8

const (
	// StorageOnly: the activity only stores the data, which a restriction
	// does not stop (Art. 18(2), "with the exception of storage").
	StorageOnly RestrictionException = iota + 1
	// LegalClaims: the activity is for the establishment, exercise or
	// defence of legal claims (Art. 18(2)).
	LegalClaims
	// ProtectionOfOthers: the activity is for the protection of the rights
	// of another natural or legal person (Art. 18(2)).
	ProtectionOfOthers
	// ImportantPublicInterest: the activity is for reasons of important
	// public interest (Art. 18(2): of the Union or of a Member State; in the
	// UK GDPR, of the United Kingdom).
	ImportantPublicInterest
)

var restrictionExceptions = enum.New[RestrictionException]("gdpr.RestrictionException",
	"storage-only", "legal-claims", "protection-of-others", "important-public-interest")

// AllRestrictionExceptions returns every exception in order.
func AllRestrictionExceptions() []RestrictionException { return restrictionExceptions.Values() }

// ParseRestrictionException returns the exception with the given code.
func ParseRestrictionException(s string) (RestrictionException, error) {
	return restrictionExceptions.Parse(s)
}

// MustParseRestrictionException is like [ParseRestrictionException] but
// panics on error.
func MustParseRestrictionException(s string) RestrictionException {
	return ledgerMustParse(restrictionExceptions, s)
}

// String returns the exception's code, "unspecified" for none, or
// "gdpr.RestrictionException(n)".
func (e RestrictionException) String() string { return restrictionExceptions.String(e) }

// IsValid reports whether e is one of the defined exceptions.
func (e RestrictionException) IsValid() bool { return restrictionExceptions.Valid(e) }

// AppendText appends the exception's code to b.
func (e RestrictionException) AppendText(b []byte) ([]byte, error) {
	return restrictionExceptions.AppendText(b, e)
}

// MarshalText returns the exception's code; none is empty text.
func (e RestrictionException) MarshalText() ([]byte, error) {
	return restrictionExceptions.MarshalText(e)
}

// UnmarshalText parses a code; on error e is unchanged.
func (e *RestrictionException) UnmarshalText(text []byte) error {
	return restrictionExceptions.UnmarshalText(e, text)
}

// Article returns "Art. 18(2)" for a valid exception.
func (e RestrictionException) Article() string {
	if !e.IsValid() {
		return ""
	}
	return "Art. 18(2)"
}

// ActivityRule is what a [Policy] needs to know of one activity to decide
// whether it may process a person's data: its lawful bases, whether it is
// direct marketing, whether it is an information society service offered
// directly to children, and whether it may go on under a restriction.
// [Compile] derives the rules from a register; [NewPolicy] takes them
// directly.
type ActivityRule struct {
	// ID names the activity; Decide is asked by it. Required and unique.
	ID string `json:"id"`
	// Regime is the law the activity is judged under. Required.
	Regime basis.Regime `json:"regime"`
	// Bases are the Art. 6(1) bases the activity relies on; at least one.
	// An activity with consent among its bases needs live consent: the
	// controller cannot fall back on another basis once consent is
	// withdrawn or was never given (Art. 7(3); EDPB Guidelines 05/2020 on
	// consent, on switching between bases). An activity with a public
	// task, legitimate interests or (UK) a recognised legitimate interest
	// among them is open to objection under Art. 21(1).
	Bases []basis.Basis `json:"bases"`
	// DirectMarketing reports whether the activity processes data for
	// direct marketing, which any objection stops absolutely
	// (Art. 21(2)-(3)).
	DirectMarketing bool `json:"directMarketing,omitzero"`
	// OfferedToChildren reports whether the activity is an information
	// society service offered directly to a child, where consent of a child
	// below the age of digital consent counts only if a holder of parental
	// responsibility gave or authorised it (Art. 8(1); in the UK not a
	// preventive or counselling service, UK GDPR Art. 8(4)).
	OfferedToChildren bool `json:"offeredToChildren,omitzero"`
	// ParentalConsentBelow is the age below which the controller asks a
	// parent's consent, if higher than the law's; 0 means the law's age
	// (basis.ConsentTerms.ParentalConsentBelow).
	ParentalConsentBelow int `json:"parentalConsentBelow,omitzero"`
	// Country is, under the EU regime, the Member State (ISO 3166-1
	// alpha-2) whose age of digital consent applies
	// ([basis.LookupDigitalConsent]); empty means the Regulation's own age,
	// 16 (Art. 8(1)). Under the UK regime it must be empty or "GB": the age
	// is 13 (UK GDPR Art. 8(1); DPA 2018 s.9 as enacted).
	Country basis.Country `json:"country,omitzero"`
	// WhileRestricted is the Art. 18(2) case that lets the activity go on
	// while the person's data are restricted; zero means it stops.
	WhileRestricted RestrictionException `json:"whileRestricted,omitzero"`
}

// The codes of the [*basis.InputError] that [NewPolicy] and [Compile]
// return.
const (
	// CodePolicyIDMissing: an activity rule has no id.
	CodePolicyIDMissing Code = "gdpr/policy-id-missing"
	// CodePolicyIDRepeated: two activity rules have the same id.
	CodePolicyIDRepeated Code = "gdpr/policy-id-repeated"
	// CodePolicyRegime: an activity rule's regime is unspecified or out of
	// range.
	CodePolicyRegime Code = "gdpr/policy-regime"
	// CodePolicyBasis: an activity rule has no basis, or one out of range
	// or not available in its regime (the recognised legitimate interest
	// under the EU regime).
	CodePolicyBasis Code = "gdpr/policy-basis"
	// CodePolicyAge: a parental-consent age below 0 or above 18.
	CodePolicyAge Code = "gdpr/policy-age"
	// CodePolicyCountry: a country with no age of digital consent, or a
	// country other than GB under the UK regime.
	CodePolicyCountry Code = "gdpr/policy-country"
	// CodePolicyException: a restriction exception out of range.
	CodePolicyException Code = "gdpr/policy-exception"
)

// Policy answers, for each activity it was built with, whether the activity
// may process a data subject's data at a time, and why. It is immutable
// and safe for concurrent use; a decision allocates nothing.
type Policy struct {
	rules      []compiledRule
	index      map[string]int
	requireAge bool
}

// compiledRule is an [ActivityRule] reduced to what a decision reads.
type compiledRule struct {
	id         string
	key        activityKey
	regime     basis.Regime
	consent    bool // consent is among the bases
	objectable bool // a public task, legitimate interests or a recognised legitimate interest is
	marketing  bool
	children   bool // consent-based and offered directly to children
	noBasis    bool // no lawful basis is recorded: nothing is allowed
	except     RestrictionException
	floor      int       // ParentalConsentBelow
	ages       []ageStep // the law's age of digital consent, by date
	rule       ActivityRule
}

// ageStep is an age of digital consent from an instant (nanoseconds).
type ageStep struct {
	from int64
	age  int
}

// PolicyOption adjusts a [Policy].
type PolicyOption func(*policyOptions)

type policyOptions struct {
	requireAge bool
	regime     basis.Regime
	country    basis.Country
	exceptions map[string]RestrictionException
}

// UnderRegime sets the regime for activities that do not give one: for
// [Compile], the regime to judge the register's activities under, needed
// when the register names both (or neither); for [NewPolicy], the regime of
// rules whose Regime is zero.
func UnderRegime(r basis.Regime) PolicyOption {
	return func(o *policyOptions) { o.regime = r }
}

// InCountry sets, under the EU regime, the Member State whose age of
// digital consent applies (ActivityRule.Country) for activities that do not
// name one.
func InCountry(code basis.Country) PolicyOption {
	return func(o *policyOptions) { o.country = code }
}

// ExceptWhileRestricted says that activity id is an Art. 18(2) exception
// (storage, legal claims, the protection of others' rights, important
// public interest), which a register does not record, so that a restriction
// does not stop it. For [NewPolicy] it sets the rule's WhileRestricted when
// that is zero.
func ExceptWhileRestricted(id string, e RestrictionException) PolicyOption {
	return func(o *policyOptions) {
		if o.exceptions == nil {
			o.exceptions = map[string]RestrictionException{}
		}
		o.exceptions[id] = e
	}
}

// RequireBirthDate makes a policy refuse consent-based processing for an
// information society service offered directly to children when the
// person's ledger has no birth date and the consent was not given by a
// parent (reason [ReasonAgeNotRecorded], denied). Without it the decision
// allows the processing with that reason, leaving the controller's
// reasonable efforts to verify age (Art. 8(2)) to the host.
func RequireBirthDate() PolicyOption {
	return func(o *policyOptions) { o.requireAge = true }
}

// NewPolicy compiles activity rules into a policy. It returns a
// [*basis.InputError] whose Path is the rule's index ("[2].bases[0]") for
// the first rule it cannot use: no id or a repeated one, an invalid regime,
// no basis or an invalid one (the recognised legitimate interest is UK
// law only), a parental-consent age outside 0 to 18, a country with no age
// of digital consent (or other than GB under the UK regime), or a
// restriction exception out of range. The rules are copied.
func NewPolicy(rules []ActivityRule, opts ...PolicyOption) (*Policy, error) {
	p, _, err := newPolicy(rules, nil, opts)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// newPolicy compiles rules; rule i may have no basis (it then denies
// everything) when noBasisAllowed(i). An error's path is under the failing
// rule's index ("[2].bases[0]"), which it also returns.
func newPolicy(rules []ActivityRule, noBasisAllowed func(int) bool, opts []PolicyOption) (*Policy, int, *basis.InputError) {
	var o policyOptions
	for _, opt := range opts {
		if opt != nil {
			opt(&o)
		}
	}
	p := &Policy{rules: make([]compiledRule, 0, len(rules)), index: make(map[string]int, len(rules)), requireAge: o.requireAge}
	for i, r := range rules {
		if r.Regime == 0 {
			r.Regime = o.regime
		}
		if r.Country == "" && r.Regime == basis.EU {
			r.Country = o.country
		}
		if e, ok := o.exceptions[r.ID]; ok && r.WhileRestricted == 0 {
			r.WhileRestricted = e
		}
		cr, err := compileRule(r, noBasisAllowed != nil && noBasisAllowed(i))
		if err != nil {
			return nil, i, err.Under(basis.Index("", i))
		}
		if _, dup := p.index[r.ID]; dup {
			return nil, i, (&basis.InputError{Code: CodePolicyIDRepeated, Path: "id", Value: clipValue(r.ID),
				Message: "two activities have this id"}).Under(basis.Index("", i))
		}
		p.index[r.ID] = len(p.rules)
		p.rules = append(p.rules, cr)
	}
	return p, -1, nil
}

func compileRule(r ActivityRule, noBasisAllowed bool) (compiledRule, *basis.InputError) {
	switch {
	case r.ID == "":
		return compiledRule{}, &basis.InputError{Code: CodePolicyIDMissing, Path: "id", Message: "the activity has no id"}
	case !r.Regime.IsValid():
		return compiledRule{}, &basis.InputError{Code: CodePolicyRegime, Path: "regime", Value: r.Regime.String(),
			Valid: []string{basis.UK.String(), basis.EU.String()}, Message: "the regime must be given"}
	case len(r.Bases) == 0 && !noBasisAllowed:
		return compiledRule{}, &basis.InputError{Code: CodePolicyBasis, Path: "bases",
			Message: "the activity names no lawful basis (Art. 6(1))"}
	case r.ParentalConsentBelow < 0 || r.ParentalConsentBelow > 18:
		return compiledRule{}, &basis.InputError{Code: CodePolicyAge, Path: "parentalConsentBelow",
			Value: strconv.Itoa(r.ParentalConsentBelow), Message: "the age must be from 0 (the law's) to 18"}
	case r.WhileRestricted != 0 && !r.WhileRestricted.IsValid():
		return compiledRule{}, &basis.InputError{Code: CodePolicyException, Path: "whileRestricted",
			Value: r.WhileRestricted.String(), Valid: restrictionExceptions.Codes(),
			Message: "the restriction exception is not one of Art. 18(2)"}
	}
	cr := compiledRule{id: r.ID, regime: r.Regime, marketing: r.DirectMarketing, except: r.WhileRestricted,
		floor: r.ParentalConsentBelow, noBasis: len(r.Bases) == 0}
	for j, b := range r.Bases {
		switch {
		case !b.IsValid():
			return compiledRule{}, &basis.InputError{Code: CodePolicyBasis, Path: basis.Index("bases", j),
				Value: b.String(), Valid: basisCodes(), Message: "not a lawful basis"}
		case b == basis.RecognisedLegitimateInterest && r.Regime != basis.UK:
			return compiledRule{}, &basis.InputError{Code: CodePolicyBasis, Path: basis.Index("bases", j),
				Value: b.String(), Message: "the recognised legitimate interest is UK law only (UK GDPR Art. 6(1)(ea))"}
		case b == basis.Consent:
			cr.consent = true
		case b == basis.PublicTask || b == basis.LegitimateInterests || b == basis.RecognisedLegitimateInterest:
			cr.objectable = true
		}
	}
	country := basis.Country(strings.ToUpper(strings.TrimSpace(string(r.Country))))
	switch {
	case r.Regime == basis.UK && country != "" && country != "GB":
		return compiledRule{}, &basis.InputError{Code: CodePolicyCountry, Path: "country", Value: clipValue(string(r.Country)),
			Valid: []string{"GB"}, Message: "under the UK regime the age of digital consent is the UK's"}
	case r.Regime == basis.UK:
		country = "GB"
	case country == "GB":
		return compiledRule{}, &basis.InputError{Code: CodePolicyCountry, Path: "country", Value: clipValue(string(r.Country)),
			Message: "GB is not a Member State; use the UK regime"}
	}
	cr.children = r.OfferedToChildren && cr.consent
	cr.key = keyOf(r.ID)
	ages, ok := ageSteps(r.Regime, country)
	if !ok {
		return compiledRule{}, &basis.InputError{Code: CodePolicyCountry, Path: "country", Value: clipValue(string(r.Country)),
			Valid: euCountryCodes(), Message: "no age of digital consent is known for this country"}
	}
	cr.ages = ages
	r.Bases = append([]basis.Basis(nil), r.Bases...)
	cr.rule = r
	return cr, nil
}

func basisCodes() []string {
	var cs []string
	for _, b := range basis.AllBases() {
		cs = append(cs, b.String())
	}
	return cs
}

func euCountryCodes() []string {
	var cs []string
	for _, c := range basis.DigitalConsentCountries() {
		if c != "GB" {
			cs = append(cs, string(c))
		}
	}
	return cs
}

// ageSteps returns the law's ages of digital consent for the regime and
// country (empty under the EU regime: the Regulation's 16 from 2018-05-25)
// as a timeline, walking basis.LookupDigitalConsent back from the far
// future. Before the first step Art. 8 does not apply (the GDPR did not).
func ageSteps(r basis.Regime, country basis.Country) ([]ageStep, bool) {
	if country == "" {
		from := basis.GDPRApplies.Commencement()
		return []ageStep{{ledgerNanos(from), r.DefaultDigitalConsentAge()}}, true
	}
	var steps []ageStep
	at := time.Date(2260, 1, 1, 0, 0, 0, 0, time.UTC)
	for {
		dc, err := basis.LookupDigitalConsent(country, at)
		if err != nil {
			break
		}
		steps = append(steps, ageStep{ledgerNanos(dc.Since), dc.Age})
		at = dc.Since.Add(-time.Nanosecond)
	}
	if len(steps) == 0 {
		return nil, false
	}
	for i, j := 0, len(steps)-1; i < j; i, j = i+1, j-1 {
		steps[i], steps[j] = steps[j], steps[i]
	}
	return steps, true
}

// ageAt returns the age below which a parent must consent for consent given
// at the instant: the higher of the law's age then and the controller's
// own; 0 before the GDPR applied.
func (r *compiledRule) ageAt(at int64) int {
	age := 0
	for _, s := range r.ages {
		if s.from <= at {
			age = s.age
		}
	}
	if age == 0 {
		return 0
	}
	return max(age, r.floor)
}

// Activities yields the rules the policy was built with, in that order.
func (p *Policy) Activities() iter.Seq[ActivityRule] {
	return func(yield func(ActivityRule) bool) {
		if p == nil {
			return
		}
		for _, r := range p.rules {
			rule := r.rule
			rule.Bases = append([]basis.Basis(nil), rule.Bases...)
			if !yield(rule) {
				return
			}
		}
	}
}

// Handle is a compiled activity of a [Policy], for the hot path: it
// decides without looking the activity up. The zero Handle decides nothing
// is allowed ([ReasonUnknownActivity]).
type Handle struct {
	r          *compiledRule
	requireAge bool
}

// Activity returns the handle of the activity with the given id, and false
// when the policy has none.
func (p *Policy) Activity(id string) (Handle, bool) {
	if p == nil {
		return Handle{}, false
	}
	i, ok := p.index[id]
	if !ok {
		return Handle{}, false
	}
	return Handle{r: &p.rules[i], requireAge: p.requireAge}, true
}

// ID returns the activity's id, or "" for the zero Handle.
func (h Handle) ID() string {
	if h.r == nil {
		return ""
	}
	return h.r.id
}

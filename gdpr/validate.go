package gdpr

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// Validate checks reg against the law in force on the date of at, under each
// regime the register is judged under, and returns every finding, sorted
// (by path, code, article, regime, ...; see [basis.Findings.Sort]). The
// result depends only on the register's content and the date, never on the
// order of its lists where the order carries no meaning, nor on the clock
// time of at: dates are judged as calendar dates in each regime's location
// (Europe/London for the UK, Brussels for the EU).
//
// Every finding carries the regime it was judged under, a stable code (the
// table in the package documentation lists them all), a severity (Error:
// unlawful as recorded; Warning: a likely gap; Info: not evidenced, or
// guidance rather than statute), the JSON path of the element it is about,
// the article it rests on and a message for a privacy officer.
//
// Validate does not modify reg and is safe to call concurrently on the same
// register. A nil register gives no findings; the zero time gives the one
// finding [CodeDateMissing].
func Validate(reg *Register, at time.Time) Findings {
	if reg == nil {
		return nil
	}
	if at.IsZero() {
		// Every dated rule needs the date; the zero time is no date, and
		// judging as of year 1 would report every element as before the
		// GDPR.
		return Findings{{Code: CodeDateMissing, Severity: basis.Error,
			Message: "no date to judge the register at: give the date the law is to be applied as of"}}
	}
	v := newValidator(reg, at)
	regimes := reg.Regimes
	if len(regimes) == 0 {
		// A register that does not say which law it is judged under is
		// judged under the UK regime, the library's home, and told so.
		v.regime = basis.UK
		v.add(Finding{Code: CodeRegimeNotStated, Severity: basis.Info, Path: "regimes",
			Article: basis.UK.Cite("Art. 3", at),
			Message: "the register does not say which regime it is judged under; judged under the UK GDPR"})
		regimes = []basis.Regime{basis.UK}
	}
	seen := 0
	for _, r := range regimes {
		if !r.IsValid() || seen&(1<<r) != 0 {
			continue // Decode refuses both; a register built in Go is judged once per valid regime
		}
		seen |= 1 << r
		v.regime = r
		v.lawfulBasis()
		v.flows()
		v.transparency()
	}
	v.out.Sort()
	return v.out
}

const (
	// CodeRegimeNotStated: the register names no regime it is judged
	// under; it is judged under the UK regime (Info).
	CodeRegimeNotStated Code = "gdpr/regime-not-stated"
	// CodeDateMissing: Validate was given the zero time, which is no date;
	// nothing else is judged (Error).
	CodeDateMissing Code = "gdpr/date-missing"
)

// validator holds the state of one Validate call: the register, the date,
// the regime being judged and the findings so far. Each family of checks
// is a method in its own file (validate_basis.go, validate_flows.go,
// validate_transparency.go).
type validator struct {
	reg    *Register
	at     time.Time
	regime basis.Regime
	out    Findings

	data       map[string]*DataCategory
	recipients map[string]*Recipient
	transfers  map[string]*Transfer
	rules      map[string]*RetentionRule
	subjects   map[string]*Subject

	flow *flowState // what the flows checks work out once per Validate call (validate_flows.go)
}

func newValidator(reg *Register, at time.Time) *validator {
	v := &validator{reg: reg, at: at,
		data:       make(map[string]*DataCategory, len(reg.Data)),
		recipients: make(map[string]*Recipient, len(reg.Recipients)),
		transfers:  make(map[string]*Transfer, len(reg.Transfers)),
		rules:      make(map[string]*RetentionRule, len(reg.Retention)),
		subjects:   make(map[string]*Subject, len(reg.Subjects)),
	}
	for i := range reg.Data {
		v.data[reg.Data[i].ID] = &reg.Data[i]
	}
	for i := range reg.Recipients {
		v.recipients[reg.Recipients[i].ID] = &reg.Recipients[i]
	}
	for i := range reg.Transfers {
		v.transfers[reg.Transfers[i].ID] = &reg.Transfers[i]
	}
	for i := range reg.Retention {
		v.rules[reg.Retention[i].ID] = &reg.Retention[i]
	}
	for i := range reg.Subjects {
		v.subjects[reg.Subjects[i].ID] = &reg.Subjects[i]
	}
	return v
}

// add records one finding, judged under the current regime.
func (v *validator) add(f Finding) {
	if f.Regime == 0 {
		f.Regime = v.regime
	}
	v.out = append(v.out, f)
}

// addUnder records the findings of a domain check of the element at path,
// judged under the current regime.
func (v *validator) addUnder(path string, fs Findings) {
	for _, f := range fs {
		f.Path = basis.JoinPath(path, f.Path)
		if len(f.Related) > 0 {
			rel := make([]string, len(f.Related))
			for i, r := range f.Related {
				rel[i] = basis.JoinPath(path, r)
			}
			f.Related = rel
		}
		v.add(f)
	}
}

// cite names a GDPR article as the instrument in force for the current
// regime on the date judged ("UK GDPR Art. 6(1)(f)").
func (v *validator) cite(article string) string { return v.regime.Cite(article, v.at) }

// activityPath is the path of activity i: "activities[3]".
func activityPath(i int) string { return basis.Index("activities", i) }

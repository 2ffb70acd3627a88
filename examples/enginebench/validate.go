package enginebench

import (
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/examples/registers"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
)

//go:embed validate.rego
var regoValidate string

// ValidateCodes are the checks of gdpr.Validate that validate.rego writes
// again: eight of the lawful-basis family's. Validate runs all of its
// checks; the comparison measures it whole against these eight.
var ValidateCodes = []basis.Code{
	gdpr.CodeNoBasis, gdpr.CodeBasesNotMapped, gdpr.CodeNotABasis, gdpr.CodeContractNotParty,
	gdpr.CodeVitalInterestsRoutine, gdpr.CodeConsentConditional, gdpr.CodeConsentAndOther,
	gdpr.CodeContractForMarketing,
}

// ValidationRegister returns the IET's register (examples/registers, whose
// notice lists its bases in general, not by purpose) with its activities
// repeated to n, each with a new id, and every few of them changed so that each of ValidateCodes finds something: no grounds,
// contract with a person not party to it, vital interests outside an
// emergency or not said to be one, conditional consent, consent with
// another basis, marketing on contract alone, and a justification that is
// no basis.
func ValidationRegister(n int) (*gdpr.Register, error) {
	reg, err := registers.Load("iet")
	if err != nil {
		return nil, err
	}
	base := reg.Activities
	if len(base) == 0 {
		return nil, fmt.Errorf("enginebench: the IET register has no activities")
	}
	ev := gdpr.Evidence{Quote: "as the notice says"}
	reg.Activities = make([]gdpr.Activity, 0, n)
	for i := range n {
		a := base[i%len(base)]
		a.ID = "activity-" + strconv.Itoa(i)
		a.Grounds = slices.Clone(a.Grounds)
		switch i % 16 {
		case 1:
			a.Grounds = nil
		case 3:
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, SubjectParty: gdpr.No, Evidence: ev}}
		case 5:
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.VitalInterests}, Emergency: gdpr.No, Evidence: ev}}
		case 6:
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.VitalInterests}, Evidence: ev}}
		case 7:
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, Evidence: ev},
				{Ground: basis.Ground{Basis: basis.Consent}, Conditional: gdpr.Yes, Evidence: ev}}
		case 9:
			a.Grounds = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}, Evidence: ev}}
			a.Marketing.Channels = []gdpr.MarketingUse{{Channel: gdpr.MustParseMarketingChannel("email"), Evidence: ev}}
		case 11:
			a.Grounds = append(a.Grounds, gdpr.Ground{Evidence: ev})
		}
		reg.Activities = append(reg.Activities, a)
	}
	return reg, nil
}

// RegoValidate is validate.rego compiled into a prepared query.
type RegoValidate struct {
	pq rego.PreparedEvalQuery
}

// NewRegoValidate prepares the query data.dpvalidate.findings.
func NewRegoValidate(ctx context.Context) (*RegoValidate, error) {
	pq, err := rego.New(rego.Query("data.dpvalidate.findings"), rego.Module("validate.rego", regoValidate)).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &RegoValidate{pq: pq}, nil
}

// RegisterInput converts a register to OPA's values through its JSON
// format, as a host does once before it evaluates.
func RegisterInput(reg *gdpr.Register) (ast.Value, error) {
	data, err := gdpr.Encode(reg)
	if err != nil {
		return nil, err
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		return nil, err
	}
	return ast.InterfaceToValue(v)
}

// RegoFinding is one finding of validate.rego.
type RegoFinding struct {
	Regime, Code, Severity, Path string
}

// Findings evaluates the prepared query on a register converted in advance.
func (v *RegoValidate) Findings(ctx context.Context, input ast.Value) ([]RegoFinding, error) {
	rs, err := v.pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return nil, err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return nil, fmt.Errorf("enginebench: the validation query has no single result")
	}
	set, ok := rs[0].Expressions[0].Value.([]any)
	if !ok {
		return nil, fmt.Errorf("enginebench: the findings are not a set")
	}
	out := make([]RegoFinding, 0, len(set))
	for _, f := range set {
		m, _ := f.(map[string]any)
		str := func(k string) string { s, _ := m[k].(string); return s }
		out = append(out, RegoFinding{str("regime"), str("code"), str("severity"), str("path")})
	}
	return out, nil
}

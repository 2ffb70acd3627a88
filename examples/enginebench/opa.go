package enginebench

import (
	"context"
	_ "embed"
	"errors"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/open-policy-agent/opa/v1/ast"
	"github.com/open-policy-agent/opa/v1/rego"
	"github.com/open-policy-agent/opa/v1/storage/inmem"
)

//go:embed policy.rego
var regoPolicy string

// OPA is the Rego policy compiled into a prepared query over the register.
type OPA struct {
	pq rego.PreparedEvalQuery
}

// NewOPA prepares the query data.dpmodel.decision with the register as
// data.
func NewOPA(ctx context.Context, register []Activity) (*OPA, error) {
	acts := map[string]any{}
	for _, a := range register {
		m := map[string]any{"bases": basisCodes(a.Bases)}
		if a.DirectMarketing {
			m["directMarketing"] = true
		}
		if a.OfferedToChildren {
			m["offeredToChildren"] = true
		}
		if a.WhileRestricted != "" {
			m["whileRestricted"] = a.WhileRestricted
		}
		acts[a.ID] = m
	}
	store := inmem.NewFromObject(map[string]any{"activities": acts, "digitalConsentAge": DigitalConsentAge})
	pq, err := rego.New(
		rego.Query("data.dpmodel.decision"),
		rego.Module("policy.rego", regoPolicy),
		rego.Store(store),
	).PrepareForEval(ctx)
	if err != nil {
		return nil, err
	}
	return &OPA{pq: pq}, nil
}

func basisCodes(bs []basis.Basis) []any {
	out := make([]any, len(bs))
	for i, b := range bs {
		out[i] = b.String()
	}
	return out
}

func nanos(t time.Time) int64 { return t.UnixNano() }

// RegoInput converts one question to OPA's values, as a host does once
// before it evaluates.
func RegoInput(p Person, activity string, at time.Time) (ast.Value, error) {
	consents := make([]any, 0, len(p.Consents))
	for _, c := range p.Consents {
		m := map[string]any{"activity": c.Activity, "given": nanos(c.Given)}
		if !c.Withdrawn.IsZero() {
			m["withdrawn"] = nanos(c.Withdrawn)
		}
		if c.ByParent {
			m["byParent"] = true
		}
		consents = append(consents, m)
	}
	objections := make([]any, 0, len(p.Objections))
	for _, o := range p.Objections {
		m := map[string]any{"scope": o.Scope, "when": nanos(o.When)}
		if o.Activity != "" {
			m["activity"] = o.Activity
		}
		if !o.Lifted.IsZero() {
			m["lifted"] = nanos(o.Lifted)
		}
		if !o.Grounds.IsZero() {
			m["grounds"] = nanos(o.Grounds)
		}
		objections = append(objections, m)
	}
	restrictions := make([]any, 0, len(p.Restrictions))
	for _, r := range p.Restrictions {
		m := map[string]any{"start": nanos(r.Start)}
		if !r.End.IsZero() {
			m["end"] = nanos(r.End)
		}
		restrictions = append(restrictions, m)
	}
	person := map[string]any{}
	if !p.Born.IsZero() {
		y, m, d := p.Born.In(London).Date()
		person["born"] = []any{y, int(m), d}
	}
	return ast.InterfaceToValue(map[string]any{
		"activity":     activity,
		"now":          nanos(at),
		"person":       person,
		"consents":     consents,
		"objections":   objections,
		"restrictions": restrictions,
	})
}

// Decide evaluates the prepared query on input converted in advance.
func (o *OPA) Decide(ctx context.Context, input ast.Value) (allowed bool, reason string, err error) {
	rs, err := o.pq.Eval(ctx, rego.EvalParsedInput(input))
	if err != nil {
		return false, "", err
	}
	if len(rs) != 1 || len(rs[0].Expressions) != 1 {
		return false, "", errors.New("enginebench: the query has no single result")
	}
	m, ok := rs[0].Expressions[0].Value.(map[string]any)
	if !ok {
		return false, "", errors.New("enginebench: the decision is not an object")
	}
	allowed, _ = m["allow"].(bool)
	reason, _ = m["reason"].(string)
	return allowed, reason, nil
}

package enginebench

import (
	_ "embed"
	"fmt"
	"time"

	"github.com/cedar-policy/cedar-go"
	"github.com/cedar-policy/cedar-go/types"
)

//go:embed policy.cedar
var cedarPolicy []byte

// Cedar is the Cedar policy set with the register as entities.
type Cedar struct {
	ps         *cedar.PolicySet
	activities types.EntityMap
	byID       map[string]types.EntityUID
}

var (
	personType   = types.EntityType("Person")
	activityType = types.EntityType("Activity")
	processUID   = types.NewEntityUID("Action", "process")
)

// NewCedar parses policy.cedar and makes an Activity entity of each
// activity in the register.
func NewCedar(register []Activity) (*Cedar, error) {
	list, err := cedar.NewPolicyListFromBytes("policy.cedar", cedarPolicy)
	if err != nil {
		return nil, err
	}
	// Each policy is known by its @id, so that a denial names its rule.
	ps := cedar.NewPolicySet()
	for i, p := range list {
		id := cedar.PolicyID(p.Annotations()["id"])
		if id == "" || !ps.Add(id, p) {
			return nil, fmt.Errorf("enginebench: policy %d of policy.cedar has no @id or a repeated one", i)
		}
	}
	c := &Cedar{ps: ps, activities: types.EntityMap{}, byID: map[string]types.EntityUID{}}
	for _, a := range register {
		uid := types.NewEntityUID(activityType, types.String(a.ID))
		bases := make([]types.Value, len(a.Bases))
		for i, b := range a.Bases {
			bases[i] = types.String(b.String())
		}
		attrs := types.RecordMap{
			"bases":             types.NewSet(bases...),
			"directMarketing":   types.Boolean(a.DirectMarketing),
			"offeredToChildren": types.Boolean(a.OfferedToChildren),
		}
		if a.WhileRestricted != "" {
			attrs["whileRestricted"] = types.String(a.WhileRestricted)
		}
		c.activities[uid] = types.Entity{UID: uid, Attributes: types.NewRecord(attrs)}
		c.byID[a.ID] = uid
	}
	return c, nil
}

// Entities is what one person's requests see: the person and the register's
// activities. A host serves entities from its own store through
// types.EntityGetter, as this does, rather than copying them into a map per
// request.
type Entities struct {
	person     types.Entity
	activities types.EntityMap
}

// Get implements types.EntityGetter.
func (e *Entities) Get(uid types.EntityUID) (types.Entity, bool) {
	if uid == e.person.UID {
		return e.person, true
	}
	ent, ok := e.activities[uid]
	return ent, ok
}

// Entities returns the entities for p's requests. The person's comesOfAge is
// midnight in London on the birthday of the age of digital consent (a
// 29 February birthday falls on 1 March in a common year, as time.Date
// normalises it): Cedar's datetimes have no calendar arithmetic in a time
// zone, so the host computes it once.
func (c *Cedar) Entities(p Person) *Entities {
	uid := types.NewEntityUID(personType, types.String(p.ID))
	attrs := types.RecordMap{}
	if !p.Born.IsZero() {
		y, m, d := p.Born.In(London).Date()
		attrs["comesOfAge"] = types.NewDatetime(Day(y+DigitalConsentAge, m, d))
	}
	return &Entities{person: types.Entity{UID: uid, Attributes: types.NewRecord(attrs)}, activities: c.activities}
}

// Request is the host-side Go a Cedar user writes for the rules Cedar
// cannot express over dated records: it picks the latest consent to the
// activity given at or before at, the objections in force at at (and those
// of them with no compelling grounds recorded by then) and whether a
// restriction is in force, and builds the request's context. Whether an
// objection reaches the activity, and everything else, is left to the
// policy.
func (c *Cedar) Request(p Person, activity string, at time.Time) cedar.Request {
	resource, ok := c.byID[activity]
	if !ok {
		resource = types.NewEntityUID(activityType, types.String(activity))
	}
	ctx := types.RecordMap{"now": types.NewDatetime(at)}
	latest := -1
	for i, k := range p.Consents {
		if k.Activity == activity && !k.Given.After(at) && (latest < 0 || k.Given.After(p.Consents[latest].Given)) {
			latest = i
		}
	}
	if latest >= 0 {
		k := p.Consents[latest]
		rec := types.RecordMap{"given": types.NewDatetime(k.Given), "byParent": types.Boolean(k.ByParent)}
		if !k.Withdrawn.IsZero() {
			rec["withdrawn"] = types.NewDatetime(k.Withdrawn)
		}
		ctx["consent"] = types.NewRecord(rec)
	}
	var scopes, standing []types.Value
	var objected, standingActs []types.Value
	for _, o := range p.Objections {
		if o.When.After(at) || (!o.Lifted.IsZero() && !at.Before(o.Lifted)) {
			continue
		}
		open := o.Grounds.IsZero() || o.Grounds.After(at)
		if o.Scope == ScopeActivity {
			uid := types.NewEntityUID(activityType, types.String(o.Activity))
			objected = append(objected, uid)
			if open {
				standingActs = append(standingActs, uid)
			}
			continue
		}
		scopes = append(scopes, types.String(o.Scope))
		if open {
			standing = append(standing, types.String(o.Scope))
		}
	}
	ctx["objections"] = types.NewSet(scopes...)
	ctx["standing"] = types.NewSet(standing...)
	ctx["objectedActivities"] = types.NewSet(objected...)
	ctx["standingActivities"] = types.NewSet(standingActs...)
	restricted := false
	for _, r := range p.Restrictions {
		if !r.Start.After(at) && (r.End.IsZero() || at.Before(r.End)) {
			restricted = true
			break
		}
	}
	ctx["restricted"] = types.Boolean(restricted)
	return cedar.Request{
		Principal: types.NewEntityUID(personType, types.String(p.ID)),
		Action:    processUID,
		Resource:  resource,
		Context:   types.NewRecord(ctx),
	}
}

// cedarPriority orders the forbid policies as the other engines order their
// rules, so that a denial names the same reason.
var cedarPriority = []cedar.PolicyID{
	"restricted", "direct-marketing-objection", "objection", "no-consent",
	"consent-withdrawn", "parental-consent-missing",
}

// Authorize decides the request. The reason is the first forbid policy, in
// the other engines' order, that matched, or "" when allowed; err reports a
// policy that could not be evaluated (which Cedar skips).
func (c *Cedar) Authorize(e types.EntityGetter, req cedar.Request) (allowed bool, reason string, err error) {
	d, diag := cedar.Authorize(c.ps, e, req)
	if len(diag.Errors) > 0 {
		return false, "", diagError(diag.Errors[0])
	}
	if d == cedar.Allow {
		return true, "", nil
	}
	for _, id := range cedarPriority {
		for _, r := range diag.Reasons {
			if r.PolicyID == id {
				return false, string(id), nil
			}
		}
	}
	return false, "", nil
}

type diagError cedar.DiagnosticError

func (e diagError) Error() string { return "cedar: policy " + string(e.PolicyID) + ": " + e.Message }

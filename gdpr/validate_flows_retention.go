package gdpr

import (
	"strconv"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/retention"
)

// Codes of retention.
const (
	// CodeRetentionMissing: an activity names no retention rule and no rule
	// governs any of its data, so neither the period nor the criteria for
	// it are stated (Art. 13(2)(a), 14(2)(a), 30(1)(f)). Warning.
	CodeRetentionMissing Code = "gdpr/retention-missing"
	// CodeDataRetentionMissing: no retention rule governs a data category,
	// neither a rule for it nor a rule for an activity that processes it
	// (Art. 13(2)(a), 14(2)(a), 30(1)(f)). Warning.
	CodeDataRetentionMissing Code = "gdpr/data-retention-missing"
)

// retentionChecks judges the retention schedule (with
// [retention.Schedule.Check], built once per Validate call) and the
// activities and data categories no rule covers.
func (v *validator) retentionChecks() {
	st := v.flow
	if st.scheduleErr != nil {
		v.scheduleErrors(st.scheduleErr)
	} else if st.schedule != nil {
		for _, f := range st.schedule.CheckAt(v.regime, v.at) {
			f.Path = v.rulePath(f.Path)
			if len(f.Related) > 0 {
				rel := make([]string, len(f.Related))
				for i, r := range f.Related {
					rel[i] = v.rulePath(r)
				}
				f.Related = rel
			}
			v.add(f)
		}
	}
	var art string
	if len(st.noRetention)+len(st.noRetentionOf) > 0 {
		art = v.cite("Art. 13(2)(a), 14(2)(a), 30(1)(f)")
	}
	for _, i := range st.noRetention {
		v.add(Finding{Code: CodeRetentionMissing, Severity: basis.Warning, Path: indexPath("activities", i, ".retention"),
			Article: art,
			Message: "no retention period or criteria are recorded for the activity"})
	}
	for _, i := range st.noRetentionOf {
		v.add(Finding{Code: CodeDataRetentionMissing, Severity: basis.Warning, Path: basis.Index("data", i),
			Value: v.reg.Data[i].ID, Article: art,
			Message: "no retention period or criteria are recorded for the data category"})
	}
}

// rulePath turns the path of a schedule finding, `rules["id"].period`,
// into the register's path, `retention[3].period`. A path that names no
// rule of the register is "retention" followed by its remainder.
func (v *validator) rulePath(p string) string {
	st := v.flow
	rest, ok := strings.CutPrefix(p, "rules")
	if !ok {
		return p
	}
	if !strings.HasPrefix(rest, "[") {
		return "retention" + rest
	}
	q, err := strconv.QuotedPrefix(rest[1:])
	if err != nil || !strings.HasPrefix(rest[1+len(q):], "]") {
		return "retention" + rest
	}
	id, err := strconv.Unquote(q)
	if err != nil {
		return "retention" + rest
	}
	if st.ruleIndex == nil {
		st.ruleIndex = make(map[string]int, len(v.reg.Retention))
		for i := len(v.reg.Retention) - 1; i >= 0; i-- {
			st.ruleIndex[v.reg.Retention[i].ID] = i // the first of a repeated id
		}
	}
	i, ok := st.ruleIndex[id]
	if !ok {
		return "retention" + rest
	}
	return basis.Index("retention", i) + rest[1+len(q)+1:]
}

// scheduleErrors reports the input errors of [retention.NewSchedule] (rules
// with no id, a repeated id or an id too long, too many rules) as Error
// findings with their codes, at the register's paths: NewSchedule reports
// the rules at fault in order, so the k-th error is about the k-th such
// rule.
func (v *validator) scheduleErrors(err error) {
	var errs []*basis.InputError
	var walk func(error)
	walk = func(err error) {
		switch e := err.(type) {
		case *basis.InputError:
			errs = append(errs, e)
			if e.Err != nil {
				walk(e.Err)
			}
		case interface{ Unwrap() []error }:
			for _, e := range e.Unwrap() {
				walk(e)
			}
		}
	}
	walk(err)
	rules := v.reg.Retention
	var at []int // the rules at fault, in NewSchedule's order
	if len(rules) <= retention.MaxRules {
		seen := make(map[string]bool, len(rules))
		for i := range rules {
			id := rules[i].ID
			switch {
			case len(id) > retention.MaxIDLen, id == "", seen[id]:
				at = append(at, i)
			default:
				seen[id] = true
			}
		}
	}
	for k, e := range errs {
		path := "retention"
		if len(at) == len(errs) {
			path = basis.Index("retention", at[k]) + ".id"
		}
		v.add(Finding{Code: e.Code, Severity: basis.Error, Path: path, Value: e.Value, Message: e.Message})
	}
}

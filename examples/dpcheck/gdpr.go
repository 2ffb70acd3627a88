package main

import (
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/examples/registers"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// gdprChecker is the checker of the register package: gdpr.Decode,
// gdpr.Validate, the register's own accepted findings, and the five
// registers of package examples/registers.
type gdprChecker struct{}

func (gdprChecker) decode(data []byte) (any, error) {
	r, err := gdpr.Decode(data)
	if err != nil {
		return nil, err
	}
	return r, nil
}

func (gdprChecker) validate(reg any, at time.Time) basis.Findings {
	return gdpr.Validate(reg.(*gdpr.Register), at)
}

func (gdprChecker) accepted(reg any) []acceptance {
	r := reg.(*gdpr.Register)
	out := make([]acceptance, 0, len(r.Accepted))
	for _, a := range r.Accepted {
		x := acceptance{Code: a.Code, Path: a.Path, Regime: a.Regime, Reason: a.Reason, Who: a.By}
		if a.Date != (gdpr.Date{}) {
			x.Date = day{civil.FromYMD(a.Date.Year, a.Date.Month, a.Date.Day), true}
		}
		out = append(out, x)
	}
	return out
}

// bundledDir is where the bundled registers are in the repository, so
// that their positions can be found in an editor and in code review.
const bundledDir = "examples/registers/"

func (gdprChecker) bundled() ([]source, error) {
	var out []source
	for _, name := range registers.Names() {
		data, err := registers.Source(name)
		if err != nil {
			return nil, err
		}
		out = append(out, source{name: bundledDir + name + ".json", data: data})
	}
	return out, nil
}

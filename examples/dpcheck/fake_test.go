package main

import (
	"errors"
	"os"
	"path/filepath"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/strictjson"
	"github.com/dpmodel/dpmodel/recipient"
)

// fakeChecker stands in for the register package in the tests of the
// command's own behaviour: a small register format and a few dated rules,
// so that the output does not change when the real rules do.
type fakeChecker struct {
	bundledDir string // the directory of the "bundled" registers; "" for none
}

type fakeEvidence struct {
	Quote   string `json:"quote"`
	Locator string `json:"locator"`
}

type fakeRegister struct {
	Controller struct {
		Name string `json:"name"`
		DPO  *struct {
			Name     string       `json:"name"`
			Evidence fakeEvidence `json:"evidence"`
		} `json:"dpo"`
		Evidence fakeEvidence `json:"evidence"`
	} `json:"controller"`
	Transfers []struct {
		ID        string       `json:"id"`
		Mechanism string       `json:"mechanism"`
		Countries []string     `json:"countries"`
		Concluded string       `json:"concluded"`
		Evidence  fakeEvidence `json:"evidence"`
	} `json:"transfers"`
	Accepted   []acceptance `json:"accepted"`
	Activities []struct {
		ID      string `json:"id"`
		Purpose string `json:"purpose"`
		Grounds []struct {
			Basis string `json:"basis"`
			LIA   *struct {
				Balancing string `json:"balancing"`
			} `json:"lia"`
			Evidence fakeEvidence `json:"evidence"`
		} `json:"grounds"`
		Transfers []string     `json:"transfers"`
		Evidence  fakeEvidence `json:"evidence"`
	} `json:"activities"`
}

func (fakeChecker) decode(data []byte) (any, error) {
	var r fakeRegister
	if err := strictjson.Decode(data, &r, strictjson.Options{Prefix: "fake"}); err != nil {
		return nil, err
	}
	return &r, nil
}

var duaaDay = civil.MustParse("2026-02-05")

// oldClausesEnded asks the recipient package whether the old EU clauses
// have ended for UK transfers on the day of at, so that the fake agrees
// with the days the timeline finds from the same package.
func oldClausesEnded(at time.Time) bool {
	t := recipient.Transfer{Countries: []recipient.Country{"US"}, Mechanism: recipient.SCC2010}
	return t.Findings(basis.UK, at).Has(recipient.CodeTransitionEnded)
}

func (fakeChecker) validate(reg any, at time.Time) basis.Findings {
	r := reg.(*fakeRegister)
	d := civil.In(at, civil.London())
	var fs basis.Findings
	if r.Controller.DPO == nil {
		fs = append(fs, basis.Finding{Code: "fake/dpo-not-evidenced", Severity: basis.Info, Regime: basis.UK, Path: "controller.dpo",
			Article: basis.UK.Cite("Art. 13(1)(b)", at), Message: "The register does not say whether a data protection officer is designated."})
	}
	for i, t := range r.Transfers {
		p := basis.Index("transfers", i)
		if t.Mechanism == "eu-scc-2010" && oldClausesEnded(at) {
			f := basis.Finding{Code: "fake/old-clauses", Severity: basis.Error, Regime: basis.UK, Path: p + ".mechanism",
				Article: basis.UK.Cite("Art. 46(2)(c)", at), Value: t.Mechanism,
				Message: "The transfer relies on the old EU standard contractual clauses, which no longer protect UK transfers."}
			for j, a := range r.Activities {
				for _, id := range a.Transfers {
					if id == t.ID {
						f.Related = append(f.Related, basis.Index("activities", j))
					}
				}
			}
			fs = append(fs, f)
		}
		if c, err := civil.Parse(t.Concluded); err == nil && c.After(d) {
			fs = append(fs, basis.Finding{Code: "fake/not-yet-concluded", Severity: basis.Error, Regime: basis.UK, Path: p + ".concluded",
				Article: basis.UK.Cite("Art. 46(1)", at), Value: t.Concluded,
				Message: "The contract for the transfer had not been concluded yet."})
		}
	}
	for i, a := range r.Activities {
		for j, g := range a.Grounds {
			p := basis.Index(basis.Index("activities", i)+".grounds", j)
			switch {
			case g.Basis == "legitimate-interests" && g.LIA == nil:
				fs = append(fs, basis.Finding{Code: "fake/lia-missing", Severity: basis.Warning, Regime: basis.UK, Path: p + ".lia",
					Article: basis.UK.Cite("Art. 6(1)(f)", at), Message: "No legitimate interests assessment is recorded."})
			case g.Basis == "recognised-legitimate-interest" && d.Before(duaaDay):
				fs = append(fs, basis.Finding{Code: "fake/basis-not-in-force", Severity: basis.Error, Regime: basis.UK, Path: p + ".basis",
					Article: "UK GDPR Art. 6(1)(ea)", Value: g.Basis,
					Message: "Recognised legitimate interests are a lawful basis only from 2026-02-05."})
			}
		}
	}
	return fs
}

func (fakeChecker) accepted(reg any) []acceptance { return reg.(*fakeRegister).Accepted }

func (c fakeChecker) bundled() ([]source, error) {
	if c.bundledDir == "" {
		return nil, errors.New("this build has none")
	}
	names, err := filepath.Glob(filepath.Join(c.bundledDir, "*.json"))
	if err != nil {
		return nil, err
	}
	var out []source
	for _, n := range names {
		data, err := os.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, source{name: filepath.ToSlash(n), data: data})
	}
	return out, nil
}

package main

import (
	"encoding/json"
	"io"

	"github.com/dpmodel/dpmodel/basis"
)

// The JSON report (-format json). Its structure is documented in doc.go;
// members appear in the order of these fields, arrays in the order of the
// text report, so the same input always gives the same bytes.

type jsonReport struct {
	Tool       string         `json:"tool"`
	At         string         `json:"at"`
	Timeline   *jsonRange     `json:"timeline,omitempty"`
	Registers  []jsonRegister `json:"registers"`
	Summary    counts         `json:"summary"`
	ExitStatus int            `json:"exitStatus"`
	NextChange *jsonChange    `json:"nextChange,omitempty"`
}

type jsonRange struct {
	From string `json:"from"`
	To   string `json:"to"`
}

type jsonChange struct {
	Date    string   `json:"date"`
	Changes []string `json:"changes"`
}

type jsonRegister struct {
	File       string           `json:"file"`
	Controller string           `json:"controller,omitempty"`
	Problem    *jsonProblem     `json:"problem,omitempty"`
	Findings   []jsonFinding    `json:"findings"`
	Stale      []jsonAcceptance `json:"acceptedNotFound,omitempty"`
	Summary    counts           `json:"summary"`
	Timeline   *jsonTimeline    `json:"timeline,omitempty"`
}

type jsonProblem struct {
	File    string     `json:"file"`
	Code    basis.Code `json:"code"`
	Path    string     `json:"path,omitempty"`
	Line    int        `json:"line,omitempty"`
	Column  int        `json:"column,omitempty"`
	Value   string     `json:"value,omitempty"`
	Valid   []string   `json:"valid,omitempty"`
	Message string     `json:"message"`
}

type jsonFinding struct {
	Code     basis.Code      `json:"code"`
	Severity string          `json:"severity"`
	Regime   string          `json:"regime,omitempty"`
	Article  string          `json:"article,omitempty"`
	Message  string          `json:"message"`
	Value    string          `json:"value,omitempty"`
	Path     string          `json:"path"`
	Line     int             `json:"line,omitempty"`
	Column   int             `json:"column,omitempty"`
	Exact    bool            `json:"exact"`
	Activity *jsonActivity   `json:"activity,omitempty"`
	Evidence *jsonEvidence   `json:"evidence,omitempty"`
	Related  []jsonPlace     `json:"related,omitempty"`
	Accepted *jsonAcceptance `json:"accepted,omitempty"`
	Periods  []jsonPeriod    `json:"periods,omitempty"`
}

type jsonActivity struct {
	Index   int    `json:"index"`
	ID      string `json:"id,omitempty"`
	Purpose string `json:"purpose,omitempty"`
}

type jsonEvidence struct {
	Quote string `json:"quote"`
	Path  string `json:"path"`
}

type jsonPlace struct {
	Path   string `json:"path"`
	Line   int    `json:"line,omitempty"`
	Column int    `json:"column,omitempty"`
}

type jsonAcceptance struct {
	Code   basis.Code `json:"code"`
	Path   string     `json:"path"`
	Regime string     `json:"regime,omitempty"`
	Reason string     `json:"reason"`
	By     string     `json:"by,omitempty"`
	Date   string     `json:"date,omitempty"`
}

type jsonTimeline struct {
	From     string        `json:"from"`
	To       string        `json:"to"`
	Dates    []string      `json:"dates"`
	Findings []jsonFinding `json:"findings"`
}

type jsonPeriod struct {
	Start        string   `json:"start"`
	StartReasons []string `json:"startReasons,omitempty"`
	HeldAtStart  bool     `json:"heldAtStart"`
	End          string   `json:"end"`
	Stop         string   `json:"stop,omitempty"`
	StopReasons  []string `json:"stopReasons,omitempty"`
	HeldAtEnd    bool     `json:"heldAtEnd"`
}

func writeJSON(w io.Writer, rep *report) error {
	out := jsonReport{Tool: "dpcheck", At: rep.opt.at.String(), Registers: []jsonRegister{}, ExitStatus: rep.status}
	if rep.opt.hasRange {
		out.Timeline = &jsonRange{From: rep.opt.from.String(), To: rep.opt.to.String()}
		if evs := rep.next; len(evs) > 0 {
			nc := &jsonChange{Date: evs[0].date.String()}
			for _, e := range evs {
				nc.Changes = append(nc.Changes, e.label)
			}
			out.NextChange = nc
		}
	}
	for _, cf := range rep.files {
		r := jsonRegister{File: cf.name, Controller: cf.controller, Findings: []jsonFinding{}}
		if p := cf.problem; p != nil {
			r.Problem = &jsonProblem{File: p.file, Code: p.Code, Path: p.Path, Line: p.Line, Column: p.Column,
				Value: p.Value, Valid: p.Valid, Message: plainMessage(p.Message)}
		} else {
			r.Summary = cf.counts()
			out.Summary.add(r.Summary)
		}
		for _, it := range cf.items {
			r.Findings = append(r.Findings, jsonItem(cf, it))
		}
		for _, a := range cf.stale {
			r.Stale = append(r.Stale, jsonAccept(a))
		}
		if tl := cf.timeline; tl != nil {
			jt := &jsonTimeline{From: tl.from.String(), To: tl.to.String(), Findings: []jsonFinding{}}
			for _, d := range tl.dates {
				jt.Dates = append(jt.Dates, d.String())
			}
			for _, e := range tl.entries {
				it := e.item
				for i := range cf.accepted {
					if cf.accepted[i].accepts(it.Finding, rep.opt.at) {
						it.accepted = &cf.accepted[i]
						break
					}
				}
				f := jsonItem(cf, it)
				for _, p := range e.periods {
					jp := jsonPeriod{Start: p.start.String(), StartReasons: p.startWhy, HeldAtStart: p.atRangeStart,
						End: p.end.String(), StopReasons: p.stopWhy, HeldAtEnd: p.atRangeEnd}
					if !p.atRangeEnd {
						jp.Stop = p.stop.String()
					}
					f.Periods = append(f.Periods, jp)
				}
				jt.Findings = append(jt.Findings, f)
			}
			r.Timeline = jt
		}
		out.Registers = append(out.Registers, r)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func jsonItem(cf *checkedFile, it item) jsonFinding {
	f := jsonFinding{Code: it.Code, Severity: it.Severity.String(), Article: it.Article, Message: it.Message,
		Value: it.Value, Path: it.Path, Line: it.pos.Line, Column: it.pos.Column, Exact: it.exact}
	if it.Regime.IsValid() {
		f.Regime = it.Regime.String()
	}
	if it.activity >= 0 {
		id, purpose := cf.activityLabel(it.activity)
		f.Activity = &jsonActivity{Index: it.activity, ID: id, Purpose: purpose}
	}
	if it.evidence != "" {
		f.Evidence = &jsonEvidence{Quote: it.evidence, Path: it.evidencePath}
	}
	for _, r := range it.related {
		f.Related = append(f.Related, jsonPlace{Path: r.path, Line: r.pos.Line, Column: r.pos.Column})
	}
	if it.accepted != nil {
		a := jsonAccept(*it.accepted)
		f.Accepted = &a
	}
	return f
}

func jsonAccept(a acceptance) jsonAcceptance {
	j := jsonAcceptance{Code: a.Code, Path: a.Path, Reason: a.Reason, By: a.Who, Date: a.Date.String()}
	if a.Regime.IsValid() {
		j.Regime = a.Regime.String()
	}
	return j
}

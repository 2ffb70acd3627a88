package main

import (
	"errors"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// checkedFile is what the command found in one register file.
type checkedFile struct {
	name       string
	doc        *document // nil when the text could not be read as JSON
	controller string    // the controller's name as the file gives it
	problem    *problem  // why the file could not be checked; nil when it was
	items      []item    // the findings, in the order of basis.Findings.Sort
	stale      []acceptance
	timeline   *timeline // nil without -timeline
	reg        any       // the decoded register; nil when there is a problem
	accepted   []acceptance
}

// problem is input that cannot be used: a file that is not a register, a
// bad file of accepted findings.
type problem struct {
	file string // the file the problem is in
	basis.InputError
}

// item is one finding with what the command adds to it: where it is in
// the file, the evidence it rests on, the activity it belongs to and
// whether it was accepted.
type item struct {
	basis.Finding
	activity     int      // index of the activity the path is under; -1 for the register
	pos          position // of the element, or of its nearest ancestor in the file
	exact        bool     // pos is the element's own
	evidence     string   // the quote the element (or its nearest ancestor with one) rests on
	evidencePath string   // the path of the element the evidence belongs to
	related      []place
	accepted     *acceptance
}

// place is another element a finding involves.
type place struct {
	path string
	pos  position
}

// activityOf returns the index of the activity a path is under, or -1.
func activityOf(path string) int {
	segs, ok := parsePath(path)
	if !ok || len(segs) < 2 || segs[0].isIndex || segs[0].name != "activities" || !segs[1].isIndex {
		return -1
	}
	return segs[1].index
}

// activityLabel returns the id and purpose of activity i as the file
// writes them.
func (c *checkedFile) activityLabel(i int) (id, purpose string) {
	if c.doc == nil {
		return "", ""
	}
	acts := c.doc.root.member("activities")
	if acts == nil || acts.kind != '[' || i >= len(acts.elems) {
		return "", ""
	}
	a := acts.elems[i]
	return a.text("id"), a.text("purpose")
}

// counts are the numbers of findings by kind; accepted ones are counted
// only as accepted.
type counts struct {
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	Infos    int `json:"infos"`
	Accepted int `json:"accepted"`
}

func (n *counts) add(m counts) {
	n.Errors += m.Errors
	n.Warnings += m.Warnings
	n.Infos += m.Infos
	n.Accepted += m.Accepted
}

func (c *checkedFile) counts() counts {
	var n counts
	for _, it := range c.items {
		switch {
		case it.accepted != nil:
			n.Accepted++
		case it.Severity >= basis.Error:
			n.Errors++
		case it.Severity == basis.Warning:
			n.Warnings++
		default:
			n.Infos++
		}
	}
	return n
}

// instant returns the time a calendar date is validated at: noon UTC,
// which falls on the same calendar date in London and in Brussels, so
// both regimes judge the day d.
func instant(d civil.Date) time.Time {
	y, m, dd := d.YMD()
	return time.Date(y, m, dd, 12, 0, 0, 0, time.UTC)
}

// check decodes and validates one source as of day at.
func check(c checker, src source, at civil.Date) *checkedFile {
	cf := &checkedFile{name: src.name}
	if doc, err := parseDocument(src.data); err == nil {
		cf.doc = doc
		cf.controller = doc.root.text("controller", "name")
	}
	reg, err := c.decode(src.data)
	if err != nil {
		cf.problem = cf.inputProblem(src.name, src.data, err)
		return cf
	}
	accepted := c.accepted(reg)
	cf.reg, cf.accepted = reg, accepted
	cf.items = cf.describe(c.validate(reg, instant(at)), accepted, at)
	return cf
}

// describe turns findings into items and matches the acceptances.
func (cf *checkedFile) describe(fs basis.Findings, accepted []acceptance, at civil.Date) []item {
	fs = append(basis.Findings(nil), fs...)
	fs.Sort()
	items := make([]item, len(fs))
	used := make([]bool, len(accepted))
	for i, f := range fs {
		it := cf.item(f)
		for j := range accepted {
			a := &accepted[j]
			if a.accepts(f, at) {
				it.accepted = a
				used[j] = true
				break
			}
		}
		items[i] = it
	}
	cf.stale = nil
	for j, a := range accepted {
		if !used[j] {
			cf.stale = append(cf.stale, a)
		}
	}
	return items
}

// item returns f with its place in the file, its evidence and its
// activity.
func (cf *checkedFile) item(f basis.Finding) item {
	it := item{Finding: f, activity: activityOf(f.Path)}
	if cf.doc != nil {
		it.pos, it.exact = cf.doc.locate(f.Path)
		it.evidence, it.evidencePath = cf.doc.evidence(f.Path)
		for _, r := range f.Related {
			p, _ := cf.doc.locate(r)
			it.related = append(it.related, place{r, p})
		}
	}
	return it
}

// samePath reports whether two paths name the same element, whether a
// member is written .name or ["name"].
func samePath(a, b string) bool {
	if a == b {
		return true
	}
	sa, ok1 := parsePath(a)
	sb, ok2 := parsePath(b)
	return ok1 && ok2 && formatPath(sa) == formatPath(sb)
}

// inputProblem describes err, giving it a line and column from the text
// where the decoder did not.
func (cf *checkedFile) inputProblem(file string, data []byte, err error) *problem {
	p := &problem{file: file}
	var ie *basis.InputError
	if errors.As(err, &ie) {
		p.InputError = *ie
	} else {
		p.Code = codeUnreadable
		p.Message = err.Error()
	}
	if p.Line == 0 && p.Path != "" {
		if doc, err := parseDocument(data); err == nil {
			pos, _ := doc.locate(p.Path)
			p.Line, p.Column = pos.Line, pos.Column
		}
	}
	return p
}

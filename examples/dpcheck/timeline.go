package main

import (
	"errors"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
)

// timeline is, for one register, when each finding holds within a range
// of days. The register is validated on the first and last day of the
// range and on every day within it on which a dated change the packages
// know (see lawEvents) or a date written in the register (see
// registerEvents) may change the findings; between two such days the
// findings stay as they were on the first.
type timeline struct {
	from, to civil.Date
	dates    []civil.Date // the days validated, in order
	entries  []timelineEntry
}

// timelineEntry is one finding and the periods in which it holds.
type timelineEntry struct {
	item    item // as first seen in the range
	periods []period
}

// period is a run of days on which a finding holds.
type period struct {
	start        civil.Date // first day it holds (or the range's first day)
	startWhy     []string   // what changed on start
	atRangeStart bool       // it already holds on the range's first day
	end          civil.Date // last day it holds (or the range's last day)
	stop         civil.Date // first day it no longer holds; zero when atRangeEnd
	stopWhy      []string   // what changed on stop
	atRangeEnd   bool       // it still holds on the range's last day
}

// parseRange reads FROM..TO.
func parseRange(s string) (from, to civil.Date, err error) {
	a, b, ok := strings.Cut(s, "..")
	if !ok {
		return 0, 0, errors.New("a timeline is written FROM..TO, such as 2020-01-01..2026-12-31")
	}
	if from, err = civil.Parse(a); err != nil {
		return 0, 0, errors.New("the first day of the timeline, " + quoteInput(a) + ", is not a date written as year-month-day")
	}
	if to, err = civil.Parse(b); err != nil {
		return 0, 0, errors.New("the last day of the timeline, " + quoteInput(b) + ", is not a date written as year-month-day")
	}
	if to.Before(from) {
		return 0, 0, errors.New("the timeline ends (" + to.String() + ") before it starts (" + from.String() + ")")
	}
	return from, to, nil
}

// findingKey identifies a finding across days: its code, where it is and
// the regime it is judged under (its message and article may name the
// day or the instrument in force).
func findingKey(f basis.Finding) string {
	return string(f.Code) + "\x00" + f.Path + "\x00" + f.Regime.String()
}

// buildTimeline validates cf's register on the days of the range on which
// its findings may change.
//
// Each entry shows the finding as it stood on the last day validated on
// or before at on which it held, or else on the first day it held, so
// that its article and message are those of the report's date.
func buildTimeline(c checker, cf *checkedFile, from, to, at civil.Date, law []event) *timeline {
	evs := append(append([]event(nil), law...), registerEvents(cf.doc)...)
	evs = sortEvents(evs)
	tl := &timeline{from: from, to: to, dates: []civil.Date{from}}
	byDay := map[civil.Date][]event{}
	for _, e := range evs {
		if e.date.After(from) && !e.date.After(to) {
			if len(byDay[e.date]) == 0 {
				tl.dates = append(tl.dates, e.date)
			}
			byDay[e.date] = append(byDay[e.date], e)
		}
	}
	if to != from && len(byDay[to]) == 0 {
		tl.dates = append(tl.dates, to)
	}
	index := map[string]int{} // key → entry
	open := map[string]int{}  // key → open period of its entry
	var firsts basis.Findings
	for i, d := range tl.dates {
		fs := c.validate(cf.reg, instant(d))
		seen := map[string]bool{}
		for _, f := range fs {
			k := findingKey(f)
			if seen[k] {
				continue
			}
			seen[k] = true
			if e, ok := index[k]; ok && !d.After(at) {
				tl.entries[e].item = cf.item(f)
			}
			if _, ok := open[k]; ok {
				continue
			}
			e, ok := index[k]
			if !ok {
				e = len(tl.entries)
				index[k] = e
				tl.entries = append(tl.entries, timelineEntry{item: cf.item(f)})
				firsts = append(firsts, f)
			}
			p := period{start: d, atRangeStart: i == 0}
			if i > 0 {
				p.startWhy = relevant(byDay[d], f)
			}
			open[k] = len(tl.entries[e].periods)
			tl.entries[e].periods = append(tl.entries[e].periods, p)
		}
		for k, pi := range open {
			if seen[k] {
				continue
			}
			e := index[k]
			p := &tl.entries[e].periods[pi]
			p.stop, p.end = d, d.AddDays(-1)
			p.stopWhy = relevant(byDay[d], tl.entries[e].item.Finding)
			delete(open, k)
		}
	}
	for k, pi := range open {
		p := &tl.entries[index[k]].periods[pi]
		p.end, p.atRangeEnd = to, true
	}
	// Order the entries as findings are ordered.
	firsts.Sort()
	sorted := make([]timelineEntry, 0, len(tl.entries))
	for _, f := range firsts {
		sorted = append(sorted, tl.entries[index[findingKey(f)]])
	}
	tl.entries = sorted
	return tl
}

package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// writeText writes the report for people: each file's findings grouped
// by activity, with the rule, the place in the file and the evidence, then
// a summary line per file and for all of them.
func writeText(w io.Writer, rep *report) error {
	b := bufio.NewWriter(w)
	n := len(rep.files)
	fmt.Fprintf(b, "Data-protection check of %s, applying the law as it stood on %s.\n", plural(n, "register file", "register files"), rep.opt.at)
	if rep.opt.at == rep.opt.today {
		b.WriteString("(That is today; check another day with -at YYYY-MM-DD.)\n")
	}
	var total counts
	for _, cf := range rep.files {
		b.WriteString("\n")
		writeFileText(b, cf, rep.opt)
		if cf.problem == nil {
			total.add(cf.counts())
		}
	}
	if n > 1 {
		fmt.Fprintf(b, "\nAll %d files: %s.\n", n, summary(total))
	}
	if rep.opt.hasRange {
		if len(rep.next) > 0 {
			fmt.Fprintf(b, "\nThe next dated change in the law that the checker knows after %s is on %s:\n", rep.opt.at, rep.next[0].date)
			for _, e := range rep.next {
				fmt.Fprintf(b, "  %s\n", e.label)
			}
		} else {
			fmt.Fprintf(b, "\nThe checker knows no dated change in the law after %s.\n", rep.opt.at)
		}
	}
	b.WriteString("\n")
	switch rep.status {
	case exitClean:
		b.WriteString("Verdict: no error remains that has not been accepted.\n")
	case exitErrors:
		fmt.Fprintf(b, "Verdict: %s not accepted: the register records processing the law does not allow, or leaves out what it requires.\n", plural(total.Errors, "error is", "errors are"))
	default:
		b.WriteString("Verdict: some files could not be checked; see above.\n")
	}
	b.WriteString("Error: unlawful as recorded. Warning: a likely gap. Info: a fact the register does not record, or guidance.\n")
	return b.Flush()
}

func writeFileText(b *bufio.Writer, cf *checkedFile, opt options) {
	title := cf.name
	if cf.controller != "" {
		title += ": " + cf.controller
	}
	fmt.Fprintf(b, "== %s ==\n", title)
	if cf.problem != nil {
		fmt.Fprintf(b, "This file cannot be checked.\n  %s\n", cf.problem.describe())
		return
	}
	if len(cf.items) == 0 {
		b.WriteString("No findings.\n")
	}
	forEachGroup(cf, cf.items, func(heading string, items []item) {
		fmt.Fprintf(b, "\n%s\n", heading)
		for _, it := range items {
			writeItemText(b, cf, it, "  ")
		}
	})
	if len(cf.stale) > 0 {
		fmt.Fprintf(b, "\nAccepted findings not reported on %s (the acceptance can be removed):\n", opt.at)
		for _, a := range cf.stale {
			line := "  " + string(a.Code) + " at " + orRegister(a.Path)
			if by := strings.TrimSuffix(acceptedBy(a), ". "); by != "" {
				line += " (accepted " + strings.ToLower(by[:1]) + by[1:] + ")"
			}
			fmt.Fprintln(b, line)
		}
	}
	fmt.Fprintf(b, "\nSummary for %s: %s.\n", cf.name, summary(cf.counts()))
	if cf.timeline != nil {
		writeTimelineText(b, cf, opt)
	}
}

// forEachGroup calls fn for the findings about the register as a whole,
// then for those of each activity in the register's order.
func forEachGroup(cf *checkedFile, items []item, fn func(heading string, items []item)) {
	var reg []item
	byAct := map[int][]item{}
	var order []int
	for _, it := range items {
		if it.activity < 0 {
			reg = append(reg, it)
			continue
		}
		if _, ok := byAct[it.activity]; !ok {
			order = append(order, it.activity)
		}
		byAct[it.activity] = append(byAct[it.activity], it)
	}
	if len(reg) > 0 {
		fn("The register as a whole", reg)
	}
	// Activities in register order (paths sort numerically, so order is
	// already ascending).
	for _, i := range order {
		fn(activityHeading(cf, i), byAct[i])
	}
}

func activityHeading(cf *checkedFile, i int) string {
	id, purpose := cf.activityLabel(i)
	h := "Activity " + strconv.Itoa(i+1)
	if id != "" {
		h += " " + strconv.Quote(id)
	}
	if purpose != "" {
		h += ": " + purpose
	}
	return h
}

func writeItemText(b *bufio.Writer, cf *checkedFile, it item, indent string) {
	sev := severityWord(it.Severity)
	if it.accepted != nil {
		sev = "Accepted " + strings.ToLower(sev)
	}
	fmt.Fprintf(b, "%s%s: %s\n", indent, sev, it.Message)
	in := indent + "  "
	rule := string(it.Code)
	if it.Article != "" {
		rule = it.Article + " [" + rule + "]"
	}
	if it.Regime.IsValid() && !(it.Regime == basis.UK && strings.HasPrefix(it.Article, "UK ")) {
		rule += ", under " + strings.ToUpper(it.Regime.String()) + " law"
	}
	fmt.Fprintf(b, "%sRule:     %s\n", in, rule)
	if it.Value != "" && !strings.Contains(it.Message, strconv.Quote(it.Value)) {
		fmt.Fprintf(b, "%sValue:    %s\n", in, text.Quote(it.Value))
	}
	fmt.Fprintf(b, "%sWhere:    %s\n", in, where(cf, it))
	if it.evidence != "" {
		fmt.Fprintf(b, "%sEvidence: %s\n", in, quoteEvidence(it.evidence))
	} else {
		fmt.Fprintf(b, "%sEvidence: none recorded\n", in)
	}
	for i, r := range it.related {
		if i == maxRelated && len(it.related) > maxRelated+1 {
			var rest []string
			for _, r := range it.related[i:] {
				rest = append(rest, r.path+cf.idNote(r.path))
			}
			fmt.Fprintf(b, "%sSee also: %d more: %s\n", in, len(rest), strings.Join(rest, "; "))
			break
		}
		if cf.doc == nil {
			fmt.Fprintf(b, "%sSee also: %s\n", in, r.path)
			continue
		}
		fmt.Fprintf(b, "%sSee also: %s:%d:%d, at %s%s\n", in, cf.name, r.pos.Line, r.pos.Column, r.path, cf.idNote(r.path))
	}
	if a := it.accepted; a != nil {
		fmt.Fprintf(b, "%sAccepted: %s\n", in, acceptedBy(*a)+"Reason: "+reasonText(a.Reason))
	}
}

// maxRelated is how many related elements the text report places by line
// and column before listing the rest by path.
const maxRelated = 3

// where says where the element of a finding is: the file, line and
// column, and the path; when the file does not have the element (a
// member left out), the place of the nearest element it does have.
func where(cf *checkedFile, it item) string {
	if cf.doc == nil {
		return cf.name + ", at " + orRegister(it.Path)
	}
	s := fmt.Sprintf("%s:%d:%d, at %s%s", cf.name, it.pos.Line, it.pos.Column, orRegister(it.Path), cf.idNote(it.Path))
	if !it.exact {
		s += "; not written in the file, so the place is that of the nearest element that is"
	}
	return s
}

// idNote names the element of the register a path is in by its id, such
// as ` (in "payroll-us")`, when the element has one.
func (cf *checkedFile) idNote(path string) string {
	if cf.doc == nil {
		return ""
	}
	segs, ok := parsePath(path)
	if !ok || len(segs) < 2 || !segs[1].isIndex {
		return ""
	}
	chain, _ := cf.doc.lookup(formatPath(segs[:2]))
	if len(chain) < 3 {
		return ""
	}
	if id := chain[2].text("id"); id != "" {
		return ", in " + strconv.Quote(id)
	}
	return ""
}

func orRegister(path string) string {
	if path == "" {
		return "the register itself"
	}
	return path
}

func severityWord(s basis.Severity) string {
	switch s {
	case basis.Error:
		return "Error"
	case basis.Warning:
		return "Warning"
	case basis.Info:
		return "Info"
	}
	return "Finding"
}

// summary returns "3 errors, 5 warnings, 2 infos, 1 accepted".
func summary(n counts) string {
	return plural(n.Errors, "error", "errors") + ", " + plural(n.Warnings, "warning", "warnings") + ", " +
		plural(n.Infos, "info", "infos") + ", " + strconv.Itoa(n.Accepted) + " accepted"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

func writeTimelineText(b *bufio.Writer, cf *checkedFile, opt options) {
	tl := cf.timeline
	fmt.Fprintf(b, "\nTimeline of %s from %s to %s\n", cf.name, tl.from, tl.to)
	fmt.Fprintf(b, "(checked on %s: the first and last day of the range and each day within it on which a dated change in the law, or a date in the register, may change the findings)\n",
		plural(len(tl.dates), "day", "days"))
	if len(tl.entries) == 0 {
		b.WriteString("No findings on any of those days.\n")
		return
	}
	items := make([]item, len(tl.entries))
	periods := map[string][]period{}
	for i, e := range tl.entries {
		items[i] = e.item
		periods[findingKey(e.item.Finding)] = e.periods
	}
	forEachGroup(cf, items, func(heading string, items []item) {
		fmt.Fprintf(b, "\n%s\n", heading)
		for _, it := range items {
			sev := severityWord(it.Severity)
			for i := range cf.accepted {
				if cf.accepted[i].accepts(it.Finding, opt.at) {
					sev = "Accepted " + strings.ToLower(sev)
					break
				}
			}
			fmt.Fprintf(b, "  %s: %s\n", sev, it.Message)
			fmt.Fprintf(b, "    Rule:     %s [%s]\n", it.Article, it.Code)
			fmt.Fprintf(b, "    Where:    %s\n", where(cf, it))
			for _, p := range periods[findingKey(it.Finding)] {
				writePeriodText(b, p, opt)
			}
		}
	})
}

func writePeriodText(b *bufio.Writer, p period, opt options) {
	future := func(d fmt.Stringer, now, later string) string {
		if d.String() > opt.today.String() {
			return later
		}
		return now
	}
	if p.atRangeStart {
		fmt.Fprintf(b, "    Already holds on %s, the first day of the range.\n", p.start)
	} else {
		fmt.Fprintf(b, "    %s on %s%s.\n", future(p.start, "Starts to hold", "Will start to hold"), p.start, because(p.startWhy))
	}
	if p.atRangeEnd {
		fmt.Fprintf(b, "    Still holds on %s, the last day of the range.\n", p.end)
	} else {
		fmt.Fprintf(b, "    %s on %s%s.\n", future(p.stop, "Stops holding", "Will stop holding"), p.stop, because(p.stopWhy))
	}
}

func because(why []string) string {
	if len(why) == 0 {
		return ""
	}
	return ": " + strings.Join(why, "; ")
}

// quoteEvidence puts the evidence in quotation marks as it is written,
// on one line.
func quoteEvidence(s string) string {
	return "\u201c" + strings.Join(strings.Fields(s), " ") + "\u201d"
}

// acceptedBy says when and by whom a finding was accepted, as far as the
// register records it: "On 2024-05-02 by Jane Smith. ".
func acceptedBy(a acceptance) string {
	s := ""
	if a.Date.set {
		s = "On " + a.Date.String()
	}
	if a.Who != "" {
		if s == "" {
			s = "By " + a.Who
		} else {
			s += " by " + a.Who
		}
	}
	if s != "" {
		s += ". "
	}
	return s
}

func reasonText(r string) string {
	if strings.TrimSpace(r) == "" {
		return "none recorded"
	}
	return r
}

package main

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/recipient"
)

// event is a day on which the findings of a register may change: a
// dated change in the law that the packages know, or a date written in
// the register itself.
type event struct {
	date    civil.Date
	regime  basis.Regime // the regime it belongs to; zero for both
	label   string       // what changes, in plain words
	subject string       // for events merged by sortEvents: what the label is about
	verb    string       // for events merged by sortEvents: what happens to the subject
	article string       // the provisions behind it, for matching findings
	path    string       // for a date of the register, the element it is in
}

// changeLabels says in plain words what each dated change of basis does.
var changeLabels = map[basis.Change]string{
	basis.GDPRApplies:                       "the GDPR applies",
	basis.UKGDPR:                            "the UK GDPR replaces the EU GDPR in the UK",
	basis.ReasonableSearch:                  "an access request needs only a reasonable and proportionate search (UK)",
	basis.RecognisedLegitimateInterests:     "recognised legitimate interests become a lawful basis (UK)",
	basis.CompatibilityArt8A:                "Art. 8A replaces Art. 6(4) on further compatible purposes (UK)",
	basis.TimeLimitsArt12A:                  "the Art. 12A time limits apply to new requests (UK)",
	basis.AutomatedDecisionsArt22A:          "Arts. 22A to 22D on automated decisions apply (UK)",
	basis.TransfersArt44A:                   "the new rules on international transfers, Arts. 44A to 45B, apply (UK)",
	basis.StorageAccessScheduleA1:           "the new exceptions for cookies and similar technologies, PECR Sch. A1, apply (UK)",
	basis.CharitySoftOptIn:                  "the charity soft opt-in for marketing, PECR reg. 22(3A), applies (UK)",
	basis.ComplaintsToController:            "people must first be able to complain to the controller, DPA 2018 s.164A (UK)",
	basis.ResearchArt84B:                    "research must meet the Art. 84B safeguards (UK)",
	basis.ElectedRepresentativesGracePeriod: "former elected representatives keep their status for 30 days (UK)",
}

// lawEvents returns the dated changes the packages know: the commencement
// of every change of basis.AllChanges, the first and last days of every
// adequacy decision or regulations of recipient.AdequacyEntries, and the
// days in (from, to] on which transfer mechanisms start or stop being
// available (see mechanismEvents).
func lawEvents(from, to civil.Date) []event {
	var evs []event
	for _, c := range basis.AllChanges() {
		r := c.Regime()
		loc := r.Location()
		if r == 0 {
			loc = basis.EU.Location()
		}
		label, ok := changeLabels[c]
		if !ok {
			label = "change " + c.String() + " in force"
		}
		evs = append(evs, event{date: civil.In(c.Commencement(), loc), regime: r, label: label, article: c.Article()})
	}
	for _, r := range basis.AllRegimes() {
		for e := range recipient.AdequacyEntries(r) {
			who := "EU adequacy decision"
			if r == basis.UK {
				who = "UK adequacy regulations"
			}
			name := basis.Country(e.Country).Name()
			if name == "" {
				name = string(e.Country)
			}
			desc := who + " for " + name + " (" + e.Instrument + ")"
			evs = append(evs, event{date: civil.In(e.From, r.Location()), regime: r, label: desc + " in force", article: "Art. 45"})
			if !e.Until.IsZero() {
				evs = append(evs, event{date: civil.In(e.Until, r.Location()).AddDays(1), regime: r, label: desc + " no longer in force", article: "Art. 45"})
			}
		}
	}
	evs = append(evs, mechanismEvents(from, to)...)
	return sortEvents(evs)
}

// sortEvents orders events by date, regime and label, drops repeats and
// merges the events of one day and regime that say the same of different
// subjects ("A and B can no longer be relied on for UK transfers").
func sortEvents(evs []event) []event {
	evs = mergeEvents(evs)
	slices.SortStableFunc(evs, func(a, b event) int {
		if a.date != b.date {
			return int(a.date - b.date)
		}
		if a.regime != b.regime {
			return int(a.regime) - int(b.regime)
		}
		return strings.Compare(a.label, b.label)
	})
	return slices.CompactFunc(evs, func(a, b event) bool { return a == b })
}

func mergeEvents(evs []event) []event {
	var out []event
	index := map[[3]string]int{}
	for _, e := range evs {
		if e.subject == "" {
			out = append(out, e)
			continue
		}
		k := [3]string{e.date.String(), e.regime.String(), e.verb}
		i, ok := index[k]
		if !ok {
			index[k] = len(out)
			e.label = joinSubjects(e.subject) + e.verb
			out = append(out, e)
			continue
		}
		m := &out[i]
		m.subject += "\x00" + e.subject
		m.label = joinSubjects(m.subject) + e.verb
		if !strings.Contains(m.article, e.article) {
			m.article += "; " + e.article
		}
	}
	return out
}

// joinSubjects writes the subjects of a merged event (separated by NUL)
// as "A, B and C".
func joinSubjects(s string) string {
	subjects := strings.Split(s, "\x00")
	if len(subjects) == 1 {
		return s
	}
	return strings.Join(subjects[:len(subjects)-1], ", ") + " and " + subjects[len(subjects)-1]
}

// registerEvents returns the dates written in a register: each date and
// the day after it, since a finding may change on the day a thing starts
// and on the day after the last day of a thing that ends.
func registerEvents(doc *document) []event {
	if doc == nil {
		return nil
	}
	var evs []event
	doc.dates(func(path, text string) {
		d, err := civil.Parse(text)
		if err != nil {
			return
		}
		evs = append(evs,
			event{date: d, label: "the register's date " + text + " (" + path + ")", path: path},
			event{date: d.AddDays(1), label: "the day after the register's date " + text + " (" + path + ")", path: path})
	})
	return evs
}

// The mechanism windows: recipient knows, for each transfer mechanism and
// regime, the first and last days it can be relied on and the last day a
// new contract may be concluded on it, but does not export them (it
// exports the adequacy entries only). Until it does, mechanismEvents finds
// them from the package's own transfer check: the findings of a transfer to the
// United States on the mechanism says "not yet in force" before the first
// day, "invalidated" or "transition ended" after the last, "conclusion
// missing" once new contracts are no longer allowed and "other regime"
// where the mechanism is the other regime's. The check is sampled every
// month of the range and each change is found to the day by bisection (no
// window of the law is shorter than a month).

// Bits of a mechanism's state on a day, as the transfer check reports it.
const (
	stNotYet uint8 = 1 << iota
	stEnded
	stNoNewContracts
	stOtherRegime
)

func mechanismState(t recipient.Transfer, r basis.Regime, d civil.Date) uint8 {
	fs := t.Findings(r, instant(d))
	var s uint8
	if fs.Has(recipient.CodeNotYetInForce) {
		s |= stNotYet
	}
	if fs.Has(recipient.CodeTransitionEnded) || fs.Has(recipient.CodeInvalidated) {
		s |= stEnded
	}
	if fs.Has(recipient.CodeConclusionMissing) {
		s |= stNoNewContracts
	}
	if fs.Has(recipient.CodeOtherRegime) {
		s |= stOtherRegime
	}
	return s
}

// mechanismEvents returns the days in (from, to] on which a transfer
// mechanism starts or stops being available under either regime.
func mechanismEvents(from, to civil.Date) []event {
	var evs []event
	for _, r := range basis.AllRegimes() {
		for _, m := range recipient.AllMechanisms() {
			t := recipient.Transfer{Countries: []recipient.Country{"US"}, Mechanism: m}
			what := m.NoticeText()
			if src := m.Article(); !strings.Contains(what, strings.TrimPrefix(src[strings.Index(src, ";")+1:], " ")) {
				what += " (" + src + ")"
			}
			forR := " for " + strings.ToUpper(r.String()) + " transfers"
			prev, prevState := from, mechanismState(t, r, from)
			for prev.Before(to) {
				next := min(prev.AddMonths(1), to)
				st := mechanismState(t, r, next)
				for changed := prevState ^ st; changed != 0; changed &= changed - 1 {
					bit := changed & -changed
					want := st & bit
					d := firstDay(prev, next, func(d civil.Date) bool { return mechanismState(t, r, d)&bit == want })
					verb := ""
					switch {
					case bit == stNotYet && want == 0 && mechanismState(t, r, d)&stOtherRegime == 0:
						verb = " can be relied on" + forR
					case bit == stEnded && want != 0:
						verb = " can no longer be relied on" + forR
					case bit == stNoNewContracts && want != 0:
						verb = " can no longer be used for new contracts" + forR
					default:
						continue
					}
					evs = append(evs, event{date: d, regime: r, subject: what, verb: verb, article: m.Article()})
				}
				prev, prevState = next, st
			}
		}
	}
	return evs
}

// firstDay returns the first day in (lo, hi] on which ok holds, given that
// it does not hold on lo, holds on hi and, once it holds, holds to hi.
func firstDay(lo, hi civil.Date, ok func(civil.Date) bool) civil.Date {
	for hi-lo > 1 {
		mid := lo + (hi-lo)/2
		if ok(mid) {
			hi = mid
		} else {
			lo = mid
		}
	}
	return hi
}

// relevant picks, from the events of one day, those that explain a change
// in a finding: the register's own dates in the element the finding is
// about, else the changes whose provisions share an article with the
// finding's, else every change of the finding's regime on that day.
func relevant(evs []event, f basis.Finding) []string {
	pick := func(keep func(event) bool) []string {
		var out []string
		for _, e := range evs {
			if keep(e) && !slices.Contains(out, e.label) {
				out = append(out, e.label)
			}
		}
		return out
	}
	regimeOK := func(e event) bool { return f.Regime == 0 || e.regime == 0 || e.regime == f.Regime }
	elem := topElement(f.Path)
	if out := pick(func(e event) bool {
		if e.path == "" || elem == "" {
			return false
		}
		if topElement(e.path) == elem {
			return true
		}
		for _, r := range f.Related {
			if topElement(r) == topElement(e.path) {
				return true
			}
		}
		return false
	}); len(out) > 0 {
		return out
	}
	arts := articles(f.Article)
	if out := pick(func(e event) bool {
		if e.path != "" || !regimeOK(e) {
			return false
		}
		for _, a := range articles(e.article) {
			if slices.Contains(arts, a) {
				return true
			}
		}
		return false
	}); len(out) > 0 {
		return out
	}
	out := pick(func(e event) bool { return e.path == "" && regimeOK(e) })
	if len(out) > maxReasons {
		n := len(out) - maxReasons
		more := "and 1 other change in the law"
		if n > 1 {
			more = "and " + strconv.Itoa(n) + " other changes in the law"
		}
		out = append(out[:maxReasons:maxReasons], more)
	}
	return out
}

// maxReasons is how many changes of one day relevant lists when none is
// tied to the finding by its article.
const maxReasons = 3

// topElement returns the first two steps of a path, such as
// "transfers[0]", which name one element of the register.
func topElement(path string) string {
	segs, ok := parsePath(path)
	if !ok || len(segs) == 0 {
		return ""
	}
	return formatPath(segs[:min(2, len(segs))])
}

// articles returns the numbers of the articles cited in text, without
// their letters: "UK GDPR Art. 46(2)(c); Decision 2010/87/EU" gives
// ["46"], and "Arts. 22A-22D" gives ["22"], since Arts. 22A to 22D replace
// Art. 22.
func articles(text string) []string {
	var out []string
	for _, marker := range []string{"Art. ", "Arts. "} {
		s := text
		for {
			i := strings.Index(s, marker)
			if i < 0 {
				break
			}
			s = s[i+len(marker):]
			j := 0
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j > 0 {
				out = append(out, articleGroup(s[:j]))
			}
		}
	}
	return out
}

// articleGroup returns the article number itself, or "V" for the articles
// of Chapter V (Arts. 44 to 50, transfers), which change together: the
// new Arts. 44A to 45B bear on every Art. 46 safeguard.
func articleGroup(n string) string {
	if v, err := strconv.Atoi(n); err == nil && v >= 44 && v <= 50 {
		return "V"
	}
	return n
}

// nextEvent returns the events of the first day after d among evs.
func nextEvent(evs []event, d civil.Date) []event {
	for i, e := range evs {
		if e.date.After(d) {
			j := i
			for j < len(evs) && evs[j].date == e.date {
				j++
			}
			return evs[i:j]
		}
	}
	return nil
}

package gdpr

import (
	"strconv"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
)

// Codes of recipients and roles.
const (
	// CodeRecipientsOpenEnded: an activity's list of recipients is not
	// exhaustive ("such as", "including", "other third parties"), so the
	// notice does not tell who receives the data (Art. 13(1)(e),
	// 14(1)(e)). Info; Warning where the activity processes special
	// category data.
	CodeRecipientsOpenEnded Code = "gdpr/recipients-open-ended"
	// CodeProcessorOwnPurposes: a processor (or sub-processor) is recorded
	// as using the data for its own purposes; it is then a controller for
	// that processing and the disclosure needs a basis of its own
	// (Art. 28(10)). Error.
	CodeProcessorOwnPurposes Code = "gdpr/processor-own-purposes"
	// CodeActivityUncontrolled: the controller has several legal entities,
	// some say which activities they control, and no entity controls this
	// activity, so the notice does not identify its controller
	// (Art. 13(1)(a), 30(1)(a)). Warning.
	CodeActivityUncontrolled Code = "gdpr/activity-uncontrolled"
	// CodeEntityActivitiesNotStated: the controller has several legal
	// entities and none says which activities it controls (Art. 13(1)(a),
	// 30(1)(a)). Info: not evidenced.
	CodeEntityActivitiesNotStated Code = "gdpr/entity-activities-not-stated"
)

// flowState is what the flows checks work out once per Validate call,
// whatever the regime: the retention schedule and the elements the
// regime-independent checks found.
type flowState struct {
	schedule    *retention.Schedule
	scheduleErr error
	ruleIndex   map[string]int // rule id -> index in Register.Retention, built on first use

	openEnded     []int // activities whose recipients are not exhaustive
	uncontrolled  []int // activities no entity controls
	noRetention   []int // activities with no retention
	noRetentionOf []int // data categories with no retention
	entitiesNS    bool  // several entities, none stating its activities

	controlled map[string]bool // while the activities are gathered: the activities some entity controls, when there are several entities
	ruled      idSet           // while the activities are gathered: the data categories a rule of the schedule names

	transfersIndexed bool
	transferTo       map[recipientCountry]bool // (recipient id or "", country or "") a transfer records
}

// recipientCountry is a recipient id ("" for a transfer that names no
// recipients) and a destination ("" for unnamed third countries).
type recipientCountry struct {
	recipient string
	country   basis.Country
}

// flows runs the checks of recipients and their roles (Arts. 26 and 28),
// international transfers (Chapter V) and retention (Arts. 5(1)(e),
// 13(2)(a), 30(1)(f)) for the current regime.
func (v *validator) flows() {
	v.recipientChecks()
	v.transferChecks()
	v.retentionChecks()
}

// newFlowState works out what does not depend on the regime but the
// activities' part, which the first regime's pass over the activities
// gathers with [flowState.activity]; [validator.finish] ends it.
func (v *validator) newFlowState() *flowState {
	st := &flowState{}
	reg := v.reg
	if len(reg.Retention) > 0 {
		rules := make([]retention.Rule, len(reg.Retention))
		for i := range reg.Retention {
			rules[i] = reg.Retention[i].Rule
		}
		st.schedule, st.scheduleErr = retention.NewSchedule(rules)
	}
	// The activities some entity controls, when there are several
	// entities to choose from (one entity controls everything).
	if len(reg.Controller.Entities) > 1 {
		n := 0
		for i := range reg.Controller.Entities {
			n += len(reg.Controller.Entities[i].Activities)
		}
		if n == 0 {
			st.entitiesNS = true
		} else {
			st.controlled = make(map[string]bool, n)
			for i := range reg.Controller.Entities {
				for _, id := range reg.Controller.Entities[i].Activities {
					st.controlled[id] = true
				}
			}
		}
	}
	// ruled: the data categories a rule of the schedule names.
	for i := range reg.Retention {
		if d := reg.Retention[i].Data; d != "" {
			st.ruled.add(d)
		}
	}
	return st
}

// activity records what the flows checks need of activity i.
func (st *flowState) activity(i int, a *Activity) {
	if a.RecipientsExhaustive == No {
		st.openEnded = append(st.openEnded, i)
	}
	if st.controlled != nil && !st.controlled[a.ID] {
		st.uncontrolled = append(st.uncontrolled, i)
	}
	if len(a.Retention) == 0 && !st.ruled.hasAny(a.Data) {
		st.noRetention = append(st.noRetention, i)
	}
}

// finish works out what needs every activity seen.
func (v *validator) finish(st *flowState) {
	st.noRetentionOf = v.dataWithoutRetention(&st.ruled)
	st.controlled, st.ruled = nil, idSet{}
}

// dataWithoutRetention returns the indices of the data categories that no
// rule names and that no activity using them covers with a rule for the
// activity as a whole (a rule with no data category).
func (v *validator) dataWithoutRetention(ruled *idSet) []int {
	reg := v.reg
	var missing []int
	var ids idSet
	for i := range reg.Data {
		if id := reg.Data[i].ID; !ruled.has(id) {
			missing = append(missing, i)
			ids.add(id)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	var general idSet // the rules with no data category
	for i := range reg.Retention {
		if reg.Retention[i].Data == "" {
			general.add(reg.Retention[i].ID)
		}
	}
	var covered idSet // missing categories an activity covers with a general rule
	if general.len() > 0 {
		for i := range reg.Activities {
			a := &reg.Activities[i]
			if len(a.Retention) == 0 || !general.hasAny(a.Retention) {
				continue
			}
			for _, d := range a.Data {
				if ids.has(d) && !covered.has(d) {
					covered.add(d)
				}
			}
			if covered.len() == ids.len() {
				return nil
			}
		}
	}
	out := missing[:0]
	for _, i := range missing {
		if !covered.has(reg.Data[i].ID) {
			out = append(out, i)
		}
	}
	return out
}

// idSet is a set of ids: a list while it is small (comparing a few strings
// costs less than hashing one), a map beyond.
type idSet struct {
	list []string
	m    map[string]bool
}

// smallSet is the most ids an idSet holds in its list.
const smallSet = 8

func (s *idSet) add(id string) {
	switch {
	case s.m != nil:
		s.m[id] = true
	case len(s.list) < smallSet:
		s.list = append(s.list, id)
	default:
		s.m = make(map[string]bool, 2*smallSet)
		for _, x := range s.list {
			s.m[x] = true
		}
		s.m[id] = true
		s.list = nil
	}
}

func (s *idSet) has(id string) bool {
	if s.m != nil {
		return s.m[id]
	}
	for _, x := range s.list {
		if x == id {
			return true
		}
	}
	return false
}

// hasAny reports whether the set holds one of ids.
func (s *idSet) hasAny(ids []string) bool {
	if len(s.list) == 0 && s.m == nil {
		return false
	}
	for _, id := range ids {
		if s.has(id) {
			return true
		}
	}
	return false
}

func (s *idSet) len() int {
	if s.m != nil {
		return len(s.m)
	}
	return len(s.list)
}

// addUnderIndex is addUnder for element i of list, building the path only
// when there are findings.
func (v *validator) addUnderIndex(list string, i int, fs Findings) {
	if len(fs) > 0 {
		v.addUnder(basis.Index(list, i), fs)
	}
}

// indexPath is the path of member suffix of element i of list,
// `activities[3].retention`, built with one allocation.
func indexPath(list string, i int, suffix string) string {
	var buf [96]byte
	b := append(buf[:0], list...)
	b = append(b, '[')
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, ']')
	b = append(b, suffix...)
	return string(b)
}

// isProcessor reports whether role processes on the controller's behalf.
func isProcessor(role recipient.Role) bool {
	return role == recipient.Processor || role == recipient.SubProcessor
}

// recipientChecks judges each recipient once (not once per activity that
// names it), and the activities' lists of recipients and controllers.
func (v *validator) recipientChecks() {
	st := v.flow
	for i := range v.reg.Recipients {
		r := &v.reg.Recipients[i]
		if r.Internal == Yes {
			continue // a unit of the controller's own legal person is no recipient (Art. 4(9))
		}
		rr := r.Recipient
		a := &rr.Agreement
		// An arrangement with a joint controller is an Art. 26 arrangement:
		// a record that speaks of its essence speaks of one.
		if rr.Role == recipient.JointController && a.Kind == 0 && a.EssenceAvailable != 0 && a.InPlace != recipient.Absent {
			a.Kind = recipient.JointArrangement
		}
		general := false
		if isProcessor(rr.Role) && a.IsZero() {
			switch v.reg.ProcessorContracts.InPlace {
			case Yes:
				general = true
			case No:
				a.InPlace = recipient.Absent
			}
		}
		fs := rr.Check(v.regime, v.at)
		if general {
			// The notice's general statement that processors are under
			// contract counts as the agreement in place; its details are
			// not for a notice to show (Art. 13).
			fs = dropFinding(fs, recipient.CodeNotEvidenced, "agreement")
		}
		v.addUnderIndex("recipients", i, fs)
		if r.OwnPurposes == Yes && isProcessor(rr.Role) {
			// Art. 28(10) makes the processor a controller for that
			// processing; for this controller the disclosure is a likely
			// gap (a basis, Art. 13(1)(e)), not shown unlawful (Warning).
			v.add(Finding{Code: CodeProcessorOwnPurposes, Severity: basis.Warning,
				Path: indexPath("recipients", i, ".ownPurposes"), Article: v.cite("Art. 28(10)"),
				Message: "a processor that uses the data for its own purposes is a controller for that processing; the disclosure needs its own basis and the notice must say so"})
		}
		for j, c := range rr.Countries {
			if c.IsValid() && recipient.Restricted(v.regime, c, v.at) && !v.transferRecorded(r.ID, c) {
				v.add(v.transferNotRecorded(basis.Index(basis.Index("recipients", i)+".countries", j), c,
					"the recipient processes the data in "+string(c)+", a third country, but no transfer to it is recorded"))
			}
		}
	}
	var art string
	for _, i := range st.openEnded {
		if art == "" {
			art = v.cite("Art. 13(1)(e), 14(1)(e)")
		}
		sev, msg := basis.Info, "the list of recipients is not exhaustive, so the notice does not say who receives the data"
		if v.acts[i].special { // a data category the activity names is special category data (Art. 9(1))
			sev, msg = basis.Warning, "the list of recipients of special category data is not exhaustive, so the notice does not say who receives them"
		}
		v.add(Finding{Code: CodeRecipientsOpenEnded, Severity: sev, Path: indexPath("activities", i, ".recipientsExhaustive"),
			Article: art, Message: msg})
	}
	if st.entitiesNS {
		v.add(Finding{Code: CodeEntityActivitiesNotStated, Severity: basis.Info, Path: "controller.entities",
			Article: v.cite("Art. 13(1)(a), 30(1)(a)"),
			Message: "the controller has several legal entities and none is recorded as controlling any activity"})
	}
	art = ""
	for _, i := range st.uncontrolled {
		if art == "" {
			art = v.cite("Art. 13(1)(a), 30(1)(a)")
		}
		v.add(Finding{Code: CodeActivityUncontrolled, Severity: basis.Warning, Path: activityPath(i),
			Value: v.reg.Activities[i].ID, Article: art,
			Message: "the controller has several legal entities and none is recorded as controlling this activity"})
	}
}

// dropFinding removes from fs, in place, the findings of the given code
// and path.
func dropFinding(fs Findings, code Code, path string) Findings {
	out := fs[:0]
	for _, f := range fs {
		if f.Code != code || f.Path != path {
			out = append(out, f)
		}
	}
	return out
}

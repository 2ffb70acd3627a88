package gdpr

import (
	"strconv"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// Validate checks reg against the law in force on the date of at, under each
// regime the register is judged under, and returns every finding, sorted
// (by path, code, article, regime, ...; see [basis.Findings.Sort]). The
// result depends only on the register's content and the date, never on the
// order of its lists where the order carries no meaning, nor on the clock
// time of at: dates are judged as calendar dates in each regime's location
// (Europe/London for the UK, Brussels for the EU).
//
// Every finding carries the regime it was judged under, a stable code (the
// table in the package documentation lists them all), a severity (Error:
// unlawful as recorded; Warning: a likely gap; Info: not evidenced, or
// guidance rather than statute), the JSON path of the element it is about,
// the article it rests on and a message for a privacy officer.
//
// Validate does not modify reg and is safe to call concurrently on the same
// register. A nil register gives no findings; the zero time gives the one
// finding [CodeDateMissing].
func Validate(reg *Register, at time.Time) Findings {
	if reg == nil {
		return nil
	}
	if at.IsZero() {
		// Every dated rule needs the date; the zero time is no date, and
		// judging as of year 1 would report every element as before the
		// GDPR.
		return Findings{{Code: CodeDateMissing, Severity: basis.Error,
			Message: "no date to judge the register at: give the date the law is to be applied as of"}}
	}
	v := newValidator(reg, at)
	regimes := reg.Regimes
	if len(regimes) == 0 {
		// A register that does not say which law it is judged under is
		// judged under the UK regime, the library's home, and told so.
		v.regime = basis.UK
		v.add(Finding{Code: CodeRegimeNotStated, Severity: basis.Info, Path: "regimes",
			Article: basis.UK.Cite("Art. 3", at),
			Message: "the register does not say which regime it is judged under; judged under the UK GDPR"})
		regimes = []basis.Regime{basis.UK}
	}
	seen := 0
	for _, r := range regimes {
		if !r.IsValid() || seen&(1<<r) != 0 {
			continue // Decode refuses both; a register built in Go is judged once per valid regime
		}
		v.regime = r
		v.judge(seen == 0)
		seen |= 1 << r
	}
	return v.sorted()
}

// judge runs every check for the current regime. The checks about one
// activity run in one pass over the activities, which on the first regime
// judged also gathers what does not depend on the regime ([validator.gather]);
// the checks that need every activity seen run after it. The order the
// checks make their findings in does not matter: [validator.sorted] puts
// them in the one order of [basis.Findings.Sort].
func (v *validator) judge(gather bool) {
	p := v.basisStart()
	dev := tctx{a1: v.regime.InForce(basis.StorageAccessScheduleA1, v.at)}
	acts := v.reg.Activities
	for i := range acts {
		a := &acts[i]
		if gather {
			v.gather(i, a)
		}
		v.basisActivity(i, a, &p)
		v.transparencyActivity(i, a, &dev)
	}
	if gather {
		v.finish(v.flow)
	}
	v.basisEnd(&p)
	v.flows()
	v.transparency()
}

// gather records what the checks read of activity i whatever the regime:
// its data categories' and subjects' facts, what the transparency checks
// know of the register as a whole and what the flows checks work out.
func (v *validator) gather(i int, a *Activity) {
	v.activityInfo(&v.acts[i], a)
	v.whole.markActivity(a)
	v.flow.activity(i, a)
}

const (
	// CodeRegimeNotStated: the register names no regime it is judged
	// under; it is judged under the UK regime (Info).
	CodeRegimeNotStated Code = "gdpr/regime-not-stated"
	// CodeDateMissing: Validate was given the zero time, which is no date;
	// nothing else is judged (Error).
	CodeDateMissing Code = "gdpr/date-missing"
)

// validator holds the state of one Validate call: the register, the date,
// the regime being judged and the findings so far. Each family of checks
// is a method in its own file (validate_basis.go, validate_flows.go,
// validate_transparency.go).
type validator struct {
	reg    *Register
	at     time.Time
	regime basis.Regime

	// The findings so far, in the order the checks made them: full chunks
	// and the chunk being filled. A chunk is never grown, so no finding is
	// copied before the one move into the sorted result.
	chunks []Findings
	out    Findings
	n      int // findings in all

	acts  []activityInfo // what the checks read of each activity's data categories and subjects, once per call
	whole tctx           // what the transparency checks know of the register as a whole, but for the regime's law

	data       map[string]*DataCategory
	recipients map[string]*Recipient
	transfers  map[string]*Transfer
	rules      map[string]*RetentionRule
	subjects   map[string]*Subject

	flow *flowState // what the flows checks work out once per Validate call (validate_flows.go), built by newValidator
}

func newValidator(reg *Register, at time.Time) *validator {
	v := &validator{reg: reg, at: at,
		data:       make(map[string]*DataCategory, len(reg.Data)),
		recipients: make(map[string]*Recipient, len(reg.Recipients)),
		transfers:  make(map[string]*Transfer, len(reg.Transfers)),
		rules:      make(map[string]*RetentionRule, len(reg.Retention)),
		subjects:   make(map[string]*Subject, len(reg.Subjects)),
	}
	for i := range reg.Data {
		v.data[reg.Data[i].ID] = &reg.Data[i]
	}
	for i := range reg.Recipients {
		v.recipients[reg.Recipients[i].ID] = &reg.Recipients[i]
	}
	for i := range reg.Transfers {
		v.transfers[reg.Transfers[i].ID] = &reg.Transfers[i]
	}
	for i := range reg.Retention {
		v.rules[reg.Retention[i].ID] = &reg.Retention[i]
	}
	for i := range reg.Subjects {
		v.subjects[reg.Subjects[i].ID] = &reg.Subjects[i]
	}
	// What does not depend on the regime; the activities' part is
	// gathered in the first regime's pass over them (validator.gather).
	for i := range reg.Bases {
		v.whole.mark(&reg.Bases[i])
	}
	v.flow = v.newFlowState()
	v.acts = make([]activityInfo, len(reg.Activities))
	return v
}

// activityInfo is what the checks read of an activity's data categories
// and data subjects, whatever the regime: each id is looked up once per
// Validate call.
type activityInfo struct {
	sens       basis.SensitiveData // the union of the categories' sensitive data
	tracks     bool                // a category of location or browsing data (the ICO's "tracking")
	special    bool                // a category is special category data (Art. 9(1))
	fromOthers bool                // a category is obtained from a third party or a public source (Art. 14)
	browsing   bool                // a category is browsing data observed from the person's device
	children   bool                // a data subject named may include children
	adults     bool                // data subjects are named, and every one is recorded as not including children
}

// activityInfo stores in out the facts of activity a.
func (v *validator) activityInfo(out *activityInfo, a *Activity) {
	var f activityInfo
	for _, id := range a.Data {
		d := v.dataCategory(id)
		if d == nil {
			continue
		}
		f.sens = union(f.sens, d.Sensitive)
		f.tracks = f.tracks || d.Kind == KindLocation || d.Kind == KindBrowsing
		f.special = f.special || d.Sensitive.Special()
		f.fromOthers = f.fromOthers || d.Source == FromThirdParty || d.Source == FromPublicSource
		f.browsing = f.browsing || d.Kind == KindBrowsing && d.Source == Observed
	}
	named, notChildren := 0, true
	for _, id := range a.Subjects {
		s := v.subject(id)
		if s == nil {
			continue
		}
		named++
		f.children = f.children || s.Children == Yes
		notChildren = notChildren && s.Children == No
	}
	f.adults = named > 0 && notChildren
	*out = f
}

// dataCategory returns the data category with the given id (the last of a
// repeated id, as the map holds), or nil. A short list is searched rather
// than the map: comparing a few strings costs less than hashing one.
func (v *validator) dataCategory(id string) *DataCategory {
	if ds := v.reg.Data; len(ds) <= smallSet {
		for k := len(ds) - 1; k >= 0; k-- {
			if ds[k].ID == id {
				return &ds[k]
			}
		}
		return nil
	}
	return v.data[id]
}

// subject is dataCategory for the data subjects.
func (v *validator) subject(id string) *Subject {
	if ss := v.reg.Subjects; len(ss) <= smallSet {
		for k := len(ss) - 1; k >= 0; k-- {
			if ss[k].ID == id {
				return &ss[k]
			}
		}
		return nil
	}
	return v.subjects[id]
}

// firstChunk and maxChunk bound the chunks findings are appended to.
const (
	firstChunk = 16
	maxChunk   = 1024
)

// add records one finding, judged under the current regime.
func (v *validator) add(f Finding) {
	if f.Regime == 0 {
		f.Regime = v.regime
	}
	if len(v.out) == cap(v.out) {
		c := firstChunk
		if v.out != nil {
			v.chunks = append(v.chunks, v.out)
			c = min(2*cap(v.out), maxChunk)
		}
		v.out = make(Findings, 0, c)
	}
	v.out = append(v.out, f)
	v.n++
}

// sorted returns the findings in the order of [basis.Findings.Sort].
//
// The findings about activity i all have paths "activities[i]...", which
// sort together, after those of activity i-1 and before those of i+1, and
// a path that does not start with "activities[" sorts either before all
// of them or after all of them. So the findings are bucketed by activity
// (a counting sort, stable, which moves each finding once), each bucket
// is sorted on its own (a few findings, which share a long path prefix),
// and the other findings are sorted and put before or after the block of
// activities. The result is the same list Sort gives: Sort orders by every
// field, so findings it does not order are equal in every field.
func (v *validator) sorted() Findings {
	n := v.n
	if n == 0 {
		return nil
	}
	acts := len(v.reg.Activities)
	// bucket[k]: 0 for a path before the activities, 1+i for activity i,
	// acts+1 for a path after them.
	bucket := make([]int32, n)
	count := make([]int32, acts+2)
	k := 0
	v.chunks, v.out = append(v.chunks, v.out), nil
	for _, c := range v.chunks {
		for j := range c {
			b, ok := activityBucket(c[j].Path, acts)
			if !ok {
				return v.sortAll()
			}
			bucket[k] = b
			count[b]++
			k++
		}
	}
	start := count // start[b]: where bucket b begins in the result
	sum := int32(0)
	for b, c := range count {
		start[b] = sum
		sum += c
	}
	out := make(Findings, n)
	k = 0
	for _, c := range v.chunks {
		for j := range c {
			b := bucket[k]
			out[start[b]] = c[j]
			start[b]++
			k++
		}
	}
	// start[b] is now where bucket b ends.
	from := int32(0)
	for b := range start {
		if to := start[b]; to-from > 1 {
			out[from:to].Sort()
			from = to
		} else {
			from = to
		}
	}
	return out
}

// sortAll is sorted for a list whose paths are not all as [validator.sorted]
// expects: the whole list sorted with [basis.Findings.Sort].
func (v *validator) sortAll() Findings {
	out := make(Findings, 0, v.n)
	for _, c := range v.chunks {
		out = append(out, c...)
	}
	out.Sort()
	return out
}

// activityBucket returns the bucket of a finding at path p: 1+i for a path
// of activity i ("activities[i]", "activities[i].x", "activities[i][..."),
// 0 for a path that sorts before every such path and acts+1 for one that
// sorts after them. ok is false for a path that starts with "activities["
// but does not name an activity with i written canonically.
func activityBucket(p string, acts int) (b int32, ok bool) {
	const prefix = "activities["
	if len(p) <= len(prefix) || p[:len(prefix)] != prefix {
		// [basis.Findings.Sort] compares such a path with every activity
		// path at the first byte where it differs from the prefix (the
		// prefix holds no digit), or finds it a prefix of them.
		for k := 0; k < len(prefix); k++ {
			if k == len(p) || p[k] < prefix[k] {
				return 0, true
			}
			if p[k] > prefix[k] {
				return int32(acts + 1), true
			}
		}
		return 0, false // p is the prefix itself
	}
	i, k := 0, len(prefix)
	for k < len(p) && '0' <= p[k] && p[k] <= '9' {
		i = i*10 + int(p[k]-'0')
		k++
		if i >= acts {
			return 0, false
		}
	}
	digits := k - len(prefix)
	if digits == 0 || digits > 1 && p[len(prefix)] == '0' || k == len(p) || p[k] != ']' {
		return 0, false
	}
	if k+1 < len(p) && p[k+1] != '.' && p[k+1] != '[' {
		return 0, false
	}
	return int32(1 + i), true
}

// addUnder records the findings of a domain check of the element at path,
// judged under the current regime.
func (v *validator) addUnder(path string, fs Findings) {
	for _, f := range fs {
		f.Path = basis.JoinPath(path, f.Path)
		if len(f.Related) > 0 {
			rel := make([]string, len(f.Related))
			for i, r := range f.Related {
				rel[i] = basis.JoinPath(path, r)
			}
			f.Related = rel
		}
		v.add(f)
	}
}

// cite names a GDPR article as the instrument in force for the current
// regime on the date judged ("UK GDPR Art. 6(1)(f)").
func (v *validator) cite(article string) string { return v.regime.Cite(article, v.at) }

// activityPath is the path of activity i: "activities[3]".
func activityPath(i int) string { return basis.Index("activities", i) }

// actPath is the path of member suffix of activity i,
// "activities[3].purpose", built with one allocation.
func actPath(i int, suffix string) string { return indexPath("activities", i, suffix) }

// elemPath is the path of member suffix of element j of the list of
// activity i, "activities[3].grounds[0].lia" for (3, ".grounds", 0,
// ".lia"), built with one allocation; j < 0 leaves out the element.
func elemPath(i int, list string, j int, suffix string) string {
	var buf [128]byte
	b := append(buf[:0], "activities["...)
	b = strconv.AppendInt(b, int64(i), 10)
	b = append(b, ']')
	b = append(b, list...)
	if j >= 0 {
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(j), 10)
		b = append(b, ']')
	}
	b = append(b, suffix...)
	return string(b)
}

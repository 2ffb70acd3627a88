package basis

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/enum"
	"github.com/dpmodel/dpmodel/internal/text"
)

// This file holds the one findings vocabulary of the module. Every check of
// every dpmodel package (basis, recipient, retention, rights, gdpr) reports
// what it finds as [Findings], and every package rejects malformed input with
// an [*InputError]. Other packages name these types through aliases
// (recipient.Finding is basis.Finding), so errors.As and type switches work
// with any of the names.

// Code is the stable identifier of a kind of [Finding] or [InputError].
// Codes are the contract: callers match on them, and they never change
// meaning. Each starts with the reporting package's name and a slash
// ("basis/lia-missing", "recipient/no-mechanism").
type Code string

// Severity says how serious a finding is. Severities are ordered, so
// `f.Severity >= basis.Warning` keeps warnings and errors. The zero value is
// unspecified and is never reported by a check.
type Severity uint8

const (
	// Info is a fact worth knowing that is not a breach: a fact the record
	// does not evidence, guidance rather than statute, a choice to review.
	Info Severity = iota + 1
	// Warning is a likely gap: what is recorded is probably not enough, or
	// is lawful only if facts not recorded hold.
	Warning
	// Error is unlawful as recorded: the record states facts that break a
	// rule of the regime in force on the date.
	Error
)

var severities = enum.New[Severity]("basis.Severity", "info", "warning", "error")

// AllSeverities returns every severity, least serious first.
func AllSeverities() []Severity { return severities.Values() }

// ParseSeverity returns the severity with the given code ("info",
// "warning", "error").
func ParseSeverity(s string) (Severity, error) { return severities.Parse(s) }

// MustParseSeverity is like [ParseSeverity] but panics on error.
func MustParseSeverity(s string) Severity { return mustParse(severities, s) }

// String returns the severity's code, "unspecified", or "basis.Severity(n)".
func (s Severity) String() string { return severities.String(s) }

// IsValid reports whether s is Info, Warning or Error.
func (s Severity) IsValid() bool { return severities.Valid(s) }

// AppendText appends the severity's code to b.
func (s Severity) AppendText(b []byte) ([]byte, error) { return severities.AppendText(b, s) }

// MarshalText returns the severity's code; the zero value is empty text.
func (s Severity) MarshalText() ([]byte, error) { return severities.MarshalText(s) }

// UnmarshalText parses a code; on error s is unchanged.
func (s *Severity) UnmarshalText(text []byte) error { return severities.UnmarshalText(s, text) }

// Finding is one thing a check found in a well-formed value: a rule of law
// the value breaks, probably misses, or does not evidence. It is data, not a
// failure of the call; a Finding is also an error, so a list of them can be
// returned as one (see [Findings.Err]).
//
// Path is the place of the finding within the checked value, written with
// the JSON member names of the value's encoding: "lia.balancing",
// "countries[1]", `rules["net-9.3"].period`. The empty path is the value
// itself. [Findings.Under] puts the path under a parent's, so the register
// only prefixes what the domain packages report.
type Finding struct {
	Code     Code     `json:"code"`             // stable identifier, such as "basis/lia-missing"
	Severity Severity `json:"severity"`         // how serious: Info, Warning or Error
	Regime   Regime   `json:"regime,omitzero"`  // the regime judged under; zero when the rule is the same in both
	Path     string   `json:"path,omitzero"`    // where, in JSON member names; "" is the value itself
	Article  string   `json:"article,omitzero"` // the provision the rule rests on, such as "UK GDPR Art. 6(1)(f)"
	Value    string   `json:"value,omitzero"`   // the offending value as text (at most a bounded prefix); "" when absent
	Related  []string `json:"related,omitzero"` // paths of other elements involved, such as the other rule of a conflict
	Message  string   `json:"message"`          // prose for a privacy officer; not an API
}

// Error returns "path: message (value "v") (article) [code]".
func (f Finding) Error() string {
	var b strings.Builder
	if f.Path != "" {
		b.WriteString(f.Path)
		b.WriteString(": ")
	}
	b.WriteString(f.Message)
	if f.Value != "" && !strings.Contains(f.Message, strconv.Quote(f.Value)) {
		b.WriteString(" (value ")
		b.WriteString(text.Quote(f.Value))
		b.WriteString(")")
	}
	if f.Article != "" {
		b.WriteString(" (")
		b.WriteString(f.Article)
		b.WriteString(")")
	}
	b.WriteString(" [")
	b.WriteString(string(f.Code))
	b.WriteString("]")
	return b.String()
}

// Equal reports whether f and g are the same finding, Related included.
func (f Finding) Equal(g Finding) bool {
	return f.Code == g.Code && f.Severity == g.Severity && f.Regime == g.Regime &&
		f.Path == g.Path && f.Article == g.Article && f.Value == g.Value &&
		f.Message == g.Message && slices.Equal(f.Related, g.Related)
}

// Findings is a list of findings, modelled on go/scanner's ErrorList. Checks
// return it in the order they looked; [Findings.Sort] orders it
// deterministically.
type Findings []Finding

// Sort orders the findings by path, code, article, regime, value, message
// and related paths, so that the same findings always come out in the same
// order whatever order the checks ran in.
func (fs Findings) Sort() {
	n := len(fs)
	if n < 2 {
		return
	}
	// A list built in order (a check that walks its value in path order)
	// is left as it is after n-1 comparisons.
	i := 1
	for i < n && compareFindings(&fs[i-1], &fs[i]) <= 0 {
		i++
	}
	if i == n {
		return
	}
	// A Finding is large (about 170 bytes, with pointers the collector
	// tracks on every move), so the sort orders an index and then moves
	// each finding once into its place.
	var small [64]int32
	idx := small[:0]
	if n > len(small) {
		idx = make([]int32, 0, n)
	}
	for i := range n {
		idx = append(idx, int32(i))
	}
	slices.SortFunc(idx, func(a, b int32) int { return compareFindings(&fs[a], &fs[b]) })
	permute(fs, idx)
}

// permute puts fs[idx[i]] at i for every i, in place, following each
// cycle of the permutation; idx is left as the identity.
func permute(fs Findings, idx []int32) {
	for i := range idx {
		if idx[i] == int32(i) {
			continue
		}
		tmp := fs[i]
		j := i
		for {
			k := int(idx[j])
			idx[j] = int32(j)
			if k == i {
				fs[j] = tmp
				break
			}
			fs[j] = fs[k]
			j = k
		}
	}
}

func compareFindings(a, b *Finding) int {
	if c := comparePaths(a.Path, b.Path); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Code, b.Code); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Regime, b.Regime); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Value, b.Value); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Message, b.Message); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Severity, b.Severity); c != 0 {
		return c
	}
	return slices.Compare(a.Related, b.Related)
}

// comparePaths orders paths so that array indices compare as numbers
// ("a[2]" before "a[10]") and a parent comes before its children. It skips
// the common prefix first, so paths that share a long prefix (all the
// findings of one activity) compare quickly.
func comparePaths(a, b string) int {
	for {
		if a == b {
			return 0
		}
		n := min(len(a), len(b))
		i := 0
		for i < n && a[i] == b[i] {
			i++
		}
		// Back up to the start of a run of digits that straddles the
		// first difference, so that runs compare as whole numbers.
		j := i
		for j > 0 && isDigit(a[j-1]) {
			j--
		}
		ra, rb := digitRun(a[j:]), digitRun(b[j:])
		if ra == 0 || rb == 0 {
			if i == n {
				return cmp.Compare(len(a), len(b))
			}
			return cmp.Compare(a[i], b[i])
		}
		// Two runs of digits: shorter (once leading zeros are gone) is
		// smaller; equal values go on with what follows.
		x, y := strings.TrimLeft(a[j:j+ra], "0"), strings.TrimLeft(b[j:j+rb], "0")
		if c := cmp.Or(cmp.Compare(len(x), len(y)), cmp.Compare(x, y)); c != 0 {
			return c
		}
		a, b = a[j+ra:], b[j+rb:]
		if a == b {
			// Same value written with different leading zeros: the
			// shorter writing first, so the order stays total.
			return cmp.Compare(ra, rb)
		}
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitRun(s string) int {
	n := 0
	for n < len(s) && isDigit(s[n]) {
		n++
	}
	return n
}

// Err returns nil when no finding has Error severity, and otherwise the
// list of the Error-severity findings, in order. Warnings and infos never
// make a check fail.
func (fs Findings) Err() error {
	n := 0
	for _, f := range fs {
		if f.Severity >= Error {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	if n == len(fs) {
		return fs
	}
	errs := make(Findings, 0, n)
	for _, f := range fs {
		if f.Severity >= Error {
			errs = append(errs, f)
		}
	}
	return errs
}

// Error returns the first finding and how many more there are:
// "… [basis/lia-missing] (and 2 more)".
func (fs Findings) Error() string {
	switch len(fs) {
	case 0:
		return "no findings"
	case 1:
		return fs[0].Error()
	}
	return fs[0].Error() + " (and " + strconv.Itoa(len(fs)-1) + " more)"
}

// Unwrap returns each finding as an error, so errors.As and [CodeOf] see
// inside the list.
func (fs Findings) Unwrap() []error {
	errs := make([]error, len(fs))
	for i, f := range fs {
		errs[i] = f
	}
	return errs
}

// Has reports whether a finding with code c is in the list.
func (fs Findings) Has(c Code) bool {
	for _, f := range fs {
		if f.Code == c {
			return true
		}
	}
	return false
}

// Codes returns the codes of the findings, in order.
func (fs Findings) Codes() []Code {
	cs := make([]Code, len(fs))
	for i, f := range fs {
		cs[i] = f.Code
	}
	return cs
}

// Under returns a new list whose paths (and related paths) are put under
// prefix, the path of the checked value within its parent:
// Findings{{Path: "lia.balancing"}}.Under("activities[2].grounds[0]") has
// the path "activities[2].grounds[0].lia.balancing". An empty path becomes
// the prefix itself. The receiver is not changed.
func (fs Findings) Under(prefix string) Findings {
	if fs == nil {
		return nil
	}
	out := make(Findings, len(fs))
	for i, f := range fs {
		f.Path = JoinPath(prefix, f.Path)
		if len(f.Related) > 0 {
			rel := make([]string, len(f.Related))
			for j, r := range f.Related {
				rel[j] = JoinPath(prefix, r)
			}
			f.Related = rel
		}
		out[i] = f
	}
	return out
}

// AtLeast yields, in order, the findings whose severity is min or more
// serious.
func (fs Findings) AtLeast(min Severity) iter.Seq[Finding] {
	return func(yield func(Finding) bool) {
		for _, f := range fs {
			if f.Severity >= min && !yield(f) {
				return
			}
		}
	}
}

// JoinPath puts path under parent: "a" and "b" give "a.b", "a" and "[1]"
// give "a[1]", and an empty side gives the other.
func JoinPath(parent, path string) string {
	switch {
	case parent == "":
		return path
	case path == "":
		return parent
	case path[0] == '[':
		return parent + path
	}
	return parent + "." + path
}

// Index returns the path of element i of the array at path: Index("countries", 1)
// is "countries[1]".
func Index(path string, i int) string { return path + "[" + strconv.Itoa(i) + "]" }

// Key returns the path of the member with the given key of the object at
// path, quoted as a JSON string: Key("rules", "net-9.3") is
// `rules["net-9.3"]`.
func Key(path, key string) string { return path + "[" + strconv.Quote(key) + "]" }

// InputError reports input that cannot be used at all: text that does not
// parse, a code that does not exist, a value out of range, a JSON member
// that is unknown or repeated. It is the one shape of malformed-input error
// across the module; problems in well-formed input are [Findings] instead.
type InputError struct {
	Code    Code     // stable identifier, such as "retention/bad-period-text"
	Path    string   // where, in JSON member names, such as `rules["net-9.3"].period`; "" when the input is one value
	Line    int      // 1-based line of the bad input in its text; 0 when not known
	Column  int      // 1-based column (in bytes) of the bad input; 0 when not known
	Value   string   // the offending input, at most a bounded prefix of it (see Error)
	Valid   []string // the valid values, when there is a short list of them
	Message string   // what was wrong and what would be valid, in words
	Err     error    // the underlying cause, if any (a *ParseError for a bad code)
}

// Error returns "path: line:col: "value": message (valid: a, b) [code]",
// leaving out what is not known. Only a bounded prefix of a long value is
// quoted.
func (e *InputError) Error() string {
	var b strings.Builder
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	if e.Line > 0 {
		b.WriteString(strconv.Itoa(e.Line))
		b.WriteString(":")
		b.WriteString(strconv.Itoa(e.Column))
		b.WriteString(": ")
	}
	if e.Value != "" {
		b.WriteString(text.Quote(e.Value))
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	if len(e.Valid) > 0 && !strings.Contains(e.Message, "valid: ") {
		b.WriteString(" (valid: ")
		b.WriteString(strings.Join(e.Valid, ", "))
		b.WriteString(")")
	}
	if e.Code != "" {
		b.WriteString(" [")
		b.WriteString(string(e.Code))
		b.WriteString("]")
	}
	return b.String()
}

// Unwrap returns the cause.
func (e *InputError) Unwrap() error { return e.Err }

// Is reports whether target is an *InputError with the same code, so
// errors.Is(err, &basis.InputError{Code: c}) matches on the code.
func (e *InputError) Is(target error) bool {
	t, ok := target.(*InputError)
	return ok && t.Code != "" && t.Code == e.Code
}

// Under returns a copy of e whose path is put under prefix (see [JoinPath]).
func (e *InputError) Under(prefix string) *InputError {
	c := *e
	c.Path = JoinPath(prefix, e.Path)
	return &c
}

// CodeOf returns the code of the first [Finding] or [*InputError] found in
// err's tree (depth first, as errors.As looks, so inside [Findings] too),
// or "" when there is none.
func CodeOf(err error) Code {
	if err == nil {
		return ""
	}
	var first Code
	walk(err, func(e error) bool {
		switch x := e.(type) {
		case Finding:
			first = x.Code
			return true
		case *Finding:
			if x != nil {
				first = x.Code
				return true
			}
		case *InputError:
			if x != nil {
				first = x.Code
				return true
			}
		}
		return false
	})
	return first
}

// walk visits err and its wrapped errors depth first until visit returns
// true.
func walk(err error, visit func(error) bool) bool {
	for err != nil {
		if visit(err) {
			return true
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				if walk(e, visit) {
					return true
				}
			}
			return false
		case interface{ Unwrap() error }:
			err = u.Unwrap()
		default:
			return false
		}
	}
	return false
}

// Cite names an article of the GDPR as the instrument in force for the
// regime on the date: "GDPR Art. 44" under the EU regime and, for the UK,
// before 2021-01-01 (the EU GDPR itself applied in the UK until IP
// completion day, 2020-12-31); "UK GDPR Art. 44" for the UK from 2021-01-01
// (European Union (Withdrawal) Act 2018 s.3; S.I. 2019/419). A zero date
// means the law in force now. article is the part after the instrument,
// such as "Art. 6(1)(f)".
func (r Regime) Cite(article string, at time.Time) string {
	if r == UK && (at.IsZero() || !r.date(at).Before(ukGDPRStart)) {
		return "UK GDPR " + article
	}
	return "GDPR " + article
}

// ukGDPRStart is the first day of the UK GDPR: the day after IP completion
// day (2020-12-31 23:00 GMT), European Union (Withdrawal Agreement) Act 2020
// s.39.
var ukGDPRStart = civil.MustParse("2021-01-01")

// date returns the calendar date of t in the regime's location (see
// [Regime.OnOrBefore]); other packages use civil.RegimeDate, which is the
// same rule.
func (r Regime) date(t time.Time) civil.Date { return civil.RegimeDate(r == EU, t) }

// judgedDay is r.date(at) for the date a check is judged on. It is not
// remembered across calls: the module keeps no package-level mutable state
// (DESIGN.md), and the rule-based London date costs about 11 ns.
func (r Regime) judgedDay(at time.Time) civil.Date { return r.date(at) }

// surelyOnOrBefore reports whether t's calendar date is surely on or before
// day in either regime's location, judged from the instant alone: t is
// more than six hours (more than any offset London or Brussels has had
// from UTC) before day began in UTC. False means "convert t and compare".
func surelyOnOrBefore(t time.Time, day civil.Date) bool {
	return t.Unix() < int64(day)*86400-6*3600
}

// OnOrBefore reports whether the calendar date of a is on or before that of
// b, both taken in the regime's location: Europe/London for the UK, Central
// European Time (Brussels) for the EU (and for an unspecified regime,
// London). Every dated check of the module compares these calendar dates,
// never instants, so an agreement made at 09:00 counts for a check made at
// 08:00 the same day.
func (r Regime) OnOrBefore(a, b time.Time) bool { return !r.date(a).After(r.date(b)) }

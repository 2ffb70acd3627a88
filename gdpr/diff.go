package gdpr

import (
	"bytes"
	"encoding/json"
	"io"
	"iter"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
)

// ChangeKind is the kind of a [Change]. The zero value is unspecified.
type ChangeKind uint8

const (
	// Added: the element is in the new register only.
	Added ChangeKind = iota + 1
	// Removed: the element is in the old register only.
	Removed
	// Changed: the element is in both, with a different value.
	Changed
)

var changeKindWords = [...]string{Added: "added", Removed: "removed", Changed: "changed"}

// String returns "added", "removed", "changed" or "unspecified".
func (k ChangeKind) String() string {
	if k == 0 || int(k) >= len(changeKindWords) {
		return "unspecified"
	}
	return changeKindWords[k]
}

// Change is one difference between two registers.
type Change struct {
	// Kind says whether the element was added, removed or changed.
	Kind ChangeKind
	// Path is the JSON path of the element: in the new register for an
	// element added or changed, in the old register for one removed, such
	// as "activities[3].grounds[1]" or "transfers[0].countries".
	Path string
	// Element names the kind of element: "activity", "ground",
	// "recipient", "transfer", "retention rule", "right", "controller", ...
	Element string
	// ID identifies the element: its id, the basis of a ground, the code
	// of a right, or the member name of a changed member.
	ID string
	// Old and New are short JSON renderings of the value before and after
	// ("" for none: Old of an element added, New of one removed).
	Old, New string
	// MustTell reports whether people must be told before the new
	// processing starts: a new purpose or a changed purpose, a new lawful
	// basis, a new recipient, a new transfer or destination (Arts. 13(3)
	// and 14(4), with the points of Art. 13(1) the information falls
	// under).
	MustTell bool
	// Article is the provision that makes the change one to tell, cited
	// for the new register's regime; "" when MustTell is false.
	Article string
	// Message says what changed, for a privacy officer.
	Message string
}

// Changes is the list of changes [Diff] returns, sorted by path (numeric
// indices in numeric order), then kind, then message.
type Changes []Change

// Tell yields the changes people must be told of before the new
// processing starts, in order.
func (cs Changes) Tell() iter.Seq[Change] {
	return func(yield func(Change) bool) {
		for _, c := range cs {
			if c.MustTell && !yield(c) {
				return
			}
		}
	}
}

// MustTell reports whether any change must be told to people before the
// new processing starts.
func (cs Changes) MustTell() bool {
	for range cs.Tell() {
		return true
	}
	return false
}

// Diff returns the changes from register old to register new: the
// controller, the regimes, the notice's identification, subjects, data
// categories, recipients, transfers, retention rules, activities (their
// purposes, grounds, data, recipients, transfers, retention and every
// other member), the general bases, the change policy, locations and
// rights. Elements are matched by id, grounds by their basis and rights by
// the right; an element in both registers is compared member by member.
// Evidence (quotes and locators) and accepted findings are not compared:
// they document the register, they are not processing. A nil register is
// an empty one. The result is sorted (see [Changes]) and deterministic.
//
// A change is marked MustTell when people must be told before the new
// processing starts (Arts. 13(3) and 14(4)): an activity added or its
// purpose changed (a new purpose), a ground with a basis the activity (or
// the register's general bases) did not have, a recipient added to the
// register or to an activity, a transfer added to the register or to an
// activity, and a transfer with a destination it did not have.
func Diff(old, new *Register) Changes {
	if old == nil {
		old = &Register{}
	}
	if new == nil {
		new = &Register{}
	}
	g := basis.UK
	for _, r := range new.Regimes {
		if r.IsValid() {
			g = r
			break
		}
	}
	d := &differ{g: g}
	d.members("controller", "controller", reflect.ValueOf(old.Controller), reflect.ValueOf(new.Controller), nil)
	if !same(reflect.ValueOf(old.Regimes), reflect.ValueOf(new.Regimes)) {
		d.add(Change{Kind: Changed, Path: "regimes", Element: "regimes", ID: "regimes",
			Old: render(reflect.ValueOf(old.Regimes)), New: render(reflect.ValueOf(new.Regimes)),
			Message: "the regimes the register is judged under changed"})
	}
	d.members("notice", "notice", reflect.ValueOf(old.Notice), reflect.ValueOf(new.Notice), nil)
	diffByID(d, "subjects", "subject", old.Subjects, new.Subjects, subjectID, nil)
	diffByID(d, "data", "data category", old.Data, new.Data, dataID, nil)
	diffByID(d, "recipients", "recipient", old.Recipients, new.Recipients, recipientID, nil)
	diffByID(d, "transfers", "transfer", old.Transfers, new.Transfers, transferID, d.transfer)
	diffByID(d, "retention", "retention rule", old.Retention, new.Retention, ruleID, nil)
	diffByID(d, "activities", "activity", old.Activities, new.Activities, activityID, d.activity)
	d.grounds("bases", "the register's general bases", old.Bases, new.Bases)
	d.members("changes", "change policy", reflect.ValueOf(old.Changes), reflect.ValueOf(new.Changes), nil)
	if !same(reflect.ValueOf(old.Locations), reflect.ValueOf(new.Locations)) {
		d.add(Change{Kind: Changed, Path: "locations", Element: "locations", ID: "locations",
			Old: render(reflect.ValueOf(old.Locations)), New: render(reflect.ValueOf(new.Locations)),
			Message: "the countries where the data are processed changed"})
	}
	d.rights(&old.Rights, &new.Rights)
	slices.SortStableFunc(d.out, func(a, b Change) int {
		if c := comparePath(a.Path, b.Path); c != 0 {
			return c
		}
		if a.Kind != b.Kind {
			return int(a.Kind) - int(b.Kind)
		}
		return strings.Compare(a.Message, b.Message)
	})
	return d.out
}

type differ struct {
	g   basis.Regime
	out Changes
}

func (d *differ) add(c Change) { d.out = append(d.out, c) }

// tell marks c as one to tell people before processing, citing the points
// of Art. 13 given and Arts. 13(3) and 14(4).
func (d *differ) tell(c Change, points string) Change {
	c.MustTell = true
	art := "Arts. 13(3) and 14(4)"
	if points != "" {
		art = "Arts. " + points + ", 13(3) and 14(4)"
	}
	c.Article = d.g.Cite(art, time.Time{})
	return c
}

// diffByID diffs two lists of elements matched by id. elem, when not nil,
// compares two elements of the same id; otherwise they are compared
// member by member.
func diffByID[T any](d *differ, name, element string, old, new []T, id func(*T) string, elem func(path string, o, n *T)) {
	oldAt := make(map[string]int, len(old))
	for i := range old {
		if _, dup := oldAt[id(&old[i])]; !dup {
			oldAt[id(&old[i])] = i
		}
	}
	seen := make(map[string]bool, len(new))
	for i := range new {
		n := &new[i]
		k := id(n)
		p := basis.Index(name, i)
		j, ok := oldAt[k]
		if !ok || seen[k] {
			c := Change{Kind: Added, Path: p, Element: element, ID: k, New: render(reflect.ValueOf(*n)),
				Message: element + " " + strconv.Quote(k) + " added"}
			switch name {
			case "activities":
				c = d.tell(c, "13(1)(c)")
				c.Message += ", a new purpose"
			case "recipients":
				c = d.tell(c, "13(1)(e)")
				c.Message += ", a new recipient"
			case "transfers":
				c = d.tell(c, "13(1)(f)")
				c.Message += ", a new transfer"
			}
			d.add(c)
			continue
		}
		seen[k] = true
		if elem != nil {
			elem(p, &old[j], n)
		} else {
			d.members(p, element+" "+strconv.Quote(k), reflect.ValueOf(old[j]), reflect.ValueOf(*n), nil)
		}
	}
	for j := range old {
		k := id(&old[j])
		if oldAt[k] != j || seen[k] {
			continue
		}
		d.add(Change{Kind: Removed, Path: basis.Index(name, j), Element: element, ID: k, Old: render(reflect.ValueOf(old[j])),
			Message: element + " " + strconv.Quote(k) + " removed"})
	}
}

// members compares two values of one struct type member by member (the
// members of embedded structs as their own), skipping ids, evidence and
// the members named in skip, and records a change per member that
// differs.
func (d *differ) members(path, what string, o, n reflect.Value, skip []string) {
	forMembers(o.Type(), func(name string, index []int) {
		if name == "id" || name == "evidence" || slices.Contains(skip, name) {
			return
		}
		ov, nv := o.FieldByIndex(index), n.FieldByIndex(index)
		if same(ov, nv) {
			return
		}
		d.add(Change{Kind: Changed, Path: path + "." + name, Element: what, ID: name, Old: render(ov), New: render(nv),
			Message: what + ": " + name + " changed"})
	})
}

// forMembers calls f with the JSON name and field index of each member of
// struct type t, in declaration order, flattening embedded structs.
func forMembers(t reflect.Type, f func(name string, index []int)) {
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		tag := sf.Tag.Get("json")
		if sf.Anonymous && tag == "" && sf.Type.Kind() == reflect.Struct {
			forMembers(sf.Type, func(name string, index []int) { f(name, append([]int{i}, index...)) })
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if name == "-" {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		f(name, []int{i})
	}
}

var (
	evidenceType = reflect.TypeFor[Evidence]()
	timeType     = reflect.TypeFor[time.Time]()
)

// same reports whether two values of one type are equal, ignoring
// Evidence, comparing times as instants and nil and empty lists as equal.
func same(a, b reflect.Value) bool {
	if a.Type() == evidenceType {
		return true
	}
	if a.Type() == timeType && a.CanInterface() {
		return a.Interface().(time.Time).Equal(b.Interface().(time.Time))
	}
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !same(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice, reflect.Array:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !same(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.String:
		return a.String() == b.String()
	case reflect.Bool:
		return a.Bool() == b.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return a.Int() == b.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return a.Uint() == b.Uint()
	case reflect.Float32, reflect.Float64:
		return a.Float() == b.Float()
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return same(a.Elem(), b.Elem())
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for _, k := range a.MapKeys() {
			bv := b.MapIndex(k)
			if !bv.IsValid() || !same(a.MapIndex(k), bv) {
				return false
			}
		}
		return true
	}
	return true // functions and channels: the register has none
}

// render is a compact JSON rendering of v, or "" when it cannot be
// written or is empty.
func render(v reflect.Value) string {
	if !v.IsValid() || !v.CanInterface() {
		return ""
	}
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return ""
	}
	s := string(b)
	switch s {
	case `""`, "null", "[]", "{}", "0", "false":
		return ""
	}
	if uq, err := strconv.Unquote(s); err == nil && len(s) > 0 && s[0] == '"' {
		return uq
	}
	return s
}

// activity compares two activities of the same id.
func (d *differ) activity(p string, o, n *Activity) {
	what := "activity " + strconv.Quote(n.ID)
	if o.Purpose != n.Purpose {
		c := Change{Kind: Changed, Path: p + ".purpose", Element: "activity", ID: "purpose", Old: o.Purpose, New: n.Purpose,
			Message: what + ": its purpose changed"}
		d.add(d.tell(c, "13(1)(c)"))
	}
	d.grounds(p+".grounds", what, o.Grounds, n.Grounds)
	refs := []struct {
		member, element string
		old, new        []string
		points          string
	}{
		{"subjects", "subject", o.Subjects, n.Subjects, ""},
		{"data", "data category", o.Data, n.Data, ""},
		{"recipients", "recipient", o.Recipients, n.Recipients, "13(1)(e)"},
		{"transfers", "transfer", o.Transfers, n.Transfers, "13(1)(f)"},
		{"retention", "retention rule", o.Retention, n.Retention, ""},
	}
	for _, r := range refs {
		for i, id := range r.new {
			if slices.Contains(r.old, id) {
				continue
			}
			c := Change{Kind: Added, Path: basis.Index(p+"."+r.member, i), Element: r.element, ID: id, New: id,
				Message: what + ": " + r.element + " " + strconv.Quote(id) + " added"}
			if r.points != "" {
				c = d.tell(c, r.points)
			}
			d.add(c)
		}
		for j, id := range r.old {
			if !slices.Contains(r.new, id) {
				d.add(Change{Kind: Removed, Path: basis.Index(p+"."+r.member, j), Element: r.element, ID: id, Old: id,
					Message: what + ": " + r.element + " " + strconv.Quote(id) + " removed"})
			}
		}
	}
	d.members(p, what, reflect.ValueOf(*o), reflect.ValueOf(*n),
		[]string{"purpose", "grounds", "subjects", "data", "recipients", "transfers", "retention"})
}

// grounds compares two lists of grounds matched by basis: a basis in new
// only is a new basis (MustTell), in old only a basis no longer relied
// on, and grounds of one basis are compared member by member, pairing the
// i-th ground of a basis in old with the i-th in new.
func (d *differ) grounds(p, what string, old, new []Ground) {
	count := func(gs []Ground, b basis.Basis, upto int) int {
		n := 0
		for _, g := range gs[:upto] {
			if g.Basis == b {
				n++
			}
		}
		return n
	}
	nth := func(gs []Ground, b basis.Basis, k int) int {
		for i, g := range gs {
			if g.Basis == b {
				if k == 0 {
					return i
				}
				k--
			}
		}
		return -1
	}
	for i, g := range new {
		k := count(new, g.Basis, i)
		j := nth(old, g.Basis, k)
		path := basis.Index(p, i)
		if j < 0 {
			c := Change{Kind: Added, Path: path, Element: "ground", ID: groundID(g.Basis), New: render(reflect.ValueOf(g)),
				Message: what + ": a ground on the basis " + groundID(g.Basis) + " added"}
			if g.Basis != 0 && nth(old, g.Basis, 0) < 0 {
				c = d.tell(c, "13(1)(c)")
				c.Message += ", a new lawful basis"
			}
			d.add(c)
			continue
		}
		d.members(path, what+", ground "+groundID(g.Basis), reflect.ValueOf(old[j]), reflect.ValueOf(g), nil)
	}
	for j, g := range old {
		k := count(old, g.Basis, j)
		if nth(new, g.Basis, k) < 0 {
			d.add(Change{Kind: Removed, Path: basis.Index(p, j), Element: "ground", ID: groundID(g.Basis), Old: render(reflect.ValueOf(g)),
				Message: what + ": a ground on the basis " + groundID(g.Basis) + " removed"})
		}
	}
}

func groundID(b basis.Basis) string {
	if b == 0 {
		return "not stated"
	}
	return b.String()
}

// transfer compares two transfers of the same id: a destination added is
// a new transfer to tell people of.
func (d *differ) transfer(p string, o, n *Transfer) {
	what := "transfer " + strconv.Quote(n.ID)
	for i, c := range n.Countries {
		if !slices.Contains(o.Countries, c) {
			ch := Change{Kind: Added, Path: basis.Index(p+".countries", i), Element: "destination", ID: string(c), New: string(c),
				Message: what + ": destination " + string(c) + " added, a new transfer"}
			d.add(d.tell(ch, "13(1)(f)"))
		}
	}
	for j, c := range o.Countries {
		if !slices.Contains(n.Countries, c) {
			d.add(Change{Kind: Removed, Path: basis.Index(p+".countries", j), Element: "destination", ID: string(c), Old: string(c),
				Message: what + ": destination " + string(c) + " removed"})
		}
	}
	if n.AnyThirdCountry && !o.AnyThirdCountry {
		ch := Change{Kind: Changed, Path: p + ".anyThirdCountry", Element: "destination", ID: "anyThirdCountry", Old: "false", New: "true",
			Message: what + ": now also to third countries not named, a new transfer"}
		d.add(d.tell(ch, "13(1)(f)"))
	} else if o.AnyThirdCountry && !n.AnyThirdCountry {
		d.add(Change{Kind: Changed, Path: p + ".anyThirdCountry", Element: "destination", ID: "anyThirdCountry", Old: "true", New: "false",
			Message: what + ": no longer to third countries not named"})
	}
	d.members(p, what, reflect.ValueOf(*o), reflect.ValueOf(*n), []string{"countries", "anyThirdCountry"})
}

// rights compares two rights handlings, the statements matched by right.
func (d *differ) rights(o, n *RightsHandling) {
	find := func(rs []RightStatement, r rights.Right) int {
		for i, s := range rs {
			if s.Right == r {
				return i
			}
		}
		return -1
	}
	for i, s := range n.Rights {
		p := basis.Index("rights.rights", i)
		j := find(o.Rights, s.Right)
		if j < 0 {
			d.add(Change{Kind: Added, Path: p, Element: "right", ID: s.Right.String(), New: render(reflect.ValueOf(s)),
				Message: "right " + s.Right.String() + " added"})
			continue
		}
		d.members(p, "right "+s.Right.String(), reflect.ValueOf(o.Rights[j]), reflect.ValueOf(s), []string{"right"})
	}
	for j, s := range o.Rights {
		if find(n.Rights, s.Right) < 0 {
			d.add(Change{Kind: Removed, Path: basis.Index("rights.rights", j), Element: "right", ID: s.Right.String(), Old: render(reflect.ValueOf(s)),
				Message: "right " + s.Right.String() + " removed"})
		}
	}
	d.members("rights", "rights handling", reflect.ValueOf(*o), reflect.ValueOf(*n), []string{"rights"})
}

// comparePath orders paths as text, except that runs of digits compare as
// numbers, so "activities[9]" comes before "activities[10]".
func comparePath(a, b string) int {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return len(na) - len(nb)
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return int(a[0]) - int(b[0])
		}
		a, b = a[1:], b[1:]
	}
	return len(a) - len(b)
}

func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

// Text returns the changes as text, one line each:
//
//   - activities[18]: activity "new-purpose" added, a new purpose [tell first: UK GDPR Arts. 13(1)(c), 13(3) and 14(4)]
//     ~ retention[2].period: retention rule "net-9.4": period changed: "P10Y" to "P6Y"
//   - recipients[4]: recipient "jib" removed
//
// with "+" for added, "-" for removed and "~" for changed, then a summary
// line: "3 changes, 1 to tell people before the new processing starts."
// (or "No changes."). Values are clipped to 200 characters. The text is for
// people; match on the Change fields, not on it.
func (cs Changes) Text() []byte {
	var b bytes.Buffer
	_ = cs.WriteText(&b)
	return b.Bytes()
}

// WriteText writes [Changes.Text] to w.
func (cs Changes) WriteText(w io.Writer) error {
	var b bytes.Buffer
	tell := 0
	for _, c := range cs {
		sign := "~"
		switch c.Kind {
		case Added:
			sign = "+"
		case Removed:
			sign = "-"
		}
		b.WriteString(sign + " " + c.Path + ": " + oneLine(c.Message))
		if c.Kind == Changed {
			b.WriteString(": " + quoteValue(c.Old) + " to " + quoteValue(c.New))
		}
		if c.MustTell {
			tell++
			b.WriteString(" [tell first: " + c.Article + "]")
		}
		b.WriteString("\n")
	}
	switch len(cs) {
	case 0:
		b.WriteString("No changes.\n")
	default:
		b.WriteString(plural(len(cs), "change") + ", " + strconv.Itoa(tell) + " to tell people before the new processing starts.\n")
	}
	_, err := w.Write(b.Bytes())
	return err
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func quoteValue(s string) string {
	if s == "" {
		return "(none)"
	}
	return strconv.Quote(clipLabel(s, 200))
}

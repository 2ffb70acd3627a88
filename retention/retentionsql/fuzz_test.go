package retentionsql_test

import (
	"strings"
	"testing"

	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

// FuzzNames: New never panics on any names, and names it accepts never
// change the SQL around them.
func FuzzNames(f *testing.F) {
	f.Add("s", "t", "id", `a"b`, "c; DROP TABLE x; --", "held\n", "i")
	f.Add("", `"`, `""`, "\x00", "é", "\xff", "")
	s := schedule()
	base, err := retentionsql.New(s, retentionsql.Table{Schema: "s", Name: "t", Index: "i"})
	if err != nil {
		f.Fatal(err)
	}
	bq, _ := base.Query(asOf)
	br, _ := base.RuleQuery(asOf, "enquiry")
	want := []string{skeleton(bq.SQL), skeleton(br.SQL), skeleton(strings.Join(base.DDL(), ";"))}
	f.Fuzz(func(t *testing.T, schema, name, id, rule, trigger, held, index string) {
		tab := retentionsql.Table{Schema: schema, Name: name, IDColumn: id, RuleColumn: rule,
			TriggerColumn: trigger, HeldColumn: held, Index: index}
		sw, err := retentionsql.New(s, tab)
		if err != nil {
			if len(err.Error()) > 400 {
				t.Errorf("error of %d bytes", len(err.Error()))
			}
			return
		}
		if schema == "" || index == "" {
			return // the skeleton differs without a schema or a named index
		}
		q, _ := sw.Query(asOf)
		r, _ := sw.RuleQuery(asOf, "enquiry")
		got := []string{skeleton(q.SQL), skeleton(r.SQL), skeleton(strings.Join(sw.DDL(), ";"))}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("names %+v change the SQL:\n%s\nwant\n%s", tab, got[i], want[i])
			}
		}
	})
}

package retentionsql

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dpmodel/dpmodel/basis"
)

// Code is the stable identifier of a kind of problem this package reports;
// it is [basis.Code], so [basis.CodeOf] finds it in any error.
type Code = basis.Code

// Problem codes.
const (
	// CodeBadIdentifier: a table, schema or column name is empty, longer
	// than [MaxIdentifier] bytes, not UTF-8, or holds a control character
	// (from [New]).
	CodeBadIdentifier Code = "retentionsql/bad-identifier"
	// CodeDuplicateColumn: two of the table's columns have the same name
	// (from [New]).
	CodeDuplicateColumn Code = "retentionsql/duplicate-column"
	// CodeBadOption: the table's RuleStorage, or the placeholder style, is
	// not one of the defined values (from [New]).
	CodeBadOption Code = "retentionsql/bad-option"
	// CodeTooManyRules: one query would need more than [MaxParams]
	// parameters (from [Sweeper.Query]; [Sweeper.Sweep] splits the rules
	// into several queries instead).
	CodeTooManyRules Code = "retentionsql/too-many-rules"
	// CodeUnknownRule: a rule ID the schedule lacks (from
	// [Sweeper.RuleQuery]).
	CodeUnknownRule Code = "retentionsql/unknown-rule"
	// CodeBadRow: a row the database returned cannot be read as a record:
	// a negative or NULL id, a rule the schedule lacks, a trigger day that
	// is not a date (from [Sweeper.Sweep]).
	CodeBadRow Code = "retentionsql/bad-row"
	// CodeDisagree: the database returned a row as due that the schedule
	// does not find due, or with another overdue status; the trigger
	// column's dates are then not what the schedule's days are (a driver
	// that shifts dates by a time zone, a column of another type), and the
	// row is not acted on (from [Sweeper.Sweep]).
	CodeDisagree Code = "retentionsql/disagree"
)

// MaxIdentifier is the longest identifier accepted, in bytes: PostgreSQL
// keeps the first NAMEDATALEN-1 = 63 bytes of a longer one and drops the
// rest without an error, so a longer name could silently name another
// table. The limit is applied to every engine.
const MaxIdentifier = 63

// RuleStorage says how the rule column stores a record's rule.
type RuleStorage uint8

const (
	// RuleID stores the rule's ID as text (the default): stable when the
	// schedule's rules are reordered, added or removed.
	RuleID RuleStorage = iota
	// RuleRef stores the rule's [retention.Ref] (its position in the
	// schedule) as a smallint (an integer for schedules of more than
	// 32,768 rules). Two bytes a row instead of the ID's length, but a
	// Ref is positional: reordering the schedule's rules, or removing
	// one, changes what the stored numbers mean.
	RuleRef
)

// Table describes the host's table of records: its name and the names of
// the four columns the sweep reads. A column left empty takes its default
// name. Names are identifiers, never SQL: each is quoted with double quotes
// (an embedded double quote doubled), so it is taken exactly as written,
// case included, and nothing in it can end the quoted name.
type Table struct {
	Schema        string      // the schema, or "" for the search path's default
	Name          string      // the table (required)
	IDColumn      string      // bigint, the record's ID, not negative; default "id"
	RuleColumn    string      // the rule, as RuleStorage says; default "rule"
	TriggerColumn string      // date, the trigger's calendar date; NULL until it happens; default "trigger_day"
	HeldColumn    string      // boolean, a legal hold applies; default "held"
	RuleStorage   RuleStorage // how the rule column stores the rule
	// Index is the name of the (rule, trigger) index that [Sweeper.DDL]
	// creates; the default is the table's name followed by "_due" where
	// that fits in [MaxIdentifier] bytes, else the engine chooses one.
	Index string
}

// table is a validated Table with its names quoted.
type table struct {
	name                    string // quoted, schema-qualified
	id, rule, trigger, held string // quoted column names
	index                   string // quoted index name, "" to let the engine choose
	storage                 RuleStorage
	ruleType                string // the SQL type of the rule column
}

// compile validates t and quotes its names.
func (t Table) compile(rules int) (table, error) {
	cols := []struct {
		path, value, def string
	}{
		{"idColumn", t.IDColumn, "id"},
		{"ruleColumn", t.RuleColumn, "rule"},
		{"triggerColumn", t.TriggerColumn, "trigger_day"},
		{"heldColumn", t.HeldColumn, "held"},
	}
	var c table
	if err := checkIdent("name", t.Name); err != nil {
		return table{}, err
	}
	c.name = Quote(t.Name)
	if t.Schema != "" {
		if err := checkIdent("schema", t.Schema); err != nil {
			return table{}, err
		}
		c.name = Quote(t.Schema) + "." + c.name
	}
	quoted := make([]string, len(cols))
	seen := make(map[string]string, len(cols))
	for i, col := range cols {
		v := col.value
		if v == "" {
			v = col.def
		}
		if err := checkIdent(col.path, v); err != nil {
			return table{}, err
		}
		if other, dup := seen[v]; dup {
			return table{}, &basis.InputError{Code: CodeDuplicateColumn, Path: col.path, Value: v,
				Message: "names the same column as " + other + "; the four columns must differ"}
		}
		seen[v] = col.path
		quoted[i] = Quote(v)
	}
	c.id, c.rule, c.trigger, c.held = quoted[0], quoted[1], quoted[2], quoted[3]
	switch idx := t.Index; {
	case idx != "":
		if err := checkIdent("index", idx); err != nil {
			return table{}, err
		}
		c.index = Quote(idx)
	case len(t.Name)+len("_due") <= MaxIdentifier:
		c.index = Quote(t.Name + "_due")
	}
	c.storage = t.RuleStorage
	switch t.RuleStorage {
	case RuleID:
		c.ruleType = "text"
	case RuleRef:
		c.ruleType = "smallint"
		if rules > 1<<15 {
			c.ruleType = "integer"
		}
	default:
		return table{}, &basis.InputError{Code: CodeBadOption, Path: "ruleStorage",
			Value: strconv.Itoa(int(t.RuleStorage)), Valid: []string{"0 (RuleID)", "1 (RuleRef)"},
			Message: "is not a defined rule storage"}
	}
	return c, nil
}

// checkIdent reports why s cannot be an identifier, or nil.
func checkIdent(path, s string) error {
	bad := func(msg string) error {
		return &basis.InputError{Code: CodeBadIdentifier, Path: path, Value: s, Message: msg}
	}
	switch {
	case s == "":
		return bad("is empty; an identifier needs at least one character")
	case len(s) > MaxIdentifier:
		return bad("is " + strconv.Itoa(len(s)) + " bytes long; PostgreSQL would cut it to " +
			strconv.Itoa(MaxIdentifier) + " bytes, so at most " + strconv.Itoa(MaxIdentifier) + " are accepted")
	case !utf8.ValidString(s):
		return bad("is not valid UTF-8")
	}
	for i, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return bad("has control character " + strconv.QuoteRune(r) + " at byte " + strconv.Itoa(i) +
				"; identifiers are printable text")
		}
	}
	return nil
}

// Quote returns s as an SQL delimited identifier: in double quotes, each
// double quote inside doubled, so `a"b` becomes `"a""b"`. It quotes; it
// does not validate (see [Table]). It is what every name in the generated
// SQL goes through.
func Quote(s string) string {
	return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
}

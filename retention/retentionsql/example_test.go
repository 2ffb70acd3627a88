package retentionsql_test

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/retention/retentionsql"
)

// schedule is a two-rule schedule: enquiries deleted a month after
// collection, with a month's grace; and a criteria-only archive rule, of
// which nothing is ever due.
func schedule() *retention.Schedule {
	s, err := retention.NewSchedule([]retention.Rule{
		{ID: "enquiry", Data: "enquiry", Kind: retention.After, Trigger: retention.Collection,
			Period: retention.Months(1), Grace: retention.Months(1), Action: retention.Delete, Reason: "answer the enquiry"},
		{ID: "archive", Data: "archive", Kind: retention.Criteria, Criteria: "while of historical interest", Reason: "archive"},
	})
	if err != nil {
		panic(err)
	}
	return s
}

func ExampleSweeper_Query() {
	sw, err := retentionsql.New(schedule(), retentionsql.Table{Schema: "crm", Name: "member_records"})
	if err != nil {
		fmt.Println(err)
		return
	}
	// As of 31 March 2024, an enquiry collected on or before 29 February
	// is due (29 February + 1 month = 29 March; 1 March + 1 month = 1
	// April); one collected on or before 31 January is overdue (its grace
	// month ended on 29 March, clamped from 31 January + 2 months).
	q, err := sw.Query(time.Date(2024, 3, 31, 12, 0, 0, 0, time.UTC))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(q.SQL)
	fmt.Printf("%q\n", q.Args)
	// Output:
	// SELECT t."id", t."rule", t."trigger_day",
	// 	v.overdue_cutoff IS NOT NULL AND t."trigger_day" <= v.overdue_cutoff AS overdue
	// FROM "crm"."member_records" AS t
	// JOIN (VALUES
	// 	(CAST($1 AS text), CAST($2 AS date), CAST($3 AS date))
	// ) AS v (rule_key, due_cutoff, overdue_cutoff)
	// 	ON t."rule" = v.rule_key AND t."trigger_day" <= v.due_cutoff
	// WHERE NOT t."held"
	// ["enquiry" "2024-02-29" "2024-01-31"]
}

func ExampleSweeper_RuleQuery() {
	sw, err := retentionsql.New(schedule(), retentionsql.Table{Name: "member_records", TriggerColumn: "collected_on"})
	if err != nil {
		fmt.Println(err)
		return
	}
	// On 5 March 2023 an enquiry collected on or before 5 February is due;
	// one collected on or before 4 January is overdue (4 January + 2
	// months = 4 March, the last day of its grace month, is past).
	q, err := sw.RuleQuery(time.Date(2023, 3, 5, 12, 0, 0, 0, time.UTC), "enquiry")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(q.SQL)
	fmt.Printf("%q\n", q.Args)
	// Output:
	// SELECT t."id", t."rule", t."collected_on",
	// 	CAST($3 AS date) IS NOT NULL AND t."collected_on" <= CAST($3 AS date) AS overdue
	// FROM "member_records" AS t
	// WHERE t."rule" = CAST($1 AS text) AND t."collected_on" <= CAST($2 AS date) AND NOT t."held"
	// ["enquiry" "2023-02-05" "2023-01-04"]
}

func ExampleSweeper_DDL() {
	sw, err := retentionsql.New(schedule(), retentionsql.Table{Name: "member_records", RuleStorage: retentionsql.RuleRef})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, stmt := range sw.DDL() {
		fmt.Println(stmt + ";")
	}
	// Output:
	// CREATE TABLE IF NOT EXISTS "member_records" (
	// 	"id" bigint PRIMARY KEY CHECK ("id" >= 0),
	// 	"rule" smallint NOT NULL,
	// 	"trigger_day" date,
	// 	"held" boolean NOT NULL DEFAULT false
	// );
	// CREATE INDEX IF NOT EXISTS "member_records_due" ON "member_records" ("rule", "trigger_day") INCLUDE ("id") WHERE NOT "held";
}

func ExampleNew_badName() {
	// A name is an identifier, never SQL: a quote in it is doubled, and a
	// control character is refused.
	_, err := retentionsql.New(schedule(), retentionsql.Table{Name: "records\n; DROP TABLE members"})
	fmt.Println(err)
	sw, _ := retentionsql.New(schedule(), retentionsql.Table{Name: `records"; DROP TABLE members; --`})
	fmt.Println(sw.DDL()[1])
	// Output:
	// name: "records\n; DROP TABLE members": has control character '\n' at byte 7; identifiers are printable text [retentionsql/bad-identifier]
	// CREATE INDEX IF NOT EXISTS "records""; DROP TABLE members; --_due" ON "records""; DROP TABLE members; --" ("rule", "trigger_day") INCLUDE ("id") WHERE NOT "held"
}

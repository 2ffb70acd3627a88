// Package retentionsql runs a [retention] sweep inside a SQL database: the
// schedule's cutoffs are computed in Go and the database finds the records,
// with one plain predicate per rule that an index on (rule, trigger day)
// answers by a range scan. It uses only [database/sql]: the host brings the
// driver and the connection.
//
// # The one call
//
//	sw, err := retentionsql.New(schedule, retentionsql.Table{Name: "member_records"})
//	...
//	for due, err := range sw.Sweep(ctx, db, time.Now()) {
//		// due is a retention.DueRecord: due.Record.ID, due.Action,
//		// due.Status() (due or overdue), due.Rule(), due.Due(), due.Deadline()
//	}
//
// [Sweeper.Sweep] yields what [retention.Sweeper.Sweep] yields for the same
// rows, checked row by row against the schedule. [Sweeper.Query] and
// [Sweeper.RuleQuery] return the SQL and its arguments for a host that runs
// it itself (to delete in the same statement, say, or from another tool).
//
// # The table
//
// The host describes its table with a [Table]: a name (optionally
// schema-qualified) and four columns. [Sweeper.DDL] gives a table of that
// shape and its index, for the default names:
//
//	CREATE TABLE IF NOT EXISTS "member_records" (
//		"id" bigint PRIMARY KEY CHECK ("id" >= 0),
//		"rule" text NOT NULL,
//		"trigger_day" date,
//		"held" boolean NOT NULL DEFAULT false
//	)
//	CREATE INDEX IF NOT EXISTS "member_records_due" ON "member_records" ("rule", "trigger_day")
//		INCLUDE ("id") WHERE NOT "held"
//
// The columns:
//
//   - id is the host's record ID, a [retention.Record]'s ID (a bigint not
//     below zero, as Record's uint64 holds it).
//   - rule is the rule's ID as text ([RuleID], the default), which stays
//     right however the schedule's rules are reordered; or, with [RuleRef],
//     its [retention.Ref] as a smallint, which is shorter but positional.
//     A record governed by several rules ("whichever comes first") is one
//     row per rule, as it is one [retention.Record] per rule in a sweep.
//   - trigger_day is the calendar date the rule's trigger happened, as a
//     PostgreSQL date: the date in the schedule's location (Europe/London
//     by default, [retention.Schedule.Location]), the date
//     [retention.DayOf] gives, not the UTC date of an instant; NULL while
//     the trigger has not happened (a NULL never compares true, so such a
//     row is never due).
//   - held is true while a legal hold applies (UK GDPR Art. 17(3)(e)); a
//     held row is never due, and neither is a NULL one.
//
// Every name is quoted as a delimited identifier ([Quote]); names are
// validated (not empty, at most [MaxIdentifier] bytes, UTF-8, no control
// characters) so nothing a host passes as a name can become SQL, and every
// value goes as a parameter.
//
// # The query
//
// For an as-of date, [retention.Sweeper.Cutoff] gives each rule's cutoff:
// the latest trigger day whose action is due, exactly, with month ends,
// 29 February and statutory floors accounted for. The overdue cutoff, the
// latest trigger day whose grace period has run out, is found the same way
// from [retention.Sweeper.Check]. [Sweeper.Query] joins them, as a VALUES
// list of parameters, to the table:
//
//	SELECT t."id", t."rule", t."trigger_day",
//		v.overdue_cutoff IS NOT NULL AND t."trigger_day" <= v.overdue_cutoff AS overdue
//	FROM "member_records" AS t
//	JOIN (VALUES
//		(CAST($1 AS text), CAST($2 AS date), CAST($3 AS date)),
//		(CAST($4 AS text), CAST($5 AS date), CAST($6 AS date))
//	) AS v (rule_key, due_cutoff, overdue_cutoff)
//		ON t."rule" = v.rule_key AND t."trigger_day" <= v.due_cutoff
//	WHERE NOT t."held"
//
// with arguments such as "enquiry", "2024-02-29", "2024-01-31", "event",
// "2023-03-31", "2023-03-01" (a NULL overdue cutoff, nil, says none is
// overdue). Rules of which nothing can
// be due (no cutoff, criteria-only rules) are left out; with none left the
// query selects nothing. Dates go as 2006-01-02 text under a CAST, so no
// driver or session time zone can shift them. [Sweeper.RuleQuery] gives
// the same columns for one rule, with the predicate written out:
// t."rule" = $1 AND t."trigger_day" <= $2 AND NOT t."held". [WithPlaceholder]
// switches $1, $2, ... to ? for drivers that want it.
//
// With the index of [Sweeper.DDL], PostgreSQL plans the query as a nested
// loop over the VALUES rows, each an index-only range scan with Index Cond
// ((rule = ...) AND (trigger_day <= ...)): the sweep reads the index
// entries of the due rows and nothing else. That is what keeps a daily
// sweep cheap when the host acts on what it finds, so that few rows are
// due at a time. A plain (rule, trigger_day) index gives the same plan with
// bitmap heap scans, which visit the table page of every due row; where a
// rule's rows lie all over the table (trigger days unrelated to the order
// of insertion) that is nearly a pass over the table per rule, slower than
// one sequential scan. The planner does not see the cutoffs through the
// VALUES list, so its plan is the same for every as-of date: on a first
// sweep of an old table, with most rows due, a sequential scan would be
// faster, and the per-rule queries, which pass each cutoff as a plain
// parameter, are planned for their values.
//
// # Distributed SQL engines
//
// The query uses only what PostgreSQL-protocol distributed engines accept
// (numbered placeholders, CAST, a VALUES list as a table, a join with a
// conjunction of an equality and a range), and its predicate is the shape
// they distribute well: an equality on the index's first column and a range
// on its second.
//
//   - CockroachDB keeps each index as ordered key ranges spread over the
//     nodes. With the (rule, trigger_day) index, its optimizer turns the
//     join into a lookup join from the VALUES rows into the index, one span
//     per rule from the rule's first key to its cutoff, executed on the
//     nodes that hold those ranges. An index that stores the id and leaves
//     held rows out, as that of [Sweeper.DDL] does (INCLUDE is PostgreSQL's
//     spelling of CockroachDB's STORING; both engines have partial indexes),
//     saves the lookup into the primary index. A hash-sharded index (USING HASH), which
//     spreads the writes of consecutive days, splits each span into one per
//     shard and stays an index scan.
//   - Citus shards a PostgreSQL table over worker nodes by a distribution
//     column, and the index is created on every shard (Citus propagates
//     CREATE INDEX). Distributed by id, the join needs the VALUES list on
//     every worker: Citus either pushes the join down with the list as a
//     relation that recurs on every shard, or, by its recursive planning,
//     sends the list to the workers first; each shard then runs the same
//     index range scans in parallel. Distributed by rule, each per-rule
//     query ([Sweeper.RuleQuery]) is routed to the one shard holding the
//     rule. Which plan a given Citus version picks is for its EXPLAIN to
//     show; the SQL needs no change.
//
// Neither is packaged by Debian (the release the CI machines run has
// CockroachDB's Go client libraries only, and no Citus), so neither is
// tested here; the tests run against Debian's PostgreSQL.
//
// # Tests
//
// The module's own tests check the SQL text. The tests against a real
// server are the module in pgtest/ (a module of its own, so that this one
// needs no driver and no server): they load 1,000,000 generated records and
// check that the query yields exactly the records the in-process sweep
// does, and compare PostgreSQL's own date + interval arithmetic with
// [retention.Period] day by day from 1900 to 2100 (they agree on every day:
// both add months, clamping to the month's last day, then days). The
// repository's .ci/postgres.sh starts a server and runs them.
//
// # References
//
//   - PostgreSQL documentation, "Lexical Structure" (quoted identifiers,
//     NAMEDATALEN), "VALUES Lists", "Date/Time Functions and Operators"
//     (date + interval), "Indexes: Multicolumn Indexes".
//   - UK GDPR Art. 5(1)(e) (storage limitation), Art. 17(3)(e) (legal
//     claims, the holds).
package retentionsql

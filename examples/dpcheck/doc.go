// Command dpcheck checks records of processing (register files in the
// gdpr package's JSON format) against the UK GDPR and the EU GDPR as the
// law stood on a given day, and reports each finding with the rule and
// article it rests on, the evidence the register records for the element,
// and the element's place in the file.
//
// Usage:
//
//	go run ./examples/dpcheck [-at YYYY-MM-DD] [-format text|json|sarif] [-timeline FROM..TO] [file ...]
//
// With no file it checks the registers bundled with the module
// (examples/registers). The day checked defaults to today's date in London
// and is printed in every report.
//
// # What it prints
//
// The text report (the default) is for people: for each file, the
// findings about the register as a whole and then those of each activity
// (named by its id and purpose), each with its severity, message, article
// and code, the file, line and column of the element (columns count
// bytes), the register's evidence quote for the element or its nearest
// enclosing element that has one, and a summary line such as
// "3 errors, 5 warnings, 2 infos, 1 accepted".
//
// A finding's path names the element in JSON member names, such as
// activities[2].grounds[0].lia; where the file leaves that member out,
// the place shown is that of the nearest enclosing element it has.
//
// # Accepted findings
//
// A register records the findings the controller has reviewed and
// accepted in its "accepted" member (gdpr/FORMAT.md):
//
//	"accepted": [{"code": "gdpr/lia-not-evidenced",
//	              "path": "activities[0].grounds[0].lia",
//	              "regime": "uk",
//	              "reason": "The assessment is in the minutes of 2024-05-01.",
//	              "by": "Jane Smith, Data Protection Officer",
//	              "date": "2024-05-02"}]
//
// An accepted finding (same code and path, and regime when one is given)
// is shown, marked as accepted with who accepted it, when and why, and is
// not counted, from the acceptance's date on (always, when it has none).
// An acceptance that matches no finding on the day checked is listed, so
// that it can be removed.
//
// # Timeline
//
// With -timeline FROM..TO the report also says, for each finding, on
// which days within the range it starts and stops holding, and what
// changed on that day: "Starts to hold on 2024-03-22: … standard
// contractual clauses (Decision 2010/87/EU) can no longer be relied on
// for UK transfers" (the recipient package reads 2024-03-21 as the old
// clauses' last day). The register is validated on the first and last days
// of the range and on every day within it on which a change the packages
// know takes effect: the commencements of basis.AllChanges, the first and
// last days of the adequacy decisions and regulations of
// recipient.AdequacyEntries, the days on which transfer mechanisms become
// or stop being available (found from recipient's transfer check, which
// does not export its table of windows), and every date written in the
// register and the day after it. It then names the next dated change in
// the law after the day checked.
//
// # JSON report
//
// -format json writes one object, indented, with members in this order
// and arrays in the order of the text report, so the same input always
// gives the same bytes:
//
//	tool        "dpcheck"
//	at          the day checked, YYYY-MM-DD
//	timeline    {from, to}, with -timeline only
//	registers   one object per file:
//	  file        the file name as given (or the bundled register's name)
//	  controller  the controller's name, when the file gives one
//	  problem     when the file cannot be used: {file, code, path, line, column, value, valid, message}
//	  findings    [finding]
//	  acceptedNotFound  acceptances that match no finding: [{code, path, regime, reason, by, date}]
//	  summary     {errors, warnings, infos, accepted}
//	  timeline    with -timeline: {from, to, dates (the days validated), findings: [finding with periods]}
//	summary     the totals over the files that could be checked
//	exitStatus  the command's exit status
//	nextChange  with -timeline: {date, changes} of the next dated change in the law after at
//
// A finding is {code, severity ("error", "warning", "info"), regime ("uk"
// or "eu", when the rule differs), article, message, value, path, line,
// column (bytes, 1-based), exact (false when the place is the nearest
// enclosing element's), activity {index (0-based), id, purpose}, evidence
// {quote, path of the element it belongs to}, related [{path, line,
// column}], accepted {code, path, regime, reason, by, date}, periods}. A period
// is {start, startReasons, heldAtStart, end (its last day), stop (the
// first day it no longer holds; absent when heldAtEnd), stopReasons,
// heldAtEnd}. Members with no value are left out.
//
// # SARIF report
//
// -format sarif writes a SARIF 2.1.0 log for code-review tools and CI:
// one run whose driver lists one rule per finding code, one result per
// finding (level error, warning or note), located by the file's URI and
// the line and column (in UTF-16 code units, the SARIF default) with the
// JSON path as the logical location; accepted findings carry an accepted
// in-source suppression (the acceptance is in the register file) with
// who accepted it, when and why. Files that cannot be used are
// error notifications of the invocation.
//
// # Exit status
//
// 0 when no error-severity finding remains that has not been accepted
// (warnings and infos do not count), 1 when one does, 2 when a file or an
// option cannot be used; the message then gives the file, line, column
// and JSON path of the problem.
package main

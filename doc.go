// Package dpmodel is a pure-Go library for data-protection modelling under the
// UK GDPR (with the Data Protection Act 2018 and PECR) and the EU GDPR.
//
// This package holds no code; it is the map of the module:
//
//   - [github.com/dpmodel/dpmodel/basis]: regimes and their dated changes,
//     lawful bases (Art. 6), special categories (Art. 9), criminal offence
//     data (Art. 10), conditions (Art. 9(2), DPA 2018 Sch. 1), grounds, the
//     age of digital consent (Art. 8).
//   - [github.com/dpmodel/dpmodel/recipient]: recipients, their roles and
//     agreements (Arts. 26, 28), countries, adequacy and transfer mechanisms
//     (Chapter V), judged as of a date.
//   - [github.com/dpmodel/dpmodel/retention]: periods, trigger events, rules
//     and schedules, due dates for one record and streaming sweeps over many.
//   - [github.com/dpmodel/dpmodel/rights]: data-subject rights, which apply
//     when, request deadlines by the ICO's method with UK bank holidays, and
//     the lifecycle of a request.
//   - examples/tour: a runnable walk through all four with facts from the
//     seed notices (go run ./examples/tour).
//
// Dates are legal dates: month arithmetic clamps to the month's last day (31
// January plus one month is 28 or 29 February), and every date-dependent rule
// is judged as of a date the caller passes. Nothing in the module keeps
// package-level mutable state, reads the clock or performs I/O.
package dpmodel

package main

import (
	"regexp"
	"strings"
)

// The decoders' messages name the Go types of the register ("expected a
// string for gdpr.Fact", "unknown code for basis.Basis"), which mean
// nothing to a privacy officer; the JSON path, the value and the valid
// values say what is wrong. plainMessage takes the Go names out.
var (
	goType      = `(?:\[\])?\*?[a-z][a-z0-9]*\.[A-Z][A-Za-z0-9]*(?:\(\d+\))?`
	reCodeFor   = regexp.MustCompile(`\b(unknown|empty) code for ` + goType)
	reBadType   = regexp.MustCompile(`\bbad ` + goType + `: `)
	reExpected  = regexp.MustCompile(`^expected (.+?) for \S+, got `)
	rePrefix    = regexp.MustCompile(`^(?:` + goType + `|[a-z]+): `)
	reNullNote  = regexp.MustCompile(` \(only a pointer, slice, map or interface may be null\)`)
	reLeftovers = regexp.MustCompile(`\b` + goType)
)

// plainMessage returns msg without Go type names.
func plainMessage(msg string) string {
	msg = reCodeFor.ReplaceAllString(msg, "$1 code")
	msg = reBadType.ReplaceAllString(msg, "")
	msg = reExpected.ReplaceAllString(msg, "expected $1, got ")
	msg = reNullNote.ReplaceAllString(msg, "")
	for {
		m := rePrefix.ReplaceAllString(msg, "")
		if m == msg {
			break
		}
		msg = m
	}
	msg = reLeftovers.ReplaceAllString(msg, "value")
	return strings.TrimSpace(msg)
}

package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// The members that the SARIF 2.1.0 schema requires
// (https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
// copied from the "required" lists of its definitions, and the "anyOf"
// alternatives of which one must be present. Object names are the
// schema's definitions.
var sarifRequired = map[string][]string{
	"sarifLog":                     {"version", "runs"},
	"run":                          {"tool"},
	"tool":                         {"driver"},
	"toolComponent":                {"name"},
	"result":                       {"message"},
	"message":                      {},
	"location":                     {},
	"physicalLocation":             {},
	"artifactLocation":             {},
	"region":                       {},
	"reportingDescriptor":          {"id"},
	"suppression":                  {"kind"},
	"multiformatMessageString":     {"text"},
	"invocation":                   {"executionSuccessful"},
	"notification":                 {"message"},
	"logicalLocation":              {},
	"reportingDescriptorReference": {},
}

var sarifAnyOf = map[string][]string{
	"message":                      {"text", "id"},
	"physicalLocation":             {"address", "artifactLocation"},
	"region":                       {"startLine", "charOffset", "byteOffset"},
	"reportingDescriptorReference": {"id", "index", "guid"},
}

// sarifEnums are the enumerations of the members the command writes.
var sarifEnums = map[string][]string{
	"sarifLog.version":   {"2.1.0"},
	"result.level":       {"none", "note", "warning", "error"},
	"notification.level": {"none", "note", "warning", "error"},
	"suppression.kind":   {"inSource", "external"},
	"suppression.status": {"accepted", "underReview", "rejected"},
	"run.columnKind":     {"utf16CodeUnits", "unicodeCodePoints"},
}

// sarifChildren says which definition each member the command writes
// holds (an array member: each element).
var sarifChildren = map[string]map[string]string{
	"sarifLog":            {"runs": "run"},
	"run":                 {"tool": "tool", "results": "result", "invocations": "invocation"},
	"tool":                {"driver": "toolComponent"},
	"toolComponent":       {"rules": "reportingDescriptor"},
	"reportingDescriptor": {"shortDescription": "multiformatMessageString"},
	"result":              {"message": "message", "locations": "location", "relatedLocations": "location", "suppressions": "suppression"},
	"location":            {"physicalLocation": "physicalLocation", "logicalLocations": "logicalLocation"},
	"physicalLocation":    {"artifactLocation": "artifactLocation", "region": "region"},
	"invocation":          {"toolExecutionNotifications": "notification"},
	"notification":        {"message": "message", "locations": "location", "descriptor": "reportingDescriptorReference"},
}

// checkSARIF returns a problem for every required member missing from v,
// an object of definition def at path, and its members, and for every
// value outside its enumeration.
func checkSARIF(def, path string, v any) []string {
	var probs []string
	errorf := func(format string, args ...any) { probs = append(probs, fmt.Sprintf(format, args...)) }
	obj, ok := v.(map[string]any)
	if !ok {
		errorf("%s: a %s must be an object, got %T", path, def, v)
		return probs
	}
	req, known := sarifRequired[def]
	if !known {
		errorf("%s: no required list for %s", path, def)
	}
	for _, m := range req {
		if _, ok := obj[m]; !ok {
			errorf("%s: %s lacks the required member %q", path, def, m)
		}
	}
	if alts := sarifAnyOf[def]; len(alts) > 0 && !slices.ContainsFunc(alts, func(m string) bool { _, ok := obj[m]; return ok }) {
		errorf("%s: %s needs one of %q", path, def, alts)
	}
	for m, val := range obj {
		if enum, ok := sarifEnums[def+"."+m]; ok {
			if s, _ := val.(string); !slices.Contains(enum, s) {
				errorf("%s.%s = %v, not one of %q", path, m, val, enum)
			}
		}
		child, ok := sarifChildren[def][m]
		if !ok {
			continue
		}
		if arr, ok := val.([]any); ok {
			for i, e := range arr {
				probs = append(probs, checkSARIF(child, fmt.Sprintf("%s.%s[%d]", path, m, i), e)...)
			}
			continue
		}
		probs = append(probs, checkSARIF(child, path+"."+m, val)...)
	}
	return probs
}

// TestCheckSARIF shows that the check finds what a log lacks.
func TestCheckSARIF(t *testing.T) {
	bad := `{"runs": [{"tool": {"driver": {}}, "results": [{"level": "fatal", "message": {},
		"locations": [{"physicalLocation": {"region": {"startColumn": 1}}}], "suppressions": [{}]}]}]}`
	var v any
	if err := json.Unmarshal([]byte(bad), &v); err != nil {
		t.Fatal(err)
	}
	got := checkSARIF("sarifLog", "$", v)
	slices.Sort(got)
	want := []string{
		`$.runs[0].results[0].level = fatal, not one of ["none" "note" "warning" "error"]`,
		`$.runs[0].results[0].locations[0].physicalLocation.region: region needs one of ["startLine" "charOffset" "byteOffset"]`,
		`$.runs[0].results[0].locations[0].physicalLocation: physicalLocation needs one of ["address" "artifactLocation"]`,
		`$.runs[0].results[0].message: message needs one of ["text" "id"]`,
		`$.runs[0].results[0].suppressions[0]: suppression lacks the required member "kind"`,
		`$.runs[0].tool.driver: toolComponent lacks the required member "name"`,
		`$: sarifLog lacks the required member "version"`,
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("checkSARIF found\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSARIFRequiredMembers(t *testing.T) {
	for _, args := range [][]string{
		{"-at", "2026-11-23", "-format", "sarif", "testdata/society.json"},
		{"-at", "2026-11-23", "-format", "sarif", "testdata/bad.json", "testdata/good.json"},
		{"-format", "sarif", "testdata/good.json"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			out, _, _ := runFake(t, fakeChecker{}, args...)
			var log any
			if err := json.Unmarshal([]byte(out), &log); err != nil {
				t.Fatal(err)
			}
			for _, p := range checkSARIF("sarifLog", "$", log) {
				t.Error(p)
			}
			m := log.(map[string]any)
			if m["$schema"] != sarifSchema {
				t.Errorf("$schema = %v", m["$schema"])
			}
		})
	}
}

func TestSARIFContent(t *testing.T) {
	out, _, _ := runFake(t, fakeChecker{}, "-at", "2026-11-23", "-format", "sarif", "testdata/society.json")
	var log sarifLog
	if err := json.Unmarshal([]byte(out), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	var ids []string
	for _, r := range run.Tool.Driver.Rules {
		ids = append(ids, r.ID)
	}
	for _, res := range run.Results {
		if ids[res.RuleIndex] != res.RuleID {
			t.Errorf("result %s has ruleIndex %d, which is %s", res.RuleID, res.RuleIndex, ids[res.RuleIndex])
		}
		accepted := res.RuleID == "fake/lia-missing" || res.RuleID == "fake/dpo-not-evidenced"
		if accepted != (len(res.Suppressions) == 1) {
			t.Errorf("result %s: suppressions %v", res.RuleID, res.Suppressions)
		}
		r := res.Locations[0].PhysicalLocation.Region
		if r == nil || r.StartLine < 1 || r.StartColumn < 1 {
			t.Errorf("result %s has no region", res.RuleID)
		}
		if res.RuleID == "fake/old-clauses" && (res.Level != "error" || r.StartLine != 9 || r.StartColumn != 20) {
			t.Errorf("old clauses: level %s at %d:%d, want error at 9:20", res.Level, r.StartLine, r.StartColumn)
		}
	}
}

func TestArtifactURI(t *testing.T) {
	tests := map[string]string{
		"testdata/society.json": "testdata/society.json",
		"/tmp/a b.json":         "file:///tmp/a%20b.json",
		"dir/#1.json":           "dir/%231.json",
	}
	for in, want := range tests {
		if got := artifactURI(in); got != want {
			t.Errorf("artifactURI(%q) = %q, want %q", in, got, want)
		}
	}
}

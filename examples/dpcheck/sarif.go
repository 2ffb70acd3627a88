package main

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/text"
)

// The SARIF 2.1.0 report (-format sarif), for code-review tools and CI:
// one run, one rule per finding code, one result per finding, accepted
// findings as results with an accepted external suppression, and files
// that could not be checked as error notifications of the invocation.

const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	toolURI      = "https://github.com/dpmodel/dpmodel"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	ColumnKind  string            `json:"columnKind"`
	Results     []sarifResult     `json:"results"`
	Properties  map[string]string `json:"properties,omitempty"`
}

type sarifTool struct {
	Driver sarifComponent `json:"driver"`
}

type sarifComponent struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID               string       `json:"id"`
	ShortDescription sarifMessage `json:"shortDescription"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ExitCode                   int                 `json:"exitCode"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level      string          `json:"level"`
	Message    sarifMessage    `json:"message"`
	Descriptor *sarifRuleRef   `json:"descriptor,omitempty"`
	Locations  []sarifLocation `json:"locations,omitempty"`
}

type sarifRuleRef struct {
	ID string `json:"id"`
}

type sarifResult struct {
	RuleID           string             `json:"ruleId"`
	RuleIndex        int                `json:"ruleIndex"`
	Level            string             `json:"level"`
	Message          sarifMessage       `json:"message"`
	Locations        []sarifLocation    `json:"locations"`
	RelatedLocations []sarifLocation    `json:"relatedLocations,omitempty"`
	Suppressions     []sarifSuppression `json:"suppressions,omitempty"`
	Properties       *sarifProperties   `json:"properties,omitempty"`
}

type sarifLocation struct {
	ID               *int                  `json:"id,omitempty"`
	PhysicalLocation sarifPhysicalLocation `json:"physicalLocation"`
	LogicalLocations []sarifLogical        `json:"logicalLocations,omitempty"`
}

type sarifPhysicalLocation struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Status        string `json:"status"`
	Justification string `json:"justification"`
}

type sarifProperties struct {
	Article  string `json:"article,omitempty"`
	Regime   string `json:"regime,omitempty"`
	Evidence string `json:"evidence,omitempty"`
	Activity string `json:"activity,omitempty"`
}

// sarifLevel maps a severity to a SARIF level.
func sarifLevel(s basis.Severity) string {
	switch s {
	case basis.Error:
		return "error"
	case basis.Warning:
		return "warning"
	}
	return "note"
}

// artifactURI writes a file name as a URI: a relative reference for a
// relative name (resolved against the directory the command ran in), a
// file URI for an absolute one.
func artifactURI(name string) string {
	u := &url.URL{Path: filepath.ToSlash(name)}
	if filepath.IsAbs(name) {
		u.Scheme = "file"
		if !strings.HasPrefix(u.Path, "/") {
			u.Path = "/" + u.Path // a Windows drive letter
		}
	}
	return u.String()
}

func writeSARIF(w io.Writer, rep *report) error {
	run := sarifRun{Tool: sarifTool{Driver: sarifComponent{Name: "dpcheck", InformationURI: toolURI, Rules: []sarifRule{}}},
		ColumnKind: "utf16CodeUnits", Results: []sarifResult{},
		Properties: map[string]string{"at": rep.opt.at.String()}}
	var codes []basis.Code
	articleOf := map[basis.Code]string{}
	for _, cf := range rep.files {
		for _, it := range cf.items {
			if _, ok := articleOf[it.Code]; !ok {
				codes = append(codes, it.Code)
				articleOf[it.Code] = it.Article
			}
		}
	}
	slices.Sort(codes)
	for _, c := range codes {
		d := "dpmodel rule " + string(c)
		if a := articleOf[c]; a != "" {
			d += " (" + a + ")"
		}
		run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{ID: string(c), ShortDescription: sarifMessage{Text: d}})
	}
	inv := sarifInvocation{ExecutionSuccessful: rep.status != exitUnusable, ExitCode: rep.status}
	for _, cf := range rep.files {
		if p := cf.problem; p != nil {
			n := sarifNotification{Level: "error", Message: sarifMessage{Text: p.describe()}, Descriptor: &sarifRuleRef{ID: string(p.Code)}}
			loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: artifactURI(p.file)}}}
			if p.Line > 0 {
				loc.PhysicalLocation.Region = &sarifRegion{StartLine: p.Line, StartColumn: max(p.Column, 1)}
			}
			n.Locations = []sarifLocation{loc}
			inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
			continue
		}
		uri := artifactURI(cf.name)
		for _, it := range cf.items {
			msg := it.Message
			if it.Article != "" {
				msg += " (" + it.Article + ")"
			}
			if it.evidence != "" {
				msg += " Evidence: " + text.Quote(it.evidence)
			}
			res := sarifResult{RuleID: string(it.Code), RuleIndex: slices.Index(codes, it.Code), Level: sarifLevel(it.Severity),
				Message: sarifMessage{Text: msg}, Locations: []sarifLocation{location(uri, it.pos, cf.doc != nil, it.Path)}}
			for _, r := range it.related {
				res.RelatedLocations = append(res.RelatedLocations, location(uri, r.pos, cf.doc != nil, r.path))
			}
			for i := range res.RelatedLocations {
				id := i + 1
				res.RelatedLocations[i].ID = &id
			}
			if a := it.accepted; a != nil {
				res.Suppressions = []sarifSuppression{{Kind: "inSource", Status: "accepted",
					Justification: strings.TrimSpace(acceptedBy(*a) + "Reason: " + reasonText(a.Reason))}}
			}
			props := &sarifProperties{Article: it.Article, Evidence: it.evidence}
			if it.Regime.IsValid() {
				props.Regime = it.Regime.String()
			}
			if it.activity >= 0 {
				props.Activity, _ = cf.activityLabel(it.activity)
			}
			res.Properties = props
			run.Results = append(run.Results, res)
		}
	}
	run.Invocations = []sarifInvocation{inv}
	log := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(log)
}

func location(uri string, pos position, known bool, path string) sarifLocation {
	loc := sarifLocation{PhysicalLocation: sarifPhysicalLocation{ArtifactLocation: sarifArtifact{URI: uri}}}
	if known && pos.Line > 0 {
		loc.PhysicalLocation.Region = &sarifRegion{StartLine: pos.Line, StartColumn: pos.Column16}
	}
	if path != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: path}}
	}
	return loc
}

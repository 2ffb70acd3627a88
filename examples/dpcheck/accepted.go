package main

import (
	"strings"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/strictjson"
)

// acceptedSuffix names the file beside a register that records the
// findings the controller has accepted: iet.json's is iet.accepted.json.
const acceptedSuffix = ".accepted.json"

// acceptedFileName returns the name of the file of accepted findings of
// the register file name.
func acceptedFileName(name string) string {
	return strings.TrimSuffix(name, ".json") + acceptedSuffix
}

// acceptedFile is the format of a file of accepted findings:
//
//	{"accepted": [{"code": "gdpr/lia-missing",
//	               "path": "activities[0].grounds[0].lia",
//	               "reason": "The assessment is in the board minutes of 2024-05-01.",
//	               "who": "Jane Smith, Data Protection Officer",
//	               "date": "2024-05-02"}]}
type acceptedFile struct {
	Accepted []acceptance `json:"accepted"`
}

// acceptance records that a finding was looked at and accepted: the
// finding (code and path, as the checker prints them), why, by whom and
// on what day. An accepted finding is shown as accepted and not counted,
// from its date on.
type acceptance struct {
	Code   basis.Code `json:"code"`
	Path   string     `json:"path"`
	Reason string     `json:"reason"`
	Who    string     `json:"who"`
	Date   day        `json:"date"`
}

// day is a calendar date written YYYY-MM-DD; the zero value is no date.
type day struct {
	date civil.Date
	set  bool
}

func (d day) String() string {
	if !d.set {
		return ""
	}
	return d.date.String()
}

// MarshalText writes the date as YYYY-MM-DD.
func (d day) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText reads a date written YYYY-MM-DD.
func (d *day) UnmarshalText(b []byte) error {
	c, err := civil.Parse(string(b))
	if err != nil {
		return &basis.InputError{Code: codeBadDate, Value: string(b),
			Message: "not a date written as year-month-day, such as 2024-05-02", Err: err}
	}
	*d = day{c, true}
	return nil
}

// The codes of the problems the command itself reports.
const (
	codeBadDate         basis.Code = "dpcheck/bad-date"
	codeAcceptedMissing basis.Code = "dpcheck/accepted-incomplete"
	codeUnreadable      basis.Code = "dpcheck/unreadable"
	codeNoBundled       basis.Code = "dpcheck/no-bundled-registers"
	codeBadFlag         basis.Code = "dpcheck/bad-flag"
	acceptedJSONPrefix             = "dpcheck"
)

// readAccepted decodes a file of accepted findings strictly: unknown or
// repeated members, a bad date and a missing code, reason, who or date are
// errors with the JSON path, line and column.
func readAccepted(data []byte) ([]acceptance, error) {
	var f acceptedFile
	if err := strictjson.Decode(data, &f, strictjson.Options{Prefix: acceptedJSONPrefix, MaxBytes: 4 << 20}); err != nil {
		return nil, err
	}
	for i, a := range f.Accepted {
		p := basis.Index("accepted", i)
		missing := ""
		switch {
		case a.Code == "":
			missing = "code"
		case strings.TrimSpace(a.Reason) == "":
			missing = "reason"
		case strings.TrimSpace(a.Who) == "":
			missing = "who"
		case !a.Date.set:
			missing = "date"
		}
		if missing != "" {
			e := &basis.InputError{Code: codeAcceptedMissing, Path: basis.JoinPath(p, missing),
				Message: "an accepted finding needs its code, the reason it is accepted, who accepted it and the date (" + missing + " is missing)"}
			if doc, err := parseDocument(data); err == nil {
				pos, _ := doc.locate(e.Path)
				e.Line, e.Column = pos.Line, pos.Column
			}
			return nil, e
		}
	}
	return f.Accepted, nil
}

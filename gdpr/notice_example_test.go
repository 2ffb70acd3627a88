package gdpr_test

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/rights"
)

// exampleRegister is a small register for the examples.
func exampleRegister() *gdpr.Register {
	return &gdpr.Register{
		Controller: gdpr.Controller{
			Name:      "Example Institute",
			Contacts:  []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "privacy@example.org"}},
			DPO:       gdpr.DPO{Designated: gdpr.No},
			Authority: gdpr.Authority{Name: "Information Commissioner's Office"},
		},
		Regimes: []basis.Regime{basis.UK},
		Data: []gdpr.DataCategory{{ID: "contact", Name: "contact details", Source: gdpr.FromSubject,
			Provision: gdpr.Contractual, Consequence: "we cannot provide your membership"}},
		Activities: []gdpr.Activity{{ID: "membership", Purpose: "administering membership", Data: []string{"contact"},
			Grounds: []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}}}}},
		Rights: gdpr.RightsHandling{Rights: []gdpr.RightStatement{
			{Right: rights.Access, Stated: gdpr.Yes}, {Right: rights.Rectification, Stated: gdpr.Yes},
			{Right: rights.Erasure, Stated: gdpr.Yes}, {Right: rights.Restriction, Stated: gdpr.Yes},
			{Right: rights.Object, Stated: gdpr.Yes}, {Right: rights.Portability, Stated: gdpr.Yes},
			{Right: rights.ComplainToAuthority, Stated: gdpr.Yes},
		}},
	}
}

// The notice is worded by the law in force on the date: from 2026-06-19 a
// UK notice offers the complaint to the controller (DPA 2018 s.164A) and
// the complaint to the Commissioner rests on DPA 2018 s.165, not Art. 77.
// Missing lists what the register lacks to complete the notice.
func ExampleNoticeOf() {
	reg := exampleRegister()
	for _, day := range []string{"2026-06-18", "2026-06-19"} {
		at, _ := time.ParseInLocation(time.DateOnly, day, basis.UK.Location())
		doc, err := gdpr.NoticeOf(reg, at)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Println(day + ":")
		for line := range strings.Lines(string(doc.Markdown())) {
			if strings.Contains(line, "complain") {
				fmt.Print("  ", line)
			}
		}
	}
	at := time.Date(2026, 6, 19, 12, 0, 0, 0, time.UTC)
	missing, _ := gdpr.Missing(reg, at)
	for _, f := range missing {
		fmt.Println(f.Severity, f.Code, f.Path)
	}
	doc, _ := gdpr.NoticeOf(reg, at)
	fmt.Println(bytes.HasPrefix(doc.HTML(), []byte("<!DOCTYPE html>\n<html lang=\"en-GB\">")))
	// Output:
	// 2026-06-18:
	//   You have the right to lodge a complaint with a supervisory authority (UK GDPR Art. 77): Information Commissioner's Office.
	// 2026-06-19:
	//   You may complain to us about how we use your personal data (DPA 2018 s.164A). We will acknowledge your complaint within 30 days of receiving it, respond without undue delay and tell you the outcome.
	//   How to complain to us: Not stated in the register.
	//   You also have the right to complain to the Information Commissioner (DPA 2018 s.165): Information Commissioner's Office.
	// info gdpr/notice-automated activities[0].automated.decisions
	// warning gdpr/notice-retention activities[0].retention
	// info gdpr/notice-controller-complaints controller.complaints
	// true
}

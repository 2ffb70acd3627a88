package gdpr_test

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
	"pgregory.net/rapid"
)

func day(s string, r basis.Regime) time.Time {
	t, err := time.ParseInLocation(time.DateOnly, s, r.Location())
	if err != nil {
		panic(err)
	}
	return t
}

// TestNoticeLawOnDate checks that the notice is worded by the law in force
// on the date and regime: the instrument cited (the GDPR in the UK before
// 2021-01-01, the UK GDPR from then), the complaints route (UK GDPR
// Art. 77 until 2026-06-18; DPA 2018 ss.164A and 165 from 2026-06-19,
// DUAA 2025 s.103 and S.I. 2026/82 regs. 3 and 7; EU GDPR Art. 77 always
// under the EU regime), the territory transfers leave, and the date taken
// in the regime's location.
func TestNoticeLawOnDate(t *testing.T) {
	tests := []struct {
		name      string
		regime    basis.Regime
		at        time.Time
		want, not []string
		date      string
	}{
		{"UK before the UK GDPR", basis.UK, day("2020-12-31", basis.UK),
			[]string{"GDPR Art. 13 requires", "(GDPR Art. 77)", "Transfers outside the EEA"}, []string{"UK GDPR", "s.164A", "s.165"}, "2020-12-31"},
		{"UK GDPR from 2021", basis.UK, day("2021-01-01", basis.UK),
			[]string{"UK GDPR Art. 13 requires", "(UK GDPR Art. 77)", "Transfers outside the UK"}, []string{"s.164A", "s.165"}, "2021-01-01"},
		{"UK the day before complaints to controllers", basis.UK, day("2026-06-18", basis.UK),
			[]string{"(UK GDPR Art. 77)"}, []string{"s.164A", "s.165"}, "2026-06-18"},
		{"UK from 2026-06-19", basis.UK, day("2026-06-19", basis.UK),
			[]string{"(DPA 2018 s.164A)", "within 30 days", "Information Commissioner (DPA 2018 s.165)"}, []string{"Art. 77"}, "2026-06-19"},
		{"UK 2026-06-18 23:30 UTC is 2026-06-19 in London", basis.UK, time.Date(2026, 6, 18, 23, 30, 0, 0, time.UTC),
			[]string{"(DPA 2018 s.164A)"}, []string{"Art. 77"}, "2026-06-19"},
		{"EU after 2026-06-19", basis.EU, day("2026-07-01", basis.EU),
			[]string{"(GDPR Art. 77)", "Member State of your habitual residence", "Transfers outside the EEA"}, []string{"UK GDPR", "s.164A", "s.165"}, "2026-07-01"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := gdpr.NoticeOf(exampleRegister(), tt.at, gdpr.WithRegime(tt.regime))
			if err != nil {
				t.Fatal(err)
			}
			md := string(doc.Markdown())
			for _, w := range tt.want {
				if !strings.Contains(md, w) {
					t.Errorf("the notice lacks %q", w)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(md, w) {
					t.Errorf("the notice has %q", w)
				}
			}
			if doc.Date.String() != tt.date || doc.Regime != tt.regime {
				t.Errorf("Date, Regime = %s, %v; want %s, %v", doc.Date, doc.Regime, tt.date, tt.regime)
			}
		})
	}
}

// TestNoticeItemOrder checks that the sections follow Art. 13(1)-(2) with
// the Art. 14 items where they fall.
func TestNoticeItemOrder(t *testing.T) {
	doc, err := gdpr.NoticeOf(exampleRegister(), day("2026-03-01", basis.UK))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for line := range strings.Lines(string(doc.Markdown())) {
		if strings.HasPrefix(line, "*") && strings.HasSuffix(line, "*\n") && strings.Contains(line, "Art") {
			got = append(got, strings.Trim(line, "*\n"))
		}
	}
	want := []string{
		"UK GDPR Arts. 13(1)(a) and 14(1)(a)", "UK GDPR Arts. 13(1)(b) and 14(1)(b)",
		"UK GDPR Arts. 13(1)(c)-(f), 13(2)(a), 13(2)(f), 14(1)(c)-(f), 14(2)(a), 14(2)(b), 14(2)(f) and 14(2)(g)",
		"UK GDPR Arts. 13(1) and 14(1)(d)", "UK GDPR Arts. 13(1)(e) and 14(1)(e)", "UK GDPR Arts. 13(1)(f) and 14(1)(f)",
		"UK GDPR Arts. 13(2)(a) and 14(2)(a)", "UK GDPR Arts. 13(2)(b) and 14(2)(c)", "UK GDPR Arts. 13(2)(c) and 14(2)(d)",
		"UK GDPR Arts. 13(2)(d) and 14(2)(e)", "UK GDPR Art. 13(2)(e)", "UK GDPR Art. 14(2)(f)",
		"UK GDPR Arts. 13(2)(f) and 14(2)(g)", "UK GDPR Arts. 13(3) and 14(4)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("sections cite\n%q\nwant\n%q", got, want)
	}
}

// TestNoticeMissing checks each code of an item the register lacks: the
// register that lacks it gives the code at the path, and the complete
// example register does not.
func TestNoticeMissing(t *testing.T) {
	at := day("2026-07-01", basis.UK)
	tests := []struct {
		name string
		edit func(r *gdpr.Register)
		code gdpr.Code
		path string
		sev  basis.Severity
	}{
		{"no name", func(r *gdpr.Register) { r.Controller.Name = "" }, gdpr.CodeNoticeControllerIdentity, "controller.name", basis.Warning},
		{"no contact", func(r *gdpr.Register) { r.Controller.Contacts = nil }, gdpr.CodeNoticeControllerContact, "controller.contacts", basis.Warning},
		{"dpo without contact", func(r *gdpr.Register) { r.Controller.DPO.Designated = gdpr.Yes }, gdpr.CodeNoticeDPOContact, "controller.dpo.contacts", basis.Warning},
		{"dpo not stated", func(r *gdpr.Register) { r.Controller.DPO.Designated = gdpr.NotStated }, gdpr.CodeNoticeDPOContact, "controller.dpo.designated", basis.Info},
		{"no activities", func(r *gdpr.Register) { r.Activities = nil }, gdpr.CodeNoticePurposes, "activities", basis.Warning},
		{"no purpose", func(r *gdpr.Register) { r.Activities[0].Purpose = "" }, gdpr.CodeNoticePurpose, "activities[0].purpose", basis.Warning},
		{"no grounds", func(r *gdpr.Register) { r.Activities[0].Grounds = nil }, gdpr.CodeNoticeBasis, "activities[0].grounds", basis.Warning},
		{"no grounds, general bases", func(r *gdpr.Register) {
			r.Activities[0].Grounds = nil
			r.Bases = []gdpr.Ground{{Ground: basis.Ground{Basis: basis.Contract}}}
		}, gdpr.CodeNoticeBasis, "activities[0].grounds", basis.Info},
		{"ground without basis", func(r *gdpr.Register) { r.Activities[0].Grounds[0].Basis = 0 }, gdpr.CodeNoticeBasis, "activities[0].grounds[0].basis", basis.Warning},
		{"no interest", func(r *gdpr.Register) { r.Activities[0].Grounds[0].Basis = basis.LegitimateInterests },
			gdpr.CodeNoticeLegitimateInterest, "activities[0].grounds[0].interest", basis.Warning},
		{"no data, from others", func(r *gdpr.Register) {
			r.Activities[0].Data = nil
			r.Activities[0].Sources = []gdpr.Source{{Kind: gdpr.FromThirdParty, Name: "your employer"}}
		}, gdpr.CodeNoticeDataCategories, "activities[0].data", basis.Warning},
		{"unnamed recipient", func(r *gdpr.Register) { r.Recipients = []gdpr.Recipient{{ID: "x"}} }, gdpr.CodeNoticeRecipientUnnamed, "recipients[0]", basis.Warning},
		{"transfer without mechanism", func(r *gdpr.Register) {
			r.Transfers = []gdpr.Transfer{{ID: "t", Transfer: recipient.Transfer{Countries: []basis.Country{"US"}}}}
		}, gdpr.CodeNoticeTransferMechanism, "transfers[0].mechanism", basis.Warning},
		{"safeguards without copy", func(r *gdpr.Register) {
			r.Transfers = []gdpr.Transfer{{ID: "t", Transfer: recipient.Transfer{Countries: []basis.Country{"US"}, Mechanism: recipient.IDTA}}}
		}, gdpr.CodeNoticeTransferCopy, "transfers[0].safeguardsCopy", basis.Warning},
		{"no retention", func(r *gdpr.Register) { r.Activities[0].Retention = nil }, gdpr.CodeNoticeRetention, "activities[0].retention", basis.Warning},
		{"right not stated", func(r *gdpr.Register) { r.Rights.Rights = r.Rights.Rights[1:] }, gdpr.CodeNoticeRight, "rights.rights", basis.Warning},
		{"consent without withdrawal", func(r *gdpr.Register) { r.Activities[0].Grounds[0].Basis = basis.Consent },
			gdpr.CodeNoticeWithdrawConsent, "activities[0].grounds[0]", basis.Warning},
		{"no complaint", func(r *gdpr.Register) {
			r.Controller.Authority = gdpr.Authority{}
			r.Rights.Rights = slices.DeleteFunc(r.Rights.Rights, func(s gdpr.RightStatement) bool { return s.Right == rights.ComplainToAuthority })
		}, gdpr.CodeNoticeComplaint, "controller.authority", basis.Warning},
		{"no complaints route", func(r *gdpr.Register) { r.Controller.Complaints = gdpr.Complaints{} },
			gdpr.CodeNoticeControllerComplaints, "controller.complaints", basis.Info},
		{"provision not stated", func(r *gdpr.Register) { r.Data[0].Provision = 0 }, gdpr.CodeNoticeProvision, "data[0].provision", basis.Warning},
		{"consequence not stated", func(r *gdpr.Register) { r.Data[0].Consequence = "" }, gdpr.CodeNoticeProvision, "data[0].consequence", basis.Warning},
		{"source not stated", func(r *gdpr.Register) { r.Data[0].Source = 0 }, gdpr.CodeNoticeDataSource, "data[0].source", basis.Info},
		{"no sources", func(r *gdpr.Register) { r.Data[0].Source = gdpr.FromThirdParty }, gdpr.CodeNoticeSources, "activities[0].sources", basis.Warning},
		{"automated without logic", func(r *gdpr.Register) {
			r.Activities[0].Automated = gdpr.Automated{Decisions: gdpr.Yes, Significance: "x"}
		},
			gdpr.CodeNoticeAutomated, "activities[0].automated.logic", basis.Warning},
		{"automated not stated", func(r *gdpr.Register) { r.Activities[0].Automated = gdpr.Automated{} },
			gdpr.CodeNoticeAutomated, "activities[0].automated.decisions", basis.Info},
	}
	complete := func() *gdpr.Register {
		r := exampleRegister()
		r.Retention = []gdpr.RetentionRule{{Rule: retention.Rule{ID: "six", Kind: retention.After, Trigger: retention.EndOfMembership,
			Period: retention.Years(6), Action: retention.Delete, Reason: "claims"}}}
		r.Activities[0].Retention = []string{"six"}
		r.Activities[0].Automated.Decisions = gdpr.No
		r.Controller.Complaints = gdpr.Complaints{Offered: gdpr.Yes,
			Contacts: []gdpr.Contact{{Kind: gdpr.ChannelEmail, Value: "complaints@example.org"}}}
		return r
	}
	if fs, err := gdpr.Missing(complete(), at); err != nil || len(fs) != 0 {
		t.Fatalf("the complete register lacks %v (err %v)", fs, err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := complete()
			tt.edit(r)
			fs, err := gdpr.Missing(r, at)
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(fs, func(f gdpr.Finding) bool { return f.Code == tt.code && f.Path == tt.path })
			if i < 0 {
				t.Fatalf("Missing = %v, want %s at %s", fs, tt.code, tt.path)
			}
			if f := fs[i]; f.Severity != tt.sev || f.Regime != basis.UK || f.Article == "" || f.Message == "" {
				t.Errorf("finding %+v, want severity %v, regime uk, an article and a message", f, tt.sev)
			}
			doc, _ := gdpr.NoticeOf(r, at)
			if !bytes.Contains(doc.Markdown(), []byte("not stated")) && !bytes.Contains(doc.Markdown(), []byte("Not stated")) {
				t.Error("the notice does not show the item as not stated")
			}
		})
	}
}

// TestNoticeInput checks the input errors.
func TestNoticeInput(t *testing.T) {
	if _, err := gdpr.NoticeOf(exampleRegister(), time.Time{}); basis.CodeOf(err) != gdpr.CodeNoticeInput {
		t.Errorf("zero time: err %v", err)
	}
	if _, err := gdpr.NoticeOf(exampleRegister(), day("2026-01-01", basis.UK), gdpr.WithRegime(basis.Regime(9))); basis.CodeOf(err) != gdpr.CodeNoticeInput {
		t.Errorf("bad regime: err %v", err)
	}
	if _, err := gdpr.DataFlow(nil, time.Time{}); basis.CodeOf(err) != gdpr.CodeNoticeInput {
		t.Errorf("DataFlow zero time: err %v", err)
	}
	doc, err := gdpr.NoticeOf(nil, day("2026-01-01", basis.UK))
	if err != nil {
		t.Fatal(err)
	}
	if probs := checkHTML(doc.HTML()); len(probs) > 0 {
		t.Errorf("nil register: %q", probs)
	}
}

// TestNoticeEscapes checks that register text is shown as text: no markup
// of its own in the HTML or the Markdown.
func TestNoticeEscapes(t *testing.T) {
	r := exampleRegister()
	r.Controller.Name = `<script>alert("x")</script> & <b onclick="y">*bold*</b> | [link](javascript:z)`
	r.Activities[0].Purpose = "# heading\n- item | cell `code`"
	doc, err := gdpr.NoticeOf(r, day("2026-03-01", basis.UK))
	if err != nil {
		t.Fatal(err)
	}
	h := doc.HTML()
	if bytes.Contains(h, []byte("<script")) || bytes.Contains(h, []byte("<b ")) || bytes.Contains(h, []byte(`onclick="`)) {
		t.Error("register text is markup in the HTML")
	}
	if probs := checkHTML(h); len(probs) > 0 {
		t.Errorf("HTML: %q", probs)
	}
	md := string(doc.Markdown())
	if !strings.Contains(md, `item \| cell`) {
		t.Error("a | in register text is not escaped in the Markdown")
	}
	for _, bad := range []string{"<script>", "*bold*", "[link]", "`code`"} {
		if strings.Contains(md, bad) {
			t.Errorf("the Markdown has the markup %q unescaped", bad)
		}
	}
	for line := range strings.Lines(md) {
		if strings.HasPrefix(line, "# ") && !strings.HasPrefix(line, "# Privacy notice") {
			t.Errorf("register text made a heading: %q", line)
		}
	}
}

// TestCheckHTML checks the lint itself on documents it must refuse.
func TestCheckHTML(t *testing.T) {
	ok := `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>T</title></head><body><h1>a</h1><h2>b</h2>` +
		`<table><caption>c</caption><tr><th scope="col">x</th></tr><tr><th scope="row">y</th><td>z</td></tr></table></body></html>`
	if probs := checkHTML([]byte(ok)); len(probs) > 0 {
		t.Fatalf("a good document: %q", probs)
	}
	bad := map[string]string{
		"no lang":       strings.Replace(ok, ` lang="en-GB"`, "", 1),
		"no title":      strings.Replace(ok, "<title>T</title>", "", 1),
		"skipped level": strings.Replace(ok, "<h2>b</h2>", "<h3>b</h3>", 1),
		"two h1":        strings.Replace(ok, "<h2>b</h2>", "<h1>b</h1>", 1),
		"no scope":      strings.Replace(ok, ` scope="row"`, "", 1),
		"no caption":    strings.Replace(ok, "<caption>c</caption>", "", 1),
		"no col header": strings.Replace(ok, ` scope="col"`, ` scope="row"`, 1),
		"script":        strings.Replace(ok, "</body>", "<script>x</script></body>", 1),
		"handler":       strings.Replace(ok, "<h1>", `<h1 onclick="x">`, 1),
		"unbalanced":    strings.Replace(ok, "</h2>", "", 1),
	}
	for name, doc := range bad {
		if probs := checkHTML([]byte(doc)); len(probs) == 0 {
			t.Errorf("%s: the lint found nothing", name)
		}
	}
}

// TestNoticeProperties: for any well-formed register, the notice renders
// without error, deterministically, passes the HTML lint, and every
// missing item is a notice code with a path, an article and a severity.
func TestNoticeProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		r := genRegister().Draw(t, "register")
		at := day(rapid.SampledFrom([]string{"2019-06-02", "2021-01-01", "2026-06-18", "2026-06-19"}).Draw(t, "day"), basis.UK)
		doc, err := gdpr.NoticeOf(r, at)
		if err != nil {
			t.Fatal(err)
		}
		h := doc.HTML()
		if probs := checkHTML(h); len(probs) > 0 {
			t.Fatalf("HTML: %q", probs)
		}
		again, _ := gdpr.NoticeOf(r, at)
		if !bytes.Equal(h, again.HTML()) || !bytes.Equal(doc.Markdown(), again.Markdown()) {
			t.Fatal("not deterministic")
		}
		for _, f := range doc.Missing {
			if !strings.HasPrefix(string(f.Code), "gdpr/notice-") || f.Path == "" || f.Article == "" || !f.Severity.IsValid() {
				t.Fatalf("bad finding %+v", f)
			}
		}
		f, err := gdpr.DataFlow(r, at)
		if err != nil {
			t.Fatal(err)
		}
		if probs := checkSVG(f.SVG()); len(probs) > 0 {
			t.Fatalf("SVG: %q", probs)
		}
		if cs := gdpr.Diff(r, r); len(cs) != 0 {
			t.Fatalf("Diff(r, r) = %s", cs.Text())
		}
		for _, c := range gdpr.Diff(nil, r) {
			if c.Kind == gdpr.Removed {
				t.Fatalf("Diff(nil, r) removes %s", c.Path)
			}
		}
	})
}

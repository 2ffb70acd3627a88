package rights

import (
	"errors"
	"github.com/dpmodel/dpmodel/internal/civil"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

func TestRightCodesAndArticles(t *testing.T) {
	// Articles from the reference's rights catalogue (§4.1); DPV terms from
	// the W3C DPV GDPR extension's rights module (w3c/dpv,
	// legal/eu/gdpr/modules/rights.csv), which has A13 and A14 for the
	// right to be informed, A15 to A22, A7-3 and A77.
	const dpv = "https://w3id.org/dpv/legal/eu/gdpr#"
	tests := []struct {
		r       Right
		code    string
		article string
		request bool
		dpv     string
	}{
		{Informed, "informed", "Arts. 13 and 14", false, ""},
		{Access, "access", "Art. 15", true, dpv + "A15"},
		{Rectification, "rectification", "Art. 16", true, dpv + "A16"},
		{Erasure, "erasure", "Art. 17", true, dpv + "A17"},
		{Restriction, "restriction", "Art. 18", true, dpv + "A18"},
		{Portability, "portability", "Art. 20", true, dpv + "A20"},
		{Object, "object", "Art. 21", true, dpv + "A21"},
		{AutomatedDecisions, "automated-decisions", "Art. 22", true, dpv + "A22"},
		{WithdrawConsent, "withdraw-consent", "Art. 7(3)", false, dpv + "A7-3"},
		{ComplainToAuthority, "complain-to-authority", "Art. 77", false, dpv + "A77"},
	}
	if got := len(AllRights()); got != len(tests) {
		t.Fatalf("AllRights() has %d rights, want %d", got, len(tests))
	}
	for _, tt := range tests {
		t.Run(tt.code, func(t *testing.T) {
			if got := tt.r.String(); got != tt.code {
				t.Errorf("String() = %q, want %q", got, tt.code)
			}
			if got := tt.r.Article(); got != tt.article {
				t.Errorf("Article() = %q, want %q", got, tt.article)
			}
			if got := tt.r.DPV(); got != tt.dpv {
				t.Errorf("DPV() = %q, want %q", got, tt.dpv)
			}
			if got := tt.r.IsRequest(); got != tt.request {
				t.Errorf("IsRequest() = %v, want %v", got, tt.request)
			}
			got, err := ParseRight(tt.code)
			if err != nil || got != tt.r {
				t.Errorf("ParseRight(%q) = %v, %v", tt.code, got, err)
			}
			text, err := tt.r.MarshalText()
			if err != nil || string(text) != tt.code {
				t.Errorf("MarshalText() = %q, %v", text, err)
			}
		})
	}
}

func TestRightLenientParse(t *testing.T) {
	for _, in := range []string{"Withdraw_Consent", " withdraw consent ", "WITHDRAW-CONSENT"} {
		if got, err := ParseRight(in); err != nil || got != WithdrawConsent {
			t.Errorf("ParseRight(%q) = %v, %v; want withdraw-consent", in, got, err)
		}
	}
}

func TestRightParseErrors(t *testing.T) {
	for _, in := range []string{"", "delete", "art-15", "accessx"} {
		_, err := ParseRight(in)
		var pe *basis.ParseError
		if !errors.As(err, &pe) {
			t.Errorf("ParseRight(%q) error = %v, want *basis.ParseError", in, err)
			continue
		}
		if pe.Type != "rights.Right" || pe.Value != in || len(pe.Valid) != len(AllRights()) {
			t.Errorf("ParseRight(%q) error = %+v", in, pe)
		}
	}
	r := Access
	if err := r.UnmarshalText([]byte("nope")); err == nil || r != Access {
		t.Errorf("UnmarshalText(nope) = %v, right now %v; want error and unchanged", err, r)
	}
}

func TestRightOutOfRange(t *testing.T) {
	r := Right(200)
	if r.IsValid() || r.String() != "rights.Right(200)" || r.Article() != "" || r.DPV() != "" || Right(0).DPV() != "" {
		t.Errorf("Right(200): valid %v, String %q, Article %q", r.IsValid(), r.String(), r.Article())
	}
	if _, err := r.MarshalText(); err == nil {
		t.Error("MarshalText of Right(200) succeeded")
	}
	if Right(0).String() != "unspecified" {
		t.Errorf("zero Right prints %q", Right(0).String())
	}
}

func TestRightArticleIn(t *testing.T) {
	// UK Arts. 22A-22D for decisions from 2026-02-05 (DUAA 2025 s.80;
	// S.I. 2026/82 reg. 5); Art. 22 before and in the EU. UK GDPR Art. 77
	// is omitted from 2026-06-19 and complaints to the Commissioner rest on
	// DPA 2018 s.165 (DUAA 2025 s.103(3), (6); S.I. 2026/82 reg. 3).
	london := civil.London()
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, london) }
	tests := []struct {
		name string
		r    Right
		g    basis.Regime
		at   time.Time
		want string
	}{
		{"adm-uk-before", AutomatedDecisions, basis.UK, at(2026, 2, 4, 23, 59), "UK GDPR Art. 22"},
		{"adm-uk-from", AutomatedDecisions, basis.UK, at(2026, 2, 5, 0, 0), "UK GDPR Arts. 22A-22D"},
		{"adm-eu-after", AutomatedDecisions, basis.EU, at(2026, 2, 5, 0, 0), "GDPR Art. 22"},
		{"complain-uk-before", ComplainToAuthority, basis.UK, at(2026, 6, 18, 23, 59), "UK GDPR Art. 77"},
		{"complain-uk-from", ComplainToAuthority, basis.UK, at(2026, 6, 19, 0, 0), "DPA 2018 s.165"},
		{"complain-eu-after", ComplainToAuthority, basis.EU, at(2026, 6, 19, 12, 0), "GDPR Art. 77"},
		{"access-uk", Access, basis.UK, at(2026, 6, 19, 12, 0), "UK GDPR Art. 15"},
		// Before 2021-01-01 the EU GDPR itself applied in the UK.
		{"access-uk-2020", Access, basis.UK, at(2020, 12, 31, 23, 0), "GDPR Art. 15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.r.ArticleIn(tt.g, tt.at); got != tt.want {
				t.Errorf("%v.ArticleIn = %q, want %q", tt.r, got, tt.want)
			}
		})
	}
}

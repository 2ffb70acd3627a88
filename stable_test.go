package dpmodel_test

import (
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// The stable entry points of DESIGN.md, which code outside this repository
// calls: if one is renamed or its signature changes, this file stops
// compiling.
var (
	_ = []basis.Basis{basis.Consent, basis.Contract, basis.LegalObligation,
		basis.VitalInterests, basis.PublicTask, basis.LegitimateInterests}
	_ = []basis.Regime{basis.UK, basis.EU}

	_ = []rights.Right{rights.Access, rights.Rectification, rights.Erasure,
		rights.Restriction, rights.Portability, rights.Object, rights.WithdrawConsent}
	_ func(rights.Right, basis.Basis) bool                    = rights.Applies
	_                                                         = []rights.Calendar{rights.EnglandAndWales, rights.Scotland, rights.NorthernIreland}
	_ func(received time.Time, cal rights.Calendar) time.Time = rights.Deadline

	_ recipient.Country                                     = "US"
	_ func(basis.Regime, recipient.Country, time.Time) bool = recipient.Adequate

	_ func(retention.Period, time.Time) time.Time = retention.Period.AddTo
)

// TestStableEntryPoints checks the behaviour DESIGN.md promises of them,
// with the law's and the ICO's own examples.
func TestStableEntryPoints(t *testing.T) {
	london, err := time.LoadLocation("Europe/London")
	if err != nil {
		t.Fatal(err)
	}
	// ICO: received 31 January, due 28 February (29 in a leap year).
	if got := rights.Deadline(time.Date(2025, 1, 31, 16, 0, 0, 0, london), rights.EnglandAndWales); !got.Equal(time.Date(2025, 2, 28, 0, 0, 0, 0, london)) {
		t.Errorf("Deadline(31 Jan 2025) = %v, want midnight 28 Feb 2025", got)
	}
	// 23:30 UTC on 31 May 2026 is 00:30 on 1 June in London (BST): the
	// request counts as received on 1 June, due 1 July.
	if got := rights.Deadline(time.Date(2026, 5, 31, 23, 30, 0, 0, time.UTC), rights.EnglandAndWales); !got.Equal(time.Date(2026, 7, 1, 0, 0, 0, 0, london)) {
		t.Errorf("Deadline(1 June 2026 London) = %v, want midnight 1 Jul 2026 London", got)
	}
	// Portability: consent and contract only (Art. 20(1)(a)); objection:
	// public task and legitimate interests (Art. 21(1)).
	if !rights.Applies(rights.Portability, basis.Contract) || rights.Applies(rights.Portability, basis.LegitimateInterests) {
		t.Error("Applies(Portability, ...) wrong")
	}
	if !rights.Applies(rights.Object, basis.PublicTask) || rights.Applies(rights.Object, basis.Contract) {
		t.Error("Applies(Object, ...) wrong")
	}
	// Adequacy: Japan (Implementing Decision (EU) 2019/419, 2019-01-23);
	// the US only for certified recipients, so not generally adequate.
	if recipient.Adequate(basis.EU, "JP", time.Date(2019, 1, 22, 12, 0, 0, 0, time.UTC)) ||
		!recipient.Adequate(basis.EU, "JP", time.Date(2019, 1, 23, 12, 0, 0, 0, time.UTC)) {
		t.Error("Adequate(EU, JP) around 2019-01-23 wrong")
	}
	if recipient.Adequate(basis.UK, "US", time.Date(2026, 11, 23, 12, 0, 0, 0, time.UTC)) {
		t.Error("Adequate(UK, US) is true; adequacy reaches only certified recipients")
	}
	// Period.AddTo keeps the clock and clamps: 31 January + 1 month.
	got := retention.Period{Months: 1}.AddTo(time.Date(2024, 1, 31, 9, 30, 0, 0, london))
	if want := time.Date(2024, 2, 29, 9, 30, 0, 0, london); !got.Equal(want) {
		t.Errorf("AddTo = %v, want %v", got, want)
	}
}

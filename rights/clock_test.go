package rights

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"pgregory.net/rapid"
)

// at returns 10:00 London time on the given date.
func londonAt(s string) time.Time { return londonDay(s).Add(10 * time.Hour) }

func mkPause(from, to string) Pause {
	p := Pause{From: londonAt(from)}
	if to != "" {
		p.To = londonAt(to)
	}
	return p
}

func TestICOChangeDates(t *testing.T) {
	if icoDayOfReceipt != civil.MustParse("2019-08-15") {
		t.Errorf("icoDayOfReceipt = %s", icoDayOfReceipt)
	}
	if icoClarificationPause != civil.MustParse("2020-10-21") {
		t.Errorf("icoClarificationPause = %s", icoClarificationPause)
	}
}

func TestClockDue(t *testing.T) {
	tests := []struct {
		name      string
		clock     Clock
		cal       Calendar
		due       string // "" when Due is false
		extension string // "" when ExtensionDeadline is false
	}{
		// UK Art. 12A: requests received from 2026-02-05.
		{"art 12a plain", Clock{Regime: basis.UK, Received: londonAt("2026-02-05")}, EnglandAndWales, "2026-03-05", "2026-03-05"},
		{"art 12a good friday and easter monday", Clock{Regime: basis.UK, Received: londonAt("2026-03-03")}, EnglandAndWales, "2026-04-07", "2026-04-07"},
		{"art 12a scotland has no easter monday", Clock{Regime: basis.UK, Received: londonAt("2026-03-03")}, Scotland, "2026-04-06", "2026-04-06"},
		{"art 12a leap month end", Clock{Regime: basis.UK, Received: londonAt("2028-01-31")}, EnglandAndWales, "2028-02-29", "2028-02-29"},
		// Art. 12A(2): the latest of receipt, identity information and fee.
		{"identity awaited", Clock{Regime: basis.UK, Received: londonAt("2026-02-05"), IdentityAsked: true}, EnglandAndWales, "", ""},
		{"identity received", Clock{Regime: basis.UK, Received: londonAt("2026-02-05"), IdentityAsked: true, IdentityReceived: londonAt("2026-02-10")}, EnglandAndWales, "2026-03-10", "2026-03-10"},
		{"fee awaited", Clock{Regime: basis.UK, Received: londonAt("2026-02-05"), IdentityAsked: true, IdentityReceived: londonAt("2026-02-10"), FeeAsked: true}, EnglandAndWales, "", ""},
		{"fee paid after identity", Clock{Regime: basis.UK, Received: londonAt("2026-02-05"), IdentityAsked: true, IdentityReceived: londonAt("2026-02-10"), FeeAsked: true, FeeReceived: londonAt("2026-02-12")}, EnglandAndWales, "2026-03-12", "2026-03-12"},
		{"identity after fee", Clock{Regime: basis.UK, Received: londonAt("2026-02-05"), IdentityAsked: true, IdentityReceived: londonAt("2026-02-20"), FeeAsked: true, FeeReceived: londonAt("2026-02-12")}, EnglandAndWales, "2026-03-20", "2026-03-20"},
		// Art. 12A(5): clarification of an access request; the day asked and
		// the day received both do not count.
		{"pause five days", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-10", "2026-06-14")}}, EnglandAndWales, "2026-07-06", "2026-07-06"},
		{"pause same day", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-10", "2026-06-10")}}, EnglandAndWales, "2026-07-02", "2026-07-02"},
		{"pause running", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-10", "")}}, EnglandAndWales, "", ""},
		{"two pauses then a weekend", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-03", "2026-06-04"), mkPause("2026-06-10", "2026-06-11")}}, EnglandAndWales, "2026-07-06", "2026-07-06"},
		{"pause on the last day", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-07-01", "2026-07-03")}}, EnglandAndWales, "2026-07-06", "2026-07-06"},
		{"pause after the deadline does not count", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-07-10", "2026-07-12")}}, EnglandAndWales, "2026-07-01", "2026-07-01"},
		{"pause on a non-access request does not count", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-10", "2026-06-14")}}, EnglandAndWales, "2026-07-01", "2026-07-01"},
		{"pause while identity awaited counts from the start", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), IdentityAsked: true, IdentityReceived: londonAt("2026-06-05"), Clarifications: []Pause{mkPause("2026-06-03", "2026-06-08")}}, EnglandAndWales, "2026-07-09", "2026-07-09"},
		// Art. 12A(3): two further months, three months from the start.
		{"extended", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), Extended: true}, EnglandAndWales, "2026-09-01", "2026-07-01"},
		{"extended with pause", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Extended: true, Clarifications: []Pause{mkPause("2026-06-10", "2026-06-14")}}, EnglandAndWales, "2026-09-07", "2026-07-06"},
		{"extended pause in the extension", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Extended: true, Clarifications: []Pause{mkPause("2026-08-03", "2026-08-04")}}, EnglandAndWales, "2026-09-03", "2026-07-01"},
		{"extended from identity", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), IdentityAsked: true, IdentityReceived: londonAt("2026-06-05"), Extended: true}, EnglandAndWales, "2026-09-07", "2026-07-06"},
		{"extended from the 31st to summer bank holiday", Clock{Regime: basis.UK, Received: londonAt("2026-05-31"), Extended: true}, EnglandAndWales, "2026-09-01", "2026-06-30"},
		{"extended from the 31st scotland", Clock{Regime: basis.UK, Received: londonAt("2026-05-31"), Extended: true}, Scotland, "2026-08-31", "2026-06-30"},
		// UK before 2026-02-05: the ICO's guidance.
		{"day before art 12a", Clock{Regime: basis.UK, Received: londonDay("2026-02-04").Add(23*time.Hour + 30*time.Minute)}, EnglandAndWales, "2026-03-04", "2026-03-04"},
		{"guidance pause, access", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-02-04"), Clarifications: []Pause{mkPause("2026-02-10", "2026-02-12")}}, EnglandAndWales, "2026-03-09", "2026-03-09"},
		{"guidance pause, from 2020-10-21", Clock{Regime: basis.UK, Access: true, Received: londonAt("2020-10-21"), Clarifications: []Pause{mkPause("2020-10-22", "2020-10-24")}}, EnglandAndWales, "2020-11-24", "2020-11-24"},
		{"no guidance pause before 2020-10-21", Clock{Regime: basis.UK, Access: true, Received: londonAt("2020-10-20"), Clarifications: []Pause{mkPause("2020-10-22", "2020-10-24")}}, EnglandAndWales, "2020-11-20", "2020-11-20"},
		{"identity delayed the start in 2019", Clock{Regime: basis.UK, Received: londonAt("2019-09-03"), IdentityAsked: true, IdentityReceived: londonAt("2019-09-10")}, EnglandAndWales, "2019-10-10", "2019-10-10"},
		// Before 2019-08-15 the ICO counted from the day after receipt:
		// received 3 September, due 4 October.
		{"day after receipt 2018", Clock{Regime: basis.UK, Received: londonAt("2018-09-03")}, EnglandAndWales, "2018-10-04", "2018-10-04"},
		{"day after receipt, identity", Clock{Regime: basis.UK, Received: londonAt("2018-09-03"), IdentityAsked: true, IdentityReceived: londonAt("2018-09-10")}, EnglandAndWales, "2018-10-11", "2018-10-11"},
		{"day after receipt, month end", Clock{Regime: basis.UK, Received: londonAt("2019-03-30")}, EnglandAndWales, "2019-04-30", "2019-04-30"},
		{"last day of the old method, extended", Clock{Regime: basis.UK, Received: londonDay("2019-08-14").Add(23 * time.Hour), Extended: true}, EnglandAndWales, "2019-11-15", "2019-09-16"},
		{"first day of the new method, extended", Clock{Regime: basis.UK, Received: londonDay("2019-08-15").Add(30 * time.Minute), Extended: true}, EnglandAndWales, "2019-11-15", "2019-09-16"},
		{"second day of the new method, extended", Clock{Regime: basis.UK, Received: londonAt("2019-08-16"), Extended: true}, EnglandAndWales, "2019-11-18", "2019-09-16"},
		{"first day of the GDPR", Clock{Regime: basis.UK, Received: londonAt("2018-05-25")}, EnglandAndWales, "2018-06-26", "2018-06-26"},
		{"before the GDPR", Clock{Regime: basis.UK, Received: londonAt("2018-05-24")}, EnglandAndWales, "", ""},
		// EU: Regulation 1182/71 Art. 3; start at receipt, no pauses.
		{"eu plain", Clock{Regime: basis.EU, Received: londonAt("2026-02-10")}, WeekendsOnly, "2026-03-10", "2026-03-10"},
		{"eu 31 january", Clock{Regime: basis.EU, Received: londonAt("2025-01-31")}, WeekendsOnly, "2025-02-28", "2025-02-28"},
		{"eu identity does not delay", Clock{Regime: basis.EU, Received: londonAt("2026-02-10"), IdentityAsked: true}, WeekendsOnly, "2026-03-10", "2026-03-10"},
		{"eu no pause", Clock{Regime: basis.EU, Access: true, Received: londonAt("2026-02-10"), Clarifications: []Pause{mkPause("2026-02-11", "")}}, WeekendsOnly, "2026-03-10", "2026-03-10"},
		{"eu extended", Clock{Regime: basis.EU, Received: londonAt("2026-01-31"), Extended: true}, WeekendsOnly, "2026-04-30", "2026-03-02"},
		{"eu before the GDPR", Clock{Regime: basis.EU, Received: londonAt("2018-05-24")}, WeekendsOnly, "", ""},
		// No regime, no receipt.
		{"no regime", Clock{Received: londonAt("2026-02-10")}, WeekendsOnly, "", ""},
		{"no receipt", Clock{Regime: basis.UK}, WeekendsOnly, "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			check := func(method, want string, got time.Time, ok bool) {
				t.Helper()
				switch {
				case want == "" && ok:
					t.Errorf("%s = %s, true; want false", method, got)
				case want != "" && (!ok || !got.Equal(londonDay(want))):
					t.Errorf("%s = %s, %v; want %s", method, got, ok, want)
				}
			}
			got, ok := tc.clock.Due(tc.cal)
			check("Due", tc.due, got, ok)
			got, ok = tc.clock.ExtensionDeadline(tc.cal)
			check("ExtensionDeadline", tc.extension, got, ok)
		})
	}
}

func TestClockStart(t *testing.T) {
	c := Clock{Regime: basis.UK, Received: londonAt("2026-03-01"), IdentityAsked: true}
	if _, ok := c.Start(); ok {
		t.Error("Start while identity awaited is true")
	}
	c.IdentityReceived = londonAt("2026-03-04")
	if s, ok := c.Start(); !ok || !s.Equal(londonAt("2026-03-04")) {
		t.Errorf("Start = %s, %v; want the identity's arrival", s, ok)
	}
	c.FeeAsked, c.FeeReceived = true, londonAt("2026-03-02")
	if s, ok := c.Start(); !ok || !s.Equal(londonAt("2026-03-04")) {
		t.Errorf("Start = %s, %v; want the later of identity and fee", s, ok)
	}
	eu := Clock{Regime: basis.EU, Received: londonAt("2026-03-01"), FeeAsked: true}
	if s, ok := eu.Start(); !ok || !s.Equal(londonAt("2026-03-01")) {
		t.Errorf("EU Start = %s, %v; want receipt", s, ok)
	}
}

func TestClockPaused(t *testing.T) {
	open := []Pause{mkPause("2026-06-10", "")}
	tests := []struct {
		name  string
		clock Clock
		want  bool
	}{
		{"access, open", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: open}, true},
		{"access, closed", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-10", "2026-06-11")}}, false},
		{"not access", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), Clarifications: open}, false},
		{"eu", Clock{Regime: basis.EU, Access: true, Received: londonAt("2026-06-01"), Clarifications: open}, false},
		{"uk before the guidance", Clock{Regime: basis.UK, Access: true, Received: londonAt("2020-10-20"), Clarifications: open}, false},
	}
	for _, tc := range tests {
		if got := tc.clock.Paused(); got != tc.want {
			t.Errorf("%s: Paused = %v, want %v", tc.name, got, tc.want)
		}
	}
}

func TestClockRulesAcrossArt12A(t *testing.T) {
	before, _ := Clock{Regime: basis.UK, Received: londonDay("2026-02-04").Add(23*time.Hour + 59*time.Minute)}.rules()
	after, _ := Clock{Regime: basis.UK, Received: londonDay("2026-02-05")}.rules()
	if before.statute || !after.statute {
		t.Errorf("Art. 12A: 2026-02-04 23:59 statute=%v, 2026-02-05 00:00 statute=%v", before.statute, after.statute)
	}
	// 2026-02-05 00:30 London is 2026-02-05 00:30 UTC; 2026-02-04 23:30 UTC
	// is still 4 February in London.
	if r, _ := (Clock{Regime: basis.UK, Received: time.Date(2026, 2, 4, 23, 30, 0, 0, time.UTC)}).rules(); r.statute {
		t.Error("2026-02-04 23:30 UTC treated as under Art. 12A")
	}
}

func TestClockCheck(t *testing.T) {
	valid := []Clock{
		{Regime: basis.UK, Received: londonAt("2026-06-01")},
		{Regime: basis.UK, Received: londonAt("2026-06-01"), IdentityAsked: true},
		{Regime: basis.UK, Received: londonAt("2026-06-01"), FeeAsked: true, FeeReceived: londonAt("2026-06-01")},
		{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-02", "2026-06-03"), mkPause("2026-06-03", "")}},
		{Regime: basis.UK, Access: true, Received: londonAt("2021-06-01"), Clarifications: []Pause{mkPause("2021-06-02", "2021-06-03")}},
		{Regime: basis.EU, Received: londonAt("2026-06-01"), Extended: true},
	}
	for i, c := range valid {
		if err := c.Check(); err != nil {
			t.Errorf("valid clock %d: %v", i, err)
		}
	}
	tests := []struct {
		name  string
		clock Clock
		code  Code
		field string
	}{
		{"no regime", Clock{Received: londonAt("2026-06-01")}, ClockRegimeUnspecified, "regime"},
		{"bad regime", Clock{Regime: basis.Regime(9), Received: londonAt("2026-06-01")}, ClockRegimeUnspecified, "regime"},
		{"no receipt", Clock{Regime: basis.UK}, ClockReceivedMissing, "received"},
		{"before gdpr", Clock{Regime: basis.EU, Received: londonAt("2018-05-24")}, ClockBeforeGDPR, "received"},
		{"identity not asked", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), IdentityReceived: londonAt("2026-06-02")}, ClockIdentityNotAsked, "identityReceived"},
		{"identity before receipt", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), IdentityAsked: true, IdentityReceived: londonAt("2026-05-30")}, ClockIdentityBeforeReceipt, "identityReceived"},
		{"fee not asked", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), FeeReceived: londonAt("2026-06-02")}, ClockFeeNotAsked, "feeReceived"},
		{"fee before receipt", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), FeeAsked: true, FeeReceived: londonAt("2026-05-30")}, ClockFeeBeforeReceipt, "feeReceived"},
		{"pause on non-access art 12a", Clock{Regime: basis.UK, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-02", "")}}, ClockPauseNotAccess, "clarifications"},
		{"pause on non-access guidance", Clock{Regime: basis.UK, Received: londonAt("2025-06-01"), Clarifications: []Pause{mkPause("2025-06-02", "")}}, ClockPauseNotAccess, "clarifications"},
		{"pause under the eu gdpr", Clock{Regime: basis.EU, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-02", "")}}, ClockPauseNotAvailable, "clarifications"},
		{"pause before the ico guidance", Clock{Regime: basis.UK, Access: true, Received: londonAt("2020-10-20"), Clarifications: []Pause{mkPause("2020-10-22", "")}}, ClockPauseNotAvailable, "clarifications"},
		{"pause with no start", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{{To: londonAt("2026-06-03")}}}, ClockPauseStartMissing, "clarifications[0].from"},
		{"pause before receipt", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-05-31", "2026-06-03")}}, ClockPauseBeforeReceipt, "clarifications[0].from"},
		{"pause reversed", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-05", "2026-06-03")}}, ClockPauseReversed, "clarifications[0].to"},
		{"pauses overlap", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-02", "2026-06-05"), mkPause("2026-06-04", "2026-06-06")}}, ClockPauseOverlap, "clarifications[1].from"},
		{"pause after an open one", Clock{Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"), Clarifications: []Pause{mkPause("2026-06-02", ""), mkPause("2026-06-04", "2026-06-06")}}, ClockPauseOverlap, "clarifications[1].from"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.clock.Check()
			var ce *basis.InputError
			if !errors.As(err, &ce) {
				t.Fatalf("Check() = %v, want a *basis.InputError", err)
			}
			if ce.Code != tc.code || ce.Path != tc.field {
				t.Errorf("Check() = %s %s, want %s %s", ce.Code, ce.Path, tc.code, tc.field)
			}
			msg := err.Error()
			if !strings.Contains(msg, string(tc.code)) || !strings.Contains(msg, tc.field) || ce.Message == "" {
				t.Errorf("message %q does not name the code, field and valid values", msg)
			}
		})
	}
}

func genTestClock(t *rapid.T) Clock {
	c := Clock{
		Regime:   rapid.SampledFrom([]basis.Regime{basis.UK, basis.EU}).Draw(t, "regime"),
		Access:   rapid.Bool().Draw(t, "access"),
		Received: genInstant(t, "received"),
		Extended: rapid.Bool().Draw(t, "extended"),
	}
	if rapid.Bool().Draw(t, "identity") {
		c.IdentityAsked = true
		c.IdentityReceived = c.Received.Add(time.Duration(rapid.IntRange(0, 40*24).Draw(t, "identity-hours")) * time.Hour)
	}
	if rapid.Bool().Draw(t, "fee") {
		c.FeeAsked = true
		c.FeeReceived = c.Received.Add(time.Duration(rapid.IntRange(0, 40*24).Draw(t, "fee-hours")) * time.Hour)
	}
	return c
}

// Clock properties: a plain clock agrees with Deadline where the rules are
// the ICO's current method; a pause never makes the deadline earlier; the
// extension never ends before the month; the extension deadline is the
// unextended due date.
func TestClockProperties(t *testing.T) {
	rapid.Check(t, func(t *rapid.T) {
		c := genTestClock(t)
		cal := genCal(t)
		due, ok := c.Due(cal)
		if !ok {
			if c.Received.Before(londonDay("2018-05-25")) || (c.Regime == basis.UK && (c.IdentityAsked || c.FeeAsked)) {
				return
			}
			t.Fatalf("Due(%+v) is false", c)
		}
		start, _ := c.Start()
		if due.Before(start) {
			t.Fatalf("Due %s before start %s", due, start)
		}
		plain := Clock{Regime: c.Regime, Received: c.Received}
		if d, _ := plain.Due(cal); !civil.LondonDate(c.Received).Before(icoDayOfReceipt) && !d.Equal(Deadline(c.Received, cal)) {
			t.Fatalf("plain Due %s, Deadline %s for %s", d, Deadline(c.Received, cal), c.Received)
		}
		ext, _ := c.ExtensionDeadline(cal)
		unext := c
		unext.Extended = false
		if d, _ := unext.Due(cal); !d.Equal(ext) {
			t.Fatalf("ExtensionDeadline %s, unextended Due %s", ext, d)
		}
		if due.Before(ext) {
			t.Fatalf("Due %s before ExtensionDeadline %s", due, ext)
		}
		// A closed pause starting within the period never makes it earlier.
		s := civil.LondonDate(start)
		from := s.AddDays(rapid.IntRange(0, 27).Draw(t, "pause-from"))
		to := from.AddDays(rapid.IntRange(0, 20).Draw(t, "pause-days"))
		paused := c
		paused.Clarifications = []Pause{{From: from.Time(civil.London()), To: to.Time(civil.London())}}
		pd, ok := paused.Due(cal)
		if !ok || pd.Before(due) {
			t.Fatalf("paused Due %s, %v before Due %s", pd, ok, due)
		}
		if paused.Paused() {
			t.Fatal("a closed pause reports Paused")
		}
	})
}

var deadlineSinkOK bool

func BenchmarkClockDue(b *testing.B) {
	c := Clock{
		Regime: basis.UK, Access: true, Received: londonAt("2026-06-01"),
		IdentityAsked: true, IdentityReceived: londonAt("2026-06-03"),
		FeeAsked: true, FeeReceived: londonAt("2026-06-04"),
		Clarifications: []Pause{mkPause("2026-06-10", "2026-06-14")},
		Extended:       true,
	}
	b.ReportAllocs()
	for b.Loop() {
		deadlineSink, deadlineSinkOK = c.Due(EnglandAndWales)
	}
}

// A pause asked for on the day of receipt is not before receipt, even when
// its time is written as that day's midnight and the request came in later
// that day (the one date rule: calendar dates, not instants). rapid found
// this with a request received at 00:00:01 BST on 2020-10-21.
func TestPauseOnDayOfReceipt(t *testing.T) {
	received := time.Unix(1603234801, 0) // 2020-10-21 00:00:01 BST
	day := civil.LondonDate(received).Time(civil.London())
	c := Clock{Regime: basis.UK, Access: true, Received: received, Clarifications: []Pause{{From: day, To: day}}}
	if err := c.Check(); err != nil {
		t.Fatalf("Check = %v, want nil", err)
	}
	if _, ok := c.Due(EnglandAndWales); !ok {
		t.Fatal("Due is false for a pause on the day of receipt")
	}
}

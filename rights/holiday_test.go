package rights

import (
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/internal/civil"
)

// referenceHolidays is the computed calendar 2018-2030 of the reference,
// §12.3, copied line for line (gov.uk bank-holidays.json for England and
// Wales and Scotland 2019-2027 and Northern Ireland 2019-2025; the other
// years by rule). "*" marks a substitute day, "†" a one-off or moved day.
var referenceHolidays = []struct {
	cal   Calendar
	year  int
	dates string
}{
	{EnglandAndWales, 2018, "2018-01-01 NewYear; 2018-03-30 GoodFri; 2018-04-02 EasterMon; 2018-05-07 EarlyMay; 2018-05-28 Spring; 2018-08-27 Summer; 2018-12-25 Xmas; 2018-12-26 Boxing"},
	{EnglandAndWales, 2019, "2019-01-01 NewYear; 2019-04-19 GoodFri; 2019-04-22 EasterMon; 2019-05-06 EarlyMay; 2019-05-27 Spring; 2019-08-26 Summer; 2019-12-25 Xmas; 2019-12-26 Boxing"},
	{EnglandAndWales, 2020, "2020-01-01 NewYear; 2020-04-10 GoodFri; 2020-04-13 EasterMon; 2020-05-08† EarlyMay; 2020-05-25 Spring; 2020-08-31 Summer; 2020-12-25 Xmas; 2020-12-28* Boxing"},
	{EnglandAndWales, 2021, "2021-01-01 NewYear; 2021-04-02 GoodFri; 2021-04-05 EasterMon; 2021-05-03 EarlyMay; 2021-05-31 Spring; 2021-08-30 Summer; 2021-12-27* Xmas; 2021-12-28* Boxing"},
	{EnglandAndWales, 2022, "2022-01-03* NewYear; 2022-04-15 GoodFri; 2022-04-18 EasterMon; 2022-05-02 EarlyMay; 2022-06-02† Spring; 2022-06-03† PlatinumJubilee; 2022-08-29 Summer; 2022-09-19† StateFuneral; 2022-12-26 Boxing; 2022-12-27* Xmas"},
	{EnglandAndWales, 2023, "2023-01-02* NewYear; 2023-04-07 GoodFri; 2023-04-10 EasterMon; 2023-05-01 EarlyMay; 2023-05-08† Coronation; 2023-05-29 Spring; 2023-08-28 Summer; 2023-12-25 Xmas; 2023-12-26 Boxing"},
	{EnglandAndWales, 2024, "2024-01-01 NewYear; 2024-03-29 GoodFri; 2024-04-01 EasterMon; 2024-05-06 EarlyMay; 2024-05-27 Spring; 2024-08-26 Summer; 2024-12-25 Xmas; 2024-12-26 Boxing"},
	{EnglandAndWales, 2025, "2025-01-01 NewYear; 2025-04-18 GoodFri; 2025-04-21 EasterMon; 2025-05-05 EarlyMay; 2025-05-26 Spring; 2025-08-25 Summer; 2025-12-25 Xmas; 2025-12-26 Boxing"},
	{EnglandAndWales, 2026, "2026-01-01 NewYear; 2026-04-03 GoodFri; 2026-04-06 EasterMon; 2026-05-04 EarlyMay; 2026-05-25 Spring; 2026-08-31 Summer; 2026-12-25 Xmas; 2026-12-28* Boxing"},
	{EnglandAndWales, 2027, "2027-01-01 NewYear; 2027-03-26 GoodFri; 2027-03-29 EasterMon; 2027-05-03 EarlyMay; 2027-05-31 Spring; 2027-08-30 Summer; 2027-12-27* Xmas; 2027-12-28* Boxing"},
	{EnglandAndWales, 2028, "2028-01-03* NewYear; 2028-04-14 GoodFri; 2028-04-17 EasterMon; 2028-05-01 EarlyMay; 2028-05-29 Spring; 2028-08-28 Summer; 2028-12-25 Xmas; 2028-12-26 Boxing"},
	{EnglandAndWales, 2029, "2029-01-01 NewYear; 2029-03-30 GoodFri; 2029-04-02 EasterMon; 2029-05-07 EarlyMay; 2029-05-28 Spring; 2029-08-27 Summer; 2029-12-25 Xmas; 2029-12-26 Boxing"},
	{EnglandAndWales, 2030, "2030-01-01 NewYear; 2030-04-19 GoodFri; 2030-04-22 EasterMon; 2030-05-06 EarlyMay; 2030-05-27 Spring; 2030-08-26 Summer; 2030-12-25 Xmas; 2030-12-26 Boxing"},
	{Scotland, 2018, "2018-01-01 NewYear; 2018-01-02 2Jan; 2018-03-30 GoodFri; 2018-05-07 EarlyMay; 2018-05-28 Spring; 2018-08-06 Summer; 2018-11-30 StAndrew; 2018-12-25 Xmas; 2018-12-26 Boxing"},
	{Scotland, 2019, "2019-01-01 NewYear; 2019-01-02 2Jan; 2019-04-19 GoodFri; 2019-05-06 EarlyMay; 2019-05-27 Spring; 2019-08-05 Summer; 2019-12-02* StAndrew; 2019-12-25 Xmas; 2019-12-26 Boxing"},
	{Scotland, 2020, "2020-01-01 NewYear; 2020-01-02 2Jan; 2020-04-10 GoodFri; 2020-05-08† EarlyMay; 2020-05-25 Spring; 2020-08-03 Summer; 2020-11-30 StAndrew; 2020-12-25 Xmas; 2020-12-28* Boxing"},
	{Scotland, 2021, "2021-01-01 NewYear; 2021-01-04* 2Jan; 2021-04-02 GoodFri; 2021-05-03 EarlyMay; 2021-05-31 Spring; 2021-08-02 Summer; 2021-11-30 StAndrew; 2021-12-27* Xmas; 2021-12-28* Boxing"},
	{Scotland, 2022, "2022-01-03* NewYear; 2022-01-04* 2Jan; 2022-04-15 GoodFri; 2022-05-02 EarlyMay; 2022-06-02† Spring; 2022-06-03† PlatinumJubilee; 2022-08-01 Summer; 2022-09-19† StateFuneral; 2022-11-30 StAndrew; 2022-12-26 Boxing; 2022-12-27* Xmas"},
	{Scotland, 2023, "2023-01-02* NewYear; 2023-01-03* 2Jan; 2023-04-07 GoodFri; 2023-05-01 EarlyMay; 2023-05-08† Coronation; 2023-05-29 Spring; 2023-08-07 Summer; 2023-11-30 StAndrew; 2023-12-25 Xmas; 2023-12-26 Boxing"},
	{Scotland, 2024, "2024-01-01 NewYear; 2024-01-02 2Jan; 2024-03-29 GoodFri; 2024-05-06 EarlyMay; 2024-05-27 Spring; 2024-08-05 Summer; 2024-12-02* StAndrew; 2024-12-25 Xmas; 2024-12-26 Boxing"},
	{Scotland, 2025, "2025-01-01 NewYear; 2025-01-02 2Jan; 2025-04-18 GoodFri; 2025-05-05 EarlyMay; 2025-05-26 Spring; 2025-08-04 Summer; 2025-12-01* StAndrew; 2025-12-25 Xmas; 2025-12-26 Boxing"},
	{Scotland, 2026, "2026-01-01 NewYear; 2026-01-02 2Jan; 2026-04-03 GoodFri; 2026-05-04 EarlyMay; 2026-05-25 Spring; 2026-08-03 Summer; 2026-11-30 StAndrew; 2026-12-25 Xmas; 2026-12-28* Boxing"},
	{Scotland, 2027, "2027-01-01 NewYear; 2027-01-04* 2Jan; 2027-03-26 GoodFri; 2027-05-03 EarlyMay; 2027-05-31 Spring; 2027-08-02 Summer; 2027-11-30 StAndrew; 2027-12-27* Xmas; 2027-12-28* Boxing"},
	{Scotland, 2028, "2028-01-03* NewYear; 2028-01-04* 2Jan; 2028-04-14 GoodFri; 2028-05-01 EarlyMay; 2028-05-29 Spring; 2028-08-07 Summer; 2028-11-30 StAndrew; 2028-12-25 Xmas; 2028-12-26 Boxing"},
	{Scotland, 2029, "2029-01-01 NewYear; 2029-01-02 2Jan; 2029-03-30 GoodFri; 2029-05-07 EarlyMay; 2029-05-28 Spring; 2029-08-06 Summer; 2029-11-30 StAndrew; 2029-12-25 Xmas; 2029-12-26 Boxing"},
	{Scotland, 2030, "2030-01-01 NewYear; 2030-01-02 2Jan; 2030-04-19 GoodFri; 2030-05-06 EarlyMay; 2030-05-27 Spring; 2030-08-05 Summer; 2030-12-02* StAndrew; 2030-12-25 Xmas; 2030-12-26 Boxing"},
	{NorthernIreland, 2018, "2018-01-01 NewYear; 2018-03-19* StPatrick; 2018-03-30 GoodFri; 2018-04-02 EasterMon; 2018-05-07 EarlyMay; 2018-05-28 Spring; 2018-07-12 Boyne; 2018-08-27 Summer; 2018-12-25 Xmas; 2018-12-26 Boxing"},
	{NorthernIreland, 2019, "2019-01-01 NewYear; 2019-03-18* StPatrick; 2019-04-19 GoodFri; 2019-04-22 EasterMon; 2019-05-06 EarlyMay; 2019-05-27 Spring; 2019-07-12 Boyne; 2019-08-26 Summer; 2019-12-25 Xmas; 2019-12-26 Boxing"},
	{NorthernIreland, 2020, "2020-01-01 NewYear; 2020-03-17 StPatrick; 2020-04-10 GoodFri; 2020-04-13 EasterMon; 2020-05-08† EarlyMay; 2020-05-25 Spring; 2020-07-13* Boyne; 2020-08-31 Summer; 2020-12-25 Xmas; 2020-12-28* Boxing"},
	{NorthernIreland, 2021, "2021-01-01 NewYear; 2021-03-17 StPatrick; 2021-04-02 GoodFri; 2021-04-05 EasterMon; 2021-05-03 EarlyMay; 2021-05-31 Spring; 2021-07-12 Boyne; 2021-08-30 Summer; 2021-12-27* Xmas; 2021-12-28* Boxing"},
	{NorthernIreland, 2022, "2022-01-03* NewYear; 2022-03-17 StPatrick; 2022-04-15 GoodFri; 2022-04-18 EasterMon; 2022-05-02 EarlyMay; 2022-06-02† Spring; 2022-06-03† PlatinumJubilee; 2022-07-12 Boyne; 2022-08-29 Summer; 2022-09-19† StateFuneral; 2022-12-26 Boxing; 2022-12-27* Xmas"},
	{NorthernIreland, 2023, "2023-01-02* NewYear; 2023-03-17 StPatrick; 2023-04-07 GoodFri; 2023-04-10 EasterMon; 2023-05-01 EarlyMay; 2023-05-08† Coronation; 2023-05-29 Spring; 2023-07-12 Boyne; 2023-08-28 Summer; 2023-12-25 Xmas; 2023-12-26 Boxing"},
	{NorthernIreland, 2024, "2024-01-01 NewYear; 2024-03-18* StPatrick; 2024-03-29 GoodFri; 2024-04-01 EasterMon; 2024-05-06 EarlyMay; 2024-05-27 Spring; 2024-07-12 Boyne; 2024-08-26 Summer; 2024-12-25 Xmas; 2024-12-26 Boxing"},
	{NorthernIreland, 2025, "2025-01-01 NewYear; 2025-03-17 StPatrick; 2025-04-18 GoodFri; 2025-04-21 EasterMon; 2025-05-05 EarlyMay; 2025-05-26 Spring; 2025-07-14* Boyne; 2025-08-25 Summer; 2025-12-25 Xmas; 2025-12-26 Boxing"},
	{NorthernIreland, 2026, "2026-01-01 NewYear; 2026-03-17 StPatrick; 2026-04-03 GoodFri; 2026-04-06 EasterMon; 2026-05-04 EarlyMay; 2026-05-25 Spring; 2026-07-13* Boyne; 2026-08-31 Summer; 2026-12-25 Xmas; 2026-12-28* Boxing"},
	{NorthernIreland, 2027, "2027-01-01 NewYear; 2027-03-17 StPatrick; 2027-03-26 GoodFri; 2027-03-29 EasterMon; 2027-05-03 EarlyMay; 2027-05-31 Spring; 2027-07-12 Boyne; 2027-08-30 Summer; 2027-12-27* Xmas; 2027-12-28* Boxing"},
	{NorthernIreland, 2028, "2028-01-03* NewYear; 2028-03-17 StPatrick; 2028-04-14 GoodFri; 2028-04-17 EasterMon; 2028-05-01 EarlyMay; 2028-05-29 Spring; 2028-07-12 Boyne; 2028-08-28 Summer; 2028-12-25 Xmas; 2028-12-26 Boxing"},
	{NorthernIreland, 2029, "2029-01-01 NewYear; 2029-03-19* StPatrick; 2029-03-30 GoodFri; 2029-04-02 EasterMon; 2029-05-07 EarlyMay; 2029-05-28 Spring; 2029-07-12 Boyne; 2029-08-27 Summer; 2029-12-25 Xmas; 2029-12-26 Boxing"},
	{NorthernIreland, 2030, "2030-01-01 NewYear; 2030-03-18* StPatrick; 2030-04-19 GoodFri; 2030-04-22 EasterMon; 2030-05-06 EarlyMay; 2030-05-27 Spring; 2030-07-12 Boyne; 2030-08-26 Summer; 2030-12-25 Xmas; 2030-12-26 Boxing"},
}

// referenceKinds maps the reference's abbreviations to kinds.
var referenceKinds = map[string]HolidayKind{
	"NewYear": NewYearsDay, "2Jan": SecondJanuary, "GoodFri": GoodFriday,
	"EasterMon": EasterMonday, "EarlyMay": EarlyMay, "Spring": Spring,
	"Summer": Summer, "StAndrew": StAndrewsDay, "StPatrick": StPatricksDay,
	"Boyne": BattleOfTheBoyne, "Xmas": ChristmasDay, "Boxing": BoxingDay,
	"PlatinumJubilee": PlatinumJubilee, "StateFuneral": StateFuneral,
	"Coronation": Coronation,
}

func TestHolidaysMatchReference(t *testing.T) {
	for _, tc := range referenceHolidays {
		t.Run(tc.cal.String()+"/"+civil.FromYMD(tc.year, 1, 1).String()[:4], func(t *testing.T) {
			var want []Holiday
			for _, item := range strings.Split(tc.dates, "; ") {
				date, abbr, ok := strings.Cut(item, " ")
				if !ok {
					t.Fatalf("bad reference item %q", item)
				}
				h := Holiday{Kind: referenceKinds[abbr]}
				if h.Kind == 0 {
					t.Fatalf("unknown abbreviation %q", abbr)
				}
				switch {
				case strings.HasSuffix(date, "*"):
					h.Substitute = true
				case strings.HasSuffix(date, "†") && (h.Kind == EarlyMay || h.Kind == Spring):
					h.Moved = true
				}
				date = strings.TrimRight(date, "*†")
				h.Date = civil.MustParse(date).Time(civil.London())
				want = append(want, h)
			}
			got := tc.cal.Holidays(tc.year)
			if len(got) != len(want) {
				t.Fatalf("Holidays(%d) = %v,\nwant %v", tc.year, got, want)
			}
			for i := range want {
				if !got[i].Date.Equal(want[i].Date) || got[i].Kind != want[i].Kind ||
					got[i].Substitute != want[i].Substitute || got[i].Moved != want[i].Moved {
					t.Errorf("holiday %d = %+v, want %+v", i, got[i], want[i])
				}
				// Every listed day is not a working day, the day before
				// and after each is checked by the edge tests.
				if tc.cal.IsWorkingDay(want[i].Date) {
					t.Errorf("IsWorkingDay(%s) = true, want false", want[i])
				}
				if h, ok := tc.cal.HolidayOn(want[i].Date.Add(13 * time.Hour)); !ok || h.Kind != want[i].Kind {
					t.Errorf("HolidayOn(%s) = %v, %v", want[i], h, ok)
				}
			}
		})
	}
}

// TestWorkingDaysMatchReference checks every day of 2018-2030 in each
// division: a weekday is a working day exactly when the reference does not
// list it.
func TestWorkingDaysMatchReference(t *testing.T) {
	listed := map[Calendar]map[civil.Date]bool{}
	for _, tc := range referenceHolidays {
		if listed[tc.cal] == nil {
			listed[tc.cal] = map[civil.Date]bool{}
		}
		for _, item := range strings.Split(tc.dates, "; ") {
			date, _, _ := strings.Cut(item, " ")
			listed[tc.cal][civil.MustParse(strings.TrimRight(date, "*†"))] = true
		}
	}
	for cal, days := range listed {
		for d := civil.MustParse("2018-01-01"); d <= civil.MustParse("2030-12-31"); d = d.AddDays(1) {
			w := d.Weekday()
			want := w != time.Saturday && w != time.Sunday && !days[d]
			// Any clock time on the London date counts, on days of 23 and
			// 25 hours too.
			for _, hour := range []int{0, 12, 23} {
				y, m, dd := d.YMD()
				at := time.Date(y, m, dd, hour, 0, 0, 0, civil.London())
				if got := cal.IsWorkingDay(at); got != want {
					t.Errorf("%s.IsWorkingDay(%s %02d:00) = %v, want %v", cal, d, hour, got, want)
				}
			}
		}
	}
}

// TestHolidayRuleEdges checks each rule on the days around it: the day
// before and after a holiday are working days when they are weekdays and
// not holidays themselves, and each substitute rule in both weekend cases.
func TestHolidayRuleEdges(t *testing.T) {
	type want struct {
		date    string
		working bool
	}
	tests := []struct {
		name string
		cal  Calendar
		days []want
	}{
		// New Year's Day: Saturday 2022-01-01 → Monday 3; Sunday 2023-01-01 → Monday 2.
		{"new year saturday", EnglandAndWales, []want{{"2021-12-31", true}, {"2022-01-03", false}, {"2022-01-04", true}}},
		{"new year sunday", NorthernIreland, []want{{"2022-12-30", true}, {"2023-01-02", false}, {"2023-01-03", true}}},
		// Scotland: 1 and 2 January, a weekend pair → Monday and Tuesday.
		{"scotland new year pair weekend", Scotland, []want{{"2022-01-03", false}, {"2022-01-04", false}, {"2022-01-05", true}}},
		{"scotland 2 jan saturday", Scotland, []want{{"2021-01-01", false}, {"2021-01-04", false}, {"2021-01-05", true}}},
		{"scotland new year sunday", Scotland, []want{{"2023-01-02", false}, {"2023-01-03", false}, {"2023-01-04", true}}},
		{"e&w has no 2 january", EnglandAndWales, []want{{"2024-01-02", true}, {"2023-01-03", true}}},
		// Easter: Scotland has Good Friday but no Easter Monday.
		{"easter e&w", EnglandAndWales, []want{{"2024-03-28", true}, {"2024-03-29", false}, {"2024-04-01", false}, {"2024-04-02", true}}},
		{"easter scotland", Scotland, []want{{"2024-03-29", false}, {"2024-04-01", true}}},
		{"easter ni", NorthernIreland, []want{{"2025-04-18", false}, {"2025-04-21", false}, {"2025-04-22", true}}},
		// St Patrick's Day: Saturday 2018 → 19; Sunday 2019 → 18; only NI.
		{"st patrick saturday", NorthernIreland, []want{{"2018-03-16", true}, {"2018-03-19", false}, {"2018-03-20", true}}},
		{"st patrick sunday", NorthernIreland, []want{{"2019-03-18", false}, {"2019-03-19", true}}},
		{"st patrick not e&w", EnglandAndWales, []want{{"2020-03-17", true}}},
		{"st patrick not scotland", Scotland, []want{{"2020-03-17", true}}},
		// Early May and Spring: first and last Mondays.
		{"early may", EnglandAndWales, []want{{"2025-05-02", true}, {"2025-05-05", false}, {"2025-05-06", true}}},
		{"spring 31 may", Scotland, []want{{"2027-05-31", false}, {"2027-05-28", true}, {"2027-06-01", true}}},
		// Battle of the Boyne: Saturday 2025 → 14; Sunday 2020 → 13; only NI.
		{"boyne saturday", NorthernIreland, []want{{"2025-07-11", true}, {"2025-07-14", false}, {"2025-07-15", true}}},
		{"boyne sunday", NorthernIreland, []want{{"2020-07-13", false}, {"2020-07-14", true}}},
		{"boyne not e&w", EnglandAndWales, []want{{"2024-07-12", true}}},
		// Summer: last Monday of August (E&W, NI), first (Scotland).
		{"summer e&w", EnglandAndWales, []want{{"2026-08-31", false}, {"2026-08-03", true}}},
		{"summer scotland", Scotland, []want{{"2026-08-03", false}, {"2026-08-31", true}}},
		// St Andrew's Day: Saturday 2019 → Monday 2 December; Sunday 2025 → Monday 1.
		{"st andrew saturday", Scotland, []want{{"2019-11-29", true}, {"2019-12-02", false}, {"2019-12-03", true}}},
		{"st andrew sunday", Scotland, []want{{"2025-12-01", false}, {"2025-12-02", true}}},
		{"st andrew weekday", Scotland, []want{{"2026-11-30", false}, {"2026-12-01", true}}},
		{"st andrew not e&w", EnglandAndWales, []want{{"2026-11-30", true}}},
		// Christmas: Friday/Saturday 2020 → Boxing Monday 28; Saturday/Sunday
		// 2021 → 27 and 28; Sunday/Monday 2022 → 26 and 27.
		{"christmas friday", EnglandAndWales, []want{{"2020-12-24", true}, {"2020-12-25", false}, {"2020-12-28", false}, {"2020-12-29", true}}},
		{"christmas saturday", Scotland, []want{{"2021-12-24", true}, {"2021-12-27", false}, {"2021-12-28", false}, {"2021-12-29", true}}},
		{"christmas sunday", NorthernIreland, []want{{"2022-12-26", false}, {"2022-12-27", false}, {"2022-12-28", true}}},
		// One-offs, at their edges (reference §12.2).
		{"2020 early may moved", EnglandAndWales, []want{{"2020-05-04", true}, {"2020-05-07", true}, {"2020-05-08", false}}},
		{"2020 early may moved scotland", Scotland, []want{{"2020-05-04", true}, {"2020-05-08", false}}},
		{"2022 spring moved", NorthernIreland, []want{{"2022-05-30", true}, {"2022-06-01", true}, {"2022-06-02", false}, {"2022-06-03", false}, {"2022-06-06", true}}},
		{"2022 spring moved scotland", Scotland, []want{{"2022-05-30", true}, {"2022-06-02", false}, {"2022-06-03", false}}},
		{"2022 state funeral", EnglandAndWales, []want{{"2022-09-16", true}, {"2022-09-19", false}, {"2022-09-20", true}}},
		{"2022 state funeral scotland", Scotland, []want{{"2022-09-19", false}}},
		{"2022 state funeral ni", NorthernIreland, []want{{"2022-09-19", false}}},
		{"2023 coronation", EnglandAndWales, []want{{"2023-05-05", true}, {"2023-05-08", false}, {"2023-05-09", true}, {"2023-05-01", false}, {"2023-05-29", false}}},
		{"2023 coronation scotland", Scotland, []want{{"2023-05-08", false}}},
		{"2023 coronation ni", NorthernIreland, []want{{"2023-05-08", false}}},
		// The one-offs do not repeat in other years.
		{"2021 early may usual", EnglandAndWales, []want{{"2021-05-03", false}, {"2021-05-07", true}}},
		{"2024 no coronation", EnglandAndWales, []want{{"2024-05-08", true}}},
		// Weekends only.
		{"weekends only christmas", WeekendsOnly, []want{{"2024-12-25", true}, {"2024-12-28", false}, {"2024-12-29", false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			for _, w := range tc.days {
				at := civil.MustParse(w.date).Time(civil.London())
				if got := tc.cal.IsWorkingDay(at); got != w.working {
					t.Errorf("%s.IsWorkingDay(%s) = %v, want %v", tc.cal, w.date, got, w.working)
				}
			}
		})
	}
}

// TestEasterSunday checks the computus against published Easter dates,
// including the earliest (22 March, 2285) and latest (25 April, 2038) ones.
func TestEasterSunday(t *testing.T) {
	tests := []struct {
		year int
		want string
	}{
		{1818, "1818-03-22"}, {1943, "1943-04-25"}, {2000, "2000-04-23"},
		{2008, "2008-03-23"}, {2011, "2011-04-24"}, {2016, "2016-03-27"},
		{2019, "2019-04-21"}, {2024, "2024-03-31"}, {2025, "2025-04-20"},
		{2038, "2038-04-25"}, {2285, "2285-03-22"},
	}
	for _, tc := range tests {
		if got := easterSunday(tc.year); got != civil.MustParse(tc.want) {
			t.Errorf("easterSunday(%d) = %s, want %s", tc.year, got, tc.want)
		}
	}
}

func TestHolidayKindText(t *testing.T) {
	for _, k := range AllHolidayKinds() {
		text, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", k, err)
		}
		var back HolidayKind
		if err := back.UnmarshalText(text); err != nil || back != k {
			t.Errorf("round trip of %v: %v, %v", k, back, err)
		}
		if k.Name() == "" {
			t.Errorf("%v has no name", k)
		}
		if k != Closure && k.Article() == "" {
			t.Errorf("%v has no article", k)
		}
	}
	if got := MustParseHolidayKind("Boxing Day"); got != BoxingDay {
		t.Errorf("MustParseHolidayKind(Boxing Day) = %v", got)
	}
	if got := HolidayKind(200).String(); got != "rights.HolidayKind(200)" {
		t.Errorf("String of out-of-range kind = %q", got)
	}
	if HolidayKind(0).Name() != "" || HolidayKind(200).Article() != "" {
		t.Error("invalid kinds have a name or article")
	}
	want := "2022-12-27 Christmas Day (substitute day)"
	h := Holiday{Date: civil.MustParse("2022-12-27").Time(civil.London()), Kind: ChristmasDay, Substitute: true}
	if h.String() != want {
		t.Errorf("String() = %q, want %q", h.String(), want)
	}
}

func TestParseHolidayKindFails(t *testing.T) {
	for _, s := range []string{"", "christmas", "boxing-day-2", "unspecified"} {
		if _, err := ParseHolidayKind(s); err == nil {
			t.Errorf("ParseHolidayKind(%q) succeeded", s)
		}
	}
	k := BoxingDay
	if err := k.UnmarshalText([]byte("nope")); err == nil || k != BoxingDay {
		t.Errorf("UnmarshalText(nope) = %v, left %v", err, k)
	}
}

func FuzzParseHolidayKind(f *testing.F) {
	for _, k := range AllHolidayKinds() {
		f.Add(k.String())
	}
	f.Add("Boxing Day")
	f.Add("")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseHolidayKind(s)
		if err != nil {
			return
		}
		text, err := k.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", k, err)
		}
		again, err := ParseHolidayKind(string(text))
		if err != nil || again != k {
			t.Fatalf("round trip %q -> %v -> %q -> %v, %v", s, k, text, again, err)
		}
	})
}

// TestMayBeHolidayCoversRules checks the quick filter against every holiday
// of every division in every year the calendars support.
func TestMayBeHolidayCoversRules(t *testing.T) {
	for _, div := range []division{englandAndWales, scotland, northernIreland} {
		for y := 1; y <= 9999; y++ {
			h := holidaysOf(div, y)
			for i := 0; i < h.n; i++ {
				_, m, d := h.e[i].day.YMD()
				if !mayBeHoliday(m, d) {
					t.Fatalf("division %d, %s (%v) is outside mayBeHoliday", div, h.e[i].day, h.e[i].kind)
				}
			}
		}
	}
}

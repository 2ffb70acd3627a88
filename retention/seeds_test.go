package retention

import (
	"errors"
	"io/fs"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// The retention statements of the seed notices in ../../shared/seeds/: each
// statement quoted verbatim (TestSeedQuotes holds the quotes to the notice
// files) with the rules that express it, one rule per end of retention (two
// where a statement has two ends, such as "up to 40 years ... unless you tell
// us otherwise"). Expected dates in the tests below are worked by hand from
// the notice's period and the XML Schema rule.
type seedStatement struct {
	quote string // the notice's words, verbatim
	rules []Rule
}

// Files of the seed notices, relative to this package's directory.
const (
	ietNotice  = "../../shared/seeds/000_68b41fe757d7439b.txt"
	netNotice  = "../../shared/seeds/002_4b1adbe904d58c4d.txt"
	wigNotice  = "../../shared/seeds/003_4d78ac5d7017d3c4.txt"
	stemNotice = "../../shared/seeds/004_e79af824227b4418.txt"
)

func rulesOf(sts []seedStatement) []Rule {
	var rules []Rule
	for _, st := range sts {
		rules = append(rules, st.rules...)
	}
	return rules
}

// NET, section 9 (updated 5 November 2020).
func netStatements() []seedStatement {
	const grace = " plus up to 12 months for our internal processes to securely review and delete inactive records."
	return []seedStatement{
		// The notice names neither the period nor the statute ("such as
		// retaining records for HMRC purposes"), nor the event the period
		// runs from, nor which of "anonymise or delete" applies: the rule
		// states only what it says, a minimum by law plus up to 12 months,
		// and Check reports the period the law is not said to give
		// (CodeLawPeriodUnstated) and the unstated action (CodeNoAction).
		{"9.2 Where a minimum retention period is required by law (such as retaining records for HMRC purposes) we comply with that minimum period plus up to 12 months to allow time for us to anonymise or delete information in accordance with our internal data management processes.",
			[]Rule{{ID: "net-9.2", Data: "records-required-by-law", Kind: ByLaw, Grace: Months(12),
				Reason: "a minimum retention period required by law", Law: "a minimum retention period required by law (such as retaining records for HMRC purposes)"}}},
		{"9.3 For Candidates, we will keep your name, date of birth, national insurance number, NET Certificate Number and assessment date for up to 40 years from the date you complete your assessment, unless you tell us otherwise," + grace,
			[]Rule{
				{ID: "net-9.3", Data: "candidate-identity", Kind: After, Trigger: Completion, Period: Years(40), Grace: Months(12),
					Action: Delete, Reason: "to be able to confirm any industry qualified status you have obtained through NET assessments"},
				{ID: "net-9.3-told", Data: "candidate-identity", Kind: Until, Trigger: SubjectRequest, Grace: Months(12),
					Action: Delete, Reason: "unless you tell us otherwise"},
			}},
		{"9.4 For Candidates, we will retain your background assessment information for up to 10 years after completion of the assessment," + grace,
			[]Rule{{ID: "net-9.4", Data: "candidate-assessment-background", Kind: After, Trigger: Completion, Period: Years(10), Grace: Months(12),
				Action: Delete, Reason: "legitimate interest of carrying out our service of administering Assessments of Occupational Competence and End Point Assessments"}}},
		{"9.5 For NET Licensed Assessors and employees of NET Licensed Assessment Centres, we will keep your information for up to 10 years from your last date of engagement with us, unless you tell us otherwise," + grace,
			[]Rule{
				{ID: "net-9.5", Data: "assessor-records", Kind: After, Trigger: LastActivity, Period: Years(10), Grace: Months(12),
					Action: Delete, Reason: "to manage our relationship with the Assessment Centre"},
				{ID: "net-9.5-told", Data: "assessor-records", Kind: Until, Trigger: SubjectRequest, Grace: Months(12),
					Action: Delete, Reason: "unless you tell us otherwise"},
			}},
		{"9.6 Emails are kept for up to 3 years from the last point of contact on our main systems," + grace,
			[]Rule{{ID: "net-9.6", Data: "emails", Kind: After, Trigger: LastContact, Period: Years(3), Grace: Months(12),
				Action: Delete, Reason: "to enable us to monitor performance of our contract with you"}}},
		// The notice gives no reason and names no law for 9.7.
		{"9.7 Information relating to our contract with NET Licensed Assessment Centres may be retained for up to 6 years after termination of the contract," + grace,
			[]Rule{{ID: "net-9.7", Data: "centre-contracts", Kind: After, Trigger: EndOfContract, Period: Years(6), Grace: Months(12),
				Action: Delete, Reason: "information relating to our contract with NET Licensed Assessment Centres"}}},
	}
}

// WIG (drafted 10 February 2022). "Whichever comes first" statements are
// two rules for the same data from different triggers (see
// [Schedule.EvaluateData]).
func wigStatements() []seedStatement {
	return []seedStatement{
		{"If you are part of a member organisation, we keep personal contact data, interest preferences and transactional data for the duration of time that your organisation is a member of WIG, and for the following five years if your organisation does not renew membership. We will then dispose of your information by deleting your contact details from our CRM platform, and member engagement data based on your transactions with WIG will be anonymised.",
			[]Rule{
				{ID: "wig-member-contacts", Data: "member-contacts", Kind: After, Trigger: EndOfMembership, Period: Years(5),
					Action: Delete, Reason: "membership services"},
				{ID: "wig-member-engagement", Data: "member-engagement", Kind: After, Trigger: EndOfMembership, Period: Years(5),
					Action: Anonymise, Reason: "membership services"},
			}},
		{"If you leave a member organisation, and no longer wish to hear from us, we will delete your contact details immediately on notification.",
			[]Rule{{ID: "wig-leaver", Data: "member-contacts", Kind: Until, Trigger: SubjectRequest,
				Action: Delete, Reason: "no longer wish to hear from us"}}},
		// The notice has a no-break space before "five years".
		{"If you do not work for a member organisation, we will keep your personal contact data, interest preferences and transactional data until the time that you notify us otherwise, or your account has been inactive for \u00a0five years (no website login or product bookings). We will then dispose of your information by deleting your contact details from our CRM platform and anonymise historic engagement data.",
			[]Rule{
				{ID: "wig-nonmember-contacts-told", Data: "non-member-contacts", Kind: Until, Trigger: SubjectRequest,
					Action: Delete, Reason: "until you notify us otherwise"},
				{ID: "wig-nonmember-contacts-inactive", Data: "non-member-contacts", Kind: After, Trigger: AccountInactivity, Period: Years(5),
					Action: Delete, Reason: "account inactive for five years"},
				{ID: "wig-nonmember-engagement-told", Data: "non-member-engagement", Kind: Until, Trigger: SubjectRequest,
					Action: Anonymise, Reason: "until you notify us otherwise"},
				{ID: "wig-nonmember-engagement-inactive", Data: "non-member-engagement", Kind: After, Trigger: AccountInactivity, Period: Years(5),
					Action: Anonymise, Reason: "account inactive for five years"},
			}},
		{"We keep special category personal data (including health information like accessibility requirements) for the period of time that you are a member of WIG or, if you are not a member, for the duration of the service you are participating in (for example a leadership programme or mentoring arrangement). We will then dispose of this special category data by deleting it from our records.",
			[]Rule{
				{ID: "wig-special-member", Data: "member-special-category", Kind: Until, Trigger: EndOfMembership,
					Action: Delete, Reason: "accessibility requirements during membership"},
				{ID: "wig-special-service", Data: "participant-special-category", Kind: Until, Trigger: EndOfService,
					Action: Delete, Reason: "accessibility requirements during the service"},
			}},
	}
}

// STEM Learning, section 8 (archived 2 June 2019), "Maximum retention
// periods". The notice does not say what happens at the end of any period,
// so no rule states an action (Check reports CodeNoAction, info: not
// stated). "6 months – short term business use" names no event the six
// months run from, so that rule has no trigger (CodeNoTrigger). Its "or for
// any period required by law, for example for compliance with HMRC
// requirements, if this is longer" is the regulatory lifetime rule, whose
// period the notice does not state (CodeLawPeriodUnstated).
func stemStatements() []seedStatement {
	return []seedStatement{
		{"6 months \u2013 short term business use e.g unsuccessful applications, requests for information",
			[]Rule{{ID: "stem-short-term", Data: "short-term-business", Kind: After, Period: Months(6),
				Reason: "short term business use"}}},
		{"2 years after the last activity\u2013 engagements such as surveys, website users who have not signed in, STEM Ambassadors who have not done activities.",
			[]Rule{{ID: "stem-engagement", Data: "engagement", Kind: After, Trigger: LastActivity, Period: Years(2),
				Reason: "engagements"}}},
		{"8 years after the end of the activity \u2013 CPD bookings, STEM Ambassador activities, impact data",
			[]Rule{{ID: "stem-activity", Data: "activity-records", Kind: After, Trigger: EndOfActivity, Period: Years(8),
				Reason: "CPD bookings, STEM Ambassador activities, impact data"}}},
		{"Regulatory lifetime - Data assets, normally related to finance or HR, which are required to be held to comply with other legislation or regulatory requirements.",
			[]Rule{{ID: "stem-regulatory", Data: "finance-hr", Kind: ByLaw,
				Reason: "to comply with other legislation or regulatory requirements",
				Law:    "the legislation or regulatory requirement the data asset is held for (e.g. HMRC)"}}},
	}
}

// IET (updated 7 February 2020): criteria only, no periods.
func ietStatements() []seedStatement {
	return []seedStatement{
		{"We retain your information in accordance with our information security, data retention and deletion policies. These set out the criteria we use to determine how long we keep information. When deciding what to retain, we take into account what information we need to best provide you with services, to manage your relationship with us, meet our statutory and legal obligations and meet our members\u2019 and customers\u2019 reasonable expectations.",
			[]Rule{{ID: "iet-policy", Data: "all", Kind: Criteria,
				Reason: "to provide services, manage the relationship, meet statutory and legal obligations",
				Criteria: "what information we need to best provide you with services, to manage your relationship with us, " +
					"meet our statutory and legal obligations and meet our members\u2019 and customers\u2019 reasonable expectations"}}},
	}
}

func netRules() []Rule  { return rulesOf(netStatements()) }
func wigRules() []Rule  { return rulesOf(wigStatements()) }
func stemRules() []Rule { return rulesOf(stemStatements()) }
func ietRules() []Rule  { return rulesOf(ietStatements()) }

// Every quote is the notice's own words. The notices live outside the
// module (../../shared/seeds), so the test skips where they are absent.
func TestSeedQuotes(t *testing.T) {
	for _, n := range []struct {
		name, file string
		sts        []seedStatement
	}{
		{"NET", netNotice, netStatements()},
		{"WIG", wigNotice, wigStatements()},
		{"STEM Learning", stemNotice, stemStatements()},
		{"IET", ietNotice, ietStatements()},
	} {
		t.Run(n.name, func(t *testing.T) {
			text, err := os.ReadFile(n.file)
			if errors.Is(err, fs.ErrNotExist) {
				t.Skipf("seed notice %s not present", n.file)
			}
			if err != nil {
				t.Fatal(err)
			}
			for _, st := range n.sts {
				if !strings.Contains(string(text), st.quote) {
					t.Errorf("%s does not contain %q", n.file, st.quote)
				}
				if len(st.rules) == 0 {
					t.Errorf("no rule expresses %q", st.quote)
				}
			}
		})
	}
}

func mustSchedule(t testing.TB, rules []Rule, opts ...Option) *Schedule {
	t.Helper()
	s, err := NewSchedule(rules, opts...)
	if err != nil {
		t.Fatalf("NewSchedule: %v", err)
	}
	return s
}

func TestSeedChecks(t *testing.T) {
	type f struct {
		path string
		code Code
		sev  basis.Severity
	}
	tests := []struct {
		name  string
		rules []Rule
		want  []f // sorted
	}{
		// 9.2 states neither the law's period nor the action.
		{"NET", netRules(), []f{
			{`rules["net-9.2"].action`, CodeNoAction, basis.Info},
			{`rules["net-9.2"].period`, CodeLawPeriodUnstated, basis.Info},
		}},
		{"WIG", wigRules(), nil},
		// "6 months – short term business use" states no event: a warning
		// that nothing can fall due under it. No action is stated anywhere;
		// the regulatory lifetime names no period.
		{"STEM Learning", stemRules(), []f{
			{`rules["stem-activity"].action`, CodeNoAction, basis.Info},
			{`rules["stem-engagement"].action`, CodeNoAction, basis.Info},
			{`rules["stem-regulatory"].action`, CodeNoAction, basis.Info},
			{`rules["stem-regulatory"].period`, CodeLawPeriodUnstated, basis.Info},
			{`rules["stem-short-term"].action`, CodeNoAction, basis.Info},
			{`rules["stem-short-term"].trigger`, CodeNoTrigger, basis.Warning},
		}},
		// Criteria only.
		{"IET", ietRules(), []f{{`rules["iet-policy"].criteria`, CodeCriteriaOnly, basis.Info}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := mustSchedule(t, tt.rules).Check(basis.UK)
			var gotF []f
			for _, e := range got {
				gotF = append(gotF, f{e.Path, e.Code, e.Severity})
			}
			if !slices.Equal(gotF, tt.want) {
				t.Errorf("Check() = %v\nwant %v", gotF, tt.want)
			}
			if got.Err() != nil {
				t.Errorf("a seed notice's schedule is unlawful as recorded: %v", got.Err())
			}
			// A limitation period is no duty to keep records: a seed rule
			// may cite one as its reason but never as a Minimum.
			for _, r := range tt.rules {
				if r.Kind == Minimum && strings.Contains(r.Law, "Limitation") {
					t.Errorf("rule %s models %s as a statutory minimum", r.ID, r.Law)
				}
			}
		})
	}
}

func TestSeedEvaluations(t *testing.T) {
	all := slices.Concat(netRules(), wigRules(), stemRules(), ietRules())
	s := mustSchedule(t, all)
	day := func(s string) Day {
		if s == "" {
			return 0
		}
		d, err := ParseDay(s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name     string
		rule     string
		trigger  string // "" means it has not happened
		asOf     string
		status   Status
		due      string
		deadline string
		action   Action
	}{
		// NET 9.3: 40 years plus up to 12 months.
		{"NET 9.3 completed on 29 February", "net-9.3", "2020-02-29", "2060-02-28", NotDue, "2060-02-29", "2061-02-28", Delete},
		{"NET 9.3 due on the 40th anniversary (a leap year)", "net-9.3", "2020-02-29", "2060-02-29", Due, "2060-02-29", "2061-02-28", Delete},
		{"NET 9.3 last day of the 12 months", "net-9.3", "2020-02-29", "2061-02-28", Due, "2060-02-29", "2061-02-28", Delete},
		{"NET 9.3 overdue after the 12 months", "net-9.3", "2020-02-29", "2061-03-01", Overdue, "2060-02-29", "2061-02-28", Delete},
		{"NET 9.3 completed on 31 January", "net-9.3", "2019-01-31", "2059-01-31", Due, "2059-01-31", "2060-01-31", Delete},
		{"NET 9.3 not yet completed", "net-9.3", "", "2059-01-31", TriggerPending, "", "", Delete},
		{"NET 9.3 told us otherwise", "net-9.3-told", "2021-01-31", "2021-01-31", Due, "2021-01-31", "2022-01-31", Delete},
		// NET 9.4: 10 years plus up to 12 months; 29 February to a non-leap year.
		{"NET 9.4 from 29 February", "net-9.4", "2020-02-29", "2030-02-28", Due, "2030-02-28", "2031-02-28", Delete},
		{"NET 9.4 day before", "net-9.4", "2020-02-29", "2030-02-27", NotDue, "2030-02-28", "2031-02-28", Delete},
		// NET 9.5: 10 years from the last engagement.
		{"NET 9.5 from 30 June", "net-9.5", "2015-06-30", "2026-07-01", Overdue, "2025-06-30", "2026-06-30", Delete},
		// NET 9.6: emails, 3 years from last contact plus 12 months.
		{"NET 9.6 from 31 August", "net-9.6", "2020-08-31", "2024-08-31", Due, "2023-08-31", "2024-08-31", Delete},
		{"NET 9.6 from 29 February", "net-9.6", "2024-02-29", "2027-03-01", Due, "2027-02-28", "2028-02-28", Delete},
		// NET 9.7: 6 years after termination, plus 12 months.
		{"NET 9.7 from 31 March", "net-9.7", "2021-03-31", "2027-03-30", NotDue, "2027-03-31", "2028-03-31", Delete},
		{"NET 9.7 due on the sixth anniversary", "net-9.7", "2021-03-31", "2027-03-31", Due, "2027-03-31", "2028-03-31", Delete},
		// NET 9.2: the law's minimum is not stated, so nothing falls due.
		{"NET 9.2 minimum by law, period unstated", "net-9.2", "", "2030-01-01", Undetermined, "", "", 0},
		// WIG: five years after the organisation stops renewing.
		{"WIG member contacts from 29 February", "wig-member-contacts", "2024-02-29", "2029-02-27", NotDue, "2029-02-28", "2029-02-28", Delete},
		{"WIG member contacts due", "wig-member-contacts", "2024-02-29", "2029-02-28", Due, "2029-02-28", "2029-02-28", Delete},
		{"WIG member contacts overdue the next day", "wig-member-contacts", "2024-02-29", "2029-03-01", Overdue, "2029-02-28", "2029-02-28", Delete},
		{"WIG member engagement anonymised", "wig-member-engagement", "2022-01-31", "2027-01-31", Due, "2027-01-31", "2027-01-31", Anonymise},
		{"WIG leaver deleted immediately on notification", "wig-leaver", "2025-01-31", "2025-01-31", Due, "2025-01-31", "2025-01-31", Delete},
		{"WIG leaver not notified", "wig-leaver", "", "2025-01-31", TriggerPending, "", "", Delete},
		{"WIG non-member inactive five years", "wig-nonmember-contacts-inactive", "2020-02-29", "2025-02-28", Due, "2025-02-28", "2025-02-28", Delete},
		{"WIG non-member engagement", "wig-nonmember-engagement-inactive", "2020-08-31", "2025-08-30", NotDue, "2025-08-31", "2025-08-31", Anonymise},
		{"WIG special category, membership ended", "wig-special-member", "2023-12-31", "2024-01-01", Overdue, "2023-12-31", "2023-12-31", Delete},
		{"WIG special category, still a member", "wig-special-member", "", "2024-01-01", TriggerPending, "", "", Delete},
		{"WIG special category, programme ended", "wig-special-service", "2024-02-29", "2024-02-29", Due, "2024-02-29", "2024-02-29", Delete},
		// STEM Learning.
		// The six months run from no stated event: never determined.
		{"STEM 6 months, no event stated", "stem-short-term", "", "2019-02-28", TriggerPending, "", "", 0},
		{"STEM 2 years after last activity on 29 February", "stem-engagement", "2016-02-29", "2018-02-28", Due, "2018-02-28", "2018-02-28", 0},
		{"STEM 8 years after the end of the activity, leap to leap", "stem-activity", "2012-02-29", "2020-02-28", NotDue, "2020-02-29", "2020-02-29", 0},
		{"STEM regulatory lifetime", "stem-regulatory", "", "2030-01-01", Undetermined, "", "", 0},
		// IET: criteria only.
		{"IET criteria only", "iet-policy", "2020-02-07", "2030-01-01", Undetermined, "", "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, _ := s.Rule(tt.rule)
			f := Facts{}
			if tt.trigger != "" {
				f.Events = map[Trigger]time.Time{r.Trigger: day(tt.trigger).Time(s.Location()).Add(15 * time.Hour)}
			}
			got, err := s.Evaluate(tt.rule, f, day(tt.asOf).Time(s.Location()).Add(9*time.Hour))
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != tt.status || got.Due != day(tt.due) || got.Deadline != day(tt.deadline) || got.Action != tt.action {
				t.Errorf("Evaluate = %s due %s deadline %s %s; want %s due %s deadline %s %s",
					got.Status, got.Due, got.Deadline, got.Action, tt.status, tt.due, tt.deadline, tt.action)
			}
			if got.Reason != r.Reason || got.Rule != tt.rule {
				t.Errorf("Evaluate names rule %q reason %q", got.Rule, got.Reason)
			}
		})
	}
}

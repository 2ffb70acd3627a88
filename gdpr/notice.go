package gdpr

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
	"github.com/dpmodel/dpmodel/rights"
)

// NotStatedText is what a notice, a picture or a diff shows for an item the
// register does not state. The renderers never fill a gap with a guess.
const NotStatedText = "Not stated in the register."

// CodeNoticeInput: [NoticeOf], [Missing] or [DataFlow] was given no date or a
// regime that is not valid (an input error, returned as the Code of a
// *basis.InputError).
const CodeNoticeInput Code = "gdpr/notice-input"

// RenderOption configures [NoticeOf], [Missing] and [DataFlow].
type RenderOption func(*renderConfig)

type renderConfig struct {
	regime basis.Regime
	bad    bool
}

// WithRegime renders under regime r. Without it the register's first
// regime is used, and the UK regime when the register names none. A regime
// that is not valid makes the call fail with [CodeNoticeInput].
func WithRegime(r basis.Regime) RenderOption {
	return func(c *renderConfig) {
		c.regime = r
		c.bad = !r.IsValid()
	}
}

// resolveRender applies the options and picks the regime.
func resolveRender(reg *Register, at time.Time, opts []RenderOption) (basis.Regime, error) {
	var c renderConfig
	for _, o := range opts {
		if o != nil {
			o(&c)
		}
	}
	if c.bad {
		return 0, &basis.InputError{Code: CodeNoticeInput, Path: "regime", Value: c.regime.String(),
			Valid: []string{basis.UK.String(), basis.EU.String()}, Message: "the regime to render under is not valid"}
	}
	if at.IsZero() {
		return 0, &basis.InputError{Code: CodeNoticeInput, Path: "at",
			Message: "a notice is rendered as of a date, and none was given"}
	}
	if c.regime != 0 {
		return c.regime, nil
	}
	if reg != nil {
		for _, r := range reg.Regimes {
			if r.IsValid() {
				return r, nil
			}
		}
	}
	return basis.UK, nil
}

// NoticeDoc is a privacy notice rendered from a register: the information
// Art. 13 requires when personal data are collected from the person and
// Art. 14 requires when they are obtained from others, in the order of
// Art. 13(1)-(2) (with the Art. 14 items where they fall), worded by the law
// in force on the date. Render it with [NoticeDoc.Markdown] or
// [NoticeDoc.HTML]; both show an item the register does not state as
// [NotStatedText].
type NoticeDoc struct {
	// Title is the notice's title: "Privacy notice: <controller>".
	Title string
	// Regime is the regime it is worded for.
	Regime basis.Regime
	// Date is the calendar date, in the regime's location, whose law it
	// states.
	Date Date
	// Missing are the items the register lacks to complete the notice,
	// sorted (see [Missing]).
	Missing Findings

	intro    []string
	sections []noticeSection
}

// noticeSection is one heading of the notice with its content: level 2
// for a section, 3 for a subsection.
type noticeSection struct {
	heading string
	article string
	blocks  []noticeBlock
	subs    []noticeSection
}

// noticeBlock is a paragraph, a bulleted list or a table.
type noticeBlock struct {
	para  string
	items []string
	table *noticeTable
}

// noticeTable is a table whose first column holds row headers.
type noticeTable struct {
	caption string
	cols    []string
	rows    [][]string
}

// NoticeOf renders the privacy notice of reg as of the calendar date of at
// in the regime's location (see [WithRegime]). It is deterministic: the
// same register and date give the same bytes. The error is a
// *basis.InputError with code [CodeNoticeInput] for a zero at or a regime
// that is not valid; a nil register renders as an empty one.
//
// NoticeOf does not modify reg.
func NoticeOf(reg *Register, at time.Time, opts ...RenderOption) (*NoticeDoc, error) {
	g, err := resolveRender(reg, at, opts)
	if err != nil {
		return nil, err
	}
	if reg == nil {
		reg = &Register{}
	}
	b := &noticeBuilder{reg: reg, g: g, at: at}
	return b.build(), nil
}

// Missing returns the items reg lacks to complete its privacy notice as of
// the date of at: each a finding with a CodeNotice... code, the JSON path
// of the element that lacks it, the point of Art. 13 or 14 that asks for
// it, and a severity (Warning: an item the law requires; Info: one whose
// need the register does not let us judge). They are the same findings as
// the rendered notice's Missing.
func Missing(reg *Register, at time.Time, opts ...RenderOption) (Findings, error) {
	d, err := NoticeOf(reg, at, opts...)
	if err != nil {
		return nil, err
	}
	return d.Missing, nil
}

type noticeBuilder struct {
	reg *Register
	g   basis.Regime
	at  time.Time
	out Findings
}

func (b *noticeBuilder) cite(a string) string { return b.g.Cite(a, b.at) }

func (b *noticeBuilder) miss(code Code, sev basis.Severity, path, article, msg string) {
	b.out = append(b.out, Finding{Code: code, Severity: sev, Regime: b.g, Path: path,
		Article: b.cite(article), Message: msg})
}

func (b *noticeBuilder) build() *NoticeDoc {
	y, m, d := civil.RegimeDate(b.g == basis.EU, b.at).YMD()
	doc := &NoticeDoc{Regime: b.g, Date: Date{y, m, d}}
	name := strings.TrimSpace(b.reg.Controller.Name)
	doc.Title = "Privacy notice"
	if name != "" {
		doc.Title += ": " + name
	}
	day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Format("2 January 2006")
	doc.intro = append(doc.intro,
		"This notice gives the information that "+b.cite("Art. 13")+" requires when personal data are collected from you, "+
			"and that "+b.cite("Art. 14")+" requires when they are obtained from others, under the law in force on "+day+".",
		b.source()+" Where the register does not state an item, this notice says: "+NotStatedText)
	doc.sections = []noticeSection{
		b.controller(), b.dpo(), b.purposes(), b.dataCategories(), b.recipients(),
		b.transfers(), b.retention(), b.rightsSection(), b.withdrawal(), b.complaints(),
		b.provision(), b.sources(), b.automated(), b.changes(),
	}
	b.out.Sort()
	doc.Missing = b.out
	return doc
}

// source says what the notice is generated from.
func (b *noticeBuilder) source() string {
	s := "It is generated from the controller's record of processing"
	n := b.reg.Notice
	var parts []string
	if v := strings.TrimSpace(n.Version); v != "" {
		parts = append(parts, "version "+v)
	}
	if !n.Date.IsZero() && n.Date.IsValid() {
		parts = append(parts, "dated "+n.Date.In(time.UTC).Format("2 January 2006"))
	}
	if u := strings.TrimSpace(n.URL); u != "" {
		parts = append(parts, "published at "+u)
	}
	if len(parts) > 0 {
		s += ", which models the privacy notice " + strings.Join(parts, ", ")
	}
	return s + "."
}

func para(s string) noticeBlock       { return noticeBlock{para: s} }
func list(items []string) noticeBlock { return noticeBlock{items: items} }

// notStatedInline is NotStatedText inside a list of items joined by
// semicolons.
const notStatedInline = "not stated in the register"

// sentence returns s trimmed and ending with a full stop (or another
// sentence end).
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// orNotStated returns s trimmed, or NotStatedText when it is empty.
func orNotStated(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return NotStatedText
	}
	return s
}

// --- Art. 13(1)(a), 14(1)(a): the controller ---

func (b *noticeBuilder) controller() noticeSection {
	c := &b.reg.Controller
	s := noticeSection{heading: "Who we are", article: b.cite("Arts. 13(1)(a) and 14(1)(a)")}
	if strings.TrimSpace(c.Name) == "" {
		b.miss(CodeNoticeControllerIdentity, basis.Warning, "controller.name", "Art. 13(1)(a)",
			"the register does not state the controller's name")
		s.blocks = append(s.blocks, para("Controller: "+NotStatedText))
	} else {
		s.blocks = append(s.blocks, para(strings.TrimSpace(c.Name)+" is the controller of your personal data."))
	}
	if len(c.Entities) > 0 {
		var items []string
		for _, e := range c.Entities {
			t := orNotStated(e.Name)
			var nums []string
			if e.CompanyNumber != "" {
				nums = append(nums, "company number "+e.CompanyNumber)
			}
			if e.CharityNumber != "" {
				nums = append(nums, "registered charity number "+e.CharityNumber)
			}
			if len(nums) > 0 {
				t += " (" + strings.Join(nums, ", ") + ")"
			}
			if len(e.Activities) > 0 {
				t += ", for: " + strings.Join(b.purposeNames(e.Activities), "; ")
			}
			items = append(items, t)
		}
		s.blocks = append(s.blocks, para("The controller is made up of these legal persons:"), list(items))
	}
	s.blocks = append(s.blocks, para("Address: "+orNotStated(c.Address)))
	if len(c.Contacts) == 0 {
		s.blocks = append(s.blocks, para("Contact details: "+NotStatedText))
		if strings.TrimSpace(c.Address) == "" {
			b.miss(CodeNoticeControllerContact, basis.Warning, "controller.contacts", "Art. 13(1)(a)",
				"the register states neither an address nor a contact for the controller")
		}
	} else {
		s.blocks = append(s.blocks, para("Contact details:"), list(contactItems(c.Contacts)))
	}
	for _, r := range c.Representatives {
		where := "the UK"
		if r.Regime == basis.EU {
			where = "the EU"
		}
		t := "Our representative in " + where + " (" + b.cite("Art. 27") + "): " + orNotStated(r.Name)
		if len(r.Contacts) > 0 {
			t += "; " + strings.Join(contactItems(r.Contacts), "; ")
		}
		s.blocks = append(s.blocks, para(t))
	}
	return s
}

var channelLabels = [...]string{ChannelEmail: "Email", ChannelPhone: "Telephone", ChannelPost: "Post", ChannelWebForm: "Web form"}

// contactItems renders contacts as "Email: x".
func contactItems(cs []Contact) []string {
	out := make([]string, 0, len(cs))
	for _, c := range cs {
		label := "Contact"
		if c.Kind.IsValid() && int(c.Kind) < len(channelLabels) {
			label = channelLabels[c.Kind]
		}
		out = append(out, label+": "+orNotStated(c.Value))
	}
	return out
}

// purposeNames names the activities with the given ids by their purposes.
func (b *noticeBuilder) purposeNames(ids []string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if a, ok := b.reg.Activity(id); ok && strings.TrimSpace(a.Purpose) != "" {
			out = append(out, strings.TrimSpace(a.Purpose))
		} else {
			out = append(out, id)
		}
	}
	return out
}

// --- Art. 13(1)(b), 14(1)(b): the DPO ---

func (b *noticeBuilder) dpo() noticeSection {
	d := &b.reg.Controller.DPO
	s := noticeSection{heading: "Our data protection officer", article: b.cite("Arts. 13(1)(b) and 14(1)(b)")}
	switch d.Designated {
	case Yes:
		t := "We have designated a data protection officer"
		if n := strings.TrimSpace(d.Name); n != "" {
			t += ": " + n
		}
		s.blocks = append(s.blocks, para(t+"."))
		if len(d.Contacts) == 0 {
			s.blocks = append(s.blocks, para("Contact details: "+NotStatedText))
			b.miss(CodeNoticeDPOContact, basis.Warning, "controller.dpo.contacts", "Art. 13(1)(b)",
				"a data protection officer is designated but no contact details are stated")
		} else {
			s.blocks = append(s.blocks, para("Contact details:"), list(contactItems(d.Contacts)))
		}
	case No:
		s.blocks = append(s.blocks, para("We have not designated a data protection officer."))
	default:
		s.blocks = append(s.blocks, para("Whether we have a data protection officer: "+NotStatedText))
		b.miss(CodeNoticeDPOContact, basis.Info, "controller.dpo.designated", "Art. 13(1)(b)",
			"the register does not say whether a data protection officer is designated, so the notice cannot give one's contact details where applicable")
	}
	return s
}

// --- Art. 13(1)(c)-(f), 13(2)(a), (f); 14(1)(c)-(f), 14(2)(a), (b), (f), (g): per purpose ---

var basisLabels = [...]string{
	basis.Consent:                      "Consent",
	basis.Contract:                     "Contract",
	basis.LegalObligation:              "Legal obligation",
	basis.VitalInterests:               "Vital interests",
	basis.PublicTask:                   "Public task",
	basis.RecognisedLegitimateInterest: "Recognised legitimate interest",
	basis.LegitimateInterests:          "Legitimate interests",
}

// groundText renders a ground's basis with its article, or NotStatedText.
func (b *noticeBuilder) groundText(g Ground) string {
	if !g.Basis.IsValid() || int(g.Basis) >= len(basisLabels) {
		return "a basis " + notStatedInline
	}
	t := basisLabels[g.Basis] + " (" + b.cite(g.Basis.Article()) + ")"
	switch g.Basis {
	case basis.LegalObligation, basis.PublicTask:
		if l := strings.TrimSpace(g.Law); l != "" {
			t += ": " + l
		}
	case basis.RecognisedLegitimateInterest:
		if g.Recognised.IsValid() {
			t += ": " + strings.ReplaceAll(g.Recognised.String(), "-", " ") + " (" + g.Recognised.Article() + ")"
		}
	case basis.Consent:
		if g.Consent.Explicit {
			t += ", explicit"
		}
	}
	return t
}

// art14 reports whether the activity uses data obtained from others.
func (b *noticeBuilder) art14(a *Activity) bool {
	if len(a.Sources) > 0 {
		return true
	}
	for d := range b.reg.DataOf(a) {
		if d.Source == FromThirdParty || d.Source == FromPublicSource {
			return true
		}
	}
	return false
}

func (b *noticeBuilder) purposes() noticeSection {
	s := noticeSection{heading: "Why we use your data and our lawful basis",
		article: b.cite("Arts. 13(1)(c)-(f), 13(2)(a), 13(2)(f), 14(1)(c)-(f), 14(2)(a), 14(2)(b), 14(2)(f) and 14(2)(g)")}
	if len(b.reg.Bases) > 0 {
		var items []string
		for _, g := range b.reg.Bases {
			items = append(items, b.groundText(g))
		}
		s.blocks = append(s.blocks, para("The register lists these lawful bases in general, without tying them to purposes:"), list(items))
	}
	if len(b.reg.Activities) == 0 {
		s.blocks = append(s.blocks, para("Purposes: "+NotStatedText))
		b.miss(CodeNoticePurposes, basis.Warning, "activities", "Art. 13(1)(c)",
			"the register records no processing activity, so the notice states no purpose")
		return s
	}
	s.blocks = append(s.blocks, para("Each table below sets out one purpose for which we use personal data."))
	for i := range b.reg.Activities {
		s.subs = append(s.subs, b.purpose(i))
	}
	return s
}

func (b *noticeBuilder) purpose(i int) noticeSection {
	a := &b.reg.Activities[i]
	p := activityPath(i)
	title := "Purpose " + strconv.Itoa(i+1) + ": " + strings.TrimSpace(a.Purpose)
	if strings.TrimSpace(a.Purpose) == "" {
		title = "Purpose " + strconv.Itoa(i+1) + " (" + a.ID + ")"
		b.miss(CodeNoticePurpose, basis.Warning, p+".purpose", "Art. 13(1)(c)",
			"the activity "+a.ID+" states no purpose")
	}
	t := &noticeTable{caption: title, cols: []string{"Item", "What we tell you", "Provision"}}
	row := func(item, text, art string) { t.rows = append(t.rows, []string{item, text, art}) }
	row("Purpose", orNotStated(a.Purpose), b.cite("Arts. 13(1)(c) and 14(1)(c)"))

	var subjects []string
	for sub := range b.reg.SubjectsOf(a) {
		subjects = append(subjects, orNotStated(sub.Name))
	}
	if len(subjects) == 0 {
		subjects = []string{NotStatedText}
	}
	row("Whose data", strings.Join(subjects, "; "), b.cite("Art. 30(1)(c)"))

	// Art. 13(1)(c): the legal basis.
	var grounds []string
	for j, g := range a.Grounds {
		grounds = append(grounds, b.groundText(g))
		if !g.Basis.IsValid() {
			b.miss(CodeNoticeBasis, basis.Warning, basis.Index(p+".grounds", j)+".basis", "Art. 13(1)(c)",
				"a ground of the activity "+a.ID+" does not state its lawful basis")
		}
	}
	if len(grounds) == 0 {
		grounds = []string{NotStatedText}
		sev := basis.Warning
		if len(b.reg.Bases) > 0 {
			sev = basis.Info
		}
		b.miss(CodeNoticeBasis, sev, p+".grounds", "Art. 13(1)(c)",
			"the activity "+a.ID+" states no lawful basis for its purpose")
	}
	row("Lawful basis", strings.Join(grounds, "; "), b.cite("Arts. 13(1)(c) and 14(1)(c)"))

	// Art. 13(1)(d), 14(2)(b): the legitimate interests pursued.
	var interests []string
	for j, g := range a.Grounds {
		if g.Basis != basis.LegitimateInterests {
			continue
		}
		if in := strings.TrimSpace(g.Interest); in != "" {
			interests = append(interests, in)
		} else {
			interests = append(interests, NotStatedText)
			b.miss(CodeNoticeLegitimateInterest, basis.Warning, basis.Index(p+".grounds", j)+".interest", "Art. 13(1)(d)",
				"the activity "+a.ID+" relies on legitimate interests without stating the interest pursued")
		}
	}
	if len(interests) > 0 {
		row("Legitimate interests", strings.Join(interests, "; "), b.cite("Arts. 13(1)(d) and 14(2)(b)"))
	}

	if len(a.Special) > 0 {
		var cs []string
		for _, j := range a.Special {
			cs = append(cs, b.conditionText(j.SpecialCategoryJustification))
		}
		row("Special category data", strings.Join(cs, "; "), b.cite("Art. 9(2)"))
	}
	if len(a.Criminal) > 0 {
		var cs []string
		for _, j := range a.Criminal {
			cs = append(cs, b.criminalText(j.CriminalOffenceJustification))
		}
		art := b.cite("Art. 10")
		if b.g == basis.UK {
			art += "; DPA 2018 s.10(5)"
		}
		row("Criminal offence data", strings.Join(cs, "; "), art)
	}

	// Art. 14(1)(d): the categories of personal data.
	var data []string
	for d := range b.reg.DataOf(a) {
		data = append(data, orNotStated(d.Name))
	}
	if len(data) == 0 {
		data = []string{NotStatedText}
		sev, why := basis.Info, ""
		if b.art14(a) {
			sev, why = basis.Warning, ", which Art. 14 requires for data obtained from others"
		}
		b.miss(CodeNoticeDataCategories, sev, p+".data", "Art. 14(1)(d)",
			"the activity "+a.ID+" names no category of personal data"+why)
	}
	row("Categories of personal data", strings.Join(data, "; "), b.cite("Art. 14(1)(d)"))

	// Art. 13(1)(e), 14(1)(e): recipients.
	var recs []string
	for r := range b.reg.RecipientsOf(a) {
		recs = append(recs, orNotStated(r.Label()))
	}
	recText := "None recorded."
	if len(recs) > 0 {
		recText = strings.Join(recs, "; ") + "."
	}
	switch a.RecipientsExhaustive {
	case No:
		recText += " The list is not complete."
	case NotStated:
		if len(recs) > 0 {
			recText += " Whether the list is complete: " + NotStatedText
		}
	}
	row("Recipients", recText, b.cite("Arts. 13(1)(e) and 14(1)(e)"))

	// Art. 13(1)(f), 14(1)(f): transfers.
	var trs []string
	for _, id := range a.Transfers {
		if tr, ok := b.reg.Transfer(id); ok {
			trs = append(trs, b.transferText(tr))
		}
	}
	trText := "None recorded."
	if len(trs) > 0 {
		trText = strings.Join(trs, "; ")
	}
	row(b.transfersHeading(), trText, b.cite("Arts. 13(1)(f) and 14(1)(f)"))

	// Art. 13(2)(a), 14(2)(a): retention.
	var keep []string
	for _, id := range a.Retention {
		if r, ok := b.reg.RetentionRule(id); ok {
			keep = append(keep, b.ruleLine(r))
		}
	}
	if len(keep) == 0 {
		keep = []string{NotStatedText}
		b.miss(CodeNoticeRetention, basis.Warning, p+".retention", "Art. 13(2)(a)",
			"the activity "+a.ID+" names no retention rule, so neither a period nor its criteria are stated")
	}
	row("How long we keep the data", strings.Join(keep, "; "), b.cite("Arts. 13(2)(a) and 14(2)(a)"))

	// Art. 14(2)(f): sources.
	if b.art14(a) {
		var srcs []string
		for _, src := range a.Sources {
			srcs = append(srcs, sourceText(src))
		}
		if len(srcs) == 0 {
			srcs = []string{NotStatedText}
			b.miss(CodeNoticeSources, basis.Warning, p+".sources", "Art. 14(2)(f)",
				"the activity "+a.ID+" uses data obtained from others and names no source")
		}
		row("Where the data come from", strings.Join(srcs, "; "), b.cite("Art. 14(2)(f)"))
	}

	// Art. 13(2)(f), 14(2)(g): automated decisions.
	row("Automated decisions", b.automatedText(a, p), b.cite("Arts. 13(2)(f) and 14(2)(g)"))
	return noticeSection{heading: title, blocks: []noticeBlock{{table: t}}}
}

func (b *noticeBuilder) conditionText(j basis.SpecialCategoryJustification) string {
	if !j.Condition.IsValid() {
		return "a condition " + notStatedInline
	}
	t := codeWords(j.Condition.String()) + " (" + b.cite(j.Condition.Article()) + ")"
	if b.g == basis.UK && len(j.Schedule1) > 0 {
		t += ", with DPA 2018 Sch. 1: " + schedule1Words(j.Schedule1)
	}
	return t
}

func (b *noticeBuilder) criminalText(j basis.CriminalOffenceJustification) string {
	var parts []string
	if body := strings.TrimSpace(j.OfficialAuthority.Body); body != "" {
		if j.OfficialAuthority.Controls {
			parts = append(parts, "under the control of official authority: "+body)
		} else {
			parts = append(parts, "official authority named: "+body)
		}
	}
	if b.g == basis.UK && len(j.Schedule1) > 0 {
		parts = append(parts, "DPA 2018 Sch. 1: "+schedule1Words(j.Schedule1))
	}
	if l := strings.TrimSpace(j.Law); l != "" && b.g == basis.EU {
		parts = append(parts, "authorised by "+l)
	}
	if len(parts) == 0 {
		return "a condition " + notStatedInline
	}
	return strings.Join(parts, ", ")
}

func schedule1Words(cs []basis.Schedule1Condition) string {
	w := make([]string, len(cs))
	for i, c := range cs {
		w[i] = codeWords(c.String())
	}
	return strings.Join(w, ", ")
}

// codeWords turns a stable code into words: "explicit-consent" is
// "explicit consent".
func codeWords(code string) string { return strings.ReplaceAll(code, "-", " ") }

func sourceText(s Source) string {
	t := orNotStated(s.Name)
	if s.Kind == FromPublicSource {
		t += " (a publicly accessible source)"
	}
	return t
}

func (b *noticeBuilder) automatedText(a *Activity, p string) string {
	au := &a.Automated
	switch au.Decisions {
	case No:
		return "None: no decision is based solely on automated processing."
	case Yes:
		t := "We make decisions based solely on automated processing."
		t += " The logic involved: " + sentence(orNotStated(au.Logic))
		t += " The significance and envisaged consequences: " + sentence(orNotStated(au.Significance))
		if len(au.Safeguards) > 0 {
			t += " Your safeguards: " + strings.Join(au.Safeguards, "; ") + "."
		}
		if strings.TrimSpace(au.Logic) == "" {
			b.miss(CodeNoticeAutomated, basis.Warning, p+".automated.logic", "Art. 13(2)(f)",
				"the activity "+a.ID+" makes solely automated decisions without stating the logic involved")
		}
		if strings.TrimSpace(au.Significance) == "" {
			b.miss(CodeNoticeAutomated, basis.Warning, p+".automated.significance", "Art. 13(2)(f)",
				"the activity "+a.ID+" makes solely automated decisions without stating their significance and envisaged consequences")
		}
		return t
	}
	b.miss(CodeNoticeAutomated, basis.Info, p+".automated.decisions", "Art. 13(2)(f)",
		"the register does not say whether the activity "+a.ID+" makes solely automated decisions")
	return NotStatedText
}

// --- Art. 14(1)(d): the categories of personal data ---

var sourceLabels = [...]string{
	FromSubject:      "from you",
	Observed:         "observed when you use our services",
	FromThirdParty:   "from others",
	FromPublicSource: "from publicly accessible sources",
}

func (b *noticeBuilder) dataCategories() noticeSection {
	s := noticeSection{heading: "The personal data we hold", article: b.cite("Arts. 13(1) and 14(1)(d)")}
	if len(b.reg.Data) == 0 {
		s.blocks = append(s.blocks, para("Categories of personal data: "+NotStatedText))
		return s
	}
	var items []string
	for i, d := range b.reg.Data {
		t := orNotStated(d.Name)
		if d.Source.IsValid() && int(d.Source) < len(sourceLabels) {
			t += " (" + sourceLabels[d.Source] + ")"
		} else {
			t += " (source: " + NotStatedText + ")"
			b.miss(CodeNoticeDataSource, basis.Info, basis.Index("data", i)+".source", "Art. 14(1)",
				"the data category "+d.ID+" does not say whether it is collected from the person or obtained from others")
		}
		if !d.Sensitive.IsEmpty() {
			var kinds []string
			for c := range d.Sensitive.Categories() {
				kinds = append(kinds, codeWords(c.String()))
			}
			if d.Sensitive.CriminalOffence() {
				kinds = append(kinds, "criminal offence data")
			}
			t += "; special category or criminal offence data: " + strings.Join(kinds, ", ")
		}
		items = append(items, t)
	}
	s.blocks = append(s.blocks, list(items))
	return s
}

// --- Art. 13(1)(e), 14(1)(e): recipients ---

var roleGroups = []struct {
	role  recipient.Role
	label string
}{
	{recipient.Processor, "Processors acting on our behalf"},
	{recipient.SubProcessor, "Sub-processors"},
	{recipient.JointController, "Joint controllers"},
	{recipient.IndependentController, "Other controllers using the data for their own purposes"},
	{recipient.PublicAuthority, "Public authorities"},
	{0, "Recipients whose role is not stated"},
}

// roleGroup returns the index in roleGroups of a recipient's group.
func roleGroup(r *Recipient) int {
	for i, g := range roleGroups {
		if g.role == r.Role {
			return i
		}
	}
	return len(roleGroups) - 1
}

func (b *noticeBuilder) recipients() noticeSection {
	s := noticeSection{heading: "Who receives your data", article: b.cite("Arts. 13(1)(e) and 14(1)(e)")}
	if len(b.reg.Recipients) == 0 {
		s.blocks = append(s.blocks, para("None recorded."))
		return s
	}
	groups := make([][]string, len(roleGroups))
	var internal []string
	for i := range b.reg.Recipients {
		r := &b.reg.Recipients[i]
		label := r.Label()
		if label == "" {
			label = NotStatedText
			b.miss(CodeNoticeRecipientUnnamed, basis.Warning, basis.Index("recipients", i), "Art. 13(1)(e)",
				"the recipient "+r.ID+" has neither a name nor a category")
		} else if r.Name != "" && r.Category != "" {
			label = strings.TrimSpace(r.Name) + " (" + strings.TrimSpace(r.Category) + ")"
		}
		if p := strings.TrimSpace(r.Purpose); p != "" {
			label += ": " + p
		}
		if r.Internal == Yes {
			internal = append(internal, label)
			continue
		}
		g := roleGroup(r)
		groups[g] = append(groups[g], label)
	}
	for i, g := range roleGroups {
		if len(groups[i]) > 0 {
			s.subs = append(s.subs, noticeSection{heading: g.label, blocks: []noticeBlock{list(groups[i])}})
		}
	}
	if len(internal) > 0 {
		s.subs = append(s.subs, noticeSection{heading: "Parts of our own organisation",
			article: b.cite("Art. 4(9)"),
			blocks:  []noticeBlock{para("These are part of the controller and are not recipients:"), list(internal)}})
	}
	return s
}

// --- Art. 13(1)(f), 14(1)(f): transfers ---

// transfersHeading names the territory transfers leave: the UK under the
// UK GDPR (from 2021-01-01), the EEA before then and under the EU regime.
func (b *noticeBuilder) transfersHeading() string {
	if b.g == basis.UK && b.g.InForce(basis.UKGDPR, b.at) {
		return "Transfers outside the UK"
	}
	return "Transfers outside the EEA"
}

// destinations names a transfer's destinations.
func destinations(t *Transfer) string {
	var names []string
	for _, c := range t.Countries {
		if n := c.Name(); n != "" {
			names = append(names, n+" ("+string(c)+")")
		} else {
			names = append(names, string(c))
		}
	}
	if t.AnyThirdCountry {
		names = append(names, "third countries not named")
	}
	if len(names) == 0 {
		return "a destination " + notStatedInline
	}
	return strings.Join(names, ", ")
}

// transferText is a short account of one transfer for a purpose's table.
func (b *noticeBuilder) transferText(t *Transfer) string {
	s := orNotStated(t.Recipient) + ", to " + destinations(t) + ", relying on "
	if m := t.Mechanism; m.IsValid() {
		s += m.NoticeText()
	} else {
		s += "a mechanism " + notStatedInline
	}
	return s
}

func (b *noticeBuilder) transfers() noticeSection {
	s := noticeSection{heading: b.transfersHeading(), article: b.cite("Arts. 13(1)(f) and 14(1)(f)")}
	if len(b.reg.Transfers) == 0 {
		s.blocks = append(s.blocks, para("None recorded."))
		return s
	}
	var items []string
	for i := range b.reg.Transfers {
		t := &b.reg.Transfers[i]
		p := basis.Index("transfers", i)
		line := orNotStated(t.Recipient) + ": to " + destinations(t) + ". "
		m := t.Mechanism
		if m.IsValid() {
			art := m.Article()
			if strings.HasPrefix(art, "Art") {
				art = b.cite(art)
			}
			line += "It relies on " + m.NoticeText() + " (" + art + ")."
		} else {
			line += "What it relies on (an adequacy decision or a safeguard): " + NotStatedText
			b.miss(CodeNoticeTransferMechanism, basis.Warning, p+".mechanism", "Art. 13(1)(f)",
				"the transfer "+t.ID+" states neither an adequacy decision nor a safeguard")
		}
		if m.IsValid() && m.Kind().NeedsCopy() {
			switch t.SafeguardsCopy {
			case Yes:
				line += " You can obtain a copy of the safeguards from us."
			default:
				line += " How to obtain a copy of the safeguards: " + NotStatedText
				b.miss(CodeNoticeTransferCopy, basis.Warning, p+".safeguardsCopy", "Art. 13(1)(f)",
					"the transfer "+t.ID+" relies on safeguards without saying how to obtain a copy of them or where they are made available")
			}
		}
		items = append(items, line)
	}
	s.blocks = append(s.blocks, list(items))
	return s
}

// --- Art. 13(2)(a), 14(2)(a): retention ---

func periodWords(p retention.Period) string {
	var parts []string
	unit := func(n int, one, many string) {
		if n == 1 {
			parts = append(parts, "1 "+one)
		} else if n > 1 {
			parts = append(parts, strconv.Itoa(n)+" "+many)
		}
	}
	unit(p.Years, "year", "years")
	unit(p.Months, "month", "months")
	unit(p.Days, "day", "days")
	if len(parts) == 0 {
		return "no time"
	}
	return strings.Join(parts, " and ")
}

// ruleText describes one retention rule.
func ruleText(r retention.Rule) string {
	trigger := codeWords(string(r.Trigger))
	var t string
	switch r.Kind {
	case retention.After:
		t = "for " + periodOrNot(r.Period) + " after " + orNotStatedWord(trigger)
	case retention.Until:
		t = "until " + orNotStatedWord(trigger)
	case retention.Minimum:
		t = "for at least " + periodOrNot(r.Period) + " after " + orNotStatedWord(trigger) + ", as " + orNotStatedWord(r.Law) + " requires"
	case retention.ByLaw:
		t = "for as long as " + orNotStatedWord(r.Law) + " requires"
		if !r.Period.IsZero() {
			t += " (" + periodWords(r.Period)
			if trigger != "" {
				t += " after " + trigger
			}
			t += ")"
		}
	case retention.Criteria:
		t = "by these criteria: " + orNotStatedWord(r.Criteria)
	default:
		return NotStatedText
	}
	if !r.Grace.IsZero() {
		t += ", plus up to " + periodWords(r.Grace) + " to carry out the action"
	}
	if r.Action.IsValid() {
		t += ", then " + actionWords[r.Action]
	}
	if reason := strings.TrimSpace(r.Reason); reason != "" {
		t += " (" + reason + ")"
	}
	return t
}

var actionWords = [...]string{retention.Delete: "deleted", retention.Anonymise: "anonymised", retention.Review: "reviewed", retention.Archive: "archived"}

func periodOrNot(p retention.Period) string {
	if p.IsZero() {
		return "a period not stated"
	}
	return periodWords(p)
}

func orNotStatedWord(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return "(not stated)"
	}
	return s
}

// ruleLine is a rule with the data it governs.
func (b *noticeBuilder) ruleLine(r *RetentionRule) string {
	what := "Kept "
	if r.Data != "" {
		if d, ok := b.reg.DataCategory(r.Data); ok && strings.TrimSpace(d.Name) != "" {
			what = strings.TrimSpace(d.Name) + ": kept "
		}
	}
	return what + ruleText(r.Rule)
}

func (b *noticeBuilder) retention() noticeSection {
	s := noticeSection{heading: "How long we keep your data", article: b.cite("Arts. 13(2)(a) and 14(2)(a)")}
	if len(b.reg.Retention) == 0 {
		s.blocks = append(s.blocks, para("Retention periods or criteria: "+NotStatedText))
		return s
	}
	var items []string
	for i := range b.reg.Retention {
		items = append(items, b.ruleLine(&b.reg.Retention[i]))
	}
	s.blocks = append(s.blocks, list(items))
	return s
}

// --- Art. 13(2)(b), 14(2)(c): rights ---

var rightLabels = [...]string{
	rights.Informed:            "To be informed",
	rights.Access:              "Access to your data",
	rights.Rectification:       "Rectification",
	rights.Erasure:             "Erasure",
	rights.Restriction:         "Restriction of processing",
	rights.Portability:         "Data portability",
	rights.Object:              "Objection",
	rights.AutomatedDecisions:  "Rights about solely automated decisions",
	rights.WithdrawConsent:     "Withdrawal of consent",
	rights.ComplainToAuthority: "Complaint to the supervisory authority",
}

// art13Rights are the rights Art. 13(2)(b) and 14(2)(c) require a notice
// to state, in the order of those points.
// art13Rights (validate_transparency_notice.go) are the rights
// Art. 13(2)(b) and 14(2)(c) name.

func (b *noticeBuilder) statement(r rights.Right) (RightStatement, bool) {
	for _, s := range b.reg.Rights.Rights {
		if s.Right == r {
			return s, true
		}
	}
	return RightStatement{}, false
}

func statementText(s RightStatement, found bool) string {
	if !found || s.Stated == NotStated {
		return NotStatedText
	}
	if s.Stated == No {
		return "The notice does not state this right."
	}
	t := "You have this right"
	if sc := strings.TrimSpace(s.Scope); sc != "" {
		t += ": " + sc
	}
	t += "."
	if h := strings.TrimSpace(s.How); h != "" {
		t += " How: " + h + "."
	}
	return t
}

func (b *noticeBuilder) rightsSection() noticeSection {
	s := noticeSection{heading: "Your rights", article: b.cite("Arts. 13(2)(b) and 14(2)(c)")}
	t := &noticeTable{caption: "Your rights", cols: []string{"Right", "What we tell you", "Provision"}}
	want := art13Rights[:]
	if st, ok := b.statement(rights.AutomatedDecisions); ok && st.Stated == Yes {
		want = append(slices.Clone(want), rights.AutomatedDecisions)
	}
	for _, r := range want {
		st, ok := b.statement(r)
		t.rows = append(t.rows, []string{rightLabels[r], statementText(st, ok), r.ArticleIn(b.g, b.at)})
		if !ok || st.Stated != Yes {
			b.miss(CodeNoticeRight, basis.Warning, "rights.rights", "Art. 13(2)(b)",
				"the notice does not state the right "+r.String())
			b.out[len(b.out)-1].Value = r.String()
		}
	}
	s.blocks = append(s.blocks, noticeBlock{table: t})
	h := &b.reg.Rights
	if len(h.Channels) > 0 {
		s.blocks = append(s.blocks, para("How to make a request:"), list(contactItems(h.Channels)))
	} else {
		s.blocks = append(s.blocks, para("How to make a request: "+NotStatedText))
	}
	if h.WritingOnly == Yes {
		s.blocks = append(s.blocks, para("The notice asks for requests in writing."))
	}
	if len(h.RequiredDetails) > 0 {
		s.blocks = append(s.blocks, para("A request should include: "+strings.Join(h.RequiredDetails, "; ")+"."))
	}
	if !h.ResponseTime.IsZero() {
		t := "We respond within " + periodWords(h.ResponseTime)
		if h.ResponseFrom.IsValid() {
			t += " of " + map[ClockStart]string{FromReceipt: "receiving the request", FromIdentity: "receiving what we need to confirm your identity",
				FromFee: "receiving a fee", FromClarification: "receiving a clarification we asked for"}[h.ResponseFrom]
		}
		s.blocks = append(s.blocks, para(t+"."))
	}
	switch h.Fee {
	case Free:
		s.blocks = append(s.blocks, para("We charge no fee."))
	case UnfoundedOrExcessive:
		s.blocks = append(s.blocks, para("We charge no fee, unless a request is manifestly unfounded or excessive ("+b.cite("Art. 12(5)")+")."))
	case FurtherCopies:
		s.blocks = append(s.blocks, para("We may charge a reasonable fee for further copies of your data ("+b.cite("Art. 15(3)")+")."))
	case EveryRequest:
		s.blocks = append(s.blocks, para("The notice states a fee for every request."))
	}
	return s
}

// --- Art. 13(2)(c), 14(2)(d): withdrawing consent ---

func (b *noticeBuilder) withdrawal() noticeSection {
	s := noticeSection{heading: "Withdrawing consent", article: b.cite("Arts. 13(2)(c) and 14(2)(d)")}
	var uses []string
	var how []string
	first := ""
	for i, a := range b.reg.Activities {
		relies := false
		for j, g := range a.Grounds {
			if g.Basis == basis.Consent {
				relies = true
				if first == "" {
					first = basis.Index(activityPath(i)+".grounds", j)
				}
				if w := strings.TrimSpace(g.Consent.Withdrawal); w != "" && !slices.Contains(how, w) {
					how = append(how, w)
				}
			}
		}
		for j, sp := range a.Special {
			if sp.Condition == basis.ExplicitConsent {
				relies = true
				if first == "" {
					first = basis.Index(activityPath(i)+".special", j)
				}
			}
		}
		if relies {
			uses = append(uses, orNotStated(a.Purpose))
		}
	}
	if len(uses) == 0 {
		s.blocks = append(s.blocks, para("No purpose in the register relies on consent."))
		return s
	}
	st, ok := b.statement(rights.WithdrawConsent)
	text := "Where we rely on your consent, you may withdraw it at any time, without affecting the lawfulness of processing before you withdraw it (" +
		rights.WithdrawConsent.ArticleIn(b.g, b.at) + ")."
	if !ok || st.Stated != Yes {
		text = "The right to withdraw consent: " + NotStatedText
		b.miss(CodeNoticeWithdrawConsent, basis.Warning, first, "Art. 13(2)(c)",
			"a purpose relies on consent and the notice does not state the right to withdraw it")
	} else if sc := strings.TrimSpace(st.Scope); sc != "" {
		text += " The notice says: " + sc + "."
	}
	s.blocks = append(s.blocks, para(text), para("Purposes that rely on consent:"), list(uses))
	if len(how) > 0 {
		s.blocks = append(s.blocks, para("How to withdraw: "+strings.Join(how, "; ")+"."))
	}
	return s
}

// --- Art. 13(2)(d), 14(2)(e); UK from 2026-06-19 DPA 2018 ss.164A, 165 ---

func (b *noticeBuilder) complaints() noticeSection {
	c := &b.reg.Controller
	s := noticeSection{heading: "Complaints", article: b.cite("Arts. 13(2)(d) and 14(2)(e)")}
	authority := strings.TrimSpace(c.Authority.Name)
	st, stated := b.statement(rights.ComplainToAuthority)
	if authority == "" && (!stated || st.Stated != Yes) {
		b.miss(CodeNoticeComplaint, basis.Warning, "controller.authority", "Art. 13(2)(d)",
			"the notice states neither the right to complain to a supervisory authority nor the authority")
	}
	if authority == "" {
		authority = "the supervisory authority (its name: " + NotStatedText + ")"
	}
	authLine := func(t string) {
		s.blocks = append(s.blocks, para(t))
		if len(c.Authority.Contacts) > 0 {
			s.blocks = append(s.blocks, list(contactItems(c.Authority.Contacts)))
		}
	}
	if b.g == basis.UK && b.g.InForce(basis.ComplaintsToController, b.at) {
		// DPA 2018 s.164A (inserted by DUAA 2025 s.103), for complaints
		// received from 2026-06-19 (S.I. 2026/82 regs. 3 and 7): the
		// controller must facilitate complaints, acknowledge each within
		// 30 days beginning with receipt and tell the outcome; UK GDPR
		// Art. 77 is omitted and the complaint to the Commissioner rests on
		// DPA 2018 s.165.
		t := "You may complain to us about how we use your personal data (" + rights.ComplaintsArticle +
			"). We will acknowledge your complaint within 30 days of receiving it, respond without undue delay and tell you the outcome."
		s.blocks = append(s.blocks, para(t))
		switch {
		case len(c.Complaints.Contacts) > 0:
			s.blocks = append(s.blocks, para("How to complain to us:"), list(contactItems(c.Complaints.Contacts)))
		case c.Complaints.Offered == Yes:
			s.blocks = append(s.blocks, para("How to complain to us: "+NotStatedText))
		default:
			s.blocks = append(s.blocks, para("How to complain to us: "+NotStatedText))
			b.out = append(b.out, Finding{Code: CodeNoticeControllerComplaints, Severity: basis.Info, Regime: b.g,
				Path: "controller.complaints", Article: "DPA 2018 s.164A(2)",
				Message: "from 2026-06-19 the controller must facilitate complaints to itself; the register states no route for them"})
		}
		authLine("You also have the right to complain to the Information Commissioner (" +
			rights.ComplainToAuthority.ArticleIn(b.g, b.at) + "): " + authority + ".")
		return s
	}
	art := rights.ComplainToAuthority.ArticleIn(b.g, b.at)
	if b.g == basis.EU {
		authLine("You have the right to lodge a complaint with a supervisory authority, in particular in the Member State of your habitual residence, place of work or place of the alleged infringement (" +
			art + "): " + authority + ".")
	} else {
		authLine("You have the right to lodge a complaint with a supervisory authority (" + art + "): " + authority + ".")
	}
	if c.Complaints.Offered == Yes {
		t := "You may also complain to us."
		s.blocks = append(s.blocks, para(t))
		if len(c.Complaints.Contacts) > 0 {
			s.blocks = append(s.blocks, list(contactItems(c.Complaints.Contacts)))
		}
	}
	return s
}

// --- Art. 13(2)(e): whether the data must be given ---

var requirementWords = [...]string{
	Statutory:     "required by law",
	Contractual:   "required by a contract",
	ContractEntry: "required to enter into a contract",
	Optional:      "optional",
}

func (b *noticeBuilder) provision() noticeSection {
	s := noticeSection{heading: "Whether you must give us your data", article: b.cite("Art. 13(2)(e)")}
	var items []string
	for i, d := range b.reg.Data {
		if d.Source != FromSubject {
			continue
		}
		p := basis.Index("data", i)
		t := orNotStated(d.Name) + ": "
		if !d.Provision.IsValid() || int(d.Provision) >= len(requirementWords) {
			t += "whether you must give it: " + NotStatedText
			b.miss(CodeNoticeProvision, basis.Warning, p+".provision", "Art. 13(2)(e)",
				"the data category "+d.ID+" is collected from the person without saying whether giving it is required")
		} else {
			t += requirementWords[d.Provision]
			if d.Provision != Optional {
				if c := strings.TrimSpace(d.Consequence); c != "" {
					t += "; if you do not give it: " + c
				} else {
					t += "; if you do not give it: " + NotStatedText
					b.miss(CodeNoticeProvision, basis.Warning, p+".consequence", "Art. 13(2)(e)",
						"the data category "+d.ID+" must be given, and the consequences of not giving it are not stated")
				}
			}
		}
		items = append(items, t)
	}
	if len(items) == 0 {
		s.blocks = append(s.blocks, para("The register records no category of data as collected from you."))
		return s
	}
	s.blocks = append(s.blocks, para("For the data you give us:"), list(items))
	return s
}

// --- Art. 14(2)(f): sources ---

func (b *noticeBuilder) sources() noticeSection {
	s := noticeSection{heading: "Where we get your data from", article: b.cite("Art. 14(2)(f)")}
	var items []string
	for _, a := range b.reg.Activities {
		for _, src := range a.Sources {
			if t := sourceText(src); !slices.Contains(items, t) {
				items = append(items, t)
			}
		}
	}
	public := false
	for _, d := range b.reg.Data {
		public = public || d.Source == FromPublicSource
	}
	if len(items) == 0 {
		s.blocks = append(s.blocks, para("The register names no source other than you."))
	} else {
		s.blocks = append(s.blocks, para("Besides you, we obtain personal data from:"), list(items))
	}
	if public {
		s.blocks = append(s.blocks, para("Some data come from publicly accessible sources."))
	}
	return s
}

// --- Art. 13(2)(f), 14(2)(g): automated decisions ---

func (b *noticeBuilder) automated() noticeSection {
	art := b.cite("Arts. 13(2)(f) and 14(2)(g)")
	s := noticeSection{heading: "Automated decision-making", article: art}
	var yes, unknown []string
	for _, a := range b.reg.Activities {
		switch a.Automated.Decisions {
		case Yes:
			t := orNotStated(a.Purpose) + ": the logic involved: " + sentence(orNotStated(a.Automated.Logic)) +
				" The significance and envisaged consequences: " + sentence(orNotStated(a.Automated.Significance))
			yes = append(yes, t)
		case NotStated:
			unknown = append(unknown, orNotStated(a.Purpose))
		}
	}
	if len(yes) > 0 {
		s.blocks = append(s.blocks, para("We make decisions based solely on automated processing, including profiling, with legal or similarly significant effects ("+
			rights.AutomatedDecisions.ArticleIn(b.g, b.at)+"), for:"), list(yes))
	}
	if len(unknown) > 0 {
		s.blocks = append(s.blocks, para("Whether such decisions are made for these purposes: "+NotStatedText), list(unknown))
	}
	if len(yes) == 0 && len(unknown) == 0 {
		if len(b.reg.Activities) == 0 {
			s.blocks = append(s.blocks, para(NotStatedText))
		} else {
			s.blocks = append(s.blocks, para("We make no decisions based solely on automated processing."))
		}
	}
	return s
}

// --- Art. 13(3), 14(4): changes ---

func (b *noticeBuilder) changes() noticeSection {
	c := &b.reg.Changes
	s := noticeSection{heading: "Changes to this notice", article: b.cite("Arts. 13(3) and 14(4)")}
	var items []string
	switch c.Published {
	case Yes:
		items = append(items, "An updated notice is published.")
	case No:
		items = append(items, "Updated notices are not published.")
	}
	switch c.Direct {
	case Yes:
		items = append(items, "We tell you directly of significant changes.")
	case No:
		items = append(items, "We do not tell you directly of changes.")
	}
	if d := strings.TrimSpace(c.Description); d != "" {
		items = append(items, "The notice says: "+d+".")
	}
	if len(items) == 0 {
		s.blocks = append(s.blocks, para("How we tell you of changes: "+NotStatedText))
		return s
	}
	s.blocks = append(s.blocks, list(items))
	return s
}

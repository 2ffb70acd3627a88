package gdpr

import (
	"slices"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Activity is one processing activity: one purpose, with what is processed
// for it, about whom, on what grounds, shared with whom, sent where and kept
// how long (Art. 30(1)). Data subjects, data categories, recipients,
// transfers and retention rules are named by their ids in the [Register].
type Activity struct {
	// ID identifies the activity within the register (a lowercase slug,
	// unique among activities).
	ID string `json:"id"`
	// Purpose is the purpose of the processing (Art. 13(1)(c), 30(1)(b)).
	Purpose string `json:"purpose,omitzero"`
	// Subjects are the ids of the categories of data subjects.
	Subjects []string `json:"subjects,omitzero"`
	// Data are the ids of the categories of personal data processed.
	Data []string `json:"data,omitzero"`
	// Grounds are the lawful bases relied on for the purpose (Art. 6(1)).
	Grounds []Ground `json:"grounds,omitzero"`
	// Special are the Art. 9(2) conditions (with, in the UK, their DPA
	// 2018 Sch. 1 conditions) relied on for special category data.
	Special []SpecialJustification `json:"special,omitzero"`
	// Criminal are the justifications relied on for criminal offence data
	// (Art. 10; UK: DPA 2018 s.10(5) and Sch. 1).
	Criminal []CriminalJustification `json:"criminal,omitzero"`
	// Recipients are the ids of the recipients the data are disclosed to.
	Recipients []string `json:"recipients,omitzero"`
	// RecipientsExhaustive reports whether Recipients is the whole list
	// (No for "such as", "including" or "other third parties").
	RecipientsExhaustive Fact `json:"recipientsExhaustive,omitzero"`
	// Transfers are the ids of the transfers to third countries.
	Transfers []string `json:"transfers,omitzero"`
	// Retention are the ids of the retention rules that apply.
	Retention []string `json:"retention,omitzero"`
	// Sources are where the data come from, when not (only) from the data
	// subject (Art. 14(2)(f)).
	Sources []Source `json:"sources,omitzero"`
	// Art14 is how and when people whose data come from elsewhere are told
	// (Art. 14(3)).
	Art14 Art14Plan `json:"art14,omitzero"`
	// Automated is the automated decision-making of the activity (Art. 22;
	// UK from 2026-02-05, Arts. 22A-22D).
	Automated Automated `json:"automated,omitzero"`
	// Profiling is the profiling of the activity (Art. 4(4)).
	Profiling Profiling `json:"profiling,omitzero"`
	// Marketing is the direct marketing of the activity (Art. 21(2); PECR
	// regs. 19-22).
	Marketing Marketing `json:"marketing,omitzero"`
	// Children is what the activity records about children.
	Children Children `json:"children,omitzero"`
	// Devices are the storage of and access to information on people's
	// devices (cookies and similar technologies) the activity uses (PECR
	// reg. 6).
	Devices []DeviceItem `json:"devices,omitzero"`
	// Reuse records the use of data collected for another purpose
	// (Art. 6(4); UK from 2026-02-05, Art. 8A).
	Reuse Reuse `json:"reuse,omitzero"`
	// DPIA is the data protection impact assessment (Art. 35).
	DPIA DPIA `json:"dpia,omitzero"`
	// Evidence is what the record of the activity rests on.
	Evidence Evidence `json:"evidence,omitzero"`
	// PublicMonitoring reports whether the activity systematically
	// monitors a publicly accessible area on a large scale (CCTV, ANPR),
	// for which a DPIA is required (Art. 35(3)(c)).
	PublicMonitoring Fact `json:"publicMonitoring,omitzero"`
}

// Ground is one lawful basis relied on, with the facts its basis needs
// (see [basis.Ground]) and the evidence for it. The basis.Ground members
// appear directly in the ground's JSON object.
type Ground struct {
	basis.Ground
	// SubjectParty reports, for a contract ground, whether the data
	// subject is party to the contract (or the processing is a step at
	// their request before entering into one), as Art. 6(1)(b) requires.
	SubjectParty Fact `json:"subjectParty,omitzero"`
	// Conditional reports, for a consent ground, whether consent is a
	// condition of a service it is not necessary for, or refusing it has a
	// detriment, so that it may not be freely given (Art. 7(4); Recital
	// 43).
	Conditional Fact `json:"conditional,omitzero"`
	// Evidence is what the ground rests on.
	Evidence Evidence `json:"evidence,omitzero"`
	// Emergency reports, for a vital interests ground, whether the
	// processing is needed in an emergency to protect someone's life or
	// other vital interest, the case Art. 6(1)(d) is for (Recital 46:
	// only where no other basis can manifestly serve).
	Emergency Fact `json:"emergency,omitzero"`
}

// SpecialJustification is what lifts the prohibition on processing
// special category data (Art. 9(2); in the UK with its DPA 2018 Schedule 1
// conditions, s.10(1)-(3)): a [basis.SpecialCategoryJustification], whose
// members appear directly in the JSON object, with the data categories it
// covers and evidence.
type SpecialJustification struct {
	basis.SpecialCategoryJustification
	// Data are the ids of the data categories the justification covers;
	// empty means all the activity's special category data.
	Data []string `json:"data,omitzero"`
	// Evidence is what the justification rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Equal reports whether j and k are the same justification, data and
// evidence included (it shadows the embedded value's Equal).
func (j SpecialJustification) Equal(k SpecialJustification) bool {
	return j.SpecialCategoryJustification.Equal(k.SpecialCategoryJustification) &&
		slices.Equal(j.Data, k.Data) && j.Evidence == k.Evidence
}

// CriminalJustification is what permits processing criminal offence data
// (Art. 10; UK: DPA 2018 s.10(4)-(5) and Sch. 1): a
// [basis.CriminalOffenceJustification], whose members appear directly in
// the JSON object, with the data categories it covers and evidence.
type CriminalJustification struct {
	basis.CriminalOffenceJustification
	// Data are the ids of the data categories the justification covers;
	// empty means all the activity's criminal offence data.
	Data []string `json:"data,omitzero"`
	// Evidence is what the justification rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Equal reports whether j and k are the same justification, data and
// evidence included (it shadows the embedded value's Equal).
func (j CriminalJustification) Equal(k CriminalJustification) bool {
	return j.CriminalOffenceJustification.Equal(k.CriminalOffenceJustification) &&
		slices.Equal(j.Data, k.Data) && j.Evidence == k.Evidence
}

// Source is one source of personal data not obtained from the data
// subject (Art. 14(2)(f)).
type Source struct {
	// Kind is the kind of source.
	Kind SourceKind `json:"kind,omitzero"`
	// Name names the source or category of sources: "your employer",
	// "Companies House".
	Name string `json:"name,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Art14Plan is how people whose data were obtained elsewhere are told the
// Art. 14 information.
type Art14Plan struct {
	// SourcesNamed reports whether the notice names the sources
	// (Art. 14(2)(f)).
	SourcesNamed Fact `json:"sourcesNamed,omitzero"`
	// Timing is when the person is told (Art. 14(3)).
	Timing NoticeTiming `json:"timing,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// NoticeTiming is when the Art. 14 information is given to a person whose
// data were obtained elsewhere. The zero value is unspecified.
type NoticeTiming uint8

const (
	// WithinAMonth: within a reasonable period, at the latest within one
	// month of obtaining the data (Art. 14(3)(a)).
	WithinAMonth NoticeTiming = iota + 1
	// FirstCommunication: at the latest at the first communication with the
	// person, where the data are used to communicate (Art. 14(3)(b)).
	FirstCommunication
	// BeforeDisclosure: at the latest when the data are first disclosed to
	// another recipient (Art. 14(3)(c)).
	BeforeDisclosure
)

var noticeTimings = enum.New[NoticeTiming]("gdpr.NoticeTiming", "within-a-month", "first-communication", "before-disclosure")

// Article returns the point of Art. 14(3), such as "Art. 14(3)(a)".
func (t NoticeTiming) Article() string {
	if !t.IsValid() {
		return ""
	}
	return "Art. 14(3)(" + string(rune('a'+int(t)-1)) + ")"
}

// Automated is the automated decision-making of an activity: decisions
// based solely on automated processing, including profiling, which produce
// legal effects or similarly significant effects (Art. 22(1); in the UK
// from 2026-02-05, Arts. 22A-22D).
type Automated struct {
	// Decisions reports whether such decisions are made: Yes ("some"),
	// No ("none"), or NotStated.
	Decisions Fact `json:"decisions,omitzero"`
	// Logic is meaningful information about the logic involved
	// (Art. 13(2)(f)).
	Logic string `json:"logic,omitzero"`
	// Significance is the significance and envisaged consequences for the
	// person (Art. 13(2)(f)).
	Significance string `json:"significance,omitzero"`
	// Exception is the Art. 22(2) exception relied on.
	Exception ADMException `json:"exception,omitzero"`
	// Safeguards are the measures that safeguard the person's rights, at
	// least human intervention, expressing a view and contesting the
	// decision (Art. 22(3); UK Art. 22C).
	Safeguards []string `json:"safeguards,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// ADMException is the exception of Art. 22(2) that permits a solely
// automated decision with significant effects. The zero value is
// unspecified.
type ADMException uint8

const (
	// ADMContract: necessary for entering into or performing a contract
	// (Art. 22(2)(a)).
	ADMContract ADMException = iota + 1
	// ADMLaw: authorised by law that lays down suitable safeguards
	// (Art. 22(2)(b)).
	ADMLaw
	// ADMExplicitConsent: based on the person's explicit consent
	// (Art. 22(2)(c)).
	ADMExplicitConsent
)

var admExceptions = enum.New[ADMException]("gdpr.ADMException", "contract", "law", "explicit-consent")

// Article returns the point of Art. 22(2), such as "Art. 22(2)(c)".
func (e ADMException) Article() string {
	if !e.IsValid() {
		return ""
	}
	return "Art. 22(2)(" + string(rune('a'+int(e)-1)) + ")"
}

// Profiling is profiling within an activity (Art. 4(4)), automated or not.
type Profiling struct {
	// Done reports whether the activity profiles people.
	Done Fact `json:"done,omitzero"`
	// Description says what the profiling is.
	Description string `json:"description,omitzero"`
	// HumanInvolved reports whether a person takes part meaningfully in
	// any decision the profiling leads to, so that it is not solely
	// automated.
	HumanInvolved Fact `json:"humanInvolved,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Children is what an activity records about children.
type Children struct {
	// Involved reports whether children's data are processed or the
	// service is likely to be used by children.
	Involved Fact `json:"involved,omitzero"`
	// ChildFriendlyNotice reports whether information is given in clear
	// and plain language a child can understand (Art. 12(1), Recital 58).
	ChildFriendlyNotice Fact `json:"childFriendlyNotice,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Reuse records processing for a purpose other than the one the data were
// collected for, and the assessment of whether the new purpose is
// compatible (Art. 6(4); UK from 2026-02-05, Art. 8A and Annex 2).
type Reuse struct {
	// From is the original purpose, or the id of the activity the data
	// were collected for.
	From string `json:"from,omitzero"`
	// Assessed reports whether a compatibility assessment was made.
	Assessed Fact `json:"assessed,omitzero"`
	// Compatible reports the assessment's conclusion.
	Compatible Fact `json:"compatible,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// IsZero reports whether no reuse is recorded.
func (r Reuse) IsZero() bool { return r == Reuse{} }

// DPIA is the data protection impact assessment of an activity (Art. 35).
type DPIA struct {
	// Required reports whether the activity is likely to result in a high
	// risk (Art. 35(1), (3); the ICO's list under Art. 35(4)).
	Required Fact `json:"required,omitzero"`
	// Done reports whether a DPIA was carried out.
	Done Fact `json:"done,omitzero"`
	// Date is when it was carried out or last reviewed.
	Date Date `json:"date,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// AllNoticeTimings returns every notice timing in order.
func AllNoticeTimings() []NoticeTiming { return noticeTimings.Values() }

// ParseNoticeTiming returns the NoticeTiming with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseNoticeTiming(s string) (NoticeTiming, error) { return noticeTimings.Parse(s) }

// MustParseNoticeTiming is like [ParseNoticeTiming] but panics on error.
func MustParseNoticeTiming(s string) NoticeTiming { return mustParse(noticeTimings, s) }

// String returns the code, "unspecified" for zero, or "gdpr.NoticeTiming(n)".
func (t NoticeTiming) String() string { return noticeTimings.String(t) }

// IsValid reports whether t is one of the defined values (not zero).
func (t NoticeTiming) IsValid() bool { return noticeTimings.Valid(t) }

// AppendText appends the code to b; zero appends nothing.
func (t NoticeTiming) AppendText(b []byte) ([]byte, error) { return noticeTimings.AppendText(b, t) }

// MarshalText returns the code; the zero value is empty text.
func (t NoticeTiming) MarshalText() ([]byte, error) { return noticeTimings.MarshalText(t) }

// UnmarshalText parses a code; empty text is the zero value. On error t is
// unchanged.
func (t *NoticeTiming) UnmarshalText(text []byte) error { return noticeTimings.UnmarshalText(t, text) }

// AllADMExceptions returns every Art. 22(2) exception in order.
func AllADMExceptions() []ADMException { return admExceptions.Values() }

// ParseADMException returns the ADMException with the given code. Case, spaces and
// underscores are folded; unknown or empty text is a *basis.ParseError.
func ParseADMException(s string) (ADMException, error) { return admExceptions.Parse(s) }

// MustParseADMException is like [ParseADMException] but panics on error.
func MustParseADMException(s string) ADMException { return mustParse(admExceptions, s) }

// String returns the code, "unspecified" for zero, or "gdpr.ADMException(n)".
func (e ADMException) String() string { return admExceptions.String(e) }

// IsValid reports whether e is one of the defined values (not zero).
func (e ADMException) IsValid() bool { return admExceptions.Valid(e) }

// AppendText appends the code to b; zero appends nothing.
func (e ADMException) AppendText(b []byte) ([]byte, error) { return admExceptions.AppendText(b, e) }

// MarshalText returns the code; the zero value is empty text.
func (e ADMException) MarshalText() ([]byte, error) { return admExceptions.MarshalText(e) }

// UnmarshalText parses a code; empty text is the zero value. On error e is
// unchanged.
func (e *ADMException) UnmarshalText(text []byte) error { return admExceptions.UnmarshalText(e, text) }

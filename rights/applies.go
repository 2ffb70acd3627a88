package rights

import (
	"fmt"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
)

// Applies reports whether right r is available to the data subject when the
// processing rests on lawful basis b, by the ICO's table of rights by lawful
// basis (derived from Arts. 7(3), 17, 20 and 21):
//
//	basis                      erasure  portability  object  withdraw consent
//	consent (a)                yes      yes          no      yes
//	contract (b)               yes      yes          no      -
//	legal obligation (c)       no       no           no      -
//	vital interests (d)        yes      no           no      -
//	public task (e)            no       no           yes     -
//	recognised leg. int. (ea)  yes      no           yes     -
//	legitimate interests (f)   yes      no           yes     -
//
// The rights to be informed, of access, to rectification, to restriction,
// about automated decisions and to complain do not depend on the basis and
// are true for every valid basis. Applies knows nothing else about the
// processing: portability also needs automated means (Art. 20(1)(b)), an
// objection to direct marketing is absolute whatever the basis (Art. 21(2)),
// and the recognised legitimate interest exists only in the UK from
// 2026-02-05; [Assess] takes those facts into account. Applies is false for
// an invalid right or basis.
func Applies(r Right, b basis.Basis) bool {
	if !r.IsValid() || !b.IsValid() {
		return false
	}
	switch r {
	case Erasure:
		// Art. 17(3)(b): no erasure where processing is necessary for a
		// legal obligation or a public task.
		return b != basis.LegalObligation && b != basis.PublicTask
	case Portability:
		// Art. 20(1)(a): consent or contract only.
		return b == basis.Consent || b == basis.Contract
	case Object:
		// Art. 21(1): points (e) and (f); UK also (ea).
		return b == basis.PublicTask || b == basis.LegitimateInterests || b == basis.RecognisedLegitimateInterest
	case WithdrawConsent:
		return b == basis.Consent
	}
	return true
}

// ErasureException is one of the exceptions to the right to erasure in
// Art. 17(3). The zero value is unspecified.
type ErasureException uint8

const (
	// FreedomOfExpression: processing necessary for exercising the right of
	// freedom of expression and information (Art. 17(3)(a)).
	FreedomOfExpression ErasureException = iota + 1
	// LegalObligationOrPublicTask: processing necessary for compliance with a
	// legal obligation, or for a task in the public interest or in the
	// exercise of official authority (Art. 17(3)(b)). It applies by itself
	// when the basis is Art. 6(1)(c) or (e).
	LegalObligationOrPublicTask
	// PublicHealth: reasons of public interest in the area of public health
	// under Art. 9(2)(h) and (i) and 9(3) (Art. 17(3)(c)).
	PublicHealth
	// ArchivingOrResearch: archiving in the public interest, scientific or
	// historical research or statistics, where erasure would render
	// impossible or seriously impair the objectives (Art. 17(3)(d); in the
	// UK read with Art. 84B, DUAA 2025 s.87).
	ArchivingOrResearch
	// LegalClaims: the establishment, exercise or defence of legal claims
	// (Art. 17(3)(e)).
	LegalClaims
)

var erasureExceptions = enum.New[ErasureException]("rights.ErasureException",
	"freedom-of-expression", "legal-obligation-or-public-task", "public-health",
	"archiving-or-research", "legal-claims")

var erasureExceptionArticles = [...]string{
	FreedomOfExpression:         "Art. 17(3)(a)",
	LegalObligationOrPublicTask: "Art. 17(3)(b)",
	PublicHealth:                "Art. 17(3)(c)",
	ArchivingOrResearch:         "Art. 17(3)(d)",
	LegalClaims:                 "Art. 17(3)(e)",
}

// AllErasureExceptions returns every exception in order.
func AllErasureExceptions() []ErasureException { return erasureExceptions.Values() }

// ParseErasureException returns the exception with the given code, such as
// "legal-claims".
func ParseErasureException(s string) (ErasureException, error) { return erasureExceptions.Parse(s) }

// MustParseErasureException is like [ParseErasureException] but panics on
// error.
func MustParseErasureException(s string) ErasureException {
	e, err := ParseErasureException(s)
	if err != nil {
		panic(err)
	}
	return e
}

// String returns the exception's code, "unspecified", or
// "rights.ErasureException(n)".
func (e ErasureException) String() string { return erasureExceptions.String(e) }

// IsValid reports whether e is one of the defined exceptions.
func (e ErasureException) IsValid() bool { return erasureExceptions.Valid(e) }

// AppendText appends the exception's code to b.
func (e ErasureException) AppendText(b []byte) ([]byte, error) {
	return erasureExceptions.AppendText(b, e)
}

// MarshalText returns the exception's code; the zero value is empty text.
func (e ErasureException) MarshalText() ([]byte, error) { return erasureExceptions.MarshalText(e) }

// UnmarshalText parses a code; on error e is unchanged.
func (e *ErasureException) UnmarshalText(text []byte) error {
	return erasureExceptions.UnmarshalText(e, text)
}

// Article returns the provision, such as "Art. 17(3)(e)", or "" for an
// invalid exception: the article alone, without the instrument, for
// [basis.Regime.Cite] ([Assess] cites it so).
func (e ErasureException) Article() string {
	if !e.IsValid() {
		return ""
	}
	return erasureExceptionArticles[e]
}

// Situation is what [Assess] needs to know about the processing a right is
// exercised against. Regime, At and Basis are required; the flags default to
// false, which is the answer that grants the fewest rights. Its JSON form
// uses the lowerCamel member names of the tags, which are also the paths of
// the findings and errors of [Assess].
type Situation struct {
	// Regime is the law the processing is judged under.
	Regime basis.Regime `json:"regime,omitzero"`
	// At is when the right is exercised; the law in force on its date in the
	// regime's location applies.
	At time.Time `json:"at,omitzero"`
	// Basis is the Art. 6(1) lawful basis of the processing.
	Basis basis.Basis `json:"basis,omitzero"`

	// ProvidedBySubject: the data was provided by the data subject, which
	// includes data observed from their use of a service (Art. 20(1)).
	ProvidedBySubject bool `json:"providedBySubject,omitzero"`
	// AutomatedMeans: the processing is carried out by automated means
	// (Art. 20(1)(b)); paper records are not portable.
	AutomatedMeans bool `json:"automatedMeans,omitzero"`
	// DirectMarketing: the data is processed for direct marketing, including
	// profiling related to it (Art. 21(2)).
	DirectMarketing bool `json:"directMarketing,omitzero"`
	// Research: the data is processed for scientific or historical research
	// or statistical purposes (Art. 21(6)).
	Research bool `json:"research,omitzero"`

	// SolelyAutomated: a decision about the subject is based solely on
	// automated processing, with no meaningful human involvement
	// (Art. 22(1); UK Art. 22A(1)(a)).
	SolelyAutomated bool `json:"solelyAutomated,omitzero"`
	// SignificantEffect: that decision produces legal effects concerning the
	// subject or similarly significantly affects them (Art. 22(1); UK
	// Art. 22A(1)(b)).
	SignificantEffect bool `json:"significantEffect,omitzero"`
	// DecisionAt is when the decision was taken; UK Arts. 22A-22D govern
	// decisions taken from 2026-02-05 (S.I. 2026/82 reg. 5). Zero means At.
	DecisionAt time.Time `json:"decisionAt,omitzero"`
	// SpecialCategoryData: the decision is based wholly or partly on
	// special category data (Art. 9(1)), which limits when it may be taken
	// (Art. 22(4); UK Art. 22B(1)-(3)).
	SpecialCategoryData bool `json:"specialCategoryData,omitzero"`
	// ExplicitConsent: the subject explicitly consented to the processing
	// of the special category data the decision rests on (Art. 9(2)(a);
	// UK Art. 22B(2)).
	ExplicitConsent bool `json:"explicitConsent,omitzero"`
	// SubstantialPublicInterest: point (g) of Art. 9(2) applies to that
	// data (Art. 22(4); UK Art. 22B(3)).
	SubstantialPublicInterest bool `json:"substantialPublicInterest,omitzero"`

	// Exceptions are the Art. 17(3) exceptions the controller relies on to
	// keep the data. [LegalObligationOrPublicTask] applies by itself when
	// Basis is Art. 6(1)(c) or (e).
	Exceptions []ErasureException `json:"exceptions,omitzero"`
}

// The codes of the findings of [Assess]: why a right applies or does not.
// Consumers match on the [Code]; the messages beside it are prose that may
// change. Each finding's severity is set where it is reported; most are
// [basis.Info] (an explanation), and those that record processing the law
// does not allow are [basis.Warning] or [basis.Error], as their comments
// say.
const (
	ReasonAlways               Code = "rights/always"                      // the right does not depend on the basis
	ReasonErasureGround        Code = "rights/erasure-ground"              // a ground in Art. 17(1) can apply
	ReasonErasureException     Code = "rights/erasure-exception"           // an Art. 17(3) exception applies
	ReasonErasureAfterObject   Code = "rights/erasure-after-objection"     // Art. 17(1)(c) after an Art. 21(2) objection
	ReasonPortabilityBasis     Code = "rights/portability-basis"           // basis is consent or contract, or is not
	ReasonPortabilityPublic    Code = "rights/portability-public-task"     // Art. 20(3)
	ReasonPortabilityAutomated Code = "rights/portability-automated"       // Art. 20(1)(b)
	ReasonPortabilityProvided  Code = "rights/portability-provided"        // Art. 20(1)
	ReasonObjectMarketing      Code = "rights/object-direct-marketing"     // Art. 21(2)-(3), absolute
	ReasonObjectSituation      Code = "rights/object-particular-situation" // Art. 21(1)
	ReasonObjectResearch       Code = "rights/object-research"             // Art. 21(6)
	ReasonObjectBasis          Code = "rights/object-basis"                // the basis gives no Art. 21(1) right
	ReasonWithdrawInstead      Code = "rights/withdraw-instead"            // consent: Art. 7(3) instead of Art. 21(1)
	ReasonWithdrawBasis        Code = "rights/withdraw-basis"              // Art. 7(3) applies only to consent
	ReasonNotSolelyAutomated   Code = "rights/not-solely-automated"        // Art. 22(1); UK Art. 22A(1)(a)
	ReasonNoSignificantEffect  Code = "rights/no-significant-effect"       // Art. 22(1); UK Art. 22A(1)(b)
	ReasonArt22                Code = "rights/art-22"                      // EU, and UK decisions before 2026-02-05
	ReasonArt22C               Code = "rights/art-22c"                     // UK safeguards for decisions from 2026-02-05
	ReasonArt22BProhibited     Code = "rights/art-22b-prohibited"          // UK Art. 22B(4): not on Art. 6(1)(ea); Error
	ReasonSpecialCategoryADM   Code = "rights/adm-special-category"        // Art. 22(4); UK Art. 22B(1)-(3); Warning
	ReasonBasisUnavailable     Code = "rights/basis-unavailable"           // the basis is not law in the regime on the date; Error
)

// Verdict is the answer of [Assess]: whether the right applies, with every
// reason that decided it, in the order they were considered.
type Verdict struct {
	Right   Right `json:"right,omitzero"`   // the right assessed
	Applies bool  `json:"applies,omitzero"` // whether the data subject has the right in the situation
	// Absolute is true when the right admits no balancing test or
	// exception: an objection to direct marketing (Art. 21(3)) and the
	// withdrawal of consent (Art. 7(3)).
	Absolute bool `json:"absolute,omitzero"`
	// Reasons are every reason that decided it, in order, as findings:
	// Code, Severity, Regime, Path (the [Situation] member that decided it,
	// such as "automatedMeans" or "exceptions[1]"; "" for the right
	// itself), Article (cited by the regime on the date, "UK GDPR Art.
	// 20(1)(b)") and Message. Their severity is [basis.Info] for an
	// explanation; [basis.Warning] or [basis.Error] only where the
	// situation records processing the law does not allow (see the
	// Reason... codes). [basis.Findings.Err] of Reasons is therefore nil for
	// a lawful situation, whether or not the right applies.
	Reasons Findings `json:"reasons,omitzero"`
}

// Articles returns the provisions the verdict rests on, in order, without
// repeats.
func (v Verdict) Articles() []string {
	var out []string
	seen := make(map[string]bool, len(v.Reasons))
	for _, r := range v.Reasons {
		if r.Article != "" && !seen[r.Article] {
			seen[r.Article] = true
			out = append(out, r.Article)
		}
	}
	return out
}

// Assess says whether right r applies in situation s and why, following
// Arts. 7(3), 17, 20, 21 and 22 (UK: 22A-22D) as in force on the date of
// s.At (for automated decisions, of s.DecisionAt). The rights to be informed,
// of access, to rectification, to restriction and to complain apply in every
// situation (they have conditions of their own, such as Art. 18(1), that are
// for the request to establish). An invalid input is an
// *[basis.InputError] whose Path is the Situation's member ("basis",
// "exceptions[1]"; "right" for r) with code [CodeInvalid] or, for a date
// before the GDPR applied, [CodeNotInForce].
func Assess(r Right, s Situation) (Verdict, error) {
	if err := s.check(r); err != nil {
		return Verdict{}, err
	}
	v := Verdict{Right: r}
	a := assessment{v: &v, s: s, at: s.At}
	if !s.Basis.AvailableIn(s.Regime, s.At) {
		a.add(ReasonBasisUnavailable, basis.Error, "basis", s.Basis.Article(), "%s is not a lawful basis under the %s regime on %s",
			s.Basis, s.Regime, s.At.In(s.Regime.Location()).Format(time.DateOnly))
		return v, nil
	}
	switch r {
	case Erasure:
		a.erasure()
	case Portability:
		a.portability()
	case Object:
		a.object()
	case AutomatedDecisions:
		a.automated()
	case WithdrawConsent:
		if s.Basis == basis.Consent {
			v.Applies, v.Absolute = true, true
			a.info(ReasonWithdrawBasis, "basis", "Art. 7(3)", "consent may be withdrawn at any time, as easily as it was given")
		} else {
			a.info(ReasonWithdrawBasis, "basis", s.Basis.Article(), "the processing does not rest on consent, so there is none to withdraw")
		}
	default:
		v.Applies = true
		// ArticleIn names the provision in force: for a complaint to the
		// Commissioner in the UK from 2026-06-19, DPA 2018 s.165, UK GDPR
		// Art. 77 being omitted (DUAA 2025 s.103(6)).
		a.v.Reasons = append(a.v.Reasons, Finding{Code: ReasonAlways, Severity: basis.Info, Regime: s.Regime,
			Article: r.ArticleIn(s.Regime, s.At), Message: "the right does not depend on the lawful basis"})
	}
	return v, nil
}

func (s Situation) check(r Right) error {
	invalid := func(path, value, msg string, valid []string) error {
		return &basis.InputError{Code: CodeInvalid, Path: path, Value: value, Valid: valid, Message: msg}
	}
	switch {
	case !r.IsValid():
		return invalid("right", r.String(), "not a right", rightsTable.Codes())
	case !s.Regime.IsValid():
		return invalid("regime", s.Regime.String(), "not a regime", []string{"uk", "eu"})
	case !s.Basis.IsValid():
		return invalid("basis", s.Basis.String(), "not a lawful basis", basisCodes())
	case !s.Regime.InForce(basis.GDPRApplies, s.At):
		return inputError(CodeNotInForce, "at", stamp(s.At), "before the GDPR applies (2018-05-25, %s)", basis.EU.Cite("Art. 99(2)", s.At))
	}
	for i, e := range s.Exceptions {
		if !e.IsValid() {
			return invalid(basis.Index("exceptions", i), e.String(), "not an Art. 17(3) exception", erasureExceptions.Codes())
		}
	}
	return nil
}

// assessment is one run of Assess: the verdict being built, the situation
// and the date the law is taken on.
type assessment struct {
	v  *Verdict
	s  Situation
	at time.Time
}

// add appends a finding at path, citing article (a GDPR article through
// the regime's [basis.Regime.Cite] on the date a.at).
func (a assessment) add(code Code, sev basis.Severity, path, article, format string, args ...any) {
	a.v.Reasons = append(a.v.Reasons, Finding{Code: code, Severity: sev, Regime: a.s.Regime, Path: path,
		Article: cite(a.s.Regime, article, a.at), Message: fmt.Sprintf(format, args...)})
}

// cite cites a GDPR article by the regime on the date a.at, for messages.
func (a assessment) cite(article string) string { return cite(a.s.Regime, article, a.at) }

// info appends an explanation.
func (a assessment) info(code Code, path, article, format string, args ...any) {
	a.add(code, basis.Info, path, article, format, args...)
}

func (a assessment) erasure() {
	v, s := a.v, a.s
	// Art. 17(3)(b) applies by itself to processing necessary for a legal
	// obligation or a public task.
	if s.Basis == basis.LegalObligation || s.Basis == basis.PublicTask {
		a.info(ReasonErasureException, "basis", LegalObligationOrPublicTask.Article(),
			"processing on %s is necessary for a legal obligation or public task", a.cite(s.Basis.Article()))
	}
	for i, e := range s.Exceptions {
		if e == LegalObligationOrPublicTask && (s.Basis == basis.LegalObligation || s.Basis == basis.PublicTask) {
			continue // already given
		}
		a.info(ReasonErasureException, basis.Index("exceptions", i), e.Article(), "the controller relies on the %s exception", e)
	}
	if len(v.Reasons) > 0 {
		return
	}
	v.Applies = true
	switch s.Basis {
	case basis.Consent:
		a.info(ReasonErasureGround, "basis", "Art. 17(1)(b)", "erasure is due once consent is withdrawn and no other ground remains")
	case basis.LegitimateInterests, basis.RecognisedLegitimateInterest:
		a.info(ReasonErasureGround, "basis", "Art. 17(1)(c)", "erasure is due after an objection under Art. 21(1) with no overriding legitimate grounds")
	default:
		a.info(ReasonErasureGround, "basis", "Art. 17(1)(a)", "erasure is due once the data is no longer necessary for its purposes")
	}
	if s.DirectMarketing {
		a.info(ReasonErasureAfterObject, "directMarketing", "Art. 17(1)(c)", "an objection to direct marketing under Art. 21(2) is a ground for erasure")
	}
}

func (a assessment) portability() {
	v, s := a.v, a.s
	ok := true
	switch s.Basis {
	case basis.Consent, basis.Contract:
		a.info(ReasonPortabilityBasis, "basis", "Art. 20(1)(a)", "processing rests on %s", a.cite(s.Basis.Article()))
	case basis.PublicTask:
		ok = false
		a.info(ReasonPortabilityPublic, "basis", "Art. 20(3)", "the right does not apply to processing necessary for a public task")
	default:
		ok = false
		a.info(ReasonPortabilityBasis, "basis", "Art. 20(1)(a)", "processing rests on %s, not on consent or contract", a.cite(s.Basis.Article()))
	}
	if !s.AutomatedMeans {
		ok = false
		a.info(ReasonPortabilityAutomated, "automatedMeans", "Art. 20(1)(b)", "the processing is not carried out by automated means")
	}
	if !s.ProvidedBySubject {
		ok = false
		a.info(ReasonPortabilityProvided, "providedBySubject", "Art. 20(1)", "only data the subject provided is portable")
	}
	v.Applies = ok
}

func (a assessment) object() {
	v, s := a.v, a.s
	if s.DirectMarketing {
		v.Applies, v.Absolute = true, true
		a.info(ReasonObjectMarketing, "directMarketing", "Art. 21(2)-(3)",
			"an objection to direct marketing is absolute: the data shall no longer be processed for that purpose")
	}
	switch s.Basis {
	case basis.PublicTask, basis.LegitimateInterests, basis.RecognisedLegitimateInterest:
		// A recognised legitimate interest got here only if AvailableIn
		// passed, so in the UK from 2026-02-05 (Art. 21(1) as amended by
		// DUAA 2025 s.70(5)).
		v.Applies = true
		a.info(ReasonObjectSituation, "basis", "Art. 21(1)",
			"objection on grounds of the subject's particular situation to processing on %s; the controller must stop unless it shows compelling legitimate grounds or needs the data for legal claims",
			a.cite(s.Basis.Article()))
		return
	case basis.Consent:
		if !s.DirectMarketing {
			a.info(ReasonWithdrawInstead, "basis", "Art. 7(3)", "processing rests on consent: the subject withdraws consent instead of objecting")
		}
	default:
		if !s.DirectMarketing {
			a.info(ReasonObjectBasis, "basis", "Art. 21(1)", "processing on %s gives no right to object under Art. 21(1)", a.cite(s.Basis.Article()))
		}
	}
	if s.Research && !v.Applies {
		// Art. 21(6): not where the research is necessary for a public
		// task, which the basis check above already granted under 21(1).
		v.Applies = true
		a.info(ReasonObjectResearch, "research", "Art. 21(6)",
			"objection on grounds of the subject's particular situation to processing for research or statistics")
	}
}

func (a assessment) automated() {
	v, s := a.v, a.s
	// The law in force on the date of the decision (S.I. 2026/82 reg. 5).
	if !s.DecisionAt.IsZero() {
		a.at = s.DecisionAt
	}
	at := a.at
	if !s.SolelyAutomated {
		a.info(ReasonNotSolelyAutomated, "solelyAutomated", "Art. 22(1)", "the decision is not based solely on automated processing")
	}
	if !s.SignificantEffect {
		a.info(ReasonNoSignificantEffect, "significantEffect", "Art. 22(1)", "the decision has no legal or similarly significant effect")
	}
	if len(v.Reasons) > 0 {
		return
	}
	v.Applies = true
	if s.Regime.InForce(basis.AutomatedDecisionsArt22A, at) {
		if s.Basis == basis.RecognisedLegitimateInterest {
			// Error: the situation records a decision the law forbids.
			a.add(ReasonArt22BProhibited, basis.Error, "basis", "Art. 22B(4)",
				"no solely automated significant decision may rest on a recognised legitimate interest")
		}
		// Art. 22B(2)-(3): on special category data only with explicit
		// consent, or where the decision is necessary for a contract with
		// the subject or required or authorised by law (read here as the
		// bases of Art. 6(1)(b), (c) and (e)) and Art. 9(2)(g) applies.
		lawOrContract := s.Basis == basis.Contract || s.Basis == basis.LegalObligation || s.Basis == basis.PublicTask
		if s.SpecialCategoryData && !s.ExplicitConsent && !(lawOrContract && s.SubstantialPublicInterest) {
			// Warning: lawful only if a condition not recorded here holds
			// (the flags default to false, which cannot say "not known").
			a.add(ReasonSpecialCategoryADM, basis.Warning, "specialCategoryData", "Art. 22B(1)-(3)",
				"a solely automated significant decision based on special category data needs the subject's explicit consent, or a contract or law with Art. 9(2)(g)")
		}
		a.info(ReasonArt22C, "", "Art. 22C",
			"the subject must be told of the decision and be able to make representations, obtain human intervention and contest it")
		return
	}
	a.info(ReasonArt22, "", "Art. 22(1)",
		"the subject has the right not to be subject to the decision unless Art. 22(2) allows it; under 22(2)(a) or (c) they may obtain human intervention, express their view and contest it (Art. 22(3))")
	if s.SpecialCategoryData && !s.ExplicitConsent && !s.SubstantialPublicInterest {
		a.add(ReasonSpecialCategoryADM, basis.Warning, "specialCategoryData", "Art. 22(4)",
			"a decision under Art. 22(2) may not be based on special category data unless Art. 9(2)(a) or (g) applies, with suitable safeguards")
	}
}

func basisCodes() []string {
	bs := basis.AllBases()
	out := make([]string, len(bs))
	for i, b := range bs {
		out[i] = b.String()
	}
	return out
}

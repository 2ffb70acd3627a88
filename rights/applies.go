package rights

import (
	"fmt"
	"strings"
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
// invalid exception.
func (e ErasureException) Article() string {
	if !e.IsValid() {
		return ""
	}
	return erasureExceptionArticles[e]
}

// Situation is what [Assess] needs to know about the processing a right is
// exercised against. Regime, At and Basis are required; the flags default to
// false, which is the answer that grants the fewest rights.
type Situation struct {
	// Regime is the law the processing is judged under.
	Regime basis.Regime
	// At is when the right is exercised; the law in force on its date in the
	// regime's location applies.
	At time.Time
	// Basis is the Art. 6(1) lawful basis of the processing.
	Basis basis.Basis

	// ProvidedBySubject: the data was provided by the data subject, which
	// includes data observed from their use of a service (Art. 20(1)).
	ProvidedBySubject bool
	// AutomatedMeans: the processing is carried out by automated means
	// (Art. 20(1)(b)); paper records are not portable.
	AutomatedMeans bool
	// DirectMarketing: the data is processed for direct marketing, including
	// profiling related to it (Art. 21(2)).
	DirectMarketing bool
	// Research: the data is processed for scientific or historical research
	// or statistical purposes (Art. 21(6)).
	Research bool

	// SolelyAutomated: a decision about the subject is based solely on
	// automated processing, with no meaningful human involvement
	// (Art. 22(1); UK Art. 22A(1)(a)).
	SolelyAutomated bool
	// SignificantEffect: that decision produces legal effects concerning the
	// subject or similarly significantly affects them (Art. 22(1); UK
	// Art. 22A(1)(b)).
	SignificantEffect bool
	// DecisionAt is when the decision was taken; UK Arts. 22A-22D govern
	// decisions taken from 2026-02-05 (S.I. 2026/82 reg. 5). Zero means At.
	DecisionAt time.Time
	// SpecialCategoryData: the decision is based wholly or partly on
	// special category data (Art. 9(1)), which limits when it may be taken
	// (Art. 22(4); UK Art. 22B(1)-(3)).
	SpecialCategoryData bool
	// ExplicitConsent: the subject explicitly consented to the processing
	// of the special category data the decision rests on (Art. 9(2)(a);
	// UK Art. 22B(2)).
	ExplicitConsent bool
	// SubstantialPublicInterest: point (g) of Art. 9(2) applies to that
	// data (Art. 22(4); UK Art. 22B(3)).
	SubstantialPublicInterest bool

	// Exceptions are the Art. 17(3) exceptions the controller relies on to
	// keep the data. [LegalObligationOrPublicTask] applies by itself when
	// Basis is Art. 6(1)(c) or (e).
	Exceptions []ErasureException
}

// Reason codes of [Assess]: why a right applies or does not. Consumers
// match on the [Code]; the messages beside it are prose that may change.
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
	ReasonArt22BProhibited     Code = "rights/art-22b-prohibited"          // UK Art. 22B(4): not on Art. 6(1)(ea)
	ReasonSpecialCategoryADM   Code = "rights/adm-special-category"        // Art. 22(4); UK Art. 22B(1)-(3)
	ReasonBasisUnavailable     Code = "rights/basis-unavailable"           // the basis is not law in the regime on the date
)

// Reason is one step of the reasoning behind a [Verdict]: a stable code, the
// provision it rests on and a sentence for a privacy officer.
type Reason struct {
	Code    Code   // stable, one of the Reason... codes
	Article string // the provision, such as "Art. 21(2)-(3)"
	Message string // prose for a privacy officer; not an API
}

// Verdict is the answer of [Assess]: whether the right applies, with every
// reason that decided it, in the order they were considered.
type Verdict struct {
	Right   Right // the right assessed
	Applies bool  // whether the data subject has the right in the situation
	// Absolute is true when the right admits no balancing test or
	// exception: an objection to direct marketing (Art. 21(3)) and the
	// withdrawal of consent (Art. 7(3)).
	Absolute bool
	Reasons  []Reason // every reason that decided it, in order
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

// SituationError reports a [Situation] that cannot be assessed: a field that
// is missing or invalid ([CodeInvalid]), or a date before the GDPR applied
// ([CodeNotInForce]).
type SituationError struct {
	Code  Code   // CodeInvalid or CodeNotInForce
	Field string // "Regime", "At", "Basis", "Right", "Exceptions[1]"
	Value string // the bad value as text
	Msg   string // what is wrong, with the valid values
}

// Error names the field, the value, what is wrong and the code.
func (e *SituationError) Error() string {
	return fmt.Sprintf("rights: situation %s = %q: %s [%s]", e.Field, e.Value, e.Msg, e.Code)
}

// Is reports whether target is a *SituationError with the same code.
func (e *SituationError) Is(target error) bool {
	t, ok := target.(*SituationError)
	return ok && t.Code != "" && t.Code == e.Code
}

// Assess says whether right r applies in situation s and why, following
// Arts. 7(3), 17, 20, 21 and 22 (UK: 22A-22D) as in force on the date of
// s.At (for automated decisions, of s.DecisionAt). The rights to be informed,
// of access, to rectification, to restriction and to complain apply in every
// situation (they have conditions of their own, such as Art. 18(1), that are
// for the request to establish). An invalid input is a *[SituationError].
func Assess(r Right, s Situation) (Verdict, error) {
	if err := s.check(r); err != nil {
		return Verdict{}, err
	}
	v := Verdict{Right: r}
	if !s.Basis.AvailableIn(s.Regime, s.At) {
		v.add(ReasonBasisUnavailable, s.Basis.Article(), "%s is not a lawful basis under the %s regime on %s",
			s.Basis, s.Regime, s.At.In(s.Regime.Location()).Format(time.DateOnly))
		return v, nil
	}
	switch r {
	case Erasure:
		v.erasure(s)
	case Portability:
		v.portability(s)
	case Object:
		v.object(s)
	case AutomatedDecisions:
		v.automated(s)
	case WithdrawConsent:
		if s.Basis == basis.Consent {
			v.Applies, v.Absolute = true, true
			v.add(ReasonWithdrawBasis, "Art. 7(3)", "consent may be withdrawn at any time, as easily as it was given")
		} else {
			v.add(ReasonWithdrawBasis, s.Basis.Article(), "the processing does not rest on consent, so there is none to withdraw")
		}
	default:
		v.Applies = true
		v.add(ReasonAlways, r.Article(), "the right does not depend on the lawful basis")
	}
	return v, nil
}

func (s Situation) check(r Right) error {
	switch {
	case !r.IsValid():
		return &SituationError{Code: CodeInvalid, Field: "Right", Value: r.String(), Msg: "not a right (valid: " + joinCodes(rightsTable.Codes()) + ")"}
	case !s.Regime.IsValid():
		return &SituationError{Code: CodeInvalid, Field: "Regime", Value: s.Regime.String(), Msg: "not a regime (valid: uk, eu)"}
	case !s.Basis.IsValid():
		return &SituationError{Code: CodeInvalid, Field: "Basis", Value: s.Basis.String(), Msg: "not a lawful basis (valid: " + joinCodes(basisCodes()) + ")"}
	case !s.Regime.InForce(basis.GDPRApplies, s.At):
		return &SituationError{Code: CodeNotInForce, Field: "At", Value: s.At.Format(time.RFC3339), Msg: "before the GDPR applies (2018-05-25, Art. 99(2))"}
	}
	for i, e := range s.Exceptions {
		if !e.IsValid() {
			return &SituationError{Code: CodeInvalid, Field: fmt.Sprintf("Exceptions[%d]", i), Value: e.String(),
				Msg: "not an Art. 17(3) exception (valid: " + joinCodes(erasureExceptions.Codes()) + ")"}
		}
	}
	return nil
}

func (v *Verdict) add(code Code, article, format string, args ...any) {
	v.Reasons = append(v.Reasons, Reason{Code: code, Article: article, Message: fmt.Sprintf(format, args...)})
}

func (v *Verdict) erasure(s Situation) {
	// Art. 17(3)(b) applies by itself to processing necessary for a legal
	// obligation or a public task.
	if s.Basis == basis.LegalObligation || s.Basis == basis.PublicTask {
		v.add(ReasonErasureException, LegalObligationOrPublicTask.Article(),
			"processing on %s is necessary for a legal obligation or public task", s.Basis.Article())
	}
	for _, e := range s.Exceptions {
		if e == LegalObligationOrPublicTask && (s.Basis == basis.LegalObligation || s.Basis == basis.PublicTask) {
			continue // already given
		}
		v.add(ReasonErasureException, e.Article(), "the controller relies on the %s exception", e)
	}
	if len(v.Reasons) > 0 {
		return
	}
	v.Applies = true
	switch s.Basis {
	case basis.Consent:
		v.add(ReasonErasureGround, "Art. 17(1)(b)", "erasure is due once consent is withdrawn and no other ground remains")
	case basis.LegitimateInterests, basis.RecognisedLegitimateInterest:
		v.add(ReasonErasureGround, "Art. 17(1)(c)", "erasure is due after an objection under Art. 21(1) with no overriding legitimate grounds")
	default:
		v.add(ReasonErasureGround, "Art. 17(1)(a)", "erasure is due once the data is no longer necessary for its purposes")
	}
	if s.DirectMarketing {
		v.add(ReasonErasureAfterObject, "Art. 17(1)(c)", "an objection to direct marketing under Art. 21(2) is a ground for erasure")
	}
}

func (v *Verdict) portability(s Situation) {
	ok := true
	switch s.Basis {
	case basis.Consent, basis.Contract:
		v.add(ReasonPortabilityBasis, "Art. 20(1)(a)", "processing rests on %s", s.Basis.Article())
	case basis.PublicTask:
		ok = false
		v.add(ReasonPortabilityPublic, "Art. 20(3)", "the right does not apply to processing necessary for a public task")
	default:
		ok = false
		v.add(ReasonPortabilityBasis, "Art. 20(1)(a)", "processing rests on %s, not on consent or contract", s.Basis.Article())
	}
	if !s.AutomatedMeans {
		ok = false
		v.add(ReasonPortabilityAutomated, "Art. 20(1)(b)", "the processing is not carried out by automated means")
	}
	if !s.ProvidedBySubject {
		ok = false
		v.add(ReasonPortabilityProvided, "Art. 20(1)", "only data the subject provided is portable")
	}
	v.Applies = ok
}

func (v *Verdict) object(s Situation) {
	if s.DirectMarketing {
		v.Applies, v.Absolute = true, true
		v.add(ReasonObjectMarketing, "Art. 21(2)-(3)",
			"an objection to direct marketing is absolute: the data shall no longer be processed for that purpose")
	}
	switch s.Basis {
	case basis.PublicTask, basis.LegitimateInterests, basis.RecognisedLegitimateInterest:
		// A recognised legitimate interest got here only if AvailableIn
		// passed, so in the UK from 2026-02-05 (Art. 21(1) as amended by
		// DUAA 2025 s.70(5)).
		v.Applies = true
		v.add(ReasonObjectSituation, "Art. 21(1)",
			"objection on grounds of the subject's particular situation to processing on %s; the controller must stop unless it shows compelling legitimate grounds or needs the data for legal claims",
			s.Basis.Article())
		return
	case basis.Consent:
		if !s.DirectMarketing {
			v.add(ReasonWithdrawInstead, "Art. 7(3)", "processing rests on consent: the subject withdraws consent instead of objecting")
		}
	default:
		if !s.DirectMarketing {
			v.add(ReasonObjectBasis, "Art. 21(1)", "processing on %s gives no right to object under Art. 21(1)", s.Basis.Article())
		}
	}
	if s.Research && !v.Applies {
		// Art. 21(6): not where the research is necessary for a public
		// task, which the basis check above already granted under 21(1).
		v.Applies = true
		v.add(ReasonObjectResearch, "Art. 21(6)",
			"objection on grounds of the subject's particular situation to processing for research or statistics")
	}
}

func (v *Verdict) automated(s Situation) {
	if !s.SolelyAutomated {
		v.add(ReasonNotSolelyAutomated, "Art. 22(1)", "the decision is not based solely on automated processing")
	}
	if !s.SignificantEffect {
		v.add(ReasonNoSignificantEffect, "Art. 22(1)", "the decision has no legal or similarly significant effect")
	}
	if len(v.Reasons) > 0 {
		return
	}
	at := s.DecisionAt
	if at.IsZero() {
		at = s.At
	}
	v.Applies = true
	if s.Regime.InForce(basis.AutomatedDecisionsArt22A, at) {
		if s.Basis == basis.RecognisedLegitimateInterest {
			v.add(ReasonArt22BProhibited, "Art. 22B(4)",
				"no solely automated significant decision may rest on a recognised legitimate interest")
		}
		// Art. 22B(2)-(3): on special category data only with explicit
		// consent, or where the decision is necessary for a contract with
		// the subject or required or authorised by law (read here as the
		// bases of Art. 6(1)(b), (c) and (e)) and Art. 9(2)(g) applies.
		lawOrContract := s.Basis == basis.Contract || s.Basis == basis.LegalObligation || s.Basis == basis.PublicTask
		if s.SpecialCategoryData && !s.ExplicitConsent && !(lawOrContract && s.SubstantialPublicInterest) {
			v.add(ReasonSpecialCategoryADM, "Art. 22B(1)-(3)",
				"a solely automated significant decision based on special category data needs the subject's explicit consent, or a contract or law with Art. 9(2)(g)")
		}
		v.add(ReasonArt22C, "Art. 22C",
			"the subject must be told of the decision and be able to make representations, obtain human intervention and contest it")
		return
	}
	v.add(ReasonArt22, "Art. 22(1)",
		"the subject has the right not to be subject to the decision unless Art. 22(2) allows it; under 22(2)(a) or (c) they may obtain human intervention, express their view and contest it (Art. 22(3))")
	if s.SpecialCategoryData && !s.ExplicitConsent && !s.SubstantialPublicInterest {
		v.add(ReasonSpecialCategoryADM, "Art. 22(4)",
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

func joinCodes(codes []string) string { return strings.Join(codes, ", ") }

package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
)

// The codes of rights and request handling (Arts. 12 to 22; UK Art. 12A;
// DPA 2018 ss.164A and 165 and Sch. 2).
const (
	// CodeRightNotGiven: the notice promises a basis-dependent right
	// (erasure, portability, objection, withdrawal of consent) that the law
	// gives for none of the lawful bases the register relies on
	// (rights.Applies; Arts. 7(3), 17(3)(b), 20(1), 21(1)) (Warning).
	CodeRightNotGiven Code = "gdpr/right-not-given"
	// CodeRightNoChannel: rights are given but the register records no way
	// to exercise them: no request channel, no contact of the controller or
	// its DPO, and no "how" for the right (Art. 12(2)) (Info: not
	// evidenced).
	CodeRightNoChannel Code = "gdpr/right-no-channel"
	// CodeMarketingObjectionMissing: an activity does direct marketing but
	// the right to object to it is recorded as not stated (Error), is
	// missing from the rights the notice states (Warning), or no rights are
	// recorded at all (Info) (Art. 21(2)-(4): the right must be brought to
	// the person's attention explicitly, clearly and separately).
	CodeMarketingObjectionMissing Code = "gdpr/marketing-objection-missing"
	// CodeMarketingObjectionLimited: the right to object is stated with a
	// scope that does not name marketing ("in certain circumstances")
	// while an activity does direct marketing, whose objection is absolute
	// and must be offered separately (Art. 21(2)-(4)) (Warning).
	CodeMarketingObjectionLimited Code = "gdpr/marketing-objection-limited"
	// CodeResponseTimeTooLong: the response time stated is longer than one
	// month (Error; Warning for 29 to 31 days, longer than some months),
	// or longer than one month with no extension explained, or longer than
	// three months (Art. 12(3); UK Art. 12A(1), (3)).
	CodeResponseTimeTooLong Code = "gdpr/response-time-too-long"
	// CodeResponseFromWrongEvent: the response time is counted from an
	// event other than receipt where the law counts from receipt (EU
	// Art. 12(3): Error; UK before 2026-02-05: Info for identity and fee,
	// which the ICO's guidance allowed, Warning for clarification), or from
	// a clarification, which UK Art. 12A(5) makes a pause for access
	// requests only (Info).
	CodeResponseFromWrongEvent Code = "gdpr/response-from-wrong-event"
	// CodeRequestsWritingOnly: requests are accepted only in writing, where
	// the controller must facilitate them in any form, verbal included
	// (Art. 12(2); Recital 59; ICO guidance) (Warning).
	CodeRequestsWritingOnly Code = "gdpr/requests-writing-only"
	// CodeFeeEveryRequest: a fee is charged for every request, where
	// requests are free unless manifestly unfounded or excessive
	// (Art. 12(5)) (Error).
	CodeFeeEveryRequest Code = "gdpr/fee-every-request"
	// CodeExemptionNotAvailable: a DPA 2018 Sch. 2 exemption is relied on
	// under a regime whose law it is not (the EU regime; a Member State's
	// own restriction under Art. 23 may exist) (Info).
	CodeExemptionNotAvailable Code = "gdpr/exemption-not-available"
	// CodeExemptionOutsideScope: an exemption is relied on to restrict a
	// right it does not disapply (rights.Exemption.Covers: exam scripts and
	// confidential references disapply Arts. 13-15 only; exam marks change
	// the time limit and disapply nothing) (Error).
	CodeExemptionOutsideScope Code = "gdpr/exemption-outside-scope"
	// CodeComplaintsRouteMissing: UK from 2026-06-19, no complaint to the
	// controller is offered (Error when recorded as not offered, Info when
	// not recorded) (DPA 2018 s.164A; UK GDPR Art. 13(2)(d) as amended by
	// DUAA 2025 Sch. 10).
	CodeComplaintsRouteMissing Code = "gdpr/complaints-route-missing"
	// CodeComplaintAuthorityMissing: the right to complain to the
	// supervisory authority is recorded as not stated (Error) or not
	// recorded (Info) (Art. 13(2)(d), 14(2)(e), 77; UK from 2026-06-19, DPA
	// 2018 s.165).
	CodeComplaintAuthorityMissing Code = "gdpr/complaint-authority-missing"
)

// transparency runs the checks of rights and request handling (Arts. 12
// to 22; UK Art. 12A; DPA 2018 s.164A and Sch. 2), the information Arts. 13
// and 14 require, and PECR (regs. 6, 21 to 22) for the current regime
// that are not about one activity; [validator.transparencyActivity] runs
// those about one activity, in the one pass of [validator.judge].
func (v *validator) transparency() {
	ctx := v.transparencyContext()
	v.rightsChecks(&ctx)
	v.noticeChecks(&ctx)
}

// transparencyActivity runs the transparency and PECR checks of activity
// i; dev holds what they read of the regime's law ([tctx].a1).
func (v *validator) transparencyActivity(i int, a *Activity, dev *tctx) {
	fromOthers, browsing := v.dataFlags(i, a)
	v.activityNotice(i, a, fromOthers)
	if len(a.Marketing.Channels) > 0 {
		v.marketingObjection(i)
		v.marketingChannels(i, a)
	}
	if browsing || len(a.Devices) > 0 {
		v.devices(i, a, dev, browsing)
	}
}

// dataFlags reports whether activity i uses data obtained from others
// (Art. 14) and whether it observes browsing data with no storage or
// access item recorded.
func (v *validator) dataFlags(i int, a *Activity) (fromOthers, browsing bool) {
	fromOthers = len(a.Sources) > 0
	needBrowsing := len(a.Devices) == 0
	// An Art. 14 plan with its timing and sources named leaves nothing to
	// report whether or not the data come from others.
	art14Done := a.Art14.Timing.IsValid() && a.Art14.SourcesNamed.IsYes()
	if (fromOthers || art14Done) && !needBrowsing {
		return fromOthers, false
	}
	info := &v.acts[i]
	return fromOthers || info.fromOthers, needBrowsing && info.browsing
}

// tctx is what the transparency checks know of the register as a whole,
// computed once per regime.
type tctx struct {
	bases     uint32 // bit b set for each basis relied on (activity grounds and the general list)
	marketing bool   // some activity does direct marketing
	explicit  bool   // some activity relies on explicit consent (Art. 9(2)(a))
	withdraw  bool   // some consent ground says how to withdraw
	a1        bool   // PECR Sch. A1 is in force (UK from 2026-02-05)
}

func (v *validator) transparencyContext() tctx {
	c := v.whole // what does not depend on the regime, gathered once per call (validator.gather)
	c.a1 = v.regime.InForce(basis.StorageAccessScheduleA1, v.at)
	return c
}

// mark records ground g in c: its basis, and whether consent says how to
// withdraw it.
func (c *tctx) mark(g *Ground) {
	if g.Basis.IsValid() {
		c.bases |= 1 << g.Basis
	}
	if g.Basis == basis.Consent && g.Consent.Withdrawal != "" {
		c.withdraw = true
	}
}

// markActivity records in c what activity a relies on and does.
func (c *tctx) markActivity(a *Activity) {
	for j := range a.Grounds {
		c.mark(&a.Grounds[j])
	}
	for j := range a.Special {
		if a.Special[j].Condition == basis.ExplicitConsent {
			c.explicit = true
		}
	}
	if len(a.Marketing.Channels) > 0 {
		c.marketing = true
	}
}

// appliesToSome reports whether right r is given for some basis relied on.
func (c *tctx) appliesToSome(r rights.Right) bool {
	for b := basis.Consent; b <= basis.LegitimateInterests; b++ {
		if c.bases&(1<<b) != 0 && rights.Applies(r, b) {
			return true
		}
	}
	return false
}

// statement returns the index of the register's statement of right r, or
// -1.
func (v *validator) statement(r rights.Right) int {
	for i := range v.reg.Rights.Rights {
		if v.reg.Rights.Rights[i].Right == r {
			return i
		}
	}
	return -1
}

func rightPath(i int) string { return basis.Index("rights.rights", i) }

// hasContact reports whether some contact in cs is recorded. Any kind of
// channel counts, and its value is not checked: a garbled email address is
// still a way to reach the controller, and a postal or telephone contact
// is as good as an email.
func hasContact(cs []Contact) bool {
	for i := range cs {
		if cs[i].Kind.IsValid() || cs[i].Value != "" {
			return true
		}
	}
	return false
}

func (v *validator) rightsChecks(c *tctx) {
	rh := &v.reg.Rights
	// A right promised that no basis relied on gives.
	if c.bases != 0 {
		for i := range rh.Rights {
			s := &rh.Rights[i]
			if !s.Stated.IsYes() {
				continue
			}
			switch s.Right {
			case rights.Erasure, rights.Portability, rights.Object, rights.WithdrawConsent:
			default:
				continue
			}
			if c.appliesToSome(s.Right) ||
				s.Right == rights.Object && c.marketing || // Art. 21(2): whatever the basis
				s.Right == rights.WithdrawConsent && c.explicit { // Art. 7(3) with 9(2)(a)
				continue
			}
			// Promising more than the law gives breaches nothing (Info).
			v.add(Finding{Code: CodeRightNotGiven, Severity: basis.Info, Path: rightPath(i), Value: s.Right.String(),
				Article: s.Right.ArticleIn(v.regime, v.at),
				Message: "the notice promises the right " + s.Right.String() + ", which the law gives for none of the lawful bases the register relies on"})
		}
	}
	// A way to exercise the rights.
	if len(v.reg.Activities) > 0 && !hasContact(rh.Channels) && !hasContact(v.reg.Controller.Contacts) &&
		v.reg.Controller.Address == "" && !hasContact(v.reg.Controller.DPO.Contacts) {
		stated, withHow := 0, 0
		for i := range rh.Rights {
			if rh.Rights[i].Stated.IsYes() {
				stated++
				if rh.Rights[i].How != "" {
					withHow++
				}
			}
		}
		if stated == 0 || withHow < stated {
			v.add(Finding{Code: CodeRightNoChannel, Severity: basis.Info, Path: "rights.channels",
				Article: v.cite("Art. 12(2)"),
				Message: "the register records no way to make a request: no request channel, no contact of the controller or its DPO"})
		}
	}
	v.responseTime()
	v.responseFrom()
	if rh.WritingOnly.IsYes() {
		v.add(Finding{Code: CodeRequestsWritingOnly, Severity: basis.Warning, Path: "rights.writingOnly",
			Article: v.cite("Art. 12(2)") + "; Recital 59",
			Message: "requests are accepted only in writing; the controller must facilitate requests made in any form, verbally included"})
	}
	if rh.Fee == EveryRequest {
		v.add(Finding{Code: CodeFeeEveryRequest, Severity: basis.Error, Path: "rights.fee", Value: rh.Fee.String(),
			Article: v.cite("Art. 12(5)"),
			Message: "a fee is charged for every request; requests are free unless manifestly unfounded or excessive"})
	}
	for i := range rh.Exemptions {
		e := &rh.Exemptions[i]
		if !e.Exemption.IsValid() {
			continue
		}
		if !e.Exemption.AvailableIn(v.regime, v.at) {
			v.add(Finding{Code: CodeExemptionNotAvailable, Severity: basis.Info, Path: basis.Index("rights.exemptions", i),
				Value: e.Exemption.String(), Article: e.Exemption.Article(),
				Message: "a DPA 2018 Sch. 2 exemption is UK law only; under this regime only a restriction of the Member State's law (Art. 23) could apply"})
			continue
		}
		for j, r := range e.Rights {
			if r.IsValid() && !e.Exemption.Covers(r) {
				v.add(Finding{Code: CodeExemptionOutsideScope, Severity: basis.Error,
					Path:  basis.Index(basis.Index("rights.exemptions", i)+".rights", j),
					Value: r.String(), Article: e.Exemption.Article(),
					Message: "the " + e.Exemption.String() + " exemption is relied on to restrict the right " + r.String() + ", which it does not disapply"})
			}
		}
	}
	v.complaints()
}

// responseTime judges the response time stated against one month, or
// three months with the extension explained (Art. 12(3); UK Art. 12A(1),
// (3)). Periods of days are a month or shorter up to 28 days: "a fixed
// 28-day period always falls within a calendar month" (ICO).
func (v *validator) responseTime() {
	rh := &v.reg.Rights
	p := rh.ResponseTime
	if p.IsZero() || p.Years < 0 || p.Months < 0 || p.Days < 0 {
		return
	}
	months := p.Years*12 + p.Months
	if months == 0 && p.Days <= 28 || months == 1 && p.Days == 0 {
		return // a month or shorter
	}
	if months > 0 && (months < 3 || months == 3 && p.Days == 0) && rh.Extension != "" {
		return // the extension by two further months is explained
	}
	article := v.cite("Art. 12(3)")
	if v.regime.InForce(basis.TimeLimitsArt12A, v.at) {
		article = v.cite("Art. 12A(1), (3)")
	}
	switch {
	case months == 0 && p.Days <= 31:
		v.add(Finding{Code: CodeResponseTimeTooLong, Severity: basis.Warning, Path: "rights.responseTime", Value: p.String(),
			Article: article, Message: "a response time of " + p.String() + " is longer than one month when the month is shorter"})
	case months < 3 || months == 3 && p.Days == 0:
		v.add(Finding{Code: CodeResponseTimeTooLong, Severity: basis.Error, Path: "rights.responseTime", Value: p.String(),
			Article: article, Message: "a response time of " + p.String() + " is longer than one month, and no extension is explained"})
	default:
		v.add(Finding{Code: CodeResponseTimeTooLong, Severity: basis.Error, Path: "rights.responseTime", Value: p.String(),
			Article: article, Message: "a response time of " + p.String() + " is longer than the three months an extension allows at most"})
	}
}

// responseFrom judges the event the response time is counted from, as in
// force on the date (see rights.Clock): EU Art. 12(3) counts from receipt;
// UK Art. 12A(2), for requests received from 2026-02-05, from the latest
// of receipt, of identity information asked for and of a fee charged,
// with clarification a pause for access requests only (Art. 12A(5)); in
// the UK before then the statute counted from receipt and the ICO's
// guidance let identity and fee requests delay the start.
func (v *validator) responseFrom() {
	from := v.reg.Rights.ResponseFrom
	if from == FromReceipt || !from.IsValid() {
		return
	}
	f := Finding{Code: CodeResponseFromWrongEvent, Path: "rights.responseFrom", Value: from.String()}
	switch {
	case v.regime == basis.EU:
		f.Severity, f.Article = basis.Error, v.cite("Art. 12(3)")
		f.Message = "the response time runs from receipt of the request; the notice counts it from " + from.String()
	case v.regime.InForce(basis.TimeLimitsArt12A, v.at):
		if from != FromClarification {
			return // a "relevant time" of Art. 12A(2)
		}
		f.Severity, f.Article = basis.Info, v.cite("Art. 12A(5)")
		f.Message = "a clarification pauses the time limit of an access request only; it does not restart it, and other requests run from the relevant time"
	case from == FromClarification:
		f.Severity, f.Article = basis.Warning, v.cite("Art. 12(3)")
		f.Message = "before 2026-02-05 the time limit ran from receipt; the ICO's guidance allowed a pause for clarifying an access request, not a restart"
	default:
		f.Severity, f.Article = basis.Info, v.cite("Art. 12(3)")
		f.Message = "before 2026-02-05 the statute counted from receipt; the ICO's guidance let an identity check or a fee delay the start"
	}
	v.add(f)
}

// complaints checks the complaint to the controller (UK from 2026-06-19,
// DPA 2018 s.164A) and the right to complain to the supervisory authority
// (Art. 13(2)(d), 14(2)(e); UK from 2026-06-19, DPA 2018 s.165, Art. 77
// being omitted and Art. 13(2)(d) naming both, DUAA 2025 Sch. 10).
func (v *validator) complaints() {
	if len(v.reg.Activities) == 0 {
		return
	}
	ctl := &v.reg.Controller
	amended := v.regime.InForce(basis.ComplaintsToController, v.at)
	if amended && !hasContact(ctl.Complaints.Contacts) && !ctl.Complaints.Offered.IsYes() {
		f := Finding{Code: CodeComplaintsRouteMissing, Path: "controller.complaints",
			// DUAA 2025 Sch. 10 paras 3(2), 4(2) insert UK Arts. 13(2)(ca)
			// and 14(2)(da): the right to complain to the controller under
			// s.164A must be told (from 2026-06-19).
			Article: rights.ComplaintsArticle + "; " + v.cite("Art. 13(2)(ca), 14(2)(da)")}
		if ctl.Complaints.Offered.IsNo() {
			f.Severity, f.Path = basis.Error, "controller.complaints.offered"
			f.Message = "no complaint to the controller is offered; from 2026-06-19 a controller must facilitate complaints and the notice must say so"
		} else {
			f.Severity = basis.Info
			f.Message = "the register records no route for complaints to the controller (not evidenced)"
		}
		v.add(f)
	}
	i := v.statement(rights.ComplainToAuthority)
	if i >= 0 && v.reg.Rights.Rights[i].Stated.IsYes() || ctl.Authority.Name != "" || hasContact(ctl.Authority.Contacts) {
		return
	}
	article := v.cite("Art. 13(2)(d)") + "; " + rights.ComplainToAuthority.ArticleIn(v.regime, v.at)
	if amended {
		article = v.cite("Art. 13(2)(d)") + " (DUAA 2025 Sch. 10); " + rights.ComplainToAuthority.ArticleIn(v.regime, v.at)
	}
	if i >= 0 && v.reg.Rights.Rights[i].Stated.IsNo() {
		v.add(Finding{Code: CodeComplaintAuthorityMissing, Severity: basis.Error, Path: rightPath(i) + ".stated", Article: article,
			Message: "the notice does not tell people of their right to complain to the supervisory authority"})
		return
	}
	v.add(Finding{Code: CodeComplaintAuthorityMissing, Severity: basis.Info, Path: "controller.authority", Article: article,
		Message: "the register records no right to complain to the supervisory authority (not evidenced)"})
}

// marketingObjection checks that the objection to the direct marketing of
// activity i is offered explicitly, separately and absolutely (Art. 21(2)
// to (4)).
func (v *validator) marketingObjection(i int) {
	rh := &v.reg.Rights
	j := v.statement(rights.Object)
	if j >= 0 && rh.Rights[j].Stated.IsYes() && (rh.Rights[j].Scope == "" || mentionsMarketing(rh.Rights[j].Scope)) {
		return // stated, with no scope or one naming marketing: the passing path builds no string
	}
	article := v.cite("Art. 21(2)-(4)")
	path := actPath(i, ".marketing")
	switch {
	case len(rh.Rights) == 0:
		v.add(Finding{Code: CodeMarketingObjectionMissing, Severity: basis.Info, Path: path, Article: article,
			Message: "the activity does direct marketing and the register records no rights; the right to object to it is not evidenced"})
	case j < 0 || !rh.Rights[j].Stated.IsStated():
		v.add(Finding{Code: CodeMarketingObjectionMissing, Severity: basis.Warning, Path: path, Article: article,
			Message: "the activity does direct marketing and the notice does not state the right to object to it"})
	case rh.Rights[j].Stated.IsNo():
		v.add(Finding{Code: CodeMarketingObjectionMissing, Severity: basis.Error, Path: path, Article: article,
			Related: []string{rightPath(j)},
			Message: "the activity does direct marketing and the notice does not offer the right to object to it, which it must bring to the person's attention explicitly"})
	case rh.Rights[j].Scope != "" && !mentionsMarketing(rh.Rights[j].Scope):
		v.add(Finding{Code: CodeMarketingObjectionLimited, Severity: basis.Warning, Path: path, Article: v.cite("Art. 21(2)-(3)"),
			Related: []string{rightPath(j) + ".scope"},
			Message: "the right to object is stated with a scope, but an objection to direct marketing is absolute and must be offered separately"})
	}
}

// mentionsMarketing reports whether a statement's scope names marketing
// ("direct marketing (including profiling)", "marketing communications"),
// so that the objection to it is offered in its own words; a scope that
// does not ("in certain circumstances", "where we rely on legitimate
// interests") limits the absolute objection of Art. 21(2)-(3). The test is
// an ASCII case-insensitive search for "marketing" and does not allocate.
func mentionsMarketing(scope string) bool {
	const word = "marketing"
	for i := 0; i+len(word) <= len(scope); i++ {
		match := true
		for k := 0; k < len(word); k++ {
			c := scope[i+k]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != word[k] {
				match = false
				break
			}
		}
		if match {
			return true
		}
	}
	return false
}

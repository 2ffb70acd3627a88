package gdpr

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/rights"
)

// The codes of the information Arts. 13 and 14 require. Each is reported
// only where its item applies. An item the register does not record is
// Info ("not evidenced"); an item recorded as not given is judged as the
// law requires. The legal basis (Art. 13(1)(c)), the legitimate interests
// (13(1)(d)), the transfer safeguards (13(1)(f)) and the storage period
// (13(2)(a)) are reported by the checks of lawful bases, transfers and
// retention, so they have no code here.
const (
	// CodeNoticeControllerIdentity: the register names no controller
	// (Art. 13(1)(a), 14(1)(a)) (Info).
	CodeNoticeControllerIdentity Code = "gdpr/notice-controller-identity"
	// CodeNoticeControllerContact: the register records no contact for the
	// controller, no channel and no address; any channel counts, its value
	// unchecked (Art. 13(1)(a), 14(1)(a)) (Info).
	CodeNoticeControllerContact Code = "gdpr/notice-controller-contact"
	// CodeNoticeDPOContact: a DPO is designated, or Art. 37(1) requires one,
	// and the register records no contact for the DPO (Art. 13(1)(b),
	// 14(1)(b), 37(7)) (Info).
	CodeNoticeDPOContact Code = "gdpr/notice-dpo-contact"
	// CodeDPORequired: no DPO is designated though the controller is a
	// public authority or its core activities are large-scale monitoring or
	// large-scale processing of special category or criminal offence data
	// (Art. 37(1)) (Error).
	CodeDPORequired Code = "gdpr/dpo-required"
	// CodeNoticePurpose: an activity states no purpose (Art. 13(1)(c),
	// 14(1)(c)) (Info).
	CodeNoticePurpose Code = "gdpr/notice-purpose"
	// CodeNoticeRecipients: an activity records no recipients and does not
	// say that it has none (Art. 13(1)(e), 14(1)(e)) (Info).
	CodeNoticeRecipients Code = "gdpr/notice-recipients"
	// CodeNoticeRights: a right of Art. 13(2)(b) (access, rectification,
	// erasure, restriction, objection, portability) that applies to some
	// basis relied on is recorded as not stated (Error) or not recorded
	// (Info) (Art. 13(2)(b), 14(2)(c)).
	CodeNoticeRights Code = "gdpr/notice-rights"
	// CodeNoticeWithdrawConsent: consent is relied on and the right to
	// withdraw it is recorded as not stated (Error) or not recorded (Info)
	// (Art. 13(2)(c), 14(2)(d)).
	CodeNoticeWithdrawConsent Code = "gdpr/notice-withdraw-consent"
	// CodeNoticeProvision: a category of data obtained from the person does
	// not say whether giving it is required or optional, or a required
	// category does not say what follows if it is not given (Art. 13(2)(e))
	// (Info).
	CodeNoticeProvision Code = "gdpr/notice-provision"
	// CodeProvisionInconsistent: two data categories of the same name are
	// stated required in one place and optional in another (Art. 13(2)(e);
	// Art. 12(1): clear information) (Warning).
	CodeProvisionInconsistent Code = "gdpr/provision-inconsistent"
	// CodeNoticeSource: an activity uses data obtained from others and
	// names no source (Info), or records that the sources are not named
	// (Warning; Recital 61 allows general information where sources are
	// many) (Art. 14(2)(f)).
	CodeNoticeSource Code = "gdpr/notice-source"
	// CodeArt14Timing: an activity uses data obtained from others with no
	// plan to tell the person within a month, at the first communication or
	// before disclosure (Art. 14(3)) (Info).
	CodeArt14Timing Code = "gdpr/art14-timing"
	// CodeNoticeADM: solely automated decisions are recorded without the
	// logic or the significance and consequences, or profiling is recorded
	// with no human involvement and the decisions not stated
	// (Art. 13(2)(f), 14(2)(g)) (Info).
	CodeNoticeADM Code = "gdpr/notice-adm"
	// CodeActivityNoData: an activity names no category of personal data
	// (Art. 30(1)(c), 14(1)(d)) (Info).
	CodeActivityNoData Code = "gdpr/activity-no-data"
)

// noticeChecks runs the register-wide checks of Arts. 13 and 14.
func (v *validator) noticeChecks(c *tctx) {
	if len(v.reg.Activities) == 0 {
		return
	}
	ctl := &v.reg.Controller
	if ctl.Name == "" && !entityNamed(ctl.Entities) {
		v.add(Finding{Code: CodeNoticeControllerIdentity, Severity: basis.Info, Path: "controller.name", Article: v.cite("Art. 13(1)(a)"),
			Message: "the register names no controller (not evidenced)"})
	}
	if ctl.Address == "" && !hasContact(ctl.Contacts) {
		v.add(Finding{Code: CodeNoticeControllerContact, Severity: basis.Info, Path: "controller.contacts", Article: v.cite("Art. 13(1)(a)"),
			Message: "the register records no contact details of the controller (not evidenced)"})
	}
	dpo := &ctl.DPO
	art37 := ctl.PublicAuthority.IsYes() || dpo.LargeScaleMonitoring.IsYes() || dpo.LargeScaleSensitive.IsYes()
	switch {
	case dpo.Designated.IsNo() && art37:
		v.add(Finding{Code: CodeDPORequired, Severity: basis.Error, Path: "controller.dpo.designated", Article: v.cite("Art. 37(1)"),
			Message: "no DPO is designated, but the controller is a public authority or its core activities need one"})
	case (dpo.Designated.IsYes() || art37) && !hasContact(dpo.Contacts):
		v.add(Finding{Code: CodeNoticeDPOContact, Severity: basis.Info, Path: "controller.dpo.contacts", Article: v.cite("Art. 13(1)(b)"),
			Message: "a DPO is designated or required, and the register records no contact details for the DPO (not evidenced)"})
	}
	v.noticeRights(c)
	v.provision()
}

func entityNamed(es []Entity) bool {
	for i := range es {
		if es[i].Name != "" {
			return true
		}
	}
	return false
}

// art13Rights are the rights Art. 13(2)(b) and 14(2)(c) name.
var art13Rights = [...]rights.Right{rights.Access, rights.Rectification, rights.Erasure, rights.Restriction, rights.Object, rights.Portability}

// noticeRights checks that the rights of Art. 13(2)(b) that apply, and the
// withdrawal of consent where consent is relied on (13(2)(c)), are stated.
// A right that depends on the basis (erasure, objection, portability) is
// required only where some basis relied on gives it (rights.Applies), so
// rights narrowed for a public task are not gaps.
func (v *validator) noticeRights(c *tctx) {
	rh := &v.reg.Rights
	if len(rh.Rights) == 0 {
		v.add(Finding{Code: CodeNoticeRights, Severity: basis.Info, Path: "rights.rights", Article: v.cite("Art. 13(2)(b)"),
			Message: "the register records none of the rights the notice must state (not evidenced)"})
	} else {
		for _, r := range art13Rights {
			switch r {
			case rights.Erasure, rights.Object, rights.Portability:
				if !c.appliesToSome(r) {
					continue
				}
			}
			v.rightStated(r, CodeNoticeRights, "Art. 13(2)(b)")
		}
	}
	if c.bases&(1<<basis.Consent) != 0 || c.explicit {
		// Consent grounds that say how to withdraw count as stating the
		// right; a ground that does not is the lawful-basis check's
		// finding (basis/consent-withdrawal-missing).
		i := v.statement(rights.WithdrawConsent)
		if i >= 0 && v.reg.Rights.Rights[i].Stated.IsNo() || !c.withdraw && len(rh.Rights) > 0 {
			v.rightStated(rights.WithdrawConsent, CodeNoticeWithdrawConsent, "Art. 13(2)(c)")
		}
	}
}

// rightStated reports right r if the register records it as not stated
// (Error) or does not record it (Info).
func (v *validator) rightStated(r rights.Right, code Code, article string) {
	i := v.statement(r)
	if i >= 0 && v.reg.Rights.Rights[i].Stated.IsYes() {
		return
	}
	if i >= 0 && v.reg.Rights.Rights[i].Stated.IsNo() {
		v.add(Finding{Code: code, Severity: basis.Error, Path: rightPath(i) + ".stated", Value: r.String(), Article: v.cite(article),
			Message: "the notice does not state the right " + r.String() + ", which applies to the processing"})
		return
	}
	v.add(Finding{Code: code, Severity: basis.Info, Path: "rights.rights", Value: r.String(), Article: v.cite(article),
		Message: "the register does not record the right " + r.String() + ", which applies to the processing (not evidenced)"})
}

// required reports whether q makes giving the data required.
func required(q Requirement) bool { return q == Statutory || q == Contractual || q == ContractEntry }

// provision checks the Art. 13(2)(e) statements of the data categories
// obtained from the person, and that no category is stated required in
// one place and optional in another.
func (v *validator) provision() {
	data := v.reg.Data
	stated := 0
	for i := range data {
		d := &data[i]
		if d.Provision.IsValid() && d.Name != "" {
			stated++
		}
		if d.Source != FromSubject {
			continue
		}
		switch {
		case !d.Provision.IsValid():
			v.add(Finding{Code: CodeNoticeProvision, Severity: basis.Info, Path: basis.Index("data", i) + ".provision", Article: v.cite("Art. 13(2)(e)"),
				Message: "the register does not say whether giving these data is required or optional (not evidenced)"})
		case required(d.Provision) && d.Consequence == "":
			v.add(Finding{Code: CodeNoticeProvision, Severity: basis.Info, Path: basis.Index("data", i) + ".consequence", Article: v.cite("Art. 13(2)(e)"),
				Message: "giving these data is required, and the register does not say what follows if they are not given (not evidenced)"})
		}
	}
	if stated < 2 {
		return
	}
	// One map per call, keyed by the category's name as written.
	first := make(map[string]int, stated)
	for i := range data {
		d := &data[i]
		if !d.Provision.IsValid() || d.Name == "" {
			continue
		}
		j, ok := first[d.Name]
		if !ok {
			first[d.Name] = i
			continue
		}
		if required(data[j].Provision) != required(d.Provision) {
			v.add(Finding{Code: CodeProvisionInconsistent, Severity: basis.Warning, Path: basis.Index("data", i) + ".provision",
				Related: []string{basis.Index("data", j) + ".provision"}, Value: d.Name, Article: v.cite("Art. 13(2)(e)"),
				Message: "the data are stated required in one place and optional in another"})
		}
	}
}

// activityNotice runs the checks of Arts. 13 and 14 of activity i;
// fromOthers is whether it uses data obtained from others.
func (v *validator) activityNotice(i int, a *Activity, fromOthers bool) {
	if a.Purpose == "" {
		v.add(Finding{Code: CodeNoticePurpose, Severity: basis.Info, Path: actPath(i, ".purpose"), Article: v.cite("Art. 13(1)(c)"),
			Message: "the activity states no purpose (not evidenced)"})
	}
	if len(a.Data) == 0 {
		v.add(Finding{Code: CodeActivityNoData, Severity: basis.Info, Path: actPath(i, ".data"), Article: v.cite("Art. 30(1)(c)"),
			Message: "the activity names no category of personal data (not evidenced)"})
	} else if len(a.Recipients) == 0 && !a.RecipientsExhaustive.IsStated() {
		v.add(Finding{Code: CodeNoticeRecipients, Severity: basis.Info, Path: actPath(i, ".recipients"), Article: v.cite("Art. 13(1)(e)"),
			Message: "the activity records no recipients and does not say it has none (not evidenced)"})
	}
	if fromOthers {
		switch {
		case len(a.Sources) > 0 || a.Art14.SourcesNamed.IsYes():
		case a.Art14.SourcesNamed.IsNo():
			v.add(Finding{Code: CodeNoticeSource, Severity: basis.Warning, Path: actPath(i, ".art14.sourcesNamed"), Article: v.cite("Art. 14(2)(f)"),
				Message: "data are obtained from others and the notice does not name their sources"})
		default:
			v.add(Finding{Code: CodeNoticeSource, Severity: basis.Info, Path: actPath(i, ".sources"), Article: v.cite("Art. 14(2)(f)"),
				Message: "data are obtained from others and the register names no source (not evidenced)"})
		}
		if !a.Art14.Timing.IsValid() {
			v.add(Finding{Code: CodeArt14Timing, Severity: basis.Info, Path: actPath(i, ".art14.timing"), Article: v.cite("Art. 14(3)"),
				Message: "data are obtained from others and the register records no plan to tell the person within a month, at the first communication or before disclosure (not evidenced)"})
		}
	}
	ad := &a.Automated
	switch {
	case ad.Decisions.IsYes():
		if ad.Logic == "" {
			v.add(Finding{Code: CodeNoticeADM, Severity: basis.Info, Path: actPath(i, ".automated.logic"), Article: v.cite("Art. 13(2)(f)"),
				Message: "solely automated decisions are made and the register records no information about the logic involved (not evidenced)"})
		}
		if ad.Significance == "" {
			v.add(Finding{Code: CodeNoticeADM, Severity: basis.Info, Path: actPath(i, ".automated.significance"), Article: v.cite("Art. 13(2)(f)"),
				Message: "solely automated decisions are made and the register records no significance or envisaged consequences (not evidenced)"})
		}
	case !ad.Decisions.IsStated() && a.Profiling.Done.IsYes() && !a.Profiling.HumanInvolved.IsYes():
		v.add(Finding{Code: CodeNoticeADM, Severity: basis.Info, Path: actPath(i, ".automated.decisions"), Article: v.cite("Art. 13(2)(f)"),
			Message: "the activity profiles people and the register does not say whether solely automated decisions are made (not evidenced)"})
	}
}

package gdpr

// Codes of the items a register lacks to complete its privacy notice
// ([Missing], [NoticeDoc].Missing). Where Validate has a code for the same
// item (gdpr/notice-controller-identity, -controller-contact, -dpo-contact,
// -purpose, -withdraw-consent, -provision: validate_transparency_notice.go),
// the notice reports that code, so one item has one code. Each rests on the point of Art. 13 or
// 14 (or, for complaints to the controller, DPA 2018 s.164A) that asks for
// the item; the finding's Article cites it by the regime and date judged.
const (
	// CodeNoticePurposes: the register records no processing activity, so
	// the notice can state no purpose (Warning; Art. 13(1)(c), 14(1)(c)).
	CodeNoticePurposes Code = "gdpr/notice-purposes"
	// CodeNoticeBasis: an activity states no lawful basis, or a ground's
	// basis is not stated (Warning; Info where the register lists bases in
	// general; Art. 13(1)(c), 14(1)(c)).
	CodeNoticeBasis Code = "gdpr/notice-basis"
	// CodeNoticeLegitimateInterest: a legitimate interests ground states no
	// interest pursued (Warning; Art. 13(1)(d), 14(2)(b)).
	CodeNoticeLegitimateInterest Code = "gdpr/notice-legitimate-interest"
	// CodeNoticeDataCategories: an activity names no category of personal
	// data (Warning where data come from others, Art. 14(1)(d); Info
	// otherwise).
	CodeNoticeDataCategories Code = "gdpr/notice-data-categories"
	// CodeNoticeRecipientUnnamed: a recipient has neither a name nor a
	// category (Warning; Art. 13(1)(e), 14(1)(e)).
	CodeNoticeRecipientUnnamed Code = "gdpr/notice-recipient-unnamed"
	// CodeNoticeTransferMechanism: a transfer states no adequacy decision
	// or safeguard (Warning; Art. 13(1)(f), 14(1)(f)).
	CodeNoticeTransferMechanism Code = "gdpr/notice-transfer-mechanism"
	// CodeNoticeTransferCopy: a transfer under safeguards (Art. 46, 47 or
	// the second subparagraph of Art. 49(1)) does not say how to obtain a
	// copy of them or where they are made available (Warning;
	// Art. 13(1)(f), 14(1)(f)).
	CodeNoticeTransferCopy Code = "gdpr/notice-transfer-copy"
	// CodeNoticeRetention: an activity names no retention rule, so neither
	// a period nor the criteria are stated (Warning; Art. 13(2)(a),
	// 14(2)(a)).
	CodeNoticeRetention Code = "gdpr/notice-retention"
	// CodeNoticeRight: a right the notice must state is not stated: access,
	// rectification, erasure, restriction, objection or portability
	// (Warning; Art. 13(2)(b), 14(2)(c)); the Value is the right's code.
	CodeNoticeRight Code = "gdpr/notice-right"
	// CodeNoticeComplaint: the right to complain to the supervisory
	// authority is not stated (Warning; Art. 13(2)(d), 14(2)(e)).
	CodeNoticeComplaint Code = "gdpr/notice-complaint"
	// CodeNoticeControllerComplaints: from 2026-06-19 a UK controller must
	// facilitate complaints to itself, and the register states no route
	// for them (Info: the duty is to facilitate, not a point of Art. 13;
	// DPA 2018 s.164A(2)).
	CodeNoticeControllerComplaints Code = "gdpr/notice-controller-complaints"
	// CodeNoticeDataSource: a data category does not say whether it is
	// collected from the person or obtained from others, so whether Art. 13
	// or Art. 14 governs is not known (Info).
	CodeNoticeDataSource Code = "gdpr/notice-data-source"
	// CodeNoticeSources: an activity uses data obtained from others and
	// names no source (Warning; Art. 14(2)(f)).
	CodeNoticeSources Code = "gdpr/notice-sources"
	// CodeNoticeAutomated: an activity makes solely automated decisions
	// and the logic involved or the significance and envisaged
	// consequences are not stated (Warning), or whether it makes any is
	// not stated (Info; Art. 13(2)(f), 14(2)(g)).
	CodeNoticeAutomated Code = "gdpr/notice-automated"
)

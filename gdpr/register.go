package gdpr

import (
	"iter"
	"slices"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
	"github.com/dpmodel/dpmodel/retention"
)

// Register is an organisation's record of processing (Art. 30) together
// with what its privacy notice tells people (Arts. 13 and 14): one typed
// value, which the package's validation checks against the law in force on
// a date.
//
// Elements that others refer to (entities, subjects, data categories,
// recipients, transfers, retention rules, activities) have ids: lowercase
// slugs, unique within their kind. Activities (and entities and
// justifications) refer to them by id. [Decode] refuses a register with a
// missing, malformed or repeated id or a reference to no element.
//
// A Register is a plain value: build it with a composite literal, decode it
// with [Decode]. Lookups by id scan the lists, so they cost O(n).
type Register struct {
	// Controller is the controller whose record this is.
	Controller Controller `json:"controller,omitzero"`
	// Regimes are the regimes the register is judged under: basis.UK,
	// basis.EU or both (a UK body with EU establishments, or offering
	// services to people in the EU, is judged under both, Art. 3). Empty
	// means not stated.
	Regimes []basis.Regime `json:"regimes,omitzero"`
	// Notice identifies the privacy notice the register models.
	Notice Notice `json:"notice,omitzero"`
	// Subjects are the categories of data subjects.
	Subjects []Subject `json:"subjects,omitzero"`
	// Data are the categories of personal data.
	Data []DataCategory `json:"data,omitzero"`
	// Recipients are the recipients and categories of recipients.
	Recipients []Recipient `json:"recipients,omitzero"`
	// Transfers are the transfers to third countries or international
	// organisations (Chapter V).
	Transfers []Transfer `json:"transfers,omitzero"`
	// Retention is the retention schedule's rules.
	Retention []RetentionRule `json:"retention,omitzero"`
	// Activities are the processing activities, one per purpose.
	Activities []Activity `json:"activities,omitzero"`
	// Bases are the lawful bases a notice lists in general, not mapped to
	// purposes; a notice that maps bases to purposes records them in each
	// activity's Grounds instead (Art. 13(1)(c) asks for both together).
	Bases []Ground `json:"bases,omitzero"`
	// Changes is how people are told of changes to the notice.
	Changes ChangePolicy `json:"changes,omitzero"`
	// Locations are the countries where the data are processed.
	Locations []ProcessingLocation `json:"locations,omitzero"`
	// Rights is how rights are stated and requests handled.
	Rights RightsHandling `json:"rights,omitzero"`
	// Accepted are findings the controller has reviewed and accepted (a
	// risk it takes, a reading of the law it holds); a checker shows them
	// as accepted and does not count them. Validate still reports them.
	Accepted []Acceptance `json:"accepted,omitzero"`
	// Evidence is what the register as a whole rests on.
	Evidence Evidence `json:"evidence,omitzero"`
	// ProcessorContracts is the notice's general statement that the
	// processors it uses act under contracts (Art. 28(3)), such as "our
	// suppliers process your data only on our instructions and under
	// contract". It counts for every processor whose own agreement the
	// register does not record.
	ProcessorContracts ProcessorContracts `json:"processorContracts,omitzero"`
}

// ProcessorContracts is a general statement about the contracts of all the
// controller's processors (Art. 28(3)), as a notice may make without naming
// the processors' agreements one by one.
type ProcessorContracts struct {
	// InPlace reports whether the processors are said to be bound by
	// contract: Yes counts as an agreement in place for each processor
	// whose own agreement is not recorded; No, as none.
	InPlace Fact `json:"inPlace,omitzero"`
	// Evidence is the statement relied on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Acceptance records that a finding was reviewed and accepted: which
// finding (its code and path, and the regime when only one regime's finding
// is accepted), why, by whom and when.
type Acceptance struct {
	// Code is the accepted finding's code, such as "basis/lia-not-evidenced".
	Code Code `json:"code"`
	// Path is the accepted finding's path, such as "activities[2].grounds[0].lia".
	Path string `json:"path,omitzero"`
	// Regime limits the acceptance to the finding judged under one regime;
	// zero accepts it under every regime.
	Regime basis.Regime `json:"regime,omitzero"`
	// Reason is why the finding is accepted.
	Reason string `json:"reason"`
	// By is who accepted it (a role or a name).
	By string `json:"by,omitzero"`
	// Date is when it was accepted.
	Date Date `json:"date,omitzero"`
}

// Accepts reports whether a accepts the finding f: same code and path, and
// the same regime unless a names none.
func (a Acceptance) Accepts(f Finding) bool {
	return a.Code == f.Code && a.Path == f.Path && (a.Regime == 0 || a.Regime == f.Regime)
}

// AcceptanceOf returns the first acceptance in the register that accepts f.
func (r *Register) AcceptanceOf(f Finding) (Acceptance, bool) {
	for _, a := range r.Accepted {
		if a.Accepts(f) {
			return a, true
		}
	}
	return Acceptance{}, false
}

// Notice identifies the version of a privacy notice.
type Notice struct {
	// Version is the notice's version label: "3.2".
	Version string `json:"version,omitzero"`
	// Date is the notice's date ("last updated").
	Date Date `json:"date,omitzero"`
	// URL is where it is published.
	URL string `json:"url,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// ChangePolicy is how people are told of changes to the notice and the
// processing (Art. 13(3), 14(4) for new purposes; Art. 12(1)).
type ChangePolicy struct {
	// Published reports whether an updated notice is published (on a
	// website).
	Published Fact `json:"published,omitzero"`
	// Direct reports whether people are told directly (by email, in an
	// account) of significant changes.
	Direct Fact `json:"direct,omitzero"`
	// Description is the notice's own words on it.
	Description string `json:"description,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Recipient is a recipient or category of recipients (see
// [recipient.Recipient]) with its id and evidence. The recipient.Recipient
// members appear directly in the recipient's JSON object.
type Recipient struct {
	// ID identifies the recipient within the register (a lowercase slug,
	// unique among recipients).
	ID string `json:"id"`
	recipient.Recipient
	// OwnPurposes reports whether the recipient uses the data for its own
	// purposes; a processor that does is a controller for that processing
	// (Art. 28(10)).
	OwnPurposes Fact `json:"ownPurposes,omitzero"`
	// Internal reports whether the "recipient" is a unit, branch or
	// office of the controller's own legal person, which is not a
	// recipient (Art. 4(9): a recipient is another person or body).
	Internal Fact `json:"internal,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Transfer is a transfer of personal data to a third country or an
// international organisation (see [recipient.Transfer]) with its id, the
// recipients it serves and evidence. The recipient.Transfer members appear
// directly in the transfer's JSON object.
type Transfer struct {
	// ID identifies the transfer within the register (a lowercase slug,
	// unique among transfers).
	ID string `json:"id"`
	recipient.Transfer
	// Recipients are the ids of the recipients the data are transferred
	// to, where the register records them.
	Recipients []string `json:"recipients,omitzero"`
	// SafeguardsCopy reports whether the notice says how to obtain a copy
	// of the safeguards or where they are made available (Art. 13(1)(f),
	// 14(1)(f)).
	SafeguardsCopy Fact `json:"safeguardsCopy,omitzero"`
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// RetentionRule is one rule of the retention schedule (see
// [retention.Rule]) with evidence; its ID (a lowercase slug, unique among
// rules) is the rule's own, and its Data, when not empty, is the id of a
// data category of the register. The retention.Rule members appear
// directly in the rule's JSON object.
type RetentionRule struct {
	retention.Rule
	// Evidence is what the record rests on.
	Evidence Evidence `json:"evidence,omitzero"`
}

// Activity returns the activity with the given id.
func (r *Register) Activity(id string) (*Activity, bool) { return find(r.Activities, id, activityID) }

// Subject returns the category of data subjects with the given id.
func (r *Register) Subject(id string) (*Subject, bool) { return find(r.Subjects, id, subjectID) }

// DataCategory returns the data category with the given id.
func (r *Register) DataCategory(id string) (*DataCategory, bool) { return find(r.Data, id, dataID) }

// Recipient returns the recipient with the given id.
func (r *Register) Recipient(id string) (*Recipient, bool) {
	return find(r.Recipients, id, recipientID)
}

// Transfer returns the transfer with the given id.
func (r *Register) Transfer(id string) (*Transfer, bool) { return find(r.Transfers, id, transferID) }

// RetentionRule returns the retention rule with the given id.
func (r *Register) RetentionRule(id string) (*RetentionRule, bool) {
	return find(r.Retention, id, ruleID)
}

// Entity returns the controller's legal entity with the given id.
func (r *Register) Entity(id string) (*Entity, bool) {
	return find(r.Controller.Entities, id, entityID)
}

// AllActivities yields the activities in register order, with their
// indices.
func (r *Register) AllActivities() iter.Seq2[int, *Activity] { return all(r.Activities) }

// SubjectsOf yields the categories of data subjects an activity names, in
// the activity's order; ids that name no subject are skipped.
func (r *Register) SubjectsOf(a *Activity) iter.Seq[*Subject] {
	return resolve(r.Subjects, a.Subjects, subjectID)
}

// DataOf yields the data categories an activity names, in the activity's
// order; ids that name no category are skipped.
func (r *Register) DataOf(a *Activity) iter.Seq[*DataCategory] {
	return resolve(r.Data, a.Data, dataID)
}

// RecipientsOf yields the recipients an activity names, in the activity's
// order; ids that name no recipient are skipped.
func (r *Register) RecipientsOf(a *Activity) iter.Seq[*Recipient] {
	return resolve(r.Recipients, a.Recipients, recipientID)
}

// TransfersOf yields the transfers an activity names, in the activity's
// order; ids that name no transfer are skipped.
func (r *Register) TransfersOf(a *Activity) iter.Seq[*Transfer] {
	return resolve(r.Transfers, a.Transfers, transferID)
}

// RetentionOf yields the retention rules an activity names, in the
// activity's order; ids that name no rule are skipped.
func (r *Register) RetentionOf(a *Activity) iter.Seq[*RetentionRule] {
	return resolve(r.Retention, a.Retention, ruleID)
}

// ActivitiesUsing yields, in register order, the activities that name the
// data category with the given id.
func (r *Register) ActivitiesUsing(dataID string) iter.Seq[*Activity] {
	return func(yield func(*Activity) bool) {
		for i := range r.Activities {
			a := &r.Activities[i]
			for _, d := range a.Data {
				if d == dataID {
					if !yield(a) {
						return
					}
					break
				}
			}
		}
	}
}

// Sensitive returns the union of the sensitive data of the data categories
// an activity names.
func (r *Register) Sensitive(a *Activity) basis.SensitiveData {
	var s basis.SensitiveData
	for d := range r.DataOf(a) {
		for c := range d.Sensitive.Categories() {
			s = s.With(c)
		}
		if d.Sensitive.CriminalOffence() {
			s = s.WithCriminalOffence()
		}
	}
	return s
}

func activityID(a *Activity) string   { return a.ID }
func subjectID(s *Subject) string     { return s.ID }
func dataID(d *DataCategory) string   { return d.ID }
func recipientID(r *Recipient) string { return r.ID }
func transferID(t *Transfer) string   { return t.ID }
func ruleID(r *RetentionRule) string  { return r.ID }
func entityID(e *Entity) string       { return e.ID }

func find[T any](s []T, id string, key func(*T) string) (*T, bool) {
	for i := range s {
		if key(&s[i]) == id {
			return &s[i], true
		}
	}
	return nil, false
}

func all[T any](s []T) iter.Seq2[int, *T] {
	return func(yield func(int, *T) bool) {
		for i := range s {
			if !yield(i, &s[i]) {
				return
			}
		}
	}
}

func resolve[T any](s []T, ids []string, key func(*T) string) iter.Seq[*T] {
	return func(yield func(*T) bool) {
		for _, id := range ids {
			if e, ok := find(s, id, key); ok && !yield(e) {
				return
			}
		}
	}
}

// Equal reports whether r and s are the same recipient, id and evidence
// included. (It shadows any Equal of the embedded recipient.Recipient,
// which would ignore them.)
func (r Recipient) Equal(s Recipient) bool {
	return r.ID == s.ID && r.OwnPurposes == s.OwnPurposes && r.Internal == s.Internal && r.Evidence == s.Evidence &&
		r.Recipient.Equal(s.Recipient)
}

// Equal reports whether t and u are the same transfer, id, recipients and
// evidence included.
func (t Transfer) Equal(u Transfer) bool {
	return t.ID == u.ID && t.SafeguardsCopy == u.SafeguardsCopy && t.Evidence == u.Evidence && slices.Equal(t.Recipients, u.Recipients) &&
		t.Transfer.Equal(u.Transfer)
}

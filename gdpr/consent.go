package gdpr

import (
	"log/slog"
	"math"
	"strconv"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/enum"
	"github.com/dpmodel/dpmodel/internal/text"
)

// SubjectID identifies one data subject to the host: a member number, an
// account key, a pseudonym. It is personal data (Art. 4(1): an online or
// other identifier), so String and LogValue redact it; string(id) gives the
// identifier itself to code that needs it.
type SubjectID string

// String returns "[redacted]", or "" for the empty identifier, so that
// formatting a record never prints whose it is.
func (id SubjectID) String() string {
	if id == "" {
		return ""
	}
	return "[redacted]"
}

// LogValue redacts the identifier in log/slog output.
func (id SubjectID) LogValue() slog.Value { return slog.StringValue(id.String()) }

// ConsentRecord is one giving of consent by a data subject to one activity,
// what the controller keeps to be able to demonstrate it (Art. 7(1)): who,
// to what, when, how, against which version of the notice, and the evidence;
// whether a holder of parental responsibility gave it (Art. 8(1)); and, once
// it happens, when it was withdrawn (Art. 7(3)).
//
// A record is a plain value; a [Ledger] holds the records of one person and
// checks them when they are added. A later record for the same activity
// supersedes an earlier one: the decision reads the latest record given at
// or before the time asked.
type ConsentRecord struct {
	// ID identifies the record; it must not be uuid.Nil. The caller makes it
	// (uuid.New, or a generator of its own).
	ID uuid.UUID `json:"id"`
	// Subject is whose consent it is. Left empty, [Ledger.WithConsent] fills
	// in the ledger's subject.
	Subject SubjectID `json:"subject,omitzero"`
	// Activity is the id of the activity (the purpose) consented to, as the
	// [Policy] knows it.
	Activity string `json:"activity"`
	// Given is when consent was given. Required.
	Given time.Time `json:"given"`
	// Method is how it was given: "tick box on the membership renewal form",
	// "double opt-in email".
	Method string `json:"method,omitzero"`
	// NoticeVersion is the version of the privacy notice or consent request
	// the person saw (Art. 7(2); Art. 13).
	NoticeVersion string `json:"noticeVersion,omitzero"`
	// Evidence is where the proof is kept: a form id, a log reference. It
	// may itself be personal data and is redacted in logs.
	Evidence string `json:"evidence,omitzero"`
	// Explicit reports whether the consent was explicit, as Art. 9(2)(a),
	// Art. 22(2)(c) and Art. 49(1)(a) require.
	Explicit bool `json:"explicit,omitzero"`
	// ByParent reports whether a holder of parental responsibility gave or
	// authorised the consent, which Art. 8(1) requires for a child below the
	// age of digital consent (UK GDPR Art. 8(1): 13; DPA 2018 s.9 as
	// enacted).
	ByParent bool `json:"byParent,omitzero"`
	// Expires is when the consent lapses, if it was given for a limited
	// time; zero means it does not lapse by itself.
	Expires time.Time `json:"expires,omitzero"`
	// Withdrawn is when the person withdrew it; zero means not withdrawn.
	// Withdrawal has no retroactive effect (Art. 7(3)): processing before
	// this instant stays lawful.
	Withdrawn time.Time `json:"withdrawn,omitzero"`
}

// LogValue logs the record without the subject's identifier or the
// evidence.
func (c ConsentRecord) LogValue() slog.Value {
	attrs := []slog.Attr{
		slog.String("id", c.ID.String()),
		slog.Any("subject", c.Subject),
		slog.String("activity", c.Activity),
		slog.Time("given", c.Given),
	}
	if !c.Withdrawn.IsZero() {
		attrs = append(attrs, slog.Time("withdrawn", c.Withdrawn))
	}
	return slog.GroupValue(attrs...)
}

// String describes the record without the subject or the evidence:
// "consent 6f1c… to "newsletter" given 2026-03-02T10:00:00Z".
func (c ConsentRecord) String() string {
	s := "consent " + c.ID.String() + " to " + strconv.Quote(clipValue(c.Activity)) + " given " + stamp(c.Given)
	if !c.Withdrawn.IsZero() {
		s += ", withdrawn " + stamp(c.Withdrawn)
	}
	return s
}

// Equal reports whether c and d are the same record, comparing times as
// instants.
func (c ConsentRecord) Equal(d ConsentRecord) bool {
	return c.ID == d.ID && c.Subject == d.Subject && c.Activity == d.Activity &&
		c.Given.Equal(d.Given) && c.Method == d.Method && c.NoticeVersion == d.NoticeVersion &&
		c.Evidence == d.Evidence && c.Explicit == d.Explicit && c.ByParent == d.ByParent &&
		c.Expires.Equal(d.Expires) && c.Withdrawn.Equal(d.Withdrawn)
}

// The codes of the [*basis.InputError] a [Ledger] returns for a record it
// refuses.
const (
	// CodeLedgerIDMissing: a record has no id (uuid.Nil).
	CodeLedgerIDMissing Code = "gdpr/ledger-id-missing"
	// CodeLedgerIDRepeated: a record has the id of one already in the ledger.
	CodeLedgerIDRepeated Code = "gdpr/ledger-id-repeated"
	// CodeLedgerSubjectMismatch: a record names another data subject.
	CodeLedgerSubjectMismatch Code = "gdpr/ledger-subject-mismatch"
	// CodeLedgerActivityMissing: a consent record, or an objection to one
	// activity, names no activity.
	CodeLedgerActivityMissing Code = "gdpr/ledger-activity-missing"
	// CodeLedgerTimeMissing: a required time (when consent was given, when
	// an objection was made, when a restriction started) is zero.
	CodeLedgerTimeMissing Code = "gdpr/ledger-time-missing"
	// CodeLedgerTimeOutOfRange: a time is outside the years 2000 to 2135,
	// which a ledger holds in 32 bits of seconds.
	CodeLedgerTimeOutOfRange Code = "gdpr/ledger-time-out-of-range"
	// CodeLedgerTimeOrder: an end (withdrawal, expiry, lifting, the end of a
	// restriction, compelling grounds) comes before its start.
	CodeLedgerTimeOrder Code = "gdpr/ledger-time-order"
	// CodeLedgerNotFound: no record has the id given to Withdraw, Lift,
	// EndRestriction or RecordGrounds.
	CodeLedgerNotFound Code = "gdpr/ledger-not-found"
	// CodeLedgerAlreadyEnded: the record is already withdrawn, lifted or
	// ended, or already has compelling grounds recorded.
	CodeLedgerAlreadyEnded Code = "gdpr/ledger-already-ended"
	// CodeLedgerBadEnum: an enumerated field (an objection's scope, a
	// restriction's ground) is out of range or, where required, zero.
	CodeLedgerBadEnum Code = "gdpr/ledger-bad-enum"
	// CodeLedgerBirthDate: the birth date is zero or out of range.
	CodeLedgerBirthDate Code = "gdpr/ledger-birth-date"
)

// Times of objections and restrictions in a ledger are nanoseconds since
// 1970 (time.Time.UnixNano), so a decision compares integers; the consent
// index holds seconds since ledgerEpoch in 32 bits (see hotConsent). noEnd stands for "never": no
// withdrawal, no expiry, no end.
const noEnd = math.MaxInt64

// ledgerMinSec and ledgerMaxSec bound the times a ledger accepts: from
// 2000-01-01 up to 2136-01-01 (exclusive), so that a consent's times fit
// in 32 bits of seconds since 2000. The GDPR applies from 2018.
const (
	ledgerMinSec = ledgerEpoch
	ledgerMaxSec = 5238432000 // 2136-01-01T00:00:00Z
	ledgerEpoch  = 946684800  // 2000-01-01T00:00:00Z
)

// ledgerNanos returns t as nanoseconds since 1970, saturating outside the
// range a ledger accepts so that any query time compares correctly with
// every stored time: before 2000 is -1, from 2136 on is noEnd-1.
func ledgerNanos(t time.Time) int64 {
	s := t.Unix()
	switch {
	case s < ledgerMinSec:
		return -1
	case s >= ledgerMaxSec:
		return noEnd - 1
	}
	return s*1e9 + int64(t.Nanosecond())
}

// instant is a query time in the two forms a decision compares: ns with
// ledgerNanos, and sec and sub for the consent index (seconds since
// ledgerEpoch, clamped to [-1, hotNever-1], and the nanoseconds within the
// second).
type instant struct {
	ns, sec, sub int64
}

func instantOf(t time.Time) instant {
	s, ns := t.Unix(), int64(t.Nanosecond())
	if s < ledgerMinSec || s >= ledgerMaxSec {
		return instantOutside(s)
	}
	return instant{ns: s*1e9 + ns, sec: s - ledgerEpoch, sub: ns}
}

// instantOutside is instantOf for a time outside the ledger's range.
func instantOutside(s int64) instant {
	if s < ledgerMinSec {
		return instant{ns: -1, sec: -1}
	}
	return instant{ns: noEnd - 1, sec: hotNever - 1}
}

// checkLedgerTime reports a required time that is zero or out of range.
func checkLedgerTime(path string, t time.Time, required bool) *basis.InputError {
	if t.IsZero() {
		if !required {
			return nil
		}
		return &basis.InputError{Code: CodeLedgerTimeMissing, Path: path, Message: "the time is required"}
	}
	if s := t.Unix(); s < ledgerMinSec || s >= ledgerMaxSec {
		return &basis.InputError{Code: CodeLedgerTimeOutOfRange, Path: path,
			Value:   t.UTC().Format(time.RFC3339Nano),
			Message: "the time must be from 2000-01-01 and before 2136-01-01"}
	}
	return nil
}

// checkLedgerOrder reports an end before its start.
func checkLedgerOrder(path string, start, end time.Time, what string) *basis.InputError {
	if !end.IsZero() && end.Before(start) {
		return &basis.InputError{Code: CodeLedgerTimeOrder, Path: path,
			Value:   end.UTC().Format(time.RFC3339Nano),
			Message: what + " is before " + start.UTC().Format(time.RFC3339Nano)}
	}
	return nil
}

// checkConsent reports what makes c unusable; subject is the ledger's.
func checkConsent(c ConsentRecord, subject SubjectID) *basis.InputError {
	switch {
	case c.ID == uuid.Nil:
		return &basis.InputError{Code: CodeLedgerIDMissing, Path: "id", Message: "a consent record needs an id"}
	case c.Subject != "" && c.Subject != subject:
		return &basis.InputError{Code: CodeLedgerSubjectMismatch, Path: "subject",
			Message: "the record is another data subject's"}
	case c.Activity == "":
		return &basis.InputError{Code: CodeLedgerActivityMissing, Path: "activity",
			Message: "a consent record must name the activity consented to"}
	}
	if err := checkLedgerTime("given", c.Given, true); err != nil {
		return err
	}
	if err := checkLedgerTime("expires", c.Expires, false); err != nil {
		return err
	}
	if err := checkLedgerTime("withdrawn", c.Withdrawn, false); err != nil {
		return err
	}
	if err := checkLedgerOrder("expires", c.Given, c.Expires, "the expiry"); err != nil {
		return err
	}
	return checkLedgerOrder("withdrawn", c.Given, c.Withdrawn, "the withdrawal")
}

// clipValue bounds user input put into a message.
func clipValue(s string) string { return text.Clip(s) }

// ledgerMustParse is Parse that panics, for the MustParse functions.
func ledgerMustParse[T ~uint8](t *enum.Table[T], s string) T {
	v, err := t.Parse(s)
	if err != nil {
		panic(err)
	}
	return v
}

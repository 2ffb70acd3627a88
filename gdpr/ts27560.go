package gdpr

import (
	"encoding/json"
	"iter"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/civil"
	"github.com/dpmodel/dpmodel/internal/strictjson"
)

// TS27560SchemaVersion is the schema version [ConsentRecord.TS27560]
// writes in a record's header.
const TS27560SchemaVersion = "ISO/IEC TS 27560:2023"

// TS27560Record is a consent record in the information structure of
// ISO/IEC TS 27560:2023 (Privacy technologies, consent record information
// structure), with the field names of W3C DPV's guide to it: a header
// (schema version, record id, PII principal id), the processing consented
// to, and the events of the consent's life (given, then perhaps
// withdrawn). One record holds one [ConsentRecord].
//
// Members of the structure that a ConsentRecord does not hold (the PII
// controllers, storage locations, retention, recipients, parties, PII
// fields, ...) are accepted as any JSON value on import and dropped. What
// TS 27560 has no field for (who gave consent for a child, the evidence)
// goes in the "dpmodel" extension member.
type TS27560Record struct {
	SchemaVersion  string              `json:"schemaVersion"`
	RecordID       string              `json:"recordId"`
	PIIPrincipalID string              `json:"piiPrincipalId"`
	Processing     []TS27560Processing `json:"processing"`
	PIIFields      json.RawMessage     `json:"piiFields,omitzero"`
	Parties        json.RawMessage     `json:"parties,omitzero"`
	Events         []TS27560Event      `json:"events"`
	DPModel        *TS27560Extension   `json:"dpmodel,omitzero"`
}

// TS27560Processing is the processing section of a record. A ConsentRecord
// fills Purpose (the activity id), PrivacyNotice (the notice version),
// LawfulBasis ("consent") and CollectionMethod (how consent was given).
type TS27560Processing struct {
	PrivacyNotice          string          `json:"privacyNotice,omitzero"`
	Language               json.RawMessage `json:"language,omitzero"`
	Purpose                string          `json:"purpose"`
	PurposeType            json.RawMessage `json:"purposeType,omitzero"`
	LawfulBasis            string          `json:"lawfulBasis,omitzero"`
	PIIInformation         json.RawMessage `json:"piiInformation,omitzero"`
	PIIControllers         json.RawMessage `json:"piiControllers,omitzero"`
	CollectionMethod       string          `json:"collectionMethod,omitzero"`
	ProcessingMethod       json.RawMessage `json:"processingMethod,omitzero"`
	StorageLocations       json.RawMessage `json:"storageLocations,omitzero"`
	ProcessingLocations    json.RawMessage `json:"processingLocations,omitzero"`
	GeographicRestrictions json.RawMessage `json:"geographicRestrictions,omitzero"`
	RetentionPeriod        json.RawMessage `json:"retentionPeriod,omitzero"`
	Jurisdiction           json.RawMessage `json:"jurisdiction,omitzero"`
	Recipients             json.RawMessage `json:"recipients,omitzero"`
	WithdrawalMethod       json.RawMessage `json:"withdrawalMethod,omitzero"`
	Service                json.RawMessage `json:"service,omitzero"`
	PrivacyRights          json.RawMessage `json:"privacyRights,omitzero"`
	CodesOfConduct         json.RawMessage `json:"codesOfConduct,omitzero"`
	ImpactAssessment       json.RawMessage `json:"impactAssessment,omitzero"`
	Authority              json.RawMessage `json:"authority,omitzero"`
}

// TS27560Event is one event of a consent's life. EventType is "consent" or
// "explicit-consent"; EventState is "given" or "withdrawn". ValidityDuration
// is an ISO 8601 duration (PnYnMnDTnHnMnS, whole numbers except the
// seconds) from EventTime, on a given event only; empty means no limit.
type TS27560Event struct {
	EventTime        time.Time `json:"eventTime"`
	ValidityDuration string    `json:"validityDuration,omitzero"`
	EntityID         string    `json:"entityId,omitzero"`
	EventType        string    `json:"eventType"`
	EventState       string    `json:"eventState"`
}

// TS27560Extension holds what a ConsentRecord has and TS 27560 does not.
type TS27560Extension struct {
	GivenByParent bool   `json:"givenByParent,omitzero"` // Art. 8(1)
	Evidence      string `json:"evidence,omitzero"`      // where the proof is kept
}

// The codes of the errors of [UnmarshalTS27560] and
// [TS27560Record.ConsentRecord], besides strictjson's "gdpr/json-..."
// codes for malformed JSON.
const (
	// CodeTS27560Missing: a required member is absent or empty.
	CodeTS27560Missing Code = "gdpr/ts27560-missing"
	// CodeTS27560Invalid: a member's value is not one this package reads
	// (Valid lists those it reads).
	CodeTS27560Invalid Code = "gdpr/ts27560-invalid"
)

const (
	ts27560Given     = "given"
	ts27560Withdrawn = "withdrawn"
	ts27560Consent   = "consent"
	ts27560Explicit  = "explicit-consent"
)

// TS27560 returns the record in the TS 27560 structure.
func (c ConsentRecord) TS27560() TS27560Record {
	kind := ts27560Consent
	if c.Explicit {
		kind = ts27560Explicit
	}
	given := TS27560Event{EventTime: c.Given, EntityID: string(c.Subject), EventType: kind, EventState: ts27560Given}
	if !c.Expires.IsZero() {
		given.ValidityDuration = formatSeconds(c.Expires.Sub(c.Given))
	}
	r := TS27560Record{
		SchemaVersion:  TS27560SchemaVersion,
		RecordID:       c.ID.String(),
		PIIPrincipalID: string(c.Subject),
		Processing: []TS27560Processing{{
			PrivacyNotice: c.NoticeVersion, Purpose: c.Activity,
			LawfulBasis: basis.Consent.String(), CollectionMethod: c.Method,
		}},
		Events: []TS27560Event{given},
	}
	if !c.Withdrawn.IsZero() {
		r.Events = append(r.Events, TS27560Event{EventTime: c.Withdrawn, EntityID: string(c.Subject),
			EventType: kind, EventState: ts27560Withdrawn})
	}
	if c.ByParent || c.Evidence != "" {
		r.DPModel = &TS27560Extension{GivenByParent: c.ByParent, Evidence: c.Evidence}
	}
	return r
}

// formatSeconds writes d as "PT<seconds>S", with a fraction when d has one.
func formatSeconds(d time.Duration) string {
	d = max(d, 0)
	s := strconv.FormatInt(int64(d/time.Second), 10)
	if ns := int64(d % time.Second); ns != 0 {
		s += strings.TrimRight("."+strconv.FormatInt(1e9+ns, 10)[1:], "0")
	}
	return "PT" + s + "S"
}

// ConsentRecord reads the record back. It returns a [*basis.InputError]
// with a path within the record ("events[1].eventState") when a required
// member is missing (schema version, record id, PII principal id, one
// processing section with a purpose, a first event that gives consent),
// when a value is not one it reads (a record id that is not a UUID, a
// lawful basis other than consent, an event type or state it does not
// model, a malformed validity duration, a second withdrawal), or when the
// record it would make is one a [Ledger] refuses.
func (r TS27560Record) ConsentRecord() (ConsentRecord, error) {
	missing := func(path, what string) error {
		return &basis.InputError{Code: CodeTS27560Missing, Path: path, Message: what + " is required"}
	}
	invalid := func(path, value string, valid []string, msg string) error {
		return &basis.InputError{Code: CodeTS27560Invalid, Path: path, Value: value, Valid: valid, Message: msg}
	}
	switch {
	case r.SchemaVersion == "":
		return ConsentRecord{}, missing("schemaVersion", "the schema version")
	case r.RecordID == "":
		return ConsentRecord{}, missing("recordId", "the record id")
	case r.PIIPrincipalID == "":
		return ConsentRecord{}, missing("piiPrincipalId", "the PII principal id")
	case len(r.Processing) != 1:
		return ConsentRecord{}, invalid("processing", strconv.Itoa(len(r.Processing)), nil,
			"a record must have exactly one processing section, the activity consented to")
	case r.Processing[0].Purpose == "":
		return ConsentRecord{}, missing("processing[0].purpose", "the purpose")
	case len(r.Events) == 0:
		return ConsentRecord{}, missing("events", "an event giving consent")
	}
	id, err := uuid.Parse(r.RecordID)
	if err != nil || len(r.RecordID) != 36 {
		return ConsentRecord{}, invalid("recordId", clipValue(r.RecordID), nil, "the record id must be a UUID (8-4-4-4-12 hex digits)")
	}
	p := r.Processing[0]
	if p.LawfulBasis != "" && p.LawfulBasis != basis.Consent.String() {
		return ConsentRecord{}, invalid("processing[0].lawfulBasis", clipValue(p.LawfulBasis), []string{basis.Consent.String()},
			"a consent record's lawful basis is consent")
	}
	c := ConsentRecord{ID: id, Subject: SubjectID(r.PIIPrincipalID), Activity: p.Purpose,
		Method: p.CollectionMethod, NoticeVersion: p.PrivacyNotice}
	if r.DPModel != nil {
		c.ByParent, c.Evidence = r.DPModel.GivenByParent, r.DPModel.Evidence
	}
	if len(r.Events) > 2 {
		return ConsentRecord{}, invalid("events", strconv.Itoa(len(r.Events)), nil,
			"a record holds one giving of consent and at most one withdrawal")
	}
	for i, e := range r.Events {
		path := basis.Index("events", i)
		switch e.EventType {
		case ts27560Consent, ts27560Explicit:
		case "":
			return ConsentRecord{}, missing(path+".eventType", "the event type")
		default:
			return ConsentRecord{}, invalid(path+".eventType", clipValue(e.EventType), []string{ts27560Consent, ts27560Explicit},
				"not an event type this package reads")
		}
		if e.EventTime.IsZero() {
			return ConsentRecord{}, missing(path+".eventTime", "the event time")
		}
		want := ts27560Given
		if i > 0 {
			want = ts27560Withdrawn
		}
		if e.EventState != want {
			return ConsentRecord{}, invalid(path+".eventState", clipValue(e.EventState), []string{want},
				"the first event gives consent and a second one withdraws it")
		}
		if i == 0 {
			c.Given, c.Explicit = e.EventTime, e.EventType == ts27560Explicit
			if e.ValidityDuration != "" {
				exp, ok := addISODuration(e.EventTime, e.ValidityDuration)
				if !ok {
					return ConsentRecord{}, invalid(path+".validityDuration", clipValue(e.ValidityDuration), nil,
						"not an ISO 8601 duration PnYnMnDTnHnMnS of whole numbers (a fraction only in the seconds) within ten thousand years")
				}
				c.Expires = exp
			}
			continue
		}
		if e.ValidityDuration != "" {
			return ConsentRecord{}, invalid(path+".validityDuration", clipValue(e.ValidityDuration), nil,
				"only the event giving consent has a validity duration")
		}
		if e.EventType != r.Events[0].EventType {
			return ConsentRecord{}, invalid(path+".eventType", clipValue(e.EventType), []string{r.Events[0].EventType},
				"a withdrawal has the type of the consent it withdraws")
		}
		c.Withdrawn = e.EventTime
	}
	if err := checkConsent(c, c.Subject); err != nil {
		return ConsentRecord{}, err
	}
	return c, nil
}

// addISODuration adds an ISO 8601 duration PnYnMnDTnHnMnS to t: years,
// months and days as calendar arithmetic on t's date in t's location (a
// month from 31 January is the last day of February), then hours, minutes
// and seconds as elapsed time (at most about 292 years of them). Every part
// is a whole number of at most 12 digits; the seconds may have a fraction
// of up to nine digits.
func addISODuration(t time.Time, s string) (time.Time, bool) {
	rest, ok := strings.CutPrefix(s, "P")
	if !ok || rest == "" {
		return time.Time{}, false
	}
	datePart, clockPart, hasT := strings.Cut(rest, "T")
	if hasT && clockPart == "" {
		return time.Time{}, false
	}
	var ymd [3]int
	if !readParts(datePart, "YMD", ymd[:], nil) {
		return time.Time{}, false
	}
	var hms [3]int
	var frac int64
	if !readParts(clockPart, "HMS", hms[:], &frac) {
		return time.Time{}, false
	}
	if ymd[0] > 9999 || ymd[1] > 9999*12 || ymd[2] > 9999*366 {
		return time.Time{}, false
	}
	day := civil.Of(t).Add(ymd[0], ymd[1], ymd[2])
	if day == civil.Max {
		return time.Time{}, false // saturated: past 9999-12-31
	}
	out := day.WithClock(t)
	secs := int64(hms[0])*3600 + int64(hms[1])*60 + int64(hms[2])
	if out.Year() > 9999 || secs > math.MaxInt64/int64(time.Second)-1 {
		return time.Time{}, false
	}
	return out.Add(time.Duration(secs)*time.Second + time.Duration(frac)), true
}

// readParts reads "<n><d>..." for the designators in order (each at most
// once), into out; frac, when not nil, takes a fraction of the last part in
// nanoseconds.
func readParts(s, designators string, out []int, frac *int64) bool {
	next := 0
	for s != "" {
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 0 || i > 12 {
			return false
		}
		n, _ := strconv.Atoi(s[:i])
		var f int64
		hasFrac := false
		if i < len(s) && (s[i] == '.' || s[i] == ',') {
			hasFrac = true
			if frac == nil {
				return false
			}
			j := i + 1
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			digits := s[i+1 : j]
			if digits == "" || len(digits) > 9 {
				return false
			}
			f, _ = strconv.ParseInt((digits + "000000000")[:9], 10, 64)
			i = j
		}
		if i >= len(s) {
			return false
		}
		k := strings.IndexByte(designators[next:], s[i])
		if k < 0 {
			return false
		}
		next += k
		if hasFrac && next != len(designators)-1 {
			return false // a fraction only in the smallest part
		}
		out[next] = n
		if hasFrac {
			*frac = f
		}
		next++
		s = s[i+1:]
	}
	return true
}

// MarshalTS27560 writes the records as a JSON array of TS 27560 records, in
// the order given.
func MarshalTS27560(records iter.Seq[ConsentRecord]) ([]byte, error) {
	out := []TS27560Record{}
	if records != nil {
		for c := range records {
			out = append(out, c.TS27560())
		}
	}
	return json.Marshal(out)
}

// UnmarshalTS27560 reads a JSON array of TS 27560 records strictly: no
// unknown or repeated member, no null where a value is needed, valid UTF-8,
// bounded size and depth (internal/strictjson, codes "gdpr/json-..."), and
// every record as [TS27560Record.ConsentRecord] reads it, with the error's
// path under the record's index ("[3].events[0].eventTime").
func UnmarshalTS27560(data []byte) ([]ConsentRecord, error) {
	var recs []TS27560Record
	if err := strictjson.Decode(data, &recs, strictjson.Options{Prefix: "gdpr"}); err != nil {
		return nil, err
	}
	out := make([]ConsentRecord, 0, len(recs))
	for i, r := range recs {
		c, err := r.ConsentRecord()
		if err != nil {
			if ie, ok := err.(*basis.InputError); ok {
				return nil, ie.Under(basis.Index("", i))
			}
			return nil, err
		}
		out = append(out, c)
	}
	return out, nil
}

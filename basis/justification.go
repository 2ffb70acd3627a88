package basis

import (
	"slices"
	"time"
)

// This file holds the checks of the justifications for processing special
// category data (Art. 9) and criminal offence data (Art. 10).

// SpecialCategoryJustification is what a controller relies on to process
// special category data: the Art. 9(2) condition, in the UK the DPA 2018
// Schedule 1 conditions it needs, and whether the appropriate policy
// document some of them require is in place. [SpecialCategoryJustification.Check]
// judges it.
type SpecialCategoryJustification struct {
	// Condition is the Art. 9(2) point relied on.
	Condition Condition `json:"condition,omitzero"`
	// Schedule1 are the DPA 2018 Schedule 1 conditions relied on (UK law
	// only).
	Schedule1 []Schedule1Condition `json:"schedule1,omitzero"`
	// APD says whether an appropriate policy document (DPA 2018 Sch. 1
	// Pt. 4) is in place: NotStated when the record is silent, Present or
	// Absent when it says.
	APD Presence `json:"apd,omitzero"`
}

// Equal reports whether j and k are the same justification.
func (j SpecialCategoryJustification) Equal(k SpecialCategoryJustification) bool {
	return j.Condition == k.Condition && j.APD == k.APD && slices.Equal(j.Schedule1, k.Schedule1)
}

// Check reports what is wrong with relying on j to process special
// category data under regime r on the date of at; nil means nothing. Paths
// are "condition", "schedule1", "schedule1[i]" and "apd".
//
// Under the EU regime Schedule 1 conditions are not law (Error
// [CodeSchedule1NotAvailable]). In the UK, points (b), (h), (i) and (j)
// need a Part 1 condition (DPA 2018 s.10(2)) and point (g) a Part 2
// condition (s.10(3)); the other points need none (Info
// [CodeSchedule1NotNeeded] for any given). Section 10(2) says only "a
// condition in Part 1"; the check pairs each point with the paragraph
// written for it ((b) para 1, (h) para 2, (i) para 3, (j) para 4), as the
// ICO's special category flowchart does, and reports any other Part 1
// condition as Warning [CodeSchedule1Mismatch]. A condition relied on that
// needs an appropriate policy document is Error [CodeAPDMissing] when the
// record states there is none (APD [Absent]) and Info [CodeAPDNotEvidenced]
// when it is silent (APD [NotStated]).
//
// Not modelled: from 2026-02-05 point (g) may rest on relevant
// international law instead of UK law, met only by a condition in DPA 2018
// Schedule A1 (s.9A, inserted by DUAA 2025 s.72; S.I. 2026/82 reg. 2(e));
// such processing is reported as [CodeSchedule1Missing]. Nor does the check
// know which special categories are processed, so the limits some Part 2
// conditions set (para 8's four categories, para 9's racial or ethnic
// origin, para 20's list) are the caller's to judge.
func (j SpecialCategoryJustification) Check(r Regime, at time.Time) Findings {
	if f, ok := checkRegime(r, at); !ok {
		return Findings{f}
	}
	var fs Findings
	cond := j.Condition
	switch {
	case cond == 0:
		// A justification recorded without its condition: not evidenced
		// that one applies, a likely gap (Warning), not shown unlawful.
		return append(fs, Finding{Code: CodeConditionMissing, Severity: Warning, Regime: r, Path: "condition",
			Article: r.Cite("Art. 9(2)", at),
			Message: "special category data is processed with no Art. 9(2) condition (valid: " + joinCodes(conditions.Codes()) + ")"})
	case !cond.IsValid():
		return append(fs, Finding{Code: CodeConditionInvalid, Severity: Error, Regime: r, Path: "condition",
			Article: r.Cite("Art. 9(2)", at), Value: cond.String(),
			Message: cond.String() + " is not an Art. 9(2) condition (valid: " + joinCodes(conditions.Codes()) + ")"})
	}
	if !j.APD.IsValid() {
		fs = append(fs, presenceInvalid(r, "apd", "DPA 2018 Sch. 1 Pt. 4", j.APD))
	}
	if r == EU {
		return euSchedule1(fs, j.Schedule1)
	}
	need := cond.Schedule1Part(r)
	needArticle := "DPA 2018 s.10(2)"
	if need == Part2 {
		needArticle = "DPA 2018 s.10(3)"
	}
	met := false
	for i, s := range j.Schedule1 {
		switch {
		case !s.IsValid():
			fs = append(fs, invalidSchedule1(r, Index("schedule1", i), s))
		case need == 0:
			fs = append(fs, Finding{Code: CodeSchedule1NotNeeded, Severity: Info, Regime: r, Path: Index("schedule1", i),
				Article: "DPA 2018 s.10(1)", Value: s.String(),
				Message: cond.Article() + " needs no Schedule 1 condition, but " + s.Article() + " is given"})
		case s.Part() != need:
			fs = append(fs, Finding{Code: CodeSchedule1WrongPart, Severity: Error, Regime: r, Path: Index("schedule1", i),
				Article: needArticle, Value: s.String(),
				Message: cond.Article() + " needs a condition in " + need.Article() + ", but " + s.Article() + " is in " + s.Part().Article()})
		case need == Part1 && s != conditionInfo[cond].match:
			fs = append(fs, Finding{Code: CodeSchedule1Mismatch, Severity: Warning, Regime: r, Path: Index("schedule1", i),
				Article: needArticle, Value: s.String(),
				Message: cond.Article() + " is met in UK law by " + conditionInfo[cond].match.Article() + ", not " + s.Article()})
		default:
			met = true
			fs = checkAPD(fs, r, i, s, j.APD)
		}
	}
	if need != 0 && !met {
		valid := cond.Schedule1(r)
		codes := make([]string, len(valid))
		for i, v := range valid {
			codes[i] = v.String()
		}
		// The Schedule 1 condition is not recorded: a likely gap
		// (Warning). DPA 2018 Sch. 1 para 41 asks for it in the record
		// only where a policy document is needed.
		fs = append(fs, Finding{Code: CodeSchedule1Missing, Severity: Warning, Regime: r, Path: "schedule1",
			Article: needArticle,
			Message: cond.Article() + " is met in UK law only with a condition in " + need.Article() + " (valid: " + joinCodes(codes) + ")"})
	}
	return fs
}

// OfficialAuthority is the official authority under whose control criminal
// offence data is processed (Art. 10): a public body with official
// authority, such as "Disclosure and Barring Service", which itself
// controls the processing. A law that authorises the processing is not an
// official authority: in the UK such a law counts only through a Schedule 1
// condition (DPA 2018 s.10(5)); under the EU regime it goes in
// [CriminalOffenceJustification].Law.
type OfficialAuthority struct {
	// Body names the official authority.
	Body string `json:"body,omitzero"`
	// Controls states that the processing is carried out under that
	// authority's control, as Art. 10 requires. An authority named without
	// it (a regulator that merely oversees, a body that receives the data)
	// does not stand in for a Schedule 1 condition.
	Controls bool `json:"controls,omitzero"`
}

// IsZero reports whether no authority is named.
func (a OfficialAuthority) IsZero() bool { return a == OfficialAuthority{} }

// controls reports whether a counts for Art. 10: a named body that
// controls the processing.
func (a OfficialAuthority) controls() bool { return a.Body != "" && a.Controls }

// CriminalOffenceJustification is what a controller relies on to process
// personal data relating to criminal convictions and offences or related
// security measures (Art. 10): the official authority controlling the
// processing, or (EU) the Union or Member State law authorising it, or (UK)
// the DPA 2018 Schedule 1 conditions that authorise it, and whether the
// appropriate policy document some of them require is in place.
type CriminalOffenceJustification struct {
	// OfficialAuthority is the official authority under whose control the
	// processing is carried out, if any.
	OfficialAuthority OfficialAuthority `json:"officialAuthority,omitzero"`
	// Law is the Union or Member State law authorising the processing and
	// providing appropriate safeguards (EU GDPR Art. 10). In the UK it is
	// not read: processing not under official authority is authorised by
	// domestic law only if it meets a Schedule 1 condition (DPA 2018
	// s.10(5)).
	Law string `json:"law,omitzero"`
	// Schedule1 are the DPA 2018 Schedule 1 conditions relied on (UK law
	// only; Parts 1, 2 and 3 all serve, s.10(5)).
	Schedule1 []Schedule1Condition `json:"schedule1,omitzero"`
	// APD says whether an appropriate policy document is in place.
	APD Presence `json:"apd,omitzero"`
}

// Equal reports whether j and k are the same justification.
func (j CriminalOffenceJustification) Equal(k CriminalOffenceJustification) bool {
	return j.OfficialAuthority == k.OfficialAuthority && j.Law == k.Law && j.APD == k.APD &&
		slices.Equal(j.Schedule1, k.Schedule1)
}

// Check reports what is wrong with relying on j to process criminal
// offence data under regime r on the date of at; nil means nothing. Paths
// are "officialAuthority", "law", "schedule1", "schedule1[i]" and "apd".
//
//   - EU: Art. 10 is met by an official authority that controls the
//     processing, or by a Union or Member State law authorising it (Error
//     [CodeCriminalAuthorityMissing] with neither); Schedule 1 is not law
//     there (Error [CodeSchedule1NotAvailable]).
//   - UK: only an official authority that controls the processing stands
//     on its own. Otherwise the processing meets Art. 10(1)'s "authorised
//     by domestic law" only if it meets a condition in Part 1, 2 or 3 of
//     Schedule 1 (DPA 2018 s.10(4)-(5)), so naming a statute (in Law, or
//     as the authority's Body without Controls) does not stand in for one
//     (Error [CodeCriminalAuthorityMissing]). Para 36 counts only with the
//     Part 2 condition it extends and para 37 only with para 20 (Error
//     [CodeExtensionAlone]); the appropriate policy document is reported as
//     for [SpecialCategoryJustification.Check].
func (j CriminalOffenceJustification) Check(r Regime, at time.Time) Findings {
	if f, ok := checkRegime(r, at); !ok {
		return Findings{f}
	}
	var fs Findings
	if !j.APD.IsValid() {
		fs = append(fs, presenceInvalid(r, "apd", "DPA 2018 Sch. 1 Pt. 4", j.APD))
	}
	authority := j.OfficialAuthority.controls()
	if r == EU {
		if !authority && j.Law == "" {
			fs = append(fs, Finding{Code: CodeCriminalAuthorityMissing, Severity: j.criminalSeverity(), Regime: r, Path: "officialAuthority",
				Article: r.Cite("Art. 10", at),
				Message: "criminal offence data may be processed only under the control of official authority or when authorised by Union or Member State law; " +
					j.OfficialAuthority.missing() + "name the law or the authority that controls the processing"})
		}
		return euSchedule1(fs, j.Schedule1)
	}
	hasPart2, hasInsurance := false, false
	for _, s := range j.Schedule1 {
		hasPart2 = hasPart2 || s.Part() == Part2
		hasInsurance = hasInsurance || s == Sch1Insurance
	}
	met := false
	for i, s := range j.Schedule1 {
		switch {
		case !s.IsValid():
			fs = append(fs, invalidSchedule1(r, Index("schedule1", i), s))
		case s == Sch1Part2Extension && !hasPart2:
			fs = append(fs, Finding{Code: CodeExtensionAlone, Severity: Error, Regime: r, Path: Index("schedule1", i),
				Article: s.Article(), Value: s.String(),
				Message: "para 36 extends a Part 2 condition; name the Part 2 condition relied on as well"})
		case s == Sch1InsuranceExtension && !hasInsurance:
			fs = append(fs, Finding{Code: CodeExtensionAlone, Severity: Error, Regime: r, Path: Index("schedule1", i),
				Article: s.Article(), Value: s.String(),
				Message: "para 37 extends the insurance condition; name " + Sch1Insurance.Article() + " (insurance) as well"})
		default:
			met = true
			fs = checkAPD(fs, r, i, s, j.APD)
		}
	}
	if !met && !authority {
		// DPA 2018 s.10(5): "the processing meets the requirement in
		// Article 10(1) of the UK GDPR for authorisation by ... the law of
		// the United Kingdom ... only if it meets a condition in Part 1, 2 or
		// 3 of Schedule 1".
		path := "schedule1"
		if !j.OfficialAuthority.IsZero() {
			path = "officialAuthority"
		}
		msg := "criminal offence data not processed under the control of official authority needs a condition in DPA 2018 Sch. 1 Pt. 1, 2 or 3; " +
			j.OfficialAuthority.missing() + "a law authorising the processing counts only through such a condition (s.10(5))"
		fs = append(fs, Finding{Code: CodeCriminalAuthorityMissing, Severity: j.criminalSeverity(), Regime: r, Path: path,
			Article: r.Cite("Art. 10", at) + "; DPA 2018 s.10(5)", Value: j.OfficialAuthority.Body, Message: msg})
	}
	return fs
}

// missing says why a named authority does not count, or "".
func (a OfficialAuthority) missing() string {
	switch {
	case a.Body != "" && !a.Controls:
		return "the authority named is not recorded as controlling the processing; "
	case a.Body == "" && a.Controls:
		return "no authority is named; "
	}
	return ""
}

// checkRegime returns the finding and false when r is invalid or the GDPR
// does not yet apply on the date of at.
func checkRegime(r Regime, at time.Time) (Finding, bool) {
	if !r.IsValid() {
		return Finding{Code: CodeRegimeInvalid, Severity: Error, Value: r.String(),
			Message: "regime " + r.String() + " is not one of " + joinCodes(regimes.Codes())}, false
	}
	if !r.InForce(GDPRApplies, at) {
		return Finding{Code: CodeBeforeGDPR, Severity: Error, Regime: r, Article: GDPRApplies.Article(),
			Message: "the GDPR applies only from 2018-05-25; the date judged is " + r.date(at).String()}, false
	}
	return Finding{}, true
}

// euSchedule1 reports each Schedule 1 condition relied on under the EU
// regime, where Schedule 1 is not law.
func euSchedule1(fs Findings, sch1 []Schedule1Condition) Findings {
	for i, s := range sch1 {
		path := Index("schedule1", i)
		if !s.IsValid() {
			fs = append(fs, invalidSchedule1(EU, path, s))
			continue
		}
		fs = append(fs, Finding{Code: CodeSchedule1NotAvailable, Severity: Error, Regime: EU, Path: path,
			Article: s.Article(), Value: s.String(),
			Message: s.Article() + " is UK law and not available under the EU GDPR"})
	}
	return fs
}

func invalidSchedule1(r Regime, path string, s Schedule1Condition) Finding {
	return Finding{Code: CodeSchedule1Invalid, Severity: Error, Regime: r, Path: path, Article: "DPA 2018 Sch. 1",
		Value:   s.String(),
		Message: s.String() + " is not a Schedule 1 condition (valid: " + joinCodes(schedule1.Codes()) + ")"}
}

// checkAPD reports the appropriate policy document that s, relied on as
// element i of Schedule1, needs: Error when the record states there is none, Info when it is
// silent (DPA 2018 Sch. 1 paras 1(1)(b), 5, 35 and Part 4).
func checkAPD(fs Findings, r Regime, i int, s Schedule1Condition, apd Presence) Findings {
	if apd == Present || !s.NeedsAPD() {
		return fs
	}
	path := Index("schedule1", i)
	if apd == Absent {
		return append(fs, Finding{Code: CodeAPDMissing, Severity: Error, Regime: r, Path: "apd",
			Article: s.APDArticle(), Value: s.String(), Related: []string{path},
			Message: s.Article() + " is met only with an appropriate policy document in place (DPA 2018 Sch. 1 Pt. 4), and the record states there is none"})
	}
	return append(fs, Finding{Code: CodeAPDNotEvidenced, Severity: Info, Regime: r, Path: "apd",
		Article: s.APDArticle(), Value: s.String(), Related: []string{path},
		Message: s.Article() + " is met only with an appropriate policy document in place (DPA 2018 Sch. 1 Pt. 4); the record does not say whether there is one (not evidenced)"})
}

// joinCodes joins codes with ", " for a message.
func joinCodes(codes []string) string {
	n := 0
	for _, c := range codes {
		n += len(c) + 2
	}
	b := make([]byte, 0, n)
	for i, c := range codes {
		if i > 0 {
			b = append(b, ", "...)
		}
		b = append(b, c...)
	}
	return string(b)
}

// criminalSeverity is the severity of a criminal offence justification
// that meets neither official authority nor a Schedule 1 condition: Error
// when it records an authority or a law that does not count (as recorded,
// it is unlawful: DPA 2018 s.10(5)), Warning when it records nothing at
// all (not evidenced, a likely gap).
func (j CriminalOffenceJustification) criminalSeverity() Severity {
	if j.OfficialAuthority.IsZero() && j.Law == "" && len(j.Schedule1) == 0 {
		return Warning
	}
	return Error
}

package recipient

import (
	"strings"
	"time"

	"github.com/dpmodel/dpmodel/basis"
)

// law is the body of transfer law a finding is judged under: the regime and,
// for the UK, the period of the date judged.
type law uint8

const (
	lawEU        law = iota // the EU GDPR
	lawUKUnderEU            // a UK exporter before 2021-01-01, when the EU GDPR applied in the UK
	lawUK                   // the UK GDPR and the DPA 2018, 2021-01-01 to 2026-02-04
	lawUKDUAA               // the UK GDPR as amended by DUAA 2025 Sch. 7, from 2026-02-05
	numLaws
)

// lawOn returns the law a transfer under r is judged by on the date of at;
// r must be valid.
func lawOn(r basis.Regime, at time.Time) law {
	switch {
	case r != basis.UK:
		return lawEU
	case r.InForce(basis.TransfersArt44A, at):
		return lawUKDUAA
	case regimeDay(r, at).Before(ukGDPRDay):
		return lawUKUnderEU
	}
	return lawUK
}

// ukAdequacyArticles is the UK provision adequacy rests on in each period:
// adequacy regulations under DPA 2018 s.17A (inserted by S.I. 2019/419;
// the preserved EU decisions are treated as such by Sch. 21 para 4) from
// 2021-01-01; from 2026-02-05 regulations approving transfers under UK
// GDPR Art. 45A, which DUAA 2025 Sch. 7 para 4 inserts as Sch. 7 para 3
// omits Art. 45 and Sch. 9 para 12 omits s.17A, and under which Sch. 9
// para 26 treats the s.17A regulations in force the day before as made.
var ukAdequacyArticles = [numLaws]string{lawUK: "DPA 2018 s.17A", lawUKDUAA: "UK GDPR Art. 45A"}

// mechanismArticles holds the provision a finding about a mechanism cites,
// for each [law] and mechanism: the mechanism's [Mechanism.Article] with
// the regime's instrument in front, except that
//
//   - before 2021-01-01 a UK exporter's findings cite the EU GDPR, which
//     then applied in the UK (as [basis.Regime.Cite] does);
//   - from 2021-01-01 a UK exporter's adequacy (the EU-US instruments too)
//     rests on [ukAdequacyArticles] of the date, with the instrument
//     claimed after it;
//   - from 2021-01-01 a UK exporter's old EU clauses rest on DPA 2018
//     Sch. 21 para 7 (the clauses that gave appropriate safeguards under
//     EU GDPR Art. 46 immediately before IP completion day continue to do
//     so), as limited by the ICO's transitional provisions issued under
//     para 8 with the IDTA. They could be relied on until 2024-03-21, so a
//     finding about them cites the paragraphs under which they ended even
//     after DUAA 2025 Sch. 9 para 25(5) omitted them on 2026-02-05.
//
// It is computed once when the package is initialised and never changed,
// so that a failed check does not build the string again.
var mechanismArticles = func() (arts [numLaws][len(mechanismTable)]string) {
	for m := Mechanism(1); int(m) < len(mechanismTable); m++ {
		eu := regimeArticle(basis.EU, m.Article())
		uk := regimeArticle(basis.UK, m.Article())
		// Before 2021-01-01 the EU GDPR itself applied in the UK, so a UK
		// exporter's findings cite it ([basis.Regime.Cite]).
		arts[lawEU][m], arts[lawUKUnderEU][m] = eu, eu
		arts[lawUK][m], arts[lawUKDUAA][m] = uk, uk
		switch m {
		case SCC2001, SCC2004, SCC2010:
			old := "UK GDPR Art. 46(1); DPA 2018 Sch. 21 paras 7-8; " + mechanismTable[m].source
			arts[lawUK][m], arts[lawUKDUAA][m] = old, old
		}
		if mechanismTable[m].kind != AdequacyKind {
			continue
		}
		for _, l := range [...]law{lawUK, lawUKDUAA} {
			arts[l][m] = ukAdequacyArticles[l]
			if src := mechanismTable[m].source; src != "" && m != Adequacy && m != PartialAdequacy {
				arts[l][m] += "; " + src
			}
		}
	}
	return arts
}()

// mechanismArticle returns the provision a finding about m under law l
// cites, or "" for an invalid mechanism.
func mechanismArticle(l law, m Mechanism) string {
	if l >= numLaws || !m.IsValid() {
		return ""
	}
	return mechanismArticles[l][m]
}

// regimeArticle prefixes a GDPR article with the instrument of regime r
// from 2021-01-01 (for a date before it, use the EU regime, as
// [basis.Regime.Cite] does); a provision already naming its instrument
// stays as it is. It builds the table above; findings dated at run time
// cite through [cite].
func regimeArticle(r basis.Regime, art string) string {
	if art == "" || strings.HasPrefix(art, "UK GDPR") || strings.HasPrefix(art, "DPA") {
		return art
	}
	if r == basis.UK {
		return "UK GDPR " + art
	}
	return "GDPR " + art
}

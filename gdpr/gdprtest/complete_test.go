package gdprtest_test

import (
	"go/importer"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// TestEveryEnumerationHasGenerators: for every All… function of the
// module's public packages that returns a list of a uint8 enumeration,
// gdprtest has a Valid… and an Arbitrary… generator of that type, so a new
// enumeration cannot be added without its generators.
func TestEveryEnumerationHasGenerators(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module from source")
	}
	imp := importer.ForCompiler(token.NewFileSet(), "source", nil).(types.ImporterFrom)
	self, err := imp.ImportFrom("github.com/dpmodel/dpmodel/gdpr/gdprtest", ".", 0)
	if err != nil {
		t.Fatal(err)
	}
	// The element types of every generator gdprtest exports, by family.
	have := map[string]map[string]bool{"Valid": {}, "Arbitrary": {}}
	for _, name := range self.Scope().Names() {
		f, ok := self.Scope().Lookup(name).(*types.Func)
		if !ok || !f.Exported() {
			continue
		}
		res := f.Type().(*types.Signature).Results()
		if res.Len() != 1 {
			continue
		}
		ptr, ok := res.At(0).Type().(*types.Pointer)
		if !ok {
			continue
		}
		gen, ok := ptr.Elem().(*types.Named)
		if !ok || gen.Obj().Name() != "Generator" || gen.TypeArgs().Len() != 1 {
			continue
		}
		for family := range have {
			if strings.HasPrefix(name, family) {
				have[family][types.TypeString(gen.TypeArgs().At(0), nil)] = true
			}
		}
	}
	checked := 0
	for _, imported := range self.Imports() {
		path := imported.Path()
		if !strings.HasPrefix(path, "github.com/dpmodel/dpmodel/") || strings.Contains(path, "/internal/") {
			continue
		}
		for _, name := range imported.Scope().Names() {
			f, ok := imported.Scope().Lookup(name).(*types.Func)
			if !ok || !strings.HasPrefix(name, "All") {
				continue
			}
			sig := f.Type().(*types.Signature)
			if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
				continue
			}
			sl, ok := sig.Results().At(0).Type().(*types.Slice)
			if !ok {
				continue
			}
			elem := types.Unalias(sl.Elem())
			if b, ok := elem.Underlying().(*types.Basic); !ok || b.Kind() != types.Uint8 {
				continue
			}
			key := types.TypeString(elem, nil)
			checked++
			for family, got := range have {
				if !got[key] {
					t.Errorf("%s.%s returns []%s, but gdprtest has no %s… generator of it", imported.Name(), name, key, family)
				}
			}
		}
	}
	if checked < 40 {
		t.Errorf("found only %d enumerations to check; the search is broken", checked)
	}
}

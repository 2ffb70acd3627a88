package dpmodel_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"go/ast"
	"go/build"
	"go/format"
	"go/importer"
	goparser "go/parser"
	"go/token"
	"go/types"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/exp/apidiff"
)

// The API stability check. testdata/api holds one file per package of the
// module (internal ones included, because exported types refer to them): a
// Go source stub that declares the package's API, every package-level
// constant, variable and function that is exported, every named type
// (unexported ones too, with their fields, so that comparability and the
// structs' shapes are kept) and every exported method, with bodies that do
// nothing. TestAPICompatible type-checks the recorded stubs and stubs made
// now from the packages' source, and compares each public package's two
// APIs with golang.org/x/exp/apidiff: an incompatible change fails the
// test. An intended change is recorded with
//
//	go test -run TestAPICompatible -update .
//
// and the commit that does it says so. The stubs are text, so a change of
// API shows in review as a diff of declarations.
//
// Export data (the compiler's) was the alternative: it is tied to the
// toolchain's format and weighs megabytes per package, where the stubs
// are a few kilobytes and readable.

var updateAPI = flag.Bool("update", false, "rewrite the API snapshots under testdata/api")

const module = "github.com/dpmodel/dpmodel"

// modulePackages returns the import paths of the module's packages, from
// the directories holding non-test Go files (not testdata, not nested
// modules, not commands).
func modulePackages(t *testing.T) []string {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			return nil
		}
		name := d.Name()
		if p != "." && (name == "testdata" || strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_")) {
			return filepath.SkipDir
		}
		if p != "." {
			if _, err := os.Stat(filepath.Join(p, "go.mod")); err == nil {
				return filepath.SkipDir // a module of its own
			}
		}
		bp, err := build.ImportDir(p, 0)
		var noGo *build.NoGoError
		if errors.As(err, &noGo) {
			return nil
		}
		if err != nil {
			return err
		}
		if bp.Name != "main" {
			paths = append(paths, path.Join(module, filepath.ToSlash(p)))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(paths)
	return paths
}

func snapshotFile(importPath string) string {
	rel := strings.TrimPrefix(strings.TrimPrefix(importPath, module), "/")
	if rel == "" {
		rel = "dpmodel"
	}
	return filepath.Join("testdata", "api", filepath.FromSlash(rel)+".go.txt")
}

func TestAPICompatible(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module and its standard library imports from source")
	}
	paths := modulePackages(t)
	src := importer.ForCompiler(token.NewFileSet(), "source", nil).(types.ImporterFrom)
	now := map[string]string{} // import path → stub made now
	for _, p := range paths {
		pkg, err := src.ImportFrom(p, ".", 0)
		if err != nil {
			t.Fatalf("loading %s: %v", p, err)
		}
		now[p] = stub(pkg)
	}
	if *updateAPI {
		if err := os.RemoveAll(filepath.Join("testdata", "api")); err != nil {
			t.Fatal(err)
		}
		for p, s := range now {
			f := snapshotFile(p)
			if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(f, []byte(s), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		t.Logf("wrote the API of %d packages under testdata/api", len(now))
		return
	}
	recorded := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(snapshotFile(p))
		if err != nil {
			if strings.Contains(p, "/internal/") {
				continue
			}
			t.Logf("%s: a new package, with no recorded API (record it with -update)", p)
			continue
		}
		recorded[p] = string(b)
	}
	// A recorded public package that is gone is the largest incompatible
	// change of all.
	err := filepath.WalkDir(filepath.Join("testdata", "api"), func(f string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(filepath.Join("testdata", "api"), f)
		p := path.Join(module, strings.TrimSuffix(filepath.ToSlash(rel), ".go.txt"))
		if rel == "dpmodel.go.txt" {
			p = module
		}
		if _, ok := now[p]; !ok && !strings.Contains(p, "/internal/") {
			t.Errorf("%s: the package is gone (its API is recorded in %s)", p, f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	newPkgs := stubUniverse(t, "now", now, src)
	oldPkgs := stubUniverse(t, "recorded", recorded, src)
	for _, p := range paths {
		if strings.Contains(p, "/internal/") {
			continue // not API: no code outside the module can import it
		}
		if _, ok := recorded[p]; !ok {
			continue
		}
		old, ok := oldPkgs.load(p)
		if !ok {
			continue
		}
		nw, _ := newPkgs.load(p)
		report := apidiff.Changes(old, nw)
		var incompatible, compatible []string
		for _, c := range report.Changes {
			if c.Compatible {
				compatible = append(compatible, c.Message)
			} else {
				incompatible = append(incompatible, c.Message)
			}
		}
		for _, m := range incompatible {
			t.Errorf("%s: incompatible API change: %s", p, m)
		}
		if len(compatible) > 0 {
			shown := compatible[:min(len(compatible), 8)]
			more := ""
			if len(compatible) > len(shown) {
				more = fmt.Sprintf("; and %d more", len(compatible)-len(shown))
			}
			t.Logf("%s: %d compatible API additions (record them with -update): %s%s", p, len(compatible), strings.Join(shown, "; "), more)
		}
	}
	if t.Failed() {
		t.Log("an intended change is recorded with go test -run TestAPICompatible -update . (say so in the commit)")
	}
}

// TestAPIStubFaithful: the stub of each package, type-checked, has the
// same API as the package (apidiff reports no change either way), so the
// snapshots lose nothing apidiff would look at.
func TestAPIStubFaithful(t *testing.T) {
	if testing.Short() {
		t.Skip("type-checks the module from source")
	}
	src := importer.ForCompiler(token.NewFileSet(), "source", nil).(types.ImporterFrom)
	now := map[string]string{}
	real := map[string]*types.Package{}
	paths := modulePackages(t)
	for _, p := range paths {
		pkg, err := src.ImportFrom(p, ".", 0)
		if err != nil {
			t.Fatalf("loading %s: %v", p, err)
		}
		now[p], real[p] = stub(pkg), pkg
	}
	stubs := stubUniverse(t, "now", now, src)
	for _, p := range paths {
		s, _ := stubs.load(p)
		for _, c := range apidiff.Changes(real[p], s).Changes {
			t.Errorf("%s: the stub differs from the source: %s", p, c.Message)
		}
		for _, c := range apidiff.Changes(s, real[p]).Changes {
			t.Errorf("%s: the source differs from the stub: %s", p, c.Message)
		}
	}
}

// universe type-checks stubs on demand, resolving the module's packages to
// their stubs and everything else with the source importer.
type universe struct {
	t     *testing.T
	name  string
	stubs map[string]string
	pkgs  map[string]*types.Package
	fset  *token.FileSet
	std   types.ImporterFrom
}

func stubUniverse(t *testing.T, name string, stubs map[string]string, std types.ImporterFrom) *universe {
	return &universe{t: t, name: name, stubs: stubs, pkgs: map[string]*types.Package{}, fset: token.NewFileSet(), std: std}
}

func (u *universe) Import(p string) (*types.Package, error) { return u.ImportFrom(p, ".", 0) }

func (u *universe) ImportFrom(p, dir string, mode types.ImportMode) (*types.Package, error) {
	if _, ok := u.stubs[p]; ok {
		pkg, ok := u.load(p)
		if !ok {
			return nil, fmt.Errorf("%s stub of %s does not type-check", u.name, p)
		}
		return pkg, nil
	}
	if p == module || strings.HasPrefix(p, module+"/") {
		return nil, fmt.Errorf("no %s stub of %s", u.name, p)
	}
	return u.std.ImportFrom(p, dir, mode)
}

func (u *universe) load(p string) (*types.Package, bool) {
	if pkg, ok := u.pkgs[p]; ok {
		return pkg, pkg != nil
	}
	u.pkgs[p] = nil // a cycle fails rather than recursing
	f, err := goparser.ParseFile(u.fset, snapshotFile(p), u.stubs[p], goparser.SkipObjectResolution)
	if err != nil {
		u.t.Errorf("%s stub of %s: %v", u.name, p, err)
		return nil, false
	}
	conf := types.Config{Importer: u, Error: func(err error) { u.t.Errorf("%s stub of %s: %v", u.name, p, err) }}
	pkg, _ := conf.Check(p, u.fset, []*ast.File{f}, nil)
	u.pkgs[p] = pkg
	return pkg, pkg != nil
}

// stub returns Go source declaring pkg's API (see the top of the file).
func stub(pkg *types.Package) string {
	// The first pass finds the packages the API refers to; the second
	// writes it with each imported under its own name (or, where two
	// share a name or a name is declared in pkg, the name and a number
	// given in path order), so the import names do not change with the
	// order of declarations.
	used := map[string]*types.Package{}
	stubBody(pkg, func(p *types.Package) string { used[p.Path()] = p; return p.Name() })
	paths := slices.Sorted(maps.Keys(used))
	imports := map[string]string{} // path → name in the stub
	taken := map[string]bool{}
	for i, p := range paths {
		name := used[p].Name()
		if taken[name] || pkg.Scope().Lookup(name) != nil {
			name = fmt.Sprintf("%s%d", name, i)
		}
		taken[name], imports[p] = true, name
	}
	body := stubBody(pkg, func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return imports[p.Path()]
	})
	var out bytes.Buffer
	fmt.Fprintf(&out, "// The API of %s, recorded by TestAPICompatible (go test -run TestAPICompatible -update .).\n\n", pkg.Path())
	fmt.Fprintf(&out, "package %s\n\n", pkg.Name())
	for _, p := range paths {
		fmt.Fprintf(&out, "import %s %q\n", imports[p], p)
	}
	if len(paths) > 0 {
		out.WriteByte('\n')
	}
	out.Write(body)
	formatted, err := format.Source(out.Bytes())
	if err != nil {
		return out.String() // the type-check reports the problem
	}
	return string(formatted)
}

// stubBody writes the declarations of pkg's API.
func stubBody(pkg *types.Package, qualify types.Qualifier) []byte {
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return qualify(p)
	}
	var body bytes.Buffer
	scope := pkg.Scope()
	for _, name := range scope.Names() { // sorted
		switch obj := scope.Lookup(name).(type) {
		case *types.Const:
			if obj.Exported() {
				typ := types.TypeString(obj.Type(), qual) + " "
				if b, ok := obj.Type().(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
					typ = ""
				}
				fmt.Fprintf(&body, "const %s %s= %s\n", name, typ, obj.Val().ExactString())
			}
		case *types.Var:
			if obj.Exported() {
				fmt.Fprintf(&body, "var %s %s\n", name, types.TypeString(obj.Type(), qual))
			}
		case *types.Func:
			if obj.Exported() {
				sig := obj.Type().(*types.Signature)
				fmt.Fprintf(&body, "func %s%s { panic(0) }\n", name, signature(sig, qual))
			}
		case *types.TypeName:
			if obj.IsAlias() {
				rhs := obj.Type()
				if a, ok := rhs.(*types.Alias); ok {
					rhs = a.Rhs()
				}
				fmt.Fprintf(&body, "type %s = %s\n", name, types.TypeString(rhs, qual))
				continue
			}
			named := obj.Type().(*types.Named)
			fmt.Fprintf(&body, "type %s%s %s\n", name, typeParams(named.TypeParams(), qual), underlying(named.Underlying(), qual))
			methods := slices.Collect(named.Methods())
			slices.SortFunc(methods, func(a, b *types.Func) int { return strings.Compare(a.Name(), b.Name()) })
			for _, m := range methods {
				if !m.Exported() {
					continue
				}
				sig := m.Type().(*types.Signature)
				recv := name + typeArgs(named.TypeParams())
				if _, ptr := sig.Recv().Type().(*types.Pointer); ptr {
					recv = "*" + recv
				}
				fmt.Fprintf(&body, "func (%s) %s%s { panic(0) }\n", recv, m.Name(), signature(sig, qual))
			}
		}
	}
	return body.Bytes()
}

// underlying writes a struct one field a line, for readable diffs of the
// snapshots, and any other type as go/types does.
func underlying(t types.Type, qual types.Qualifier) string {
	st, ok := t.(*types.Struct)
	if !ok || st.NumFields() == 0 {
		return types.TypeString(t, qual)
	}
	var b strings.Builder
	b.WriteString("struct {\n")
	for i := range st.NumFields() {
		f := st.Field(i)
		if f.Embedded() {
			b.WriteString("\t" + types.TypeString(f.Type(), qual))
		} else {
			b.WriteString("\t" + f.Name() + " " + types.TypeString(f.Type(), qual))
		}
		if tag := st.Tag(i); tag != "" {
			if strings.Contains(tag, "`") {
				b.WriteString(" " + strconv.Quote(tag))
			} else {
				b.WriteString(" `" + tag + "`")
			}
		}
		b.WriteString("\n")
	}
	b.WriteString("}")
	return b.String()
}

// signature writes a signature without "func" and its receiver,
// type parameters first.
func signature(sig *types.Signature, qual types.Qualifier) string {
	var b bytes.Buffer
	b.WriteString(typeParams(sig.TypeParams(), qual))
	s := types.NewSignatureType(nil, nil, nil, sig.Params(), sig.Results(), sig.Variadic())
	types.WriteSignature(&b, s, qual)
	return b.String()
}

func typeParams(tps *types.TypeParamList, qual types.Qualifier) string {
	if tps.Len() == 0 {
		return ""
	}
	var parts []string
	for tp := range tps.TypeParams() {
		parts = append(parts, tp.Obj().Name()+" "+types.TypeString(tp.Constraint(), qual))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func typeArgs(tps *types.TypeParamList) string {
	if tps.Len() == 0 {
		return ""
	}
	var parts []string
	for tp := range tps.TypeParams() {
		parts = append(parts, tp.Obj().Name())
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

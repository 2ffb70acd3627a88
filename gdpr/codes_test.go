package gdpr

import (
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestCodeTable holds the code tables of the package documentation
// (doc.go) against the package's Code constants: every constant is listed
// once, and every code listed is a constant.
func TestCodeTable(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var parsed []*ast.File
	var doc string
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
		if name == "doc.go" {
			doc = f.Doc.Text()
		}
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	pkg, err := conf.Check("github.com/dpmodel/dpmodel/gdpr", fset, parsed, nil)
	if err != nil {
		t.Fatal(err)
	}
	var consts []string
	for _, name := range pkg.Scope().Names() {
		c, ok := pkg.Scope().Lookup(name).(*types.Const)
		if !ok || c.Val().Kind() != constant.String {
			continue
		}
		if named, ok := c.Type().(*types.Alias); !ok || named.Obj().Name() != "Code" {
			continue
		}
		if v := constant.StringVal(c.Val()); strings.HasPrefix(v, "gdpr/") {
			consts = append(consts, v)
		}
	}
	row := regexp.MustCompile(`(?m)^\s+(gdpr/[a-z0-9-]+)\s`)
	var listed []string
	for _, m := range row.FindAllStringSubmatch(doc, -1) {
		listed = append(listed, m[1])
	}
	for _, c := range consts {
		if n := count(listed, c); n != 1 {
			t.Errorf("code %s is listed %d times in doc.go's tables, want once", c, n)
		}
	}
	for _, c := range listed {
		if !slices.Contains(consts, c) {
			t.Errorf("doc.go lists %s, which is no Code constant of the package", c)
		}
	}
	if len(consts) == 0 {
		t.Fatal("found no Code constants")
	}
}

func count(list []string, s string) int {
	n := 0
	for _, x := range list {
		if x == s {
			n++
		}
	}
	return n
}

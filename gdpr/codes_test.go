package gdpr

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCodeTable holds the code tables of the package documentation
// (doc.go) against the package's code constants (every string constant
// whose value starts with "gdpr/"): every constant is listed once, and
// every code listed is a constant.
func TestCodeTable(t *testing.T) {
	consts, doc := map[string]ast.Expr{}, ""
	// The package's constants, and internal/strictjson's (the JSON codes
	// are "gdpr/" + strictjson.Syntax and the like).
	foreign := map[string]ast.Expr{}
	for _, dir := range []struct {
		glob string
		into map[string]ast.Expr
	}{{"*.go", consts}, {"../internal/strictjson/*.go", foreign}} {
		files, err := filepath.Glob(dir.glob)
		if err != nil {
			t.Fatal(err)
		}
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), name, nil, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			if name == "doc.go" {
				doc = f.Doc.Text()
			}
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.CONST {
					continue
				}
				for _, s := range g.Specs {
					vs := s.(*ast.ValueSpec)
					for i, n := range vs.Names {
						if i < len(vs.Values) {
							dir.into[n.Name] = vs.Values[i]
						}
					}
				}
			}
		}
	}
	var eval func(e ast.Expr) (string, bool)
	eval = func(e ast.Expr) (string, bool) {
		switch x := e.(type) {
		case *ast.BasicLit:
			if x.Kind == token.STRING {
				s, err := strconv.Unquote(x.Value)
				return s, err == nil
			}
		case *ast.Ident:
			if v, ok := consts[x.Name]; ok {
				return eval(v)
			}
		case *ast.SelectorExpr:
			if v, ok := foreign[x.Sel.Name]; ok {
				return eval(v)
			}
		case *ast.BinaryExpr:
			a, ok1 := eval(x.X)
			b, ok2 := eval(x.Y)
			return a + b, ok1 && ok2 && x.Op == token.ADD
		case *ast.ParenExpr:
			return eval(x.X)
		}
		return "", false
	}
	var codes []string
	for _, e := range consts {
		if v, ok := eval(e); ok && strings.HasPrefix(v, "gdpr/") {
			codes = append(codes, v)
		}
	}
	row := regexp.MustCompile(`(?m)^\s+(gdpr/[a-z0-9-]+)\s`)
	var listed []string
	for _, m := range row.FindAllStringSubmatch(doc, -1) {
		listed = append(listed, m[1])
	}
	for _, c := range codes {
		if n := count(listed, c); n != 1 {
			t.Errorf("code %s is listed %d times in doc.go's tables, want once", c, n)
		}
	}
	for _, c := range listed {
		if !slices.Contains(codes, c) {
			t.Errorf("doc.go lists %s, which is no code constant of the package", c)
		}
	}
	if len(codes) < 50 {
		t.Fatalf("found only %d code constants", len(codes))
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

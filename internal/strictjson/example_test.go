package strictjson_test

import (
	"fmt"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/dpmodel/dpmodel/internal/strictjson"
)

func ExampleDecode() {
	type ground struct {
		Basis basis.Basis `json:"basis"`
	}
	type activity struct {
		Name    string   `json:"name"`
		Grounds []ground `json:"grounds"`
	}
	opts := strictjson.Options{Prefix: "gdpr"}
	var a activity
	fmt.Println(strictjson.Decode([]byte(`{"name":"payroll","grounds":[{"basis":"legal-obligation"}]}`), &a, opts))
	fmt.Println(a.Name, a.Grounds[0].Basis)

	// A repeated member, a member in the wrong case, and a bad code.
	fmt.Println(strictjson.Decode([]byte("{\"name\":\"a\",\n \"name\":\"b\"}"), &a, opts))
	fmt.Println(strictjson.Decode([]byte(`{"Name":"a"}`), &a, opts))
	fmt.Println(strictjson.Decode([]byte(`{"grounds":[{"basis":"consnt"}]}`), &a, opts))
	// Output:
	// <nil>
	// payroll legal-obligation
	// name: 2:2: "name": member "name" appears twice: at 1:2 and at 2:2 [gdpr/json-duplicate-member]
	// Name: 1:2: "Name": unknown member "Name" (member names are case-sensitive: did you mean "name"?) (valid: name, grounds) [gdpr/json-unknown-member]
	// grounds[0].basis: 1:22: "consnt": unknown code for basis.Basis (valid: consent, contract, legal-obligation, vital-interests, public-task, recognised-legitimate-interest, legitimate-interests) [gdpr/json-bad-value]
}

func ExampleValid() {
	opts := strictjson.Options{Prefix: "rights"}
	fmt.Println(strictjson.Valid([]byte(`{"regime":"uk"}`), opts))
	fmt.Println(strictjson.Valid([]byte(`[]]`), opts))
	fmt.Println(strictjson.Valid([]byte(`{"regime":"uk","regime":"eu"}`), opts))
	// Output:
	// <nil>
	// 1:3: "]": data after the JSON value [rights/json-trailing-data]
	// regime: 1:16: "regime": member "regime" appears twice: at 1:2 and at 1:16 [rights/json-duplicate-member]
}

package strictjson

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/dpmodel/dpmodel/basis"
	"github.com/google/go-cmp/cmp"
)

func TestTooLarge(t *testing.T) {
	big := make([]byte, 100<<20) // 100 MB of NULs: refused before any parsing
	start := time.Now()
	var v any
	err := Decode(big, &v, Options{Prefix: "gdpr"})
	if d := time.Since(start); d > 50*time.Millisecond {
		t.Errorf("refusing 100 MB took %v", d)
	}
	ie, ok := errors.AsType[*basis.InputError](err)
	if !ok || ie.Code != "gdpr/"+TooLarge {
		t.Fatalf("got %v, want %s", err, TooLarge)
	}
	if err := Valid(big, Options{}); basis.CodeOf(err) != "strictjson/"+TooLarge {
		t.Errorf("Valid: got %v", err)
	}
	// The limit is inclusive and can be set.
	if err := Valid([]byte(`[1]`), Options{MaxBytes: 3}); err != nil {
		t.Errorf("3 bytes with MaxBytes 3: %v", err)
	}
	if err := Valid([]byte(`[1] `), Options{MaxBytes: 3}); basis.CodeOf(err) != "strictjson/"+TooLarge {
		t.Errorf("4 bytes with MaxBytes 3: %v", err)
	}
}

func TestTooDeep(t *testing.T) {
	deep := strings.Repeat("[", 10000) + strings.Repeat("]", 10000)
	var v any
	err := Decode([]byte(deep), &v, Options{})
	checkError(t, err, "strictjson/"+TooDeep, strings.Repeat("[0]", 64), 1, 65)
	checkError(t, Valid([]byte(deep), Options{}), "strictjson/"+TooDeep, strings.Repeat("[0]", 64), 1, 65)
	// Deeper than encoding/json's own limit: still our error.
	deeper := strings.Repeat(`{"a":`, 20000)
	err = Valid([]byte(deeper), Options{MaxDepth: 1 << 30})
	ie, _ := errors.AsType[*basis.InputError](err)
	if ie == nil || ie.Code != "strictjson/"+TooDeep || ie.Line != 1 || ie.Column != 50001 ||
		!strings.HasPrefix(ie.Path, "a.a.a.") || !strings.HasSuffix(ie.Path, ".a.a") || len(ie.Path) > 300 {
		t.Errorf("20,000 deep: got %v", err)
	}
	// Exactly at the limit is fine.
	ok := strings.Repeat("[", 64) + strings.Repeat("]", 64)
	if err := Decode([]byte(ok), &v, Options{}); err != nil {
		t.Errorf("64 deep: %v", err)
	}
}

func TestTooManyItems(t *testing.T) {
	in := "[" + strings.Repeat("1,", 99) + "1]" // 101 values
	var v []int
	checkError(t, Decode([]byte(in), &v, Options{MaxItems: 100}), "strictjson/"+TooManyItems, "[99]", 1, 200)
	if err := Decode([]byte(in), &v, Options{MaxItems: 101}); err != nil || len(v) != 100 {
		t.Errorf("101 items with MaxItems 101: %v (%d)", err, len(v))
	}
}

func TestHugeStringShortError(t *testing.T) {
	huge := strings.Repeat("x", 10<<20)
	for _, in := range []string{
		`{"regime":"` + huge + `"}`,                     // bad enumeration code
		`{"` + huge + `":1}`,                            // unknown member
		`{"Untagged":"` + huge + "\xff" + `"}`,          // invalid UTF-8
		`{"at":"` + huge + `"}`,                         // bad time
		`{"rules":{"` + huge + `":{"period":1}}}`,       // path with a huge key
		`{"extra":{"` + huge + `":1,"` + huge + `":2}}`, // duplicate
		`{}` + huge, // trailing data
	} {
		var r testRegister
		err := Decode([]byte(in), &r, Options{})
		if err == nil {
			t.Fatalf("no error")
		}
		if n := len(err.Error()); n > 600 {
			t.Errorf("%s: message of %d bytes: %.200s", basis.CodeOf(err), n, err.Error())
		}
		ie, _ := errors.AsType[*basis.InputError](err)
		if len(ie.Value) > 200 || len(ie.Path) > 200 || len(ie.Message) > 400 {
			t.Errorf("%s: field too long: value %d, path %d, message %d", ie.Code, len(ie.Value), len(ie.Path), len(ie.Message))
		}
	}
}

func TestDecodeTarget(t *testing.T) {
	var r testRegister
	for _, v := range []any{nil, r, (*testRegister)(nil)} {
		if err := Decode([]byte(`{}`), v, Options{}); basis.CodeOf(err) != "strictjson/"+UnsupportedType {
			t.Errorf("Decode(%T): %v", v, err)
		}
	}
	var ch struct {
		C chan int `json:"c"`
	}
	checkError(t, Decode([]byte(`{"c":1}`), &ch, Options{}), "strictjson/"+UnsupportedType, "c", 1, 6)
	var st struct {
		S fmtStringer `json:"s"`
	}
	checkError(t, Decode([]byte(`{"s":"x"}`), &st, Options{}), "strictjson/"+UnsupportedType, "s", 1, 6)
	var mk map[[2]int]int
	checkError(t, Decode([]byte(`{"a":1}`), &mk, Options{}), "strictjson/"+UnsupportedType, "", 1, 1)
}

type fmtStringer interface{ String() string }

// An embedded struct as encoding/json flattens it: shallower wins, a tag
// beats no tag at the same depth, other clashes drop the name.
type embInner struct {
	A string `json:"a"`
	B string
	X string `json:"X"`
}

type embOther struct {
	B string
	X string
	D string `json:"d"`
}

type EmbPtr struct {
	P string `json:"p"`
}

type embOuter struct {
	embInner
	embOther
	*EmbPtr
	A string `json:"a"`
	Q int    `json:"q,string"`
}

func TestEmbedded(t *testing.T) {
	in := `{"a":"outer","d":"d","p":"p","q":"42","X":"x"}`
	var got, want embOuter
	if err := Decode([]byte(in), &got, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(in), &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(embOuter{})); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// The two untagged Bs clash at the same depth: encoding/json drops
	// both. (The tagged X beats the untagged one.)
	for _, name := range []string{"B"} {
		var v embOuter
		err := Decode([]byte(`{"`+name+`":"x"}`), &v, Options{})
		if basis.CodeOf(err) != "strictjson/"+UnknownMember {
			t.Errorf("%s: %v", name, err)
		}
		if err := json.Unmarshal([]byte(`{"`+name+`":"x"}`), &v); err != nil || v.embInner.B != "" || v.embOther.B != "" {
			t.Errorf("encoding/json does not drop %s", name)
		}
	}
	var v embOuter
	checkError(t, Decode([]byte(`{"q":42}`), &v, Options{}), "strictjson/"+WrongType, "q", 1, 6)
	checkError(t, Decode([]byte(`{"q":"x"}`), &v, Options{}), "strictjson/"+BadValue, "q", 1, 6)
}

package strictjson

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/dpmodel/dpmodel/basis"
)

// benchDocument returns a register of about 1 MB.
func benchDocument(b *testing.B) []byte {
	r := sampleRegister()
	r.Activities = nil
	r.Rules = map[string]testRule{}
	for i := range 5000 {
		r.Activities = append(r.Activities, testActivity{
			Name:    "activity " + strconv.Itoa(i),
			Grounds: []testGround{{Basis: basis.Contract}, {Basis: basis.LegitimateInterests, Note: "to prevent fraud"}},
		})
		r.Rules["rule-"+strconv.Itoa(i)] = testRule{Period: "P6Y", Days: i}
	}
	data, err := json.Marshal(r)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func BenchmarkDecode(b *testing.B) {
	data := benchDocument(b)
	b.Run("strictjson", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var r testRegister
			if err := Decode(data, &r, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Valid", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			if err := Valid(data, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Unmarshal", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		b.ReportAllocs()
		for b.Loop() {
			var r testRegister
			if err := json.Unmarshal(data, &r); err != nil {
				b.Fatal(err)
			}
		}
	})
}

package gdpr_test

import (
	"encoding/json"
	"io"
)

func jsonEncoder(w io.Writer) *json.Encoder  { return json.NewEncoder(w) }
func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

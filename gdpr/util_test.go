package gdpr_test

import (
	"encoding/json"
	"io"
	"time"
)

func jsonEncoder(w io.Writer) *json.Encoder  { return json.NewEncoder(w) }
func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

func timeMonth(m int) time.Month { return time.Month(m) }
